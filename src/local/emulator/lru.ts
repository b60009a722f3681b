/** A tiny least-recently-used cache, so paging through one query does not redo its work per page. */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly size = 8) {}

  get(key: string, compute: () => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}
