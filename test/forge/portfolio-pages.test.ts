/**
 * The portfolio read a page at a time from the portfolio index: one stored record and one Jira
 * search a page, whatever the number of projects; and the index following what is written to the
 * projects' own records (the consumer's summary and progress, a settings save). createApp with fake
 * Jira clients over a memory store that counts its reads (engine mocked).
 */
import { createApp } from '../../src/forge/app';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { isApiError, type ResolverDefs } from '../../src/shared/api';
import { ProjectStores } from '../../src/storage/project-stores';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { summariseReport } from '../../src/forge/summary';
import { sampleReport } from './fixtures';
import { ctx, makeDeps } from './fakes';

jest.mock('../../src/engine/compute', () => ({ computeProjectReport: jest.fn() }));

const NOW = new Date('2026-11-22T03:00:00.000Z');
/** P0 to P119; the coach may browse all but the twelve whose key ends in 3. */
const PROJECTS = Array.from({ length: 120 }, (_, i) => ({ id: String(1000 + i), key: `P${i}`, name: `Project ${i}` }));
const COACH_SEES = PROJECTS.map((p) => p.key).filter((key) => !key.endsWith('3'));

type Portfolio = ResolverDefs['getPortfolio']['result'];

/** The app over a store that records the keys it reads. */
function countingApp() {
  const made = makeDeps(NOW, PROJECTS);
  const reads: string[] = [];
  const inner = made.store;
  const store: KeyValueStore = {
    get: (key) => (reads.push(key), inner.get(key)),
    set: (key, value) => inner.set(key, value),
    getAndSet: (key, value) => inner.getAndSet(key, value),
    delete: (key) => inner.delete(key),
    listKeys: (prefix) => inner.listKeys(prefix),
  };
  const app = createApp({ ...made.deps, store });
  /** The nightly run with its waves delivered one after another (src/forge/night.ts): every project queued. */
  const nightly = async () => {
    await app.nightly();
    for (let delivered = 0; delivered < made.waves.length; delivered += 1) await app.consume(made.waves[delivered]);
  };
  const page = async (n: number, user = 'acc-coach'): Promise<Portfolio> => {
    const answer = await app.resolvers.getPortfolio({ page: n }, ctx(user, null));
    if (isApiError(answer)) throw new Error(answer.error.message);
    return answer;
  };
  return { ...made, app, nightly, reads, page, stores: new ProjectStores(store, 'cloud-1') };
}

