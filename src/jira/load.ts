/**
 * loadBoardData: everything the analysis needs about one board of one project, in as few requests
 * as Jira allows.
 *
 * Full load: boards (to pick one), board configuration, then at the same time the sprints, fields,
 * statuses and the project's issues (sub-tasks included): the oldest page first, then the rest as
 * created-date slices in parallel, merged in rank order (see searchAllIssues, partition.ts); the bulk changelog of rank, sprint, status,
 * resolution, assignee, estimate and Flagged is read in batches of 1000 as search pages arrive
 * (changelog-pipeline.ts). All under the client's concurrency cap.
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
import { recordSprintGoals } from '../domain/goal-observations';
import type { JiraClient } from './client';
import { discoverFields } from './fields';
import { isOfBoard, refreshIncrementally, reusablePrevious, sameFields } from './incremental';
import { ChangelogPipeline } from './changelog-pipeline';
import { LoadState, issueFields, jqlQuote, partialOf, projectName, readSprints, statusCategoryMap } from './load-steps';
import { Interner } from '../domain/interner';
import { normaliseFields } from './normalise';
import { normaliseChangelog } from './normalise-changelog';
import type { LoadOptions } from './load-steps';
import { rankInPlace } from './order';
import { createdRangesFrom } from './partition';
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

/** Most created-date slices of a full search fetched side by side (the client's limiter allows 4 requests at once). */
const MAX_SLICES = 4;
/** Search pages one slice is meant to read. */
const PAGES_PER_SLICE = 8;
/** JQL dates are read in the caller's time zone, from UTC−12 to UTC+14. */
const TIME_ZONE_MARGIN_MS = 14 * 60 * 60 * 1000;

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

/**
 * Issues of the project, read in as few pages as the data needs:
 * 1. The oldest page first (`ORDER BY created ASC`, full fields). A project that fits in it costs one request.
 * 2. The rest, `created >=` the newest issue of that page, in created-date slices fetched side by side.
 *    The number of slices is guessed from how fast issues were created in the first page (pages left ≈
 *    (now − newest) / (newest − oldest)), one slice per PAGES_PER_SLICE pages, at most MAX_SLICES: every
 *    slice ends in a part-filled page, so fewer slices waste fewer requests on small projects.
 *    The lower bound is moved back TIME_ZONE_MARGIN_MS, because Jira reads JQL dates in the caller's time
 *    zone; issues read twice are kept once (and their history is asked for once).
 * Each new page is handed to `pipeline` as it arrives, so histories are read while the search pages on;
 * the search keeps no page itself (the pipeline normalises them, and Jira's raw answers can go).
 * Gives the number of issues read and the project's name as Jira spells it (null when no issue says).
 */
async function searchAllIssues(client: JiraClient, projectKey: string, fieldIds: BoardData['fieldIds'], now: Date, pipeline: ChangelogPipeline, state: LoadState): Promise<{ count: number; name: string | null }> {
  const base = `project = ${jqlQuote(projectKey)}`;
  const fields = issueFields(fieldIds);
  const seen = new Set<string>();
  let name: string | null = null;
  const onPage = (page: RawIssue[]) => {
    const fresh = page.filter((issue) => !seen.has(issue.id) && seen.add(issue.id));
    if (fresh.length === 0) return;
    name ??= projectName(fresh, null);
    pipeline.add(fresh);
  };
  const done = () => ({ count: seen.size, name });
  if (fieldIds.rank === null) {
    await client.searchIssues({ jql: `${base} ORDER BY Rank ASC`, fields, onPage, collect: false, onCut: state.cut });
    return done();
  }
  const head = await client.searchFirstPage({ jql: `${base} ORDER BY created ASC`, fields });
  onPage(head.issues);
  if (!head.more) return done();
  const created = head.issues.map((issue) => (typeof issue.fields.created === 'string' ? parseJiraDate(issue.fields.created) : Number.NaN));
  // Without readable creation times the rest cannot be bounded: read everything again (kept once).
  const partitions = created.length === 0 || created.some(Number.isNaN) ? [] : restPartitions(Math.min(...created), Math.max(...created), now);
  await client.searchPartitioned({ baseJql: base, partitions, fields, rankFieldId: fieldIds.rank, onPage, collect: false, onCut: state.cut });
  return done();
}

function restPartitions(oldestMs: number, newestMs: number, now: Date): string[] {
  const headSpan = newestMs - oldestMs;
  const pagesLeft = headSpan > 0 ? (now.getTime() - newestMs) / headSpan : Number.POSITIVE_INFINITY;
  const slices = Math.min(MAX_SLICES, Math.max(1, Math.round(pagesLeft / PAGES_PER_SLICE)));
  return createdRangesFrom(new Date(newestMs - TIME_ZONE_MARGIN_MS), now, slices);
}

export async function loadBoardData(client: JiraClient, opts: LoadOptions): Promise<BoardData> {
  const state = new LoadState(opts.onProgress);
  const previous = opts.previous ?? null;
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
    return refreshIncrementally(client, opts, reusable, config, state, fetchedAt);
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
  // One interner for the whole load: equal people and values across issues share one object.
  const interner = new Interner();
  const context = { projectKey: opts.projectKey, fieldIds, statusCategories, fetchedAt, interner };
  const pipeline = new ChangelogPipeline(client, fieldIds, {
    fields: (raw) => normaliseFields(raw, context),
    changelog: (histories, issueKey, notes) => normaliseChangelog(histories, issueKey, notes, interner),
  });
  let found: { count: number; name: string | null };
  try {
    found = await searchAllIssues(client, opts.projectKey, fieldIds, opts.now, pipeline, state);
  } catch (error) {
    await Promise.allSettled([pipeline.abandon(), sprintsRead]);
    throw error;
  }

  state.progress(0.7, `Reading the history of ${found.count} issues`);
  const normalised = await pipeline.finish(state);
  const sprints = await sprintsRead;

  state.progress(0.95, 'Putting it together');
  const issues = rankInPlace(normalised.map((n) => n.issue));
  // The issues' data-quality notes in the issues' rank order (batches finish in any order).
  const notesById = new Map(normalised.map((n) => [n.issue.id, n.notes]));
  for (const issue of issues) state.notes.push(...(notesById.get(issue.id) ?? []));
  state.progress(1, 'Done');
  return {
    site: opts.site ?? previous?.site ?? '',
    project: { key: opts.projectKey, name: found.name ?? opts.projectKey },
    board,
    config: effectiveConfig,
    fieldIds,
    sprints,
    issues,
    statusCategories,
    notes: state.notes,
    partial: partialOf(state),
    fetchedAt,
    fullLoadAt: fetchedAt,
    // Goals seen by earlier loads of this board are carried on (Jira keeps no goal history).
    sprintGoals: recordSprintGoals(previous && isOfBoard(previous, opts.projectKey, board.id) ? previous.sprintGoals : undefined, sprints, fetchedAt),
  };
}

