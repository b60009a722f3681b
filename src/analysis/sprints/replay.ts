/**
 * Replays each issue's changelog once into sorted timelines, so that "was issue X in sprint S at
 * time t", "was it done at t", "what was its estimate at t" are binary searches afterwards.
 *
 * - Sprint field: `from`/`to` hold sprint ids joined by ", " (any order, parsed as sets). The value
 *   before the first change is that change's `from`; with no change, the current `sprintIds`, held
 *   since `created` (an issue created straight into a sprint is in it from its creation).
 * - Done: status ids map to categories through data.statusCategories. A status id the list no
 *   longer has (after a workflow migration) counts as done while the issue's resolution is set and
 *   not done while it is empty; one data-quality note per such status. Resolution comes from the
 *   "resolution" changelog items, or, when the history has none, from `resolutionDate` onwards.
 * - Estimate: values from fromString/toString; before the first change, its fromString; without
 *   changes, the current estimate.
 * - Flagged: set while the Flagged field holds a value.
 */
import type { BoardData, ChangeEvent, DataQualityNote, Issue, StatusCategory } from '../../domain/types';
import { isSet, parseEstimate, parseSprintIds, toMs } from './parse';
import { type StepTimeline, constantTimeline, pushStep } from './timeline';
import { type MembershipInterval, buildMembership } from './membership';

export interface IssueReplay {
  issue: Issue;
  createdMs: number;
  /** Epoch ms of each changelog item, aligned with issue.changelog (NaN when unreadable). */
  eventMs: number[];
  /** Sprint id -> the periods the issue was in that sprint, oldest first. */
  membership: Map<number, MembershipInterval[]>;
  done: StepTimeline<boolean>;
  estimate: StepTimeline<number | null>;
  flagged: StepTimeline<boolean>;
  /** Status ids in the history that the site's status list no longer has. */
  unknownStatusIds: string[];
}

export interface BoardReplay {
  issues: IssueReplay[];
  byKey: Map<string, IssueReplay>;
  /** Sprint id -> issues that were ever in it (so a sprint never scans every issue). */
  bySprint: Map<number, IssueReplay[]>;
  notes: DataQualityNote[];
}

export interface ReplayFieldIds {
  sprint: string | null;
  estimate: string | null;
  flagged: string | null;
}

/** The estimate field: the board's estimation field, else the discovered story-points field. */
export function estimateFieldId(data: BoardData): string | null {
  return data.config.estimation.type === 'field' ? data.config.estimation.fieldId : data.fieldIds.estimate;
}

const cache = new WeakMap<BoardData, BoardReplay>();

