/**
 * Browser tests of the Settings tab over the real resolvers, on the test site (fixtures/test-app.ts):
 * the readable view for people who may not edit (and the server refusing their save), naming a
 * Product Owner found in Jira, a save made after someone else's, and the form, a refused save and
 * the readable view in both themes with axe.
 */
import { testAppForSuite } from './fixtures/test-app';
import { settingsSteps } from './settings-steps';
import { screenshot, seriousAxeViolations } from './support';

export function settingsAccessSuite(): void {
  const app = testAppForSuite();
  const { stored, storeChanged, openSettings, thresholdsOf, save, focusedId } = settingsSteps(app);

  it("shows the settings as text to a non-admin, with nothing disabled or editable, and the server refuses the non-admin's save", async () => {
    const before = await stored('FIX');
    const { page, close } = await openSettings('FIX', 'member');
    try {
      const settings = page.getByTestId('settings');
      expect(await settings.innerText()).toContain('Only administrators of this project can change these settings');
      expect(await settings.locator('input, select, textarea, button, [aria-disabled="true"], :disabled').count()).toBe(0);
      const readable = page.getByTestId('settings-readable');
      expect(await readable.locator('[data-setting="/roles/scrumMasters"]').innerText()).toMatch(/^Scrum Master\s+Sam Example$/);
      expect(await readable.locator('[data-setting="/thresholds/unfinishedSprints/reliabilityBelow"]').innerText()).toMatch(/^Commitment reliability counts as low below\s+70%$/);
      expect(await readable.locator('[data-setting="/thresholds/absentPo/days"]').innerText()).toMatch(/^Days without the Product Owner's backlog activity during a sprint\s+14$/);
      expect(await seriousAxeViolations(page)).toEqual([]);
      const answer = await page.evaluate(() => {
        const changed = { thresholds: { absentPo: { days: 3 } } };
        return (window as unknown as { __bridge: { callBridge(c: string, d: unknown): Promise<unknown> } }).__bridge.callBridge('invoke', {
          functionKey: 'saveSettings',
          payload: { settings: changed, version: null },
        });
      });
      expect(answer).toEqual({ error: { code: 'forbidden', message: 'Only administrators of this project can change its settings.' } });
      expect(await stored('FIX')).toEqual(before);
    } finally {
      await close();
    }
  });

  it('lets an admin name a Product Owner found by searching Jira, though no report mentions them', async () => {
    const { page, close } = await openSettings('KAN');
    try {
      await page.locator('#setting-roles-productOwners').fill('qui');
      const option = page.getByRole('option', { name: 'Quinn Quiet' });
      await option.waitFor();
      await option.click();
      await save(page);
      expect((await stored('KAN')).settings.roles.productOwners).toEqual(['acc-quinn']);
      // Named by name, not by account id.
      expect(await page.getByTestId('settings-form').innerText()).toContain('Quinn Quiet');
      expect(await page.getByTestId('settings-form').innerText()).not.toContain('acc-quinn');
    } finally {
      await close();
    }
  });

  it('refuses a save made after someone else saved the settings, and says so beside Save', async () => {
    const { page, close } = await openSettings('KAN');
    try {
      // Another administrator saves while this one edits: the stored settings move on a version.
      const other = await stored('KAN');
      await storeChanged('KAN', (settings) => settings);
      await page.locator('#setting-distantBeyondSprints').fill('4');
      await save(page);
      expect(await focusedId(page)).toBe('settings-error');
      expect(await page.getByTestId('settings-error').innerText()).toContain(
        'These settings were changed by someone else while you were editing them, so yours were not saved. Reload the settings to see the changes, then make yours again.',
      );
      expect((await stored('KAN')).settings.distantBeyondSprints).toBe(other.settings.distantBeyondSprints);
    } finally {
      await close();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows the form, a refused save and the readable view in the ${theme} theme at 1024 px, with no serious accessibility problem`, async () => {
      const admin = await openSettings('FIX', 'admin', theme);
      try {
        await thresholdsOf(admin.page, 'Technical work kept apart').click();
        await admin.page.locator('#setting-thresholds-separateTechPool-interleavingBelow').fill('90');
        await save(admin.page);
        await screenshot(admin.page, `settings-refused-${theme}`);
        expect(await admin.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
        expect(await seriousAxeViolations(admin.page)).toEqual([]);
      } finally {
        await admin.close();
      }
      const member = await openSettings('FIX', 'member', theme);
      try {
        await screenshot(member.page, `settings-readable-${theme}`);
        expect(await member.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
        expect(await seriousAxeViolations(member.page)).toEqual([]);
      } finally {
        await member.close();
      }
    }, 90_000);
  }
}
