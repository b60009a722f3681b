/**
 * Browser tests of the Settings form over the real resolvers, on the test site (fixtures/test-app.ts):
 * the essentials first, shares asked for as percentages, the error summary beside Save (it takes
 * the focus, its links reach each field), "Reset to default" for a signal and "Reset all" after
 * asking, the ways acceptance criteria are written, and a signal switched off leaving the score.
 * Who may do what, and the themes: settings-access.suite.ts.
 */
import { compileTextPattern } from '../../src/domain/text-pattern';
import { testAppForSuite } from './fixtures/test-app';
import { settingsSteps } from './settings-steps';
import { openPage, seriousAxeViolations } from './support';

export function settingsSuite(): void {
  const app = testAppForSuite();
  const { stored, storeChanged, openSettings, thresholdsOf, save, focusedId } = settingsSteps(app);

  it('puts the essentials first, then the signals, then the rest folded away, and asks for shares as percentages', async () => {
    const { page, problems, close } = await openSettings('KAN');
    try {
      expect(await page.locator('[data-testid="settings-form"] h2').allInnerTexts()).toEqual(['The essentials', 'Signals', 'More settings']);
      expect(await page.locator('#setting-staleDays').count()).toBe(0); // folded away
      await thresholdsOf(page, 'Sprints ending with planned work unfinished').click();
      const reliability = page.locator('#setting-thresholds-unfinishedSprints-reliabilityBelow');
      // Stored as 0.7; the pages show 70%, so the form asks for 70, in percent.
      expect(await reliability.inputValue()).toBe('70');
      expect(await page.getByLabel('Commitment reliability counts as low below (percent)').count()).toBe(1);
      await reliability.fill('65');
      await page.locator('#setting-definitionOfReady-maxShareOfSprint').fill('40');
      await save(page);
      const saved = (await stored('KAN')).settings;
      expect([saved.thresholds.unfinishedSprints.reliabilityBelow, saved.definitionOfReady.maxShareOfSprint]).toEqual([0.65, 0.4]);
      expect(await reliability.inputValue()).toBe('65');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('puts a summary beside Save when a save is refused: it takes the focus, and each of its links reaches its field', async () => {
    const before = await stored('KAN');
    const { page, close } = await openSettings('KAN');
    try {
      await page.locator('#setting-horizonSprints').fill('soon');
      await thresholdsOf(page, 'Sprints ending with planned work unfinished').click();
      await page.locator('#setting-thresholds-unfinishedSprints-reliabilityBelow').fill('170');
      await thresholdsOf(page, 'Sprints ending with planned work unfinished').click(); // folded again
      await page.getByRole('button', { name: 'Show them' }).click();
      await page.locator('#setting-staleDays').fill('0');
      await page.getByRole('button', { name: 'Hide them' }).click();
      await save(page);
      const summary = page.getByTestId('settings-error');
      expect(await focusedId(page)).toBe('settings-error');
      expect(await summary.innerText()).toContain('3 settings need a change');
      const links = summary.getByRole('link');
      expect(await links.allInnerTexts()).toEqual([
        'Near-term horizon, in sprints of capacity',
        'Sprints ending with planned work unfinished: Commitment reliability counts as low below',
        'Days untouched before an item is stale',
      ]);
      expect(await summary.innerText()).toContain('Commitment reliability counts as low below: must be a percentage from 0 to 100');
      expect((await stored('KAN')).version).toBe(before.version);
      expect(await seriousAxeViolations(page)).toEqual([]);
      // Each link moves the focus to its field, opening the folded sections it is in.
      const targets = ['setting-horizonSprints', 'setting-thresholds-unfinishedSprints-reliabilityBelow', 'setting-staleDays'];
      for (const [index, target] of targets.entries()) {
        await links.nth(index).click();
        await page.waitForFunction((id) => document.activeElement?.id === id, target);
      }
      await page.locator('#setting-horizonSprints').fill('2');
      await page.locator('#setting-thresholds-unfinishedSprints-reliabilityBelow').fill('70');
      await page.locator('#setting-staleDays').fill('120');
      await save(page);
      expect(await page.getByTestId('settings-error').count()).toBe(0);
      expect((await stored('KAN')).settings.staleDays).toBe(120);
    } finally {
      await close();
    }
  });

  it('resets a signal to its defaults, and every setting after asking, keeping the people in each role', async () => {
    await storeChanged('KAN', (settings) => {
      settings.thresholds.committeeOrdering.minRankers = 5;
      settings.switchedOffSignals = ['absent-po'];
      settings.horizonSprints = 1;
      return settings;
    });
    const { page, close } = await openSettings('KAN');
    try {
      const committee = page.locator('[data-signal="committee-ordering"]');
      expect(await committee.innerText()).toContain('Own thresholds');
      await thresholdsOf(page, 'Several people ordering the backlog').click();
      expect(await page.locator('#setting-thresholds-committeeOrdering-minRankers').inputValue()).toBe('5');
      await page.getByRole('button', { name: 'Reset to default: Several people ordering the backlog' }).click();
      expect(await page.locator('#setting-thresholds-committeeOrdering-minRankers').inputValue()).toBe('3');
      expect(await committee.innerText()).not.toContain('Own thresholds');
      expect(await page.locator('#signal-on-absent-po').isChecked()).toBe(false);
      await page.getByRole('button', { name: 'Reset to default: Backlog waiting for its Product Owner' }).click();
      expect(await page.locator('#signal-on-absent-po').isChecked()).toBe(true);
      await save(page);
      let saved = (await stored('KAN')).settings;
      expect([saved.thresholds.committeeOrdering.minRankers, saved.switchedOffSignals, saved.horizonSprints]).toEqual([3, [], 1]);

      // Reset all: asked first; keeping the settings changes nothing.
      const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? null);
      await page.getByRole('button', { name: 'Reset all to defaults…' }).click();
      await page.getByTestId('reset-all-confirmation').waitFor();
      expect(await focusedText()).toBe('Reset all to defaults'); // the question takes the focus
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter'); // "Keep my settings", by keyboard
      await page.getByTestId('reset-all-confirmation').waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Reset all to defaults…');
      expect(await page.locator('#setting-horizonSprints').inputValue()).toBe('1');
      await page.getByRole('button', { name: 'Reset all to defaults…' }).click();
      await page.getByRole('button', { name: 'Reset all to defaults', exact: true }).click();
      expect(await page.locator('#setting-horizonSprints').inputValue()).toBe('2');
      await save(page);
      saved = (await stored('KAN')).settings;
      // KAN was switched off and had Sam as Scrum Master: the defaults switch it on; Sam stays.
      expect([saved.horizonSprints, saved.enabled, saved.roles.scrumMasters]).toEqual([2, true, ['acc-sam']]);
    } finally {
      await close();
      await storeChanged('KAN', (settings) => ({ ...settings, enabled: false }));
    }
  });

  it('offers the ways acceptance criteria are written, and the raw pattern only for "my own pattern"', async () => {
    const { page, close } = await openSettings('KAN');
    const chooseWay = async (label: string) => {
      await page.locator('#setting-definitionOfReady-acceptanceCriteria-way').focus();
      await page.keyboard.press('ArrowDown');
      await page.getByRole('option', { name: label }).click();
    };
    const pattern = page.locator('#setting-definitionOfReady-acceptanceCriteria-descriptionPattern');
    try {
      expect(await page.getByTestId('essential-settings').innerText()).toContain('A heading "Acceptance criteria", or Given / When / Then steps, in the description');
      expect(await pattern.count()).toBe(0);
      await chooseWay('Given / When / Then steps in the description');
      await save(page);
      const stepsOnly = compileTextPattern((await stored('KAN')).settings.definitionOfReady.acceptanceCriteria.descriptionPattern);
      expect([stepsOnly.test('Given a basket\nWhen I pay\nThen I get a receipt'), stepsOnly.test('Acceptance criteria:\n- pays')]).toEqual([true, false]);

      await chooseWay('My own pattern in the description');
      await pattern.fill('done when');
      await save(page);
      expect((await stored('KAN')).settings.definitionOfReady.acceptanceCriteria).toMatchObject({ fieldId: null, descriptionPattern: 'done when' });

      await chooseWay('A field of their own');
      await save(page);
      expect(await page.getByTestId('settings-error').innerText()).toContain('name the field that holds the acceptance criteria');
      await page.locator('#setting-definitionOfReady-acceptanceCriteria-fieldId').fill('customfield_10050');
      await save(page);
      expect((await stored('KAN')).settings.definitionOfReady.acceptanceCriteria.fieldId).toBe('customfield_10050');
    } finally {
      await close();
    }
    // Opened again, the form says which way is set.
    const again = await openSettings('KAN');
    try {
      expect(await again.page.getByTestId('essential-settings').innerText()).toContain('A field of their own');
    } finally {
      await again.close();
    }
  });

  it('takes a signal switched off out of the score once the refresh the save starts is done', async () => {
    const { page, close } = await openPage(app().frameUrl('project=FIX&user=admin'));
    try {
      // 100 - 25 (unfinished-sprints, critical) - 5 x 10 = 25 (fixtures/fix-project.ts).
      expect((await page.getByTestId('score-total').innerText()).split('\n')[0]).toBe('25');
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.locator('label[for="signal-on-unfinished-sprints"]').click(); // the switch's own label, as a person would
      await save(page);
      expect((await stored('FIX')).settings.switchedOffSignals).toEqual(['unfinished-sprints']);
      await app().local.queue.idle();
      await page.getByRole('tab', { name: 'Overview' }).click();
      // Without it: 100 - 5 x 10 = 50, once the page has the refreshed report.
      await page.waitForFunction(() => document.querySelector('[data-testid="score-arithmetic"]')?.textContent?.includes('100 − 5 × 10 = 50'));
      expect((await page.getByTestId('score-total').innerText()).split('\n')[0]).toBe('50');
      expect(await page.locator('[data-signal-id="unfinished-sprints"]').count()).toBe(0);
      expect(await page.getByText('1 signal is switched off').count()).toBe(1);
    } finally {
      await close();
      await storeChanged('FIX', (settings) => ({ ...settings, switchedOffSignals: [] }));
    }
  });
}
