/**
 * createApp with fake Jira clients (one per user), a memory store and a recording queue.
 * The engine is replaced by a jest mock here; the real engine runs in the integration test.
 */
import { createApp } from '../../src/forge/app';
import { computeProjectReport } from '../../src/engine/compute';
import { ProjectStores } from '../../src/storage/project-stores';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { isApiError } from '../../src/shared/api';
import { JiraError } from '../../src/jira/errors';
import { validateReport } from '../../src/report/schema';
import { sampleReport, seedReport } from './fixtures';
import { ctx, makeDeps } from './fakes';

jest.mock('../../src/engine/compute', () => ({ computeProjectReport: jest.fn() }));
const compute = computeProjectReport as jest.MockedFunction<typeof computeProjectReport>;

const NOW = new Date('2026-11-22T03:00:00.000Z');

describe('resolver payloads', () => {
  it.each([
    ['an unknown key', 'getReport', { colour: 'red' }],
    ['a wrong type', 'getReport', { boardId: 'seven' }],
    ['a project in the payload', 'refresh', { projectKey: 'XYZ' }],
    ['a payload for a call that takes none', 'getSettings', { x: 1 }],
    ['saveSettings without settings', 'saveSettings', {}],
    ['a list instead of an object', 'getPortfolio', [1]],
  ] as const)('refuses %s with invalid-input and asks Jira nothing', async (_what, name, payload) => {
    const { deps, log, pushes } = makeDeps(NOW);
    const result = await createApp(deps).resolvers[name](payload, ctx('acc-admin'));
    expect(isApiError(result) && result.error.code).toBe('invalid-input');
    expect(log.permissionChecks).toEqual([]);
    expect(pushes).toEqual([]);
  });

  it('takes the project from the context: no project there means no answer', async () => {
    const { deps } = makeDeps(NOW);
    const result = await createApp(deps).resolvers.getReport({}, ctx('acc-admin', null));
    expect(isApiError(result) && result.error.code).toBe('no-project');
  });

  it('accepts an absent payload as empty', async () => {
    const { deps } = makeDeps(NOW);
    const result = await createApp(deps).resolvers.getRefreshStatus(undefined, ctx('acc-viewer'));
    expect(result).toEqual({ refresh: { state: 'idle', progress: null, message: null, startedAt: null, finishedAt: null } });
  });
});

describe('the permission gate', () => {
  it.each(['getReport', 'refresh', 'getRefreshStatus', 'getSettings', 'getProjectSummary'] as const)(
    '%s gives a user without browse permission nothing, and starts nothing',
    async (name) => {
      const { deps, store, pushes, log } = makeDeps(NOW);
      await seedReport(new ProjectStores(store, 'cloud-1'), '2026-11-22T01:00:00.000Z', '2026-11-22');
      const result = await createApp(deps).resolvers[name]({}, ctx('acc-stranger'));
      expect(result).toEqual({ error: { code: 'forbidden', message: expect.stringContaining('permission to browse') } });
      expect(pushes).toEqual([]);
      expect(log.permissionChecks).toEqual([{ accountId: 'acc-stranger', projectKey: 'ABC' }]);
    },
  );

  it('checks the project from the context, as the calling user', async () => {
    const { deps, log, pushes } = makeDeps(NOW);
    await createApp(deps).resolvers.refresh({}, ctx('acc-viewer', 'DEF'));
    expect(log.permissionChecks).toEqual([{ accountId: 'acc-viewer', projectKey: 'DEF' }]);
    expect(pushes.flat().map((e) => e.projectKey)).toEqual(['DEF']);
  });

  it('turns a Jira failure into an error value instead of throwing', async () => {
    const { deps } = makeDeps(NOW);
    deps.jiraAsUser = () => ({
      getMyPermissions: async () => { throw new JiraError({ kind: 'server', status: 503, endpoint: 'GET /rest/api/3/mypermissions', message: 'Jira had a problem on its side.' }); },
    }) as never;
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await createApp(deps).resolvers.getReport({}, ctx('acc-viewer'));
    expect(result).toEqual({ error: { code: 'jira-unavailable', message: 'Jira had a problem on its side.' } });
    // The log names the failure and the endpoint, nothing more.
    expect(logged.mock.calls).toEqual([['Resolver getReport failed: JiraError server 503 GET /rest/api/3/mypermissions']]);
    logged.mockRestore();
  });
});

