import { MemoryStore } from '../../src/storage/memory-store';
import { ProjectStores, SNAPSHOTS_KEPT } from '../../src/storage/project-stores';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import type { BacklogSnapshot } from '../../src/domain/types';
import { WatchedMemoryStore } from './watched-store';
import { VersionedStore } from '../../src/storage/versioned-store';

/** A MemoryStore that counts listings and can refuse writes to keys matching a pattern. */
class WatchedStore extends WatchedMemoryStore {
  listings: string[] = [];
  refuse: RegExp | null = null;
  get inner(): MemoryStore {
    return this.memory;
  }
  protected override beforeWrite(key: string) {
    if (this.refuse?.test(key)) throw new Error('storage went away');
  }
  protected override beforeList(prefix: string) {
    this.listings.push(prefix);
  }
}

function snapshotOn(day: number, hour = 2): BacklogSnapshot {
  return { boardId: 7, takenAt: new Date(Date.UTC(2026, 0, day, hour)).toISOString(), keys: [`A-${day}`, `A-${hour}`] };
}

describe('ProjectStores', () => {
  it('keeps one snapshot per day, the later one winning, oldest first', async () => {
    const stores = new ProjectStores(new MemoryStore(), 'demo.atlassian.net');
    await stores.appendSnapshot('ABC', null, snapshotOn(2));
    await stores.appendSnapshot('ABC', null, snapshotOn(1));
    await stores.appendSnapshot('ABC', null, snapshotOn(2, 9));
    expect(await stores.snapshotDays('ABC', null)).toEqual(['2026-01-01', '2026-01-02']);
    expect(await stores.readSnapshots('ABC', null)).toEqual([snapshotOn(1), snapshotOn(2, 9)]);
    expect(await stores.readSnapshots('ABC', 12)).toEqual([]);
  });

  it(`keeps only the last ${SNAPSHOTS_KEPT} days of snapshots`, async () => {
    const memory = new MemoryStore();
    const stores = new ProjectStores(memory, 'site');
    for (let day = 1; day <= 63; day += 1) await stores.appendSnapshot('ABC', 7, snapshotOn(day));
    const days = await stores.snapshotDays('ABC', 7);
    expect(days).toHaveLength(60);
    expect(days[0]).toBe('2026-01-04'); // days 1-3 pruned
    expect(days[59]).toBe('2026-03-04'); // January has 31 days: day 63 is 4 March
    expect(await memory.listKeys('bh:site:ABC:7:snapshot:2026-01-0')).toEqual(
      ['04', '05', '06', '07', '08', '09'].map((d) => `bh:site:ABC:7:snapshot:2026-01-${d}`),
    );
  });

  it('names the snapshot days from one small record, without listing the snapshots (each listing would download them)', async () => {
    const store = new WatchedStore();
    const stores = new ProjectStores(store, 'site');
    for (const day of [1, 2, 3]) await stores.appendSnapshot('ABC', 7, snapshotOn(day));
    store.listings = [];
    expect(await stores.snapshotDays('ABC', 7)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(await stores.readSnapshots('ABC', 7)).toEqual([snapshotOn(1), snapshotOn(2), snapshotOn(3)]);
    expect(store.listings).toEqual([]);
    expect(await store.get('bh:site:ABC:7:snapshot-days')).toEqual({ days: ['2026-01-01', '2026-01-02', '2026-01-03'] });
  });

  it('reads the snapshots of a board stored before the index existed, and indexes them with the next one', async () => {
    const store = new WatchedStore();
    const versioned = new VersionedStore(store.inner);
    for (const day of [1, 2]) await versioned.write(`bh:site:ABC:7:snapshot:2026-01-0${day}`, snapshotOn(day));
    const stores = new ProjectStores(store, 'site');
    expect(await stores.snapshotDays('ABC', 7)).toEqual(['2026-01-01', '2026-01-02']);
    expect(store.listings).toEqual(['bh:site:ABC:7:snapshot:']);
    await stores.appendSnapshot('ABC', 7, snapshotOn(3));
    store.listings = [];
    expect(await stores.snapshotDays('ABC', 7)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(store.listings).toEqual([]);
  });

  it('when the index cannot be written, the new day stays due and the next snapshot heals the index', async () => {
    const store = new WatchedStore();
    const stores = new ProjectStores(store, 'site');
    await stores.appendSnapshot('ABC', 7, snapshotOn(1));
    store.refuse = /snapshot-days$/;
    await expect(stores.appendSnapshot('ABC', 7, snapshotOn(2))).rejects.toThrow('storage went away');
    expect(await stores.snapshotDays('ABC', 7)).toEqual(['2026-01-01']);
    store.refuse = null;
    await stores.appendSnapshot('ABC', 7, snapshotOn(2, 9));
    expect(await stores.snapshotDays('ABC', 7)).toEqual(['2026-01-01', '2026-01-02']);
    expect(await stores.readSnapshots('ABC', 7)).toEqual([snapshotOn(1), snapshotOn(2, 9)]);
  });

  it('numbers settings versions, per project', async () => {
    const stores = new ProjectStores(new MemoryStore(), 'site');
    expect(await stores.readSettings('ABC')).toBeUndefined();
    const first = await stores.writeSettings('ABC', DEFAULT_SETTINGS, 'acc-1', new Date('2026-01-01T00:00:00Z'));
    const second = await stores.writeSettings('ABC', { ...DEFAULT_SETTINGS, enabled: false }, 'acc-2', new Date('2026-01-02T00:00:00Z'));
    await stores.writeSettings('XYZ', DEFAULT_SETTINGS, null, new Date('2026-01-02T00:00:00Z'));
    expect([first.version, second.version]).toEqual([1, 2]);
    expect(await stores.readSettings('ABC')).toEqual({ version: 2, savedAt: '2026-01-02T00:00:00.000Z', savedBy: 'acc-2', settings: { ...DEFAULT_SETTINGS, enabled: false } });
    expect((await stores.readSettings('XYZ'))?.version).toBe(1);
    expect(await new ProjectStores(new MemoryStore(), 'other').readSettings('ABC')).toBeUndefined();
  });

  it('keeps progress per project and board', async () => {
    const stores = new ProjectStores(new MemoryStore(), 'site');
    const running = { state: 'running' as const, progress: 0.5, message: 'Reading', startedAt: '2026-01-01T00:00:00Z', finishedAt: null };
    await stores.writeProgress('ABC', null, running);
    expect(await stores.readProgress('ABC', null)).toEqual(running);
    expect(await stores.readProgress('ABC', 3)).toBeUndefined();
  });
});

describe('issue facts', () => {
  const facts = {
    version: 1 as const,
    computedAt: '2026-11-22T03:00:00.000Z',
    readAt: '2026-11-22T02:59:00.000Z',
    boardId: 7,
    backlog: { size: 2, nearTermCount: 1, items: [{ key: 'ABC-1', failedChecks: ['estimated' as const] }, { key: 'ABC-2', failedChecks: [] }] },
    activeSprintKeys: ['ABC-3'],
    reranks: { windowDays: 90, changes: [{ issueKey: 'ABC-1', at: '2026-11-20T10:00:00.000Z', by: null }] },
    flagged: { windowDays: 90, spells: [{ issueKey: 'ABC-3', from: '2026-11-19T10:00:00.000Z', to: null }] },
  };

  it('are read back as they were written', async () => {
    const stores = new ProjectStores(new MemoryStore(), 'cloud-1');
    await stores.writeIssueFacts('ABC', null, facts);
    expect(await stores.readIssueFacts('ABC', null)).toEqual(facts);
  });

  it('that do not fit their schema are refused, naming the record, never served as they are', async () => {
    const store = new MemoryStore();
    const stores = new ProjectStores(store, 'cloud-1');
    await stores.versioned.write('bh:cloud-1:ABC:default:issue-facts', { ...facts, backlog: { size: 'many' } });
    await expect(stores.readIssueFacts('ABC', null)).rejects.toThrow(/issue-facts/);
  });
});
