/**
 * The portfolio index: what the portfolio page lists of every project (its summary, whether it is
 * refreshed nightly, its latest refresh), kept in pages of at most PORTFOLIO_PAGE_SIZE projects, so
 * that the page reads one storage record per page of rows instead of three per project. Each page
 * is one plain record under Forge's 240 KiB value limit (entries are bounded, portfolio-bounds.ts), written
 * whole, so a reader never needs a lock. Writers change a page under its lock (lock.ts), since the
 * refresh consumers of many projects finish at once. A small directory, read by writers only, says
 * which page holds each project; a new project goes to the last page with room, or a new page.
 *
 * The projects' own records stay the source of every value (project-stores.ts copies each write
 * here); the index is filled from them once (`seed`), for sites whose records predate it.
 */
import type { KeyValueStore } from './key-value-store';
import { jsonByteLength } from './chunking';
import { portfolioKey } from './keys';
import { withLock, type LockOptions } from './lock';
import { recordCheck } from './record-check';
import { KVS_VALUE_LIMIT_BYTES, MAX_DIRECTORY_BYTES, boundedEntry } from './portfolio-bounds';
import {
  StoredPortfolioDirectorySchema, StoredPortfolioEntrySchema, StoredPortfolioPageSchema,
  type StoredPortfolioDirectory, type StoredPortfolioEntry, type StoredPortfolioPage, type StoredProgress,
} from './records';

/** Projects per page: also the most project keys one Jira project search may name. */
export const PORTFOLIO_PAGE_SIZE = 50;
/** What changes in a project's entry; fields left out keep their value. */
export type PortfolioChange = Pick<StoredPortfolioEntry, 'projectKey'> & Partial<Omit<StoredPortfolioEntry, 'projectKey'>>;

/** A refresh's progress to store for a project's board; `refreshedNightly` also marks its portfolio entry. */
export interface ProgressWrite {
  projectKey: string;
  boardId: number | null;
  status: StoredProgress;
  refreshedNightly?: boolean | null;
}

/** What progress records change in the index: the default board's, but the steps of a running refresh. */
export function progressChanges(writes: readonly ProgressWrite[]): PortfolioChange[] {
  return writes
    .filter((w) => w.boardId === null && (w.status.state !== 'running' || w.refreshedNightly !== undefined))
    .map(({ projectKey, status, refreshedNightly }) => ({
      projectKey,
      ...(status.state === 'running' ? {} : { progress: status }),
      ...(refreshedNightly === undefined ? {} : { refreshedNightly }),
    }));
}

const checks = {
  page: recordCheck(StoredPortfolioPageSchema),
  entry: recordCheck(StoredPortfolioEntrySchema),
  directory: recordCheck(StoredPortfolioDirectorySchema),
};

/** A page as read: its entries that fit their schema, and the keys of those that do not (where a key can be read). */
export type ReadPortfolioPage = StoredPortfolioPage & { damaged: string[] };

/** A stored page as read: an absent or damaged page reads as empty, and an entry that does not fit its schema is set apart. */
function readablePage(value: unknown): ReadPortfolioPage {
  const page = checks.page(value);
  if (!page.ok) return { entries: [], damaged: [] };
  const entries: StoredPortfolioEntry[] = [];
  const damaged: string[] = [];
  for (const entry of page.value.entries) {
    const result = checks.entry(entry);
    if (result.ok) entries.push(result.value);
    else {
      const key = (entry as { projectKey?: unknown } | null)?.projectKey;
      if (typeof key === 'string') damaged.push(key);
    }
  }
  return { ...page.value, entries, damaged };
}

export class PortfolioIndex {
  constructor(private readonly store: KeyValueStore, private readonly site: string, private readonly lockOptions: LockOptions = {}) {}

  private pageKey(page: number): string {
    return portfolioKey(this.site, `page:${page}`);
  }

  /** One page as stored: one storage read. An absent page reads as empty. */
  async readPage(page: number): Promise<ReadPortfolioPage> {
    return readablePage(await this.store.get(this.pageKey(page)));
  }