describe('getReport', () => {
  it('with no cached report answers null and queues one refresh, not two', async () => {
    const { deps, pushes } = makeDeps(NOW);
    const app = createApp(deps);
    const first = await app.resolvers.getReport({}, ctx('acc-viewer'));
    expect(first).toMatchObject({ report: null, refresh: { state: 'queued', startedAt: NOW.toISOString() }, keyLists: { stale: { total: 0, next: null } } });
    const second = await app.resolvers.getReport({}, ctx('acc-viewer'));
    expect(second).toMatchObject({ report: null, refresh: { state: 'queued' } });
    expect(pushes).toEqual([[{ projectKey: 'ABC', boardId: null, reason: 'page-open', snapshot: true, requestedAt: NOW.toISOString() }]]);
  });

  it('serves a fresh cached report without queueing, filtered to the issues the viewer may see', async () => {
    const { deps, store, pushes, log } = makeDeps(NOW);
    await seedReport(new ProjectStores(store, 'cloud-1'), '2026-11-22T01:00:00.000Z', '2026-11-22');
    const result = await createApp(deps).resolvers.getReport({}, ctx('acc-viewer'));
    if (isApiError(result) || !result.report) throw new Error('expected a report');
    expect(pushes).toEqual([]);
    const r = result.report;
    expect(r.signals[0].evidence.issueKeys).toEqual(['ABC-1']);
    expect(r.signals[0].observation).toBe('a hidden issue and ABC-1 went through 3 sprints unfinished; ABC-20 is fine.');
    expect(r.signals[0].question).toBe('What keeps a hidden issue from finishing?');
    expect(r.sprints?.closed[0].committed.issues).toEqual(['ABC-1']);
    expect(r.sprints?.closed[0].notCompleted.issues).toEqual([]);
    expect(r.sprints?.closed[0].impediments).toEqual([]);
    expect(r.sprints?.closed[0].scopeChanges).toEqual([]);
    // The sprint's record, its issues and its hygiene notes keep only what the viewer may see; a note left with no key goes.
    expect(r.sprints?.closed[0].record.differences.map((d) => d.issueKey)).toEqual(['ABC-1']);
    expect(r.sprints?.closed[0].issues?.map((row) => row.summary)).toEqual(['Public item']);
    expect(r.sprints?.closed[0].hygiene.map((note) => [note.kind, note.issueKeys])).toEqual([['estimate-changed', ['ABC-1']]]);
    expect(r.sprints?.active?.running.committed.issues).toEqual(['ABC-1']);
    expect(r.sprints?.active?.running.atRisk).toEqual([]);
    expect(r.sprints?.carryOverChains.map((c) => c.summary)).toEqual(['Public item']);
    expect(r.backlog?.nearTerm.map((i) => i.key)).toEqual(['ABC-1']);
    expect(r.backlog?.strip.map((i) => i.key)).toEqual(['ABC-1']);
    expect(r.backlog?.stale.keys).toEqual([]);
    expect(r.backlog?.overSpecification.detailedKeys).toEqual([]);
    expect(r.dataQuality.map((n) => n.code)).toEqual(['flow-moved-backward', 'missing-estimation-field']);
    expect(JSON.stringify(r)).not.toMatch(/ABC-2\b/); // ABC-20 (not an issue in the report) stays
    expect(JSON.stringify(r)).not.toContain('Secret item');
    // One visibility question for the whole report, asked as the viewer.
    expect(log.visibilityChecks).toEqual([{ accountId: 'acc-viewer', keys: ['ABC-1', 'ABC-2'] }]);
    // What the viewer gets is still a report of the published shape.
    expect(validateReport(r)).toEqual([]);
  });

  it('serves the whole report to a user who may see every issue', async () => {
    const { deps, store } = makeDeps(NOW);
    await seedReport(new ProjectStores(store, 'cloud-1'), '2026-11-22T01:00:00.000Z', '2026-11-22');
    const result = await createApp(deps).resolvers.getReport({}, ctx('acc-admin'));
    expect(result).toMatchObject({ report: sampleReport('2026-11-22T01:00:00.000Z') });
    expect(validateReport((result as { report: unknown }).report)).toEqual([]);
  });

  it('queues a refresh when the report is more than a day old, and still serves it', async () => {
    const { deps, store, pushes } = makeDeps(NOW);
    await seedReport(new ProjectStores(store, 'cloud-1'), '2026-11-21T02:59:00.000Z', '2026-11-22');
    const result = await createApp(deps).resolvers.getReport({}, ctx('acc-admin'));
    expect(result).toMatchObject({ report: { computedAt: '2026-11-21T02:59:00.000Z' }, refresh: { state: 'queued' } });
    expect(pushes.flat()).toHaveLength(1);
  });

  it('queues a refresh that snapshots when the last backlog snapshot is from an earlier day', async () => {
    const { deps, store, pushes } = makeDeps(NOW);
    await seedReport(new ProjectStores(store, 'cloud-1'), '2026-11-22T01:00:00.000Z', '2026-11-21');
    await createApp(deps).resolvers.getReport({}, ctx('acc-viewer'));
    expect(pushes.flat()).toEqual([expect.objectContaining({ projectKey: 'ABC', snapshot: true })]);
  });

  it('requeues a refresh that has looked stuck for more than 20 minutes', async () => {
    const { deps, pushes, clock } = makeDeps(NOW);
    const app = createApp(deps);
    await app.resolvers.getReport({}, ctx('acc-viewer'));
    clock.now = new Date(NOW.getTime() + 21 * 60 * 1000);
    await app.resolvers.getReport({}, ctx('acc-viewer'));
    expect(pushes).toHaveLength(2);
  });

  it('does not show a report stored by an older version of the app: it answers null and queues a rebuild', async () => {
    const { deps, store, pushes } = makeDeps(NOW);
    const stores = new ProjectStores(store, 'cloud-1');
    await seedReport(stores, '2026-11-22T01:00:00.000Z', '2026-11-22');
    const stored = await stores.readReport('ABC', null);
    // As an earlier version stored it: schema version 1, a score without notChecked.
    const older = { ...stored!.report, schemaVersion: 1, score: { total: 65, trafficLight: 'amber', backlog: 100, sprints: 65, roles: 100, deductions: [] } };
    await stores.writeReport('ABC', null, older as never);
    const result = await createApp(deps).resolvers.getReport({}, ctx('acc-admin'));
    expect(result).toMatchObject({ report: null, refresh: { state: 'queued' } });
    expect(pushes.flat()).toEqual([expect.objectContaining({ projectKey: 'ABC', reason: 'page-open' })]);
  });

  it('reads a refresh whose consumer died mid-run as failed after 20 minutes, and lets a new one start', async () => {
    const { deps, store, pushes, clock } = makeDeps(NOW);
    const stores = new ProjectStores(store, 'cloud-1');
    await seedReport(stores, '2026-11-22T01:00:00.000Z', '2026-11-22');
    // The consumer wrote "running" and was then stopped (900 s limit, or out of memory): nothing else is ever written.
    const running = { state: 'running' as const, progress: 0.4, message: 'Reading sprint history', startedAt: NOW.toISOString(), finishedAt: null };
    await stores.writeProgress('ABC', null, running);
    const app = createApp(deps);

    clock.now = new Date(NOW.getTime() + 19 * 60 * 1000);
    expect(await app.resolvers.getRefreshStatus({}, ctx('acc-viewer'))).toEqual({ refresh: running });
    expect(await app.resolvers.refresh({}, ctx('acc-viewer'))).toEqual({ refresh: running });
    expect(pushes).toEqual([]);

    clock.now = new Date(NOW.getTime() + 21 * 60 * 1000);
    const stopped = { state: 'failed', progress: null, message: 'The last refresh stopped before it finished. Press Refresh to try again.', startedAt: NOW.toISOString(), finishedAt: null };
    expect(await app.resolvers.getRefreshStatus({}, ctx('acc-viewer'))).toEqual({ refresh: stopped });
    expect(await app.resolvers.getReport({}, ctx('acc-viewer'))).toMatchObject({ report: { computedAt: '2026-11-22T01:00:00.000Z' }, refresh: stopped });
    const portfolio = await app.resolvers.getPortfolio({}, ctx('acc-viewer', null));
    expect(!isApiError(portfolio) && portfolio.rows[0].refresh).toEqual(stopped);
    expect(pushes).toEqual([]);

    const again = await app.resolvers.refresh({}, ctx('acc-viewer'));
    expect(again).toMatchObject({ refresh: { state: 'queued', startedAt: clock.now.toISOString() } });
    expect(pushes.flat()).toEqual([expect.objectContaining({ projectKey: 'ABC', reason: 'manual' })]);
    expect(await app.resolvers.getRefreshStatus({}, ctx('acc-viewer'))).toMatchObject({ refresh: { state: 'queued' } });
  });

  it('reads a refresh that waited 20 minutes in the queue without starting as given up', async () => {
    const { deps, pushes, clock } = makeDeps(NOW);
    const app = createApp(deps);
    await app.resolvers.refresh({}, ctx('acc-viewer'));
    clock.now = new Date(NOW.getTime() + 20 * 60 * 1000);
    expect(await app.resolvers.getRefreshStatus({}, ctx('acc-viewer'))).toMatchObject({
      refresh: { state: 'failed', message: 'The last refresh waited too long to start and was given up. Press Refresh to try again.' },
    });
    await app.resolvers.refresh({}, ctx('acc-viewer'));
    expect(pushes).toHaveLength(2);
  });

  it('lists the boards of the project as Jira lists them to the viewer, not the list the app cached', async () => {
    const { deps, store } = makeDeps(NOW);
    await new ProjectStores(store, 'cloud-1').writeBoards('ABC', { fetchedAt: NOW.toISOString(), boards: [{ id: 7, name: 'ABC board', type: 'scrum' }] });
    const result = await createApp(deps).resolvers.getReport({}, ctx('acc-viewer'));
    expect(result).toMatchObject({ boards: [{ id: 7, name: 'ABC board', type: 'scrum' }, { id: 8, name: 'ABC flow', type: 'kanban' }] });
  });
});

