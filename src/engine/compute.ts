/**
 * The one engine that Forge, the local preview and the CLI all run: load a board's data from Jira
 * (incrementally when the previous load is given), optionally take today's backlog snapshot, and
 * build the report and the facts the issue view shows of single issues. A project without a board
 * gets the empty report rather than an error. A refresh may also go on over several runs
 * (computeProjectReportStep, src/jira/load-checkpoint.ts).
 */
import type { BacklogSnapshot, Board, BoardData } from '../domain/types';
import type { HistoryPoint, Report } from '../domain/report';
import type { ProjectSettings } from '../domain/settings';
import type { LedgerSource } from '../domain/sprint-ledger';
import type { JiraClient } from '../jira/client';
import type { SearchControl } from '../jira/full-search';
import { loadBoardData, loadBoardDataStep, NoBoardError, type LoadOptions, type LoadProgress } from '../jira/load';
import type { CheckpointIssues, LoadCheckpoint, LoadStep } from '../jira/load-checkpoint';
import { buildReport } from '../report/build';
import { takeBacklogSnapshot } from '../analysis/backlog/index';
import { type BoardHistory, readBoardHistory } from '../analysis/history/board-history';
import { issueFactsOf } from '../analysis/issues/facts';
import type { IssueFacts } from '../domain/issue-facts';
import { emptyReport } from './empty-report';

export interface ComputeOptions {
  projectKey: string;
  settings: ProjectSettings;
  /** Stored snapshots of this board, oldest first (snapshots of another board are ignored). */
  snapshots: BacklogSnapshot[];
  /** The points of this board's earlier reports, oldest first, for the report's history (none: the first report). */
  reportHistory?: HistoryPoint[];
  /** The last load of this board, for an incremental refresh (the load decides whether it can be built on). */
  previous?: BoardData | null;
  /** Board asked for; when left out, settings.boardId (null = the first Scrum board). */
  boardId?: number | null;
  now: Date;
  onProgress?: (p: LoadProgress) => void;
  /** Called with the project's board list when the load reads it (see LoadOptions). */
  onBoardsRead?: (boards: Board[]) => void;
  /** Take a backlog snapshot from the fresh data and use it in the report. */
  takeSnapshot?: boolean;
  /** Site identifier stored in the data and in the empty report (cloud id or host). */
  site?: string;
  /** Project name used for the empty report (defaults to the key). */
  projectName?: string;
  /** Where the app's records of the board's sprints are read from, once its sprints are known. */
  ledger?: LedgerSource;
}

/** One run of a refresh that may go on over several (src/jira/load-checkpoint.ts). */
export interface ComputeStepOptions extends ComputeOptions {
  /** Where the last run stopped; null: a fresh refresh. */
  resume: { checkpoint: LoadCheckpoint; issues: CheckpointIssues } | null;
  /** When this run stops. */
  control: SearchControl;
}

export type ComputeStep = { kind: 'done'; result: ComputeResult } | Extract<LoadStep, { kind: 'paused' }>;

export interface ComputeResult {
  report: Report;
  /** null when the project has no board to analyse. */
  data: BoardData | null;
  /** The snapshot taken in this run, when one was asked for and the board has a backlog. */
  snapshot: BacklogSnapshot | null;
  /** What the issue view shows of single issues (null when the project has no board). */
  issueFacts: IssueFacts | null;
}

function utcDay(isoDateTime: string): string {
  return new Date(isoDateTime).toISOString().slice(0, 10);
}

export async function computeProjectReport(client: JiraClient, opts: ComputeOptions): Promise<ComputeResult> {
  const data = await withoutBoard(opts, () => loadBoardData(client, loadOptions(opts)));
  return data.kind === 'report' ? data.result : await reportOf(data.data, opts);
}

/** One run of a refresh that may go on over several: the result, or where the load stopped. */
export async function computeProjectReportStep(client: JiraClient, opts: ComputeStepOptions): Promise<ComputeStep> {
  let paused: Extract<LoadStep, { kind: 'paused' }> | null = null;
  const data = await withoutBoard(opts, async () => {
    const step = await loadBoardDataStep(client, loadOptions(opts), { resume: opts.resume, control: opts.control });
    if (step.kind === 'done') return step.data;
    paused = step;
    return null;
  });
  if (paused) return paused;
  return { kind: 'done', result: data.kind === 'report' ? data.result : await reportOf(data.data as BoardData, opts) };
}

function loadOptions(opts: ComputeOptions): LoadOptions {
  return {
    projectKey: opts.projectKey,
    boardId: opts.boardId !== undefined ? opts.boardId : opts.settings.boardId,
    acceptanceCriteriaFieldId: opts.settings.definitionOfReady.acceptanceCriteria.fieldId,
    // The load decides whether the previous load can be built on (jira/incremental.ts).
    previous: opts.previous ?? null,
    now: opts.now,
    site: opts.site,
    onProgress: opts.onProgress,
    onBoardsRead: opts.onBoardsRead,
  };
}

/** The load's data, or for a project without a board the empty report that says so. */
async function withoutBoard<T>(opts: ComputeOptions, load: () => Promise<T>): Promise<{ kind: 'data'; data: T } | { kind: 'report'; result: ComputeResult }> {
  try {
    return { kind: 'data', data: await load() };
  } catch (err) {
    if (!(err instanceof NoBoardError)) throw err;
    const report = emptyReport({
      site: opts.site ?? opts.previous?.site ?? '',
      project: { key: opts.projectKey, name: opts.projectName ?? opts.previous?.project.name ?? opts.projectKey },
      now: opts.now,
      reason: 'This project has no board to analyse yet. Create a Scrum board for it in Jira, then refresh.',
      roles: opts.settings.roles,
      earlierReports: opts.reportHistory,
    });
    return { kind: 'report', result: { report, data: null, snapshot: null, issueFacts: null } };
  }
}

/** Today's snapshot when asked for, and the report built with the board's snapshots. */
async function reportOf(data: BoardData, opts: ComputeOptions): Promise<ComputeResult> {
  const snapshots = opts.snapshots.filter((s) => s.boardId === data.board.id);
  let snapshot: BacklogSnapshot | null = null;
  if (opts.takeSnapshot) {
    snapshot = takeBacklogSnapshot(data, opts.now);
    // Today's snapshot replaces one taken earlier the same day.
    const day = utcDay(snapshot.takenAt);
    while (snapshots.length > 0 && utcDay(snapshots[snapshots.length - 1].takenAt) === day) snapshots.pop();
    snapshots.push(snapshot);
  }
  // The board's history is read once, for the report and the facts of single issues. When it cannot
  // be read, the report says so part by part (report/build.ts), and there are no facts this time.
  const history = readHistoryOrNull(data);
  const ledger = opts.ledger && { received: opts.ledger.received, sprints: await opts.ledger.read(data.sprints.filter((s) => s.state !== 'future')) };
  const report = buildReport({ data, settings: opts.settings, snapshots, now: opts.now, ledger, earlierReports: opts.reportHistory ?? [], ...(history ? { history } : {}) });
  const issueFacts = history ? issueFactsOf({ data, history, settings: opts.settings, report, now: opts.now }) : null;
  return { report, data, snapshot, issueFacts };
}

function readHistoryOrNull(data: BoardData): BoardHistory | null {
  try {
    return readBoardHistory(data);
  } catch {
    return null;
  }
}
