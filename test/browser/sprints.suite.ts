/**
 * The Sprints tab over sprints the app recorded from Jira's sprint events: REC of the test site
 * (fixtures/recorded-project.ts, its figures worked out by hand there), run in the emulator before
 * the pages open. The running sprint, velocity, the recorded sprint report with its differences from
 * the replay, each issue (by group, sorted, exported), what bends the figures; light and dark at
 * 1024 px, by keyboard, checked by axe.
 */
import type { Page } from 'playwright-core';
import { testAppForSuite } from './fixtures/test-app';
import { openPage, screenshot, seriousAxeViolations } from './support';

async function openSprints(url: string) {
  const opened = await openPage(url);
  await opened.page.getByRole('tab', { name: 'Sprints' }).click();
  await opened.page.getByTestId('sprint-detail').waitFor();
  return opened;
}

/** Text as read, its white space as one space (innerText breaks lines between blocks). */
const words = async (locator: { innerText(): Promise<string> }) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

const rowKeys = (page: Page) => page.getByTestId('sprint-issues').locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-issue-row')));

export function sprintsSuite(): void {
  const app = testAppForSuite();
  const frameUrl = (query: string) => app().frameUrl(query);

  it('shows the running sprint: its scope so far, how it was recorded, the burnup and the items at risk', async () => {
    const { page, problems, close } = await openSprints(frameUrl('project=REC&user=admin'));
    try {
      const running = page.getByTestId('running-sprint');
      expect(await running.locator('h2').innerText()).toBe('Running now: REC Sprint 2');
      expect(await running.getByTestId('running-committed').innerText()).toBe('3 items (8 points)\nCommitted');
      expect(await words(page.getByTestId('running-record'))).toBe('Recorded The commitment was recorded by the app at the start; the rest is read from Jira’s history as of now.');
      expect(await running.locator('figure [role="img"]').getAttribute('aria-label')).toBe('Scope now 8 points, of which 0 points done; the sprint is planned to end on 30 Oct 2026.');
      expect(await page.getByTestId('at-risk').locator('tbody tr').allInnerTexts()).toEqual([
        'REC-2\tRecorded item 2\tcarried over before (REC Sprint 1)',
        'REC-3\tRecorded item 3\tcarried over before (REC Sprint 1)',
        'REC-5\tRecorded item 5\tcarried over before (REC Sprint 1)',
      ]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows velocity as a chart told apart by pattern, described for screen readers, with its table', async () => {
    const { page, close } = await openSprints(frameUrl('project=REC&user=admin'));
    try {
      const velocity = page.getByTestId('velocity');
      expect(await velocity.locator('[role="img"]').getAttribute('aria-label')).toBe(
        'Over the last closed sprint, the team completed 3 points a sprint on average; the latest, REC Sprint 1, committed 19 points and completed 3 points.',
      );
      // Committed bars are hatched (a pattern), completed ones solid.
      expect(await velocity.locator('.recharts-bar-rectangle path').first().getAttribute('fill')).toBe('url(#sprint-hatched)');
      await velocity.locator('summary').click();
      expect(await page.getByTestId('velocity-table').locator('tbody tr').allInnerTexts()).toEqual(['REC Sprint 1\t19 points\t3 points\t16%\t20%\tRecorded by the app']);
    } finally {
      await close();
    }
  });

  it('shows a recorded sprint’s report: how it was made, where the replay differs and why, each issue, and what bends it', async () => {
    const { page, close } = await openSprints(frameUrl('project=REC&user=admin'));
    try {
      const record = page.getByTestId('sprint-record');
      expect(await record.getAttribute('data-record')).toBe('recorded');
      expect(await record.innerText()).toContain('Recorded by the app as it happened: read 1 minute after the start and at the close.');
      expect(await page.getByTestId('sprint-record-replayed').innerText()).toBe('The replay of Jira’s history gives: commitment reliability 17%, completion rate 17%, scope churn 50%, carry-over 60%.');
      expect(await page.getByTestId('sprint-record-differences').locator('tbody tr').allInnerTexts()).toEqual([
        'REC-5\tAdded 40 seconds after the start, before the app recorded the sprint: the app’s record counts it as committed and not completed, the replay of Jira’s history as added and not completed.',
      ]);
      expect(await page.getByTestId('sprint-detail').innerText()).toMatch(/Committed at start\s+5 items \(19 points\)/);
      expect(await rowKeys(page)).toEqual(['REC-1', 'REC-2', 'REC-3', 'REC-4', 'REC-5']);
      expect(await page.locator('[data-issue-row="REC-4"]').innerText()).toBe('REC-4\tRecorded item 4\tStory\tCommitted\tRemoved\tTo Do\t8\t8\tremoved 16 Oct 2026, 16:50 UTC by Ada Admin\t');
      // One group at a time, with its size from the figures.
      await page.getByTestId('sprint-issues-group').selectOption('removed');
      expect(await rowKeys(page)).toEqual(['REC-4']);
      expect(await page.getByTestId('sprint-issues-total').innerText()).toBe('Removed: 1 item, 8 points.');
      const hygiene = page.getByTestId('sprint-hygiene').locator('[data-hygiene="removed-before-close"]');
      expect(await words(hygiene)).toBe(
        'Removed in the last hour before the close: REC-4 Taken out just before the close, they count as removed rather than not completed: carry-over reads lower and scope churn higher than for a sprint that kept them.',
      );
    } finally {
      await close();
    }
  });

  it('sorts the issues by keyboard and exports them as CSV', async () => {
    const { page, close } = await openSprints(frameUrl('project=REC&user=admin'));
    try {
      const sortButton = page.getByTestId('sprint-issues').getByRole('button', { name: 'Estimate when it came in' });
      await sortButton.focus();
      await page.keyboard.press('Enter');
      expect(await rowKeys(page)).toEqual(['REC-5', 'REC-3', 'REC-1', 'REC-2', 'REC-4']);
      expect(await sortButton.locator('xpath=..').getAttribute('aria-sort')).toBe('ascending');
      await page.keyboard.press('Enter');
      expect(await rowKeys(page)).toEqual(['REC-4', 'REC-2', 'REC-1', 'REC-3', 'REC-5']);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sprint-issues').getByRole('button', { name: 'Export CSV' }).click()]);
      expect(download.suggestedFilename()).toBe('REC Sprint 1-issues.csv');
      const stream = await download.createReadStream();
      let text = '';
      for await (const chunk of stream) text += chunk.toString();
      expect(text.split('\r\n')[0]).toBe('Issue,Summary,Type,Came in,Left as,Status at the close,Estimate when it came in,Estimate at the close,Added or removed,Finished outside the sprint');
      expect(text).toContain('REC-5,Recorded item 5,Story,Committed,Not completed,To Do,1,1,,');
    } finally {
      await close();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`fits 1024 px with no serious accessibility problem, the ${theme} theme`, async () => {
      const { page, problems, close } = await openSprints(frameUrl(`project=REC&user=admin&theme=${theme}`));
      try {
        await page.getByTestId('running-sprint').getByText('Each issue of REC Sprint 2').click();
        await page.getByTestId('running-issues').waitFor();
        await screenshot(page, `project-page-sprints-recorded-${theme}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= 1024)).toBe(true);
        expect(await seriousAxeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    }, 60_000);
  }
}
