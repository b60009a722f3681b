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
import { sampleReport } from './fixtures';
import { ctx, makeDeps } from './fakes';

jest.mock('../../src/engine/compute', () => ({ computeProjectReport: jest.fn() }));
const compute = computeProjectReport as jest.MockedFunction<typeof computeProjectReport>;

const NOW = new Date('2026-11-22T03:00:00.000Z');

async function seedReport(stores: ProjectStores, computedAt: string, snapshotDay: string | null) {
  await stores.writeReport('ABC', null, sampleReport(computedAt));
  if (snapshotDay) await stores.appendSnapshot('ABC', null, { boardId: 7, takenAt: `${snapshotDay}T01:00:00.000Z`, keys: ['ABC-1'] });
}

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
    expect(first).toMatchObject({ report: null, refresh: { state: 'queued', startedAt: NOW.toISOString() }, boards: [] });
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
    expect(r.sprints?.carryOverChains.map((c) => c.summary)).toEqual(['Public item']);
    expect(r.backlog?.nearTerm.map((i) => i.key)).toEqual(['ABC-1']);
    expect(r.backlog?.strip.map((i) => i.key)).toEqual(['ABC-1']);
    expect(r.backlog?.stale.keys).toEqual([]);
    expect(r.backlog?.overSpecification.detailedKeys).toEqual([]);
    expect(r.dataQuality.map((n) => n.code)).toEqual(['missing-estimation-field']);
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

  it('lists the cached boards of the project', async () => {
    const { deps, store } = makeDeps(NOW);
    await new ProjectStores(store, 'cloud-1').writeBoards('ABC', { fetchedAt: NOW.toISOString(), boards: [{ id: 7, name: 'ABC board', type: 'scrum' }] });
    const result = await createApp(deps).resolvers.getReport({}, ctx('acc-viewer'));
    expect(result).toMatchObject({ boards: [{ id: 7, name: 'ABC board', type: 'scrum' }] });
  });
});

describe('settings', () => {
  it('are changed by project administrators only: a viewer is refused and nothing is stored', async () => {
    const { deps, store, pushes } = makeDeps(NOW);
    const result = await createApp(deps).resolvers.saveSettings({ settings: { ...DEFAULT_SETTINGS, enabled: false } }, ctx('acc-viewer'));
    expect(result).toEqual({ error: { code: 'forbidden', message: 'Only administrators of this project can change its settings.' } });
    expect(store.size).toBe(0);
    expect(pushes).toEqual([]);
  });

  it('are refused whole when any field is invalid, naming the field', async () => {
    const { deps, store } = makeDeps(NOW);
    const bad = { ...DEFAULT_SETTINGS, staleDays: 'soon' };
    const result = await createApp(deps).resolvers.saveSettings({ settings: bad }, ctx('acc-admin'));
    if (!isApiError(result)) throw new Error('expected an error');
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.fieldErrors?.map((e) => e.path)).toContain('/staleDays');
    expect(store.size).toBe(0);
  });

  it('are stored as a new version by an administrator, and a refresh is queued', async () => {
    const { deps, store, pushes } = makeDeps(NOW);
    const app = createApp(deps);
    const wanted = { ...DEFAULT_SETTINGS, staleDays: 90 };
    expect(await app.resolvers.saveSettings({ settings: wanted }, ctx('acc-admin'))).toEqual({ settings: wanted });
    const stored = await new ProjectStores(store, 'cloud-1').readSettings('ABC');
    expect(stored).toEqual({ version: 1, savedAt: NOW.toISOString(), savedBy: 'acc-admin', settings: wanted });
    expect(pushes.flat()).toEqual([expect.objectContaining({ projectKey: 'ABC', reason: 'settings' })]);
    expect(await app.resolvers.getSettings({}, ctx('acc-viewer'))).toEqual({ settings: wanted, canEdit: false, people: [], problem: null });
  });

  it('come with the people the cached report knows, and whether the user may edit', async () => {
    const { deps, store } = makeDeps(NOW);
    await seedReport(new ProjectStores(store, 'cloud-1'), '2026-11-22T01:00:00.000Z', null);
    expect(await createApp(deps).resolvers.getSettings({}, ctx('acc-admin'))).toEqual({
      settings: DEFAULT_SETTINGS,
      canEdit: true,
      people: [
        { accountId: 'acc-po', displayName: 'Pat Owner', avatarUrl: null },
        { accountId: 'acc-sm', displayName: 'Sam Master', avatarUrl: null },
      ],
      problem: null,
    });
  });
});

