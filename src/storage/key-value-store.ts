/**
 * The storage seam: a plain key-value store. Forge KVS in Jira, files or memory locally.
 * Values are JSON-compatible data. Keys follow Forge's rules (see keys.ts).
 */
export interface KeyValueStore {
  /** The stored value, or undefined when the key is not there. */
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown): Promise<void>;
  /**
   * Stores value only when key holds nothing, in one step no other writer can split: true when it
   * stored it, false when the key was already there (used for locks, src/storage/lock.ts).
   */
  setIfAbsent(key: string, value: unknown): Promise<boolean>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Every stored key that starts with prefix, in ascending order. */
  listKeys(prefix: string): Promise<string[]>;
}
