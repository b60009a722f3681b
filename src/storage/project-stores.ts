/**
 * The app's records (records.ts), one typed store per kind, all under `bh:{site}:{project}:{board}:{kind}`:
 * cached reports (versioned, with computedAt) and their small portfolio summaries, backlog
 * snapshots (one per day, the last 60 kept, with a small index of their days), settings (versioned, with a version number),
 * refresh progress, the board list, and the sync state (the previous BoardData, in parts: board-data-store.ts).
 */
import type { BacklogSnapshot, BoardData } from '../domain/types';
import type { Report } from '../domain/report';
import type { ProjectSettings } from '../domain/settings';
import type { KeyValueStore } from './key-value-store';
import type { StoredBoards, StoredProgress, StoredReport, StoredSettings, StoredSnapshotIndex, StoredSummary } from './records';
import type { LoadCheckpoint } from '../jira/load-checkpoint';
import type { NormalisedIssue } from '../jira/changelog-pipeline';
import { BoardDataStore } from './board-data-store';
import { CheckpointStore, type StoredCheckpoint } from './checkpoint-store';
import { VersionedStore, type VersionedStoreOptions } from './versioned-store';
import { DEFAULT_BOARD, PROJECT_WIDE, storageKey, type KeyScope } from './keys';

/** Snapshots kept per board. */
export const SNAPSHOTS_KEPT = 60;

/** The board part of a key: a board id, or the project's default board when none is named. */
export function boardPart(boardId: number | null | undefined): number | string {
  return boardId === null || boardId === undefined ? DEFAULT_BOARD : boardId;
}

/** "2026-11-22" for a date-time (UTC day). */
export function dayOf(isoDateTime: string): string {
  return new Date(isoDateTime).toISOString().slice(0, 10);
}

export class ProjectStores {
  readonly versioned: VersionedStore;
  private readonly boardData: BoardDataStore;
  private readonly checkpoints: CheckpointStore;

  constructor(private readonly store: KeyValueStore, private readonly site: string, options: VersionedStoreOptions = {}) {
    this.versioned = new VersionedStore(store, options);
    this.boardData = new BoardDataStore(store, this.versioned, options.clock);
    this.checkpoints = new CheckpointStore(this.versioned);
  }

  private scope(projectKey: string, board: number | string): KeyScope {
    return { site: this.site, projectKey, board };
  }

  // Reports ------------------------------------------------------------------------------------

  async readReport(projectKey: string, boardId: number | null): Promise<StoredReport | undefined> {
    return this.versioned.read<StoredReport>(storageKey(this.scope(projectKey, boardPart(boardId)), 'report'));
  }

  async writeReport(projectKey: string, boardId: number | null, report: Report): Promise<void> {
    const cached: StoredReport = { computedAt: report.computedAt, report };
    await this.versioned.write(storageKey(this.scope(projectKey, boardPart(boardId)), 'report'), cached);
  }

  async readSummary(projectKey: string): Promise<StoredSummary | undefined> {
    return (await this.store.get(storageKey(this.scope(projectKey, DEFAULT_BOARD), 'summary'))) as StoredSummary | undefined;
  }

  async writeSummary(projectKey: string, summary: StoredSummary): Promise<void> {
    await this.store.set(storageKey(this.scope(projectKey, DEFAULT_BOARD), 'summary'), summary);
  }

  // Boards -------------------------------------------------------------------------------------

  async readBoards(projectKey: string): Promise<StoredBoards | undefined> {
    return (await this.store.get(storageKey(this.scope(projectKey, PROJECT_WIDE), 'boards'))) as StoredBoards | undefined;
  }

  async writeBoards(projectKey: string, boards: StoredBoards): Promise<void> {
    await this.store.set(storageKey(this.scope(projectKey, PROJECT_WIDE), 'boards'), boards);
  }

  // Settings -----------------------------------------------------------------------------------

  async readSettings(projectKey: string): Promise<StoredSettings | undefined> {
    return this.versioned.read<StoredSettings>(storageKey(this.scope(projectKey, PROJECT_WIDE), 'settings'));
  }

  /**
   * Stores settings as the next version; returns the stored record. A previous record that cannot be
   * read is replaced (saving is how an administrator repairs it); its version number is then lost and
   * counting starts again at 1.
   */
  async writeSettings(projectKey: string, settings: ProjectSettings, savedBy: string | null, savedAt: Date): Promise<StoredSettings> {
    const previous = await this.readSettings(projectKey).catch(() => undefined);
    const record: StoredSettings = { version: (typeof previous?.version === 'number' ? previous.version : 0) + 1, savedAt: savedAt.toISOString(), savedBy, settings };
    await this.versioned.write(storageKey(this.scope(projectKey, PROJECT_WIDE), 'settings'), record);
    return record;
  }

  // Refresh progress ---------------------------------------------------------------------------

  async readProgress(projectKey: string, boardId: number | null): Promise<StoredProgress | undefined> {
    return (await this.store.get(storageKey(this.scope(projectKey, boardPart(boardId)), 'progress'))) as StoredProgress | undefined;
  }

