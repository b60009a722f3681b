/**
 * What a shell keeps of a board between refreshes, and the one way it is read and saved: the
 * previous load (BoardData, carrying the sprint goals observed so far, since Jira keeps no history
 * of goals) so that the next load can be incremental, one backlog snapshot per UTC day for
 * ordering stability, and one point per report for the score's history and what changed. The Forge queue consumer and the CLI's --state both go through here, over the
 * same ProjectStores (src/storage), so a history reads the same way in either.
 */
import type { BacklogSnapshot, BoardData } from '../domain/types';
import type { HistoryPoint } from '../domain/report';
import { reusablePrevious } from '../jira/incremental';
import type { ProjectStores } from '../storage/project-stores';
import type { ComputeResult } from './compute';

/** What computeProjectReport takes from the stored history of a board. */
export interface StoredHistory {
  previous: BoardData | null;
  /** Oldest first. */
  snapshots: BacklogSnapshot[];
  /** Whether this refresh takes the day's snapshot. */
  takeSnapshot: boolean;
  /** The points of the board's earlier reports, oldest first. */
  reportHistory: HistoryPoint[];
}

/** A snapshot is due when none was stored on today's UTC day: the first refresh of a day takes it. */
export function isSnapshotDue(snapshotDays: string[], now: Date): boolean {
  const today = now.toISOString().slice(0, 10);
  return snapshotDays.length === 0 || snapshotDays[snapshotDays.length - 1] < today;
}

/**
 * The stored history of a board (boardId null: the project's default board); `snapshot`: whether
 * the caller wants the day's snapshot taken. With `load` (the board and acceptance-criteria field
 * the refresh will load), the previous load's issues are read only when the refresh can build on
 * them (reusablePrevious, the load's own rule); otherwise it is the previous load without its
 * issues, which is all a full load takes from it (the sprint goals seen), so a full load of a large
 * project never holds the old issues beside the new ones.
 */
export async function readStoredHistory(
  stores: ProjectStores,
  projectKey: string,
  boardId: number | null,
  now: Date,
  snapshot: boolean,
  load?: { boardId: number | null; acceptanceCriteriaFieldId: string | null },
): Promise<StoredHistory> {
  // A sync state that cannot be read only costs a full load.
  const previous = load ? await previousLoad(stores, projectKey, boardId, now, load) : await stores.readSyncState(projectKey, boardId).catch(() => undefined);
  const snapshots = await stores.readSnapshots(projectKey, boardId);
  const takeSnapshot = snapshot && isSnapshotDue(await stores.snapshotDays(projectKey, boardId), now);
  // A history that cannot be read only costs the score's past: it starts again.
  const reportHistory = (await stores.readReportHistory(projectKey, boardId).catch(() => undefined))?.points ?? [];
  return { previous: previous ?? null, snapshots, takeSnapshot, reportHistory };
}

async function previousLoad(stores: ProjectStores, projectKey: string, boardId: number | null, now: Date, load: { boardId: number | null; acceptanceCriteriaFieldId: string | null }): Promise<BoardData | undefined> {
  const head = await stores.readSyncStateHead(projectKey, boardId).catch(() => undefined);
  if (!head) return undefined;
  if (!reusablePrevious({ projectKey, boardId: load.boardId, acceptanceCriteriaFieldId: load.acceptanceCriteriaFieldId, previous: head, now })) return head;
  return stores.readSyncState(projectKey, boardId).catch(() => undefined);
}

/**
 * Saves what the refresh adds to the history: the load (for the next incremental one), the snapshot
 * it took, and the report's history points (the earlier ones and its own, bounded by the report).
 */
export async function saveStoredHistory(stores: ProjectStores, projectKey: string, boardId: number | null, result: Pick<ComputeResult, 'data' | 'snapshot' | 'report'>): Promise<void> {
  if (result.data) await stores.writeSyncState(projectKey, boardId, result.data);
  if (result.snapshot) await stores.appendSnapshot(projectKey, boardId, result.snapshot);
  await stores.writeReportHistory(projectKey, boardId, { points: result.report.history.points });
}
