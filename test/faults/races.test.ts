/**
 * Attack: things done at the same moment. Three refresh requests at once queued two events;
 * concurrent writes of one versioned value left 44 of 66 chunk keys behind; two refreshes storing
 * different days lost one day from the snapshot index; three settings saves at once all got
 * version 1, the last silently winning. Now storage's getAndSet tells every writer what it replaced
 * (src/storage/claims.ts, versioned-store.ts, snapshots.ts), on the memory and the file store alike.
 */
import { createHash } from 'node:crypto';
import { createApp } from '../../src/forge/app';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { FileStore } from '../../src/storage/file-store';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { MemoryStore } from '../../src/storage/memory-store';
import { ProjectStores } from '../../src/storage/project-stores';
import { ctx, makeDeps } from '../forge/fakes';
import { temporaryFolder } from '../storage/temporary-folder';

jest.mock('../../src/engine/compute', () => ({ computeProjectReport: jest.fn() }));

const NOW = new Date('2026-11-22T03:00:00.000Z');
const STORES: [string, () => KeyValueStore][] = [
  ['memory', () => new MemoryStore()],
  ['file', () => new FileStore(temporaryFolder('bh-races-'))],
];

/** A value of ~13 KiB of hashes, which do not compress, so it takes several 2 KiB chunks. */
function bulky(tag: string): string[] {
  return Array.from({ length: 200 }, (_, i) => createHash('sha256').update(`${tag}:${i}`).digest('hex'));
}

describe.each(STORES)('on the %s store', (_name, makeStore) => {
  it('three refresh requests at once queue one refresh, and all three say it is queued', async () => {
    const { deps, pushes } = makeDeps(NOW);
    deps.store = makeStore();
    const app = createApp(deps);
    const answers = await Promise.all([1, 2, 3].map(() => app.resolvers.refresh({}, ctx('acc-viewer'))));
    expect(pushes.flat()).toEqual([{ projectKey: 'ABC', boardId: null, reason: 'manual', snapshot: true, requestedAt: NOW.toISOString() }]);
    expect(answers.map((a) => ('refresh' in a ? a.refresh.state : a.error.code))).toEqual(['queued', 'queued', 'queued']);
  });

  it('twelve writers of one versioned value at once leave its pointer and its chunks, and nothing else', async () => {
    const store = makeStore();
    const stores = new ProjectStores(store, 's', { maxChunkBytes: 2048 });
    const key = 'bh:s:ABC:1:sync-test';
    await stores.versioned.write(key, bulky('first'));
    await Promise.all(Array.from({ length: 12 }, (_, n) => stores.versioned.write(key, bulky(`writer ${n}`))));
    const current = (await stores.versioned.info(key))!;
    expect(current.chunkCount).toBeGreaterThan(3);
    const left = await store.listKeys(key);
    expect(left.filter((k) => k !== key && !k.includes(`#${current.version}#`))).toEqual([]);
    expect(left).toHaveLength(current.chunkCount + 1);
  });

  it('two refreshes storing snapshots of different days at once both stay in the index', async () => {
    const stores = new ProjectStores(makeStore(), 's');
    await stores.appendSnapshot('ABC', 7, { boardId: 7, takenAt: '2026-11-20T02:00:00.000Z', keys: ['ABC-1'] });
    await Promise.all([
      stores.appendSnapshot('ABC', 7, { boardId: 7, takenAt: '2026-11-21T02:00:00.000Z', keys: ['ABC-2'] }),
      stores.appendSnapshot('ABC', 7, { boardId: 7, takenAt: '2026-11-22T02:00:00.000Z', keys: ['ABC-3'] }),
    ]);
    expect(await stores.snapshotDays('ABC', 7)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
    expect((await stores.readSnapshots('ABC', 7)).map((s) => s.keys[0])).toEqual(['ABC-1', 'ABC-2', 'ABC-3']);
  });

  it('three settings saves at once from the same loaded version: one is stored, the two others are refused and say why', async () => {
    const { deps } = makeDeps(NOW);
    deps.store = makeStore();
    const app = createApp(deps);
    const saves = [30, 60, 90].map((staleDays) => app.resolvers.saveSettings({ settings: { ...DEFAULT_SETTINGS, staleDays }, version: null }, ctx('acc-admin')));
    const answers = await Promise.all(saves);
    const stored = answers.filter((a) => !('error' in a));
    expect(stored).toHaveLength(1);
    expect(answers.filter((a) => 'error' in a)).toEqual([
      { error: { code: 'settings-changed', message: 'These settings were changed by someone else while you were editing them, so yours were not saved. Reload the settings to see the changes, then make yours again.' } },
      { error: { code: 'settings-changed', message: expect.stringContaining('changed by someone else') } },
    ]);
    const kept = await new ProjectStores(deps.store, 'cloud-1').readSettings('ABC');
    expect(kept).toEqual({ version: 1, savedAt: NOW.toISOString(), savedBy: 'acc-admin', settings: (stored[0] as { settings: unknown }).settings });
  });
});

describe('a settings save names the version it was made from', () => {
  it('a save made from version 1 after version 2 was stored is refused, and nothing changes', async () => {
    const { deps } = makeDeps(NOW);
    const app = createApp(deps);
    expect(await app.resolvers.saveSettings({ settings: { ...DEFAULT_SETTINGS, staleDays: 30 }, version: null }, ctx('acc-admin'))).toMatchObject({ version: 1 });
    expect(await app.resolvers.saveSettings({ settings: { ...DEFAULT_SETTINGS, staleDays: 60 }, version: 1 }, ctx('acc-admin'))).toMatchObject({ version: 2 });
    const stale = await app.resolvers.saveSettings({ settings: { ...DEFAULT_SETTINGS, staleDays: 90 }, version: 1 }, ctx('acc-admin'));
    expect(stale).toMatchObject({ error: { code: 'settings-changed' } });
    expect(await app.resolvers.getSettings({}, ctx('acc-admin'))).toMatchObject({ version: 2, settings: { staleDays: 60 } });
  });
});
