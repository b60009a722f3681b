/**
 * An issue's history: its changelog read once into sorted timelines, so that "was the issue in
 * sprint S at time t", "was it done at t", "what was its estimate at t" are binary searches
 * afterwards (timeline.ts, membership.ts). The board's histories are read together, once per report
 * (board-history.ts).
 *
 * - Sprint field: `from`/`to` hold sprint ids joined by ", " (any order, parsed as sets). The value
 *   before the first change is that change's `from`; with no change, the current `sprintIds`, held
 *   since `created` (an issue created straight into a sprint is in it from its creation).
 * - Done: status ids map to categories through the site's status list. A status id the list no
 *   longer has (after a workflow migration) counts as done while the issue's resolution is set and
 *   not done while it is empty; one data-quality note per such status. Resolution comes from the
 *   "resolution" changelog items, or, when the history has none, from `resolutionDate` onwards.
 * - Estimate: values from fromString/toString; before the first change, its fromString; without
 *   changes, the current estimate.
 * - Flagged: set while the Flagged field holds a value.
 */
import type { ChangeEvent, Issue, StatusCategory } from '../../domain/types';
import { isSet, parseEstimate, parseSprintIds, strictIsoMs, toMs } from './parse';
import { type StepTimeline, exactList, pushStep, settledTimeline } from './timeline';
import { type MembershipInterval, type SprintFieldChange, buildMembership } from './membership';

export interface IssueHistory {
  issue: Issue;
  createdMs: number;
  /** Epoch ms of each changelog item, aligned with issue.changelog (NaN when unreadable). */
  eventMs: number[];
  /** true when every event time had Jira's usual shape, so eventMs[i] is also Date.parse of it. */
  eventMsMatchDateParse: boolean;
  /** Sprint id -> the periods the issue was in that sprint, oldest first. */
  membership: Map<number, MembershipInterval[]>;
  done: StepTimeline<boolean>;
  estimate: StepTimeline<number | null>;
  flagged: StepTimeline<boolean>;
  /** Status ids in the history that the site's status list no longer has. */
  unknownStatusIds: string[];
  /** Indexes into issue.changelog of the status changes with a readable time, in time order (read only). */
  statusEvents: readonly number[];
}

/** The fields the history reads, by id (null: the site has no such field). */
export interface HistoryFieldIds {
  sprint: string | null;
  estimate: string | null;
  flagged: string | null;
}

/**
 * One pass over one issue's changelog.
 * `sprintIdsOf` reads a Sprint field value (parseSprintIds by default); readBoardHistory passes one that
 * remembers the values it has read, since the same few values recur on every issue. The sets it
 * returns are only read, never changed.
 */
export function readIssueHistory(
  issue: Issue,
  fieldIds: HistoryFieldIds,
  statusCategories: Record<string, StatusCategory>,
  sprintIdsOf: (value: string | null) => Set<number> = parseSprintIds,
): IssueHistory {
  const changelog = issue.changelog;
  let eventMsMatchDateParse = true;
  // Made at the changelog's length, so it has no room to spare (see exactList): the history keeps it.
  const eventMs = new Array<number>(changelog.length);
  for (let i = 0; i < changelog.length; i++) {
    const { at, atMs } = changelog[i];
    // The loader's number when it gave one (it does so only for the usual shape), else read here.
    const usual = atMs !== undefined && Number.isFinite(atMs) ? atMs : strictIsoMs(at);
    if (usual === null) eventMsMatchDateParse = false;
    eventMs[i] = usual ?? toMs(at) ?? NaN;
  }
  const { byField, earliestMs } = eventsByField(changelog, eventMs, fieldIds);
  const createdMs = toMs(issue.created) ?? (earliestMs ?? 0);
  const sprintChanges: SprintFieldChange[] = [];
  for (const i of byField.sprint) {
    const event = changelog[i];
    sprintChanges.push({ ms: eventMs[i], from: sprintIdsOf(event.from), to: sprintIdsOf(event.to), by: authorId(event) });
  }
  const membership = buildMembership(issue.sprintIds, sprintChanges, createdMs, issue.reporter?.accountId ?? null);
  const timed: Timed = { changelog, eventMs };
  const { done, unknownStatusIds } = doneTimeline(issue, timed, byField.status, byField.resolution, statusCategories);
  return {
    issue,
    createdMs,
    eventMs,
    eventMsMatchDateParse,
    membership,
    done,
    estimate: estimateTimeline(issue, timed, byField.estimate),
    flagged: flaggedTimeline(issue, timed, byField.flagged),
    unknownStatusIds,
    statusEvents: exactList(byField.status),
  };
}

