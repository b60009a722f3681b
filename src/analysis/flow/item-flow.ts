/**
 * One item's way through the board, read from its status history (docs/metrics.md, "Flow"):
 * - its status at every moment: before the first status change, that change's "from"; without
 *   changes, its current status; from its creation on;
 * - started: the first moment its status was in progress (its creation, when it was created in
 *   progress). A restart or a reopen does not move it;
 * - finished: when it is done now, the last moment it became done (done as the rest of the app
 *   reads it: by status category, a status the site no longer has by the resolution);
 * - moved backward: a status change to an earlier column than the one it left, made while not done;
 * - moved after done: a status change made while it was done (reopened, or moved on).
 */
import type { IssueHistory } from '../history/issue-history';
import { valueAt } from '../history/timeline';
import type { Workflow } from './workflow';

/**
 * The status steps of all the items of a board, one after another in two flat lists (one list for
 * the board rather than a timeline per item: fewer objects for the collector to carry on a large
 * board). An item's steps are `times[i]`, `values[i]` for i from its `firstStep` up to its `endStep`.
 */
export interface StatusSteps {
  times: number[];
  values: (string | null)[];
}

export function newStatusSteps(): StatusSteps {
  return { times: [], values: [] };
}

export interface ItemFlow {
  history: IssueHistory;
  /** Status id before its first step (null where the history names none). */
  initialStatus: string | null;
  /** Its status steps in the board's `steps`: from `firstStep` (inclusive) to `endStep` (exclusive), in time order. */
  steps: StatusSteps;
  firstStep: number;
  endStep: number;
  startedMs: number | null;
  finishedMs: number | null;
  movedBackward: boolean;
  movedAfterDone: boolean;
}

/** Reads one item's way through the board, appending its status steps to the board's `steps`. */
export function readItemFlow(history: IssueHistory, workflow: Workflow, nowMs: number, steps: StatusSteps): ItemFlow {
  const { issue, eventMs, statusEvents, done } = history;
  const { times, values } = steps;
  const firstStep = times.length;
  let initial: string | null = issue.status.id || null;
  let movedBackward = false;
  let movedAfterDone = false;
  let doneStep = -1; // the last step of `done` before the change being read (both lists are in time order)
  for (let e = 0; e < statusEvents.length; e++) {
    const i = statusEvents[e];
    const ms = eventMs[i];
    if (ms > nowMs) break;
    const event = issue.changelog[i];
    if (e === 0) initial = event.from;
    while (doneStep + 1 < done.times.length && done.times[doneStep + 1] < ms) doneStep++;
    if (doneStep < 0 ? done.initial : done.values[doneStep]) movedAfterDone = true;
    else if (!movedBackward && isBackward(workflow, event.from, event.to)) movedBackward = true;
    const previous = values.length > firstStep ? values[values.length - 1] : initial;
    if (event.to === previous) continue;
    times.push(ms);
    values.push(event.to);
  }
  const item: ItemFlow = { history, initialStatus: initial, steps, firstStep, endStep: times.length, startedMs: null, finishedMs: finishedAt(history, nowMs), movedBackward, movedAfterDone };
  item.startedMs = firstInProgress(item, workflow);
  return item;
}

/** The time of the item's last status step, or null when it has none. */
export function lastStatusStepMs(item: ItemFlow): number | null {
  return item.endStep > item.firstStep ? item.steps.times[item.endStep - 1] : null;
}

/** Its status at `atMs` (steps made exactly at `atMs` already apply): a binary search of its steps. */
function statusAt(item: ItemFlow, atMs: number): string | null {
  const { times, values } = item.steps;
  let low = item.firstStep;
  let high = item.endStep; // its first step with times[step] > atMs
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (times[mid] <= atMs) low = mid + 1;
    else high = mid;
  }
  return low === item.firstStep ? item.initialStatus : values[low - 1];
}

function isBackward(workflow: Workflow, from: string | null, to: string | null): boolean {
  const before = from === null ? undefined : workflow.columnOf.get(from);
  const after = to === null ? undefined : workflow.columnOf.get(to);
  return before !== undefined && after !== undefined && after < before;
}

function firstInProgress(item: ItemFlow, workflow: Workflow): number | null {
  if (item.initialStatus !== null && workflow.inProgress.has(item.initialStatus)) return item.history.createdMs;
  const { times, values } = item.steps;
  for (let i = item.firstStep; i < item.endStep; i++) {
    const value = values[i];
    if (value !== null && workflow.inProgress.has(value)) return times[i];
  }
  return null;
}

/** The last moment the item became done, when it is done at `nowMs`; done since its creation counts from then. */
function finishedAt(history: IssueHistory, nowMs: number): number | null {
  const { done } = history;
  if (!valueAt(done, nowMs)) return null;
  for (let i = done.times.length - 1; i >= 0; i--) {
    if (done.times[i] <= nowMs && done.values[i]) return done.times[i];
  }
  return history.createdMs;
}

/** Whether the item counted as in progress at `atMs`: it existed, its status was in progress, and it was not done. */
export function inProgressAt(item: ItemFlow, workflow: Workflow, atMs: number): boolean {
  if (atMs < item.history.createdMs) return false;
  const statusId = statusAt(item, atMs);
  return statusId !== null && workflow.inProgress.has(statusId) && !valueAt(item.history.done, atMs);
}

/** The column the item was in at `atMs` (undefined before its creation, or in a status on no column). */
export function columnAt(item: ItemFlow, workflow: Workflow, atMs: number): number | undefined {
  if (atMs < item.history.createdMs) return undefined;
  const statusId = statusAt(item, atMs);
  return statusId === null ? undefined : workflow.columnOf.get(statusId);
}
