/**
 * A lock on one file, for the local file store, that holds across processes: the lock is a file
 * created only if it does not exist yet (O_EXCL), which the file system does in one step. Whoever
 * created it holds the lock until they remove it; the others wait and try again. A lock older than
 * STALE_LOCK_MS was left by a process that died holding it, and is taken over.
 */
import { promises as fs } from 'node:fs';

/** Nothing holds a lock this long (one small read and write); an older lock was abandoned. */
export const STALE_LOCK_MS = 30_000;
/** Pause between two attempts to take a lock someone else holds. */
const RETRY_MS = 2;

async function tryCreate(lockPath: string): Promise<boolean> {
  try {
    await (await fs.open(lockPath, 'wx')).close();
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

async function removeIfAbandoned(lockPath: string): Promise<void> {
  const stat = await fs.stat(lockPath).catch(() => null);
  if (stat && Date.now() - stat.mtimeMs > STALE_LOCK_MS) await fs.rm(lockPath, { force: true });
}

/** Runs fn while holding the lock file `lockPath` (its directory must exist). */
export async function withFileLock<T>(lockPath: string, fn: () => Promise<T>): Promise<T> {
  while (!(await tryCreate(lockPath))) {
    await removeIfAbandoned(lockPath);
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  try {
    return await fn();
  } finally {
    await fs.rm(lockPath, { force: true });
  }
}
