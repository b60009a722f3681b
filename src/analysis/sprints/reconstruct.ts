/**
 * Reconstructs one closed sprint like Jira's sprint report, from the replayed histories.
 * S = the sprint, t0 = its start, t1 = its completion; "in S at t" = after every change made at or before t.
 *
 * - done before start: in S at t0 and done at t0; counted in no other group;
 * - committed: in S at t0 and not done at t0;
 * - added: not in S at t0, in S at some moment in (t0, t1];
 * - removed: in S at some moment in [t0, t1) and not in S at t1;
 * - completed: in S at t1, done at t1 (and not done before start);
 * - not completed: in S at t1, not done at t1.
 * Sub-tasks are reported apart and are in none of these groups.
 * Points: committed at t0 estimates; added, removed, completed and not completed at t1 estimates;
 * null when the board estimates by issue count.
 */
import type { IsoDateTime, Sprint } from '../../domain/types';
import type { EstimateChange, FlagPeriod, IssueSet, Reopening, ScopeChange, SprintFigures } from '../../domain/report';
import { ratio } from '../../domain/stats';
import type { BoardReplay, IssueReplay, KeyOrder } from './replay';
import { isMemberAt, wasMemberDuring } from './membership';
import { valueAt } from './timeline';
import { compareText, toIso, toMs } from './parse';
import { workingDaysBetweenMs } from './working-days';

export interface GoalSnapshot {
  at: IsoDateTime;
  goal: string | null;
}

export interface ReconstructOptions {
  /** false when the board estimates by issue count (points are then null). */
  pointsEnabled: boolean;
  /** Goal snapshots of this sprint, when something recorded them (the public API has no goal history). */
  goalHistory?: GoalSnapshot[];
}

interface Groups {
  doneBeforeStart: IssueReplay[];
  committed: IssueReplay[];
  added: IssueReplay[];
  removed: IssueReplay[];
  completed: IssueReplay[];
  notCompleted: IssueReplay[];
}

/** Sorts the issues that were ever in the sprint into Jira's groups (see the file comment). */
export function groupSprintIssues(sprintId: number, candidates: readonly IssueReplay[], t0: number, t1: number): Groups {
  const groups: Groups = { doneBeforeStart: [], committed: [], added: [], removed: [], completed: [], notCompleted: [] };
  for (const replay of candidates) {
    const periods = replay.membership.get(sprintId);
    const inAtStart = isMemberAt(periods, t0);
    const doneAtStart = valueAt(replay.done, t0);
    if (inAtStart && doneAtStart) {
      groups.doneBeforeStart.push(replay);
      continue;
    }
    const inAtEnd = isMemberAt(periods, t1);
    if (inAtStart) groups.committed.push(replay);
    else if (wasMemberDuring(periods, t0, t1, '(]')) groups.added.push(replay);
    if (!inAtEnd && wasMemberDuring(periods, t0, t1, '[)')) groups.removed.push(replay);
    if (inAtEnd) (valueAt(replay.done, t1) ? groups.completed : groups.notCompleted).push(replay);
  }
  return groups;
}

export function reconstructSprint(sprint: Sprint, replay: BoardReplay, options: ReconstructOptions): SprintFigures {
  const t0 = toMs(sprint.startDate);
  const t1 = toMs(sprint.completeDate);
  const base = sprintBase(sprint);
  if (t0 === null || t1 === null || t1 < t0) return emptyFigures(base, options.pointsEnabled);
  const candidates = replay.bySprint.get(sprint.id) ?? [];
  const stories = candidates.filter((r) => !r.issue.issueType.subtask);
  const subtasks = candidates.filter((r) => r.issue.issueType.subtask);
  const groups = groupSprintIssues(sprint.id, stories, t0, t1);
  const subtaskGroups = groupSprintIssues(sprint.id, subtasks, t0, t1);

  const estimateAt = (r: IssueReplay, ms: number) => valueAt(r.estimate, ms) ?? 0;
  const pointsOf = (list: IssueReplay[], ms: number) => list.reduce((total, r) => total + estimateAt(r, ms), 0);
  const set = (list: IssueReplay[], ms: number): IssueSet => ({ issues: keys(list, replay.keyOrder), points: options.pointsEnabled ? pointsOf(list, ms) : null });

  // "The sprint had estimates" = some committed or added issue had an estimate at t0 or t1.
  const hadEstimates =
    options.pointsEnabled &&
    [...groups.committed, ...groups.added].some((r) => valueAt(r.estimate, t0) !== null || valueAt(r.estimate, t1) !== null);
  const committedKeys = new Set(groups.committed.map((r) => r.issue.key));
  const completedCommitted = groups.completed.filter((r) => committedKeys.has(r.issue.key));

  // Commitment reliability = completed points of committed issues (at t1) / committed points (at t0);
  // completion rate = all completed points (at t1) / committed points; both by issue count without estimates.
  const commitmentReliability = hadEstimates
    ? ratio(pointsOf(completedCommitted, t1), pointsOf(groups.committed, t0))
    : ratio(completedCommitted.length, groups.committed.length);
  const completionRate = hadEstimates
    ? ratio(pointsOf(groups.completed, t1), pointsOf(groups.committed, t0))
    : ratio(groups.completed.length, groups.committed.length);

  return {
    ...base,
    committed: set(groups.committed, t0),
    added: set(groups.added, t1),
    removed: set(groups.removed, t1),
    completed: set(groups.completed, t1),
    notCompleted: set(groups.notCompleted, t1),
    doneBeforeStart: set(groups.doneBeforeStart, t0),
    commitmentReliability,
    completionRate,
    // Scope churn = (added + removed) / committed, in issues.
    scopeChurn: ratio(groups.added.length + groups.removed.length, groups.committed.length),
    // Carry-over = not completed / (committed + added), in issues.
    carryOver: ratio(groups.notCompleted.length, groups.committed.length + groups.added.length),
    estimateChanges: estimateChanges(sprint.id, [...groups.committed, ...groups.added], t0, t1),
    scopeChanges: scopeChanges(sprint.id, groups, t0, t1),
    subtasks: {
      committed: keys(subtaskGroups.committed, replay.keyOrder),
      added: keys(subtaskGroups.added, replay.keyOrder),
      completed: keys(subtaskGroups.completed, replay.keyOrder),
      notCompleted: keys(subtaskGroups.notCompleted, replay.keyOrder),
    },
    plannedWorkingDays: workingDaysBetween(sprint.startDate, sprint.endDate),
    lateWorkingDays: workingDaysBetween(sprint.endDate, sprint.completeDate),
    impediments: impediments(sprint.id, candidates, t0, t1),
    reopened: reopenings(sprint.id, stories, groups, t0, t1),
    goalChangedAfterStart: goalChanged(options.goalHistory, t0),
  };
}

