/**
 * Claims: which of several callers acting at the same moment goes ahead. A claim is a small record
 * `{ token, at }` under its own key. Claiming swaps in one's own record (getAndSet) and looks at the
 * one it replaced: the caller wins unless that record holds the same token and is younger than
 * CLAIM_LIFETIME_MS. Of callers claiming one token at once, each gets back a different record, so
 * exactly one of them wins.
 *
 * A claim is never released. It stops holding when someone claims another token (the work it
 * guarded moved its record on: a refresh got queued, the settings got their next version), or when
 * it is older than its lifetime: a winner that stopped before finishing holds the others back no
 * longer than that.
 */
import type { KeyValueStore } from './key-value-store';

/** Longer than any resolver runs (Forge stops them at 25 s), so only a winner that died outlives it. */
export const CLAIM_LIFETIME_MS = 60_000;

interface ClaimRecord {
  token: string;
  at: string;
}

function isClaimRecord(value: unknown): value is ClaimRecord {
  const record = value as Partial<ClaimRecord> | null;
  return typeof record === 'object' && record !== null && typeof record.token === 'string' && typeof record.at === 'string';
}

/** True when this caller won the claim of `token` under `key` at `now`. */
export async function claim(store: KeyValueStore, key: string, token: string, now: Date): Promise<boolean> {
  const mine: ClaimRecord = { token, at: now.toISOString() };
  const replaced = await store.getAndSet(key, mine);
  if (!isClaimRecord(replaced) || replaced.token !== token) return true;
  const age = now.getTime() - Date.parse(replaced.at);
  // A claim dated after now (another clock) still holds; one with no readable date does not.
  return !(age < CLAIM_LIFETIME_MS);
}

/** The token last claimed under key (won or not), or null when there is none. */
export async function lastClaimedToken(store: KeyValueStore, key: string): Promise<string | null> {
  const record = await store.get(key);
  return isClaimRecord(record) ? record.token : null;
}
