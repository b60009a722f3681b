/**
 * A KeyValueStore that counts what is read from it, for the benchmark's page figures (page-open.ts,
 * portfolio-open.ts): reads are `get`, `getAndSet` and `listKeys` (a query, in Forge's storage);
 * bytes are the JSON text of each value read. Each read can be made to take `latencyMs`, since
 * Forge's storage is a network call too.
 */
import { MemoryStore, type KeyValueStore } from '../../storage';

export interface StoreReads {
  reads: number;
  bytes: number;
}

export class CountingStore implements KeyValueStore {
  /** Reads and their bytes since the store was made or last told to start afresh. */
  reads = 0;
  bytes = 0;
  latencyMs = 0;

  constructor(private readonly inner: KeyValueStore = new MemoryStore()) {}

  /** What was read since the last time, and start counting afresh. */
  takeReads(): StoreReads {
    const counted = { reads: this.reads, bytes: this.bytes };
    this.reads = 0;
    this.bytes = 0;
    return counted;
  }

  private async count<T>(read: () => Promise<T>): Promise<T> {
    this.reads += 1;
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const value = await read();
    this.bytes += value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value));
    return value;
  }

  get(key: string): Promise<unknown | undefined> {
    return this.count(() => this.inner.get(key));
  }

  getAndSet(key: string, value: unknown): Promise<unknown | undefined> {
    return this.count(() => this.inner.getAndSet(key, value));
  }

  listKeys(prefix: string): Promise<string[]> {
    return this.count(() => this.inner.listKeys(prefix));
  }

  set(key: string, value: unknown): Promise<void> {
    return this.inner.set(key, value);
  }

  delete(key: string): Promise<void> {
    return this.inner.delete(key);
  }
}