describe('the portfolio, a page at a time', () => {
  it('reads one stored record and makes one Jira search a page, and lists what the projects\' records say', async () => {
    const { nightly, reads, log, page } = countingApp();
    await nightly(); // queues the 120 projects: each is now in the index, waiting for its turn
    // The first opening fills the index from the projects' own records (three reads a project).
    const first = await page(0);
    expect([first.rows.length, first.pageCount, first.projectsYouMayBrowse]).toEqual([108, 1, 108]);
    expect(reads.length).toBeGreaterThanOrEqual(3 * 108);

    reads.length = 0;
    log.projectSearches.length = 0;
    const pages = [await page(0), await page(1), await page(2)];
    expect(reads).toEqual(['bh:cloud-1:-portfolio:page:0', 'bh:cloud-1:-portfolio:page:1', 'bh:cloud-1:-portfolio:page:2']);
    expect(log.projectSearches.map((s) => (s.keys === 'count' ? 'count' : s.keys.length))).toEqual([50, 'count', 50, 20]);
    // 50, 50 and 20 projects a page; the coach may not browse P3, P13 ... P113.
    expect(pages.map((p) => p.rows.length)).toEqual([45, 45, 18]);
    expect(pages.map((p) => [p.page, p.pageCount, p.projectsYouMayBrowse])).toEqual([[0, 3, 108], [1, null, null], [2, null, null]]);
    const listed = pages.flatMap((p) => p.rows);
    expect(listed.map((row) => row.projectKey).sort()).toEqual([...COACH_SEES].sort());
    expect(listed.map((row) => row.projectKey).sort()).toEqual(first.rows.map((row) => row.projectKey).sort());
    expect(listed.every((row) => row.refresh.state === 'queued' && row.refreshedNightly === true && row.computedAt === null)).toBe(true);
    expect(listed.find((row) => row.projectKey === 'P51')).toMatchObject({ projectName: 'Project 51' });
  });

  it('shows a refresh that ended, and a project switched off in its settings, on the next reading of its page', async () => {
    const { nightly, page, stores } = countingApp();
    await nightly();
    await page(0);
    const report = sampleReport();
    await stores.writeSummary('P52', { ...summariseReport(report), projectKey: 'P52' });
    await stores.writeProgress('P52', null, { state: 'done', progress: 1, message: 'Up to date.', startedAt: NOW.toISOString(), finishedAt: NOW.toISOString() });
    await stores.writeSettings('P54', { ...DEFAULT_SETTINGS, enabled: false }, 'acc-admin', NOW);
    const rows = (await page(1)).rows;
    expect(rows.find((row) => row.projectKey === 'P52')).toMatchObject({ score: 65, trafficLight: 'amber', signalCount: 2, refresh: { state: 'done' } });
    expect(rows.find((row) => row.projectKey === 'P54')).toMatchObject({ refreshedNightly: false, refresh: { state: 'queued' } });
  });

  it('reads an entry stored damaged from its project\'s own records, and puts it back', async () => {
    const { app, page, stores, store, reads } = countingApp();
    await app.nightly();
    await page(0);
    await stores.writeSummary('P7', { ...summariseReport(sampleReport()), projectKey: 'P7' });
    const key = 'bh:cloud-1:-portfolio:page:0';
    const stored = (await store.get(key)) as { entries: { projectKey: string }[] };
    await store.set(key, { ...stored, entries: stored.entries.map((e) => (e.projectKey === 'P7' ? { ...e, refreshedNightly: 'yes' } : e)) });
    reads.length = 0;
    const row = (await page(0)).rows.find((r) => r.projectKey === 'P7');
    expect(row).toMatchObject({ score: 65, refreshedNightly: true, refresh: { state: 'queued' } });
    expect(reads).toEqual(expect.arrayContaining(['bh:cloud-1:P7:default:summary', 'bh:cloud-1:P7:default:progress']));
    reads.length = 0;
    expect((await page(0)).rows.find((r) => r.projectKey === 'P7')).toMatchObject({ score: 65 });
    expect(reads).toEqual(['bh:cloud-1:-portfolio:page:0']); // put back: one read again
  });

  it('counts the projects the viewer may browse, so the page can say how many are not listed yet', async () => {
    const projects = [...PROJECTS];
    const made = makeDeps(NOW, projects);
    const app = createApp(made.deps);
    await app.nightly();
    await app.resolvers.getPortfolio({ page: 0 }, ctx('acc-coach', null)); // fills the index
    projects.push({ id: '9999', key: 'P999', name: 'Created this morning' }); // not refreshed yet, so not in the index
    const first = await app.resolvers.getPortfolio({ page: 0 }, ctx('acc-coach', null));
    if (isApiError(first)) throw new Error(first.error.message);
    expect([first.projectsYouMayBrowse, first.pageCount]).toEqual([109, 3]);
    const listed = [first, ...(await Promise.all([1, 2].map((page) => app.resolvers.getPortfolio({ page }, ctx('acc-coach', null)))))].flatMap((answer) => (isApiError(answer) ? [] : answer.rows));
    expect(listed).toHaveLength(108);
  });

  it('lists nothing to someone who may browse none of the projects, and says so', async () => {
    const { app, page } = countingApp();
    await app.nightly();
    await page(0);
    expect(await page(0, 'acc-stranger')).toEqual({ rows: [], page: 0, pageCount: 3, projectsYouMayBrowse: 0 });
    expect((await page(2, 'acc-stranger')).rows).toEqual([]);
  });
});
