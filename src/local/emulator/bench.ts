/**
 * Measures the emulator on a 20k-issue, 200k-history workspace: start-up, search pages and
 * changelog pages. Run with `npx tsx src/local/emulator/bench.ts`; prints milliseconds.
 */
import { basicAuthHeader, startEmulator } from './index';
import { syntheticWorkspace } from './synthetic';

async function main(): Promise<void> {
  const t0 = performance.now();
  const workspace = syntheticWorkspace({ issues: 20_000, historiesPerIssue: 10 });
  const t1 = performance.now();
  const emulator = await startEmulator({ workspace });
  const t2 = performance.now();
  const headers = { Authorization: basicAuthHeader('load@example.com', 'tok-load'), 'Content-Type': 'application/json' };
  const post = async (path: string, body: unknown) => {
    const started = performance.now();
    const res = await fetch(emulator.url + path, { method: 'POST', headers, body: JSON.stringify(body) });
    const json = (await res.json()) as Record<string, unknown>;
    return { json, ms: performance.now() - started };
  };
  console.log(`workspace built in ${(t1 - t0).toFixed(0)} ms, emulator indexed and listening in ${(t2 - t1).toFixed(0)} ms`);

  const timings: Record<string, number[]> = { 'search ids (5000/page)': [], 'search fields (100/page)': [], 'bulkfetch (1000 issues, 10000/page)': [] };
  let token: unknown;
  const ids: string[] = [];
  do {
    const { json, ms } = await post('/rest/api/3/search/jql', { jql: 'project in (P0, P1) ORDER BY Rank', fields: ['id'], maxResults: 5000, nextPageToken: token });
    timings['search ids (5000/page)'].push(ms);
    ids.push(...(json.issues as { id: string }[]).map((i) => i.id));
    token = json.nextPageToken;
  } while (token);
  for (let page = 0; page < 5; page += 1) {
    const { ms } = await post('/rest/api/3/search/jql', { jql: `project = P0 AND sprint = ${page + 1} ORDER BY created DESC`, fields: ['summary', 'status', 'customfield_10020'], maxResults: 100 });
    timings['search fields (100/page)'].push(ms);
  }
  for (let batch = 0; batch < 5; batch += 1) {
    let next: unknown;
    do {
      const { json, ms } = await post('/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: ids.slice(batch * 1000, batch * 1000 + 1000), fieldIds: ['status'], maxResults: 10000, nextPageToken: next });
      timings['bulkfetch (1000 issues, 10000/page)'].push(ms);
      next = json.nextPageToken;
    } while (next);
  }
  for (const [name, list] of Object.entries(timings)) {
    const max = Math.max(...list);
    const mean = list.reduce((a, b) => a + b, 0) / list.length;
    console.log(`${name}: ${list.length} pages, mean ${mean.toFixed(0)} ms, max ${max.toFixed(0)} ms`);
  }
  console.log(`issues found: ${ids.length}`);
  await emulator.stop();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
