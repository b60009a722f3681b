/**
 * The storage seam: a plain key-value store. Forge KVS in Jira, files or memory locally.
 * Values are JSON-compatible data. Keys follow Forge's rules (see keys.ts).
 */
export interface KeyValueStore {
  /** The stored value, or undefined when the key is not there. */
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown): Promise<void>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Every stored key that starts with prefix, in ascending order. */
  listKeys(prefix: string): Promise<string[]>;
}
