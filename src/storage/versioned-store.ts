/**
 * Values of any size on a store whose values are limited (Forge KVS: 240 KiB each).
 *
 * A write makes a NEW version: the value's JSON text is cut into chunks (each under the limit,
 * measured as stored JSON bytes), the chunks are written first under `{key}#{version}#{n}`, and
 * only then the small pointer record under `{key}` is moved to the new version. A failure halfway
 * leaves the pointer, and so the previous version, untouched and readable. The pointer is moved with
 * getAndSet, which hands back the pointer it replaced: the writer deletes that version's chunks by
 * name (the old pointer says how many there were). Two writers at once each get back a different
 * pointer, so each version's chunks are deleted by whoever replaced it and none are left behind.
 * Chunks of abandoned writes are found only by listing `{key}#`, which on Forge downloads
 * every chunk listed (there is no keys-only query), so that sweep runs at most once a week per key
 * (the pointer remembers when), and spares chunks younger than a grace period (a writer still busy
 * elsewhere keeps its chunks).
 * Values small enough travel inside the pointer itself (one read, one write). Larger ones are
 * deflated and stored as base64 text: board data compresses several times over, which matters
 * because Forge meters storage writes in 10 KB units per minute.
 *
 * A pointer is checked before anything it names is read (pointer.ts): one that is damaged (a
 * missing inline value, more than MAX_CHUNKS chunks, a wrong type) is refused at once with
 * DamagedValueError, never read as "nothing stored" and never followed chunk by chunk.
 */
import { randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { KeyValueStore } from './key-value-store';
import { jsonByteLength } from './chunking';
import { assertValidKey } from './keys';
import { FORMAT, MAX_CHUNKS, parsePointer, pointerOrNull, type Pointer } from './pointer';

export { DamagedValueError, MAX_CHUNKS } from './pointer';

/** Forge KVS accepts 240 KiB per value; stay well under it. */
export const DEFAULT_MAX_CHUNK_BYTES = 200 * 1024;
/** Chunks of abandoned writes younger than this are left alone (a consumer may run 900 s). */
export const ORPHAN_GRACE_MS = 20 * 60 * 1000;
/** How often a key's chunks are listed to sweep abandoned ones (a listing downloads them all on Forge). */
export const SWEEP_INTERVAL_MS = 7 * 24 * 60 * 60 * 1000;

export interface VersionInfo {
  version: string;
  writtenAt: string;
  byteLength: number;
  chunkCount: number;
}

export interface VersionedStoreOptions {
  maxChunkBytes?: number;
  /** Milliseconds since the epoch; versions carry it so abandoned chunks can be aged. */
  clock?: () => number;
}

export class IncompleteValueError extends Error {
  constructor(key: string, version: string) {
    super(`The stored value "${key}" (version ${version}) is missing some of its parts.`);
    this.name = 'IncompleteValueError';
  }
}

function chunkPrefix(key: string): string {
  return `${key}#`;
}

function chunkKey(key: string, version: string, index: number): string {
  return `${key}#${version}#${index}`;
}

/** Version ids sort by time: base-36 milliseconds, padded, then a random tail. */
function versionTime(version: string): number | null {
  const time = parseInt(version.split('-')[0] ?? '', 36);
  return Number.isFinite(time) ? time : null;
}

export class VersionedStore {
  private readonly maxChunkBytes: number;
  private readonly clock: () => number;

  constructor(private readonly store: KeyValueStore, options: VersionedStoreOptions = {}) {
    this.maxChunkBytes = options.maxChunkBytes ?? DEFAULT_MAX_CHUNK_BYTES;
    this.clock = options.clock ?? (() => Date.now());
  }

  /** The current value, or undefined when nothing was ever written under key. */
  async read<T>(key: string): Promise<T | undefined> {
    const first = await this.readOnce<T>(key);
    if (first.kind === 'found') return first.value;
    if (first.kind === 'absent') return undefined;
    // Parts missing: a writer may have just moved the pointer and pruned. Look once more.
    const second = await this.readOnce<T>(key);
    if (second.kind === 'found') return second.value;
    if (second.kind === 'absent') return undefined;
    throw new IncompleteValueError(key, second.version);
  }

  /** Version details of the current value, without reading its chunks. */
  async info(key: string): Promise<VersionInfo | undefined> {
    const pointer = pointerOrNull(key, await this.store.get(assertValidKey(key)));
    if (!pointer) return undefined;
    return { version: pointer.version, writtenAt: pointer.writtenAt, byteLength: pointer.byteLength, chunkCount: pointer.chunkCount };
  }

  /** Writes value as a new version and prunes older ones. Returns the new version's details. */
  async write(key: string, value: unknown): Promise<VersionInfo> {
    assertValidKey(key);
    const text = JSON.stringify(value);
    if (text === undefined) throw new Error(`Cannot store undefined under "${key}".`);
    const previous = await this.store.get(key);
    const now = this.clock();
    const version = `${now.toString(36).padStart(9, '0')}-${randomBytes(4).toString('hex')}`;
    const byteLength = Buffer.byteLength(text, 'utf8');
    const writtenAt = new Date(now).toISOString();
    const before = pointerOrNull(key, previous);
    const lastSweep = before?.sweptAt ? Date.parse(before.sweptAt) : NaN;
    const sweepDue = !(now - lastSweep < SWEEP_INTERVAL_MS);
    const sweptAt = sweepDue ? writtenAt : before?.sweptAt;

    const inlinePointer: Pointer = { format: FORMAT, version, writtenAt, byteLength, chunkCount: 0, inline: value, sweptAt };
    let pointer: Pointer;
    if (jsonByteLength(inlinePointer) <= this.maxChunkBytes) {
      pointer = inlinePointer;
    } else {
      // Base64 needs no escaping: each chunk holds maxChunkBytes minus its two quotes.
      const packed = deflateRawSync(Buffer.from(text, 'utf8')).toString('base64');
      const perChunk = this.maxChunkBytes - 2;
      const chunks: string[] = [];
      for (let start = 0; start < packed.length; start += perChunk) chunks.push(packed.slice(start, start + perChunk));
      // A reader refuses a pointer naming more (pointer.ts), so nothing larger is ever written.
      if (chunks.length > MAX_CHUNKS) throw new Error(`The value for "${key}" is too large to store: it needs ${chunks.length} parts, and at most ${MAX_CHUNKS} are kept.`);
      assertValidKey(chunkKey(key, version, chunks.length));
      // One at a time, in order: the pointer must never name a chunk that was not written.
      let written = 0;
      try {
        for (; written < chunks.length; written += 1) await this.store.set(chunkKey(key, version, written), chunks[written]);
      } catch (err) {
        await this.deleteChunks(key, version, written);
        throw err;
      }
      pointer = { format: FORMAT, version, writtenAt, byteLength, chunkCount: chunks.length, encoding: 'deflate-base64', sweptAt };
    }
    // Should this fail, its chunks stay for the sweep: storage may have stored the pointer after all.
    // The pointer handed back is the one this write replaced, whoever wrote it (not necessarily
    // `before`, when another writer moved the pointer meanwhile): its chunks are this writer's to delete.
    const replaced = pointerOrNull(key, await this.store.getAndSet(key, pointer));

    try {
      if (replaced && replaced.version !== version) {
        for (let index = 0; index < replaced.chunkCount; index += 1) await this.store.delete(chunkKey(key, replaced.version, index));
      }
      if (sweepDue) await this.sweep(key, version);
    } catch {
      // The new version is in place; leftovers are swept by a later write.
    }
    return { version, writtenAt, byteLength, chunkCount: pointer.chunkCount };
  }

  /** Removes the value and all its versions. */
  async remove(key: string): Promise<void> {
    assertValidKey(key);
    await this.store.delete(key);
    for (const leftover of await this.store.listKeys(chunkPrefix(key))) await this.store.delete(leftover);
  }

  private async readOnce<T>(key: string): Promise<{ kind: 'found'; value: T } | { kind: 'absent' } | { kind: 'incomplete'; version: string }> {
    const pointer = parsePointer(key, await this.store.get(assertValidKey(key)));
    if (pointer === undefined) return { kind: 'absent' };
    if (pointer.chunkCount === 0) return { kind: 'found', value: pointer.inline as T };
    const parts = await Promise.all(
      Array.from({ length: pointer.chunkCount }, (_, index) => this.store.get(chunkKey(key, pointer.version, index))),
    );
    if (parts.some((part) => typeof part !== 'string')) return { kind: 'incomplete', version: pointer.version };
    try {
      const joined = (parts as string[]).join('');
      const text = pointer.encoding === 'deflate-base64' ? inflateRawSync(Buffer.from(joined, 'base64')).toString('utf8') : joined;
      return { kind: 'found', value: JSON.parse(text) as T };
    } catch {
      return { kind: 'incomplete', version: pointer.version };
    }
  }

  /** Best effort, after a failed write: its own chunks, by name (what cannot be deleted waits for a sweep). */
  private async deleteChunks(key: string, version: string, count: number): Promise<void> {
    try {
      for (let index = 0; index < count; index += 1) await this.store.delete(chunkKey(key, version, index));
    } catch {
      // Storage is failing; the weekly sweep removes them once they are past the grace period.
    }
  }

  /** Deletes chunks of versions other than `current` once they are older than the grace period. */
  private async sweep(key: string, current: string): Promise<void> {
    const now = this.clock();
    for (const stored of await this.store.listKeys(chunkPrefix(key))) {
      const version = stored.slice(chunkPrefix(key).length).split('#')[0] ?? '';
      if (version === current) continue;
      const time = versionTime(version);
      if (time === null || now - time > ORPHAN_GRACE_MS) await this.store.delete(stored);
    }
  }
}
