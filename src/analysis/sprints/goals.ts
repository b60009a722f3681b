/**
 * A sprint's goal at its start, and whether it changed after the start, from the goals the app has
 * observed load after load (BoardData.sprintGoals; Jira keeps no history of goals). t0 = the start.
 *
 * - Goal at start: the last observation at or before t0 ("observed"). Without one, the first
 *   observation after t0 ("later": the app first saw the sprint once it had started, so the goal it
 *   started with is not known for sure). Without any observation, or without a start date, the goal
 *   as Jira holds it now ("current").
 * - Changed after start: true when an observation after t0 differs from the goal at start (or, for
 *   "later", from the first sighting). false when the goal at start was observed by t0 and nothing
 *   different was seen since: every load reads the sprint again, and a new observation is recorded
 *   whenever its goal differs. null otherwise (not observed by the start, and unchanged since).
 */
import type { GoalObservation, Sprint } from '../../domain/types';
import type { GoalAtStart } from '../../domain/report';
import { sameGoal } from '../../domain/goal-observations';
import { toMs } from '../history/parse';

interface TimedObservation extends GoalObservation {
  ms: number;
}

function timed(observations: readonly GoalObservation[] | undefined): TimedObservation[] {
  return (observations ?? [])
    .map((o) => ({ ...o, ms: toMs(o.at) }))
    .filter((o): o is TimedObservation => o.ms !== null)
    .sort((a, b) => a.ms - b.ms);
}

/** The observation the goal at start is read from, and how it relates to the start. */
function baseObservation(sprint: Sprint, observations: readonly GoalObservation[] | undefined) {
  const t0 = toMs(sprint.startDate);
  const list = timed(observations);
  if (t0 === null || list.length === 0) return null;
  const byStart = list.filter((o) => o.ms <= t0);
  if (byStart.length > 0) return { base: byStart[byStart.length - 1], source: 'observed' as const, after: list.filter((o) => o.ms > t0) };
  return { base: list[0], source: 'later' as const, after: list.slice(1) };
}

export function goalAtStart(sprint: Sprint, observations: readonly GoalObservation[] | undefined): GoalAtStart {
  const found = baseObservation(sprint, observations);
  if (found === null) return { goal: sprint.goal, source: 'current', observedAt: null };
  return { goal: found.base.goal, source: found.source, observedAt: found.base.at };
}

export function goalChangedAfterStart(sprint: Sprint, observations: readonly GoalObservation[] | undefined): boolean | null {
  const found = baseObservation(sprint, observations);
  if (found === null) return null;
  if (found.after.some((o) => !sameGoal(o.goal, found.base.goal))) return true;
  return found.source === 'observed' ? false : null;
}

/** The goal at start has text (empty and blank goals are no goal). */
export function hasGoal(goal: GoalAtStart): boolean {
  return goal.goal !== null && goal.goal.trim() !== '';
}
