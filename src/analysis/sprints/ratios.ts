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

export function sprintRatios(groups: SprintGroups, t0: number, t1: number, pointsEnabled: boolean): SprintRatios {
  const committedKeys = new Set(groups.committed.map((r) => r.issue.key));
  const completedCommitted = groups.completed.filter((r) => committedKeys.has(r.issue.key));
  const committedPoints = pointsEnabled ? pointsAt(groups.committed, t0) : 0;
  const inPoints = committedPoints > 0;
  const estimatedAtStart = completedCommitted.filter((r) => valueAt(r.estimate, t0) !== null);
  return {
    commitmentReliability: inPoints
      ? ratio(pointsAt(estimatedAtStart, t1), committedPoints)
      : ratio(completedCommitted.length, groups.committed.length),
    completionRate: inPoints ? ratio(pointsAt(groups.completed, t1), committedPoints) : ratio(groups.completed.length, groups.committed.length),
    scopeChurn: ratio(groups.added.length + groups.removed.length, groups.committed.length),
    carryOver: ratio(groups.notCompleted.length, groups.committed.length + groups.added.length),
  };
}
