/**
 * A KeyValueStore on Forge's key-value storage (@forge/kvs). Needs the storage:app scope.
 * Listing pages through kvs.query() with a cursor; cursors are used at once, never persisted.
 */
import { kvs, WhereConditions } from '@forge/kvs';
import type { KeyValueStore } from './key-value-store';

/** The slice of @forge/kvs this store uses (a fake can stand in for it in tests). */
export type KvsLike = Pick<typeof kvs, 'get' | 'set' | 'delete' | 'query'>;

/** Keys per query page. One documented version of the API caps a page at 20. */
const QUERY_PAGE_SIZE = 20;

export class ForgeKvsStore implements KeyValueStore {
  constructor(private readonly client: KvsLike = kvs) {}

  async get(key: string): Promise<unknown | undefined> {
    return this.client.get<unknown>(key);
  }

  async set(key: string, value: unknown): Promise<void> {
    if (value === undefined) throw new Error(`Cannot store undefined under "${key}".`);
    await this.client.set(key, value);
  }

  async delete(key: string): Promise<void> {
    await this.client.delete(key);
  }

  async listKeys(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let cursor: string | undefined;
    const seenCursors = new Set<string>();
    do {
      let query = this.client.query().where('key', WhereConditions.beginsWith(prefix)).limit(QUERY_PAGE_SIZE);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany<unknown>();
      for (const result of page.results) keys.push(result.key);
      cursor = page.nextCursor;
      // A cursor seen before would loop forever: stop rather than spin.
      if (cursor && seenCursors.has(cursor)) break;
      if (cursor) seenCursors.add(cursor);
    } while (cursor);
    return keys.sort();
  }
}
