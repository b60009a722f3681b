/**
 * The project summary, the portfolio and the nightly run: createApp with fake Jira clients, a memory
 * store and a recording queue (engine mocked).
 */
import { createApp } from '../../src/forge/app';
import { ProjectStores } from '../../src/storage/project-stores';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { isApiError } from '../../src/shared/api';
import { sampleReport } from './fixtures';
import { ctx, makeDeps } from './fakes';

jest.mock('../../src/engine/compute', () => ({ computeProjectReport: jest.fn() }));

const NOW = new Date('2026-11-22T03:00:00.000Z');

describe('project summary and portfolio', () => {
  it('counts the sprints of each Scrum board, as the user', async () => {
    const { deps } = makeDeps(NOW);
    expect(await createApp(deps).resolvers.getProjectSummary({}, ctx('acc-viewer'))).toEqual({
      projectKey: 'ABC',
      boards: [
        { id: 7, name: 'ABC board', type: 'scrum', sprintCount: 3 },
        { id: 8, name: 'ABC flow', type: 'kanban', sprintCount: 0 },
      ],
    });
  });

  it('shows each browsable project with its cached summary, and nothing to a stranger', async () => {
    const { deps, store } = makeDeps(NOW);
    const stores = new ProjectStores(store, 'cloud-1');
    const { summariseReport } = await import('../../src/forge/summary');
    await stores.writeSummary('ABC', summariseReport(sampleReport()));
    const app = createApp(deps);
    const result = await app.resolvers.getPortfolio({}, ctx('acc-viewer', null));
    if (isApiError(result)) throw new Error(result.error.message);
    expect(result.rows.map((r) => [r.projectKey, r.score, r.trafficLight])).toEqual([['ABC', 65, 'amber'], ['DEF', null, null]]);
    expect(result.rows[0]).toMatchObject({
      reliabilityTrend: [0.5], readyRunwaySprints: 0.5, top10Overlap: 0.4, technicalInterleaving: 0.1,
      topSignals: [{ id: 'missing-sprint-goal', severity: 'critical' }, { id: 'chronic-carry-over', severity: 'warning' }],
    });
    expect(await app.resolvers.getPortfolio({}, ctx('acc-stranger', null))).toEqual({ rows: [], page: 0, pageCount: 1, projectsYouMayBrowse: 0 });
  });

  it('refreshPortfolio queues the projects the user may browse', async () => {
    const { deps, pushes } = makeDeps(NOW);
    expect(await createApp(deps).resolvers.refreshPortfolio({}, ctx('acc-viewer', null))).toEqual({ queued: 2, left: 0, projectKeys: ['ABC', 'DEF'], requestedAt: NOW.toISOString() });
    expect(pushes.flat().map((e) => e.projectKey)).toEqual(['ABC', 'DEF']);
  });

  it('lists a project switched off in its settings, marked as not refreshed nightly, and "Refresh all" leaves it out', async () => {
    const { deps, store, pushes } = makeDeps(NOW);
    const stores = new ProjectStores(store, 'cloud-1');
    const { summariseReport } = await import('../../src/forge/summary');
    await stores.writeSummary('ABC', summariseReport(sampleReport()));
    await stores.writeSettings('ABC', { ...DEFAULT_SETTINGS, enabled: false }, 'acc-admin', NOW);
    await stores.writeSettings('DEF', DEFAULT_SETTINGS, 'acc-admin', NOW);
    const app = createApp(deps);
    const portfolio = await app.resolvers.getPortfolio({}, ctx('acc-viewer', null));
    if (isApiError(portfolio)) throw new Error(portfolio.error.message);
    // Still listed, with its last figures; only the nightly mark differs.
    expect(portfolio.rows.map((r) => [r.projectKey, r.score, r.refreshedNightly])).toEqual([['ABC', 65, false], ['DEF', null, true]]);
    expect(await app.resolvers.refreshPortfolio({}, ctx('acc-viewer', null))).toEqual({ queued: 1, left: 1, projectKeys: ['DEF'], requestedAt: NOW.toISOString() });
    expect(pushes.flat().map((e) => e.projectKey)).toEqual(['DEF']);
    // The nightly run agrees with the page.
    const { enabledProjects } = await import('../../src/forge/nightly');
    expect(await enabledProjects(deps, stores)).toEqual(['DEF']);
  });

  it('marks a project whose settings cannot be read as unknown, and refreshes it from neither place', async () => {
    const { deps, store, pushes } = makeDeps(NOW);
    await new ProjectStores(store, 'cloud-1').writeSettings('ABC', DEFAULT_SETTINGS, 'acc-admin', NOW);
    await store.set('bh:cloud-1:ABC:project:settings', 'broken');
    const app = createApp(deps);
    const portfolio = await app.resolvers.getPortfolio({}, ctx('acc-viewer', null));
    expect(!isApiError(portfolio) && portfolio.rows.map((r) => [r.projectKey, r.refreshedNightly])).toEqual([['ABC', null], ['DEF', true]]);
    expect(await app.resolvers.refreshPortfolio({}, ctx('acc-viewer', null))).toEqual({ queued: 1, left: 1, projectKeys: ['DEF'], requestedAt: NOW.toISOString() });
    expect(pushes.flat().map((e) => e.projectKey)).toEqual(['DEF']);
  });
});

describe('nightly', () => {
  it('queues every enabled project in pushes of at most 50 events, in waves', async () => {
    const projects = Array.from({ length: 120 }, (_, i) => ({ id: String(i), key: `P${i}`, name: `Project ${i}` }));
    const { deps, store, pushes, waves } = makeDeps(NOW, projects);
    const stores = new ProjectStores(store, 'cloud-1');
    await stores.writeSettings('P3', { ...DEFAULT_SETTINGS, enabled: false }, 'acc-admin', NOW);
    await stores.writeSettings('P4', DEFAULT_SETTINGS, 'acc-admin', NOW);
    const app = createApp(deps);
    await app.nightly();
    // Without a word from Jira on its request budget, a wave takes 50 projects (src/forge/night.ts):
    // the first queues 50 and the next wave; each wave, delivered as the queue would, does the same.
    for (let delivered = 0; delivered < waves.length; delivered += 1) await app.consume(waves[delivered]);
    expect(waves).toHaveLength(2);
    expect(pushes.map((p) => p.length)).toEqual([50, 50, 19]);
    const keys = pushes.flat().map((e) => e.projectKey);
    expect(keys).not.toContain('P3');
    expect(keys).toContain('P4');
    expect(new Set(keys).size).toBe(119);
    expect(pushes.flat().every((e) => e.reason === 'nightly' && e.snapshot && e.boardId === null)).toBe(true);
  });
});
