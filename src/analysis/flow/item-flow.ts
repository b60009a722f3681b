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
import { type StepTimeline, valueAt } from '../history/timeline';
import type { Workflow } from './workflow';

export interface ItemFlow {
  history: IssueHistory;
  /** Status id over time (null where the history names none). */
  status: StepTimeline<string | null>;
  startedMs: number | null;
  finishedMs: number | null;
  movedBackward: boolean;
  movedAfterDone: boolean;
}

export function readItemFlow(history: IssueHistory, workflow: Workflow, nowMs: number): ItemFlow {
  const { issue, eventMs, statusEvents, done } = history;
  const times: number[] = [];
  const values: (string | null)[] = [];
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
    else if (isBackward(workflow, event.from, event.to)) movedBackward = true;
    const previous = values.length > 0 ? values[values.length - 1] : initial;
    if (event.to === previous) continue;
    times.push(ms);
    values.push(event.to);
  }
  const status: StepTimeline<string | null> = { initial, times, values, by: NO_AUTHORS };
  return { history, status, startedMs: firstInProgress(status, workflow, history.createdMs), finishedMs: finishedAt(history, nowMs), movedBackward, movedAfterDone };
}

/** The status timeline does not say who made each change (nothing reads it). */
const NO_AUTHORS: (string | null)[] = Object.freeze([]) as unknown as (string | null)[];

function isBackward(workflow: Workflow, from: string | null, to: string | null): boolean {
  const before = from === null ? undefined : workflow.columnOf.get(from);
  const after = to === null ? undefined : workflow.columnOf.get(to);
  return before !== undefined && after !== undefined && after < before;
}

function firstInProgress(status: StepTimeline<string | null>, workflow: Workflow, createdMs: number): number | null {
  if (status.initial !== null && workflow.inProgress.has(status.initial)) return createdMs;
  for (let i = 0; i < status.times.length; i++) {
    const value = status.values[i];
    if (value !== null && workflow.inProgress.has(value)) return status.times[i];
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
  const statusId = valueAt(item.status, atMs);
  return statusId !== null && workflow.inProgress.has(statusId) && !valueAt(item.history.done, atMs);
}

/** The column the item was in at `atMs` (undefined before its creation, or in a status on no column). */
export function columnAt(item: ItemFlow, workflow: Workflow, atMs: number): number | undefined {
  if (atMs < item.history.createdMs) return undefined;
  const statusId = valueAt(item.status, atMs);
  return statusId === null ? undefined : workflow.columnOf.get(statusId);
}
