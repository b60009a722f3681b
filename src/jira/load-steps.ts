/**
 * The steps loadBoardData and the incremental refresh share: reading sprints and changelogs with
 * failures recorded as partial data, the fields to ask for, and normalising a page of issues.
 */
import type { Board, BoardData, DataQualityNote, FieldIds, Issue, Sprint, StatusCategory } from '../domain/types';
import type { JiraClient } from './client';
import { JiraError } from './errors';
import { normaliseIssue } from './normalise';
import type { ListingCut } from './paging';
import type { RawHistory, RawIssue } from './raw';
import { isRecord } from './raw';
import { readStatusCategory } from './values';

export interface LoadProgress {
  /** 0..1 */
  progress: number;
  message: string;
}

export interface LoadOptions {
  projectKey: string;
  /** Board to analyse; null/undefined = the first Scrum board, else the first board. */
  boardId?: number | null;
  acceptanceCriteriaFieldId?: string | null;
  /** The last load of the same board: only issues updated since are fetched again. */
  previous?: BoardData | null;
  now: Date;
  /** Site identifier stored in BoardData.site (cloud id or host); defaults to the previous load's. */
  site?: string;
  onProgress?: (p: LoadProgress) => void;
  /** Called with the project's board list when the load reads it (a full load does; an incremental one does not). */
  onBoardsRead?: (boards: Board[]) => void;
}

const ISSUE_FIELDS = ['summary', 'issuetype', 'status', 'project', 'labels', 'components', 'parent', 'subtasks', 'issuelinks', 'created', 'updated', 'resolutiondate', 'assignee', 'reporter', 'description'];

export function jqlQuote(value: string): string {
  return `"${value.replace(/(["\\])/g, '\\$1')}"`;
}

export class LoadState {
  readonly notes: DataQualityNote[] = [];
  readonly failures: string[] = [];
  constructor(private readonly onProgress?: (p: LoadProgress) => void) {}
  progress(progress: number, message: string): void {
    this.onProgress?.({ progress, message });
  }
  /** Records a fetch that failed after retries: a note, and a reason for `partial`. */
  failed(code: string, what: string, error: unknown): void {
    if (!(error instanceof JiraError)) throw error;
    this.failures.push(what);
    this.notes.push({ code, message: `${what[0].toUpperCase()}${what.slice(1)} could not be read: ${error.message}` });
  }
  /**
   * Records a listing cut short because Jira kept paging (paging.ts): what was read is used; a note,
   * and a reason for `partial`, each said once (the slices of one search may all be cut alike).
   */
  readonly cut = (listing: ListingCut): void => {
    if (!this.failures.includes(listing.missing)) this.failures.push(listing.missing);
    if (!this.notes.some((note) => note.message === listing.message)) this.notes.push({ code: 'listing-cut-short', message: listing.message });
  };
}

export function changelogFieldIds(fieldIds: FieldIds): string[] {
  const ids = [fieldIds.rank, fieldIds.sprint, 'status', 'resolution', 'assignee', fieldIds.estimate, fieldIds.flagged];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

export function issueFields(fieldIds: FieldIds): string[] {
  const custom = [fieldIds.sprint, fieldIds.rank, fieldIds.estimate, fieldIds.flagged, fieldIds.acceptanceCriteria];
  return [...new Set([...ISSUE_FIELDS, ...custom.filter((id): id is string => id !== null)])];
}

export function statusCategoryMap(statuses: { id: string; statusCategory?: { key?: string } }[]): Record<string, StatusCategory> {
  const map: Record<string, StatusCategory> = {};
  for (const s of statuses) {
    const category = readStatusCategory(s.statusCategory?.key);
    if (category) map[s.id] = category;
  }
  return map;
}

export function projectName<F extends string | null>(issues: RawIssue[], fallback: F): string | F {
  for (const issue of issues) {
    const project = issue.fields.project;
    if (isRecord(project) && typeof project.name === 'string') return project.name;
  }
  return fallback;
}

export async function readSprints(client: JiraClient, board: Board, state: LoadState, fallback: Sprint[]): Promise<Sprint[]> {
  if (board.type === 'kanban') return [];
  try {
    return await client.getSprints(board.id, undefined, state.cut);
  } catch (error) {
    state.failed('sprints-unavailable', `the sprints of board ${board.id}`, error);
    return fallback;
  }
}

/**
 * Sprints for an incremental refresh: closed sprints do not change, so only the open (active and
 * future) ones are read, one page for almost every board. When a sprint that was open last time is
 * no longer among them (it was closed or deleted since), every sprint is read again, as in a full
 * load. The previous order is kept; fresh values replace old ones; new sprints go at the end.
 * Limit: an edit to an already closed sprint (its name or goal) shows after the next full load.
 */
export async function readChangedSprints(client: JiraClient, board: Board, state: LoadState, previous: Sprint[]): Promise<Sprint[]> {
  if (board.type === 'kanban') return [];
  let open: Sprint[];
  try {
    open = await client.getSprints(board.id, 'future,active', state.cut);
  } catch (error) {
    state.failed('sprints-unavailable', `the sprints of board ${board.id}`, error);
    return previous;
  }
  const openById = new Map(open.map((s) => [s.id, s]));
  const stillOpen = previous.filter((s) => s.state !== 'closed').every((s) => openById.has(s.id));
  if (!stillOpen) return readSprints(client, board, state, previous);
  const known = new Set(previous.map((s) => s.id));
  return [...previous.map((s) => openById.get(s.id) ?? s), ...open.filter((s) => !known.has(s.id))];
}

export async function readChangelogs(client: JiraClient, issues: RawIssue[], fieldIds: FieldIds, state: LoadState): Promise<Map<string, RawHistory[]> | null> {
  try {
    return await client.bulkChangelog(issues.map((i) => i.id), changelogFieldIds(fieldIds), state.cut);
  } catch (error) {
    state.failed('changelog-unavailable', 'the change history of the issues', error);
    return null;
  }
}

export function normaliseAll(
  rawIssues: RawIssue[],
  histories: Map<string, RawHistory[]> | null,
  previousById: Map<string, Issue> | null,
  ctx: Parameters<typeof normaliseIssue>[2],
  state: LoadState,
): Issue[] {
  return rawIssues.map((raw) => {
    const { issue, notes } = normaliseIssue(raw, histories?.get(raw.id) ?? [], ctx);
    state.notes.push(...notes);
    // Without fresh histories, an issue seen before keeps the history we already had.
    if (histories === null && previousById?.has(raw.id)) issue.changelog = previousById.get(raw.id)!.changelog;
    return issue;
  });
}

/** `partial` for BoardData: null when everything was read. */
export function partialOf(state: LoadState): { reason: string } | null {
  return state.failures.length ? { reason: `Some data could not be read from Jira: ${state.failures.join('; ')}.` } : null;
}
