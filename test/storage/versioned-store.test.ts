import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { MemoryStore } from '../../src/storage/memory-store';
import { VersionedStore, IncompleteValueError, MAX_CHUNKS, ORPHAN_GRACE_MS, SWEEP_INTERVAL_MS } from '../../src/storage/versioned-store';
import { WatchedMemoryStore } from './watched-store';

const KIB = 1024;
const KEY = 'bh:site:ABC:default:sync';

/**
 * A value whose JSON is well over 240 KiB and compresses poorly (hashes): 8000 issues of ~120 bytes,
 * about 190 KiB once deflated, so 64 KiB chunks give at least 4 of them.
 */
function bigValue(tag: string) {
  return {
    tag,
    issues: Array.from({ length: 8000 }, (_, i) => ({
      key: `ABC-${i}`,
      summary: `"${createHash('sha256').update(`${tag}:${i}`).digest('hex')}" – café`,
      rank: i,
    })),
  };
}

/** Forwards to a MemoryStore, but throws on the nth write (1-based). */
class FailingStore extends WatchedMemoryStore {
  sets = 0;
  failAt: number | null = null;
  protected override beforeWrite(): void {
    this.sets += 1;
    if (this.failAt !== null && this.sets === this.failAt) throw new Error('storage went away');
  }
}

