/**
 * The previous load of a board (the sync state) in storage, in parts, so that neither writing nor
 * reading it ever holds the whole load as one text: for a 100,000-issue project that text would be
 * hundreds of megabytes, more than a Forge function may hold beside the load itself.
 *
 * Layout under the record's key `K`:
 * - `K` (a versioned value, versioned-store.ts): the head, that is the load without its issues, and
 *   the names of its parts in order;
 * - `K:part:{hash}` (a versioned value each): up to PART_ISSUES issues, compact (board-data-codec.ts),
 *   named by a hash of their content.
 * Issues go into parts in the order of their ids, so a refresh that changes a few issues changes a
 * few parts: a part whose content is already stored is not written again. A write stores its new
 * parts first and moves the head last, so a write that fails halfway leaves the previous load whole;
 * then it deletes the parts only the previous head named. Parts of a write that failed before its head
 * moved are named by no head; they are swept at most once a week (the head remembers when), as the
 * versioned store sweeps its chunks, and only once they are older than its grace period.
 * A head written before parts existed (a whole BoardData) is still read.
 */
import { createHash } from 'node:crypto';
import { Interner } from '../domain/interner';
import type { BoardData, Issue } from '../domain/types';
import { decodePart, encodePart, type StoredPart } from './board-data-codec';
import type { KeyValueStore } from './key-value-store';
import { IncompleteValueError, ORPHAN_GRACE_MS, SWEEP_INTERVAL_MS, type VersionedStore } from './versioned-store';

/** Issues per part: about a megabyte of JSON for a typical issue, one deflated chunk of storage. */
export const PART_ISSUES = 500;
const FORMAT = 'bh-board-data-2';

interface Head {
  format: typeof FORMAT;
  /** The hash of each part, in order. */
  parts: string[];
  /** When `K:part:` was last listed for parts no head names. */
  sweptAt?: string;
  data: Omit<BoardData, 'issues'>;
}

function isHead(value: unknown): value is Head {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === FORMAT && Array.isArray((value as { parts?: unknown }).parts);
}

function partKey(key: string, hash: string): string {
  return `${key}:part:${hash}`;
}

/** Jira's issue ids are numbers in text: by number, then as text. */
function byId(a: Issue, b: Issue): number {
  const x = Number(a.id);
  const y = Number(b.id);
  return x - y || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export class BoardDataStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly versioned: VersionedStore,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  /**
   * The stored load without its issues (`issues: []`): what a refresh needs to decide whether it can
   * build on it, and all a full load takes from it (the sprint goals seen), without reading its parts.
   */
  async readHead(key: string): Promise<BoardData | undefined> {
    const head = await this.versioned.read<unknown>(key);
    if (head === undefined || !isHead(head)) return head as BoardData | undefined;
    return { ...head.data, issues: [] } as BoardData;
  }

  async read(key: string): Promise<BoardData | undefined> {
    const head = await this.versioned.read<unknown>(key);
    if (head === undefined || !isHead(head)) return head as BoardData | undefined;
    const interner = new Interner();
    const placed: { issue: Issue; position: number }[] = [];
    for (const hash of head.parts) {
      const part = await this.versioned.read<StoredPart>(partKey(key, hash));
      if (part === undefined) throw new IncompleteValueError(key, hash);
      for (const entry of decodePart(part, interner)) placed.push(entry);
    }
    placed.sort((a, b) => a.position - b.position);
    return { ...head.data, issues: placed.map((entry) => entry.issue) } as BoardData;
  }

  async write(key: string, data: BoardData): Promise<void> {
    const previous = await this.versioned.read<unknown>(key).catch(() => undefined);
    const before = isHead(previous) ? previous : null;
    const stored = new Set(before?.parts ?? []);
    const placed = data.issues.map((issue, position) => ({ issue, position })).sort((a, b) => byId(a.issue, b.issue));
    const hashes: string[] = [];
    for (let start = 0; start < placed.length; start += PART_ISSUES) {
      const part = encodePart(placed.slice(start, start + PART_ISSUES));
      const hash = createHash('sha256').update(JSON.stringify(part)).digest('hex').slice(0, 32);
      if (!stored.has(hash) && !hashes.includes(hash)) await this.versioned.write(partKey(key, hash), part);
      hashes.push(hash);
    }
    const now = this.clock();
    const lastSweep = before?.sweptAt ? Date.parse(before.sweptAt) : NaN;
    const sweepDue = !(now - lastSweep < SWEEP_INTERVAL_MS);
    const { issues: _issues, ...rest } = data;
    const head: Head = { format: FORMAT, parts: hashes, sweptAt: sweepDue ? new Date(now).toISOString() : before?.sweptAt, data: rest };
    await this.versioned.write(key, head);
    try {
      const kept = new Set(hashes);
      for (const hash of before?.parts ?? []) if (!kept.has(hash)) await this.versioned.remove(partKey(key, hash));
      if (sweepDue) await this.sweep(key, kept);
    } catch {
      // The new load is in place; what is left over goes at a later sweep.
    }
  }

  /** Deletes parts no head names, once they are older than the grace period (a writer may still be storing them). */
  private async sweep(key: string, kept: Set<string>): Promise<void> {
    const prefix = partKey(key, '');
    const names = new Set((await this.store.listKeys(prefix)).map((stored) => stored.slice(prefix.length).split('#')[0]));
    for (const hash of names) {
      if (kept.has(hash)) continue;
      const info = await this.versioned.info(partKey(key, hash));
      const age = info ? this.clock() - Date.parse(info.writtenAt) : Number.POSITIVE_INFINITY;
      if (age > ORPHAN_GRACE_MS) await this.versioned.remove(partKey(key, hash));
    }
  }
}