  async writeProgress(projectKey: string, boardId: number | null, status: StoredProgress): Promise<void> {
    await this.store.set(storageKey(this.scope(projectKey, boardPart(boardId)), 'progress'), status);
  }

  // Sync state ---------------------------------------------------------------------------------

  /** The previous load, stored in parts (board-data-store.ts). */
  async readSyncState(projectKey: string, boardId: number | null): Promise<BoardData | undefined> {
    return this.boardData.read(storageKey(this.scope(projectKey, boardPart(boardId)), 'sync'));
  }

  async writeSyncState(projectKey: string, boardId: number | null, data: BoardData): Promise<void> {
    await this.boardData.write(storageKey(this.scope(projectKey, boardPart(boardId)), 'sync'), data);
  }

  /** The previous load without its issues (board-data-store.ts, readHead). */
  async readSyncStateHead(projectKey: string, boardId: number | null): Promise<BoardData | undefined> {
    return this.boardData.readHead(storageKey(this.scope(projectKey, boardPart(boardId)), 'sync'));
  }

  // A refresh in steps ----------------------------------------------------------------------------

  /** Where a refresh in steps stands between its runs (checkpoint-store.ts). */
  async readCheckpoint(projectKey: string, boardId: number | null): Promise<StoredCheckpoint | undefined> {
    return this.checkpoints.read(storageKey(this.scope(projectKey, boardPart(boardId)), 'checkpoint'));
  }

  async saveCheckpoint(projectKey: string, boardId: number | null, checkpoint: LoadCheckpoint, read: NormalisedIssue[], awaiting: NormalisedIssue[], savedAt: Date): Promise<void> {
    await this.checkpoints.save(storageKey(this.scope(projectKey, boardPart(boardId)), 'checkpoint'), checkpoint, read, awaiting, savedAt);
  }

  async removeCheckpoint(projectKey: string, boardId: number | null): Promise<void> {
    await this.checkpoints.remove(storageKey(this.scope(projectKey, boardPart(boardId)), 'checkpoint'));
  }

  // Backlog snapshots ---------------------------------------------------------------------------

  private snapshotPrefix(projectKey: string, boardId: number | null): string {
    return `${storageKey(this.scope(projectKey, boardPart(boardId)), 'snapshot')}:`;
  }

  /** The small record naming the days with a snapshot (`...:snapshot-days`, outside the snapshot prefix). */
  private snapshotIndexKey(projectKey: string, boardId: number | null): string {
    return storageKey(this.scope(projectKey, boardPart(boardId)), 'snapshot-days');
  }

  /**
   * Days (YYYY-MM-DD) with a stored snapshot, oldest first, from the index record: one small read.
   * (Listing the snapshot keys would download every snapshot, since Forge's storage has no
   * keys-only query; see forge-kvs-store.ts.) Boards stored before the index existed are listed.
   */
  async snapshotDays(projectKey: string, boardId: number | null): Promise<string[]> {
    const index = await this.store.get(this.snapshotIndexKey(projectKey, boardId));
    if (isSnapshotIndex(index)) return [...index.days].sort();
    const prefix = this.snapshotPrefix(projectKey, boardId);
    const keys = await this.store.listKeys(prefix);
    return keys
      .filter((key) => !key.includes('#'))
      .map((key) => key.slice(prefix.length))
      .filter(isDay)
      .sort();
  }

  /** Stored snapshots, oldest first. */
  async readSnapshots(projectKey: string, boardId: number | null): Promise<BacklogSnapshot[]> {
    const prefix = this.snapshotPrefix(projectKey, boardId);
    const days = await this.snapshotDays(projectKey, boardId);
    const snapshots = await Promise.all(days.map((day) => this.versioned.read<BacklogSnapshot>(`${prefix}${day}`).catch(() => undefined)));
    return snapshots.filter((snapshot): snapshot is BacklogSnapshot => snapshot !== undefined);
  }

  /**
   * Stores the snapshot as its day's (replacing an earlier one that day) and keeps the last 60 days.
   * The snapshot is written before the index names it: if the index write fails, the day reads as
   * still due, so the next refresh takes it again and the index heals; nothing is ever named that
   * was not written.
   */
  async appendSnapshot(projectKey: string, boardId: number | null, snapshot: BacklogSnapshot): Promise<void> {
    const prefix = this.snapshotPrefix(projectKey, boardId);
    const today = dayOf(snapshot.takenAt);
    await this.versioned.write(`${prefix}${today}`, snapshot);
    const days = [...new Set([...(await this.snapshotDays(projectKey, boardId)), today])].sort();
    const dropped = days.slice(0, Math.max(0, days.length - SNAPSHOTS_KEPT));
    const index: StoredSnapshotIndex = { days: days.slice(dropped.length) };
    await this.store.set(this.snapshotIndexKey(projectKey, boardId), index);
    for (const day of dropped) await this.versioned.remove(`${prefix}${day}`);
  }
}

function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text);
}

function isSnapshotIndex(value: unknown): value is StoredSnapshotIndex {
  if (typeof value !== 'object' || value === null) return false;
  const days = (value as { days?: unknown }).days;
  return Array.isArray(days) && days.every((day) => typeof day === 'string' && isDay(day));
}
