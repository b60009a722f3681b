/**
 * Attack: what a viewer of the project page is shown, and what checking it costs.
 * - Boards only the app can see: the board list was cached as the app and served whole, and any
 *   board in it accepted, so a viewer got a private board's name, sprint names, goals and totals.
 *   Now boards are listed as the viewer (src/forge/board-choice.ts).
 * - 20,000 stale items: every stale key was checked as the viewer, 100 a request, inside the 15 s
 *   budget, and the page failed on every open. Now long key lists are served a page at a time
 *   (src/forge/key-pages.ts): counts for everything, keys for what is shown, more on demand.
 */
import { createApp } from '../../src/forge/app';
import type { AppDeps } from '../../src/forge/types';
import { HIDDEN_BOARD } from '../../src/forge/board-choice';
import { pageClients } from '../../src/jira/page-clients';
import type { JiraRequest, JiraResponse } from '../../src/jira/transport';
import { MemoryStore } from '../../src/storage/memory-store';
import { ProjectStores } from '../../src/storage/project-stores';
import { sampleReport, seedReport } from '../forge/fixtures';
import { ctx, makeDeps } from '../forge/fakes';

jest.mock('../../src/engine/compute', () => ({ computeProjectReport: jest.fn() }));

const NOW = new Date('2026-11-22T03:00:00.000Z');
const COMPUTED = '2026-11-22T01:00:00.000Z';

describe('boards only the app can see', () => {
  async function withPrivateBoard() {
    const made = makeDeps(NOW);
    const stores = new ProjectStores(made.store, 'cloud-1');
    // The app's list holds both boards of ABC; acc-member may see board 7 only.
    await stores.writeBoards('ABC', { fetchedAt: COMPUTED, boards: [{ id: 7, name: 'ABC board', type: 'scrum' }, { id: 8, name: 'ABC flow', type: 'kanban' }] });
    return { ...made, stores, app: createApp(made.deps) };
  }

  it('are not in the board list served to a viewer who cannot see them', async () => {
    const { app, stores } = await withPrivateBoard();
    await seedReport(stores, COMPUTED, '2026-11-22');
    expect(await app.resolvers.getReport({}, ctx('acc-member'))).toMatchObject({ boards: [{ id: 7, name: 'ABC board', type: 'scrum' }] });
  });

  it('are refused when a viewer names one, and nothing of theirs is served or queued', async () => {
    const { app, stores, pushes } = await withPrivateBoard();
    await stores.writeReport('ABC', 8, { ...sampleReport(COMPUTED), board: { id: 8, name: 'ABC flow', type: 'kanban', projectKey: 'ABC' } });
    for (const name of ['getReport', 'refresh', 'getRefreshStatus'] as const) {
      expect(await app.resolvers[name]({ boardId: 8 }, ctx('acc-member'))).toEqual({
        error: {
          code: 'invalid-input',
          message: "Board 8 is not one of this project's boards that you can see, so there is nothing to show or refresh for it here.",
          fieldErrors: [{ path: '/boardId', message: 'is not a board of this project that you can see' }],
        },
      });
    }
    expect(pushes).toEqual([]);
  });

  it('a report built from the default board, when the viewer cannot see that board, is refused without naming it', async () => {
    const { app, stores, pushes } = await withPrivateBoard();
    await stores.writeReport('ABC', null, { ...sampleReport(COMPUTED), board: { id: 8, name: 'ABC flow', type: 'kanban', projectKey: 'ABC' } });
    const answer = await app.resolvers.getReport({}, ctx('acc-member'));
    expect(answer).toEqual({ error: { code: 'forbidden', message: HIDDEN_BOARD } });
    expect(JSON.stringify(answer)).not.toContain('ABC flow');
    expect(pushes).toEqual([]);
    // Someone who can see the board is served its report.
    expect(await app.resolvers.getReport({}, ctx('acc-viewer'))).toMatchObject({ report: { board: { id: 8, name: 'ABC flow' } } });
  });
});

