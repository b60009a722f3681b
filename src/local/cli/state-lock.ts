/**
 * One audit at a time per state folder. Two audits writing the same history at once (a scheduled
 * one and one started by hand) could each rewrite the list of snapshot days and drop the other's
 * day, so the second one is refused while the first runs. The lock is a small file naming the
 * process that holds it; it is made whole before it is put in place (a hard link, which fails when
 * the lock exists), so it never exists half-written. A lock left by an audit that was stopped
 * (its process is gone from this machine) is taken over.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEMPORARY_PREFIX } from '../../storage/file-store';
import { CliFailure, EXIT } from './exit-codes';

export const LOCK_FILE = '.lock';
/** The whole lock file, before it is put in place. */
export const LOCK_CANDIDATE_PREFIX = `${TEMPORARY_PREFIX}lock-`;

interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

function readHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.since === 'string') return value as LockHolder;
  } catch {
    // Not a lock this program wrote.
  }
  return null;
}

/** Whether the holder may still be running: only a process of this machine can be checked. */
function mayBeRunning(holder: LockHolder): boolean {
  if (holder.host !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock, or throws a CliFailure naming the audit that holds it. Returns the release. */
export async function takeLock(folder: string): Promise<() => Promise<void>> {
  const lockPath = path.join(folder, LOCK_FILE);
  const mine: LockHolder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const whole = path.join(folder, `${LOCK_CANDIDATE_PREFIX}${randomUUID()}`);
    await fs.writeFile(whole, JSON.stringify(mine), { mode: 0o600 });
    try {
      await fs.link(whole, lockPath);
      return () => fs.rm(lockPath, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      await fs.rm(whole, { force: true });
    }
    const holder = readHolder(await fs.readFile(lockPath, 'utf8').catch(() => ''));
    if (holder && mayBeRunning(holder)) {
      throw new CliFailure(
        EXIT.usage,
        `Another audit (process ${holder.pid} on ${holder.host}, since ${holder.since}) is using the state folder ${folder}. Wait for it to end; if none is running, delete ${lockPath}.`,
      );
    }
    // Left by an audit that stopped without releasing it.
    await fs.rm(lockPath, { force: true });
  }
  throw new CliFailure(EXIT.usage, `Could not take the lock of the state folder ${folder}: another audit keeps taking it.`);
}
