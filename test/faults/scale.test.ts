/**
 * 100,000 changelog entries on one board: 200 issues with 500 rank changes each, read through the
 * emulator in pages of 10,000 histories, normalised and analysed. Ends complete.
 */
import { reportOf, run, stopAll } from './harness';
import { ALICE, RANK, change, issue, makeSite } from './site';
import type { WsHistory } from '../../src/local/workspace';

afterEach(stopAll);

const ISSUES = 200;
const HISTORIES_PER_ISSUE = 500;
const DAY_MS = 86_400_000;

function busySite() {
  const site = makeSite();
  const start = Date.UTC(2025, 6, 1, 9); // 1 Jul 2025, 09:00 UTC
  site.issues = Array.from({ length: ISSUES }, (_, n) => {
    const created = start + n * DAY_MS;
    // One rank change a minute from creation: ids unique across the site.
    const changelog: WsHistory[] = Array.from({ length: HISTORIES_PER_ISSUE }, (_, h) =>
      ({ id: String(1_000_000 + n * HISTORIES_PER_ISSUE + h), author: ALICE, created: new Date(created + (h + 1) * 60_000).toISOString().replace('Z', '+0000'), items: [change(RANK, '', '', '', 'Ranked higher', 'Rank')] }));
    return issue({ id: String(20_000 + n), key: `ABC-${n + 1}`, rank: `0|i${String(n).padStart(5, '0')}:`, created: new Date(created).toISOString().replace('Z', '+0000'), changelog });
  });
  return site;
}

it('reads and analyses 100,000 changelog entries on one board: complete, every entry kept, 20 requests', async () => {
  const outcome = await run(busySite());
  const report = reportOf(outcome);
  expect(report.partial).toBeNull();
  expect(report.dataQuality).toEqual([]);
  const events = outcome.data!.issues.reduce((n, i) => n + i.changelog.length, 0);
  expect(events).toBe(ISSUES * HISTORIES_PER_ISSUE);
  // No issue is in a sprint or done: all 200 are backlog.
  expect(report.backlog!.size).toBe(ISSUES);
  // boards, configuration, fields, statuses, sprints, probe, 4 slices (each under 100 issues), 10 changelog pages of 10,000.
  expect(outcome.requests.filter((r) => r.path.endsWith('/bulkfetch'))).toHaveLength(10);
  expect(outcome.requests).toHaveLength(20);
});
