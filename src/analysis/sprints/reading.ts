/**
 * One sprint as the figures read it: its groups (by issue key) and each issue's state at the start
 * and at the end, whether they come from the replay of Jira's history or from the app's record of
 * the sprint (ledger/recorded.ts). The per-issue report, the hygiene notes and the differences
 * between record and replay all read a sprint through this one shape.
 */
import type { LedgerIssue } from '../../domain/sprint-ledger';
import type { BoardHistory } from '../history/board-history';
import type { IssueHistory } from '../history/issue-history';
import { isMemberAt } from '../history/membership';
import { statusNameAt } from '../history/status-at';
import { valueAt } from '../history/timeline';
import type { MomentState, SprintGroupsOf } from './groups';

/** An issue at one moment of a sprint: in it or not, done or not, its estimate and status then. */
export interface ItemState extends MomentState {
  estimate: number | null;
  /** Status name; null when not known. */
  status: string | null;
}

export interface SprintReading {
  sprintId: number;
  t0: number;
  /** The completion, or the report's moment for a running sprint. */
  t1: number;
  groups: SprintGroupsOf<string>;
  atStart(key: string): ItemState;
  atEnd(key: string): ItemState;
  history: BoardHistory;
  /** What the app recorded of the issue, when it did (summary and type of an issue the report could not read). */
  captured(key: string): LedgerIssue | undefined;
}

const ABSENT: ItemState = { in: false, done: false, estimate: null, status: null };

/** The state the replay gives an issue at `ms` (not in the sprint when the report has no history of it). */
export function replayedState(issue: IssueHistory | undefined, sprintId: number, ms: number): ItemState {
  if (!issue) return ABSENT;
  return {
    in: isMemberAt(issue.membership.get(sprintId), ms),
    done: valueAt(issue.done, ms),
    estimate: valueAt(issue.estimate, ms),
    status: statusNameAt(issue, ms),
  };
}

/** The state the app recorded: in the sprint exactly when the capture holds the issue. */
export function capturedState(issue: LedgerIssue | undefined): ItemState {
  if (!issue) return ABSENT;
  return { in: true, done: issue.statusCategory === 'done', estimate: issue.estimate, status: issue.status };
}

/** A sprint read from the replay: `groups` are the replay's, the states Jira's history at t0 and t1. */
export function replayReading(sprintId: number, t0: number, t1: number, groups: SprintGroupsOf<string>, history: BoardHistory): SprintReading {
  return {
    sprintId,
    t0,
    t1,
    groups,
    history,
    atStart: (key) => replayedState(history.byKey.get(key), sprintId, t0),
    atEnd: (key) => replayedState(history.byKey.get(key), sprintId, t1),
    captured: () => undefined,
  };
}
