import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileStore } from '../../src/storage/file-store';
import { MemoryStore } from '../../src/storage/memory-store';
import { ForgeKvsStore, type KvsLike } from '../../src/storage/forge-kvs-store';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { temporaryFolder } from './temporary-folder';

/** A fake of the @forge/kvs calls the store uses: pages of at most `limit` keys with a cursor. */
function fakeKvs() {
  const data = new Map<string, unknown>();
  const queries: { prefix: string; limit: number; cursor?: string }[] = [];
  const client = {
    get: async (key: string) => (data.has(key) ? structuredClone(data.get(key)) : undefined),
    set: async (key: string, value: unknown, options?: { returnValue?: string }) => {
      // As @forge/kvs answers `returnValue: 'PREVIOUS'`: the replaced value, or nothing when there was none.
      const previous = data.has(key) ? { key, value: structuredClone(data.get(key)) } : undefined;
      data.set(key, structuredClone(value));
      return options?.returnValue === 'PREVIOUS' ? previous : undefined;
    },
    delete: async (key: string) => void data.delete(key),
    query: () => {
      const q: { prefix: string; limit: number; cursor?: string } = { prefix: '', limit: 10 };
      const builder = {
        where: (_field: 'key', condition: { condition: string; values: unknown[] }) => { q.prefix = String(condition.values[0]); return builder; },
        limit: (n: number) => { q.limit = n; return builder; },
        cursor: (c: string) => { q.cursor = c; return builder; },
        getMany: async () => {
          queries.push({ ...q });
          const keys = [...data.keys()].filter((k) => k.startsWith(q.prefix)).sort();
          const start = q.cursor ? Number(q.cursor) : 0;
          const page = keys.slice(start, start + q.limit);
          const next = start + q.limit < keys.length ? String(start + q.limit) : undefined;
          return { results: page.map((key) => ({ key, value: data.get(key) })), nextCursor: next };
        },
        getOne: async () => undefined,
      };
      return builder;
    },
  };
  return { client: client as unknown as KvsLike, data, queries };
}

const implementations: [string, () => KeyValueStore][] = [
  ['memory', () => new MemoryStore()],
  ['file', () => new FileStore(path.join(temporaryFolder('bh-store-'), 'nested'))],
  ['forge kvs', () => new ForgeKvsStore(fakeKvs().client)],
];

describe.each(implementations)('%s store', (_name, make) => {
  it('sets, gets, overwrites and deletes', async () => {
    const store = make();
    expect(await store.get('bh:s:A:1:report')).toBeUndefined();
    await store.set('bh:s:A:1:report', { n: 1, list: ['é', '😀'] });
    expect(await store.get('bh:s:A:1:report')).toEqual({ n: 1, list: ['é', '😀'] });
    await store.set('bh:s:A:1:report', 2);
    expect(await store.get('bh:s:A:1:report')).toBe(2);
    await store.delete('bh:s:A:1:report');
    await store.delete('bh:s:A:1:report');
    expect(await store.get('bh:s:A:1:report')).toBeUndefined();
  });

  it('lists keys by prefix, sorted, across many pages', async () => {
    const store = make();
    const keys = Array.from({ length: 45 }, (_, i) => `bh:s:A:1:snapshot:${String(i).padStart(2, '0')}`);
    for (const key of [...keys].reverse()) await store.set(key, 1);
    await store.set('bh:s:AB:1:report', 1);
    await store.set('other#1', 1);
    expect(await store.listKeys('bh:s:A:')).toEqual(keys);
    expect(await store.listKeys('nothing')).toEqual([]);
  });

  it('refuses to store undefined', async () => {
    await expect(make().set('k', undefined)).rejects.toThrow(/undefined/);
    await expect(make().getAndSet('k', undefined)).rejects.toThrow(/undefined/);
  });

  it('getAndSet hands back what it replaced: of twenty at once, each gets a different value, and none is lost', async () => {
    const store = make();
    expect(await store.getAndSet('bh:s:A:1:claim', 'start')).toBeUndefined();
    const replaced = await Promise.all(Array.from({ length: 20 }, (_, n) => store.getAndSet('bh:s:A:1:claim', { n })));
    const current = await store.get('bh:s:A:1:claim');
    // Every value stored was either handed back once or is still there: start, then the twenty.
    const seen = [...replaced, current].map((value) => JSON.stringify(value)).sort();
    expect(seen).toEqual(['"start"', ...Array.from({ length: 20 }, (_, n) => JSON.stringify({ n }))].sort());
  });
});