describe('a board named in the payload', () => {
  it.each([
    ['getReport', 99],
    ['refresh', 99],
    ['getRefreshStatus', 99],
    ['getReport', 9], // a board of project DEF, asked for from ABC
  ] as const)('%s with board %s, not one of the project\'s boards, is refused and starts and stores nothing', async (name, boardId) => {
    const { deps, store, pushes } = makeDeps(NOW);
    const result = await createApp(deps).resolvers[name]({ boardId }, ctx('acc-admin'));
    expect(result).toEqual({
      error: {
        code: 'invalid-input',
        message: `Board ${boardId} is not one of this project's boards, so there is nothing to show or refresh for it here.`,
        fieldErrors: [{ path: '/boardId', message: 'is not a board of this project' }],
      },
    });
    expect(pushes).toEqual([]);
    expect(store.size).toBe(0);
  });

  it('is accepted when it is one of the project\'s boards, from the cached list or else from Jira', async () => {
    const { deps, store, pushes } = makeDeps(NOW);
    const app = createApp(deps);
    // Board 8 is not cached yet: Jira, asked as the user, lists it.
    expect(await app.resolvers.refresh({ boardId: 8 }, ctx('acc-admin'))).toMatchObject({ refresh: { state: 'queued' } });
    await new ProjectStores(store, 'cloud-1').writeBoards('ABC', { fetchedAt: NOW.toISOString(), boards: [{ id: 7, name: 'ABC board', type: 'scrum' }] });
    expect(await app.resolvers.getReport({ boardId: 7 }, ctx('acc-admin'))).toMatchObject({ report: null, refresh: { state: 'queued' } });
    expect(pushes.flat().map((e) => e.boardId)).toEqual([8, 7]);
  });
});

describe('stored settings that cannot be read', () => {
  async function breakSettings(store: import('../../src/storage/memory-store').MemoryStore, key: string) {
    await store.set(`bh:cloud-1:${key}:project:settings`, 'not a versioned record');
  }

  it('are not replaced by the defaults for a refresh: the consumer says so and computes nothing', async () => {
    const { deps, store } = makeDeps(NOW);
    const stores = new ProjectStores(store, 'cloud-1');
    await stores.writeSettings('ABC', { ...DEFAULT_SETTINGS, enabled: false }, 'acc-admin', NOW);
    await breakSettings(store, 'ABC');
    await createApp(deps).consume({ projectKey: 'ABC', boardId: null, reason: 'manual', snapshot: true, requestedAt: NOW.toISOString() });
    expect(compute).not.toHaveBeenCalled();
    expect(await stores.readReport('ABC', null)).toBeUndefined();
    expect(await stores.readProgress('ABC', null)).toEqual({
      state: 'failed', progress: null, startedAt: NOW.toISOString(), finishedAt: NOW.toISOString(),
      message: 'The saved settings of this project could not be read, so the app does not know whether it should be refreshed, or who holds which role. A project administrator can save the settings again on the Settings tab to replace them.',
    });
  });

  it('keep the project out of the nightly run, with the reason in its progress record', async () => {
    const { deps, store, pushes } = makeDeps(NOW);
    const stores = new ProjectStores(store, 'cloud-1');
    await stores.writeSettings('ABC', { ...DEFAULT_SETTINGS, enabled: false }, 'acc-admin', NOW);
    await breakSettings(store, 'ABC');
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await createApp(deps).nightly();
    expect(logged.mock.calls).toEqual([['Nightly run: the settings of ABC could not be read, so it was not refreshed.']]);
    logged.mockRestore();
    expect(pushes.flat().map((e) => e.projectKey)).toEqual(['DEF']);
    expect(await stores.readProgress('ABC', null)).toMatchObject({ state: 'failed', message: expect.stringContaining('could not be read') });
  });

  it('are shown as the defaults with the problem named, and an administrator\'s save replaces them', async () => {
    const { deps, store } = makeDeps(NOW);
    const stores = new ProjectStores(store, 'cloud-1');
    await stores.writeSettings('ABC', DEFAULT_SETTINGS, 'acc-admin', NOW);
    await breakSettings(store, 'ABC');
    const app = createApp(deps);
    expect(await app.resolvers.getSettings({}, ctx('acc-admin'))).toMatchObject({ settings: DEFAULT_SETTINGS, canEdit: true, problem: expect.stringContaining('could not be read') });
    const wanted = { ...DEFAULT_SETTINGS, enabled: false };
    expect(await app.resolvers.saveSettings({ settings: wanted }, ctx('acc-admin'))).toEqual({ settings: wanted });
    expect(await stores.readSettings('ABC')).toEqual({ version: 1, savedAt: NOW.toISOString(), savedBy: 'acc-admin', settings: wanted });
    expect(await app.resolvers.getSettings({}, ctx('acc-admin'))).toMatchObject({ settings: wanted, problem: null });
  });
});

