/**
 * Which of a sprint's recordings can stand for their moment, and what the sprint's events say
 * beyond them (docs/metrics.md, "The sprint ledger"):
 *
 * - the start's recording stands for the commitment when the app read the sprint while it ran,
 *   within RECORDING_WINDOW_MS of the start date Jira holds (t0);
 * - the close's recording stands for the outcome when the app read it within RECORDING_WINDOW_MS of
 *   the completion (t1);
 * - a recording further off (an event delivered late, a queue that waited) is not used, and the
 *   report says why: the replay stands in for it.
 */
import type { GoalObservation } from '../../../domain/types';
import type { LedgerCapture, LedgerEvent, SprintLedger } from '../../../domain/sprint-ledger';
import type { SprintFieldChange } from '../../../domain/report';
import { elapsed } from '../../../vocabulary';
import { toMs } from '../../history/parse';

/** How far from its moment a recording may be read and still stand for it. */
export const RECORDING_WINDOW_MS = 60 * 60 * 1000;

/** A recording that stands for its moment, or why the one there is does not. */
export interface UsableCapture {
  capture: LedgerCapture | null;
  /** Why a recording was not used, as a clause ("the app read it 3 hours after the start, ..."); null when none was made. */
  problem: string | null;
}

/** "40 seconds after the start", "at the start", "2 minutes before the close". */
export function relativeTo(ms: number, momentMs: number, moment: 'start' | 'close'): string {
  if (Math.abs(ms - momentMs) < 500) return `at the ${moment}`;
  return `${elapsed(ms - momentMs)} ${ms >= momentMs ? 'after' : 'before'} the ${moment}`;
}

/** The recording of `moment`, when it stands for it (see the file comment). */
export function usableCapture(capture: LedgerCapture | null, momentMs: number | null, moment: 'start' | 'close'): UsableCapture {
  if (!capture) return { capture: null, problem: null };
  if (capture.missed) return { capture: null, problem: capture.missed };
  const recordedMs = toMs(capture.recordedAt);
  if (momentMs === null || recordedMs === null) return { capture: null, problem: `Jira gives no ${moment} date to set the app’s record against` };
  if (Math.abs(recordedMs - momentMs) > RECORDING_WINDOW_MS) {
    return { capture: null, problem: `the app read it ${relativeTo(recordedMs, momentMs, moment)}, too far from the ${moment} to stand for it` };
  }
  return { capture, problem: null };
}

/** The usable recordings of a sprint; `t1` null for a sprint still running. */
export function usableCaptures(ledger: SprintLedger | undefined, t0: number | null, t1: number | null): { start: UsableCapture; close: UsableCapture } {
  return {
    start: usableCapture(ledger?.start ?? null, t0, 'start'),
    close: t1 === null ? { capture: null, problem: null } : usableCapture(ledger?.close ?? null, t1, 'close'),
  };
}

/**
 * The goals the record saw, for the goal at the start (goals.ts): the goal read at a usable start,
 * as of the start; each goal an update event carried, as of when it arrived.
 */
export function recordedGoals(start: LedgerCapture | null, startDate: string | null, events: readonly LedgerEvent[]): GoalObservation[] {
  const observations: GoalObservation[] = [];
  if (start && startDate) observations.push({ at: startDate, goal: start.sprint.goal });
  for (const event of events) if (event.kind === 'updated' && event.previous && 'goal' in event.previous) observations.push({ at: event.receivedAt, goal: event.sprint.goal });
  return observations;
}

/** Merges two lists of goal observations in time order (the app's loads, and the record). */
export function mergeGoals(loads: readonly GoalObservation[] | undefined, recorded: readonly GoalObservation[]): GoalObservation[] | undefined {
  if (recorded.length === 0) return loads ? [...loads] : undefined;
  return [...(loads ?? []), ...recorded].sort((a, b) => (toMs(a.at) ?? 0) - (toMs(b.at) ?? 0));
}

const CHANGED_FIELDS = ['name', 'goal', 'startDate', 'endDate'] as const;

/** The goal, date and name changes the update events carried, oldest first. */
export function fieldChanges(events: readonly LedgerEvent[]): SprintFieldChange[] {
  const changes: SprintFieldChange[] = [];
  for (const event of events) {
    if (event.kind !== 'updated' || !event.previous) continue;
    for (const field of CHANGED_FIELDS) {
      if (!(field in event.previous)) continue;
      const from = event.previous[field] ?? null;
      const to = event.sprint[field] ?? null;
      if (from !== to) changes.push({ at: event.receivedAt, by: event.by, field, from, to });
    }
  }
  return changes.sort((a, b) => (toMs(a.at) ?? 0) - (toMs(b.at) ?? 0));
}
