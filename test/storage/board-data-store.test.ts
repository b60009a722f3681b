/**
 * The sync state in parts (board-data-store.ts, board-data-codec.ts): read back exactly as written,
 * in parts of 500 issues in id order, a part whose content is already stored not written again, the
 * previous load whole after a failed write, and parts no head names swept weekly.
 */
import type { BoardData, ChangeEvent, Issue, Person } from '../../src/domain/types';
import { BoardDataStore, PART_ISSUES } from '../../src/storage/board-data-store';
import { MemoryStore } from '../../src/storage/memory-store';
import { ORPHAN_GRACE_MS, SWEEP_INTERVAL_MS, VersionedStore } from '../../src/storage/versioned-store';
import { emptyBoardData } from '../jira/empty-board-data';
import { WatchedMemoryStore } from './watched-store';

const KEY = 'bh:site:ABC:default:sync';

/** A MemoryStore that records the keys written, and can refuse the nth write from now, or any write of one key. */
class CountingStore extends WatchedMemoryStore {
  sets: string[] = [];
  failAt: number | null = null;
  refuse: string | null = null;
  protected override beforeWrite(key: string) {
    this.sets.push(key);
    if ((this.failAt !== null && this.sets.length === this.failAt) || key === this.refuse) throw new Error('storage went away');
  }
}

const person = (n: number): Person => ({ accountId: `acc-${n}`, displayName: `Person ${n}`, avatarUrl: n % 2 ? `https://avatar/${n}` : null, active: n !== 3 });

function event(n: number, i: number): ChangeEvent {
  const at = `2026-01-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00.000+0000`;
  const base = { fieldId: i % 2 ? 'status' : 'customfield_10020', from: i % 3 ? '1' : null, to: '3', fromString: null, toString: 'Done', author: i % 4 ? person(i % 5) : null, at, historyId: `${n}-${i}` };
  // Every other event carries atMs, as the loader gives it only for Jira's usual shape.
  return i % 2 ? { ...base, atMs: Date.parse(at.replace('+0000', 'Z')) } : base;
}

function issue(n: number, tag = ''): Issue {
  return {
    id: String(10000 + n),
    key: `ABC-${n}`,
    projectKey: 'ABC',
    summary: `Issue ${n}${tag}`,
    issueType: { id: '1', name: 'Story', subtask: false, hierarchyLevel: 0 },
    status: { id: '3', name: 'Done', category: 'done' },
    estimate: n % 3 ? n : null,
    labels: n % 5 ? [] : ['tech'],
    components: [],
    parentKey: null,
    subtaskKeys: [],
    blockedBy: n % 7 ? [] : [{ key: 'ABC-1', statusCategory: 'new' }],
    flagged: n % 11 === 0,
    description: n % 2 ? `Text ${n}` : null,
    acceptanceCriteria: null,
    created: '2026-01-01T10:00:00.000+0000',
    updated: '2026-01-02T10:00:00.000+0000',
    resolutionDate: null,
    assignee: n % 2 ? person(n % 5) : null,
    reporter: person(1),
    sprintIds: [1, 2],
    rankIndex: 0,
    changelog: Array.from({ length: n % 6 }, (_, i) => event(n, i)),
    ...(n % 9 ? { rank: `0|i${String(n).padStart(5, '0')}:` } : {}),
  };
}

/** A load of `count` issues, listed in an order other than their ids (rank order). */
function load(count: number, changed: (n: number) => string = () => ''): BoardData {
  const issues = Array.from({ length: count }, (_, n) => issue(n, changed(n))).reverse().map((item, index) => ({ ...item, rankIndex: index }));
  return emptyBoardData(7, 'ABC', { issues, notes: [{ code: 'x', message: 'a note' }] });
}

function partKeys(keys: string[]): string[] {
  return keys.filter((key) => key.startsWith(`${KEY}:part:`) && !key.includes('#'));
}

describe('BoardDataStore', () => {
  it('gives back exactly the load it stored, in its order, from parts of 500 issues', async () => {
    const store = new CountingStore();
    const boards = new BoardDataStore(store, new VersionedStore(store));
    const data = load(1200);
    await boards.write(KEY, data);
    expect(partKeys(await store.memory.listKeys(''))).toHaveLength(Math.ceil(1200 / PART_ISSUES));
    const read = (await boards.read(KEY))!;
    expect(read).toStrictEqual(data);
    // Equal people of different parts are one object again, as in a fresh load.
    const reporters = new Set(read.issues.map((i) => i.reporter));
    expect(reporters.size).toBe(1);
  });

  it('writes again only the part whose issues changed, and deletes the part it replaces', async () => {
    const store = new CountingStore();
    const boards = new BoardDataStore(store, new VersionedStore(store));
    await boards.write(KEY, load(1200));
    const before = partKeys(await store.memory.listKeys(''));
    store.sets = [];
    // Issue 700 is in the second part (issues 500 to 999 in id order).
    const changed = load(1200, (n) => (n === 700 ? ' (renamed)' : ''));
    await boards.write(KEY, changed);
    const written = partKeys(store.sets);
    expect(written).toHaveLength(1);
    const after = partKeys(await store.memory.listKeys(''));
    expect(after).toHaveLength(3);
    expect(after.filter((key) => !before.includes(key))).toEqual(written);
    expect(await boards.read(KEY)).toStrictEqual(changed);
  });

  it('a write that fails at any of its storage calls leaves the previous load whole', async () => {
    const store = new CountingStore();
    const boards = new BoardDataStore(store, new VersionedStore(store, { maxChunkBytes: 20 * 1024 }));
    const first = load(510);
    await boards.write(KEY, first);
    const second = load(510, (n) => ` v2 ${n}`);
    store.sets = [];
    await boards.write(KEY, load(510, (n) => ` probe ${n}`));
    const setsPerWrite = store.sets.length;
    await boards.write(KEY, first);
    for (let n = 1; n <= setsPerWrite; n += 1) {
      store.sets = [];
      store.failAt = n;
      await expect(boards.write(KEY, second)).rejects.toThrow('storage went away');
      store.failAt = null;
      expect(await boards.read(KEY)).toStrictEqual(first);
    }
    await boards.write(KEY, second);
    expect(await boards.read(KEY)).toStrictEqual(second);
  });

  it('sweeps parts that no head names, at most weekly and once they are past the grace period', async () => {
    let now = Date.UTC(2026, 1, 10);
    const store = new CountingStore();
    const boards = new BoardDataStore(store, new VersionedStore(store, { clock: () => now }), () => now);
    await boards.write(KEY, load(600));
    // A write that stores its two new parts, then fails at its head: no head names those parts.
    store.refuse = KEY;
    await expect(boards.write(KEY, load(600, () => ' abandoned'))).rejects.toThrow('storage went away');
    store.refuse = null;
    expect(partKeys(await store.memory.listKeys(''))).toHaveLength(4);
    now += ORPHAN_GRACE_MS + 1;
    await boards.write(KEY, load(600));
    expect(partKeys(await store.memory.listKeys(''))).toHaveLength(4); // the last sweep was less than a week ago
    now += SWEEP_INTERVAL_MS;
    await boards.write(KEY, load(600));
    expect(partKeys(await store.memory.listKeys(''))).toHaveLength(2);
    expect(await boards.read(KEY)).toStrictEqual(load(600));
  });

  it('reads a load stored whole, before parts existed, as it is', async () => {
    const store = new MemoryStore();
    const versioned = new VersionedStore(store);
    const data = load(3);
    await versioned.write(KEY, data);
    expect(await new BoardDataStore(store, versioned).read(KEY)).toStrictEqual(data);
  });
});
