/**
 * A KeyValueStore on disk for the local shell: one JSON file per key under a directory.
 * Writes go to a temporary file first, which is flushed to the disk and then renamed into place, so
 * a crash (of the process or of the machine) never leaves half a file: a key holds its old value or
 * its new one. File names are the key, percent-encoded, so any key maps to one safe name and back.
 * Every change of a key (set, getAndSet, delete) holds that key's lock file (file-lock.ts), so a
 * getAndSet reads and replaces a value with no other change in between, even from another process.
 */
import { promises as fs } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { withFileLock } from './file-lock';
import type { KeyValueStore } from './key-value-store';

const SUFFIX = '.json';
/** Temporary files start with this; they never end in SUFFIX, so they are never listed as keys. */
export const TEMPORARY_PREFIX = '.tmp-';
/** Lock files start with this; like every name starting with ".", they are never listed as keys. */
const LOCK_PREFIX = '.lock-';

export interface FileStoreOptions {
  /** Permissions of the files it writes, e.g. 0o600 (default: 0o666, less the umask, as for any file). */
  fileMode?: number;
  /** Permissions of the directory when the store creates it, e.g. 0o700 (default: 0o777, less the umask). */
  directoryMode?: number;
}

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
  constructor(private readonly directory: string, private readonly options: FileStoreOptions = {}) {}

  private pathOf(key: string): string {
    return path.join(this.directory, fileNameFor(key));
  }

  /** Runs a change of key under its lock. */
  private async locked<T>(key: string, change: () => Promise<T>): Promise<T> {
    await fs.mkdir(this.directory, { recursive: true, mode: this.options.directoryMode });
    return withFileLock(path.join(this.directory, `${LOCK_PREFIX}${fileNameFor(key)}`), change);
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

  /** Writes the value beside its file, flushed, and renames it into place (the caller holds the key's lock). */
  private async replace(key: string, value: unknown): Promise<void> {
    const temporary = path.join(this.directory, `${TEMPORARY_PREFIX}${randomUUID()}`);
    try {
      const file = await fs.open(temporary, 'wx', this.options.fileMode ?? 0o666);
      try {
        await file.writeFile(JSON.stringify(value), 'utf8');
        await file.sync();
      } finally {
        await file.close();
      }
      await fs.rename(temporary, this.pathOf(key));
    } catch (err) {
      await fs.rm(temporary, { force: true });
      throw err;
    }
    await this.syncDirectory();
  }

  /** Flushes the directory's entries, so that the rename itself survives a crash of the machine. */
  private async syncDirectory(): Promise<void> {
    try {
      const directory = await fs.open(this.directory, 'r');
      try {
        await directory.sync();
      } finally {
        await directory.close();
      }
    } catch {
      // Some systems (Windows) cannot open a directory to flush it; the rename is atomic all the same.
    }
  }
}
