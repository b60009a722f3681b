/**
 * loadBoardData: everything the analysis needs about one board of one project, in as few requests
 * as Jira allows.
 *
 * Full load: boards (to pick one), board configuration, then at the same time the sprints, fields,
 * statuses and the project's issues (sub-tasks included): the oldest page first, then the rest as
 * created-date slices in parallel (full-search.ts), put in rank order at the end (order.ts); the
 * bulk changelog of rank, sprint, status, resolution, assignee, estimate and Flagged is read in
 * batches of 1000 as search pages arrive (changelog-pipeline.ts). All under the client's
 * concurrency cap. A full load may also go on over several runs (loadBoardDataStep,
 * load-checkpoint.ts): a run stops when its `control` says so, and the next goes on from there.
 *
 * Incremental load, when `previous` can be built on (reusablePrevious in incremental.ts, the one
 * place that decides: a complete load of the same project, board and acceptance-criteria field,
 * whose last full load is under 7 days old; otherwise a full load is done):
 * board configuration (1 request) and sprints (1 request; closing a sprint changes no issue, so
 * sprints are always read again), then one search `project = KEY AND updated >= "<previous
 * fetchedAt − 14 h 5 min, UTC, yyyy-MM-dd HH:mm>"` (the margin covers Jira reading the time in the
 * caller's time zone; see incremental.ts). Changelogs are fetched only for the issues it returns
 * whose `updated` differs from the last load's; statuses only when one of them has a status the last load did not know. An unchanged
 * Scrum project costs 3 requests (2 for Kanban, which has no sprints). If the board's estimation
 * or rank field changed, a full load is done instead. Limits: deleted or moved issues cannot be
 * seen incrementally, nor can a change that leaves an issue's `updated` alone (a blocking issue
 * being resolved elsewhere); the weekly full load picks them up.
 *
 * Both loads carry the sprint goals observed by earlier loads of the board on, adding one for each
 * sprint seen for the first time or whose goal differs from the last seen (domain/goal-observations.ts).
 *
 * No board: NoBoardError is thrown (the caller turns it into a report that says so). When the board
 * settings, the sprints or the changelog cannot be read (after retries), the load goes on without
 * them and says so in `partial: { reason }` and the notes; without the issues there is nothing to
 * show, so a failed issue search throws its JiraError.
 */
import type { Board, BoardConfig, BoardData } from '../domain/types';
import type { JiraClient } from './client';
import { discoverFields } from './fields';
import { ONE_RUN, type SearchControl } from './full-search';
import { runFullLoad } from './full-load';
import { refreshIncrementally, reusablePrevious, sameFields } from './incremental';
import type { CheckpointIssues, LoadCheckpoint, LoadStep } from './load-checkpoint';
import { LoadState, readSprints, statusCategoryMap } from './load-steps';
import type { LoadOptions } from './load-steps';

export type { LoadOptions, LoadProgress } from './load-steps';

/** Thrown when the project has no board to analyse (or the asked-for board is not among its boards). */
export class NoBoardError extends Error {
  readonly projectKey: string;
  constructor(projectKey: string, message: string) {
    super(message);
    this.name = 'NoBoardError';
    this.projectKey = projectKey;
  }
}

export async function listProjectBoards(client: JiraClient, projectKey: string): Promise<Board[]> {
  return client.getBoardsForProject(projectKey);
}

async function readBoards(client: JiraClient, opts: LoadOptions, state: LoadState): Promise<Board[]> {
  const boards = await client.getBoardsForProject(opts.projectKey, state.cut);
  opts.onBoardsRead?.(boards);
  return boards;
}