  /**
   * Copies changes of the projects' own records into the index (ProjectStores calls it after each
   * such write): the record is written already, so a failure here is logged, not thrown; that
   * project's row shows its last copied figures until its next write.
   */
  async copy(changes: readonly PortfolioChange[]): Promise<void> {
    try {
      await this.apply(changes);
    } catch (err) {
      const keys = changes.length > 3 ? `${changes.length} projects` : changes.map((c) => c.projectKey).join(', ');
      console.error(`The portfolio index was not updated for ${keys}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Applies each change to its project's entry, adding the projects not indexed yet. */
  async apply(changes: readonly PortfolioChange[]): Promise<void> {
    if (changes.length === 0) return;
    const merged = new Map<string, PortfolioChange>();
    for (const change of changes) merged.set(change.projectKey, { ...merged.get(change.projectKey), ...change });
    let directory = await this.readDirectory();
    const unplaced = [...merged.keys()].filter((key) => directory.pageOf[key] === undefined);
    if (unplaced.length > 0) directory = await this.place(unplaced);
    const byPage = new Map<number, PortfolioChange[]>();
    for (const change of merged.values()) {
      const page = directory.pageOf[change.projectKey];
      if (page === undefined) continue; // the directory is full: the project is not indexed
      byPage.set(page, [...(byPage.get(page) ?? []), change]);
    }
    if (!byPage.has(0) && unplaced.length > 0) byPage.set(0, []); // page 0 carries the page count
    for (const [page, pageChanges] of byPage) {
      await this.changePage(page, (current) => {
        const entries = new Map(current.entries.map((entry) => [entry.projectKey, entry]));
        for (const change of pageChanges) entries.set(change.projectKey, boundedEntry({ ...entries.get(change.projectKey), ...change }));
        const next: StoredPortfolioPage = { ...current, entries: [...entries.values()] };
        if (page === 0) next.pageCount = Math.max(current.pageCount ?? 1, directory.pageSizes.length);
        return next;
      });
    }
  }

  /**
   * Fills the index from the projects' own records, once (page 0 is then marked seeded): projects
   * not indexed yet are added whole; those indexed already (by a refresh since) keep their newer
   * summary and progress, and take whether they are refreshed nightly, which only a settings save
   * copies.
   */
  async seed(entries: readonly StoredPortfolioEntry[]): Promise<void> {
    const directory = await this.readDirectory();
    await this.apply(
      entries.map((entry) => (directory.pageOf[entry.projectKey] === undefined ? entry : { projectKey: entry.projectKey, refreshedNightly: entry.refreshedNightly })),
    );
    await this.changePage(0, (current) => ({ ...current, seeded: true }));
  }

  /** The directory as stored; a damaged one is made again from the pages (their entries say where each project is). */
  private async readDirectory(): Promise<StoredPortfolioDirectory> {
    const stored = await this.store.get(portfolioKey(this.site, 'directory'));
    if (stored === undefined) return { pageOf: {}, pageSizes: [] };
    const result = checks.directory(stored);
    if (result.ok) return result.value;
    const first = await this.readPage(0);
    const pages = [first, ...(await Promise.all(Array.from({ length: (first.pageCount ?? 1) - 1 }, (_, i) => this.readPage(i + 1))))];
    const directory: StoredPortfolioDirectory = { pageOf: {}, pageSizes: pages.map((page) => page.entries.length) };
    pages.forEach((page, n) => page.entries.forEach((entry) => (directory.pageOf[entry.projectKey] = n)));
    return directory;
  }

  /** Read, change and write one page under its lock. */
  private async changePage(page: number, change: (current: StoredPortfolioPage) => StoredPortfolioPage): Promise<void> {
    const key = this.pageKey(page);
    await withLock(this.store, portfolioKey(this.site, `lock:page:${page}`), async () => {
      const { damaged: _damaged, ...current } = readablePage(await this.store.get(key));
      const next = change(current);
      const bytes = jsonByteLength(next);
      if (bytes > KVS_VALUE_LIMIT_BYTES) throw new Error(`Page ${page} of the portfolio index would take ${bytes} bytes, over the ${KVS_VALUE_LIMIT_BYTES} bytes storage accepts.`);
      await this.store.set(key, next);
    }, this.lockOptions);
  }

  /** Gives each project a page in the directory: the last page while it has room, then a new one. */
  private async place(projectKeys: string[]): Promise<StoredPortfolioDirectory> {
    const key = portfolioKey(this.site, 'directory');
    return withLock(this.store, portfolioKey(this.site, 'lock:directory'), async () => {
      const directory = await this.readDirectory();
      for (const projectKey of projectKeys) {
        if (directory.pageOf[projectKey] !== undefined) continue;
        let last = directory.pageSizes.length - 1;
        if (last < 0 || directory.pageSizes[last] >= PORTFOLIO_PAGE_SIZE) {
          directory.pageSizes.push(0);
          last += 1;
        }
        directory.pageOf[projectKey] = last;
        directory.pageSizes[last] += 1;
        if (jsonByteLength(directory) > MAX_DIRECTORY_BYTES) {
          delete directory.pageOf[projectKey];
          directory.pageSizes[last] -= 1;
          if (directory.pageSizes[last] === 0) directory.pageSizes.pop();
          console.error(`The portfolio index is full: ${projectKey} and later projects are not listed on the portfolio page.`);
          break;
        }
      }
      await this.store.set(key, directory);
      return directory;
    }, this.lockOptions);
  }
}