describe('people in the roles', () => {
  it('are found by Jira\'s user search, for project administrators only', async () => {
    const { deps } = makeDeps(NOW);
    const app = createApp(deps);
    expect(await app.resolvers.searchPeople({ query: 'pa' }, ctx('acc-admin'))).toEqual({
      people: [
        { accountId: 'acc-po', displayName: 'Pat Owner', avatarUrl: 'https://avatars.example/pat.png' },
        { accountId: 'acc-pam', displayName: 'Pam Quiet', avatarUrl: null },
      ],
    });
    expect(await app.resolvers.searchPeople({ query: 'pa' }, ctx('acc-viewer'))).toEqual({
      error: { code: 'forbidden', message: 'Only administrators of this project can change its settings.' },
    });
    expect(await app.resolvers.searchPeople({ query: '  ' }, ctx('acc-admin'))).toMatchObject({ error: { code: 'invalid-input' } });
  });

  it('come with the settings by their Jira names, even when no report mentions them', async () => {
    const { deps, store, log } = makeDeps(NOW);
    await new ProjectStores(store, 'cloud-1').writeSettings('ABC', { ...DEFAULT_SETTINGS, roles: { productOwners: ['acc-pam'], scrumMasters: [] } }, 'acc-admin', NOW);
    const result = await createApp(deps).resolvers.getSettings({}, ctx('acc-viewer'));
    expect(result).toMatchObject({ people: [{ accountId: 'acc-pam', displayName: 'Pam Quiet', avatarUrl: null }] });
    expect(log.userLookups).toEqual([{ accountId: 'acc-viewer', ids: ['acc-pam'] }]);
  });

  it('are named in a served report by their Jira names, looked up as the viewer, and nobody else is asked about', async () => {
    const { deps, store, log } = makeDeps(NOW);
    const stores = new ProjectStores(store, 'cloud-1');
    const report = sampleReport('2026-11-22T01:00:00.000Z');
    // As the engine leaves them: a named Product Owner with no activity on the board.
    report.roles = { ...report.roles, productOwners: ['acc-pam'], scrumMasters: ['acc-sm'] };
    report.people = { ...report.people, 'acc-pam': { displayName: 'Someone not seen in this board’s data', avatarUrl: null } };
    await stores.writeReport('ABC', null, report);
    await stores.appendSnapshot('ABC', null, { boardId: 7, takenAt: '2026-11-22T01:00:00.000Z', keys: [] });
    const result = await createApp(deps).resolvers.getReport({}, ctx('acc-admin'));
    if (isApiError(result) || !result.report) throw new Error('expected a report');
    expect(result.report.people['acc-pam']).toEqual({ displayName: 'Pam Quiet', avatarUrl: null });
    expect(result.report.people['acc-sm']).toEqual({ displayName: 'Sam Master', avatarUrl: null });
    expect(result.report.people['acc-po']).toEqual({ displayName: 'Pat Owner', avatarUrl: null });
    expect(log.userLookups).toEqual([{ accountId: 'acc-admin', ids: ['acc-pam', 'acc-sm'] }]);
    expect(validateReport(result.report)).toEqual([]);
  });

  it('keep the names the report has when Jira cannot be asked, and the report is still served', async () => {
    const { deps, store } = makeDeps(NOW);
    const stores = new ProjectStores(store, 'cloud-1');
    const report = sampleReport('2026-11-22T01:00:00.000Z');
    report.roles = { ...report.roles, productOwners: ['acc-po'] };
    await stores.writeReport('ABC', null, report);
    await stores.appendSnapshot('ABC', null, { boardId: 7, takenAt: '2026-11-22T01:00:00.000Z', keys: [] });
    const asUser = deps.jiraAsUser;
    deps.jiraAsUser = (c) => Object.assign(asUser(c), { getUsers: async () => { throw new JiraError({ kind: 'server', status: 503, endpoint: 'GET /rest/api/3/user/bulk', message: 'down' }); } });
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await createApp(deps).resolvers.getReport({}, ctx('acc-admin'));
    expect(logged.mock.calls).toEqual([['The names of the people in the roles could not be read: JiraError server 503 GET /rest/api/3/user/bulk']]);
    logged.mockRestore();
    expect(result).toMatchObject({ report: { people: { 'acc-po': { displayName: 'Pat Owner', avatarUrl: null } } } });
  });
});

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
    expect(await app.resolvers.getPortfolio({}, ctx('acc-stranger', null))).toEqual({ rows: [] });
  });

  it('refreshPortfolio queues the projects the user may browse', async () => {
    const { deps, pushes } = makeDeps(NOW);
    expect(await createApp(deps).resolvers.refreshPortfolio({}, ctx('acc-viewer', null))).toEqual({ queued: 2, left: 0 });
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
    expect(await app.resolvers.refreshPortfolio({}, ctx('acc-viewer', null))).toEqual({ queued: 1, left: 1 });
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
    expect(await app.resolvers.refreshPortfolio({}, ctx('acc-viewer', null))).toEqual({ queued: 1, left: 1 });
    expect(pushes.flat().map((e) => e.projectKey)).toEqual(['DEF']);
  });
});

