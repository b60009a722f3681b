/** The store lock: one holder at a time, released after its work, and taken over once its holder's lease lapsed. */
import { MemoryStore } from '../../src/storage/memory-store';
import { LockBusyError, withLock } from '../../src/storage/lock';

const KEY = 'bh:cloud-1:-portfolio:lock:page:0';

/** A clock that only moves when the lock sleeps. */
function fakeTime(start = 1_000_000) {
  const time = { now: start, slept: [] as number[] };
  return { time, clock: () => time.now, sleep: async (ms: number) => void (time.slept.push(ms), (time.now += ms)) };
}

describe('withLock', () => {
  it('runs one holder at a time, and releases the lock after the work, even when it fails', async () => {
    const store = new MemoryStore();
    const order: string[] = [];
    const work = (name: string) => async () => {
      order.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(`${name} out`);
    };
    await Promise.all([withLock(store, KEY, work('a')), withLock(store, KEY, work('b')), withLock(store, KEY, work('c'))]);
    // Each holder went in and out before the next went in.
    const turns = [0, 2, 4].map((i) => `${order[i]}, ${order[i + 1]}`).sort();
    expect(turns).toEqual(['a in, a out', 'b in, b out', 'c in, c out']);
    await expect(withLock(store, KEY, async () => { throw new Error('work failed'); })).rejects.toThrow('work failed');
    expect(await store.get(KEY)).toBeUndefined();
  });

  it('waits for a lock held by someone else, then gives up with a plain error', async () => {
    const store = new MemoryStore();
    const { time, clock, sleep } = fakeTime();
    await store.set(KEY, { lapsesAt: time.now + 60_000 });
    await expect(withLock(store, KEY, async () => 'done', { clock, sleep, waitMs: 2_000 })).rejects.toThrow(LockBusyError);
    expect(time.now - 1_000_000).toBeGreaterThanOrEqual(2_000);
    expect(await store.get(KEY)).toEqual({ lapsesAt: 1_060_000 }); // left to its holder, untouched
  });

  it('takes over a lock whose holder died (its lease lapsed), and one that is not a lock record', async () => {
    const store = new MemoryStore();
    const { time, clock, sleep } = fakeTime();
    await store.set(KEY, { lapsesAt: time.now - 1 });
    expect(await withLock(store, KEY, async () => store.get(KEY), { clock, sleep, leaseMs: 30_000 })).toEqual({ lapsesAt: 1_030_000 });
    await store.set(KEY, 'garbage');
    expect(await withLock(store, KEY, async () => 'ran', { clock, sleep })).toBe('ran');
    expect(time.slept).toEqual([]);
    expect(await store.get(KEY)).toBeUndefined();
  });

  it('holds a lock for the lease it names', async () => {
    const store = new MemoryStore();
    const { clock, sleep } = fakeTime();
    const held = await withLock(store, KEY, async () => store.get(KEY), { clock, sleep, leaseMs: 5_000 });
    expect(held).toEqual({ lapsesAt: 1_005_000 });
  });
});
