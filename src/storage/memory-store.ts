/** A KeyValueStore held in memory (tests, CLI). Values are copied in and out, as a real store would. */
import type { KeyValueStore } from './key-value-store';

export class MemoryStore implements KeyValueStore {
  private readonly values = new Map<string, string>();

  async get(key: string): Promise<unknown | undefined> {
    const text = this.values.get(key);
    return text === undefined ? undefined : JSON.parse(text);
  }

  async set(key: string, value: unknown): Promise<void> {
    if (value === undefined) throw new Error(`Cannot store undefined under "${key}".`);
    this.values.set(key, JSON.stringify(value));
  }

  async setIfAbsent(key: string, value: unknown): Promise<boolean> {
    if (value === undefined) throw new Error(`Cannot store undefined under "${key}".`);
    // Checked and stored with no await in between: no other call can come between the two.
    if (this.values.has(key)) return false;
    this.values.set(key, JSON.stringify(value));
    return true;
  }

  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }

  async listKeys(prefix: string): Promise<string[]> {
    return [...this.values.keys()].filter((key) => key.startsWith(prefix)).sort();
  }

  /** Number of stored keys (for tests and diagnostics). */
  get size(): number {
    return this.values.size;
  }
}
