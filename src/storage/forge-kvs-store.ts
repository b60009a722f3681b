/**
 * A KeyValueStore on Forge's key-value storage (@forge/kvs). Needs the storage:app scope.
 * Listing pages through kvs.query() with a cursor; cursors are used at once, never persisted.
 *
 * Cost of listKeys: @forge/kvs (1.6.5) has no keys-only query. Its query request takes only
 * `where`, `limit`, `after` and metadata fields, and every result carries its value, so listing a
 * prefix downloads every value under it, 20 at a time. Forge counts reads in 10 KB units (a
 * 200 KB chunk is 20 of 4000 a minute per installation). So the callers list rarely:
 * - a versioned write deletes the previous version's chunks by name, and lists `<key>#` to sweep
 *   chunks of abandoned writes at most once a week per key (versioned-store.ts);
 * - the days with a backlog snapshot come from a small index record, not from a listing
 *   (project-stores.ts; boards stored before the index are listed once);
 * - whether projects are refreshed nightly is read project by project (one small read each), not
 *   by listing the site's records.
 *
 * getAndSet is kvs.set with `keyPolicy: 'OVERRIDE'` and `returnValue: 'PREVIOUS'`: one request in
 * which storage replaces the value and answers with the one it replaced. (A KVS transaction writes
 * several keys all or nothing, but on plain keys it checks no condition, so it cannot tell a writer
 * what another one wrote meanwhile.)
 */
import { kvs, WhereConditions } from '@forge/kvs';
import type { KeyValueStore } from './key-value-store';

/** The slice of @forge/kvs this store uses (a fake can stand in for it in tests). */
export type KvsLike = Pick<typeof kvs, 'get' | 'set' | 'delete' | 'query'>;

/** Keys per query page. One documented version of the API caps a page at 20. */
const QUERY_PAGE_SIZE = 20;
/** Waits before each retry of a rate-limited call (Forge answers 429 past its per-minute quotas). */
const RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 8000];

export interface ForgeKvsStoreOptions {
  /** Waits ms milliseconds (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
}

/** Whether storage refused the call for going too fast (HTTP 429 / RATE_LIMIT_EXCEEDED). */
export function isRateLimited(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; responseDetails?: { status?: unknown } };
  return e.code === 'RATE_LIMIT_EXCEEDED' || e.responseDetails?.status === 429;
}

export class ForgeKvsStore implements KeyValueStore {
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly client: KvsLike = kvs, options: ForgeKvsStoreOptions = {}) {
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Runs a storage call, retrying with growing pauses while storage says we go too fast. */
  private async politely<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await call();
      } catch (err) {
        if (!isRateLimited(err) || attempt >= RETRY_DELAYS_MS.length) throw err;
        await this.sleep(RETRY_DELAYS_MS[attempt]);
      }
    }
  }

  async get(key: string): Promise<unknown | undefined> {
    return this.politely(() => this.client.get<unknown>(key));
  }

  async set(key: string, value: unknown): Promise<void> {
    if (value === undefined) throw new Error(`Cannot store undefined under "${key}".`);
    await this.politely(() => this.client.set(key, value));
  }

  async getAndSet(key: string, value: unknown): Promise<unknown | undefined> {
    if (value === undefined) throw new Error(`Cannot store undefined under "${key}".`);
    // A 429 means storage did nothing, so asking again cannot replace the value twice.
    const result = await this.politely(() => this.client.set<unknown>(key, value, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' }));
    return result?.value;
  }

  async delete(key: string): Promise<void> {
    await this.politely(() => this.client.delete(key));
  }

  async listKeys(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let cursor: string | undefined;
    const seenCursors = new Set<string>();
    do {
      let query = this.client.query().where('key', WhereConditions.beginsWith(prefix)).limit(QUERY_PAGE_SIZE);
      if (cursor) query = query.cursor(cursor);
      const page = await this.politely(() => query.getMany<unknown>());
      for (const result of page.results) keys.push(result.key);
      cursor = page.nextCursor;
      // A cursor seen before would loop forever: stop rather than spin.
      if (cursor && seenCursors.has(cursor)) break;
      if (cursor) seenCursors.add(cursor);
    } while (cursor);
    return keys.sort();
  }
}
