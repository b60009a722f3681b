/**
 * Sprint goals as the app observes them. Jira keeps no history of a sprint's goal, so each load
 * compares the goals it reads with what earlier loads saw (carried in the stored BoardData) and
 * adds an observation only when a sprint is seen for the first time or its goal differs from the
 * last one seen. Pure: the loader calls it with the sprints it has and the time of the load.
 */
import type { GoalObservation, IsoDateTime, Sprint } from './types';

/** Empty and blank goals are the same as no goal. */
export function sameGoal(a: string | null, b: string | null): boolean {
  return (a ?? '').trim() === (b ?? '').trim();
}

/**
 * The readable observations of one stored record (it comes back from storage as JSON): entries
 * without a time are left out, a goal that is not text is no goal.
 */
function readable(value: unknown): GoalObservation[] {
  if (!Array.isArray(value)) return [];
  const observations: GoalObservation[] = [];
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { at, goal } = entry as Record<string, unknown>;
    if (typeof at === 'string') observations.push({ at, goal: typeof goal === 'string' ? goal : null });
  }
  return observations;
}

/**
 * The observations after one load of `sprints` at `at`. Observations of sprints that are not in the
 * list (deleted since, or sprints that could not be read this time) are kept: what was seen is never
 * thrown away. The previous records are not changed; what cannot be read in them is left out.
 */
export function recordSprintGoals(
  previous: Readonly<Record<number, readonly GoalObservation[]>> | undefined,
  sprints: readonly Sprint[],
  at: IsoDateTime,
): Record<number, GoalObservation[]> {
  const records: Record<number, GoalObservation[]> = {};
  const stored: unknown = previous;
  if (typeof stored === 'object' && stored !== null) {
    for (const [id, observations] of Object.entries(stored)) if (Number.isInteger(Number(id))) records[Number(id)] = readable(observations);
  }
  for (const sprint of sprints) {
    const observations = (records[sprint.id] ??= []);
    const last = observations[observations.length - 1];
    if (!last || !sameGoal(last.goal, sprint.goal)) observations.push({ at, goal: sprint.goal });
  }
  return records;
}
