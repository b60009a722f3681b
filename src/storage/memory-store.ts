/** A KeyValueStore held in memory (tests, CLI). Values are copied in and out, as a real store would. */
import type { KeyValueStore } from './key-value-store';

function encode(key: string, value: unknown): string {
  if (value === undefined) throw new Error(`Cannot store undefined under "${key}".`);
  return JSON.stringify(value);
}

function decode(text: string | undefined): unknown | undefined {
  return text === undefined ? undefined : JSON.parse(text);
}

export class MemoryStore implements KeyValueStore {
  private readonly values = new Map<string, string>();

  async get(key: string): Promise<unknown | undefined> {
    return decode(this.values.get(key));
  }

  async set(key: string, value: unknown): Promise<void> {
    this.values.set(key, encode(key, value));
  }

  async getAndSet(key: string, value: unknown): Promise<unknown | undefined> {
    // Read and write with no await between them, so no other call can slip in.
    const text = encode(key, value);
    const previous = this.values.get(key);
    this.values.set(key, text);
    return decode(previous);
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
