/** The portfolio index: pages of 50 projects, each one stored value under Forge's limit, changed under a lock. */
import { MemoryStore } from '../../src/storage/memory-store';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { PORTFOLIO_PAGE_SIZE, PortfolioIndex } from '../../src/storage/portfolio-index';
import { KVS_VALUE_LIMIT_BYTES, MAX_ENTRY_BYTES, boundedEntry } from '../../src/storage/portfolio-bounds';
import type { StoredPortfolioEntry, StoredSummary } from '../../src/storage/records';
import { SIGNAL_DECLARATIONS } from '../../src/signals/declarations';
import { TRACKED_FIGURES } from '../../src/report/history';

const SITE = 'cloud-1';

function summary(projectKey: string, score: number): StoredSummary {
  return {
    projectKey, projectName: `Project ${projectKey}`, computedAt: '2026-11-22T03:00:00.000Z', score, trafficLight: 'green', notAssessed: [],
    reliabilityTrend: [0.5, 0.75], readyRunwaySprints: 1.5, top10Overlap: 0.8, technicalInterleaving: 0.4, topSignals: [], signalCount: 0,
  };
}

/** A store whose reads and writes each wait a tick, so writers that do not lock would overwrite each other. */
class SlowStore implements KeyValueStore {
  readonly inner = new MemoryStore();
  gets: string[] = [];
  private tick = () => new Promise((resolve) => setTimeout(resolve, 1));
  async get(key: string) { this.gets.push(key); await this.tick(); return this.inner.get(key); }
  async set(key: string, value: unknown) { await this.tick(); return this.inner.set(key, value); }
  async getAndSet(key: string, value: unknown) { await this.tick(); return this.inner.getAndSet(key, value); }
  async delete(key: string) { await this.tick(); return this.inner.delete(key); }
  listKeys(prefix: string) { return this.inner.listKeys(prefix); }
}