describe('VersionedStore', () => {
  it('round-trips a value larger than 240 KiB through chunks each under the limit', async () => {
    const memory = new MemoryStore();
    const store = new VersionedStore(memory);
    const value = bigValue('one');
    const jsonBytes = Buffer.byteLength(JSON.stringify(value));
    expect(jsonBytes).toBeGreaterThan(240 * KIB);

    const info = await store.write(KEY, value);
    expect(info.byteLength).toBe(jsonBytes);
    expect(info.chunkCount).toBeGreaterThanOrEqual(1);
    expect(await memory.listKeys(KEY)).toHaveLength(info.chunkCount + 1);
    for (const key of await memory.listKeys(KEY)) {
      expect(Buffer.byteLength(JSON.stringify(await memory.get(key)))).toBeLessThanOrEqual(200 * KIB);
    }
    expect(await store.read(KEY)).toEqual(value);
  });

  it('stores large values deflated: as many chunks as the base64 text needs', async () => {
    // Independent route: deflate the JSON text here, base64 it, and divide by the room in a chunk
    // (200 KiB minus the two quotes of a stored string).
    const memory = new MemoryStore();
    const store = new VersionedStore(memory);
    const value = bigValue('count');
    const base64Length = deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64').length;
    const info = await store.write(KEY, value);
    expect(info.chunkCount).toBe(Math.ceil(base64Length / (200 * KIB - 2)));
    const repetitive = 'a'.repeat(500 * KIB);
    expect((await store.write(KEY, repetitive)).chunkCount).toBe(1);
    expect(await store.read(KEY)).toBe(repetitive);
  });

  it('still reads chunks holding plain JSON text (pointers without an encoding)', async () => {
    const memory = new MemoryStore();
    await memory.set(KEY, { format: 'bh-versioned-1', version: '0000000aa-1', writtenAt: '2026-01-01T00:00:00.000Z', byteLength: 13, chunkCount: 2 });
    await memory.set(`${KEY}#0000000aa-1#0`, '{"a":[1,');
    await memory.set(`${KEY}#0000000aa-1#1`, '2,3]}');
    expect(await new VersionedStore(memory).read(KEY)).toEqual({ a: [1, 2, 3] });
  });

  it('keeps a small value inside the pointer: one key, no chunks', async () => {
    const memory = new MemoryStore();
    const store = new VersionedStore(memory);
    const info = await store.write(KEY, { enabled: true });
    expect(info.chunkCount).toBe(0);
    expect(await memory.listKeys(KEY)).toEqual([KEY]);
    expect(await store.read(KEY)).toEqual({ enabled: true });
  });

  it('answers undefined for a key never written', async () => {
    expect(await new VersionedStore(new MemoryStore()).read(KEY)).toBeUndefined();
  });

  it('leaves the previous version readable when a write fails after half its chunks', async () => {
    const failing = new FailingStore(new MemoryStore());
    const store = new VersionedStore(failing, { maxChunkBytes: 64 * KIB });
    const first = bigValue('first');
    const firstInfo = await store.write(KEY, first);
    expect(firstInfo.chunkCount).toBeGreaterThanOrEqual(4);

    const second = bigValue('second');
    failing.sets = 0;
    failing.failAt = Math.floor(firstInfo.chunkCount / 2) + 1; // throw after half the chunks
    await expect(store.write(KEY, second)).rejects.toThrow('storage went away');
    expect(await store.read(KEY)).toEqual(first);
    expect((await store.info(KEY))?.version).toBe(firstInfo.version);
  });

  it('prunes the previous version once the pointer has moved', async () => {
    const memory = new MemoryStore();
    const store = new VersionedStore(memory, { maxChunkBytes: 64 * KIB });
    const first = await store.write(KEY, bigValue('first'));
    const second = await store.write(KEY, bigValue('second'));
    const keys = await memory.listKeys(KEY);
    expect(keys.filter((k) => k.includes(first.version))).toEqual([]);
    expect(keys.filter((k) => k.includes(second.version))).toHaveLength(second.chunkCount);
    expect(keys).toHaveLength(second.chunkCount + 1);
  });

  it('sweeps chunks of an abandoned write at a sweep (weekly), and only after the grace period', async () => {
    let now = Date.UTC(2026, 10, 22, 3, 0, 0);
    const failing = new FailingStore(new MemoryStore());
    const store = new VersionedStore(failing, { maxChunkBytes: 64 * KIB, clock: () => now });
    await store.write(KEY, bigValue('first'));
    const abandonedChunks = async () => (await failing.memory.listKeys(KEY)).length;
    // Chunks of a writer that died halfway (it never got to take them back): two of them.
    const abandoned = `${(now - 1000).toString(36).padStart(9, '0')}-dead0000`;
    await failing.memory.set(`${KEY}#${abandoned}#0`, 'x');
    await failing.memory.set(`${KEY}#${abandoned}#1`, 'y');

    now += SWEEP_INTERVAL_MS; // a sweep is due, but the chunks are young by their version's time...
    const young = `${(now - 1000).toString(36).padStart(9, '0')}-busy0000`;
    await failing.memory.set(`${KEY}#${young}#0`, 'z'); // ...as these of a writer still busy
    const third = await store.write(KEY, bigValue('third'));
    expect(await abandonedChunks()).toBe(third.chunkCount + 1 + 1);

    now += ORPHAN_GRACE_MS + 1000; // past the grace period, but the last sweep was just now
    const between = await store.write(KEY, bigValue('between'));
    expect(await abandonedChunks()).toBe(between.chunkCount + 1 + 1);
    now += SWEEP_INTERVAL_MS;
    const fourth = await store.write(KEY, bigValue('fourth'));
    expect(await abandonedChunks()).toBe(fourth.chunkCount + 1);
    expect(await store.read(KEY)).toEqual(bigValue('fourth'));
  });

  it('lists the chunks (which downloads them on Forge) at most once a week per key; between sweeps the previous version goes by name', async () => {
    let now = Date.UTC(2026, 10, 22, 3, 0, 0);
    const memory = new MemoryStore();
    const listings: string[] = [];
    const watched = new (class extends WatchedMemoryStore {
      protected override beforeList(prefix: string) {
        listings.push(prefix);
      }
    })(memory);
    const store = new VersionedStore(watched, { maxChunkBytes: 64 * KIB, clock: () => now });
    for (let day = 0; day < 7; day += 1) {
      const info = await store.write(KEY, bigValue(`day ${day}`));
      expect(await memory.listKeys(KEY)).toHaveLength(info.chunkCount + 1);
      now += 24 * 60 * 60 * 1000;
    }
    expect(listings).toEqual([`${KEY}#`]); // the first write's sweep only
    await store.write(KEY, bigValue('a week on'));
    expect(listings).toEqual([`${KEY}#`, `${KEY}#`]);
  });

  it('says clearly when a stored value lost its parts', async () => {
    const memory = new MemoryStore();
    const store = new VersionedStore(memory, { maxChunkBytes: 64 * KIB });
    const info = await store.write(KEY, bigValue('x'));
    await memory.delete(`${KEY}#${info.version}#1`);
    await expect(store.read(KEY)).rejects.toBeInstanceOf(IncompleteValueError);
  });

  it(`never writes a value of more than ${MAX_CHUNKS} chunks (a reader would refuse its pointer), and keeps the previous one`, async () => {
    const memory = new MemoryStore();
    const store = new VersionedStore(memory, { maxChunkBytes: 64 });
    await store.write(KEY, 'small');
    const kept = await memory.listKeys(KEY);
    // 64,000 hex characters deflate to about 32,000 bytes, 43,000 base64 characters: some 690 chunks of 62.
    const big = Array.from({ length: 1000 }, (_, i) => createHash('sha256').update(String(i)).digest('hex')).join('');
    await expect(store.write(KEY, big)).rejects.toThrow(`The value for "${KEY}" is too large to store: it needs`);
    expect(await store.read(KEY)).toBe('small');
    expect(await memory.listKeys(KEY)).toEqual(kept);
  });

  it('refuses keys that storage would not accept', async () => {
    const store = new VersionedStore(new MemoryStore());
    await expect(store.write('bh:site:ABC/1', 1)).rejects.toThrow(/characters storage does not accept/);
    await expect(store.write('k'.repeat(501), 1)).rejects.toThrow(/limit is 500/);
  });

  it('removes a value with all its chunks', async () => {
    const memory = new MemoryStore();
    const store = new VersionedStore(memory, { maxChunkBytes: 64 * KIB });
    await store.write(KEY, bigValue('x'));
    await store.remove(KEY);
    expect(await memory.listKeys(KEY)).toEqual([]);
    expect(await store.read(KEY)).toBeUndefined();
  });
});
