/**
 * The groups of Jira's sprint report, defined once (docs/metrics.md, "Sprint reconstruction"), for
 * the replay of Jira's history and for the app's own record of a sprint alike. Each item is read
 * at the start t0 and at the completion t1 ("in": in the sprint, "done": its status is done), and
 * whether it was in the sprint at some moment of (t0, t1]:
 *
 * - done before start: in at t0 and done at t0; counted in no other group;
 * - committed: in at t0, not done at t0;
 * - added: not in at t0, in at some moment of (t0, t1];
 * - removed: committed or added, and not in at t1;
 * - completed: in at t1, done at t1;
 * - not completed: in at t1, not done at t1.
 */

/** An item at one moment of a sprint. */
export interface MomentState {
  in: boolean;
  done: boolean;
}

export interface SprintGroupsOf<T> {
  doneBeforeStart: T[];
  committed: T[];
  added: T[];
  removed: T[];
  completed: T[];
  notCompleted: T[];
}

export function emptyGroups<T>(): SprintGroupsOf<T> {
  return { doneBeforeStart: [], committed: [], added: [], removed: [], completed: [], notCompleted: [] };
}

/**
 * Sorts items into the groups. `joinedDuring`: in the sprint at some moment of (t0, t1] (asked only of
 * items not in at t0; an item in at t1 has joined by definition).
 */
export function groupItems<T>(items: Iterable<T>, atStart: (item: T) => MomentState, atEnd: (item: T) => MomentState, joinedDuring: (item: T) => boolean): SprintGroupsOf<T> {
  const groups = emptyGroups<T>();
  for (const item of items) {
    const start = atStart(item);
    if (start.in && start.done) {
      groups.doneBeforeStart.push(item);
      continue;
    }
    const end = atEnd(item);
    const added = !start.in && (end.in || joinedDuring(item));
    if (start.in) groups.committed.push(item);
    else if (added) groups.added.push(item);
    if (!end.in && (start.in || added)) groups.removed.push(item);
    if (end.in) (end.done ? groups.completed : groups.notCompleted).push(item);
  }
  return groups;
}
