/**
 * A lock on a key-value store, for records that several writers change at once (the portfolio index,
 * portfolio-index.ts): whoever creates the lock record (setIfAbsent, which only one writer can win)
 * holds it; the others wait and try again. The record names its holder and when it lapses, so a
 * holder that died (Forge stopped it, it ran out of memory) does not block everyone for ever: once
 * it has lapsed, the next writer removes it and takes its place. Records are read without the lock:
 * each write of a record is whole, so a reader sees the old value or the new one.
 *
 * A holder slower than its lease (storage stalled for longer than LEASE_MS) may find that another
 * writer went ahead; the lease is generous for writes that take milliseconds.
 */
import { randomBytes } from 'node:crypto';
import type { KeyValueStore } from './key-value-store';

/** How long a lock is held at most before others may take it. */
export const LEASE_MS = 30_000;
/** How long a writer waits for a lock before giving up. */
export const WAIT_MS = 10_000;

interface LockRecord {
  owner: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
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

function isLockRecord(value: unknown): value is LockRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.owner === 'string' && typeof record.expiresAt === 'number';
}

/** Runs `work` while holding the lock `lockKey`, and releases it after, whether `work` succeeded or not. */
export async function withLock<T>(store: KeyValueStore, lockKey: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const waitMs = options.waitMs ?? WAIT_MS;
  const clock = options.clock ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const owner = randomBytes(8).toString('hex');
  const start = clock();
  for (let attempt = 0; ; attempt += 1) {
    if (await store.setIfAbsent(lockKey, { owner, expiresAt: clock() + leaseMs } satisfies LockRecord)) break;
    const current = await store.get(lockKey);
    if (current !== undefined && (!isLockRecord(current) || current.expiresAt <= clock())) {
      // Lapsed (or unreadable): removed unless another writer replaced it meanwhile.
      await removeIf(store, lockKey, (now) => JSON.stringify(now) === JSON.stringify(current));
      continue;
    }
    if (clock() - start >= waitMs) throw new LockBusyError(lockKey, clock() - start);
    // A short pause that grows, with jitter so that waiting writers do not retry in step.
    await sleep(Math.min(500, 20 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
  }
  try {
    return await work();
  } finally {
    await removeIf(store, lockKey, (now) => isLockRecord(now) && now.owner === owner).catch(() => undefined);
  }
}

/** Deletes the lock record when what it holds now passes `still` (the lapsed record seen, or our own). */
async function removeIf(store: KeyValueStore, lockKey: string, still: (current: unknown) => boolean): Promise<void> {
  const current = await store.get(lockKey);
  if (current !== undefined && still(current)) await store.delete(lockKey);
}
