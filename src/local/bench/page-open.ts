/**
 * Opening the project page of a large project (docs/performance.md, "Opening the page"), in its own
 * process: a sized project served by the emulator at the asked latency, refreshed once as the queue
 * consumer does, then the project page opened in Chromium over the preview server, as a viewer
 * opens it in Jira. Measured per open: the storage read by every resolver call the page makes
 * (counting-store.ts), the requests they made to Jira, the calls with their time and answer size, and the time from asking for the
 * page to its first view (the Overview tab drawn), in a fresh browser context each time (no cache);
 * three opens, the median.
 *
 * Message in: { type: 'page-open', ...PageOpenRequest }. Message out: { type: 'result', result: PageOpenResult } or { type: 'error', message }.
 */
import { refreshEvent } from '../../forge/refresh';
import { generateSizedProject } from '../demo';
import { startEmulator } from '../emulator';
import { createHttpTransport } from '../http-transport';
import { createEngineBackend, startPreview, type PreviewBackend } from '../preview';
import { createLocalApp } from '../preview/local-app';
import { answerParent } from './child';
import { CountingStore } from './counting-store';
import { openInChromium } from './chromium';
import type { PageOpenRequest, PageOpenResult, ResolverCallFigure } from './types';

/** The moment the project is seen from (the other sizes' too, measure-size.ts). */
const BENCH_NOW = new Date('2026-03-02T12:00:00.000Z');
const OPENS = 3;

/** The backend the preview calls, timing each call and sizing its answer. */
function timedBackend(inner: PreviewBackend, calls: ResolverCallFigure[]): PreviewBackend {
  return {
    async invoke(functionKey, payload, ctx) {
      const started = performance.now();
      const answer = await inner.invoke(functionKey, payload, ctx);
      calls.push({ name: functionKey, ms: Math.round(performance.now() - started), answerBytes: Buffer.byteLength(JSON.stringify(answer)) });
      return answer;
    },
  };
}

export async function measurePageOpen(request: PageOpenRequest): Promise<PageOpenResult> {
  const { workspace } = generateSizedProject({ issues: request.issues, closedSprints: request.closedSprints, seed: request.seed, now: BENCH_NOW });
  const jira = await startEmulator({ workspace, faults: { latencyMs: request.latencyMs }, clock: () => BENCH_NOW.getTime() });
  const store = new CountingStore();
  const viewer = workspace.users[0];
  const projectKey = workspace.projects[0].key;
  const local = createLocalApp({
    site: workspace.site,
    transportFor: () => createHttpTransport({ baseUrl: jira.url, email: viewer.emailAddress, apiToken: viewer.apiToken }),
    now: () => BENCH_NOW,
    store,
  });
  const calls: ResolverCallFigure[] = [];
  const preview = await startPreview({
    backend: timedBackend(createEngineBackend(local.app), calls),
    projects: [{ key: projectKey, name: workspace.projects[0].name }],
    users: [{ alias: 'viewer', accountId: viewer.accountId, label: viewer.displayName }],
    siteUrl: null,
  });
  try {
    await local.app.consume(refreshEvent(projectKey, null, 'manual', BENCH_NOW));
    const progress = await local.stores.readProgress(projectKey, null);
    if (progress?.state !== 'done') throw new Error(`The refresh before opening the page did not finish: ${progress?.state ?? 'no progress'}.`);
    const storedRecords = (await store.listKeys('')).length;
    const opens: PageOpenResult['opens'] = [];
    for (let open = 0; open < OPENS; open++) {
      store.takeReads();
      jira.resetStats();
      calls.length = 0;
      const firstViewMs = await openInChromium(`${preview.url}/app/project-page/index.html?project=${projectKey}&user=viewer`, 'overview');
      await local.settled();
      opens.push({ firstViewMs, storage: store.takeReads(), jiraRequests: jira.stats().total, calls: [...calls] });
    }
    const sorted = [...opens].sort((a, b) => a.firstViewMs - b.firstViewMs);
    return { ...request, storedRecords, median: sorted[Math.floor(OPENS / 2)], opens };
  } finally {
    await preview.stop();
    await jira.stop();
  }
}

answerParent('page-open', measurePageOpen);