function sprintBase(sprint: Sprint) {
  return {
    id: sprint.id,
    name: sprint.name,
    state: sprint.state,
    startDate: sprint.startDate,
    endDate: sprint.endDate,
    completeDate: sprint.completeDate,
    goal: sprint.goal,
  };
}

/** Figures for a sprint whose dates cannot be read: empty groups and null ratios. */
function emptyFigures(base: ReturnType<typeof sprintBase>, pointsEnabled: boolean): SprintFigures {
  const empty = (): IssueSet => ({ issues: [], points: pointsEnabled ? 0 : null });
  return {
    ...base,
    committed: empty(), added: empty(), removed: empty(), completed: empty(), notCompleted: empty(), doneBeforeStart: empty(),
    commitmentReliability: null, completionRate: null, scopeChurn: null, carryOver: null,
    estimateChanges: [], scopeChanges: [],
    subtasks: { committed: [], added: [], completed: [], notCompleted: [] },
    plannedWorkingDays: workingDaysBetween(base.startDate, base.endDate),
    lateWorkingDays: workingDaysBetween(base.endDate, base.completeDate),
    impediments: [], reopened: [], goalChangedAfterStart: null,
  };
}

/** Issue keys in natural order: project key, then issue number (APP-2 before APP-10). */
export function compareIssueKeys(a: string, b: string): number {
  const dashA = a.lastIndexOf('-');
  const dashB = b.lastIndexOf('-');
  return compareText(a.slice(0, dashA), b.slice(0, dashB)) || Number(a.slice(dashA + 1)) - Number(b.slice(dashB + 1)) || compareText(a, b);
}

/** The keys of `list` in natural order: by the board's precomputed order when it has one. */
function keys(list: IssueReplay[], order: KeyOrder | null): string[] {
  if (order !== null) {
    const ranks = new Float64Array(list.length);
    let complete = true;
    for (let i = 0; i < list.length && complete; i++) {
      const rank = order.rankOf.get(list[i]);
      if (rank === undefined) complete = false;
      else ranks[i] = rank;
    }
    if (complete) {
      ranks.sort(); // typed arrays sort numerically
      const result: string[] = [];
      for (const rank of ranks) result.push(order.keys[rank]);
      return result;
    }
  }
  return list.map((r) => r.issue.key).sort(compareIssueKeys);
}

/** Working days from `from` to `to` (weekdays, negative when `to` is earlier; see working-days.ts). */
export function workingDaysBetween(from: IsoDateTime | null, to: IsoDateTime | null): number | null {
  const fromMs = toMs(from);
  const toMsValue = toMs(to);
  if (fromMs === null || toMsValue === null) return null;
  return workingDaysBetweenMs(fromMs, toMsValue);
}

/** Estimate changes made in (t0, t1] while the issue was in the sprint. */
function estimateChanges(sprintId: number, issues: IssueReplay[], t0: number, t1: number): EstimateChange[] {
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
function scopeChanges(sprintId: number, groups: Groups, t0: number, t1: number): ScopeChange[] {
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
function impediments(sprintId: number, candidates: readonly IssueReplay[], t0: number, t1: number): FlagPeriod[] {
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
function reopenings(sprintId: number, stories: IssueReplay[], groups: Groups, t0: number, t1: number): Reopening[] {
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

/** true/false when snapshots exist from before (or at) and after the start; null otherwise. */
function goalChanged(history: GoalSnapshot[] | undefined, t0: number): boolean | null {
  if (!history || history.length === 0) return null;
  const timed = history
    .map((h) => ({ ms: toMs(h.at), goal: (h.goal ?? '').trim() }))
    .filter((h): h is { ms: number; goal: string } => h.ms !== null)
    .sort((a, b) => a.ms - b.ms);
  const before = timed.filter((h) => h.ms <= t0);
  const after = timed.filter((h) => h.ms > t0);
  if (before.length === 0 || after.length === 0) return null;
  const atStart = before[before.length - 1].goal;
  return after.some((h) => h.goal !== atStart);
}
