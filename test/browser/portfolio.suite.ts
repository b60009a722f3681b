/**
 * Browser tests of the portfolio page over the real resolvers, on the test site (fixtures/test-app.ts),
 * as the coach, who may browse FIX, KAN (switched off in its settings) and NEW (never analysed):
 * rows, sort and its direction, filter, the figures beside each sparkline, "+N more" signals,
 * "Refresh all" until it ends (and when it fails), export, navigation, and the page at 1024 and
 * 400 px wide.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { Report } from '../../src/domain/report';
import type { PortfolioRow } from '../../src/shared/api';
import { rowsToCsv } from '../../static/shared/exportRows';
import { startPortfolioSite, COACH, type PortfolioSite } from '../../src/local/bench/portfolio-site';
import { createEngineBackend, startPreview, type PreviewServer } from '../../src/local/preview';
import { testAppForSuite, whileJiraRefuses } from './fixtures/test-app';
import { NOW } from './fixtures/test-site';
import { bodyBackground, luminance, openPage, screenshot, seriousAxeViolations } from './support';

export function portfolioSuite(): void {
  const app = testAppForSuite();
  const portfolioUrl = (query: string) => `${app().url}/app/portfolio/index.html?${query}`;
  /** The rows the resolver answers the coach with, as the page gets them. */
  const coachRows = async () => ((await app().invoke('getPortfolio', {}, 'coach')) as { rows: PortfolioRow[] }).rows;

  const projectOrder = (page: Page) => page.locator('tbody tr[data-project]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-project')));
  /** Each column's aria-sort, and the arrow the sorted one shows. */
  const sortMarks = async (page: Page) => ({
    ariaSort: await page.locator('thead th').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('aria-sort'))),
    arrow: await page.getByTestId('sort-arrow').innerText(),
  });
  /** Clicks "Refresh all" and waits until the page says it ended; gives what it said. */
  const refreshAllUntilEnded = async (page: Page) => {
    await page.getByRole('button', { name: 'Refresh all' }).click();
    await page.locator('[data-testid="refresh-all-status"][data-ended="true"]').waitFor({ timeout: 45_000 });
    return page.getByTestId('refresh-all-status');
  };

  it('lists the projects, sorts and filters them', async () => {
    const { page, problems, close } = await openPage(portfolioUrl('user=coach'));
    try {
      await page.getByTestId('portfolio-table').waitFor();
      expect(await projectOrder(page)).toEqual(['FIX', 'KAN', 'NEW']);
      expect(await sortMarks(page)).toEqual({ ariaSort: ['none', 'ascending', 'none', 'none', 'none', 'none', 'none', 'none', 'none'], arrow: '▲' });
      await page.getByRole('button', { name: 'Score' }).click(); // already the sort key: now descending
      expect(await projectOrder(page)).toEqual(['KAN', 'FIX', 'NEW']);
      expect(await sortMarks(page)).toEqual({ ariaSort: ['none', 'descending', 'none', 'none', 'none', 'none', 'none', 'none', 'none'], arrow: '▼' });
      await page.getByRole('button', { name: 'Ready runway' }).click();
      expect(await projectOrder(page)).toEqual(['FIX', 'KAN', 'NEW']);
      expect(await sortMarks(page)).toEqual({ ariaSort: ['none', 'none', 'none', 'ascending', 'none', 'none', 'none', 'none', 'none'], arrow: '▲' });
      await page.locator('#filter-text').fill('kanban');
      expect(await projectOrder(page)).toEqual(['KAN']);
      await page.locator('#filter-text').fill('');
      await page.locator('#filter-light').selectOption('red');
      expect(await projectOrder(page)).toEqual(['FIX']);
      expect(await page.getByTestId('row-count').innerText()).toBe('Showing 1 of 3 projects.');
      await page.locator('#filter-light').selectOption('all');
      // FIX: 100 - 25 - 5 x 10 (fix-project.ts), read on 10 Sept (at 10) and now. KAN: too little checked to judge.
      expect(await page.locator('tr[data-project="FIX"] [data-testid="portfolio-score"]').innerText()).toMatch(/^25\s+At risk\s+100 − 1 × 25 − 5 × 10 = 25\s+Last refreshes: 10 25$/);
      expect(await page.locator('tr[data-project="KAN"] [data-testid="portfolio-score"]').innerText()).toMatch(
        /^100 \(provisional\)\s+Not enough data yet\s+100: no points lost\s+Last refreshes: 100$/,
      );
      expect(await page.locator('tr[data-project="NEW"] [data-testid="portfolio-score"]').innerText()).toMatch(/^–\s+No score yet$/);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the last reliability beside the sparkline, and how many signals a row does not name', async () => {
    const { page, close } = await openPage(portfolioUrl('user=coach'));
    try {
      await page.getByTestId('portfolio-table').waitFor();
      const fix = page.locator('tr[data-project="FIX"]');
      // FIX commits 20 points and finishes 10 in each of its three closed sprints (fixtures/fix-project.ts).
      expect(await fix.getByTestId('reliability-last').innerText()).toBe('50% last closed sprint');
      expect(await fix.getByTestId('reliability-trend').innerText()).toBe('50% 50% 50%');
      // Six signals (fixtures/fix-project.ts), as its report has them: three named, three more.
      const { report } = (await app().invoke('getReport', {}, 'admin', 'FIX')) as { report: Report };
      expect(report.signals).toHaveLength(6);
      expect(await fix.locator('li').count()).toBe(3);
      expect(await fix.getByTestId('more-signals').innerText()).toBe('+3 more');
      expect(await page.locator('tr[data-project="KAN"] [data-testid="reliability-last"]').count()).toBe(0); // no closed sprints
      expect(await page.locator('tr[data-project="KAN"] [data-testid="more-signals"]').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('marks a project switched off in its settings, and "Refresh all" follows the refreshes until they end', async () => {
    const { page, close } = await openPage(portfolioUrl('user=coach'));
    try {
      await page.getByTestId('portfolio-table').waitFor();
      expect(await page.locator('tr[data-project="KAN"] [data-testid="not-nightly"]').innerText()).toBe('Not refreshed nightly: switched off in its settings');
      expect(await page.locator('tr[data-project="FIX"] [data-testid="not-nightly"]').count()).toBe(0);
      const status = await refreshAllUntilEnded(page);
      expect(await status.innerText()).toContain('All 2 projects were refreshed. 1 project is not refreshed nightly, so it was left out.');
      // NEW, never analysed before, now has its figures; the button may be pressed again.
      expect(await page.locator('tr[data-project="NEW"] [data-testid="portfolio-score"]').innerText()).not.toContain('No score yet');
      expect(await page.getByRole('button', { name: 'Refresh all' }).isEnabled()).toBe(true);
    } finally {
      await close();
      await app().local.queue.idle();
    }
  });

  it('exports the rows as CSV and JSON in the browser', async () => {
    const { page, close } = await openPage(portfolioUrl('user=coach'));
    try {
      await page.getByTestId('portfolio-table').waitFor();
      const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
      expect(csvDownload.suggestedFilename()).toBe('backlog-health-portfolio.csv');
      const csv = await readFile((await csvDownload.path())!, 'utf8');
      const rows = await coachRows();
      expect(rows.map((row) => row.projectKey)).toEqual(['FIX', 'KAN', 'NEW']);
      expect(csv).toBe(rowsToCsv(rows));
      expect(csv).toContain('"Fixture Kanban, ""flow"""');
      const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
      const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8'));
      expect(json).toEqual({ rows });
    } finally {
      await close();
    }
  });

  it('opens a project page from its row (through the preview shell)', async () => {
    const { page, close } = await openPage(`${app().url}/portfolio/?user=coach&theme=dark`);
    try {
      const frame = page.frameLocator('iframe');
      await frame.getByRole('link', { name: 'Fixture Scrum (FIX)' }).click();
      await page.waitForURL(/\/project-page\/\?/);
      const url = new URL(page.url());
      expect(Object.fromEntries(url.searchParams)).toEqual({ project: 'FIX', user: 'coach', theme: 'dark' });
      await page.frameLocator('iframe').getByTestId('overview').waitFor();
    } finally {
      await close();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`fits 400 px without scrolling sideways in the ${theme} theme, each figure under its name`, async () => {
      const { page, close } = await openPage(portfolioUrl(`user=coach&theme=${theme}`), { width: 400, height: 800 });
      try {
        await page.getByTestId('portfolio-table').waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
        expect(await page.locator('tr[data-project="FIX"] td').first().evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"Project"');
        await screenshot(page, `portfolio-400px-${theme}`);
        expect(await seriousAxeViolations(page)).toEqual([]);
      } finally {
        await close();
      }
    });

    it(`renders in the ${theme} theme with no serious accessibility problem`, async () => {
      const { page, close } = await openPage(portfolioUrl(`user=coach&theme=${theme}`));
      try {
        await page.getByTestId('portfolio-table').waitFor();
        const background = luminance(await bodyBackground(page));
        if (theme === 'dark') expect(background).toBeLessThan(0.1);
        else expect(background).toBeGreaterThan(0.8);
        await screenshot(page, `portfolio-${theme}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
        expect(await seriousAxeViolations(page)).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  // Last: it leaves FIX and NEW with a failed refresh, an hour after the others (a refresh asked for
  // at the very moment of the last one, with the same state seen, is left to whoever asked first).
  it('"Refresh all" ends when Jira refuses the app, and names each project it could not refresh', async () => {
    app().setNow(new Date(NOW.getTime() + 60 * 60_000));
    const { page, close } = await openPage(portfolioUrl('user=coach'));
    try {
      await page.getByTestId('portfolio-table').waitFor();
      let status = page.getByTestId('refresh-all-status');
      await whileJiraRefuses(app().appJira, async () => {
        status = await refreshAllUntilEnded(page);
        await app().local.queue.idle();
      });
      expect(await status.innerText()).toContain('0 of 2 projects refreshed; 2 could not be. 1 project is not refreshed nightly, so it was left out.');
      const failures = await page.getByTestId('refresh-all-failures').locator('li').allInnerTexts();
      expect(failures.map((line) => line.split(':')[0])).toEqual(['Fixture Scrum (FIX)', 'New team (NEW)']);
      expect(failures.every((line) => line.split(': ')[1].length > 10)).toBe(true);
    } finally {
      await close();
    }
  });

  describe('with 120 projects', () => {
    let site: PortfolioSite;
    let preview: PreviewServer;
    beforeAll(async () => {
      site = await startPortfolioSite(120, 0, NOW);
      preview = await startPreview({
        backend: createEngineBackend(site.local.app),
        projects: site.workspace.projects,
        users: [{ alias: 'coach', accountId: COACH.accountId, label: COACH.displayName }],
        siteUrl: null,
      });
    });
    afterAll(async () => {
      await preview.stop();
      await site.stop();
    });

    it('reads every page of the index, shows 50 rows at a time, and moves through the rest', async () => {
      const { page, problems, close } = await openPage(`${preview.url}/app/portfolio/index.html?user=coach`);
      try {
        await page.getByTestId('portfolio-table').waitFor();
        await page.getByTestId('still-reading').waitFor({ state: 'detached' });
        const count = page.getByTestId('row-count');
        expect(await count.innerText()).toBe('Showing 1–50 of 120 projects.');
        expect(await page.locator('tbody tr[data-project]').count()).toBe(50);
        await page.getByRole('button', { name: 'Next 50' }).click();
        expect(await count.innerText()).toBe('Showing 51–100 of 120 projects.');
        await page.getByRole('button', { name: 'Next 20' }).click();
        expect(await count.innerText()).toBe('Showing 101–120 of 120 projects.');
        expect(await page.locator('tbody tr[data-project]').count()).toBe(20);
        expect(await page.getByRole('button', { name: 'Next 50' }).isDisabled()).toBe(true);
        // A new order starts from its first rows again: by project, P0000 to P0049.
        await page.getByRole('button', { name: 'Project' }).click();
        expect(await count.innerText()).toBe('Showing 1–50 of 120 projects.');
        expect(await projectOrder(page)).toEqual(Array.from({ length: 50 }, (_, i) => `P${String(i).padStart(4, '0')}`));
        await page.locator('#filter-text').fill('Team 11');
        // Team 11, and Team 110 to Team 119.
        expect(await count.innerText()).toBe('Showing 11 of 120 projects.');
        expect(await page.getByTestId('not-listed').count()).toBe(0);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
  });
}
