/**
 * A KeyValueStore on disk for the local shell: one JSON file per key under a directory.
 * Writes go to a temporary file first and are renamed into place, so a crash never leaves half a file.
 * File names are the key, percent-encoded, so any key maps to one safe name and back.
 */
import { promises as fs } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { KeyValueStore } from './key-value-store';

const SUFFIX = '.json';

function fileNameFor(key: string): string {
  // encodeURIComponent leaves ".", "*", "'", "(", ")", "!" and "~"; "." alone could still form ".."
  return encodeURIComponent(key).replace(/\./g, '%2E') + SUFFIX;
}

function keyFor(fileName: string): string | null {
  if (!fileName.endsWith(SUFFIX)) return null;
  try {
    return decodeURIComponent(fileName.slice(0, -SUFFIX.length));
  } catch {
    return null;
  }
}

export class FileStore implements KeyValueStore {
  constructor(private readonly directory: string) {}

  async get(key: string): Promise<unknown | undefined> {
    let text: string;
    try {
      text = await fs.readFile(path.join(this.directory, fileNameFor(key)), 'utf8');
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
    await fs.mkdir(this.directory, { recursive: true });
    const target = path.join(this.directory, fileNameFor(key));
    const temporary = path.join(this.directory, `.tmp-${randomUUID()}`);
    await fs.writeFile(temporary, JSON.stringify(value), 'utf8');
    try {
      await fs.rename(temporary, target);
    } catch (err) {
      await fs.rm(temporary, { force: true });
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(path.join(this.directory, fileNameFor(key)), { force: true });
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
