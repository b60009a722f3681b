/**
 * Ground truth for closed sprints, recorded from the simulation's own state as it runs (what was in
 * the sprint at its start, what joined or left it and when, what was in it and done at its close,
 * which estimates changed while it ran), never by reading back the changelog it wrote. Definitions
 * are the sprint reconstruction of docs/metrics.md ("Sprint figures"); sub-tasks are grouped apart and carry no points.
 */
import type { GroundTruth } from '../workspace';

export type SprintFigures = GroundTruth['projects'][string]['sprints'][number];

/** A sprint member (or sub-task) as the simulation holds it at one moment. */
export interface MemberState {
  key: string;
  done: boolean;
  points: number | null;
  subtask: boolean;
}

interface OpenSprint {
  atStart: Map<string, MemberState>;
  joinedDuring: Set<string>;
  estimateChanges: SprintFigures['estimateChanges'];
}

/** The sprint-report groups of one kind of issue (stories, or sub-tasks), as key lists. */
interface GroupKeys {
  doneBeforeStart: string[];
  committed: string[];
  added: string[];
  removed: string[];
  completed: string[];
  notCompleted: string[];
}

function compareKeys(a: string, b: string): number {
  const na = Number(a.slice(a.lastIndexOf('-') + 1));
  const nb = Number(b.slice(b.lastIndexOf('-') + 1));
  return a.slice(0, a.lastIndexOf('-')).localeCompare(b.slice(0, b.lastIndexOf('-'))) || na - nb;
}

/**
 * doneBeforeStart = in at t0 and done at t0; committed = in at t0, not done at t0;
 * added = joined during, not in at t0; removed = (in at t0 or joined) and not in at t1;
 * completed = in at t1, done at t1, not done before start; notCompleted = in at t1, not done at t1.
 */
function groupKeys(atStart: Map<string, MemberState>, joined: string[], atEnd: Map<string, MemberState>): GroupKeys {
  const startKeys = [...atStart.keys()];
  const doneBeforeStart = startKeys.filter((k) => atStart.get(k)!.done);
  const dbs = new Set(doneBeforeStart);
  const everIn = new Set([...startKeys, ...joined]);
  const endKeys = [...atEnd.keys()];
  const sorted = (keys: string[]) => keys.sort(compareKeys);
  return {
    doneBeforeStart: sorted(doneBeforeStart),
    committed: sorted(startKeys.filter((k) => !atStart.get(k)!.done)),
    added: sorted(joined.filter((k) => !atStart.has(k))),
    removed: sorted([...everIn].filter((k) => !atEnd.has(k))),
    completed: sorted(endKeys.filter((k) => atEnd.get(k)!.done && !dbs.has(k))),
    notCompleted: sorted(endKeys.filter((k) => !atEnd.get(k)!.done)),
  };
}

function only(members: MemberState[], subtask: boolean): Map<string, MemberState> {
  return new Map(members.filter((m) => m.subtask === subtask).map((m) => [m.key, m]));
}

export class SprintTruthRecorder {
  private readonly open = new Map<number, OpenSprint>();
  readonly figures: Record<number, SprintFigures> = {};

  constructor(private readonly byCount: boolean) {}

  /** At t0: the members of the sprint (sub-tasks marked) with their done state and estimate. */
  start(sprintId: number, members: MemberState[]): void {
    this.open.set(sprintId, { atStart: new Map(members.map((m) => [m.key, m])), joinedDuring: new Set(), estimateChanges: [] });
  }

  /** An issue (or sub-task) entered the sprint in (t0, t1]. */
  joined(sprintId: number, key: string): void {
    this.open.get(sprintId)?.joinedDuring.add(key);
  }

  /** A member's estimate changed in (t0, t1] while it was in the sprint. */
  estimateChanged(sprintId: number, key: string, from: number | null, to: number | null): void {
    this.open.get(sprintId)?.estimateChanges.push({ issueKey: key, from, to });
  }

  /**
   * At t1: the members with done state and estimate; `now(key)` gives any issue's state at t1 (for
   * the issues that left the sprint). Points: doneBeforeStart and committed at t0; the other groups
   * at t1 (removed: the estimate the item had when the sprint closed). Sub-tasks are grouped apart.
   */
  close(sprintId: number, members: MemberState[], now: (key: string) => MemberState): SprintFigures {
    const sprint = this.open.get(sprintId);
    if (!sprint) throw new Error(`Demo generator bug: sprint ${sprintId} closed before it started`);
    const atStart = [...sprint.atStart.values()];
    const joined = [...sprint.joinedDuring];
    const isSubtask = (key: string) => now(key).subtask;
    const stories = groupKeys(only(atStart, false), joined.filter((k) => !isSubtask(k)), only(members, false));
    const subtasks = groupKeys(only(atStart, true), joined.filter(isSubtask), only(members, true));
    const atEnd = only(members, false);
    const startStates = only(atStart, false);
    const closing = (key: string) => atEnd.get(key) ?? now(key); // an item that left is valued at its estimate at close
    const group = (keys: string[], state: (key: string) => MemberState) => ({
      issues: keys,
      points: this.byCount ? null : keys.reduce((sum, key) => sum + (state(key).points ?? 0), 0),
    });
    const figures: SprintFigures = {
      committed: group(stories.committed, (k) => startStates.get(k)!),
      added: group(stories.added, closing),
      removed: group(stories.removed, closing),
      completed: group(stories.completed, closing),
      notCompleted: group(stories.notCompleted, closing),
      doneBeforeStart: group(stories.doneBeforeStart, (k) => startStates.get(k)!),
      ...this.ratios(startStates, atEnd, stories),
      subtasks: { committed: subtasks.committed, added: subtasks.added, completed: subtasks.completed, notCompleted: subtasks.notCompleted },
      estimateChanges: sprint.estimateChanges,
    };
    this.figures[sprintId] = figures;
    this.open.delete(sprintId);
    return figures;
  }

  /**
   * The ratios from what the simulation held at the start and at the close (see GroundTruth):
   * reliability = close estimates of the completed committed items that had an estimate at the
   * start / start estimates of the committed items; completion = close estimates of every completed
   * item / the same; both by item count when the board counts issues or the commitment held no points.
   */
  private ratios(atStart: Map<string, MemberState>, atEnd: Map<string, MemberState>, keys: GroupKeys) {
    const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
    const committed = new Set(keys.committed);
    const completedCommitted = keys.completed.filter((k) => committed.has(k));
    let plannedPoints = 0;
    for (const k of keys.committed) plannedPoints += atStart.get(k)!.points ?? 0;
    const byPoints = !this.byCount && plannedPoints > 0;
    let keptPoints = 0;
    let finishedPoints = 0;
    for (const k of keys.completed) {
      const closing = atEnd.get(k)!.points ?? 0;
      finishedPoints += closing;
      if (committed.has(k) && atStart.get(k)!.points !== null) keptPoints += closing;
    }
    return {
      commitmentReliability: byPoints ? share(keptPoints, plannedPoints) : share(completedCommitted.length, keys.committed.length),
      completionRate: byPoints ? share(finishedPoints, plannedPoints) : share(keys.completed.length, keys.committed.length),
      scopeChurn: share(keys.added.length + keys.removed.length, keys.committed.length),
      carryOver: share(keys.notCompleted.length, keys.committed.length + keys.added.length),
    };
  }
}
