/**
 * A KeyValueStore over a MemoryStore that a test can watch or make fail: every write (set or
 * getAndSet, which is also a write), delete and listing passes a hook first; a hook that throws
 * makes that call fail before it reaches the memory.
 */
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { MemoryStore } from '../../src/storage/memory-store';

export class WatchedMemoryStore implements KeyValueStore {
  constructor(readonly memory = new MemoryStore()) {}

  /** Before each set or getAndSet: throw to make it fail. */
  protected beforeWrite(_key: string): void {}
  /** Before each delete: throw to make it fail. */
  protected beforeDelete(_key: string): void {}
  /** Before each listing. */
  protected beforeList(_prefix: string): void {}

  get(key: string) {
    return this.memory.get(key);
  }

  async set(key: string, value: unknown) {
    this.beforeWrite(key);
    return this.memory.set(key, value);
  }

  async getAndSet(key: string, value: unknown) {
    this.beforeWrite(key);
    return this.memory.getAndSet(key, value);
  }

  async delete(key: string) {
    this.beforeDelete(key);
    return this.memory.delete(key);
  }

  async listKeys(prefix: string) {
    this.beforeList(prefix);
    return this.memory.listKeys(prefix);
  }
}
