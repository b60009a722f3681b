/**
 * The state folder (--state DIR): a site's history kept between audits, in the app's own records
 * (src/storage: a FileStore under ProjectStores, as the Forge app keeps them in its storage): per
 * project, the previous load (with the sprint goals observed so far) and the daily backlog
 * snapshots. A small manifest names the site and the layout's version; a folder of another site,
 * of a version this program does not know, or a folder that is not a state at all is refused with
 * the reason and left exactly as it was. The folder is private to its owner (0700, files 0600),
 * since it holds the site's Jira data (docs/security.md).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { FileStore, TEMPORARY_PREFIX } from '../../storage/file-store';
import { ProjectStores } from '../../storage/project-stores';
import { CliFailure, EXIT } from './exit-codes';
import { systemReason } from './out-file';
import { LOCK_CANDIDATE_PREFIX, LOCK_FILE, takeLock } from './state-lock';

export const STATE_FORMAT = 'backlog-health-cli-state';
/** Raised when the records or their keys change so that an older program would misread them. */
export const STATE_VERSION = 1;
/** The manifest's key in the folder's FileStore (the file backlog-health-state.json). */
const MANIFEST_KEY = 'backlog-health-state';
export const MANIFEST_FILE = `${MANIFEST_KEY}.json`;
const PRIVATE_FILE_MODE = 0o600;
const PRIVATE_FOLDER_MODE = 0o700;

export interface StateManifest {
  format: typeof STATE_FORMAT;
  version: number;
  /** The host of the site whose history this is. */
  site: string;
  createdAt: string;
}

export interface OpenState {
  folder: string;
  stores: ProjectStores;
  /** True when this run started the history (the folder was new or empty). */
  created: boolean;
  /** Releases the folder for the next audit. */
  close(): Promise<void>;
}

function refuse(message: string): CliFailure {
  return new CliFailure(EXIT.usage, `${message} Nothing in it was changed.`);
}

/** Entries other than the lock and temporary files (both may be left by a run stopped before its manifest was written). */
async function contentOf(folder: string): Promise<string[]> {
  const names = await fs.readdir(folder);
  return names.filter((name) => name !== LOCK_FILE && !name.startsWith(TEMPORARY_PREFIX));
}

/** The folder's manifest, checked against the site; null when the folder is new or empty. Throws a CliFailure otherwise. */
async function checkedManifest(folder: string, store: FileStore, site: string): Promise<StateManifest | null> {
  const stats = await fs.stat(folder).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw err;
  });
  if (stats === null) return null;
  if (!stats.isDirectory()) throw new CliFailure(EXIT.usage, `The state folder ${folder} is a file, not a folder: give --state a folder (or --no-state).`);
  const manifest = (await store.get(MANIFEST_KEY).catch(() => 'unreadable')) as Partial<StateManifest> | undefined | 'unreadable';
  if (manifest === undefined) {
    if ((await contentOf(folder)).length === 0) return null;
    throw refuse(`${folder} is not empty and holds no backlog-health state (no ${MANIFEST_FILE}), so it is not used: give --state a new or empty folder.`);
  }
  if (typeof manifest !== 'object' || manifest === null || manifest.format !== STATE_FORMAT || typeof manifest.site !== 'string') {
    throw refuse(`${path.join(folder, MANIFEST_FILE)} is not the manifest of a backlog-health state, so ${folder} is not used.`);
  }
  if (manifest.version !== STATE_VERSION) {
    throw refuse(`The state in ${folder} is of version ${String(manifest.version)}, which this version of backlog-health cannot read (it reads version ${STATE_VERSION}): use the backlog-health that wrote it, or another --state folder.`);
  }
  if (manifest.site !== site) {
    throw refuse(`The state in ${folder} is the history of ${manifest.site}, not of ${site}: give another --state folder for ${site} (or --no-state).`);
  }
  return manifest as StateManifest;
}

/** Opens (or starts) the history of `site` in `folder`, holding its lock until close(). */
export async function openState(folder: string, site: string, now: Date): Promise<OpenState> {
  const store = new FileStore(folder, { fileMode: PRIVATE_FILE_MODE, directoryMode: PRIVATE_FOLDER_MODE });
  let release: (() => Promise<void>) | null = null;
  try {
    const manifest = await checkedManifest(folder, store, site);
    await fs.mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
    // Only now that the folder is known to be a state (or new) is it made private: never a folder of the user's.
    if (process.platform !== 'win32') await fs.chmod(folder, PRIVATE_FOLDER_MODE);
    release = await takeLock(folder);
    // Holding the lock, no other audit writes here: temporary files are left-overs of a stopped one
    // (but for those of another audit trying the lock this moment).
    for (const name of await fs.readdir(folder)) {
      if (name.startsWith(TEMPORARY_PREFIX) && !name.startsWith(LOCK_CANDIDATE_PREFIX)) await fs.rm(path.join(folder, name), { force: true });
    }
    if (manifest === null) {
      const created: StateManifest = { format: STATE_FORMAT, version: STATE_VERSION, site, createdAt: now.toISOString() };
      await store.set(MANIFEST_KEY, created);
    }
    const close = release;
    return { folder, stores: new ProjectStores(store, site), created: manifest === null, close: () => close() };
  } catch (err) {
    await release?.();
    if (err instanceof CliFailure) throw err;
    throw new CliFailure(EXIT.usage, `Cannot use the state folder ${folder}: ${systemReason(err)}.`);
  }
}