describe('resolvers', () => {
  it('never compute a project inline, and never ask Jira as the app', async () => {
    const { deps, log, store } = makeDeps(NOW);
    await seedReport(new ProjectStores(store, 'cloud-1'), '2026-11-22T01:00:00.000Z', '2026-11-22');
    let appClients = 0;
    const asApp = deps.jiraAsApp;
    deps.jiraAsApp = () => { appClients += 1; return asApp(); };
    const app = createApp(deps);
    // A stored report, so that the coach's actions have something to answer from.
    await seedReport(new ProjectStores(deps.store, 'cloud-1'), NOW.toISOString(), null);
    const payloads: Record<string, unknown> = {
      saveSettings: { settings: DEFAULT_SETTINGS, version: null },
      searchPeople: { query: 'pa' },
      getMoreIssueKeys: { list: 'stale', from: 0, computedAt: NOW.toISOString() },
      coachSignalEvidence: { signal: 'goal' },
    };
    for (const name of Object.keys(app.resolvers) as (keyof typeof app.resolvers)[]) {
      // The issue view's calls come with their issue in the Forge context.
      const result = await app.resolvers[name](payloads[name] ?? {}, ctx('acc-admin', 'ABC', { issueKey: 'ABC-1' }));
      expect({ name, failed: isApiError(result) }).toEqual({ name, failed: false });
    }
    expect(compute).not.toHaveBeenCalled();
    expect(appClients).toBe(0);
    expect(log.permissionChecks.every((c) => c.accountId === 'acc-admin')).toBe(true);
  });
});
