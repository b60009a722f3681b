/**
 * The four ratios of a closed sprint, from its groups (see reconstruct.ts). A ratio whose
 * denominator is zero is null, never 0 or 1.
 *
 * In points when the commitment was estimated, that is when the committed issues held some points
 * at the start (committed points > 0); otherwise by issue count (a board that estimates by issue
 * count, or a sprint planned without estimates). Estimates given to added issues do not make a
 * commitment estimated: the commitment is what the team planned at the start.
 *
 * - Commitment reliability = completed points of committed issues / committed points. A completed
 *   committed issue counts at its estimate at t1, so an item that grew during the sprint (3 -> 8)
 *   brings its new size and reliability can exceed 1. An item committed without an estimate brings
 *   no points even when it is estimated during the sprint: its size was not part of the plan.
 * - Completion rate = all completed points (at t1, added issues included) / committed points.
 * - Scope churn = (added + removed) / committed, in issues.
 * - Carry-over = not completed / (committed + added), in issues.
 */
import { ratio } from '../../domain/stats';
import type { IssueHistory } from '../history/issue-history';
import type { SprintGroups } from './reconstruct';
import type { SprintGroupsOf } from './groups';
import { valueAt } from '../history/timeline';

export interface SprintRatios {
  commitmentReliability: number | null;
  completionRate: number | null;
  scopeChurn: number | null;
  carryOver: number | null;
}

/** Points of the issues at `ms` (an issue without an estimate counts 0). */
export function pointsAt(issues: readonly IssueHistory[], ms: number): number {
  let total = 0;
  for (const r of issues) total += valueAt(r.estimate, ms) ?? 0;
  return total;
}

/** What the four ratios are made of: item counts of the groups, and points where the commitment is estimated. */
export interface RatioInputs {
  committed: number;
  added: number;
  removed: number;
  completed: number;
  notCompleted: number;
  /** Completed items that were committed. */
  completedCommitted: number;
  /** The committed items' points at the start (0 when the board counts issues). */
  committedPoints: number;
  /** Points at the close of the completed committed items that had an estimate at the start. */
  completedCommittedPoints: number;
  /** Points at the close of every completed item. */
  completedPoints: number;
}

/** The formulas of the file comment, once for the replay and the sprint ledger alike. */
export function ratiosOf(inputs: RatioInputs): SprintRatios {
  const inPoints = inputs.committedPoints > 0;
  return {
    commitmentReliability: inPoints ? ratio(inputs.completedCommittedPoints, inputs.committedPoints) : ratio(inputs.completedCommitted, inputs.committed),
    completionRate: inPoints ? ratio(inputs.completedPoints, inputs.committedPoints) : ratio(inputs.completed, inputs.committed),
    scopeChurn: ratio(inputs.added + inputs.removed, inputs.committed),
    carryOver: ratio(inputs.notCompleted, inputs.committed + inputs.added),
  };
}

/**
 * The ratios of a sprint's groups, whatever the items are (issue histories in the replay, issue keys
 * in the app's record: ledger/recorded.ts), given each item's estimate at the start and at the close.
 */
export function groupRatios<T>(groups: SprintGroupsOf<T>, estimateAtStart: (item: T) => number | null, estimateAtEnd: (item: T) => number | null, pointsEnabled: boolean): SprintRatios {
  const committed = new Set(groups.committed);
  const completedCommitted = groups.completed.filter((item) => committed.has(item));
  const sum = (items: readonly T[], estimate: (item: T) => number | null) => (pointsEnabled ? items.reduce((total, item) => total + (estimate(item) ?? 0), 0) : 0);
  return ratiosOf({
    committed: groups.committed.length,
    added: groups.added.length,
    removed: groups.removed.length,
    completed: groups.completed.length,
    notCompleted: groups.notCompleted.length,
    completedCommitted: completedCommitted.length,
    committedPoints: sum(groups.committed, estimateAtStart),
    completedCommittedPoints: sum(completedCommitted.filter((item) => estimateAtStart(item) !== null), estimateAtEnd),
    completedPoints: sum(groups.completed, estimateAtEnd),
  });
}

export function sprintRatios(groups: SprintGroups, t0: number, t1: number, pointsEnabled: boolean): SprintRatios {
  return groupRatios(groups, (r) => valueAt(r.estimate, t0), (r) => valueAt(r.estimate, t1), pointsEnabled);
}
