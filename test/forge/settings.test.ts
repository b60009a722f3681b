/**
 * Settings, the people in the roles, stored settings that cannot be read, and the board a payload
 * names: createApp with fake Jira clients, a memory store and a recording queue (engine mocked).
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

describe('settings', () => {
  it('are changed by project administrators only: a viewer is refused and nothing is stored', async () => {
    const { deps, store, pushes } = makeDeps(NOW);
    const result = await createApp(deps).resolvers.saveSettings({ settings: { ...DEFAULT_SETTINGS, enabled: false }, version: null }, ctx('acc-viewer'));
    expect(result).toEqual({ error: { code: 'forbidden', message: 'Only administrators of this project can change its settings.' } });
    expect(store.size).toBe(0);
    expect(pushes).toEqual([]);
  });

  it('are refused whole when any field is invalid, naming the field', async () => {
    const { deps, store } = makeDeps(NOW);
    const bad = { ...DEFAULT_SETTINGS, staleDays: 'soon' };
    const result = await createApp(deps).resolvers.saveSettings({ settings: bad, version: null }, ctx('acc-admin'));
    if (!isApiError(result)) throw new Error('expected an error');
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.fieldErrors?.map((e) => e.path)).toContain('/staleDays');
    expect(store.size).toBe(0);
  });

  it('are stored as a new version by an administrator, and a refresh is queued', async () => {
    const { deps, store, pushes } = makeDeps(NOW);
    const app = createApp(deps);
    const wanted = { ...DEFAULT_SETTINGS, staleDays: 90 };
    expect(await app.resolvers.saveSettings({ settings: wanted, version: null }, ctx('acc-admin'))).toEqual({ settings: wanted, version: 1 });
    const stored = await new ProjectStores(store, 'cloud-1').readSettings('ABC');
    expect(stored).toEqual({ version: 1, savedAt: NOW.toISOString(), savedBy: 'acc-admin', settings: wanted });
    expect(pushes.flat()).toEqual([expect.objectContaining({ projectKey: 'ABC', reason: 'settings' })]);
    expect(await app.resolvers.getSettings({}, ctx('acc-viewer'))).toEqual({ settings: wanted, defaults: DEFAULT_SETTINGS, version: 1, canEdit: false, people: [], problem: null });
  });

  it('come with the people the cached report knows, and whether the user may edit', async () => {
    const { deps, store } = makeDeps(NOW);
    await seedReport(new ProjectStores(store, 'cloud-1'), '2026-11-22T01:00:00.000Z', null);
    expect(await createApp(deps).resolvers.getSettings({}, ctx('acc-admin'))).toEqual({
      settings: DEFAULT_SETTINGS,
      defaults: DEFAULT_SETTINGS,
      version: null,
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
        message: `Board ${boardId} is not one of this project's boards that you can see, so there is nothing to show or refresh for it here.`,
        fieldErrors: [{ path: '/boardId', message: 'is not a board of this project that you can see' }],
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
    expect(await app.resolvers.saveSettings({ settings: wanted, version: null }, ctx('acc-admin'))).toEqual({ settings: wanted, version: 2 });
    // Numbered after the version saved before the record broke (the settings claim remembers it).
    expect(await stores.readSettings('ABC')).toEqual({ version: 2, savedAt: NOW.toISOString(), savedBy: 'acc-admin', settings: wanted });
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
