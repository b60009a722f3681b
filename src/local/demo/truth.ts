/**
 * Ground truth for closed sprints, recorded from the simulation's own state as it runs (what was in
 * the sprint at its start, what joined or left it and when, what was in it and done at its close),
 * never by reading back the changelog it wrote. Definitions are product.md's sprint reconstruction.
 */
import type { GroundTruth } from '../workspace';

export type SprintFigures = GroundTruth['projects'][string]['sprints'][number];

interface MemberState {
  done: boolean;
  points: number | null;
}

interface OpenSprint {
  atStart: Map<string, MemberState>;
  joinedDuring: Set<string>;
}

/** Sum of estimates; an unestimated item counts 0; null when the board estimates by issue count. */
function pointsOf(keys: string[], states: Map<string, MemberState>, byCount: boolean): number | null {
  if (byCount) return null;
  return keys.reduce((sum, key) => sum + (states.get(key)?.points ?? 0), 0);
}

function compareKeys(a: string, b: string): number {
  const na = Number(a.slice(a.lastIndexOf('-') + 1));
  const nb = Number(b.slice(b.lastIndexOf('-') + 1));
  return a.slice(0, a.lastIndexOf('-')).localeCompare(b.slice(0, b.lastIndexOf('-'))) || na - nb;
}

export class SprintTruthRecorder {
  private readonly open = new Map<number, OpenSprint>();
  readonly figures: Record<number, SprintFigures> = {};

  constructor(private readonly byCount: boolean) {}

  /** At t0: the members of the sprint (sub-tasks excluded) with their done state and estimate. */
  start(sprintId: number, members: { key: string; done: boolean; points: number | null }[]): void {
    this.open.set(sprintId, { atStart: new Map(members.map((m) => [m.key, { done: m.done, points: m.points }])), joinedDuring: new Set() });
  }

  /** An issue entered the sprint in (t0, t1]. */
  joined(sprintId: number, key: string): void {
    this.open.get(sprintId)?.joinedDuring.add(key);
  }

  /**
   * At t1: the members with done state and estimate. Then:
   * doneBeforeStart = in at t0 and done at t0; committed = in at t0, not done at t0;
   * added = joined during, not in at t0; removed = (in at t0 or joined) and not in at t1;
   * completed = in at t1, done at t1, not done before start; notCompleted = in at t1, not done at t1.
   * Points: doneBeforeStart and committed at t0; the other groups at t1 (removed: the estimate the
   * item had when the sprint closed).
   */
  close(sprintId: number, members: { key: string; done: boolean; points: number | null }[], pointsNow: (key: string) => number | null): SprintFigures {
    const sprint = this.open.get(sprintId);
    if (!sprint) throw new Error(`Demo generator bug: sprint ${sprintId} closed before it started`);
    const atEnd = new Map(members.map((m) => [m.key, { done: m.done, points: m.points }]));
    const startKeys = [...sprint.atStart.keys()];
    const doneBeforeStart = startKeys.filter((k) => sprint.atStart.get(k)!.done);
    const committed = startKeys.filter((k) => !sprint.atStart.get(k)!.done);
    const added = [...sprint.joinedDuring].filter((k) => !sprint.atStart.has(k));
    const everIn = new Set([...startKeys, ...sprint.joinedDuring]);
    const removed = [...everIn].filter((k) => !atEnd.has(k));
    const endKeys = [...atEnd.keys()];
    const dbs = new Set(doneBeforeStart);
    const completed = endKeys.filter((k) => atEnd.get(k)!.done && !dbs.has(k));
    const notCompleted = endKeys.filter((k) => !atEnd.get(k)!.done);
    const removedStates = new Map(removed.map((k) => [k, { done: false, points: pointsNow(k) }]));
    const group = (keys: string[], states: Map<string, MemberState>) => {
      const sorted = keys.slice().sort(compareKeys);
      return { issues: sorted, points: pointsOf(sorted, states, this.byCount) };
    };
    const figures: SprintFigures = {
      committed: group(committed, sprint.atStart),
      // An item added and removed again within the sprint is valued at its estimate at close, like removed.
      added: group(added, new Map([...removedStates, ...atEnd])),
      removed: group(removed, removedStates),
      completed: group(completed, atEnd),
      notCompleted: group(notCompleted, atEnd),
      doneBeforeStart: group(doneBeforeStart, sprint.atStart),
      ...this.ratios(sprint.atStart, atEnd, { committed, added, removed, completed, notCompleted }),
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
  private ratios(
    atStart: Map<string, MemberState>,
    atEnd: Map<string, MemberState>,
    keys: { committed: string[]; added: string[]; removed: string[]; completed: string[]; notCompleted: string[] },
  ) {
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