describe('a project with 20,000 stale items', () => {
  const STALE = Array.from({ length: 20_000 }, (_, i) => `ABC-${i + 1}`);
  /** Each request to Jira costs a quarter of a second of the page's 15 s budget. */
  const REQUEST_MS = 250;

  /** Jira as the viewer sees it: browse permission, one board, every issue visible but ABC-3 and ABC-25. */
  function jiraAnswer(req: JiraRequest): JiraResponse {
    if (req.path === '/rest/api/3/mypermissions') {
      const entry = (key: string) => ({ id: '1', key, name: key, type: 'PROJECT', description: '', havePermission: key === 'BROWSE_PROJECTS' });
      return { status: 200, headers: {}, body: { permissions: { BROWSE_PROJECTS: entry('BROWSE_PROJECTS'), ADMINISTER_PROJECTS: entry('ADMINISTER_PROJECTS') } } };
    }
    if (req.path === '/rest/agile/1.0/board') {
      return { status: 200, headers: {}, body: { startAt: 0, maxResults: 50, total: 1, isLast: true, values: [{ id: 7, name: 'ABC board', type: 'scrum', location: { projectKey: 'ABC' } }] } };
    }
    if (req.path === '/rest/api/3/issue/bulkfetch') {
      const asked = (req.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys;
      const issues = asked.filter((key) => key !== 'ABC-3' && key !== 'ABC-25').map((key, i) => ({ id: String(i), key, fields: {} }));
      return { status: 200, headers: {}, body: { issues, issueErrors: [] } };
    }
    return { status: 404, headers: {}, body: { errorMessages: ['not in this test'] } };
  }

  /** The app as Forge runs a page call: page clients sharing one 15 s budget, on a clock each request moves on. */
  function pageCall(store: MemoryStore) {
    let clock = NOW.getTime();
    const requests: JiraRequest[] = [];
    const transport = {
      async send(req: JiraRequest) {
        requests.push(req);
        clock += REQUEST_MS;
        return jiraAnswer(req);
      },
    };
    const deps: AppDeps = {
      jiraAsUser: pageClients(() => transport, { nowMs: () => clock, sleep: async (ms) => void (clock += ms) }),
      jiraAsApp: () => { throw new Error('a page call never asks Jira as the app'); },
      store,
      queue: { push: async () => undefined },
      ledgerQueue: { push: async () => undefined },
      now: () => NOW,
      site: 'cloud-1',
    };
    return { app: createApp(deps), requests, bulkfetches: () => requests.filter((r) => r.path === '/rest/api/3/issue/bulkfetch') };
  }

  async function storedWithStale(): Promise<MemoryStore> {
    const store = new MemoryStore();
    const stores = new ProjectStores(store, 'cloud-1');
    const report = sampleReport(COMPUTED);
    report.backlog!.stale = { count: STALE.length, keys: STALE };
    await stores.writeReport('ABC', null, report);
    await stores.appendSnapshot('ABC', null, { boardId: 7, takenAt: '2026-11-22T01:00:00.000Z', keys: [] });
    return store;
  }

  it('opens its page: the count is whole, the first 20 keys are checked and shown, with where the next page starts', async () => {
    const call = pageCall(await storedWithStale());
    const answer = (await call.app.resolvers.getReport({}, ctx('acc-viewer'))) as { report: { backlog: { stale: { count: number; keys: string[] } } }; keyLists: unknown; error?: unknown };
    expect(answer.error).toBeUndefined();
    expect(answer.report.backlog.stale).toEqual({ count: 20_000, keys: STALE.slice(0, 20).filter((k) => k !== 'ABC-3') });
    expect(answer.keyLists).toEqual({ stale: { total: 20_000, next: 20 }, overSpecified: { total: 1, next: null } });
    expect(call.bulkfetches()).toHaveLength(1);
  });

  it('gives the next page on demand, 100 keys checked in one request', async () => {
    const call = pageCall(await storedWithStale());
    const answer = await call.app.resolvers.getMoreIssueKeys({ list: 'stale', from: 20, computedAt: COMPUTED }, ctx('acc-viewer'));
    expect(answer).toEqual({ keys: STALE.slice(20, 120).filter((k) => k !== 'ABC-25'), total: 20_000, next: 120 });
    expect(call.bulkfetches().map((r) => (r.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys.length)).toEqual([100]);
    const last = await call.app.resolvers.getMoreIssueKeys({ list: 'stale', from: 19_950, computedAt: COMPUTED }, ctx('acc-viewer'));
    expect(last).toEqual({ keys: STALE.slice(19_950), total: 20_000, next: null });
  });

  it('asks for a reload when the report was built again since the page loaded it', async () => {
    const call = pageCall(await storedWithStale());
    expect(await call.app.resolvers.getMoreIssueKeys({ list: 'stale', from: 20, computedAt: '2026-11-21T01:00:00.000Z' }, ctx('acc-viewer'))).toEqual({
      error: { code: 'not-found', message: 'The report was built again since this page loaded it. Reload the page to see the current one.' },
    });
  });
});