/** Replays every issue of the board once; memoised per BoardData object (the data is never mutated). */
export function replayBoard(data: BoardData): BoardReplay {
  const cached = cache.get(data);
  if (cached) return cached;
  const fieldIds: ReplayFieldIds = { sprint: data.fieldIds.sprint, estimate: estimateFieldId(data), flagged: data.fieldIds.flagged };
  const issues: IssueReplay[] = [];
  const byKey = new Map<string, IssueReplay>();
  const bySprint = new Map<number, IssueReplay[]>();
  const unknownStatuses = new Map<string, string[]>();
  let malformedEstimates = 0;
  for (const issue of data.issues) {
    const replay = replayIssue(issue, fieldIds, data.statusCategories);
    issues.push(replay);
    byKey.set(issue.key, replay);
    for (const sprintId of replay.membership.keys()) {
      const list = bySprint.get(sprintId);
      if (list) list.push(replay);
      else bySprint.set(sprintId, [replay]);
    }
    for (const statusId of replay.unknownStatusIds) {
      const keys = unknownStatuses.get(statusId) ?? [];
      keys.push(issue.key);
      unknownStatuses.set(statusId, keys);
    }
    malformedEstimates += countMalformedEstimates(issue.changelog, fieldIds.estimate);
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
  const result: BoardReplay = { issues, byKey, bySprint, notes };
  cache.set(data, result);
  return result;
}

/** One pass over one issue's changelog. */
export function replayIssue(issue: Issue, fieldIds: ReplayFieldIds, statusCategories: Record<string, StatusCategory>): IssueReplay {
  const eventMs = issue.changelog.map((e) => toMs(e.at) ?? NaN);
  const events = sortedEvents(issue.changelog, eventMs);
  const createdMs = toMs(issue.created) ?? (events.length > 0 ? events[0].ms : 0);
  const sprintEvents = fieldIds.sprint === null ? [] : events.filter((e) => e.event.fieldId === fieldIds.sprint);
  const membership = buildMembership(
    issue.sprintIds,
    sprintEvents.map((e) => ({ ms: e.ms, from: parseSprintIds(e.event.from), to: parseSprintIds(e.event.to), by: e.event.author?.accountId ?? null })),
    createdMs,
    issue.reporter?.accountId ?? null,
  );
  const { done, unknownStatusIds } = replayDone(issue, events, statusCategories);
  return {
    issue,
    createdMs,
    eventMs,
    membership,
    done,
    estimate: replayEstimate(issue, events, fieldIds.estimate),
    flagged: replayFlagged(issue, events, fieldIds.flagged),
    unknownStatusIds,
  };
}

interface TimedEvent {
  ms: number;
  event: ChangeEvent;
}

function sortedEvents(changelog: ChangeEvent[], eventMs: number[]): TimedEvent[] {
  const timed: TimedEvent[] = [];
  for (let i = 0; i < changelog.length; i++) {
    if (!Number.isNaN(eventMs[i])) timed.push({ ms: eventMs[i], event: changelog[i] });
  }
  // Stable sort: events of one history keep their order.
  return timed.sort((a, b) => a.ms - b.ms);
}

function replayDone(issue: Issue, events: TimedEvent[], statusCategories: Record<string, StatusCategory>) {
  const unknown = new Set<string>();
  const categoryOf = (statusId: string | null): StatusCategory | null => {
    if (statusId === null) return null;
    const known = statusCategories[statusId] ?? (statusId === issue.status.id ? issue.status.category : undefined);
    if (known === undefined) unknown.add(statusId);
    return known ?? null;
  };
  const statusEvents = events.filter((e) => e.event.fieldId === 'status');
  const resolutionEvents = events.filter((e) => e.event.fieldId === 'resolution');
  let statusId: string | null = statusEvents.length > 0 ? statusEvents[0].event.from : issue.status.id;
  let resolved: boolean;
  // Resolution steps: from the history, or (when the history has none) set from resolutionDate on.
  const resolutionSteps: { ms: number; resolved: boolean; by: string | null }[] = [];
  if (resolutionEvents.length > 0) {
    resolved = isSet(resolutionEvents[0].event.from, resolutionEvents[0].event.fromString);
    for (const e of resolutionEvents) resolutionSteps.push({ ms: e.ms, resolved: isSet(e.event.to, e.event.toString), by: e.event.author?.accountId ?? null });
  } else {
    const resolvedMs = toMs(issue.resolutionDate);
    resolved = false;
    if (resolvedMs !== null) resolutionSteps.push({ ms: resolvedMs, resolved: true, by: null });
  }
  const isDone = (): boolean => {
    const category = categoryOf(statusId);
    return category === null ? resolved : category === 'done';
  };
  const timeline: StepTimeline<boolean> = { initial: isDone(), times: [], values: [], by: [] };
  // Merge the two step lists in time order; on equal times the status change applies first.
  let s = 0;
  let r = 0;
  while (s < statusEvents.length || r < resolutionSteps.length) {
    const takeStatus = r >= resolutionSteps.length || (s < statusEvents.length && statusEvents[s].ms <= resolutionSteps[r].ms);
    if (takeStatus) {
      const e = statusEvents[s++];
      statusId = e.event.to;
      pushStep(timeline, e.ms, isDone(), e.event.author?.accountId ?? null);
    } else {
      const step = resolutionSteps[r++];
      resolved = step.resolved;
      pushStep(timeline, step.ms, isDone(), step.by);
    }
  }
  return { done: timeline, unknownStatusIds: [...unknown] };
}

function replayEstimate(issue: Issue, events: TimedEvent[], fieldId: string | null): StepTimeline<number | null> {
  const changes = fieldId === null ? [] : events.filter((e) => e.event.fieldId === fieldId);
  if (changes.length === 0) return constantTimeline(issue.estimate);
  const timeline: StepTimeline<number | null> = { initial: parseEstimate(changes[0].event.fromString).value, times: [], values: [], by: [] };
  for (const e of changes) pushStep(timeline, e.ms, parseEstimate(e.event.toString).value, e.event.author?.accountId ?? null);
  return timeline;
}

function replayFlagged(issue: Issue, events: TimedEvent[], fieldId: string | null): StepTimeline<boolean> {
  const changes = fieldId === null ? [] : events.filter((e) => e.event.fieldId === fieldId);
  if (changes.length === 0) return constantTimeline(issue.flagged);
  const first = changes[0].event;
  const timeline: StepTimeline<boolean> = { initial: isSet(first.from, first.fromString), times: [], values: [], by: [] };
  for (const e of changes) pushStep(timeline, e.ms, isSet(e.event.to, e.event.toString), e.event.author?.accountId ?? null);
  return timeline;
}

function countMalformedEstimates(changelog: ChangeEvent[], fieldId: string | null): number {
  if (fieldId === null) return 0;
  let count = 0;
  for (const e of changelog) {
    if (e.fieldId !== fieldId) continue;
    if (!parseEstimate(e.fromString).valid || !parseEstimate(e.toString).valid) count++;
  }
  return count;
}
