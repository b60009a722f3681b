/**
 * Browser tests over the real engine: the demo site served by the Jira emulator, read by the Forge app's
 * own resolvers through the preview, exactly as `npm start` runs it.
 */
import type { Page } from 'playwright-core';
import { startLocal, type Started } from '../../src/local/start';
import { openPage, screenshot } from './support';

const signalIds = (page: Page) => page.locator('[data-signal-id]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-signal-id') as string));

type Bridge = { __bridge: { callBridge(command: string, data: unknown): Promise<unknown> } };

export function demoSuite(): void {
  let started: Started;
  const frameUrl = (project: string, user = 'admin') => `${started.preview.url}/app/project-page/index.html?project=${project}&user=${user}`;

  beforeAll(async () => {
    started = await startLocal({ env: {}, port: 0 });
    // Build every report but CALM's ahead (CALM's first build is watched through the page).
    for (const project of started.projects.filter((p) => p.key !== 'CALM')) {
      await started.local.app.resolvers.refresh({}, { accountId: adminId(), projectKey: project.key });
    }
    await started.local.queue.idle();
  }, 240_000);
  afterAll(async () => {
    await started?.stop();
  });

  const adminId = () => started.users.find((user) => user.alias === 'admin')!.accountId;

  it('builds a first report while the page shows its progress', async () => {
    const { page, close } = await openPage(frameUrl('CALM'));
    try {
      await page.locator('[data-testid="loading-state"], [data-testid="overview"]').first().waitFor();
      await page.getByTestId('overview').waitFor({ timeout: 90_000 });
      const expected = started.truth!.projects.CALM;
      const shown = await signalIds(page);
      for (const id of expected.expectedSignals) expect(shown).toContain(id);
      for (const id of expected.silentSignals) expect(shown).not.toContain(id);
    } finally {
      await close();
    }
  }, 120_000);

  it('shows on each demo project the signals its story expects, and none it must not', async () => {
    for (const project of started.projects.filter((p) => p.key !== 'CALM')) {
      const { page, close } = await openPage(frameUrl(project.key));
      try {
        await page.getByTestId('overview').waitFor({ timeout: 30_000 });
        const expected = started.truth!.projects[project.key];
        const shown = await signalIds(page);
        expect({ project: project.key, missing: expected.expectedSignals.filter((id) => !shown.includes(id)) }).toEqual({ project: project.key, missing: [] });
        expect({ project: project.key, unexpected: expected.silentSignals.filter((id) => shown.includes(id)) }).toEqual({ project: project.key, unexpected: [] });
        await screenshot(page, `demo-${project.key}-overview-light`);
      } finally {
        await close();
      }
    }
  }, 120_000);

  it('lists every demo project on the portfolio, each with the score its report gives', async () => {
    const { page, close } = await openPage(`${started.preview.url}/app/portfolio/index.html?user=admin`);
    try {
      await page.getByTestId('portfolio-table').waitFor();
      const shown = await page.locator('tbody tr[data-project]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-project')));
      expect([...shown].sort()).toEqual(started.projects.map((p) => p.key).sort());
      for (const key of ['CHURN', 'SPLIT']) {
        const answer = (await started.local.app.resolvers.getReport({}, { accountId: adminId(), projectKey: key })) as { report: { score: { total: number } } | null };
        const scoreCell = await page.locator(`tbody tr[data-project="${key}"] td:nth-child(2)`).innerText();
        expect(scoreCell.split('\n')[0].trim()).toBe(String(answer.report!.score.total));
      }
      await screenshot(page, 'demo-portfolio-light');
    } finally {
      await close();
    }
  }, 60_000);

  it('refuses a non-admin save and changes nothing', async () => {
    const { page, close } = await openPage(frameUrl('THIN', 'viewer'));
    try {
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByTestId('settings-form').waitFor();
      expect(await page.getByRole('button', { name: 'Save settings' }).count()).toBe(0);
      const call = (functionKey: string, payload: unknown) =>
        page.evaluate(([key, body]) => (window as unknown as Bridge).__bridge.callBridge('invoke', { functionKey: key, payload: body }), [functionKey, payload] as const);
      const before = (await call('getSettings', {})) as { settings: { thresholds: { thinReadyRunway: { belowSprints: number } } } };
      const changed = structuredClone(before.settings);
      changed.thresholds.thinReadyRunway.belowSprints = 5; // valid, so only the permission can refuse it
      const answer = (await call('saveSettings', { settings: changed })) as { error?: { code: string } };
      expect(answer.error?.code).toBe('forbidden');
      expect(await call('getSettings', {})).toEqual(before);
    } finally {
      await close();
    }
  });

  // CALM's ready runway is about 2 sprints: raising the floor to 5 makes the thin-runway signal fire.
  it('lets an admin change a threshold and shows the report change', async () => {
    const { page, close } = await openPage(frameUrl('CALM'));
    try {
      await page.getByTestId('overview').waitFor();
      expect(await signalIds(page)).not.toContain('thin-ready-runway');
      const computedBefore = await page.getByTestId('computed-at').getAttribute('data-computed-at');
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.locator('input[name="/thresholds/thinReadyRunway/belowSprints"]').fill('5');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByTestId('settings-saved').waitFor();
      await page.waitForFunction((before) => document.querySelector('[data-testid="computed-at"]')?.getAttribute('data-computed-at') !== before, computedBefore, { timeout: 60_000 });
      await page.getByRole('tab', { name: 'Overview' }).click();
      await page.getByTestId('overview').waitFor();
      expect(await signalIds(page)).toContain('thin-ready-runway');
    } finally {
      await close();
    }
  }, 90_000);
}