/** One issue's changelog and the time of each event (eventMs[i] is changelog[i]'s). */
interface Timed {
  changelog: ChangeEvent[];
  eventMs: number[];
}

/**
 * The events of one issue by the field they change (a field id that is null matches none), as
 * indexes into the changelog: no object per event.
 */
interface EventsByField {
  sprint: number[];
  status: number[];
  resolution: number[];
  estimate: number[];
  flagged: number[];
}

/**
 * Shared, frozen empty lists for the many timelines and issues with nothing in them (most issues
 * are never flagged): thousands fewer objects to allocate and for the garbage collector to move.
 */
const NO_STEPS: never[] = Object.freeze([]) as unknown as never[];
const NO_STATUS_IDS: string[] = Object.freeze([]) as unknown as string[];
const NO_EVENTS: number[] = Object.freeze([]) as unknown as number[];

/** A timeline that never changes, on the shared empty lists (nothing may push to it). */
function unchanging<T>(value: T): StepTimeline<T> {
  return { initial: value, times: NO_STEPS, values: NO_STEPS, by: NO_STEPS };
}

function authorId(event: ChangeEvent): string | null {
  return event.author?.accountId ?? null;
}

/**
 * The events of the five fields read, each list in time order (stable: events of one history
 * keep their order), and the earliest readable event time of any field (null when none). Events
 * with an unreadable time are left out. The lists hold changelog indexes, so no object is made per event.
 */
function eventsByField(changelog: ChangeEvent[], eventMs: number[], fieldIds: HistoryFieldIds): { byField: EventsByField; earliestMs: number | null } {
  // Lists start as the shared empty one and are made on the first event (most issues miss most fields).
  const byField: EventsByField = { sprint: NO_EVENTS, status: NO_EVENTS, resolution: NO_EVENTS, estimate: NO_EVENTS, flagged: NO_EVENTS };
  let earliestMs: number | null = null;
  for (let i = 0; i < changelog.length; i++) {
    const ms = eventMs[i];
    if (Number.isNaN(ms)) continue;
    if (earliestMs === null || ms < earliestMs) earliestMs = ms;
    const fieldId = changelog[i].fieldId;
    if (fieldId === fieldIds.sprint) byField.sprint = withEvent(byField.sprint, i);
    if (fieldId === 'status') byField.status = withEvent(byField.status, i);
    if (fieldId === 'resolution') byField.resolution = withEvent(byField.resolution, i);
    if (fieldId === fieldIds.estimate) byField.estimate = withEvent(byField.estimate, i);
    if (fieldId === fieldIds.flagged) byField.flagged = withEvent(byField.flagged, i);
  }
  inTimeOrder(byField.sprint, eventMs);
  inTimeOrder(byField.status, eventMs);
  inTimeOrder(byField.resolution, eventMs);
  inTimeOrder(byField.estimate, eventMs);
  inTimeOrder(byField.flagged, eventMs);
  return { byField, earliestMs };
}

function withEvent(list: number[], index: number): number[] {
  if (list === NO_EVENTS) return [index];
  list.push(index);
  return list;
}

/** Sorts by time when needed (Array.prototype.sort is stable). The loader gives events in time order already. */
function inTimeOrder(events: number[], eventMs: number[]): void {
  for (let i = 1; i < events.length; i++) {
    if (eventMs[events[i]] < eventMs[events[i - 1]]) {
      events.sort((a, b) => eventMs[a] - eventMs[b]);
      return;
    }
  }
}

/**
 * Done or not: the category of `statusId` (done = done); a status the site does not know (and that
 * is not the issue's current one) counts as done while `resolved`, and is remembered in `unknown`.
 */
function isDoneNow(issue: Issue, statusId: string | null, resolved: boolean, statusCategories: Record<string, StatusCategory>, unknown: string[]): boolean {
  if (statusId === null) return resolved;
  const known = statusCategories[statusId] ?? (statusId === issue.status.id ? issue.status.category : undefined);
  if (known === undefined && !unknown.includes(statusId)) unknown.push(statusId);
  if (known === undefined || known === null) return resolved;
  return known === 'done';
}

