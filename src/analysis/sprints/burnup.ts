/**
 * The burnup of a running sprint (docs/metrics.md, "The running sprint"): at the end of each UTC day
 * from the start's day to yesterday, then now, the scope (the stories in the sprint at that moment,
 * but those done before the start) and the work done (those of them done then), in points at their
 * estimate then, or in issues.
 */
import type { BurnupPoint } from '../../domain/report';
import type { IssueHistory } from '../history/issue-history';
import { isMemberAt } from '../history/membership';
import { toIso } from '../history/parse';
import { valueAt } from '../history/timeline';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The end of each day from t0's to the day before now's (the last instant of each), then now. */
export function burnupMoments(t0: number, nowMs: number): number[] {
  const moments: number[] = [];
  for (let dayEnd = Math.floor(t0 / DAY_MS) * DAY_MS + DAY_MS - 1; dayEnd < nowMs; dayEnd += DAY_MS) moments.push(dayEnd);
  moments.push(nowMs);
  return moments;
}

export function burnup(sprintId: number, stories: readonly IssueHistory[], doneBeforeStart: ReadonlySet<string>, t0: number, nowMs: number, inPoints: boolean): BurnupPoint[] {
  const counted = stories.filter((issue) => !doneBeforeStart.has(issue.issue.key));
  return burnupMoments(t0, nowMs).map((ms) => {
    let scope = 0;
    let done = 0;
    for (const issue of counted) {
      if (!isMemberAt(issue.membership.get(sprintId), ms)) continue;
      const size = inPoints ? valueAt(issue.estimate, ms) ?? 0 : 1;
      scope += size;
      if (valueAt(issue.done, ms)) done += size;
    }
    return { at: toIso(ms), scope, done };
  });
}
