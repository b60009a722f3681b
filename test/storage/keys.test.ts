import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assertValidKey, cleanKeyPart, storageKey } from '../../src/storage/keys';
import { FileStore } from '../../src/storage/file-store';
import { VersionedStore } from '../../src/storage/versioned-store';

describe('storage keys', () => {
  it('are bh:{site}:{project}:{board}:{kind}', () => {
    expect(storageKey({ site: 'demo.atlassian.net', projectKey: 'ABC', board: 12 }, 'report')).toBe('bh:demo.atlassian.net:ABC:12:report');
    expect(storageKey({ site: 'c-1', projectKey: 'ABC', board: 'default' }, 'snapshot:2026-11-22')).toBe('bh:c-1:ABC:default:snapshot:2026-11-22');
  });

  it('clean parts so that ":" and "#" stay separators and every character is one storage accepts', () => {
    expect(cleanKeyPart('https://x.atlassian.net/jira')).toBe('https___x.atlassian.net_jira');
    expect(cleanKeyPart('a#b c')).toBe('a_b_c');
    expect(cleanKeyPart('')).toBe('_');
    expect(storageKey({ site: 'a:b', projectKey: 'P#1', board: 'x y' }, 'report')).toBe('bh:a_b:P_1:x_y:report');
  });

  it('refuses keys that are too long or hold other characters', () => {
    expect(assertValidKey('a'.repeat(500))).toHaveLength(500);
    expect(() => assertValidKey('a'.repeat(501))).toThrow(/limit is 500/);
    expect(() => assertValidKey('bh:é')).toThrow(/does not accept/);
    expect(() => assertValidKey('   ')).toThrow(/does not accept/);
  });
});

describe('versioned values on disk', () => {
  it('round-trip through the file store, chunked', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bh-versioned-'));
    try {
      const files = new FileStore(dir);
      const store = new VersionedStore(files, { maxChunkBytes: 1024 });
      const value = { rows: Array.from({ length: 400 }, (_, i) => `${i}:${(i * 7919) % 1000}`) };
      const info = await store.write('bh:s:A:default:sync', value);
      expect(info.chunkCount).toBeGreaterThan(1);
      expect(await files.listKeys('bh:s:A:default:sync')).toHaveLength(info.chunkCount + 1);
      expect(await store.read('bh:s:A:default:sync')).toEqual(value);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
