/**
 * The app's records (records.ts), one typed store per kind, all under `bh:{site}:{project}:{board}:{kind}`:
 * cached reports (versioned, with computedAt), the facts of single issues computed with them, their
 * small portfolio summaries and the points of their history (the score over time, the last 90),
 * backlog snapshots (snapshots.ts), settings (versioned, with a version number), refresh progress,
 * the board list, the sync state (the previous BoardData, in parts: board-data-store.ts) and the
 * checkpoint of a refresh in steps (checkpoint-store.ts).
 *
 * Every record read is checked against its schema (records.ts); one that does not fit is refused
 * with DamagedValueError, saying which record and why, and never served as it is.
 *
 * Writing a summary, the settings or the default board's progress (but the steps of a running
 * refresh) also changes the project's entry in the portfolio index (portfolio-index.ts); a failure
 * there is logged and leaves the record written.
 */
import type { BacklogSnapshot, BoardData } from '../domain/types';
import { IssueFactsSchema, type IssueFacts } from '../domain/issue-facts';
import type { Report } from '../domain/report';
import type { ProjectSettings } from '../domain/settings';
import { claim, lastClaimedToken } from './claims';
import type { NormalisedIssue } from '../jira/changelog-pipeline';
import type { LoadCheckpoint } from '../jira/load-checkpoint';
import { BoardDataStore } from './board-data-store';
import { CheckpointStore, type StoredCheckpoint } from './checkpoint-store';
import type { KeyValueStore } from './key-value-store';
import { DamagedValueError } from './pointer';
import { recordCheck, type RecordCheck } from './record-check';
import {
  StoredBoardsSchema, StoredProgressSchema, StoredReportHistorySchema, StoredReportSchema, StoredSettingsSchema, StoredSummarySchema, StoredSyncStateSchema,
  type StoredBoards, type StoredProgress, type StoredReport, type StoredReportHistory, type StoredSettings, type StoredSummary,
} from './records';
import { BacklogSnapshots, type SnapshotPlace } from './snapshots';
import { VersionedStore, type VersionedStoreOptions } from './versioned-store';
import { PortfolioIndex, progressChanges, type ProgressWrite } from './portfolio-index';

export type { ProgressWrite } from './portfolio-index';
import { DEFAULT_BOARD, PROJECT_WIDE, storageKey, type KeyScope } from './keys';
import type { TSchema } from '@sinclair/typebox';

export { SNAPSHOTS_KEPT, dayOf } from './snapshots';

/** The board part of a key: a board id, or the project's default board when none is named. */
export function boardPart(boardId: number | null | undefined): number | string {
  return boardId === null || boardId === undefined ? DEFAULT_BOARD : boardId;
}

/** A settings save refused because the settings changed since the version the saver loaded. */
export class SettingsChangedError extends Error {
  constructor(readonly currentVersion: number | null) {
    super('The settings were changed by someone else since they were loaded.');
    this.name = 'SettingsChangedError';
  }
}

const checks = {
  report: recordCheck(StoredReportSchema),
  progress: recordCheck(StoredProgressSchema),
  summary: recordCheck(StoredSummarySchema),
  boards: recordCheck(StoredBoardsSchema),
  settings: recordCheck(StoredSettingsSchema),
  sync: recordCheck(StoredSyncStateSchema),
  issueFacts: recordCheck(IssueFactsSchema),
  reportHistory: recordCheck(StoredReportHistorySchema),
};

/** The record as its type, undefined when absent; DamagedValueError when it does not fit. */
function checked<T extends TSchema>(check: RecordCheck<T>, key: string, value: unknown) {
  if (value === undefined) return undefined;
  const result = check(value);
  if (!result.ok) throw new DamagedValueError(key, `the record ${result.problem}`);
  return result.value;
}

/** Progress records written at once by writeProgressMany. */
const PROGRESS_WRITES_AT_ONCE = 10;

export class ProjectStores {
  readonly versioned: VersionedStore;
  readonly portfolio: PortfolioIndex;
  private readonly snapshots: BacklogSnapshots;
  private readonly boardData: BoardDataStore;
  private readonly checkpoints: CheckpointStore;

  constructor(private readonly store: KeyValueStore, private readonly site: string, options: VersionedStoreOptions = {}) {
    this.versioned = new VersionedStore(store, options);
    this.snapshots = new BacklogSnapshots(store, this.versioned);
    this.boardData = new BoardDataStore(store, this.versioned, options.clock);
    this.checkpoints = new CheckpointStore(this.versioned);
    this.portfolio = new PortfolioIndex(store, site);
  }

  private key(projectKey: string, board: number | string, kind: string): string {
    const scope: KeyScope = { site: this.site, projectKey, board };
    return storageKey(scope, kind);
  }

  // Reports (the report inside is checked against its own schema by whoever serves it) -----------

