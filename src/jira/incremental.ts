/**
 * The incremental refresh behind loadBoardData (see load.ts for the rule and its limits): open
 * sprints (all of them only when one closed since, see readChangedSprints),
 * one search for issues updated since the last load, changelogs of those issues only, merged
 * into the previous data in rank order.
 */
import type { BoardConfig, BoardData } from '../domain/types';
import { recordSprintGoals } from '../domain/goal-observations';
import type { JiraClient } from './client';
import { DISCOVERY_NOTE_CODES } from './fields';
import { LoadState, issueFields, jqlQuote, normaliseAll, partialOf, projectName, readChangedSprints, readChangelogs, statusCategoryMap } from './load-steps';
import type { LoadOptions } from './load-steps';
import { mergeIssues } from './order';
import { jqlMinute } from './partition';
import type { RawHistory } from './raw';
import { isRecord } from './raw';
import { parseJiraDate, readDateTime } from './values';

/**
 * How far before the last load the search for updated issues starts. JQL reads "yyyy-MM-dd HH:mm" in
 * the caller's Jira time zone (UTC−12 to UTC+14), so a UTC time can name a moment up to 12 hours later
 * than meant; 14 hours covers that, plus 5 minutes for clock skew. Issues the search finds that are
 * unchanged since the last load (same `updated`) are kept as they were, without reading their history.
 */
const INCREMENTAL_MARGIN_MS = (14 * 60 + 5) * 60 * 1000;

/** An incremental refresh cannot see deleted or moved issues: after this long, a refresh is a full load again. */
const FULL_LOAD_EVERY_MS = 7 * 24 * 60 * 60 * 1000;

/** The previous load is of this project and, when a board is named, of that board. */
export function isOfBoard(previous: BoardData, projectKey: string, boardId: number | null | undefined): boolean {
  return previous.project.key === projectKey && (boardId === null || boardId === undefined || boardId === previous.board.id);
}

/**
 * The one answer to "may this load build on the previous one?": the previous load when it is of the
 * same project and board, complete (a partial load is not built on), read with the same
 * acceptance-criteria field, with the issue types' hierarchy levels, and its last full load is under
 * a week old; null otherwise (a full load is done). Whether the board still uses the same estimate and rank fields is asked once its
 * configuration is read (sameFields).
 */
export function reusablePrevious(opts: LoadOptions): BoardData | null {
  const previous = opts.previous ?? null;
  if (previous === null || previous.partial !== null || !isOfBoard(previous, opts.projectKey, opts.boardId)) return null;
  if (previous.fieldIds.acceptanceCriteria !== (opts.acceptanceCriteriaFieldId ?? null) || previous.fullLoadAt === undefined) return null;
  // Data stored before issue types carried their hierarchy level cannot tell epics from stories.
  if (previous.issues.some((issue) => typeof issue.issueType.hierarchyLevel !== 'number')) return null;
  return opts.now.getTime() - parseJiraDate(previous.fullLoadAt) < FULL_LOAD_EVERY_MS ? previous : null;
}

/** Whether the board still reads estimates and rank from the fields the previous load used. */
export function sameFields(previous: BoardData, config: BoardConfig): boolean {
  const estimate = config.estimation.type === 'field' ? config.estimation.fieldId : config.estimation.type === 'issueCount' ? null : previous.fieldIds.estimate;
  const rank = config.rankFieldId ?? previous.fieldIds.rank;
  return estimate === previous.fieldIds.estimate && rank === previous.fieldIds.rank;
}

export async function refreshIncrementally(client: JiraClient, opts: LoadOptions, previous: BoardData, config: BoardConfig, state: LoadState, fetchedAt: string): Promise<BoardData> {
  const fieldIds = previous.fieldIds;
  state.progress(0.3, 'Reading sprints');
  const sprints = await readChangedSprints(client, previous.board, state, previous.sprints);

  state.progress(0.4, 'Looking for changed issues');
  const since = new Date(parseJiraDate(previous.fetchedAt) - INCREMENTAL_MARGIN_MS);
  const rawIssues = await client.searchIssues({
    jql: `project = ${jqlQuote(opts.projectKey)} AND updated >= "${jqlMinute(since)}" ORDER BY Rank ASC`,
    fields: issueFields(fieldIds),
    onCut: state.cut,
  });

  let statusCategories = previous.statusCategories;
  const unknownStatus = rawIssues.some((raw) => {
    const status = raw.fields.status;
    return isRecord(status) && typeof status.id === 'string' && !(status.id in statusCategories);
  });
  if (unknownStatus) statusCategories = statusCategoryMap(await client.getStatuses());

  const previousById = new Map(previous.issues.map((i) => [i.id, i]));
  const changed = rawIssues.filter((raw) => {
    const before = previousById.get(raw.id);
    return before === undefined || readDateTime(raw.fields.updated) !== before.updated;
  });
  state.progress(0.6, `Reading the history of ${changed.length} changed issues`);
  const histories = changed.length ? await readChangelogs(client, changed, fieldIds, state) : new Map<string, RawHistory[]>();

  state.progress(0.95, 'Putting it together');
  const refreshed = normaliseAll(changed, histories, previousById, { projectKey: opts.projectKey, fieldIds, statusCategories, fetchedAt }, state);
  const refreshedKeys = new Set(changed.map((r) => r.key));
  const keptNotes = previous.notes.filter((n) => (n.issueKey ? !refreshedKeys.has(n.issueKey) : DISCOVERY_NOTE_CODES.has(n.code)));
  state.progress(1, 'Done');
  return {
    ...previous,
    site: opts.site ?? previous.site,
    project: { key: opts.projectKey, name: projectName(rawIssues, previous.project.name) },
    config: config.estimation.type === 'none' ? { ...config, estimation: previous.config.estimation } : config,
    sprints,
    issues: mergeIssues(previous.issues, refreshed),
    statusCategories,
    notes: [...keptNotes, ...state.notes],
    partial: partialOf(state),
    fetchedAt,
    sprintGoals: recordSprintGoals(previous.sprintGoals, sprints, fetchedAt),
  };
}
