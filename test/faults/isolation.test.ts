/**
 * Attack: one project's storage failing. A single storage error while marking projects queued
 * stopped the nightly run and "Refresh all" for every project. Now each project is marked on its own
 * (src/forge/refresh.ts): a failure is logged and recorded for that project, shown on its portfolio
 * row, and the others are queued as before.
 */
import { createApp } from '../../src/forge/app';
import { ProjectStores } from '../../src/storage/project-stores';
import { ctx, makeDeps } from '../forge/fakes';
import { WatchedMemoryStore } from '../storage/watched-store';

jest.mock('../../src/engine/compute', () => ({ computeProjectReport: jest.fn() }));

const NOW = new Date('2026-11-22T03:00:00.000Z');
const NOT_QUEUED = "The refresh could not be started, because the app's storage failed for this project. It is tried again at the next refresh.";

/** Storage that fails the first write of ABC's refresh state, then works again. */
class FailsOnceForABC extends WatchedMemoryStore {
  failed = false;
  protected override beforeWrite(key: string): void {
    if (!this.failed && key === 'bh:cloud-1:ABC:default:progress') {
      this.failed = true;
      throw new Error('storage answered 500');
    }
  }
}

/** Storage that fails every read and write of ABC's records. */
class DownForABC extends WatchedMemoryStore {
  override get(key: string) {
    return key.startsWith('bh:cloud-1:ABC:') ? Promise.reject(new Error('storage answered 500')) : super.get(key);
  }
  protected override beforeWrite(key: string): void {
    if (key.startsWith('bh:cloud-1:ABC:')) throw new Error('storage answered 500');
  }
}

function rowOf(answer: unknown, projectKey: string) {
  return (answer as { rows: { projectKey: string; refresh: { state: string; message: string | null } }[] }).rows.find((r) => r.projectKey === projectKey);
}

describe('a storage failure for one project', () => {
  it('the nightly run queues the other projects, and records the failure for that one, which the portfolio shows', async () => {
    const { deps, pushes } = makeDeps(NOW);
    deps.store = new FailsOnceForABC();
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const app = createApp(deps);
    await app.nightly();
    expect(logged.mock.calls).toEqual([['Refresh of ABC not queued: Error: storage answered 500']]);
    logged.mockRestore();
    expect(pushes.flat().map((e) => e.projectKey)).toEqual(['DEF']);
    expect(await new ProjectStores(deps.store, 'cloud-1').readProgress('ABC', null)).toMatchObject({ state: 'failed', message: NOT_QUEUED });
    expect(rowOf(await app.resolvers.getPortfolio({}, ctx('acc-viewer', null)), 'ABC')?.refresh).toMatchObject({ state: 'failed', message: NOT_QUEUED });
  });

  /** "Refresh all" over `store` (errors logged quietly), then the portfolio: what was answered, queued and shown. */
  async function refreshAllThenPortfolio(store: WatchedMemoryStore) {
    const { deps, pushes } = makeDeps(NOW);
    deps.store = store;
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const app = createApp(deps);
    const answer = await app.resolvers.refreshPortfolio({}, ctx('acc-viewer', null));
    jest.restoreAllMocks();
    const portfolio = await app.resolvers.getPortfolio({}, ctx('acc-viewer', null));
    return { answer, queued: pushes.flat().map((e) => e.projectKey), portfolio };
  }

  it('"Refresh all" queues the other projects and counts them; the failed one shows on its row', async () => {
    const { answer, queued, portfolio } = await refreshAllThenPortfolio(new FailsOnceForABC());
    // Both asked for: the page follows ABC's refresh too, and sees it fail.
    expect(answer).toEqual({ queued: 1, left: 0, projectKeys: ['ABC', 'DEF'], requestedAt: NOW.toISOString() });
    expect(queued).toEqual(['DEF']);
    expect(rowOf(portfolio, 'ABC')?.refresh).toMatchObject({ state: 'failed', message: NOT_QUEUED });
    expect(rowOf(portfolio, 'DEF')?.refresh).toMatchObject({ state: 'queued' });
  });

  it('a project whose storage is down shows on the portfolio as not read, the page still lists every project, and the others refresh', async () => {
    const { answer, queued, portfolio } = await refreshAllThenPortfolio(new DownForABC());
    // Its settings cannot be read either, so nobody can tell whether it is switched on: it is left out.
    expect(answer).toEqual({ queued: 1, left: 1, projectKeys: ['DEF'], requestedAt: NOW.toISOString() });
    expect(queued).toEqual(['DEF']);
    expect(rowOf(portfolio, 'ABC')?.refresh).toEqual({
      state: 'failed',
      progress: null,
      message: "The state of this project's refresh could not be read from the app's storage just now. It is read again when this page next loads.",
      startedAt: null,
      finishedAt: null,
    });
    expect(rowOf(portfolio, 'DEF')?.refresh).toMatchObject({ state: 'queued' });
  });
});
