/**
 * Attack: records damaged in storage. A settings pointer that lost its value read as "no settings"
 * (the project silently switched back on, with no roles); a pointer claiming 2,000,000 chunks made 4
 * million reads; a progress record "garbage" and a summary that is a string were served as they were;
 * a report missing a section failed every page open ('internal') until the next night. Now every
 * record read is checked against its schema (src/storage/records.ts, pointer.ts): what is wrong is
 * refused with a note the page shows, and what can be rebuilt is (a refresh is queued at once).
 */
import { createApp } from '../../src/forge/app';
import { computeProjectReportStep } from '../../src/engine/compute';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { ProjectStores } from '../../src/storage/project-stores';
import { MAX_CHUNKS } from '../../src/storage/versioned-store';
import { sampleReport, seedReport } from '../forge/fixtures';
import { ctx, makeDeps } from '../forge/fakes';
import { emptyBoardData } from '../jira/empty-board-data';
import { WatchedMemoryStore } from '../storage/watched-store';

// The consumer runs a refresh that may go on over several runs; this one ends in one.
jest.mock('../../src/engine/compute', () => ({ computeProjectReportStep: jest.fn() }));
const compute = computeProjectReportStep as jest.MockedFunction<typeof computeProjectReportStep>;

const NOW = new Date('2026-11-22T03:00:00.000Z');
const SETTINGS_KEY = 'bh:cloud-1:ABC:project:settings';
const UNREADABLE = expect.stringContaining('The saved settings of this project could not be read');

beforeEach(() => compute.mockReset());

describe('a settings pointer that lost its value', () => {
  async function lostValue() {
    const made = makeDeps(NOW);
    const stores = new ProjectStores(made.store, 'cloud-1');
    await stores.writeSettings('ABC', { ...DEFAULT_SETTINGS, enabled: false, roles: { productOwners: ['acc-po'], scrumMasters: [] } }, 'acc-admin', NOW);
    const pointer = (await made.store.get(SETTINGS_KEY)) as Record<string, unknown>;
    delete pointer.inline;
    await made.store.set(SETTINGS_KEY, pointer);
    return { ...made, stores };
  }

  it('is not read as "no settings": the Settings tab says so, and nothing is refreshed behind the administrators\' backs', async () => {
    const { deps, pushes, stores } = await lostValue();
    const app = createApp(deps);
    expect(await app.resolvers.getSettings({}, ctx('acc-admin'))).toMatchObject({ problem: UNREADABLE, version: null });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await app.nightly();
    jest.restoreAllMocks();
    expect(pushes.flat().map((e) => e.projectKey)).toEqual(['DEF']);
    expect(await stores.readProgress('ABC', null)).toMatchObject({ state: 'failed', message: UNREADABLE });
    await expect(stores.readSettings('ABC')).rejects.toThrow('The stored value "bh:cloud-1:ABC:project:settings" is damaged (its pointer has lost the value it held), so it cannot be read.');
  });
});

describe('a pointer that claims 2,000,000 chunks', () => {
  it('is refused at once, after one read, saying what is wrong', async () => {
    const reads: string[] = [];
    const store = new (class extends WatchedMemoryStore {
      override get(key: string) {
        reads.push(key);
        if (reads.length > 100) throw new Error('more than 100 reads');
        return super.get(key);
      }
    })();
    const stores = new ProjectStores(store, 'cloud-1');
    await stores.writeSyncState('ABC', null, emptyBoardData(7, 'ABC'));
    const key = 'bh:cloud-1:ABC:default:sync';
    await store.memory.set(key, { ...((await store.memory.get(key)) as object), chunkCount: 2_000_000, inline: undefined });
    reads.length = 0;
    await expect(stores.readSyncState('ABC', null)).rejects.toThrow(
      `The stored value "${key}" is damaged (it names 2000000 parts; at most ${MAX_CHUNKS} are ever written), so it cannot be read.`,
    );
    expect(reads).toEqual([key]);
  });
});