function doneTimeline(issue: Issue, { changelog, eventMs }: Timed, statusEvents: number[], resolutionEvents: number[], statusCategories: Record<string, StatusCategory>) {
  const unknown: string[] = []; // in the order first met (few: a linear search is fastest)
  let statusId: string | null = statusEvents.length > 0 ? changelog[statusEvents[0]].from : issue.status.id;
  let resolved: boolean;
  // Resolution steps: from the history, or (when the history has none) set from resolutionDate on.
  const resolutionSteps: { ms: number; resolved: boolean; by: string | null }[] = [];
  if (resolutionEvents.length > 0) {
    const first = changelog[resolutionEvents[0]];
    resolved = isSet(first.from, first.fromString);
    for (const i of resolutionEvents) resolutionSteps.push({ ms: eventMs[i], resolved: isSet(changelog[i].to, changelog[i].toString), by: authorId(changelog[i]) });
  } else {
    const resolvedMs = toMs(issue.resolutionDate);
    resolved = false;
    if (resolvedMs !== null) resolutionSteps.push({ ms: resolvedMs, resolved: true, by: null });
  }
  const timeline: StepTimeline<boolean> = { initial: isDoneNow(issue, statusId, resolved, statusCategories, unknown), times: [], values: [], by: [] };
  // Merge the two step lists in time order; on equal times the status change applies first.
  let s = 0;
  let r = 0;
  while (s < statusEvents.length || r < resolutionSteps.length) {
    const takeStatus = r >= resolutionSteps.length || (s < statusEvents.length && eventMs[statusEvents[s]] <= resolutionSteps[r].ms);
    if (takeStatus) {
      const i = statusEvents[s++];
      statusId = changelog[i].to;
      pushStep(timeline, eventMs[i], isDoneNow(issue, statusId, resolved, statusCategories, unknown), authorId(changelog[i]));
    } else {
      const step = resolutionSteps[r++];
      resolved = step.resolved;
      pushStep(timeline, step.ms, isDoneNow(issue, statusId, resolved, statusCategories, unknown), step.by);
    }
  }
  return { done: timeline.times.length === 0 ? unchanging(timeline.initial) : settledTimeline(timeline), unknownStatusIds: unknown.length === 0 ? NO_STATUS_IDS : unknown };
}

/** `changes`: the estimate field's events (none when the field is unknown). */
function estimateTimeline(issue: Issue, { changelog, eventMs }: Timed, changes: number[]): StepTimeline<number | null> {
  if (changes.length === 0) return unchanging(issue.estimate);
  const timeline: StepTimeline<number | null> = { initial: parseEstimate(changelog[changes[0]].fromString).value, times: [], values: [], by: [] };
  for (const i of changes) pushStep(timeline, eventMs[i], parseEstimate(changelog[i].toString).value, authorId(changelog[i]));
  return settledTimeline(timeline);
}

/** `changes`: the Flagged field's events (none when the field is unknown). */
function flaggedTimeline(issue: Issue, { changelog, eventMs }: Timed, changes: number[]): StepTimeline<boolean> {
  if (changes.length === 0) return unchanging(issue.flagged);
  const first = changelog[changes[0]];
  const timeline: StepTimeline<boolean> = { initial: isSet(first.from, first.fromString), times: [], values: [], by: [] };
  for (const i of changes) pushStep(timeline, eventMs[i], isSet(changelog[i].to, changelog[i].toString), authorId(changelog[i]));
  return settledTimeline(timeline);
}

/** parseEstimate(value).valid, without building the result. */
function isReadableEstimate(value: string | null): boolean {
  if (value === null) return true;
  const number = Number(value); // Number ignores surrounding white space, like parseEstimate's trim
  if (Number.isFinite(number)) return true;
  return value.trim() === '' ? true : parseEstimate(value).valid;
}

export function countMalformedEstimates(changelog: ChangeEvent[], fieldId: string | null): number {
  if (fieldId === null) return 0;
  let count = 0;
  for (const e of changelog) {
    if (e.fieldId !== fieldId) continue;
    if (!isReadableEstimate(e.fromString) || !isReadableEstimate(e.toString)) count++;
  }
  return count;
}
