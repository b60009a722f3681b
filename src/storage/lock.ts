/**
 * A lock on a key-value store, for records that several writers read, change and write back (the
 * portfolio index, portfolio-index.ts), built on the seam's one-step swap (getAndSet). A writer that
 * finds the lock free swaps in its own lock record and looks at the one it replaced: if that was
 * free too (absent, lapsed or not a lock), it holds the lock; if another writer got in between, it
 * does not, and waits (it has only rewritten that holder's lapse time with a close one of its own).
 * The holder deletes the lock when done. A lock record says when it lapses, so a holder that died
 * (Forge stopped it, it ran out of memory) holds the others back no longer than LEASE_MS. Records are
 * read without the lock: each write of a record is whole, so a reader sees the old value or the new.
 *
 * A holder slower than its lease (storage stalled for longer than LEASE_MS) may find that another
 * writer went ahead; the lease is generous for changes that take milliseconds.
 */
import type { KeyValueStore } from './key-value-store';

/** How long a lock is held at most before others may take it. */
export const LEASE_MS = 30_000;
/** How long a writer waits for a lock before giving up. */
export const WAIT_MS = 10_000;

interface LockRecord {
  /** Milliseconds since the epoch. */
  lapsesAt: number;
}

export interface LockOptions {
  leaseMs?: number;
  waitMs?: number;
  /** Milliseconds since the epoch (tests pass a fake). */
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Thrown when the lock stayed taken for the whole wait. */
export class LockBusyError extends Error {
  constructor(key: string, waitedMs: number) {
    super(`The record "${key}" stayed locked by another writer for ${Math.round(waitedMs / 1000)} s.`);
    this.name = 'LockBusyError';
  }
}

/** Whether a stored value leaves the lock free: no record, one that lapsed, or one that is not a lock. */
function isFree(value: unknown, now: number): boolean {
  const lapsesAt = (value as Partial<LockRecord> | null | undefined)?.lapsesAt;
  return typeof lapsesAt !== 'number' || lapsesAt <= now;
}

/** Runs `work` while holding the lock `lockKey`, and releases it after, whether `work` succeeded or not. */
export async function withLock<T>(store: KeyValueStore, lockKey: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const waitMs = options.waitMs ?? WAIT_MS;
  const clock = options.clock ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const start = clock();
  for (let attempt = 0; ; attempt += 1) {
    // Swap only when the lock looks free: a writer that waits never touches the holder's record.
    if (isFree(await store.get(lockKey), clock())) {
      const mine: LockRecord = { lapsesAt: clock() + leaseMs };
      if (isFree(await store.getAndSet(lockKey, mine), clock())) break;
    }
    if (clock() - start >= waitMs) throw new LockBusyError(lockKey, clock() - start);
    // A short pause that grows, with jitter so that waiting writers do not retry in step.
    await sleep(Math.min(500, 20 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
  }
  try {
    return await work();
  } finally {
    await store.delete(lockKey).catch(() => undefined);
  }
}
