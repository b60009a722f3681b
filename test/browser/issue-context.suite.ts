/**
 * Browser tests of the issue view over the real resolvers, on the test site (fixtures/test-app.ts),
 * at the widths Jira's right-hand column gives it. FIX as worked out in fixtures/fix-project.ts:
 * FIX-4 was left unfinished in Sprints 1, 2 and 3 and runs in Sprint 4, flagged from 14 to 21 Sept;
 * FIX-21 is second of the 24 backlog items, without estimate or acceptance criteria, re-ranked by Pat
 * on 12 Oct, and changed in Jira after the app's last read (the test changes it).
 */
import type { Page } from 'playwright-core';
import type { Report } from '../../src/domain/report';
import { bySeverity, listInWords } from '../../src/vocabulary';
import { testAppForSuite } from './fixtures/test-app';
import { expectThemeAndLayout, openPage, screenshot } from './support';

/** Jira's right-hand column: about 380 px wide, narrower on small screens. */
const WIDTHS = [320, 380];
const CHANGED_IN_JIRA = '2026-10-20T09:00:00.000+0000';

export function issueContextSuite(): void {
  const app = testAppForSuite();
  const panelUrl = (query: string) => app().appUrl('issue-context', query);
  const open = async (query: string, width = 380) => {
    const opened = await openPage(panelUrl(query), { width, height: 900 });
    await opened.page.getByTestId('issue-context').waitFor();
    return opened;
  };
  /** The titles of the signals whose evidence names `key`, as the project page's report has them. */
  const signalsNaming = async (key: string, user: string) => {
    const { report } = (await app().invoke('getReport', {}, user, 'FIX')) as { report: Report };
    return report.signals.filter((s) => s.evidence.issueKeys.includes(key));
  };
  const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();

  beforeAll(() => {
    // Someone edits FIX-21 in Jira after the app read the board.
    const issue = app().site.workspace.issues.find((i) => i.key === 'FIX-21')!;
    issue.fields.updated = CHANGED_IN_JIRA;
  });

  it('shows an item of the running sprint: its sprints, its carry-over chain, its flagged spell and the signals naming it', async () => {
    const { page, problems, close } = await open('project=FIX&issue=FIX-4&user=admin');
    try {
      expect(await text(page, 'position')).toBe('In the running sprint, FIX Sprint 4.');
      expect(await page.getByTestId('readiness').innerText()).toContain('Already in a sprint: readiness is checked for backlog items only.');
      expect(await page.getByTestId('sprint-history').locator('li').allInnerTexts()).toEqual([
        'FIX Sprint 1: in it from the start, not completed, carried on.',
        'FIX Sprint 2: in it from the start, not completed, carried on.',
        'FIX Sprint 3: in it from the start, not completed, carried on.',
      ]);
      expect(await text(page, 'carry-over')).toBe('Left unfinished in 3 sprints in a row (FIX Sprint 1, FIX Sprint 2 and FIX Sprint 3); not done yet.');
      expect(await page.getByTestId('flagged-spells').locator('li').allInnerTexts()).toEqual(['From 14 Sep 2026 to 21 Sep 2026.']);
      const naming = await signalsNaming('FIX-4', 'admin');
      expect(naming.map((s) => s.id)).toEqual(expect.arrayContaining(['chronic-carry-over', 'lingering-impediments']));
      const shown = await page.getByTestId('issue-signals').locator('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-signal-id')));
      expect([...shown].sort()).toEqual(naming.map((s) => s.id).sort());
      expect(await page.getByTestId('changed-since').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a backlog item: its place, what it misses and how to fix it, its re-ranks, and that it changed after the figures', async () => {
    const { page, close } = await open('project=FIX&issue=FIX-21&user=member');
    try {
      const { report } = (await app().invoke('getReport', {}, 'member', 'FIX')) as { report: Report };
      expect(report.backlog?.nearTerm.map((i) => i.key)).toEqual(['FIX-20', 'FIX-21', 'FIX-22', 'FIX-23', 'FIX-24', 'FIX-25']);
      expect(await text(page, 'position')).toBe('2 of 24 items in the backlog, inside the near-term horizon (the top 6 items, the work of the next sprints).');
      expect(await page.getByTestId('failed-checks').locator('li').allInnerTexts()).toEqual([
        'No estimate. Estimate it with the team, so its size is known before it is planned.',
        'No acceptance criteria. Add acceptance criteria to its description, under a heading such as "Acceptance criteria": how the team will know it is done.',
      ]);
      expect(await text(page, 'reranks')).toBe('Re-ranked 1 time in the last 90 days, by Pat Example (1); last on 12 Oct 2026.');
      expect(await page.getByText('Not in any closed sprint of this board.').count()).toBe(1);
      expect(await page.getByText('Not flagged in the last 90 days.').count()).toBe(1);
      expect(await text(page, 'changed-since')).toContain('It was last changed on 20 Oct 2026, 09:00 UTC; Jira was read for these figures on 20 Oct 2026, 08:00 UTC.');
      await screenshot(page, 'issue-view-backlog-item-light');
    } finally {
      await close();
    }
  });

  it('says a project is not analysed yet while its first refresh waits, then fills in when it is done', async () => {
    app().local.queue.hold();
    const { page, close } = await open('project=NEW&issue=NEW-4&user=coach');
    try {
      expect(await text(page, 'not-analysed')).toBe('Backlog health has not analysed this project yet. Its first analysis is running: this panel fills in when it is done.');
      app().local.queue.release();
      await page.getByTestId('position').waitFor();
      // NEW's backlog: NEW-3 (left unfinished by its one sprint), then NEW-4 to NEW-6; 3 points each against a capacity of 6 a sprint.
      expect(await text(page, 'position')).toBe('2 of 4 items in the backlog, inside the near-term horizon (the top 4 items, the work of the next sprints).');
    } finally {
      app().local.queue.release();
      await close();
      await app().local.queue.idle();
    }
  });

  it('shows nothing of a project its administrators switched off, and refuses a viewer who may not browse the project', async () => {
    const off = await open('project=KAN&issue=KAN-1&user=admin');
    try {
      expect(await off.page.getByTestId('switched-off').innerText()).toBe('Backlog health is switched off for this project by its administrators, so it shows nothing about its issues.');
      expect(await off.page.getByTestId('issue-signals').count()).toBe(0);
    } finally {
      await off.close();
    }
    const refused = await openPage(panelUrl('project=FRESH&issue=FRESH-1&user=coach'), { width: 380, height: 600 });
    try {
      await refused.page.getByTestId('error-state').waitFor();
      expect(await refused.page.getByTestId('error-state').innerText()).toContain('You do not have permission to browse this project, so its health cannot be shown to you.');
    } finally {
      await refused.close();
    }
  });

  it('refreshes the project from the keyboard, saying so until the refresh is done', async () => {
    const { page, close } = await open('project=FIX&issue=FIX-4&user=admin');
    try {
      app().local.queue.hold();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Refresh');
      await page.keyboard.press('Enter');
      await page.getByTestId('refreshing').waitFor();
      expect(await page.getByRole('button', { name: 'Refreshing' }).isDisabled()).toBe(true);
      app().local.queue.release();
      await page.getByTestId('refreshing').waitFor({ state: 'detached' });
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Ask the coach about "Sprints ending with planned work unfinished"');
    } finally {
      app().local.queue.release();
      await close();
      await app().local.queue.idle();
    }
  });

  it('notices when Jira says the issue changed, and shows that it changed after the figures', async () => {
    const { page, close } = await open('project=FIX&issue=FIX-8&user=admin');
    try {
      expect(await page.getByTestId('changed-since').count()).toBe(0);
      app().site.workspace.issues.find((i) => i.key === 'FIX-8')!.fields.updated = CHANGED_IN_JIRA;
      await page.evaluate(() => (window as unknown as { __previewEmit(event: string, payload: unknown): void }).__previewEmit('JIRA_ISSUE_CHANGED', { changes: [{ changeType: 'updated' }] }));
      await page.getByTestId('changed-since').waitFor();
    } finally {
      await close();
    }
  });

  it('offers "Ask the coach" on the project page\'s signal cards too, only where Rovo is enabled', async () => {
    for (const [query, expected] of [['project=FIX&user=admin', 6], ['project=FIX&user=admin&rovo=off', 0]] as const) {
      const { page, close } = await openPage(app().frameUrl(query));
      try {
        await page.getByTestId('overview').waitFor();
        await page.waitForTimeout(200); // the bridge is asked once, after the first render
        expect(await page.getByRole('button', { name: /^Ask the coach/ }).count()).toBe(expected);
      } finally {
        await close();
      }
    }
  });

  it('offers "Ask the coach" only where Rovo is enabled, and opens the coach with the signal', async () => {
    const off = await open('project=FIX&issue=FIX-4&user=admin&rovo=off');
    try {
      await off.page.getByTestId('issue-signals').locator('article').first().waitFor();
      expect(await off.page.getByRole('button', { name: /^Ask the coach/ }).count()).toBe(0);
    } finally {
      await off.close();
    }
    const shell = await openPage(`${app().url}/issue/?issue=FIX-4&user=admin`);
    try {
      const frame = shell.page.frameLocator('iframe.panel');
      const naming = await signalsNaming('FIX-4', 'admin');
      await frame.getByRole('button', { name: /^Ask the coach/ }).first().waitFor();
      expect(await frame.getByRole('button', { name: /^Ask the coach/ }).count()).toBe(naming.length);
      await frame.getByRole('button', { name: 'Ask the coach about "Items rolling from sprint to sprint"' }).click();
      await shell.page.waitForURL(/\/coach\/\?/);
      expect(await shell.page.getByTestId('coach-opening').innerText()).toBe(
        'The conversation opens with: In project FIX, the signal "Items rolling from sprint to sprint" shows. Show me its evidence and help me prepare the conversation with the team.',
      );
      await shell.page.getByRole('button', { name: 'Ask' }).click();
      // FIX scores 100 - 25 - 5 x 10 = 25: sprints lose 25 + 3 x 10, the backlog 2 x 10 (fixtures/fix-project.ts).
      const { report } = (await app().invoke('getReport', {}, 'admin', 'FIX')) as { report: Report };
      const titles = [...report.signals].sort(bySeverity).map((s) => s.title);
      expect(await shell.page.getByTestId('coach-answer').locator('p').first().innerText()).toBe(
        `Fixture Scrum (FIX) scores 25 out of 100: At risk. Backlog 80, Sprints 45, Flow 100, Roles 100. 6 signals fire (1 critical and 5 warnings): ${listInWords(titles)}. ` +
          '4 signals could not be checked, so the score leaves them out.',
      );
      await screenshot(shell.page, 'coach-panel-light');
    } finally {
      await shell.close();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of WIDTHS) {
      it(`renders ${width} px wide in the ${theme} theme, without sideways scrolling or serious accessibility problems`, async () => {
        const { page, close } = await open(`project=FIX&issue=FIX-4&user=admin&theme=${theme}`, width);
        try {
          await expectThemeAndLayout(page, theme, width);
          await screenshot(page, `issue-view-${width}-${theme}`);
        } finally {
          await close();
        }
      });
    }
  }
}
