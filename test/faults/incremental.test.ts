/**
 * Faults during an incremental refresh (a complete previous load of the same board is given):
 * the refresh reads board settings, sprints and the issues updated since the last load, and the
 * change history of those issues only. ABC-5 is changed a day after the first load.
 */
import type { BoardData } from '../../src/domain/types';
import type { Workspace } from '../../src/local/workspace';
import { answer, isPath, reportOf, run, stopAll } from './harness';
import { NOW, RANK, change, history, issueOf, makeSite } from './site';

afterEach(stopAll);

const NEXT_DAY = new Date(NOW.getTime() + 86_400_000);

let previous: BoardData;
beforeAll(async () => {
  previous = (await run()).data!;
  expect(previous.partial).toBeNull();
  await stopAll();
});

/** The site a day later: ABC-5 re-ranked again at 10 Feb 15:00. */
function dayLater(): Workspace {
  const site = makeSite();
  const abc5 = issueOf(site, 'ABC-5');
  abc5.fields.updated = '2026-02-10T15:00:00.000+0000';
  abc5.changelog.push(history('5300', '2026-02-10T15:00:00.000+0000', [change(RANK, '', '', '', 'Ranked lower', 'Rank')]));
  return site;
}

it('unchanged apart from ABC-5: the incremental refresh is complete and reads its new change', async () => {
  const outcome = await run(dayLater(), { previous, now: NEXT_DAY });
  reportOf(outcome);
  expect(outcome.data!.partial).toBeNull();
  expect(outcome.data!.issues.find((i) => i.key === 'ABC-5')!.changelog.map((e) => e.historyId)).toEqual(['5008', '5300']);
  // configuration, sprints, one search, one changelog batch for ABC-5.
  expect(outcome.requests).toHaveLength(4);
});

it('the change history failing during an incremental refresh: partial, and ABC-5 keeps the history it had', async () => {
  const outcome = await run(dayLater(), { previous, now: NEXT_DAY, override: (req) => (isPath(req, '/bulkfetch') ? answer(503) : null) });
  const report = reportOf(outcome);
  expect(report.partial).toEqual({ reason: 'Some data could not be read from Jira: the change history of the issues.' });
  expect(outcome.data!.issues.find((i) => i.key === 'ABC-5')!.changelog.map((e) => e.historyId)).toEqual(['5008']);
  expect(outcome.data!.issues).toHaveLength(6);
});

it('the search failing during an incremental refresh: a plain error (the caller keeps its last good report)', async () => {
  const outcome = await run(dayLater(), { previous, now: NEXT_DAY, override: (req) => (isPath(req, '/search/jql') ? answer(500) : null) });
  expect(outcome.report).toBeNull();
  expect(outcome.error!.message).toBe('Could not search for issues: Jira had a problem on its side and kept having it after several retries (HTTP 500, POST /rest/api/3/search/jql).');
});

it('a partial previous load is not built on: the next refresh is a full one', async () => {
  const partialPrevious: BoardData = { ...previous, partial: { reason: 'Some data could not be read from Jira: the sprints of board 1.' } };
  const outcome = await run(dayLater(), { previous: partialPrevious, now: NEXT_DAY });
  expect(outcome.data!.partial).toBeNull();
  expect(outcome.requests.some((r) => isPath(r, '/rest/api/3/field'))).toBe(true);
  expect(outcome.requests).toHaveLength(11);
});