  async readReport(projectKey: string, boardId: number | null): Promise<StoredReport | undefined> {
    const key = this.key(projectKey, boardPart(boardId), 'report');
    return checked(checks.report, key, await this.versioned.read(key));
  }

  async writeReport(projectKey: string, boardId: number | null, report: Report): Promise<void> {
    const cached: StoredReport = { computedAt: report.computedAt, report };
    await this.versioned.write(this.key(projectKey, boardPart(boardId), 'report'), cached);
  }

  /** The facts of single issues written with the report (versioned and chunked: they grow with the backlog). */
  async readIssueFacts(projectKey: string, boardId: number | null): Promise<IssueFacts | undefined> {
    const key = this.key(projectKey, boardPart(boardId), 'issue-facts');
    return checked(checks.issueFacts, key, await this.versioned.read(key));
  }

  async writeIssueFacts(projectKey: string, boardId: number | null, facts: IssueFacts): Promise<void> {
    await this.versioned.write(this.key(projectKey, boardPart(boardId), 'issue-facts'), facts);
  }

  async readSummary(projectKey: string): Promise<StoredSummary | undefined> {
    const key = this.key(projectKey, DEFAULT_BOARD, 'summary');
    return checked(checks.summary, key, await this.store.get(key));
  }

  async writeSummary(projectKey: string, summary: StoredSummary): Promise<void> {
    await this.store.set(this.key(projectKey, DEFAULT_BOARD, 'summary'), summary);
    await this.portfolio.copy([{ projectKey, summary }]);
  }

  /** The points of the board's reports (the score's history), or undefined before the first. */
  async readReportHistory(projectKey: string, boardId: number | null): Promise<StoredReportHistory | undefined> {
    const key = this.key(projectKey, boardPart(boardId), 'report-history');
    return checked(checks.reportHistory, key, await this.versioned.read(key));
  }

  async writeReportHistory(projectKey: string, boardId: number | null, history: StoredReportHistory): Promise<void> {
    await this.versioned.write(this.key(projectKey, boardPart(boardId), 'report-history'), history);
  }

  // Boards -------------------------------------------------------------------------------------

  async readBoards(projectKey: string): Promise<StoredBoards | undefined> {
    const key = this.key(projectKey, PROJECT_WIDE, 'boards');
    return checked(checks.boards, key, await this.store.get(key));
  }

  async writeBoards(projectKey: string, boards: StoredBoards): Promise<void> {
    await this.store.set(this.key(projectKey, PROJECT_WIDE, 'boards'), boards);
  }

  // Settings -----------------------------------------------------------------------------------

  async readSettings(projectKey: string): Promise<StoredSettings | undefined> {
    const key = this.key(projectKey, PROJECT_WIDE, 'settings');
    return checked(checks.settings, key, await this.versioned.read(key));
  }

  /**
   * Stores settings as the next version; returns the stored record. `expected` is the version the
   * saver loaded (null: none was stored): when the stored settings are another version, or another
   * save claimed the same next version first (claims.ts), nothing is stored and SettingsChangedError
   * says so. 'any' skips the first check (seeding), not the claim. A stored record that cannot be
   * read is replaced (saving is how an administrator repairs it), numbered after the last version
   * claimed.
   */
  async writeSettings(projectKey: string, settings: ProjectSettings, savedBy: string | null, savedAt: Date, expected: number | null | 'any' = 'any'): Promise<StoredSettings> {
    let current: StoredSettings | undefined;
    let readable = true;
    try {
      current = await this.readSettings(projectKey);
    } catch {
      readable = false;
    }
    const currentVersion = current?.version ?? null;
    if (readable && expected !== 'any' && expected !== currentVersion) throw new SettingsChangedError(currentVersion);
    const claimKey = this.key(projectKey, PROJECT_WIDE, 'settings-claim');
    const lastClaimed = readable ? null : Number(await lastClaimedToken(this.store, claimKey));
    const version = (readable ? (currentVersion ?? 0) : Number.isInteger(lastClaimed) ? (lastClaimed as number) : 0) + 1;
    if (!(await claim(this.store, claimKey, String(version), savedAt))) throw new SettingsChangedError(currentVersion);
    const record: StoredSettings = { version, savedAt: savedAt.toISOString(), savedBy, settings };
    await this.versioned.write(this.key(projectKey, PROJECT_WIDE, 'settings'), record);
    await this.portfolio.copy([{ projectKey, refreshedNightly: settings.enabled }]);
    return record;
  }

  // Refresh progress ---------------------------------------------------------------------------

  async readProgress(projectKey: string, boardId: number | null): Promise<StoredProgress | undefined> {
    const key = this.key(projectKey, boardPart(boardId), 'progress');
    return checked(checks.progress, key, await this.store.get(key));
  }

