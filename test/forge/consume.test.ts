/** The refresh consumer, with the engine replaced by a jest mock (the real one runs in the integration test). */
import { createApp } from '../../src/forge/app';
import { computeProjectReportStep, type ComputeResult } from '../../src/engine/compute';
import { ProjectStores } from '../../src/storage/project-stores';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { JiraError } from '../../src/jira/errors';
import { validateReport } from '../../src/report/schema';
import type { IssueFacts } from '../../src/domain/issue-facts';
import { sampleReport } from './fixtures';
import { makeDeps } from './fakes';
import { emptyBoardData } from '../jira/empty-board-data';

jest.mock('../../src/engine/compute', () => ({ computeProjectReportStep: jest.fn() }));
const compute = computeProjectReportStep as jest.MockedFunction<typeof computeProjectReportStep>;
/** A run that ends the refresh with this result (the consumer runs a refresh that may go on over several runs). */
const done = (result: ComputeResult) => ({ kind: 'done' as const, result });

const NOW = new Date('2026-11-22T03:00:00.000Z');

describe('consume', () => {
  beforeEach(() => compute.mockReset());

  it('computes as the app and stores report, issue facts, summary, sync state, snapshot and progress', async () => {
    const { deps, store } = makeDeps(NOW);
    const report = sampleReport(NOW.toISOString());
    const data = emptyBoardData(7, 'ABC');
    const snapshot = { boardId: 7, takenAt: NOW.toISOString(), keys: ['ABC-1', 'ABC-2'] };
    const issueFacts: IssueFacts = {
      version: 1, computedAt: NOW.toISOString(), readAt: NOW.toISOString(), boardId: 7,
      backlog: { size: 1, nearTermCount: 1, items: [{ key: 'ABC-2', failedChecks: ['estimated'] }] },
      activeSprintKeys: ['ABC-1'], reranks: { windowDays: 28, changes: [] }, flagged: { windowDays: 90, spells: [] },
    };
    compute.mockImplementation(async (_client, opts) => {
      opts.onProgress?.({ progress: 0.5, message: 'Reading sprints' });
      return done({ report, data, snapshot, issueFacts });
    });
    await createApp(deps).consume({ projectKey: 'ABC', boardId: null, reason: 'manual', snapshot: true, requestedAt: NOW.toISOString() });

    const opts = compute.mock.calls[0][1];
    expect(opts).toMatchObject({ projectKey: 'ABC', settings: DEFAULT_SETTINGS, snapshots: [], previous: null, takeSnapshot: true, site: 'cloud-1' });
    const stores = new ProjectStores(store, 'cloud-1');
    expect(await stores.readReport('ABC', null)).toEqual({ computedAt: NOW.toISOString(), report });
    expect(validateReport(report)).toEqual([]);
    expect(await stores.readSyncState('ABC', null)).toEqual(data);
    expect(await stores.readIssueFacts('ABC', null)).toEqual(issueFacts);
    expect(await stores.readSnapshots('ABC', null)).toEqual([snapshot]);
    expect(await stores.readSummary('ABC')).toMatchObject({ projectKey: 'ABC', score: 65 });
    expect(await stores.readProgress('ABC', null)).toEqual({ state: 'done', progress: 1, message: 'Up to date.', startedAt: NOW.toISOString(), finishedAt: NOW.toISOString() });
    expect((await stores.readBoards('ABC'))?.boards.map((b) => b.id)).toEqual([7, 8]);
  });

  it('passes the stored sync state and snapshots, and skips a snapshot already taken today', async () => {
    const { deps, store } = makeDeps(NOW);
    const stores = new ProjectStores(store, 'cloud-1');
    const previous = emptyBoardData(7, 'ABC');
    await stores.writeSyncState('ABC', null, previous);
    const today = { boardId: 7, takenAt: '2026-11-22T00:30:00.000Z', keys: ['ABC-1'] };
    await stores.appendSnapshot('ABC', null, today);
    compute.mockResolvedValue(done({ report: sampleReport(NOW.toISOString()), data: previous, snapshot: null, issueFacts: null }));
    await createApp(deps).consume({ projectKey: 'ABC', boardId: null, reason: 'nightly', snapshot: true, requestedAt: NOW.toISOString() });
    expect(compute.mock.calls[0][1]).toMatchObject({ previous, snapshots: [today], takeSnapshot: false });
  });

  it('caches the board list the load read, without asking Jira for it again', async () => {
    const { deps, store } = makeDeps(NOW);
    let boardListings = 0;
    const asApp = deps.jiraAsApp;
    deps.jiraAsApp = () => {
      const client = asApp();
      const list = client.getBoardsForProject.bind(client);
      client.getBoardsForProject = async (key: string) => { boardListings += 1; return list(key); };
      return client;
    };
    // As a full load does: list the boards and hand them on (onBoardsRead), then compute.
    compute.mockImplementation(async (client, opts) => {
      opts.onBoardsRead?.(await client.getBoardsForProject('ABC'));
      return done({ report: sampleReport(NOW.toISOString()), data: null, snapshot: null, issueFacts: null });
    });
    await createApp(deps).consume({ projectKey: 'ABC', boardId: null, reason: 'manual', snapshot: false, requestedAt: NOW.toISOString() });
    expect(boardListings).toBe(1);
    expect(await new ProjectStores(store, 'cloud-1').readBoards('ABC')).toEqual({
      fetchedAt: NOW.toISOString(),
      boards: [{ id: 7, name: 'ABC board', type: 'scrum' }, { id: 8, name: 'ABC flow', type: 'kanban' }],
    });

    // An incremental run a day later lists no boards: the cached list stays as it was, and nothing is asked.
    const nextDay = new Date(NOW.getTime() + 24 * 60 * 60 * 1000);
    deps.now = () => nextDay;
    compute.mockResolvedValue(done({ report: sampleReport(nextDay.toISOString()), data: null, snapshot: null, issueFacts: null }));
    await createApp(deps).consume({ projectKey: 'ABC', boardId: null, reason: 'nightly', snapshot: false, requestedAt: nextDay.toISOString() });
    expect(boardListings).toBe(1);
    expect((await new ProjectStores(store, 'cloud-1').readBoards('ABC'))?.fetchedAt).toBe(NOW.toISOString());
  });

  it('records a failure in plain words and does not throw', async () => {
    const { deps, store } = makeDeps(NOW);
    compute.mockRejectedValue(new JiraError({ kind: 'forbidden', status: 403, endpoint: 'GET /rest/agile/1.0/board', message: 'Jira says we are not allowed to see the boards.' }));
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await createApp(deps).consume({ projectKey: 'ABC', boardId: null, reason: 'manual', snapshot: false, requestedAt: NOW.toISOString() });
    errors.mockRestore();
    const stores = new ProjectStores(store, 'cloud-1');
    expect(await stores.readProgress('ABC', null)).toMatchObject({ state: 'failed', message: 'Jira says we are not allowed to see the boards.' });
    expect(await stores.readReport('ABC', null)).toBeUndefined();
  });

  it('ignores an event that names no project', async () => {
    const { deps, store } = makeDeps(NOW);
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await createApp(deps).consume({ boardId: null } as never);
    errors.mockRestore();
    expect(compute).not.toHaveBeenCalled();
    expect(store.size).toBe(0);
  });
});
