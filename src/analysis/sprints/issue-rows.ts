/**
 * The per-issue sprint report (docs/metrics.md, "Per-issue sprint report"): each issue that was in
 * the sprint (not its sub-tasks), with how it came in and how it left, its status at the close, its
 * estimate when it came in (the start, or the moment it was added) and at the close, who added or
 * removed it and when, and whether it was finished outside the sprint (done at the start, or added
 * already done). The groups and estimates are those of the figures shown (reading.ts), so the rows
 * of a group add up to the group's size and points.
 */
import type { ScopeChange, SprintIssueRow } from '../../domain/report';
import type { IssueHistory } from '../history/issue-history';
import { valueAt } from '../history/timeline';
import type { SprintReading } from './reading';

/** How many of the last closed sprints keep their per-issue report (older ones keep their groups). */
export const SPRINT_DETAIL_SPRINTS = 7;

/** When the issue joined the sprint during it: the first entry in (t0, t1]. */
export function joinedAt(issue: IssueHistory | undefined, sprintId: number, t0: number, t1: number): number | null {
  for (const period of issue?.membership.get(sprintId) ?? []) if (period.fromMs > t0 && period.fromMs <= t1 && period.toMs > period.fromMs) return period.fromMs;
  return null;
}

/** Added already done: done at the moment it joined. */
export function addedDone(reading: SprintReading, key: string): boolean {
  const issue = reading.history.byKey.get(key);
  const at = joinedAt(issue, reading.sprintId, reading.t0, reading.t1);
  return issue !== undefined && at !== null && valueAt(issue.done, at);
}

function lastChange(changes: readonly ScopeChange[], key: string, change: ScopeChange['change']): ScopeChange | null {
  let found: ScopeChange | null = null;
  for (const c of changes) if (c.issueKey === key && c.change === change) found = c;
  return found;
}

export function issueRows(reading: SprintReading, scopeChanges: readonly ScopeChange[]): SprintIssueRow[] {
  const { groups } = reading;
  const removed = new Set(groups.removed);
  const completed = new Set(groups.completed);
  const entries: [SprintIssueRow['entry'], string[]][] = [
    ['committed', groups.committed],
    ['added', groups.added],
    ['doneBeforeStart', groups.doneBeforeStart],
  ];
  const rows: SprintIssueRow[] = [];
  for (const [entry, keys] of entries) {
    for (const key of keys) {
      const issue = reading.history.byKey.get(key);
      const captured = reading.captured(key);
      const end = reading.atEnd(key);
      const joined = entry === 'added' ? joinedAt(issue, reading.sprintId, reading.t0, reading.t1) : null;
      const estimateAtStart = entry === 'added' ? (issue && joined !== null ? valueAt(issue.estimate, joined) : end.estimate) : reading.atStart(key).estimate;
      const outcome: SprintIssueRow['outcome'] = entry === 'doneBeforeStart' ? 'doneBeforeStart' : removed.has(key) ? 'removed' : completed.has(key) ? 'completed' : 'notCompleted';
      const added = entry === 'added' ? lastChange(scopeChanges, key, 'added') : null;
      const taken = outcome === 'removed' ? lastChange(scopeChanges, key, 'removed') : null;
      rows.push({
        key,
        summary: issue?.issue.summary ?? captured?.summary ?? '',
        issueType: issue?.issue.issueType.name ?? captured?.issueType ?? '',
        entry,
        outcome,
        status: end.status,
        estimateAtStart,
        estimateAtEnd: end.estimate,
        addedAt: added?.at ?? null,
        addedBy: added?.by ?? null,
        removedAt: taken?.at ?? null,
        removedBy: taken?.by ?? null,
        finishedOutside: entry === 'doneBeforeStart' || (entry === 'added' && addedDone(reading, key)),
      });
    }
  }
  return rows;
}
