/**
 * A sprint read from the app's record (docs/metrics.md, "The sprint ledger"): the state at the start
 * is what the app read after the start event, the state at the end what it read after the close
 * event, each where that recording stands for its moment (captures.ts); where it does not, the
 * replay of Jira's history at t0 or t1 stands in. An issue is in the sprint at a recorded moment
 * exactly when the recording holds it. Whether an issue joined during the sprint comes from the
 * replay (the app records the start and the close, not every move in between), and so do who added
 * or removed it and when.
 *
 * The groups follow groups.ts; points and ratios the same rules as the replay (reconstruct.ts,
 * ratios.ts): committed and done before the start at the start's estimates, the other groups at
 * the end's (a removed issue at its estimate at the close, from the replay).
 */
import type { IssueSet } from '../../../domain/report';
import type { LedgerCapture, LedgerIssue } from '../../../domain/sprint-ledger';
import type { BoardHistory } from '../../history/board-history';
import { wasMemberDuring } from '../../history/membership';
import { groupItems } from '../groups';
import { groupRatios, type SprintRatios } from '../ratios';
import { type ItemState, type SprintReading, capturedState, replayReading, replayedState } from '../reading';
import { compareIssueKeys } from '../reconstruct';

export interface RecordedInput {
  sprintId: number;
  t0: number;
  t1: number;
  projectKey: string;
  history: BoardHistory;
  /** Usable recordings (null: the replay stands in for that moment). */
  start: LedgerCapture | null;
  close: LedgerCapture | null;
}

/** The stories of this project a recording holds (sub-tasks are reported apart, other projects' issues are not this report's). */
function storiesOf(capture: LedgerCapture | null, projectKey: string): Map<string, LedgerIssue> | null {
  if (!capture) return null;
  return new Map(capture.issues.filter((issue) => !issue.subtask && issue.projectKey === projectKey).map((issue) => [issue.key, issue]));
}

export function recordedReading(input: RecordedInput): SprintReading {
  const { sprintId, t0, t1, history } = input;
  const atStartRecord = storiesOf(input.start, input.projectKey);
  const atEndRecord = storiesOf(input.close, input.projectKey);
  const replayed = (key: string, ms: number) => replayedState(history.byKey.get(key), sprintId, ms);
  const atStart = (key: string): ItemState => (atStartRecord ? capturedState(atStartRecord.get(key)) : replayed(key, t0));
  const atEnd = (key: string): ItemState => (atEndRecord ? capturedState(atEndRecord.get(key)) : replayed(key, t1));
  const keys = new Set<string>([...(atStartRecord?.keys() ?? []), ...(atEndRecord?.keys() ?? [])]);
  for (const issue of history.bySprint.get(sprintId) ?? []) if (!issue.issue.issueType.subtask) keys.add(issue.issue.key);
  const joined = (key: string) => wasMemberDuring(history.byKey.get(key)?.membership.get(sprintId), t0, t1, '(]');
  const groups = groupItems([...keys].sort(compareIssueKeys), atStart, atEnd, joined);
  return {
    ...replayReading(sprintId, t0, t1, groups, history),
    atStart,
    // A removed issue is in no end recording: its estimate at the close comes from the replay.
    atEnd: (key) => {
      const state = atEnd(key);
      return state.in || !history.byKey.has(key) ? state : { ...replayed(key, t1), in: false };
    },
    captured: (key) => atStartRecord?.get(key) ?? atEndRecord?.get(key),
  };
}

/** The issue sets of a reading, with points (null when the board counts issues). */
export function readingSets(reading: SprintReading, pointsEnabled: boolean) {
  const sum = (keys: string[], state: (key: string) => ItemState) => keys.reduce((total, key) => total + (state(key).estimate ?? 0), 0);
  const set = (keys: string[], state: (key: string) => ItemState): IssueSet => ({ issues: [...keys], points: pointsEnabled ? sum(keys, state) : null });
  const { groups, atStart, atEnd } = reading;
  return {
    committed: set(groups.committed, atStart),
    added: set(groups.added, atEnd),
    removed: set(groups.removed, atEnd),
    completed: set(groups.completed, atEnd),
    notCompleted: set(groups.notCompleted, atEnd),
    doneBeforeStart: set(groups.doneBeforeStart, atStart),
  };
}

/** The four ratios of a reading (ratios.ts). */
export function readingRatios(reading: SprintReading, pointsEnabled: boolean): SprintRatios {
  return groupRatios(reading.groups, (key) => reading.atStart(key).estimate, (key) => reading.atEnd(key).estimate, pointsEnabled);
}
