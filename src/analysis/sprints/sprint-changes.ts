/**
 * What happened to a sprint's issues between its start t0 and its completion t1, beyond the groups:
 * estimate changes, scope changes (who added and removed), flagged periods (impediments) and items
 * moved back out of done.
 */
import type { EstimateChange, FlagPeriod, Reopening, ScopeChange } from '../../domain/report';
import type { IssueHistory } from '../history/issue-history';
import type { SprintGroups } from './reconstruct';
import { isMemberAt, wasMemberDuring } from '../history/membership';
import { compareText, toIso } from '../history/parse';
import { workingDaysBetweenMs } from './working-days';

/** Estimate changes made in (t0, t1] while the issue was in the sprint. */
export function estimateChanges(sprintId: number, issues: IssueHistory[], t0: number, t1: number): EstimateChange[] {
  const changes: EstimateChange[] = [];
  for (const r of issues) {
    const { times, values, by, initial } = r.estimate;
    for (let i = 0; i < times.length; i++) {
      if (times[i] <= t0 || times[i] > t1) continue;
      if (!isMemberAt(r.membership.get(sprintId), times[i])) continue;
      changes.push({ issueKey: r.issue.key, from: i === 0 ? initial : values[i - 1], to: values[i], at: toIso(times[i]), by: by[i] });
    }
  }
  return changes.sort((a, b) => compareText(a.at, b.at) || compareText(a.issueKey, b.issueKey));
}

/** Each entry into the sprint in (t0, t1] of an added issue, and each exit in (t0, t1] of a removed one. */
export function scopeChanges(sprintId: number, groups: SprintGroups, t0: number, t1: number): ScopeChange[] {
  const changes: ScopeChange[] = [];
  for (const r of groups.added) {
    for (const p of r.membership.get(sprintId) ?? []) {
      if (p.fromMs > t0 && p.fromMs <= t1) changes.push({ issueKey: r.issue.key, change: 'added', at: toIso(p.fromMs), by: p.fromBy });
    }
  }
  for (const r of groups.removed) {
    for (const p of r.membership.get(sprintId) ?? []) {
      if (p.toMs > t0 && p.toMs <= t1) changes.push({ issueKey: r.issue.key, change: 'removed', at: toIso(p.toMs), by: p.toBy });
    }
  }
  return changes.sort((a, b) => compareText(a.at, b.at) || compareText(a.issueKey, b.issueKey));
}

/** Flagged periods overlapping the sprint while the issue was in it, clipped to [t0, t1] (sub-tasks included). */
export function impediments(sprintId: number, candidates: readonly IssueHistory[], t0: number, t1: number): FlagPeriod[] {
  const periods: FlagPeriod[] = [];
  for (const r of candidates) {
    const { initial, times, values } = r.flagged;
    if (!initial && times.length === 0) continue; // never flagged (most issues): no period to find
    let flaggedSince: number | null = initial ? -Infinity : null;
    const close = (endMs: number) => {
      if (flaggedSince === null) return;
      const from = Math.max(flaggedSince, t0);
      const to = Math.min(endMs, t1);
      if (to > from && wasMemberDuring(r.membership.get(sprintId), from, to, '[)')) {
        periods.push({ issueKey: r.issue.key, from: toIso(from), to: endMs > t1 ? null : toIso(to), workingDays: workingDaysBetweenMs(from, to) });
      }
    };
    for (let i = 0; i < times.length; i++) {
      if (values[i] && flaggedSince === null) flaggedSince = times[i];
      else if (!values[i] && flaggedSince !== null) {
        close(times[i]);
        flaggedSince = null;
      }
    }
    close(Infinity);
  }
  return periods.sort((a, b) => compareText(a.from, b.from) || compareText(a.issueKey, b.issueKey));
}

/**
 * Items moved out of done: during the sprint (done -> not done in (t0, t1] while in the sprint), and
 * after it for the sprint's completed items (their first done -> not done after t1).
 */
export function reopenings(sprintId: number, stories: IssueHistory[], groups: SprintGroups, t0: number, t1: number): Reopening[] {
  const completed = new Set(groups.completed.map((r) => r.issue.key));
  const doneBefore = new Set(groups.doneBeforeStart.map((r) => r.issue.key));
  const result: Reopening[] = [];
  for (const r of stories) {
    if (doneBefore.has(r.issue.key)) continue;
    const { times, values, by } = r.done;
    let afterCounted = false;
    for (let i = 0; i < times.length; i++) {
      if (values[i]) continue; // only done -> not done steps (pushStep keeps only real transitions)
      const at = times[i];
      const during = at > t0 && at <= t1 && isMemberAt(r.membership.get(sprintId), at - 1);
      const after = at > t1 && completed.has(r.issue.key) && !afterCounted;
      if (after) afterCounted = true;
      if (during || after) result.push({ issueKey: r.issue.key, at: toIso(at), by: by[i] });
    }
  }
  return result.sort((a, b) => compareText(a.at, b.at) || compareText(a.issueKey, b.issueKey));
}