describe('nightly', () => {
  it('queues every enabled project in pushes of at most 50 events', async () => {
    const projects = Array.from({ length: 120 }, (_, i) => ({ id: String(i), key: `P${i}`, name: `Project ${i}` }));
    const { deps, store, pushes } = makeDeps(NOW, projects);
    const stores = new ProjectStores(store, 'cloud-1');
    await stores.writeSettings('P3', { ...DEFAULT_SETTINGS, enabled: false }, 'acc-admin', NOW);
    await stores.writeSettings('P4', DEFAULT_SETTINGS, 'acc-admin', NOW);
    await createApp(deps).nightly();
    expect(pushes.map((p) => p.length)).toEqual([50, 50, 19]);
    const keys = pushes.flat().map((e) => e.projectKey);
    expect(keys).not.toContain('P3');
    expect(keys).toContain('P4');
    expect(new Set(keys).size).toBe(119);
    expect(pushes.flat().every((e) => e.reason === 'nightly' && e.snapshot && e.boardId === null)).toBe(true);
  });
});

describe('resolvers', () => {
  it('never compute a project inline, and never ask Jira as the app', async () => {
    const { deps, log } = makeDeps(NOW);
    let appClients = 0;
    const asApp = deps.jiraAsApp;
    deps.jiraAsApp = () => { appClients += 1; return asApp(); };
    const app = createApp(deps);
    const payloads: Record<string, unknown> = { saveSettings: { settings: DEFAULT_SETTINGS }, searchPeople: { query: 'pa' } };
    for (const name of Object.keys(app.resolvers) as (keyof typeof app.resolvers)[]) {
      const result = await app.resolvers[name](payloads[name] ?? {}, ctx('acc-admin'));
      expect({ name, failed: isApiError(result) }).toEqual({ name, failed: false });
    }
    expect(compute).not.toHaveBeenCalled();
    expect(appClients).toBe(0);
    expect(log.permissionChecks.every((c) => c.accountId === 'acc-admin')).toBe(true);
  });
});