describe('PortfolioIndex', () => {
  it('puts 50 projects on a page and starts the next page after them; page 0 says how many pages there are', async () => {
    const store = new MemoryStore();
    const index = new PortfolioIndex(store, SITE);
    const keys = Array.from({ length: 120 }, (_, i) => `P${i}`);
    await index.apply(keys.map((projectKey) => ({ projectKey, refreshedNightly: true })));
    const pages = await Promise.all([0, 1, 2, 3].map((page) => index.readPage(page)));
    expect(pages.map((page) => page.entries.length)).toEqual([50, 50, 20, 0]);
    expect(pages[1].entries[0].projectKey).toBe('P50');
    expect(pages[0].pageCount).toBe(3);
    expect(PORTFOLIO_PAGE_SIZE).toBe(50);
    // One more project: on the last page, which has room; a known one stays where it is.
    await index.apply([{ projectKey: 'Q1', refreshedNightly: false }, { projectKey: 'P3', summary: summary('P3', 70) }]);
    expect((await index.readPage(2)).entries.map((e) => e.projectKey).slice(-1)).toEqual(['Q1']);
    expect((await index.readPage(0)).entries.find((e) => e.projectKey === 'P3')).toEqual({ projectKey: 'P3', refreshedNightly: true, summary: summary('P3', 70) });
    expect(await store.listKeys('bh:cloud-1:-portfolio:lock')).toEqual([]); // every lock released
  });

  it('changes only the fields given, and reads an absent or damaged page as empty', async () => {
    const store = new MemoryStore();
    const index = new PortfolioIndex(store, SITE);
    const done = { state: 'done' as const, progress: 1, message: 'Up to date.', startedAt: '2026-11-22T03:00:00.000Z', finishedAt: '2026-11-22T03:01:00.000Z' };
    await index.apply([{ projectKey: 'ABC', summary: summary('ABC', 40) }]);
    await index.apply([{ projectKey: 'ABC', progress: done }]);
    await index.apply([{ projectKey: 'ABC', refreshedNightly: false }]);
    expect((await index.readPage(0)).entries).toEqual([{ projectKey: 'ABC', summary: summary('ABC', 40), progress: done, refreshedNightly: false }]);
    expect(await index.readPage(7)).toEqual({ entries: [], damaged: [] });
    await store.set('bh:cloud-1:-portfolio:page:0', { entries: [{ projectKey: 'ABC' }, 'nonsense', null, { projectKey: 'DEF', refreshedNightly: 'yes' }], pageCount: 1 });
    // Entries that do not fit are set apart, by key where one can be read.
    expect(await index.readPage(0)).toEqual({ entries: [{ projectKey: 'ABC' }], damaged: ['DEF'], pageCount: 1 });
    await store.set('bh:cloud-1:-portfolio:page:0', { entries: 'none' });
    expect(await index.readPage(0)).toEqual({ entries: [], damaged: [] });
  });

  it('loses no change when many writers change the same page at once', async () => {
    const store = new SlowStore();
    const index = new PortfolioIndex(store, SITE);
    await index.apply(Array.from({ length: 30 }, (_, i) => ({ projectKey: `P${i}`, refreshedNightly: true })));
    // Thirty refreshes ending at once, each changing its own entry on the same page.
    await Promise.all(Array.from({ length: 30 }, (_, i) => index.apply([{ projectKey: `P${i}`, summary: summary(`P${i}`, i) }])));
    const entries = (await index.readPage(0)).entries;
    expect(entries.map((e) => e.summary?.score).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it('reads one stored record for a page', async () => {
    const store = new SlowStore();
    const index = new PortfolioIndex(store, SITE);
    await index.apply(Array.from({ length: 60 }, (_, i) => ({ projectKey: `P${i}`, summary: summary(`P${i}`, i) })));
    store.gets = [];
    expect((await index.readPage(1)).entries).toHaveLength(10);
    expect(store.gets).toEqual(['bh:cloud-1:-portfolio:page:1']);
  });

  it('seeds once: adds the projects it lacks whole, and only the nightly mark of those a refresh indexed since', async () => {
    const index = new PortfolioIndex(new MemoryStore(), SITE);
    await index.apply([{ projectKey: 'ABC', summary: summary('ABC', 90) }]);
    await index.seed([
      { projectKey: 'ABC', summary: summary('ABC', 10), refreshedNightly: false },
      { projectKey: 'DEF', summary: summary('DEF', 50), refreshedNightly: true },
    ]);
    const page = await index.readPage(0);
    expect(page.seeded).toBe(true);
    expect(page.entries).toEqual([
      { projectKey: 'ABC', summary: summary('ABC', 90), refreshedNightly: false },
      { projectKey: 'DEF', summary: summary('DEF', 50), refreshedNightly: true },
    ]);
  });
});

describe('the bounds of an entry', () => {
  /**
   * The largest entry the app can store: every text from Jira or a failure far longer than it could
   * be, every list long; the lists of the app's own names hold as many as a report can give: every
   * signal raised, cleared or switched off (a signal is at most one of them), every signal with
   * thresholds of its own, every figure moved.
   */
  const signalNames = SIGNAL_DECLARATIONS.map((signal) => signal.name);
  const figureNames = TRACKED_FIGURES.map((figure) => figure.name);
  function hugeEntry(i: number): StoredPortfolioEntry {
    // Three bytes each in UTF-8 (the most a UTF-16 unit takes), and control characters (six bytes each, escaped).
    const long = (n: number) => '界\u0001'.repeat(Math.ceil(n / 2));
    return {
      projectKey: `K${i}${'K'.repeat(300)}`,
      refreshedNightly: null,
      summary: {
        projectKey: long(300), projectName: long(5000), computedAt: long(100), score: 0.123456789012345, trafficLight: 'amber',
        notAssessed: ['backlog', 'sprints', 'roles', 'backlog', 'roles'] as StoredSummary['notAssessed'],
        reliabilityTrend: Array.from({ length: 500 }, () => 0.1234567890123456), readyRunwaySprints: 12345.12345678901,
        top10Overlap: 0.1234567890123456, technicalInterleaving: 0.1234567890123456, signalCount: 17,
        throughputPerWeek: 12345.12345678901, nearTermDoneBy85: long(100),
        provisional: true, pointsLost: 999, scoreTerms: Array.from({ length: 50 }, () => ({ points: 25, count: 17 })), scoreTrend: Array.from({ length: 500 }, () => 0.1234567890123456),
        changes: { since: long(100), raised: signalNames.slice(0, 6), cleared: signalNames.slice(6, 12), moved: figureNames },
        ownThresholds: signalNames, switchedOff: signalNames.slice(12),
        topSignals: Array.from({ length: 10 }, () => ({ id: long(500), severity: 'critical' as const, title: long(5000) })),
      },
      progress: { state: 'failed', progress: 0.1234567890123456, message: long(50_000), startedAt: long(100), finishedAt: long(100) },
    };
  }

  it(`keeps any entry within ${MAX_ENTRY_BYTES} bytes, so a full page stays under the 240 KiB Forge stores`, () => {
    const bounded = boundedEntry(hugeEntry(1));
    const bytes = Buffer.byteLength(JSON.stringify(bounded), 'utf8');
    expect(bytes).toBeLessThanOrEqual(MAX_ENTRY_BYTES);
    expect(bounded.summary?.reliabilityTrend).toHaveLength(12);
    expect(bounded.summary?.scoreTrend).toHaveLength(10);
    expect(bounded.summary?.scoreTerms).toHaveLength(5);
    // Every real name is kept whole.
    expect(bounded.summary?.ownThresholds).toEqual(signalNames);
    expect(bounded.summary?.changes?.moved).toEqual(figureNames);
    expect(boundedEntry({ projectKey: 'A', summary: { ...hugeEntry(1).summary!, ownThresholds: [...signalNames, ...signalNames] } }).summary?.ownThresholds).toHaveLength(20);
    expect(bounded.summary?.topSignals).toHaveLength(3);
    expect(bounded.summary?.projectName).toHaveLength(120);
    expect(bounded.summary?.nearTermDoneBy85).toHaveLength(30);
    expect(bounded.progress?.message).toHaveLength(240);
    expect(bounded.progress?.message?.slice(0, 4)).toBe('界 界 ');
    const page = { entries: Array.from({ length: PORTFOLIO_PAGE_SIZE }, (_, i) => boundedEntry(hugeEntry(i))), pageCount: 9999, seeded: true };
    expect(Buffer.byteLength(JSON.stringify(page), 'utf8')).toBeLessThan(KVS_VALUE_LIMIT_BYTES);
    expect(KVS_VALUE_LIMIT_BYTES).toBe(240 * 1024);
  });

  it('stores a full page of the largest entries', async () => {
    const store = new MemoryStore();
    const index = new PortfolioIndex(store, SITE);
    await index.apply(Array.from({ length: PORTFOLIO_PAGE_SIZE }, (_, i) => hugeEntry(i)));
    const stored = await store.get('bh:cloud-1:-portfolio:page:0');
    expect(Buffer.byteLength(JSON.stringify(stored), 'utf8')).toBeLessThan(KVS_VALUE_LIMIT_BYTES);
    expect((await index.readPage(0)).entries).toHaveLength(PORTFOLIO_PAGE_SIZE);
  });
});
