/**
 * Browser tests of the project page over the real resolvers, on the test site (fixtures/test-app.ts):
 * FIX's tabs, the theme and accessibility (the Settings tab has its own suite, settings.suite.ts). FIX's figures are worked out by hand in
 * fixtures/fix-project.ts.
 */
import { testAppForSuite } from './fixtures/test-app';
import { bodyBackground, luminance, openPage, screenshot, seriousAxeViolations } from './support';

const TABS: { name: string; testId: string }[] = [
  { name: 'Overview', testId: 'overview' },
  { name: 'Backlog', testId: 'backlog' },
  { name: 'Sprints', testId: 'sprints' },
  { name: 'Flow', testId: 'flow' },
  { name: 'Roles', testId: 'roles' },
  { name: 'Settings', testId: 'settings-form' },
];

export function projectPageSuite(): void {
  const app = testAppForSuite();
  const frameUrl = (query: string) => app().frameUrl(query);

  it('shows the score, and the signals most severe first with evidence and a question', async () => {
    const { page, problems, close } = await openPage(frameUrl('project=FIX&user=admin'));
    try {
      await page.getByTestId('overview').waitFor();
      // 100 - 25 (one critical) - 5 x 10 (five warnings) = 25: red.
      expect(await page.getByTestId('score-total').innerText()).toContain('25');
      expect(await page.getByTestId('score-total').innerText()).toContain('At risk');
      const order = await page.locator('[data-signal-id]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-signal-id')));
      // The critical one first, then the warnings by area (backlog, sprints) and id.
      expect(order).toEqual(['unfinished-sprints', 'committee-ordering', 'thin-ready-runway', 'chronic-carry-over', 'lingering-impediments', 'missing-sprint-goal']);
      const critical = page.locator('[data-signal-id="unfinished-sprints"]');
      expect(await critical.innerText()).toContain('FIX Sprint 1 (50%), FIX Sprint 2 (50%), FIX Sprint 3 (50%)');
      expect(await critical.innerText()).toContain('What got in the way of finishing the planned work, and how might the team plan a sprint it can finish?');
      // The items left unfinished in those sprints.
      expect(await critical.locator('[data-issue-key]').evaluateAll((nodes) => nodes.map((n) => n.textContent))).toEqual(['FIX-3', 'FIX-4', 'FIX-5', 'FIX-8']);
      expect(await page.getByTestId('computed-at').innerText()).toContain('20 Oct 2026');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens an issue through the bridge router rather than a link inside the iframe', async () => {
    const { page, close } = await openPage(frameUrl('project=FIX&user=admin'));
    try {
      await page.locator('[data-signal-id="unfinished-sprints"] [data-issue-key="FIX-4"]').click();
      await page.waitForFunction(() => (window as unknown as { __previewNavigations: unknown[] }).__previewNavigations.length > 0);
      const navigations = await page.evaluate(() => (window as unknown as { __previewNavigations: unknown[] }).__previewNavigations);
      expect(navigations).toEqual([{ url: '/browse/FIX-4', type: 'new-tab' }]);
      expect(page.url()).toContain('/app/project-page/');
    } finally {
      await close();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`switches between all tabs in the ${theme} theme, with no serious accessibility problem`, async () => {
      const { page, problems, close } = await openPage(frameUrl(`project=FIX&user=admin&theme=${theme}`));
      try {
        await page.getByTestId('overview').waitFor();
        expect(await page.evaluate(() => document.documentElement.getAttribute('data-color-mode'))).toBe(theme);
        const background = luminance(await bodyBackground(page));
        if (theme === 'dark') expect(background).toBeLessThan(0.1);
        else expect(background).toBeGreaterThan(0.8);
        for (const tab of TABS) {
          await page.getByRole('tab', { name: tab.name }).click();
          await page.getByTestId(tab.testId).waitFor();
          expect(await page.getByRole('tab', { name: tab.name }).getAttribute('aria-selected')).toBe('true');
          await screenshot(page, `project-page-${tab.name.toLowerCase()}-${theme}`);
          // Fits a 1024 px wide page: nothing scrolls sideways.
          expect({ tab: tab.name, scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth) <= 1024 }).toEqual({ tab: tab.name, scrollWidth: true });
          expect({ tab: tab.name, violations: await seriousAxeViolations(page) }).toEqual({ tab: tab.name, violations: [] });
        }
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    }, 120_000);
  }

  it('works by keyboard: Tab reaches the tabs, arrows switch them, Enter and Space press buttons', async () => {
    const { page, close } = await openPage(frameUrl('project=FIX&user=admin'));
    try {
      await page.getByTestId('overview').waitFor();
      const focused = () => page.evaluate(() => ({ role: document.activeElement?.getAttribute('role') ?? null, text: document.activeElement?.textContent?.trim() ?? '' }));
      let reached = await focused();
      for (let presses = 0; presses < 30 && reached.role !== 'tab'; presses += 1) {
        await page.keyboard.press('Tab');
        reached = await focused();
      }
      expect(reached).toEqual({ role: 'tab', text: 'Overview' });
      await page.keyboard.press('ArrowRight');
      expect(await focused()).toEqual({ role: 'tab', text: 'Backlog' });
      await page.getByTestId('backlog').waitFor();
      expect(await page.getByRole('tab', { name: 'Backlog' }).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('ArrowRight');
      await page.getByTestId('sprints').waitFor();
      await page.keyboard.press('ArrowLeft');
      await page.getByTestId('backlog').waitFor();

      // Enter opens a chart's figures; Space presses Refresh.
      const disclosure = page.getByTestId('backlog').locator('summary').first();
      await disclosure.focus();
      await page.keyboard.press('Enter');
      expect(await disclosure.evaluate((node) => (node.parentElement as HTMLDetailsElement).open)).toBe(true);
      await page.getByRole('button', { name: 'Refresh' }).focus();
      await page.keyboard.press('Space');
      await page.getByTestId('loading-state').waitFor();
      expect(await page.getByRole('button', { name: 'Refresh' }).isDisabled()).toBe(true);
    } finally {
      await close();
    }
  });

  it('shows a sprint in detail when it is picked, with who added what', async () => {
    const { page, close } = await openPage(frameUrl('project=FIX&user=admin'));
    try {
      await page.getByRole('tab', { name: 'Sprints' }).click();
      const detail = page.getByTestId('sprint-detail');
      await detail.waitFor();
      await page.getByTestId('sprint-select').selectOption('11');
      const text = await detail.innerText();
      expect(text).toContain('7 Sep 2026');
      expect(text).toContain('Commitment reliability 50%, completion rate 65%, scope churn 25%, carry-over 40%.');
      expect(text).toMatch(/Committed at start\s+4 items \(20 points\)/);
      expect(text).toMatch(/Added after start\s+1 item \(3 points\)\s+FIX-9/);
      expect(text).toMatch(/Completed\s+3 items \(13 points\)/);
      expect(text).toMatch(/Not completed\s+2 items \(13 points\)/);
      expect(text).toMatch(/FIX-9\s+added\s+Pat Example/);
      expect(await page.getByTestId('carry-over').innerText()).toContain('FIX Sprint 1, FIX Sprint 2, FIX Sprint 3');
    } finally {
      await close();
    }
  });

  it('names signals, settings, windows and sprints in plain words, and links every issue key', async () => {
    const { page, close } = await openPage(frameUrl('project=FIX&user=admin'));
    try {
      await page.getByTestId('overview').waitFor();
      expect(await page.locator('[data-silent-id="po-assigns-work"]').innerText()).toBe(
        'Sprint work assigned by the Product Owner: No Product Owner is named in the settings, so the app cannot tell which changes were the Product Owner’s.',
      );
      const key = page.locator('[data-signal-id="unfinished-sprints"] [data-issue-key="FIX-3"]');
      expect(await key.evaluate((node) => getComputedStyle(node).whiteSpace)).toBe('nowrap');

      await page.getByRole('tab', { name: 'Backlog' }).click();
      const backlog = page.getByTestId('backlog');
      await backlog.waitFor();
      expect(await backlog.innerText()).toContain('1 item has not been touched for 180 days or more');
      expect(await page.getByTestId('backlog-strip').getAttribute('aria-label')).toBe(
        'The first 24 backlog items in rank order, from the top: items 1 to 18 functional, items 19 to 24 technical. 1 of them is ready.',
      );
      expect(await backlog.locator('.recharts-legend-wrapper li').allInnerTexts()).toEqual(['Top 10 kept from a week before', 'Top 20 similarity to a week before']);

      await page.getByRole('tab', { name: 'Sprints' }).click();
      await page.getByTestId('sprint-detail').waitFor();
      // FIX-4 was unfinished in the three closed sprints; it is in the running Sprint 4 now.
      expect(await page.getByTestId('carry-over').locator('tbody tr').allInnerTexts()).toEqual(['FIX-4\tExport invoices as PDF\tFIX Sprint 1, FIX Sprint 2, FIX Sprint 3\tno']);
      await page.getByTestId('sprint-select').selectOption('11');
      expect(await page.getByTestId('estimate-changes').innerText()).toBe('Estimates changed during the sprint: FIX-3 from 5 points to 8 points.');
      expect(await page.getByTestId('estimate-changes').locator('[data-issue-key]').allInnerTexts()).toEqual(['FIX-3']);
      expect(await page.getByTestId('impediments').innerText()).toBe('Flagged as impeded: FIX-4 for 4 working days (still flagged at the end).');
      expect(await page.getByTestId('impediments').locator('[data-issue-key]').allInnerTexts()).toEqual(['FIX-4']);
      const goalRows = await page.getByTestId('goals').locator('tbody tr').evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].slice(0, 3).map((cell) => (cell as HTMLElement).innerText)),
      );
      // Read on 10 Sept and on 20 Oct: Sprint 1 had started at the first read; Sprint 3's goal changed in between.
      expect(goalRows).toEqual([
        ['FIX Sprint 3', 'Search in a second', 'yes'],
        ['FIX Sprint 2', 'no goal', 'no'],
        ['FIX Sprint 1', 'Checkout works offline (seen 10 Sep 2026)', 'not known'],
      ]);

      await page.getByRole('tab', { name: 'Roles' }).click();
      expect(await page.getByTestId('roles').innerText()).toContain('Who re-ranks the backlog, in the last 90 days');

      await page.getByRole('tab', { name: 'Settings' }).click();
      const settings = page.getByTestId('settings-form');
      await settings.waitFor();
      await page.getByRole('button', { name: 'Thresholds of Backlog waiting for its Product Owner' }).click();
      const text = await settings.innerText();
      expect(text).toContain('Backlog waiting for its Product Owner');
      expect(text).toContain("Days without the Product Owner's backlog activity during a sprint");
      // The labels built from code names are gone ("of last", "in sprints", "Po Assigns Work" on lines of their own).
      expect(text).not.toMatch(/^(of last|in sprints|po assigns work)$/im);
    } finally {
      await close();
    }
  });

  it('lists a long list of stale items a page at a time, each page checked as the viewer when asked for', async () => {
    const stores = app().local.stores;
    const stored = (await stores.readReport('FIX', null))!;
    // FIX's 34 issues (FIX-1 to FIX-10, FIX-20 to FIX-43), all of which the admin may see.
    const keys = [...Array.from({ length: 10 }, (_, i) => `FIX-${i + 1}`), ...Array.from({ length: 24 }, (_, i) => `FIX-${i + 20}`)];
    await stores.writeReport('FIX', null, { ...stored.report, backlog: { ...stored.report.backlog!, stale: { count: 34, keys } } });
    const { page, problems, close } = await openPage(frameUrl('project=FIX&user=admin'));
    try {
      await page.getByRole('tab', { name: 'Backlog' }).click();
      const stale = page.getByTestId('stale-items');
      await stale.waitFor();
      const shown = () => stale.locator('[data-issue-key]').evaluateAll((nodes) => nodes.map((n) => n.textContent));
      expect(await shown()).toEqual(keys.slice(0, 20));
      expect(await stale.innerText()).toContain('34 items have not been touched');
      await page.getByRole('button', { name: 'Show more (14 not listed yet)' }).click();
      await page.getByTestId('more-keys-stale').waitFor({ state: 'detached' });
      expect(await shown()).toEqual(keys);
      expect(problems).toEqual([]);
    } finally {
      await close();
      await stores.writeReport('FIX', null, stored.report);
    }
  });
}
