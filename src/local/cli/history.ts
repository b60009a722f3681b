/**
 * Where an audit finds each project's history (the previous load, the backlog snapshots, the points
 * of the earlier reports) and what it keeps of the run: a state folder keeps it as the app does
 * (src/engine/stored-history.ts, the path the Forge consumer takes, on the project's default board);
 * the demo site brings its own generated snapshots and keeps nothing; --no-state keeps nothing and
 * has none.
 */
import path from 'node:path';
import type { BacklogSnapshot } from '../../domain/types';
import type { ComputeResult } from '../../engine/compute';
import { readStoredHistory, saveStoredHistory, type StoredHistory } from '../../engine/stored-history';
import type { ProjectStores } from '../../storage/project-stores';
import type { Connection } from './connect';
import type { StateChoice } from './program';
import { openState } from './state-folder';
import { defaultStateFolder } from './state-location';

export interface AuditHistory {
  read(projectKey: string, now: Date): Promise<StoredHistory>;
  save(projectKey: string, result: ComputeResult): Promise<void>;
}

/** The history kept in a state folder's stores: read before the load, and the load and the day's snapshot saved after it. */
export function keptHistory(stores: ProjectStores): AuditHistory {
  return {
    read: (projectKey, now) => readStoredHistory(stores, projectKey, null, now, true),
    save: (projectKey, result) => saveStoredHistory(stores, projectKey, null, result),
  };
}

/** Snapshots given by the caller (the demo's own; none for --no-state), no previous load, and nothing kept. */
export function givenHistory(snapshotsOf: (projectKey: string) => BacklogSnapshot[]): AuditHistory {
  return {
    read: async (projectKey) => ({ previous: null, snapshots: snapshotsOf(projectKey), takeSnapshot: false, reportHistory: [] }),
    save: async () => undefined,
  };
}

/** The history an audit uses, and how to let go of it when the audit ends. */
export interface ChosenHistory {
  history: AuditHistory;
  close(): Promise<void>;
}

/**
 * The history the request asks for. The demo site brings its own snapshots and keeps nothing: it is
 * generated afresh on every run, so a load or snapshots of an earlier run would describe another
 * site (run.ts refuses --state for it before the demo is made). A real site: its state folder
 * (--state, else the default one), or nothing with --no-state.
 */
export async function chooseHistory(choice: StateChoice, connection: Connection, env: Record<string, string | undefined>, now: Date, say: (line: string) => void): Promise<ChosenHistory> {
  const nothingToClose = async () => undefined;
  if (connection.demo) return { history: givenHistory((key) => connection.snapshots(key)), close: nothingToClose };
  if (choice.kind === 'none') return { history: givenHistory(() => []), close: nothingToClose };
  const folder = choice.kind === 'folder' ? path.resolve(choice.folder) : defaultStateFolder(connection.site, env);
  const state = await openState(folder, connection.site, now);
  say(state.created ? `Starting the history of ${connection.site} in ${folder}.` : `Keeping the history of ${connection.site} in ${folder}.`);
  return { history: keptHistory(state.stores), close: () => state.close() };
}