describe('progress and summary records that do not fit their schema', () => {
  it('a progress record "garbage" is served as a failed refresh that says so, and a refresh may start', async () => {
    const { deps, store, pushes } = makeDeps(NOW);
    await store.set('bh:cloud-1:ABC:default:progress', 'garbage');
    const app = createApp(deps);
    expect(await app.resolvers.getRefreshStatus({}, ctx('acc-viewer'))).toEqual({
      refresh: { state: 'failed', progress: null, message: 'The state of the last refresh could not be read, because it was stored damaged. Press Refresh to start a new one.', startedAt: null, finishedAt: null },
    });
    expect(await app.resolvers.refresh({}, ctx('acc-viewer'))).toMatchObject({ refresh: { state: 'queued' } });
    expect(pushes.flat()).toHaveLength(1);
  });

  it('a summary that is a string leaves its portfolio row without figures, and its report is rebuilt, saying why', async () => {
    const { deps, store, pushes } = makeDeps(NOW);
    await store.set('bh:cloud-1:ABC:default:summary', 'a string, not a summary');
    const { rows } = (await createApp(deps).resolvers.getPortfolio({}, ctx('acc-viewer', null))) as { rows: { projectKey: string; score: number | null; topSignals: unknown[]; refresh: { state: string; message: string | null } }[] };
    expect(rows.find((r) => r.projectKey === 'ABC')).toMatchObject({
      score: null,
      topSignals: [],
      refresh: { state: 'queued', message: 'A stored record of this project could not be read, so its report is being built again. Waiting for its turn to refresh.' },
    });
    expect(pushes.flat()).toEqual([expect.objectContaining({ projectKey: 'ABC', reason: 'repair' })]);
  });
});

describe('a cached report missing a section', () => {
  it('is not served (no "internal" error): the page is told it is being built again, and a refresh is queued at once', async () => {
    const { deps, store, pushes } = makeDeps(NOW);
    const stores = new ProjectStores(store, 'cloud-1');
    await seedReport(stores, '2026-11-22T01:00:00.000Z', '2026-11-22');
    const broken = sampleReport('2026-11-22T01:00:00.000Z') as unknown as Record<string, unknown>;
    delete broken.signals;
    await stores.versioned.write('bh:cloud-1:ABC:default:report', { computedAt: '2026-11-22T01:00:00.000Z', report: broken });
    const answer = await createApp(deps).resolvers.getReport({}, ctx('acc-viewer'));
    expect(answer).toMatchObject({
      report: null,
      refresh: { state: 'queued', message: 'A stored record of this project could not be read, so its report is being built again. Waiting for its turn to refresh.' },
    });
    expect(pushes.flat()).toEqual([expect.objectContaining({ projectKey: 'ABC', reason: 'repair' })]);
  });
});

describe('stored settings holding a pattern RE2 refuses', () => {
  it('are read with the default pattern, and the report says so in a data-quality note', async () => {
    const { deps, store } = makeDeps(NOW);
    const stores = new ProjectStores(store, 'cloud-1');
    const saved = structuredClone(DEFAULT_SETTINGS);
    saved.definitionOfReady.acceptanceCriteria.descriptionPattern = '^(?=.*given).*then';
    // Saved before patterns were checked: written straight to storage, as an earlier version did.
    await stores.versioned.write(SETTINGS_KEY, { version: 3, savedAt: '2026-01-01T00:00:00.000Z', savedBy: 'acc-admin', settings: saved });
    compute.mockResolvedValue({ kind: 'done', result: { report: sampleReport(NOW.toISOString()), data: null, snapshot: null, issueFacts: null } });
    await createApp(deps).consume({ projectKey: 'ABC', boardId: null, reason: 'nightly', snapshot: true, requestedAt: NOW.toISOString() });
    expect(compute.mock.calls[0][1].settings.definitionOfReady.acceptanceCriteria.descriptionPattern).toBe(DEFAULT_SETTINGS.definitionOfReady.acceptanceCriteria.descriptionPattern);
    const report = (await stores.readReport('ABC', null))!.report;
    expect(report.dataQuality[0]).toEqual({
      code: 'settings-value-not-used',
      message:
        'The saved pattern that marks acceptance criteria in descriptions uses a look-ahead ("(?=" or "(?!"), which is not supported: to keep every refresh quick, a pattern may not look ahead, look behind or refer back to a group, so its default was used instead. A project administrator can change it on the Settings tab.',
    });
    expect(report.dataQuality.slice(1)).toEqual(sampleReport().dataQuality);
  });
});
