/**
 * Backlog snapshots of one board: one per day under `...:snapshot:{day}` (versioned), the last 60
 * kept, and a small index record naming their days, so reading them needs no listing (a listing
 * downloads every value it lists on Forge; see forge-kvs-store.ts).
 *
 * The index is only ever replaced with getAndSet: a writer looks at the index it replaced, and when
 * that one named days its own list lacks (another refresh stored a snapshot meanwhile), it writes the
 * union again. Lists only grow by union and are cut to the last 60 days the same way by everyone, so
 * two writers at once both end up named.
 */
import type { BacklogSnapshot } from '../domain/types';
import type { KeyValueStore } from './key-value-store';
import { recordCheck } from './record-check';
import { StoredSnapshotIndexSchema, StoredSnapshotSchema, type StoredSnapshotIndex } from './records';
import type { VersionedStore } from './versioned-store';

/** Snapshots kept per board. */
export const SNAPSHOTS_KEPT = 60;
/** Rewrites of the index when other writers keep changing it; each one adds what they wrote. */
const MAX_INDEX_MERGES = 10;

const checkIndex = recordCheck(StoredSnapshotIndexSchema);
const checkSnapshot = recordCheck(StoredSnapshotSchema);

/** "2026-11-22" for a date-time (UTC day). */
export function dayOf(isoDateTime: string): string {
  return new Date(isoDateTime).toISOString().slice(0, 10);
}

function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}

/** The days of both lists, oldest first, without repeats, cut to the last SNAPSHOTS_KEPT. */
function keptDays(...lists: string[][]): string[] {
  const days = [...new Set(lists.flat())].sort();
  return days.slice(Math.max(0, days.length - SNAPSHOTS_KEPT));
}

/** Where one board's snapshots live: `{prefix}{day}` each, and the index record. */
export interface SnapshotPlace {
  prefix: string;
  indexKey: string;
}

export class BacklogSnapshots {
  constructor(private readonly store: KeyValueStore, private readonly versioned: VersionedStore) {}

  /** Days with a stored snapshot, oldest first: the index (one small read), or a listing for boards stored before it existed. */
  async days(place: SnapshotPlace): Promise<string[]> {
    const index = checkIndex(await this.store.get(place.indexKey));
    if (index.ok) return [...index.value.days].sort();
    const keys = await this.store.listKeys(place.prefix);
    return keys
      .filter((key) => !key.includes('#'))
      .map((key) => key.slice(place.prefix.length))
      .filter(isDay)
      .sort();
  }

  /** Stored snapshots, oldest first; one that cannot be read, or does not fit its schema, is left out. */
  async read(place: SnapshotPlace): Promise<BacklogSnapshot[]> {
    const days = await this.days(place);
    const snapshots = await Promise.all(days.map((day) => this.versioned.read(`${place.prefix}${day}`).catch(() => undefined)));
    return snapshots.flatMap((value) => {
      const checked = checkSnapshot(value);
      return checked.ok ? [checked.value] : [];
    });
  }

  /**
   * Stores the snapshot as its day's (replacing an earlier one that day) and keeps the last 60 days.
   * The snapshot is written before the index names it: if the index write fails, the day reads as
   * still due, so the next refresh takes it again and the index heals; nothing is ever named that
   * was not written.
   */
  async append(place: SnapshotPlace, snapshot: BacklogSnapshot): Promise<void> {
    const today = dayOf(snapshot.takenAt);
    await this.versioned.write(`${place.prefix}${today}`, snapshot);
    const seen = await this.days(place);
    let wanted = keptDays(seen, [today]);
    for (let merge = 0; merge < MAX_INDEX_MERGES; merge += 1) {
      const index: StoredSnapshotIndex = { days: wanted };
      const replaced = checkIndex(await this.store.getAndSet(place.indexKey, index));
      const theirs = replaced.ok ? replaced.value.days : [];
      seen.push(...theirs);
      const merged = keptDays(wanted, theirs);
      if (merged.join() === wanted.join()) break;
      wanted = merged;
    }
    // Only days older than every kept one go: a day another writer added is never deleted here.
    const dropped = [...new Set(seen)].filter((day) => day < wanted[0]);
    for (const day of dropped) await this.versioned.remove(`${place.prefix}${day}`);
  }
}
