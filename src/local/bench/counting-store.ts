/**
 * A KeyValueStore that counts what is read from it: the page-open figures (page-open.ts) say how
 * much storage opening a page reads. Reads are `get`, `getAndSet` and `listKeys` (a query, in
 * Forge's storage); bytes are the JSON text of each value read.
 */
import type { KeyValueStore } from '../../storage';

export interface StoreReads {
  reads: number;
  bytes: number;
}

export class CountingStore implements KeyValueStore {
  private counted: StoreReads = { reads: 0, bytes: 0 };

  constructor(private readonly inner: KeyValueStore) {}

  /** What was read since the last reset, and start counting afresh. */
  takeReads(): StoreReads {
    const reads = this.counted;
    this.counted = { reads: 0, bytes: 0 };
    return reads;
  }

  private count<T>(value: T): T {
    this.counted.reads += 1;
    this.counted.bytes += value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value));
    return value;
  }

  async get(key: string): Promise<unknown | undefined> {
    return this.count(await this.inner.get(key));
  }

  async getAndSet(key: string, value: unknown): Promise<unknown | undefined> {
    return this.count(await this.inner.getAndSet(key, value));
  }

  async listKeys(prefix: string): Promise<string[]> {
    return this.count(await this.inner.listKeys(prefix));
  }

  set(key: string, value: unknown): Promise<void> {
    return this.inner.set(key, value);
  }

  delete(key: string): Promise<void> {
    return this.inner.delete(key);
  }
}
