/**
 * Storage integrity through the app's stores (src/storage ProjectStores): reports, sync state
 * (the cache of the last load), settings, snapshots and the board cache are written as a new
 * version and then made current. A store that fails on the Nth write must leave the last good
 * version readable, and old versions are pruned once a write succeeds.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import type { Report } from '../../src/domain/report';
import type { BacklogSnapshot, BoardData } from '../../src/domain/types';
import { emptyReport } from '../../src/engine/empty-report';
import { ProjectStores } from '../../src/storage/project-stores';
import { ORPHAN_GRACE_MS, SWEEP_INTERVAL_MS } from '../../src/storage/versioned-store';
import { WatchedMemoryStore } from '../storage/watched-store';
import { emptyBoardData } from '../jira/empty-board-data';

/** Forwards to memory; the Nth write from arming (1-based) throws, and deletes can be made to throw. */
class FailingStore extends WatchedMemoryStore {
  private setsLeft: number | null = null;
  failDeletes = false;
  sets = 0;

  failOnSet(n: number | null): void {
    this.setsLeft = n;
  }

  protected override beforeWrite(): void {
    this.sets += 1;
    if (this.setsLeft !== null && --this.setsLeft === 0) {
      this.setsLeft = null;
      throw new Error('Storage failed halfway.');
    }
  }

  protected override beforeDelete(): void {
    if (this.failDeletes) throw new Error('Storage refused the delete.');
  }
}

const SITE = 'cloud-1';
/** Small chunks, so a modest value needs several: every failure point can be tried. */
const CHUNK = 2048;

/** A report carrying ~8 KiB of text that does not compress (hashes), so it takes several chunks. */
function bigReport(tag: string): Report {
  const report = emptyReport({ site: SITE, project: { key: 'ABC', name: 'Alpha' }, now: new Date('2026-02-10T12:00:00.000Z'), reason: tag });
  report.dataQuality = Array.from({ length: 120 }, (_, i) => ({ code: 'note', message: createHash('sha256').update(`${tag}:${i}`).digest('hex') }));
  return report;
}

function bigSyncState(tag: string): BoardData {
  const issues = Array.from({ length: 120 }, (_, i) => ({ key: `ABC-${i}`, summary: createHash('sha256').update(`${tag}:${i}`).digest('hex') }));
  return emptyBoardData(1, 'ABC', { fetchedAt: tag, issues: issues as unknown as BoardData['issues'] });
}

/** Stored keys of one record: its pointer and its chunks. */
async function keysOf(store: FailingStore, kind: string): Promise<string[]> {
  return (await store.memory.listKeys(`bh:${SITE}:ABC:`)).filter((k) => k.split('#')[0].endsWith(`:${kind}`));
}

describe('an interrupted write leaves the last good version readable', () => {
  it('reports: a failure at every write of a new version (each chunk, then the pointer) leaves the previous report', async () => {
    const store = new FailingStore();
    const stores = new ProjectStores(store, SITE, { maxChunkBytes: CHUNK });
    const good = bigReport('good');
    await stores.writeReport('ABC', null, good);
    const writesPerVersion = store.sets;
    expect(writesPerVersion).toBeGreaterThanOrEqual(4); // 3 or more chunks, then the pointer
    for (let n = 1; n <= writesPerVersion; n += 1) {
      store.failOnSet(n);
      await expect(stores.writeReport('ABC', null, bigReport(`bad-${n}`))).rejects.toThrow('Storage failed halfway.');
      expect(await stores.readReport('ABC', null)).toEqual({ computedAt: good.computedAt, report: good });
    }
  });

  it('sync state (the cache of the last load): the same, and a later good write becomes current', async () => {
    const store = new FailingStore();
    const stores = new ProjectStores(store, SITE, { maxChunkBytes: CHUNK });
    await stores.writeSyncState('ABC', 1, bigSyncState('v1'));
    const writesPerVersion = store.sets;
    for (let n = 1; n <= writesPerVersion; n += 1) {
      store.failOnSet(n);
      await expect(stores.writeSyncState('ABC', 1, bigSyncState(`broken-${n}`))).rejects.toThrow('Storage failed halfway.');
      expect(await stores.readSyncState('ABC', 1)).toEqual(bigSyncState('v1'));
    }
    await stores.writeSyncState('ABC', 1, bigSyncState('v2'));
    expect(await stores.readSyncState('ABC', 1)).toEqual(bigSyncState('v2'));
  });

  it('settings: a failed save keeps the saved version, and the next save is numbered after it', async () => {
    const store = new FailingStore();
    const stores = new ProjectStores(store, SITE);
    await stores.writeSettings('ABC', DEFAULT_SETTINGS, 'acc-admin', new Date('2026-02-01T00:00:00Z'));
    store.failOnSet(1);
    await expect(stores.writeSettings('ABC', { ...DEFAULT_SETTINGS, enabled: false }, 'acc-admin', new Date('2026-02-02T00:00:00Z'))).rejects.toThrow('Storage failed halfway.');
    expect(await stores.readSettings('ABC')).toEqual({ version: 1, savedAt: '2026-02-01T00:00:00.000Z', savedBy: 'acc-admin', settings: DEFAULT_SETTINGS });
    const saved = await stores.writeSettings('ABC', { ...DEFAULT_SETTINGS, enabled: false }, 'acc-admin', new Date('2026-02-03T00:00:00Z'));
    expect(saved.version).toBe(2);
    expect((await stores.readSettings('ABC'))!.settings.enabled).toBe(false);
  });

  it('snapshots: a failed replacement of today\'s snapshot keeps the one taken earlier today, and the days before', async () => {
    const store = new FailingStore();
    const stores = new ProjectStores(store, SITE);
    const snap = (takenAt: string, keys: string[]): BacklogSnapshot => ({ boardId: 1, takenAt, keys });
    const yesterday = snap('2026-02-09T02:00:00.000Z', ['ABC-1', 'ABC-2']);
    const earlierToday = snap('2026-02-10T02:00:00.000Z', ['ABC-2', 'ABC-1']);
    await stores.appendSnapshot('ABC', 1, yesterday);
    await stores.appendSnapshot('ABC', 1, earlierToday);
    store.failOnSet(1);
    await expect(stores.appendSnapshot('ABC', 1, snap('2026-02-10T09:00:00.000Z', ['ABC-3']))).rejects.toThrow('Storage failed halfway.');
    expect(await stores.readSnapshots('ABC', 1)).toEqual([yesterday, earlierToday]);
  });

  it('a value whose very first write fails reads as absent, never as half a value', async () => {
    const store = new FailingStore();
    const stores = new ProjectStores(store, SITE, { maxChunkBytes: CHUNK });
    store.failOnSet(3);
    await expect(stores.writeReport('ABC', 2, bigReport('first'))).rejects.toThrow('Storage failed halfway.');
    expect(await stores.readReport('ABC', 2)).toBeUndefined();
  });

  it('the board list cache (one small record): a failed write keeps the previous list', async () => {
    const store = new FailingStore();
    const stores = new ProjectStores(store, SITE);
    const boards = { fetchedAt: '2026-02-09T00:00:00.000Z', boards: [{ id: 1, name: 'ABC board', type: 'scrum' as const }] };
    await stores.writeBoards('ABC', boards);
    store.failOnSet(1);
    await expect(stores.writeBoards('ABC', { fetchedAt: '2026-02-10T00:00:00.000Z', boards: [] })).rejects.toThrow('Storage failed halfway.');
    expect(await stores.readBoards('ABC')).toEqual(boards);
  });
});

