/**
 * Browser tests of the project page's states, each reached through the real code paths on the test
 * site (fixtures/test-app.ts): a first report being built (the app's refresh held at a known step),
 * a refresh whose consumer died, failures that keep a good report on screen (Jira refusing the app),
 * backend errors, a Kanban board, no closed sprints, no board.
 */
import { isChangelogRequest, testAppForSuite, whileJiraRefuses } from './fixtures/test-app';
import { openPage } from './support';

/** What the app's refresh says when Jira answers every request with 429 (whileJiraRefuses, fixtures/test-app.ts). */
const REFUSED_MESSAGE =
  'Could not search for issues: Jira asked us to slow down and kept doing so after several polite retries (HTTP 429, POST /rest/api/3/search/jql). Jira said: "Too many requests: slow down and try again later.".';

export function projectPageStatesSuite(): void {
  const app = testAppForSuite();
  const frameUrl = (query: string) => app().frameUrl(query);

  it('shows the progress of a first report being built, then the report', async () => {
    // The refresh the page starts stops once BUILD's 6 issues are read, before their histories are.
    app().gate.close(isChangelogRequest);
    const { page, close } = await openPage(frameUrl('project=BUILD&user=admin'));
    try {
      const loading = page.getByTestId('loading-state');
      await loading.waitFor();
      expect(await page.locator('main').innerText()).toContain("This project's first report is being built.");
      expect(await loading.innerText()).toContain('Waiting for its turn to refresh.');
      await app().gate.reached();
      // A refresh really runs: the page says so with its message and progress (0.7 of the load, which is 0.9 of the refresh), and shows no report yet.
      await loading.getByText('Reading the history of 6 issues').waitFor();
      expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.63');
      expect(await page.getByTestId('overview').count()).toBe(0);
      app().gate.open();
      await page.getByTestId('overview').waitFor({ timeout: 20_000 });
      expect(await page.getByTestId('loading-state').count()).toBe(0);
    } finally {
      app().gate.open();
      await close();
    }
  }, 30_000);

  it('shows the report, and the sprint figures waiting for the first closed sprint', async () => {
    const { page, close } = await openPage(frameUrl('project=FRESH&user=admin'));
    try {
      await page.getByRole('tab', { name: 'Sprints' }).click();
      const empty = page.getByTestId('no-closed-sprints');
      await empty.waitFor();
      expect(await empty.innerText()).toContain('No closed sprints yet');
      const running = page.getByTestId('running-sprint');
      expect(await running.locator('h2').innerText()).toBe('Running now: FRESH Sprint 1');
      expect(await running.innerText()).toContain('19 Oct 2026 to 30 Oct 2026. Goal: First customers.');
      expect(await running.getByTestId('running-committed').innerText()).toBe('3 items (9 points)\nCommitted');
      expect(await page.getByTestId('sprint-detail').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('shows a refresh whose consumer died mid-run as stopped, keeps the report, and lets a new one start', async () => {
    const { local } = app();
    local.queue.hold(); // the new refresh waits in the queue, as on a busy site
    const { page, close } = await openPage(frameUrl('project=STUCK&user=admin'));
    try {
      const problem = page.getByTestId('report-problem');
      await problem.waitFor();
      expect(await problem.innerText()).toContain('The last refresh stopped before it finished. Press Refresh to try again.');
      expect(await page.getByTestId('overview').isVisible()).toBe(true);
      expect(await page.getByTestId('loading-state').count()).toBe(0);
      const refresh = page.getByRole('button', { name: 'Refresh' });
      expect(await refresh.isEnabled()).toBe(true);
      await refresh.click();
      await page.getByTestId('loading-state').waitFor();
      expect(await page.getByTestId('loading-state').innerText()).toContain('Waiting for its turn to refresh.');
      expect(local.queue.waiting().map((event) => [event.projectKey, event.reason])).toEqual([['STUCK', 'manual']]);
    } finally {
      await close();
      local.queue.release();
      await local.queue.idle();
    }
  });

  it('explains a backend error and recovers with Retry', async () => {
    const { page, close } = await openPage(frameUrl('project=FIX&user=admin&fail=getReport&failTimes=1'));
    try {
      const error = page.getByTestId('error-state');
      await error.waitFor();
      expect(await error.innerText()).toContain('The report could not be loaded');
      expect(await error.innerText()).toContain('Jira did not answer in time');
      await page.getByRole('button', { name: 'Retry' }).click();
      await page.getByTestId('overview').waitFor();
      expect(await page.getByTestId('error-state').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('keeps a good report on screen when its last refresh failed, says so, and offers a Retry', async () => {
    const { page, close } = await openPage(frameUrl('project=LASTFAIL&user=admin'));
    try {
      const problem = page.getByTestId('report-problem');
      await problem.waitFor();
      expect(await problem.innerText()).toContain('The last refresh did not finish');
      expect(await problem.innerText()).toContain(REFUSED_MESSAGE);
      expect(await page.getByTestId('score-total').innerText()).toContain('100');
      expect(await page.getByTestId('error-state').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Refresh' }).isEnabled()).toBe(true);
    } finally {
      await close();
    }
  });

  it('keeps the report when a refresh fails, and when the status cannot be read, with a Retry that recovers', async () => {
    const { page, close } = await openPage(frameUrl('project=FAILS&user=admin'));
    try {
      await page.getByTestId('overview').waitFor();
      const logged = await whileJiraRefuses(app().appJira, async () => {
        await page.getByRole('button', { name: 'Refresh' }).click();
        await page.getByTestId('report-problem').waitFor();
      });
      expect(logged).toEqual(['Refresh of FAILS failed: JiraError rate-limited 429 POST /rest/api/3/search/jql']);
      expect(await page.getByTestId('report-problem').innerText()).toContain(REFUSED_MESSAGE);
      expect(await page.getByTestId('overview').isVisible()).toBe(true);
    } finally {
      await close();
    }
    const second = await openPage(frameUrl('project=FIX&user=admin&fail=getRefreshStatus&failTimes=1'));
    try {
      await second.page.getByTestId('overview').waitFor();
      await second.page.getByRole('button', { name: 'Refresh' }).click();
      const problem = second.page.getByTestId('report-problem');
      await problem.waitFor();
      expect(await problem.innerText()).toContain('The refresh status could not be read');
      expect(await second.page.getByTestId('overview').isVisible()).toBe(true);
      await problem.getByRole('button', { name: 'Retry' }).click();
      await second.page.getByTestId('report-problem').waitFor({ state: 'detached' });
      expect(await second.page.getByTestId('score-total').innerText()).toContain('25');
    } finally {
      await second.close();
    }
  });

  it('says what a Kanban board can and cannot show', async () => {
    const { page, close } = await openPage(frameUrl('project=KAN&user=admin'));
    try {
      await page.getByTestId('limitations').waitFor();
      const limitations = await page.getByTestId('limitations').innerText();
      expect(limitations).toContain('This board has no sprints (it is a Kanban board), so sprint figures and sprint signals are not shown.');
      // Said once, not in the title, a paragraph and the list again.
      expect(limitations.match(/no sprints/g)).toHaveLength(1);
      await page.getByRole('tab', { name: 'Sprints' }).click();
      expect(await page.getByRole('tabpanel').innerText()).toContain('No sprint figures for this board');
      await page.getByRole('tab', { name: 'Backlog' }).click();
      // A board without sprints has no capacity: the runway, measured in sprints of it, is not shown at all.
      await page.getByTestId('backlog').waitFor();
      expect(await page.getByTestId('ready-runway').count()).toBe(0);
      // The sprint area does not apply rather than a full 100; the total stands on the rest.
      await page.getByRole('tab', { name: 'Overview' }).click();
      expect(await page.getByTestId('score-sprints').innerText()).toContain('Does not apply');
      expect(await page.getByTestId('score-backlog').innerText()).toContain('100');
      // 7 sprint rules do not apply; 3 backlog rules that need a capacity or a week-old copy, 3 role rules that need a Product Owner
      // and 2 flow rules (one item finished, none ever in progress: no usual cycle time, no work in progress a month ago) could not be checked.
      expect(await page.getByTestId('score-not-checked').innerText()).toContain('8 signals could not be checked, 7 signals do not apply to this board');
      expect(await page.locator('[data-silent-id="unfinished-sprints"]').innerText()).toBe(
        'Sprints ending with planned work unfinished: This board runs no sprints (it is a Kanban board), so a rule about sprints does not apply to it.',
      );
    } finally {
      await close();
    }
  });

  it('says so when the project has no board', async () => {
    const { page, close } = await openPage(frameUrl('project=NONE&user=admin'));
    try {
      await page.getByTestId('empty-state').waitFor();
      expect(await page.getByTestId('empty-state').innerText()).toContain('This project has no board');
      // The engine's empty report scores nothing: no tabs, no "Healthy", no "No signal fires".
      expect(await page.getByRole('tab').count()).toBe(0);
      const text = await page.locator('main').innerText();
      expect(text).toContain('Create a Scrum board for it in Jira, then refresh.');
      expect(text).not.toMatch(/Healthy|No signal fires|This board has no sprints|100/);
    } finally {
      await close();
    }
  });
}
