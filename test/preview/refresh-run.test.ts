/** Where a "Refresh all" stands, read from the portfolio's rows (values chosen by hand). */
import type { PortfolioRow, RefreshStatus } from '../../src/shared/api';
import { runProgress, runSentence, type RefreshRun } from '../../static/portfolio/src/refreshRun';
import { portfolioRows } from './portfolio-rows';

const ASKED = '2026-10-20T08:00:00.000Z';
const BEFORE = '2026-10-20T07:00:00.000Z';
const AFTER = '2026-10-20T08:03:00.000Z';

function withRefresh(row: PortfolioRow, refresh: Partial<RefreshStatus>): PortfolioRow {
  return { ...row, refresh: { state: 'idle', progress: null, message: null, startedAt: null, finishedAt: null, ...refresh } };
}

describe('a Refresh all run', () => {
  const [fix, kan, fresh] = portfolioRows();
  const run: RefreshRun = { projectKeys: ['FIX', 'NEW'], requestedAt: ASKED, left: 1 };

  it('waits for each project it asked for, counting a refresh done before it was asked as not yet', () => {
    const rows = [withRefresh(fix, { state: 'done', finishedAt: BEFORE }), kan, withRefresh(fresh, { state: 'queued', startedAt: ASKED })];
    const progress = runProgress(run, rows);
    expect(progress).toEqual({ total: 2, refreshed: 0, failed: [], waiting: ['FIX', 'NEW'], ended: false });
    expect(runSentence(run, progress)).toBe('Refreshing 2 projects: 0 finished, 2 to go. 1 project is not refreshed nightly, so it was left out.');
  });

  it('ends when every project was refreshed since, or could not be, and says which could not', () => {
    const rows = [withRefresh(fix, { state: 'done', finishedAt: AFTER }), withRefresh(fresh, { state: 'failed', message: 'Jira did not answer.', finishedAt: AFTER })];
    const progress = runProgress(run, rows);
    expect(progress).toEqual({ total: 2, refreshed: 1, failed: [{ projectKey: 'NEW', name: 'Not analysed yet', message: 'Jira did not answer.' }], waiting: [], ended: true });
    expect(runSentence(run, progress)).toBe('1 of 2 projects refreshed; 1 could not be. 1 project is not refreshed nightly, so it was left out.');
    const allDone = runProgress(run, [withRefresh(fix, { state: 'done', finishedAt: AFTER }), withRefresh(fresh, { state: 'done', finishedAt: ASKED })]);
    expect(runSentence({ ...run, left: 0 }, allDone)).toBe('All 2 projects were refreshed.');
  });

  it('counts a refresh that stopped without a word (failed, no finish time) as ended, and an earlier failure as not yet', () => {
    const stopped = withRefresh(fix, { state: 'failed', message: 'The last refresh stopped before it finished.', finishedAt: null });
    const earlier = withRefresh(fresh, { state: 'failed', message: 'old', finishedAt: BEFORE });
    expect(runProgress(run, [stopped, earlier])).toMatchObject({ failed: [{ projectKey: 'FIX' }], waiting: ['NEW'], ended: false });
  });

  it('waits for a project not read yet, and says when nothing was asked for', () => {
    expect(runProgress(run, [])).toMatchObject({ waiting: ['FIX', 'NEW'], ended: false });
    const none: RefreshRun = { projectKeys: [], requestedAt: ASKED, left: 2 };
    expect(runSentence(none, runProgress(none, []))).toBe('No project was refreshed. 2 projects are not refreshed nightly, so they were left out.');
  });
});
