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
import { type StepTimeline, pushStep, valueAt } from '../history/timeline';
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
  const { issue, eventMs } = history;
  const status: StepTimeline<string | null> = { initial: issue.status.id || null, times: [], values: [], by: [] };
  let first = true;
  let movedBackward = false;
  let movedAfterDone = false;
  for (const i of statusEvents(history, nowMs)) {
    const event = issue.changelog[i];
    const ms = eventMs[i];
    if (first) {
      status.initial = event.from;
      first = false;
    }
    if (valueAt(history.done, ms - 1)) movedAfterDone = true;
    else if (isBackward(workflow, event.from, event.to)) movedBackward = true;
    pushStep(status, ms, event.to, null);
  }
  return { history, status, startedMs: firstInProgress(status, workflow, history.createdMs), finishedMs: finishedAt(history, nowMs), movedBackward, movedAfterDone };
}

/** The indexes of the status changes up to `nowMs` with a readable time, in time order. */
function statusEvents(history: IssueHistory, nowMs: number): number[] {
  const { changelog } = history.issue;
  const { eventMs } = history;
  const events: number[] = [];
  let sorted = true;
  for (let i = 0; i < changelog.length; i++) {
    if (changelog[i].fieldId !== 'status' || Number.isNaN(eventMs[i]) || eventMs[i] > nowMs) continue;
    if (events.length > 0 && eventMs[i] < eventMs[events[events.length - 1]]) sorted = false;
    events.push(i);
  }
  // The loader gives each history in time order; data from elsewhere may not be (the sort is stable).
  if (!sorted) events.sort((a, b) => eventMs[a] - eventMs[b]);
  return events;
}

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
