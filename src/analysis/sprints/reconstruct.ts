/**
 * Reconstructs one closed sprint like Jira's sprint report, by replaying the issues' histories
 * (src/analysis/history). S = the sprint, t0 = its start, t1 = its completion; "in S at t" = after
 * every change made at or before t. The groups are defined in groups.ts. Sub-tasks are reported
 * apart and are in none of them.
 * Points: committed at t0 estimates; added, removed, completed and not completed at t1 estimates;
 * null when the board estimates by issue count. The ratios are in ratios.ts. How the figures were
 * made (the record), each issue and the hygiene notes are added by the sprint section (section.ts).
 */
import type { GoalObservation, IsoDateTime, Sprint } from '../../domain/types';
import type { IssueSet, SprintFigures } from '../../domain/report';

/** A closed sprint as the replay gives it, before its record, its issues and its hygiene notes are added. */
export type ReplayedSprint = Omit<SprintFigures, 'record' | 'issues' | 'hygiene'>;
import type { BoardHistory, KeyOrder } from '../history/board-history';
import type { IssueHistory } from '../history/issue-history';
import { isMemberAt, wasMemberDuring } from '../history/membership';
import { valueAt } from '../history/timeline';
import { compareText, toMs } from '../history/parse';
import { workingDaysBetweenMs } from './working-days';
import { estimateChanges, impediments, reopenings, scopeChanges } from './sprint-changes';
import { pointsAt, sprintRatios } from './ratios';
import { goalAtStart, goalChangedAfterStart } from './goals';
import { groupItems, type SprintGroupsOf } from './groups';

export interface ReconstructOptions {
  /** false when the board estimates by issue count (points are then null). */
  pointsEnabled: boolean;
  /** The goals the app observed for this sprint (BoardData.sprintGoals; Jira keeps no goal history). */
  goalHistory?: readonly GoalObservation[];
}

export type SprintGroups = SprintGroupsOf<IssueHistory>;

/** Sorts the issues that were ever in the sprint into Jira's groups (groups.ts), replaying their histories. */
export function groupSprintIssues(sprintId: number, candidates: readonly IssueHistory[], t0: number, t1: number): SprintGroups {
  const periods = (issue: IssueHistory) => issue.membership.get(sprintId);
  return groupItems(
    candidates,
    (issue) => ({ in: isMemberAt(periods(issue), t0), done: valueAt(issue.done, t0) }),
    (issue) => ({ in: isMemberAt(periods(issue), t1), done: valueAt(issue.done, t1) }),
    (issue) => wasMemberDuring(periods(issue), t0, t1, '(]'),
  );
}

export function reconstructSprint(sprint: Sprint, history: BoardHistory, options: ReconstructOptions): ReplayedSprint {
  const t0 = toMs(sprint.startDate);
  const t1 = toMs(sprint.completeDate);
  const base = sprintBase(sprint);
  const goals = { goalAtStart: goalAtStart(sprint, options.goalHistory), goalChangedAfterStart: goalChangedAfterStart(sprint, options.goalHistory) };
  if (t0 === null || t1 === null || t1 < t0) return { ...emptyFigures(base, options.pointsEnabled), ...goals };
  const candidates = history.bySprint.get(sprint.id) ?? [];
  const stories = candidates.filter((r) => !r.issue.issueType.subtask);
  const subtasks = candidates.filter((r) => r.issue.issueType.subtask);
  const groups = groupSprintIssues(sprint.id, stories, t0, t1);
  const subtaskGroups = groupSprintIssues(sprint.id, subtasks, t0, t1);

  const set = (list: IssueHistory[], ms: number): IssueSet => ({ issues: keys(list, history.keyOrder), points: options.pointsEnabled ? pointsAt(list, ms) : null });

  return {
    ...base,
    committed: set(groups.committed, t0),
    added: set(groups.added, t1),
    removed: set(groups.removed, t1),
    completed: set(groups.completed, t1),
    notCompleted: set(groups.notCompleted, t1),
    doneBeforeStart: set(groups.doneBeforeStart, t0),
    ...sprintRatios(groups, t0, t1, options.pointsEnabled),
    estimateChanges: estimateChanges(sprint.id, [...groups.committed, ...groups.added], t0, t1),
    scopeChanges: scopeChanges(sprint.id, groups, t0, t1),
    subtasks: {
      committed: keys(subtaskGroups.committed, history.keyOrder),
      added: keys(subtaskGroups.added, history.keyOrder),
      completed: keys(subtaskGroups.completed, history.keyOrder),
      notCompleted: keys(subtaskGroups.notCompleted, history.keyOrder),
    },
    plannedWorkingDays: workingDaysBetween(sprint.startDate, sprint.endDate),
    lateWorkingDays: workingDaysBetween(sprint.endDate, sprint.completeDate),
    impediments: impediments(sprint.id, candidates, t0, t1),
    reopened: reopenings(sprint.id, stories, groups, t0, t1),
    ...goals,
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

/** Figures for a sprint whose dates cannot be read: empty groups and null ratios (goals are added by the caller). */
function emptyFigures(base: ReturnType<typeof sprintBase>, pointsEnabled: boolean): Omit<ReplayedSprint, 'goalAtStart' | 'goalChangedAfterStart'> {
  const empty = (): IssueSet => ({ issues: [], points: pointsEnabled ? 0 : null });
  return {
    ...base,
    committed: empty(), added: empty(), removed: empty(), completed: empty(), notCompleted: empty(), doneBeforeStart: empty(),
    commitmentReliability: null, completionRate: null, scopeChurn: null, carryOver: null,
    estimateChanges: [], scopeChanges: [],
    subtasks: { committed: [], added: [], completed: [], notCompleted: [] },
    plannedWorkingDays: workingDaysBetween(base.startDate, base.endDate),
    lateWorkingDays: workingDaysBetween(base.endDate, base.completeDate),
    impediments: [], reopened: [],
  };
}

/** Issue keys in natural order: project key, then issue number (APP-2 before APP-10). */
export function compareIssueKeys(a: string, b: string): number {
  const dashA = a.lastIndexOf('-');
  const dashB = b.lastIndexOf('-');
  return compareText(a.slice(0, dashA), b.slice(0, dashB)) || Number(a.slice(dashA + 1)) - Number(b.slice(dashB + 1)) || compareText(a, b);
}

/** The keys of `list` in natural order: by the board's precomputed order when it has one. */
function keys(list: IssueHistory[], order: KeyOrder | null): string[] {
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
