/**
 * A refresh that goes on over several consumer runs (docs/architecture.md, "Refreshes in steps"):
 * a run stops reading when its time is up (STEP_BUDGET_MS, well inside Forge's 900 s) or when Jira
 * asks for a wait longer than it can afford (its request budget spent), keeps where it stands in a
 * checkpoint (src/storage/checkpoint-store.ts), and queues the next run: at once, or when Jira said.
 *
 * A run that goes on from a checkpoint first queues a watchdog: the same continuation, due when Forge
 * would have stopped the run. If the run ends its step, the checkpoint moves on and the watchdog
 * finds nothing to do; if the run is killed (out of memory, or stopped at 900 s), the watchdog goes
 * on from the checkpoint the run started from, so nothing read before it is lost, and nothing read
 * after it (but not kept) counts twice. A load not done a day after it began is given up, saying why.
 */
import { JiraError } from '../jira/errors';
import type { SearchControl } from '../jira/full-search';
import type { LoadCheckpoint } from '../jira/load-checkpoint';
import type { StoredCheckpoint } from '../storage/checkpoint-store';
import type { StoredProgress } from '../storage/records';
import { refreshInSteps, refreshInStepsGivenUp } from '../vocabulary/refresh-steps';
import type { AppDeps, RefreshEvent } from './types';

/** Reading time one run allows itself before it keeps the rest for the next (then the analysis and saving). */
export const STEP_BUDGET_MS = 10 * 60 * 1000;
/** When the watchdog of a run is due: when Forge would have stopped the run (its limit, 900 s). */
export const WATCHDOG_DELAY_SECONDS = 900;
/** A load still not done this long after it began is given up (its data would be too old to trust). */
export const STEPS_GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;
/** Forge delays an event by 900 s at most; a longer wait is made of several. */
const MAX_DELAY_SECONDS = 900;

/** When a run stops: its time is up, or Jira asked for a wait longer than a refresh waits (it says how long). */
export function stepControl(deps: AppDeps, startedMs: number): SearchControl {
  return {
    shouldPause: () => deps.now().getTime() - startedMs >= STEP_BUDGET_MS,
    longWait: (error) => (error instanceof JiraError && error.kind === 'rate-limited' && error.retryAfterMs !== undefined ? error.retryAfterMs : null),
  };
}

/** The event that goes on from the checkpoint saved by run `step`. */
export function continuation(event: RefreshEvent, step: number, now: Date): RefreshEvent {
  return { projectKey: event.projectKey, boardId: event.boardId, reason: event.reason, snapshot: event.snapshot, requestedAt: now.toISOString(), step };
}

/** Seconds to delay the next run by: Jira's wait (at most Forge's 900 s; a longer one is waited for again), else none. */
export function nextRunDelaySeconds(waitMs: number | null): number {
  return waitMs === null ? 0 : Math.min(MAX_DELAY_SECONDS, Math.ceil(waitMs / 1000));
}

/**
 * What a run does with the stored checkpoint: go on from it, start afresh (none, or given up), or
 * nothing at all (a continuation whose checkpoint has moved on or is gone: another run took it).
 */
export function checkpointChoice(event: RefreshEvent, stored: StoredCheckpoint | undefined, now: Date): { kind: 'resume'; stored: StoredCheckpoint } | { kind: 'fresh' } | { kind: 'given-up'; stored: StoredCheckpoint } | { kind: 'nothing' } {
  if (event.step !== undefined && (!stored || stored.checkpoint.steps !== event.step)) return { kind: 'nothing' };
  if (!stored) return { kind: 'fresh' };
  if (now.getTime() - Date.parse(stored.checkpoint.startedAt) > STEPS_GIVE_UP_AFTER_MS) return { kind: 'given-up', stored };
  return { kind: 'resume', stored };
}

/** The progress shown between two runs: running, how far, and when it goes on. */
export function betweenRuns(checkpoint: LoadCheckpoint, delaySeconds: number, now: Date): StoredProgress {
  const nextAt = delaySeconds > 0 ? new Date(now.getTime() + delaySeconds * 1000).toISOString() : null;
  const expected = checkpoint.issuesExpected;
  const progress = expected ? Math.min(0.9, (0.9 * checkpoint.issuesRead) / expected) : 0;
  // startedAt is now: the record reads as in flight until the next run takes over (isInFlight, refresh.ts).
  return { state: 'running', progress, message: refreshInSteps(checkpoint.issuesRead, expected, nextAt), startedAt: now.toISOString(), finishedAt: null };
}

/** The progress of a load given up. */
export function givenUp(checkpoint: LoadCheckpoint, now: Date): StoredProgress {
  return { state: 'failed', progress: null, message: refreshInStepsGivenUp(checkpoint.issuesRead, checkpoint.issuesExpected), startedAt: checkpoint.startedAt, finishedAt: now.toISOString() };
}