/** The given board, else the first Scrum board (the project's own first), else the first board. */
export function pickBoard(boards: Board[], projectKey: string, boardId: number | null | undefined): Board {
  if (boardId !== null && boardId !== undefined) {
    const asked = boards.find((b) => b.id === boardId);
    if (!asked) throw new NoBoardError(projectKey, `Board ${boardId} is not one of the boards of project ${projectKey} (or we may not see it).`);
    return asked;
  }
  // Boards located in the project come before boards of other projects whose filter includes it.
  const own = boards.filter((b) => b.projectKey === projectKey);
  const board = own.find((b) => b.type === 'scrum') ?? boards.find((b) => b.type === 'scrum') ?? own[0] ?? boards[0];
  if (!board) throw new NoBoardError(projectKey, `Project ${projectKey} has no board yet, so there are no sprints or backlog order to look at.`);
  return board;
}

/** Everything the analysis needs about one board, read in one run (a run that cannot stop halfway). */
export async function loadBoardData(client: JiraClient, opts: LoadOptions): Promise<BoardData> {
  const step = await loadBoardDataStep(client, opts, { resume: null, control: ONE_RUN });
  if (step.kind !== 'done') throw new Error('A load in one run stopped halfway.');
  return step.data;
}

/**
 * One run of a load: a whole load, or a step of a full load that goes on over several runs
 * (load-checkpoint.ts): `resume` is where the last run stopped, `control` says when this one stops.
 */
export async function loadBoardDataStep(client: JiraClient, opts: LoadOptions, step: { resume: { checkpoint: LoadCheckpoint; issues: CheckpointIssues } | null; control: SearchControl }): Promise<LoadStep> {
  const state = new LoadState(opts.onProgress);
  if (step.resume) {
    const { checkpoint, issues } = step.resume;
    state.notes.push(...checkpoint.notes);
    state.failures.push(...checkpoint.failures);
    return runFullLoad(client, opts, state, { checkpoint: { ...checkpoint, steps: checkpoint.steps + 1 }, sprints: null, issues }, step.control);
  }
  const acceptanceCriteriaFieldId = opts.acceptanceCriteriaFieldId ?? null;
  const fetchedAt = opts.now.toISOString();

  state.progress(0, 'Finding the board');
  const reusable = reusablePrevious(opts);
  const board = reusable ? reusable.board : pickBoard(await readBoards(client, opts, state), opts.projectKey, opts.boardId);

  state.progress(0.1, 'Reading the board settings');
  let config: BoardConfig | null = null;
  try {
    config = await client.getBoardConfig(board.id);
  } catch (error) {
    state.failed('board-config-unavailable', `the settings of board "${board.name}"`, error);
    if (reusable) config = reusable.config;
  }

  if (reusable && config && sameFields(reusable, config)) {
    return { kind: 'done', data: await refreshIncrementally(client, opts, reusable, config, state, fetchedAt) };
  }

  // Sprints need nothing else, so they are read while fields, statuses and issues are.
  const sprintsRead = readSprints(client, board, state, []);
  sprintsRead.catch(() => undefined); // awaited by the full load; a bug thrown there must not go unhandled meanwhile
  state.progress(0.2, 'Reading fields and statuses');
  const [rawFields, statuses] = await Promise.all([client.getFields(), client.getStatuses()]);
  const discovered = discoverFields(rawFields, config, acceptanceCriteriaFieldId);
  state.notes.push(...discovered.notes);
  const fieldIds = discovered.fieldIds;
  // The estimation actually used (the board's, or the site's story points field when the board names none).
  const effectiveConfig: BoardConfig = config
    ? { ...config, estimation: discovered.estimation }
    : { boardId: board.id, estimation: discovered.estimation, rankFieldId: fieldIds.rank, columns: [], doneColumnStatusIds: [] };
  const checkpoint: LoadCheckpoint = {
    projectKey: opts.projectKey,
    acceptanceCriteriaFieldId,
    startedAt: fetchedAt,
    steps: 1,
    board,
    config: effectiveConfig,
    fieldIds,
    statusCategories: statusCategoryMap(statuses),
    sprints: [],
    notes: [],
    failures: [],
    projectName: null,
    slices: null,
    issuesRead: 0,
    issuesExpected: null,
  };
  return runFullLoad(client, opts, state, { checkpoint, sprints: sprintsRead, issues: null }, step.control);
}