  /**
   * Writes a board's progress record and copies it into the portfolio index; with `copy` 'later',
   * the caller, writing many, copies them all at once afterwards (copyProgressToPortfolio), one
   * change per page of the index instead of one per project.
   */
  async writeProgress(projectKey: string, boardId: number | null, status: StoredProgress, copy: 'now' | 'later' = 'now'): Promise<void> {
    await this.store.set(this.key(projectKey, boardPart(boardId), 'progress'), status);
    if (copy === 'now') await this.copyProgressToPortfolio([{ projectKey, boardId, status }]);
  }

  /** Writes many progress records, a few at a time, and copies them into the portfolio index in one go. */
  async writeProgressMany(writes: readonly ProgressWrite[]): Promise<void> {
    for (let start = 0; start < writes.length; start += PROGRESS_WRITES_AT_ONCE) {
      const batch = writes.slice(start, start + PROGRESS_WRITES_AT_ONCE);
      await Promise.all(batch.map((w) => this.writeProgress(w.projectKey, w.boardId, w.status, 'later')));
    }
    await this.copyProgressToPortfolio(writes);
  }

  /** Copies progress records into the portfolio index (see progressChanges). */
  async copyProgressToPortfolio(writes: readonly ProgressWrite[]): Promise<void> {
    await this.portfolio.copy(progressChanges(writes));
  }

  /**
   * Whether this caller may queue a refresh of the board, having seen `seen` as its progress (claims.ts):
   * of callers that saw the same progress at once, one wins; the others leave the queueing to it.
   */
  async claimRefresh(projectKey: string, boardId: number | null, seen: StoredProgress | undefined, now: Date): Promise<boolean> {
    return claim(this.store, this.key(projectKey, boardPart(boardId), 'refresh-claim'), JSON.stringify(seen ?? null), now);
  }

  // Sync state ---------------------------------------------------------------------------------

  /** The previous load, stored in parts (board-data-store.ts). */
  async readSyncState(projectKey: string, boardId: number | null): Promise<BoardData | undefined> {
    const key = this.key(projectKey, boardPart(boardId), 'sync');
    return checked(checks.sync, key, await this.boardData.read(key));
  }

  async writeSyncState(projectKey: string, boardId: number | null, data: BoardData): Promise<void> {
    await this.boardData.write(this.key(projectKey, boardPart(boardId), 'sync'), data);
  }

  /** The previous load without its issues (board-data-store.ts, readHead). */
  async readSyncStateHead(projectKey: string, boardId: number | null): Promise<BoardData | undefined> {
    const key = this.key(projectKey, boardPart(boardId), 'sync');
    return checked(checks.sync, key, await this.boardData.readHead(key));
  }

  // A refresh in steps (checkpoint-store.ts) ------------------------------------------------------

  async readCheckpoint(projectKey: string, boardId: number | null): Promise<StoredCheckpoint | undefined> {
    return this.checkpoints.read(this.key(projectKey, boardPart(boardId), 'checkpoint'));
  }

  async saveCheckpoint(projectKey: string, boardId: number | null, checkpoint: LoadCheckpoint, read: NormalisedIssue[], awaiting: NormalisedIssue[], savedAt: Date): Promise<void> {
    await this.checkpoints.save(this.key(projectKey, boardPart(boardId), 'checkpoint'), checkpoint, read, awaiting, savedAt);
  }

  async removeCheckpoint(projectKey: string, boardId: number | null): Promise<void> {
    await this.checkpoints.remove(this.key(projectKey, boardPart(boardId), 'checkpoint'));
  }

  // Backlog snapshots (snapshots.ts) -------------------------------------------------------------

  private snapshotPlace(projectKey: string, boardId: number | null): SnapshotPlace {
    const board = boardPart(boardId);
    // The index (`...:snapshot-days`) lies outside the snapshots' prefix (`...:snapshot:`).
    return { prefix: `${this.key(projectKey, board, 'snapshot')}:`, indexKey: this.key(projectKey, board, 'snapshot-days') };
  }

  /** Days (YYYY-MM-DD) with a stored snapshot, oldest first. */
  async snapshotDays(projectKey: string, boardId: number | null): Promise<string[]> {
    return this.snapshots.days(this.snapshotPlace(projectKey, boardId));
  }

  /** Stored snapshots, oldest first. */
  async readSnapshots(projectKey: string, boardId: number | null): Promise<BacklogSnapshot[]> {
    return this.snapshots.read(this.snapshotPlace(projectKey, boardId));
  }

  /** Stores the snapshot as its day's and keeps the last 60 days (snapshots.ts). */
  async appendSnapshot(projectKey: string, boardId: number | null, snapshot: BacklogSnapshot): Promise<void> {
    await this.snapshots.append(this.snapshotPlace(projectKey, boardId), snapshot);
  }
}
