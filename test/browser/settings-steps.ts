/** The Settings tab's browser suites' shared steps: opening the tab, saving, and the settings as stored. */
import type { Page } from 'playwright-core';
import type { ProjectSettings } from '../../src/domain/settings';
import type { TestApp } from './fixtures/test-app';
import { openPage } from './support';

export function settingsSteps(app: () => TestApp) {
  /** The settings as stored, read as the app reads them. */
  const stored = async (projectKey: string) => (await app().local.stores.readSettings(projectKey))!;
  return {
    stored,
    /** Stores changed settings for a project as another save would (after the version stored). */
    async storeChanged(projectKey: string, change: (settings: ProjectSettings) => ProjectSettings) {
      const current = await stored(projectKey);
      await app().local.stores.writeSettings(projectKey, change(structuredClone(current.settings)), 'acc-admin', new Date(), current.version);
    },
    async openSettings(project: string, user = 'admin', theme = 'light') {
      const opened = await openPage(app().frameUrl(`project=${project}&user=${user}&theme=${theme}`));
      await opened.page.getByRole('tab', { name: 'Settings' }).click();
      await opened.page.locator('[data-testid="settings-form"], [data-testid="settings-readable"]').first().waitFor();
      return opened;
    },
    thresholdsOf: (page: Page, signal: string) => page.getByRole('button', { name: `Thresholds of ${signal}` }),
    async save(page: Page) {
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.locator('[data-testid="settings-saved"], [data-testid="settings-error"]').first().waitFor();
    },
    focusedId: (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-testid') || null),
  };
}
