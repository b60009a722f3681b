/**
 * A KeyValueStore on disk for the local shell: one JSON file per key under a directory.
 * Writes go to a temporary file first and are renamed into place, so a crash never leaves half a file.
 * File names are the key, percent-encoded, so any key maps to one safe name and back.
 * Every change of a key (set, getAndSet, delete) holds that key's lock file (file-lock.ts), so a
 * getAndSet reads and replaces a value with no other change in between, even from another process.
 */
import { promises as fs } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { withFileLock } from './file-lock';
import type { KeyValueStore } from './key-value-store';

const SUFFIX = '.json';

function fileNameFor(key: string): string {
  // encodeURIComponent leaves ".", "*", "'", "(", ")", "!" and "~"; "." alone could still form ".."
  return encodeURIComponent(key).replace(/\./g, '%2E') + SUFFIX;
}

function keyFor(fileName: string): string | null {
  // Value files never start with "." (fileNameFor encodes it); temporary and lock files do.
  if (!fileName.endsWith(SUFFIX) || fileName.startsWith('.')) return null;
  try {
    return decodeURIComponent(fileName.slice(0, -SUFFIX.length));
  } catch {
    return null;
  }
}

export class FileStore implements KeyValueStore {
  constructor(private readonly directory: string) {}

  private pathOf(key: string): string {
    return path.join(this.directory, fileNameFor(key));
  }

  /** Runs a change of key under its lock (a dot file, never listed as a key). */
  private async locked<T>(key: string, change: () => Promise<T>): Promise<T> {
    await fs.mkdir(this.directory, { recursive: true });
    return withFileLock(path.join(this.directory, `.lock-${fileNameFor(key)}`), change);
  }

  async get(key: string): Promise<unknown | undefined> {
    let text: string;
    try {
      text = await fs.readFile(this.pathOf(key), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`The stored file for "${key}" in ${this.directory} is not valid JSON.`);
    }
  }

  async set(key: string, value: unknown): Promise<void> {
    if (value === undefined) throw new Error(`Cannot store undefined under "${key}".`);
    await this.locked(key, () => this.replace(key, value));
  }

  async getAndSet(key: string, value: unknown): Promise<unknown | undefined> {
    if (value === undefined) throw new Error(`Cannot store undefined under "${key}".`);
    return this.locked(key, async () => {
      const previous = await this.get(key);
      await this.replace(key, value);
      return previous;
    });
  }

  async delete(key: string): Promise<void> {
    await this.locked(key, () => fs.rm(this.pathOf(key), { force: true }));
  }

  /** Writes the value beside its file and renames it into place (the caller holds the key's lock). */
  private async replace(key: string, value: unknown): Promise<void> {
    const temporary = path.join(this.directory, `.tmp-${randomUUID()}`);
    await fs.writeFile(temporary, JSON.stringify(value), 'utf8');
    try {
      await fs.rename(temporary, this.pathOf(key));
    } catch (err) {
      await fs.rm(temporary, { force: true });
      throw err;
    }
  }

  async listKeys(prefix: string): Promise<string[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.directory);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    return names
      .map(keyFor)
      .filter((key): key is string => key !== null && key.startsWith(prefix))
      .sort();
  }
}