describe('old versions are pruned', () => {
  it('after five reports only the current version\'s chunks and its pointer remain', async () => {
    const store = new FailingStore();
    const stores = new ProjectStores(store, SITE, { maxChunkBytes: CHUNK });
    for (let n = 1; n <= 5; n += 1) await stores.writeReport('ABC', null, bigReport(`r${n}`));
    const info = await stores.versioned.info(`bh:${SITE}:ABC:default:report`);
    const keys = await keysOf(store, 'report');
    expect(keys).toHaveLength(info!.chunkCount + 1);
    expect(keys.filter((k) => k.includes('#')).every((k) => k.includes(`#${info!.version}#`))).toBe(true);
  });

  it('a failed write deletes the chunks it wrote, when storage lets it', async () => {
    const store = new FailingStore();
    const stores = new ProjectStores(store, SITE, { maxChunkBytes: CHUNK });
    await stores.writeReport('ABC', null, bigReport('good'));
    const good = (await stores.versioned.info(`bh:${SITE}:ABC:default:report`))!;
    store.failOnSet(3); // two chunks of the new version get written, the third fails
    await expect(stores.writeReport('ABC', null, bigReport('abandoned'))).rejects.toThrow();
    expect(await keysOf(store, 'report')).toHaveLength(good.chunkCount + 1);
    expect((await stores.readReport('ABC', null))!.report).toEqual(bigReport('good'));
  });

  it('chunks a failed write could not delete are swept by the weekly sweep once past the grace period', async () => {
    let now = Date.UTC(2026, 1, 10, 3, 0, 0);
    const store = new FailingStore();
    const stores = new ProjectStores(store, SITE, { maxChunkBytes: CHUNK, clock: () => now });
    await stores.writeReport('ABC', null, bigReport('good'));
    store.failOnSet(3); // two chunks of the abandoned version get written
    store.failDeletes = true; // and storage refuses to take them back
    await expect(stores.writeReport('ABC', null, bigReport('abandoned'))).rejects.toThrow();
    store.failDeletes = false;
    now += ORPHAN_GRACE_MS + 60_000;
    await stores.writeReport('ABC', null, bigReport('soon after'));
    const current = (await stores.versioned.info(`bh:${SITE}:ABC:default:report`))!;
    // Within the week since the last sweep, a write lists nothing: the abandoned chunks wait.
    expect((await keysOf(store, 'report')).length).toBe(current.chunkCount + 1 + 2);
    now += SWEEP_INTERVAL_MS;
    await stores.writeReport('ABC', null, bigReport('much later'));
    const latest = (await stores.versioned.info(`bh:${SITE}:ABC:default:report`))!;
    expect(await keysOf(store, 'report')).toHaveLength(latest.chunkCount + 1);
    expect((await stores.readReport('ABC', null))!.report).toEqual(bigReport('much later'));
  });

  it('when pruning itself fails, the new version is still current and readable; the weekly sweep cleans up', async () => {
    let now = Date.UTC(2026, 1, 10, 3, 0, 0);
    const store = new FailingStore();
    const stores = new ProjectStores(store, SITE, { maxChunkBytes: CHUNK, clock: () => now });
    await stores.writeSyncState('ABC', 1, bigSyncState('v1'));
    store.failDeletes = true;
    await stores.writeSyncState('ABC', 1, bigSyncState('v2'));
    expect(await stores.readSyncState('ABC', 1)).toEqual(bigSyncState('v2'));
    store.failDeletes = false;
    now += SWEEP_INTERVAL_MS;
    await stores.writeSyncState('ABC', 1, bigSyncState('v3'));
    const info = (await stores.versioned.info(`bh:${SITE}:ABC:1:sync`))!;
    expect(await keysOf(store, 'sync')).toHaveLength(info.chunkCount + 1);
    expect(await stores.readSyncState('ABC', 1)).toEqual(bigSyncState('v3'));
  });
});
