/**
 * The board's history: every issue's history (issue-history.ts), read once per report by
 * src/report/build.ts and passed to the sprint, backlog and role figures. Nothing here is cached
 * between calls: reading the history twice reads it twice.
 */
import type { BoardData, DataQualityNote } from '../../domain/types';
import { parseSprintIds } from './parse';
import { type NaturalKeyOrder, naturalKeyOrder } from './key-order';
import { type HistoryFieldIds, type IssueHistory, countMalformedEstimates, readIssueHistory } from './issue-history';

export interface BoardHistory {
  issues: IssueHistory[];
  byKey: Map<string, IssueHistory>;
  /** Sprint id -> issues that were ever in it (so a sprint never scans every issue). */
  bySprint: Map<number, IssueHistory[]>;
  /** The fields read, and the rank field (from field discovery, else the board configuration). */
  fieldIds: HistoryFieldIds & { rank: string | null };
  notes: DataQualityNote[];
  /** Every issue's place in natural key order, when every key is "PREFIX-123" (else null). */
  keyOrder: KeyOrder | null;
}

/** The board's issues in natural key order (see key-order.ts). */
export type KeyOrder = NaturalKeyOrder<IssueHistory>;

/** The estimate field: the board's estimation field, else the discovered story-points field. */
export function estimateFieldId(data: BoardData): string | null {
  return data.config.estimation.type === 'field' ? data.config.estimation.fieldId : data.fieldIds.estimate;
}

/** Reads every issue's history once, in the board's issue order. */
export function readBoardHistory(data: BoardData): BoardHistory {
  const fieldIds = { sprint: data.fieldIds.sprint, estimate: estimateFieldId(data), flagged: data.fieldIds.flagged, rank: data.fieldIds.rank ?? data.config.rankFieldId };
  const issues: IssueHistory[] = [];
  const byKey = new Map<string, IssueHistory>();
  const bySprint = new Map<number, IssueHistory[]>();
  const sprintIdsOf = rememberedSprintIds();
  for (const issue of data.issues) {
    const history = readIssueHistory(issue, fieldIds, data.statusCategories, sprintIdsOf);
    issues.push(history);
    byKey.set(issue.key, history);
    for (const sprintId of history.membership.keys()) {
      const list = bySprint.get(sprintId);
      if (list) list.push(history);
      else bySprint.set(sprintId, [history]);
    }
  }
  return { issues, byKey, bySprint, fieldIds, notes: historyNotes(data, issues, fieldIds), keyOrder: naturalKeyOrder(issues) };
}

/** What the histories could not be read for: unknown statuses, missing fields, unreadable estimates. */
function historyNotes(data: BoardData, issues: readonly IssueHistory[], fieldIds: HistoryFieldIds): DataQualityNote[] {
  const unknownStatuses = new Map<string, string[]>();
  let malformedEstimates = 0;
  for (const history of issues) {
    for (const statusId of history.unknownStatusIds) {
      const keys = unknownStatuses.get(statusId) ?? [];
      keys.push(history.issue.key);
      unknownStatuses.set(statusId, keys);
    }
    malformedEstimates += countMalformedEstimates(history.issue.changelog, fieldIds.estimate);
  }
  const notes: DataQualityNote[] = [];
  for (const [statusId, keys] of unknownStatuses) {
    notes.push({
      code: 'unknown-status',
      message:
        `Status ${statusId} appears in the history of ${keys.length} issue(s) but is no longer in this site's status list ` +
        '(probably a workflow change). While an issue was in it, we treated it as done when the issue was resolved and as not done otherwise.',
      issueKey: keys[0],
    });
  }
  if (fieldIds.sprint === null && data.sprints.length > 0) {
    notes.push({
      code: 'missing-sprint-field',
      message: 'The Sprint field was not found on this site, so each issue is taken to have been in its current sprints since it was created: additions and removals during a sprint cannot be seen.',
    });
  }
  if (fieldIds.flagged === null && data.sprints.length > 0) {
    notes.push({ code: 'missing-flagged-field', message: 'The Flagged field was not found on this site, so impediments (flagged items) cannot be measured.' });
  }
  if (malformedEstimates > 0) {
    notes.push({
      code: 'malformed-estimate',
      message: `${malformedEstimates} estimate change(s) held a value that is not a number; we read them as "no estimate".`,
      fieldId: fieldIds.estimate ?? undefined,
    });
  }
  return notes;
}

/** parseSprintIds, remembering each value's set (the sets are shared: read them, never change them). */
function rememberedSprintIds(): (value: string | null) => Set<number> {
  const known = new Map<string, Set<number>>();
  return (value) => {
    if (value === null) return parseSprintIds(null);
    let ids = known.get(value);
    if (ids === undefined) {
      ids = parseSprintIds(value);
      known.set(value, ids);
    }
    return ids;
  };
}
