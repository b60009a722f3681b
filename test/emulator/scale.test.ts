/**
 * The emulator at the size of a large site (20k issues, 200k histories, docs/performance.md): paging stays correct.
 * Speed is measured by src/local/emulator/bench.ts, not asserted here.
 */
import { basicAuthHeader, startEmulator, type Emulator } from '../../src/local/emulator';
import { syntheticWorkspace } from '../../src/local/emulator/synthetic';

let emulator: Emulator;
const headers = { Authorization: basicAuthHeader('load@example.com', 'tok-load'), 'Content-Type': 'application/json' };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the answers are read by path; their shapes are checked in contract.test.ts
const post = async (path: string, body: unknown): Promise<any> => (await fetch(emulator.url + path, { method: 'POST', headers, body: JSON.stringify(body) })).json();

beforeAll(async () => {
  emulator = await startEmulator({ workspace: syntheticWorkspace({ issues: 20_000, historiesPerIssue: 10 }) });
});
afterAll(() => emulator.stop());

test('all 20 000 issues page out in rank order, 5000 at a time, each once', async () => {
  const ids: string[] = [];
  let token: string | undefined;
  let pages = 0;
  do {
    const json = await post('/rest/api/3/search/jql', { jql: 'project in (P0, P1) ORDER BY Rank', fields: ['id'], maxResults: 5000, nextPageToken: token });
    ids.push(...json.issues.map((i: { id: string }) => i.id));
    token = json.nextPageToken;
    pages += 1;
  } while (token);
  expect(pages).toBe(4);
  expect(ids).toHaveLength(20_000);
  // Ranks run backwards from the issue number: the last issue is ranked first.
  expect(ids[0]).toBe('119999');
  expect(ids[19_999]).toBe('100000');
  expect(new Set(ids).size).toBe(20_000);
});

test('sprint filter over the large set: every tenth issue of P0 and P1', async () => {
  const json = await post('/rest/api/3/search/jql', { jql: 'sprint = 3 AND project = P0', fields: ['key'], maxResults: 5000 });
  // Issues i with i mod 10 = 2 are in sprint 3; all of them are even, so all in P0: 2000 issues.
  expect(json.issues).toHaveLength(2000);
  expect(json.isLast).toBe(true);
});

test('bulkfetch of 1000 issues gives their 10 000 histories, oldest first, in one page of 10 000', async () => {
  const ids = Array.from({ length: 1000 }, (_, i) => String(100000 + i));
  const json = await post('/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: ids, maxResults: 10000 });
  const histories = json.issueChangeLogs.flatMap((l: { changeHistories: { created: string }[] }) => l.changeHistories);
  expect(histories).toHaveLength(10_000);
  expect(json.nextPageToken).toBeUndefined();
  const half = await post('/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: ids, maxResults: 5000 });
  const firstHalf = half.issueChangeLogs.flatMap((l: { changeHistories: { created: string }[] }) => l.changeHistories.map((h) => Date.parse(h.created)));
  expect(firstHalf).toHaveLength(5000);
  expect(typeof half.nextPageToken).toBe('string');
  // Issue i is created at minute i and changes every hour after, so the first page ends before the second starts.
  const second = await post('/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: ids, maxResults: 5000, nextPageToken: half.nextPageToken });
  const secondHalf = second.issueChangeLogs.flatMap((l: { changeHistories: { created: string }[] }) => l.changeHistories.map((h) => Date.parse(h.created)));
  expect(secondHalf).toHaveLength(5000);
  expect(Math.max(...firstHalf)).toBeLessThanOrEqual(Math.min(...secondHalf));
});
