/**
 * loadBoardData: everything the analysis needs about one board of one project, in as few requests
 * as Jira allows.
 *
 * Full load: boards (to pick one), board configuration, then at the same time the sprints, fields,
 * statuses and the project's issues (sub-tasks included) fetched as created-date slices in parallel
 * and merged in rank order (see partition.ts); the bulk changelog of rank, sprint, status,
 * resolution, assignee, estimate and Flagged is read in batches of 1000 as search pages arrive
 * (changelog-pipeline.ts). All under the client's concurrency cap.
 *
 * Incremental load (with a complete `previous` of the same project, board and acceptance-criteria
 * field; a partial previous load is not built on, so a full load is done instead):
 * board configuration (1 request) and sprints (1 request; closing a sprint changes no issue, so
 * sprints are always read again), then one search `project = KEY AND updated >= "<previous
 * fetchedAt − 5 min, UTC, yyyy-MM-dd HH:mm>"`. Changelogs are fetched only for the issues it
 * returns; statuses only when one of them has a status the last load did not know. An unchanged
 * Scrum project costs 3 requests (2 for Kanban, which has no sprints). If the board's estimation
 * or rank field changed, a full load is done instead. Limits: deleted or moved issues cannot be
 * seen incrementally (they stay until the next full load, previous = null); JQL reads the date in
 * the calling user's Jira time zone, so a user far west of UTC should refresh fully now and then.
 *
 * No board: NoBoardError is thrown (the caller turns it into a report that says so). When the board
 * settings, the sprints or the changelog cannot be read (after retries), the load goes on without
 * them and says so in `partial: { reason }` and the notes; without the issues there is nothing to
 * show, so a failed issue search throws its JiraError.
 */
import type { Board, BoardConfig, BoardData } from '../domain/types';
import type { JiraClient } from './client';
import { discoverFields } from './fields';
import { refreshIncrementally, sameFields } from './incremental';
import { ChangelogPipeline } from './changelog-pipeline';
import { LoadState, issueFields, jqlQuote, normaliseAll, partialOf, projectName, readSprints, statusCategoryMap } from './load-steps';
import type { LoadOptions } from './load-steps';
import { orderByRank } from './order';
import { createdRangePartitions } from './partition';
import type { RawIssue } from './raw';
import { parseJiraDate } from './values';

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

/** Slices of the first full search, fetched in parallel. */
const FULL_LOAD_SLICES = 4;

export async function listProjectBoards(client: JiraClient, projectKey: string): Promise<Board[]> {
  return client.getBoardsForProject(projectKey);
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

/**
 * Issues of the project in rank order: created-date slices in parallel when a rank field is known.
 * Each page is handed to `pipeline` as it arrives, so histories are read while the search pages on.
 */
async function searchAllIssues(client: JiraClient, projectKey: string, fieldIds: BoardData['fieldIds'], now: Date, pipeline: ChangelogPipeline): Promise<RawIssue[]> {
  const base = `project = ${jqlQuote(projectKey)}`;
  const fields = issueFields(fieldIds);
  if (fieldIds.rank === null) {
    return client.searchIssues({ jql: `${base} ORDER BY Rank ASC`, fields, onPage: (page) => pipeline.add(page) });
  }
  const oldest = await client.searchIssues({ jql: `${base} ORDER BY created ASC`, fields: ['created'], maxResults: 1, limit: 1 });
  if (oldest.length === 0) return [];
  const createdMs = typeof oldest[0].fields.created === 'string' ? parseJiraDate(oldest[0].fields.created) : Number.NaN;
  const partitions = Number.isNaN(createdMs) ? [] : createdRangePartitions(new Date(createdMs), now, FULL_LOAD_SLICES);
  return client.searchPartitioned({ baseJql: base, partitions, fields, rankFieldId: fieldIds.rank, onPage: (page) => pipeline.add(page) });
}

export async function loadBoardData(client: JiraClient, opts: LoadOptions): Promise<BoardData> {
  const state = new LoadState(opts.onProgress);
  const previous = opts.previous ?? null;
  const acceptanceCriteriaFieldId = opts.acceptanceCriteriaFieldId ?? null;
  const fetchedAt = opts.now.toISOString();

  state.progress(0, 'Finding the board');
  const reusable =
    previous !== null &&
    previous.partial === null &&
    previous.project.key === opts.projectKey &&
    (opts.boardId === null || opts.boardId === undefined || opts.boardId === previous.board.id) &&
    previous.fieldIds.acceptanceCriteria === acceptanceCriteriaFieldId;
  const board = reusable ? previous.board : pickBoard(await client.getBoardsForProject(opts.projectKey), opts.projectKey, opts.boardId);

  state.progress(0.1, 'Reading the board settings');
  let config: BoardConfig | null = null;
  try {
    config = await client.getBoardConfig(board.id);
  } catch (error) {
    state.failed('board-config-unavailable', `the settings of board "${board.name}"`, error);
    if (reusable) config = previous.config;
  }

  if (reusable && previous && config && sameFields(previous, config)) {
    return refreshIncrementally(client, opts, previous, config, state, fetchedAt);
  }

  // Sprints need nothing else, so they are read while fields, statuses and issues are.
  const sprintsRead = readSprints(client, board, state, []);
  sprintsRead.catch(() => undefined); // awaited below; a bug thrown there must not go unhandled meanwhile
  state.progress(0.2, 'Reading fields and statuses');
  const [rawFields, statuses] = await Promise.all([client.getFields(), client.getStatuses()]);
  const discovered = discoverFields(rawFields, config, acceptanceCriteriaFieldId);
  state.notes.push(...discovered.notes);
  const fieldIds = discovered.fieldIds;
  // The estimation actually used (the board's, or the site's story points field when the board names none).
  const effectiveConfig: BoardConfig = config
    ? { ...config, estimation: discovered.estimation }
    : { boardId: board.id, estimation: discovered.estimation, rankFieldId: fieldIds.rank, columns: [], doneColumnStatusIds: [] };
  const statusCategories = statusCategoryMap(statuses);

  state.progress(0.4, 'Reading issues and their history');
  const pipeline = new ChangelogPipeline(client, fieldIds);
  let rawIssues: RawIssue[];
  try {
    rawIssues = await searchAllIssues(client, opts.projectKey, fieldIds, opts.now, pipeline);
  } catch (error) {
    await Promise.allSettled([pipeline.abandon(), sprintsRead]);
    throw error;
  }

  state.progress(0.7, `Reading the history of ${rawIssues.length} issues`);
  const histories = await pipeline.finish(state);
  const sprints = await sprintsRead;

  state.progress(0.95, 'Putting it together');
  const issues = orderByRank(normaliseAll(rawIssues, histories, null, { projectKey: opts.projectKey, fieldIds, statusCategories, fetchedAt }, state));
  state.progress(1, 'Done');
  return {
    site: opts.site ?? previous?.site ?? '',
    project: { key: opts.projectKey, name: projectName(rawIssues, opts.projectKey) },
    board,
    config: effectiveConfig,
    fieldIds,
    sprints,
    issues,
    statusCategories,
    notes: state.notes,
    partial: partialOf(state),
    fetchedAt,
  };
}

