/**
 * The storage seam: a plain key-value store. Forge KVS in Jira, files or memory locally.
 * Values are JSON-compatible data. Keys follow Forge's rules (see keys.ts).
 */
export interface KeyValueStore {
  /** The stored value, or undefined when the key is not there. */
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown): Promise<void>;
  /**
   * Stores value and returns the value it replaced (undefined when there was none), in one step:
   * of calls made at the same time on one key, each gets back a different value, so every value
   * ever stored is handed back to exactly one caller, unless it is still the current one. This is
   * what lets writers that race find out what they replaced (src/storage/claims.ts,
   * versioned-store.ts, the snapshot index in project-stores.ts).
   */
  getAndSet(key: string, value: unknown): Promise<unknown | undefined>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Every stored key that starts with prefix, in ascending order. */
  listKeys(prefix: string): Promise<string[]>;
}