describe('FileStore across stores on one directory', () => {
  it('two stores on the same folder (as two processes would be) take turns: getAndSet loses nothing', async () => {
    const dir = temporaryFolder('bh-shared-');
    const [one, two] = [new FileStore(dir), new FileStore(dir)];
    const replaced = await Promise.all(Array.from({ length: 10 }, (_, n) => (n % 2 ? one : two).getAndSet('k', n)));
    const seen = [...replaced, await one.get('k')].map(String).sort();
    expect(seen).toEqual(['undefined', ...Array.from({ length: 10 }, (_, n) => String(n))].sort());
    // No lock or temporary file is left, and none is listed as a key.
    expect(readdirSync(dir)).toEqual(['k.json']);
    expect(await one.listKeys('')).toEqual(['k']);
  });
});

describe('FileStore', () => {
  it('writes one file per key, leaves no temporary files and maps tricky keys to safe names', async () => {
    const dir = temporaryFolder('bh-file-');
    const store = new FileStore(dir);
    await store.set('../escape', 1);
    await store.set('bh:s:A:1:report#v#0', 2);
    expect(readdirSync(dir).sort()).toEqual(['%2E%2E%2Fescape.json', 'bh%3As%3AA%3A1%3Areport%23v%230.json']);
    expect(await store.listKeys('')).toEqual(['../escape', 'bh:s:A:1:report#v#0']);
  });

  // Windows has no such permission bits.
  (process.platform === 'win32' ? it.skip : it)('writes its files and creates its directory with the permissions asked for', async () => {
    const dir = temporaryFolder('bh-file-');
    const store = new FileStore(path.join(dir, 'private'), { fileMode: 0o600, directoryMode: 0o700 });
    await store.set('k', { secret: 1 });
    expect(statSync(path.join(dir, 'private')).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(dir, 'private', 'k.json')).mode & 0o777).toBe(0o600);
    await store.set('k', { secret: 2 });
    expect(statSync(path.join(dir, 'private', 'k.json')).mode & 0o777).toBe(0o600);
  });

  it('keeps the previous file and leaves no temporary file when a write cannot be put in place', async () => {
    const dir = temporaryFolder('bh-file-');
    const store = new FileStore(dir);
    await store.set('kept', 1);
    // A non-empty folder where the file of "blocked" would go: the rename into place fails.
    mkdirSync(path.join(dir, 'blocked.json'));
    writeFileSync(path.join(dir, 'blocked.json', 'inside'), 'x');
    await expect(store.set('blocked', 2)).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['blocked.json', 'kept.json']);
    expect(await store.get('kept')).toBe(1);
  });

  it('lists nothing for a directory not yet created', async () => {
    expect(await new FileStore(path.join(tmpdir(), 'bh-never-made-' + process.pid)).listKeys('')).toEqual([]);
  });
});

describe('ForgeKvsStore', () => {
  it('retries a rate-limited call with growing pauses, then succeeds', async () => {
    const kvs = fakeKvs();
    const realSet = kvs.client.set.bind(kvs.client);
    let refusals = 2;
    (kvs.client as { set: unknown }).set = async (key: string, value: unknown) => {
      if (refusals-- > 0) throw Object.assign(new Error('slow down'), { code: 'RATE_LIMIT_EXCEEDED', responseDetails: { status: 429 } });
      return realSet(key, value);
    };
    const pauses: number[] = [];
    const store = new ForgeKvsStore(kvs.client, { sleep: async (ms) => void pauses.push(ms) });
    await store.set('k', 1);
    expect(pauses).toEqual([500, 1000]);
    expect(await store.get('k')).toBe(1);
  });

  it('gives up after five retries, and does not retry other failures', async () => {
    const kvs = fakeKvs();
    const pauses: number[] = [];
    (kvs.client as { get: unknown }).get = async () => { throw Object.assign(new Error('slow down'), { responseDetails: { status: 429 } }); };
    const store = new ForgeKvsStore(kvs.client, { sleep: async (ms) => void pauses.push(ms) });
    await expect(store.get('k')).rejects.toThrow('slow down');
    expect(pauses).toEqual([500, 1000, 2000, 4000, 8000]);
    (kvs.client as { delete: unknown }).delete = async () => { throw new Error('broken'); };
    await expect(store.delete('k')).rejects.toThrow('broken');
    expect(pauses).toHaveLength(5);
  });

  it('asks kvs for pages of 20 keys with beginsWith and follows the cursor', async () => {
    const kvs = fakeKvs();
    const store = new ForgeKvsStore(kvs.client);
    for (let i = 0; i < 45; i += 1) await store.set(`p:${i}`, i);
    expect(await store.listKeys('p:')).toHaveLength(45);
    expect(kvs.queries).toEqual([
      { prefix: 'p:', limit: 20 },
      { prefix: 'p:', limit: 20, cursor: '20' },
      { prefix: 'p:', limit: 20, cursor: '40' },
    ]);
  });
});
