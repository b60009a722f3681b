/**
 * Browser tests of the flow views over the real resolvers, on the test site (fixtures/test-app.ts):
 * FLO's Flow tab and forecast, worked out by hand in fixtures/flow-project.ts, and FIX's running
 * sprint; light and dark at 1024 px, by keyboard, with axe.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { testAppForSuite } from './fixtures/test-app';
import { SCREENSHOT_DIR, bodyBackground, luminance, openPage, screenshot, seriousAxeViolations } from './support';

/** The rows of a table as the cells' text, header left out. */
const rowsOf = (page: Page, testId: string) =>
  page.getByTestId(testId).locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())));

export function flowSuite(): void {
  const app = testAppForSuite();
  const frameUrl = (query: string) => app().frameUrl(query);

  it("shows FLO's throughput, cycle time, work in progress and cumulative flow as worked out by hand", async () => {
    const { page, problems, close } = await openPage(frameUrl('project=FLO&user=admin'));
    try {
      await page.getByRole('tab', { name: 'Flow' }).click();
      const flow = page.getByTestId('flow');
      await flow.waitFor();
      const card = (id: string) => page.getByTestId(id).innerText();
      expect(await card('throughput')).toBe('1 item a week\nThroughput (last 12 full weeks)');
      expect(await card('cycle-times')).toBe('12 items\nCycle times measured (last 90 days)');
      expect([await card('cycle-time-50'), await card('cycle-time-85'), await card('cycle-time-95')]).toEqual([
        '4 days\nCycle time, 50% of items within (last 90 days)',
        '9 days\nCycle time, 85% of items within (last 90 days)',
        '12 days\nCycle time, 95% of items within (last 90 days)',
      ]);
      expect(await card('work-in-progress')).toBe('3 items\nWork in progress now');
      // One item finished in each of the 12 weeks.
      expect((await rowsOf(page, 'throughput-table')).map((row) => row[1])).toEqual(Array(12).fill('1'));
      expect((await rowsOf(page, 'throughput-table'))[0][0]).toBe('27 Jul 2026');
      expect((await rowsOf(page, 'cycle-time-table')).map((row) => row[3])).toEqual(['2 days', '3 days', '3 days', '4 days', '4 days', '4 days', '5 days', '5 days', '6 days', '7 days', '9 days', '12 days']);
      expect(await rowsOf(page, 'ageing-table')).toEqual([
        ['FLO-13', 'Flow work 13', 'In Progress', '1 Oct 2026', '20 days'],
        ['FLO-14', 'Flow work 14', 'In Review', '14 Oct 2026', '7 days'],
        ['FLO-15', 'Flow work 15', 'In Progress', '19 Oct 2026', '2 days'],
      ]);
      expect((await rowsOf(page, 'cfd-table')).at(-1)).toEqual(['now', '3', '2', '1', '12']);
      expect((await rowsOf(page, 'wip-table')).map((row) => row[1]).join('')).toBe('1111011111222233332222223222233');
      expect(await page.getByTestId('flow-unmeasured').innerText()).toMatch(/Moved back to an earlier column before being done:\s+FLO-14$/);
      // Charts are images described in words, and their series differ by pattern or dash as well as colour.
      const descriptions = await flow.locator('[role="img"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
      expect(descriptions).toContain('12 items finished in the last 90 days: half within 4 days, 85% within 9 days, 95% within 12 days.');
      expect(descriptions).toContain('Work in progress now: 3 items, the oldest 20 days; 1 item is older than 85% of finished items took (9 days).');
      expect(descriptions).toContain('Now: 3 items in To Do, 2 items in In Progress, 1 item in In Review and 12 items in Done.');
      expect(await flow.locator('pattern').count()).toBeGreaterThan(0);
      expect(await flow.locator('.recharts-reference-line line').evaluateAll((lines) => new Set(lines.map((l) => l.getAttribute('stroke-dasharray'))).size)).toBe(3);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("forecasts FLO's near-term items on the Backlog tab, and plays the trials again for a date picked by keyboard", async () => {
    const { page, close } = await openPage(frameUrl('project=FLO&user=admin'));
    try {
      await page.getByRole('tab', { name: 'Backlog' }).click();
      const forecast = page.getByTestId('forecast');
      await forecast.waitFor();
      expect(await page.getByTestId('forecast-from').innerText()).toBe('Forecast drawn from\nthe last 12 full weeks, in 10,000 trials');
      // One item a week: the 6 near-term items take 6 weeks in every trial; all 6 are ready (the board does not estimate).
      expect(await rowsOf(page, 'forecast-when')).toEqual([
        ['Ready runway (6 items)', '1 Dec 2026', '1 Dec 2026', '1 Dec 2026'],
        ['Near-term items (6 items)', '1 Dec 2026', '1 Dec 2026', '1 Dec 2026'],
      ]);
      expect(await rowsOf(page, 'forecast-how-many')).toEqual([
        ['3 Nov 2026 (after 2 weeks)', 'at least 2 items', 'at least 2 items', 'at least 2 items'],
        ['17 Nov 2026 (after 4 weeks)', 'at least 4 items', 'at least 4 items', 'at least 4 items'],
        ['15 Dec 2026 (after 8 weeks)', 'at least 8 items', 'at least 8 items', 'at least 8 items'],
        ['12 Jan 2027 (after 12 weeks)', 'at least 12 items', 'at least 12 items', 'at least 12 items'],
      ]);
      // By keyboard: Tab to the date field, type 19 November 2026: 4 whole weeks by the end of that day.
      const input = page.locator('#forecast-date');
      for (let presses = 0; presses < 80 && !(await input.evaluate((node) => node === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
      expect(await input.evaluate((node) => node === document.activeElement)).toBe(true);
      await page.keyboard.type('11192026');
      await page.locator('tr[data-picked="true"]').waitFor();
      expect(await page.locator('tr[data-picked="true"]').evaluate((row) => [...row.querySelectorAll('td')].map((cell) => (cell as HTMLElement).innerText))).toEqual([
        '19 Nov 2026 (after 4 weeks) (the date picked)', 'at least 4 items', 'at least 4 items', 'at least 4 items',
      ]);
      await page.locator('summary', { hasText: 'history the trials draw from' }).click();
      expect((await rowsOf(page, 'forecast-history')).map((row) => row[1])).toEqual(Array(12).fill('1 item'));
    } finally {
      await close();
    }
  });

  it("says on FIX's Sprints tab why there is no chance for the running sprint yet, and on the Backlog tab why there is no forecast", async () => {
    const { page, close } = await openPage(frameUrl('project=FIX&user=admin'));
    try {
      await page.getByRole('tab', { name: 'Sprints' }).click();
      expect(await page.getByTestId('sprint-chance').innerText()).toBe(
        'Will FIX Sprint 4 finish its open items?\n\nThe board has 3 closed sprints with dates; the chance needs at least 4.',
      );
      await page.getByRole('tab', { name: 'Backlog' }).click();
      expect(await page.getByTestId('forecast-unavailable').innerText()).toBe('The board has 3 closed sprints with dates; a forecast needs at least 4.');
    } finally {
      await close();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows the Flow and Backlog tabs in the ${theme} theme at 1024 px, with no serious accessibility problem`, async () => {
      const { page, problems, close } = await openPage(frameUrl(`project=FLO&user=admin&theme=${theme}`));
      try {
        await page.getByTestId('overview').waitFor();
        const background = luminance(await bodyBackground(page));
        expect(theme === 'dark' ? background < 0.1 : background > 0.8).toBe(true);
        for (const [tab, testId] of [['Flow', 'flow'], ['Backlog', 'forecast']] as const) {
          await page.getByRole('tab', { name: tab }).click();
          await page.getByTestId(testId).waitFor();
          await screenshot(page, `flow-${tab.toLowerCase()}-${theme}`);
          // The forecast alone, for the README.
          if (testId === 'forecast') await page.getByTestId(testId).screenshot({ path: join(SCREENSHOT_DIR, `forecast-${theme}.png`) });
          expect({ tab, fits: (await page.evaluate(() => document.documentElement.scrollWidth)) <= 1024 }).toEqual({ tab, fits: true });
          expect({ tab, violations: await seriousAxeViolations(page) }).toEqual({ tab, violations: [] });
        }
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    }, 120_000);
  }
}
