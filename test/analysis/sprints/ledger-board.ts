/**
 * One closed sprint (7) recorded by the app, and what its history shows. Times are UTC; the sprint
 * starts Mon 2 Mar 2026 09:00:00 (t0) and closes Fri 13 Mar 17:00:00 (t1). The app read it 80 s
 * after the start (r0) and 45 s after the close (r1).
 *
 * | issue | history                                                    | recorded at r0 | recorded at r1   |
 * |-------|------------------------------------------------------------|----------------|------------------|
 * | APP-1 | planned 27 Feb, 3 points, done 10 Mar                       | To Do, 3       | Done, 3          |
 * | APP-2 | planned 27 Feb, 5 points, done at t1 + 20 s                 | To Do, 5       | Done, 5          |
 * | APP-3 | added at t0 + 40 s by Olga, 2 points, done 12 Mar           | To Do, 2       | Done, 2          |
 * | APP-4 | planned 27 Feb, 8 points, taken out 13 Mar 16:30 by Sam     | To Do, 8       | (not in it)      |
 * | APP-5 | added 5 Mar by Olga, 1 point                                | (not in it)    | To Do, 1         |
 * | APP-6 | planned 27 Feb, re-estimated 3 -> 5 at t0 + 60 s by Sam      | To Do, 5       | In Progress, 5   |
 *
 * Replayed: committed APP-1 3, APP-2 5, APP-4 8, APP-6 3 (19 points); added APP-3 2, APP-5 1;
 * removed APP-4; completed APP-1, APP-3 (5 points); not completed APP-2 5, APP-5 1, APP-6 5.
 * Reliability 3/19, completion 5/19, churn (2 + 1)/4 = 0.75, carry-over 3/(4 + 2) = 0.5.
 *
 * Recorded: committed APP-1 3, APP-2 5, APP-3 2, APP-4 8, APP-6 5 (23 points); added APP-5 1;
 * removed APP-4 (8 at the close); completed APP-1, APP-2, APP-3 (10 points); not completed APP-5,
 * APP-6 (6 points). Reliability 10/23, completion 10/23, churn (1 + 1)/5 = 0.4, carry-over 2/(5 + 1).
 */
import type { LedgerCapture, LedgerIssue, SprintLedger } from '../../../src/domain/sprint-ledger';
import { DOING_STATUS, DONE_STATUS, boardData, change, issue, pointsChange, sprint, sprintChange } from './fixtures';

export const T0 = '2026-03-02T09:00:00.000Z';
export const T1 = '2026-03-13T17:00:00.000Z';
export const R0 = '2026-03-02T09:01:20.000Z';
export const R1 = '2026-03-13T17:00:45.000Z';

const PLANNED = '2026-02-27T10:00:00.000Z';
const status = (at: string, to: 'In Progress' | 'Done') => change('status', at, '10000', to === 'Done' ? '10001' : '3', 'dev', { fromString: 'To Do', toString: to });

export const S7 = sprint(7, T0, '2026-03-13T17:00:00.000Z', T1);

export const ledgerIssues = [
  issue('APP-1', { sprintIds: [7], estimate: 3, status: DONE_STATUS, changelog: [sprintChange(PLANNED, '', '7'), status('2026-03-10T10:00:00.000Z', 'Done')] }),
  issue('APP-2', { sprintIds: [7], estimate: 5, status: DONE_STATUS, changelog: [sprintChange(PLANNED, '', '7'), status('2026-03-13T17:00:20.000Z', 'Done')] }),
  issue('APP-3', { sprintIds: [7], estimate: 2, status: DONE_STATUS, changelog: [sprintChange('2026-03-02T09:00:40.000Z', '', '7', 'olga'), status('2026-03-12T10:00:00.000Z', 'Done')] }),
  issue('APP-4', { sprintIds: [], estimate: 8, changelog: [sprintChange(PLANNED, '', '7'), sprintChange('2026-03-13T16:30:00.000Z', '7', '', 'sam')] }),
  issue('APP-5', { sprintIds: [7], estimate: 1, changelog: [sprintChange('2026-03-05T10:00:00.000Z', '', '7', 'olga')] }),
  issue('APP-6', {
    sprintIds: [7], estimate: 5, status: DOING_STATUS,
    changelog: [sprintChange(PLANNED, '', '7'), pointsChange('2026-03-02T09:01:00.000Z', '3', '5', 'sam'), status('2026-03-04T10:00:00.000Z', 'In Progress')],
  }),
];

export const ledgerData = boardData(ledgerIssues, [S7]);

function recorded(key: string, estimate: number, state: 'To Do' | 'In Progress' | 'Done'): LedgerIssue {
  const category = state === 'Done' ? 'done' : state === 'In Progress' ? 'indeterminate' : 'new';
  return { key, projectKey: 'APP', summary: `Summary of ${key}`, issueType: 'Story', subtask: false, status: state, statusCategory: category, estimate };
}

export function capture(moment: 'start' | 'close', recordedAt: string, issues: LedgerIssue[], missed: string | null = null): LedgerCapture {
  const closed = moment === 'close';
  return {
    sprintId: 7,
    moment,
    receivedAt: recordedAt,
    recordedAt,
    sprint: { name: 'Sprint 7', state: closed ? 'closed' : 'active', startDate: T0, endDate: '2026-03-13T17:00:00.000Z', completeDate: closed ? T1 : null, goal: 'Goal of sprint 7', originBoardId: 1 },
    issues: missed ? [] : issues,
    missed,
  };
}

export const START_ISSUES = [recorded('APP-1', 3, 'To Do'), recorded('APP-2', 5, 'To Do'), recorded('APP-3', 2, 'To Do'), recorded('APP-4', 8, 'To Do'), recorded('APP-6', 5, 'To Do')];
export const CLOSE_ISSUES = [recorded('APP-1', 3, 'Done'), recorded('APP-2', 5, 'Done'), recorded('APP-3', 2, 'Done'), recorded('APP-5', 1, 'To Do'), recorded('APP-6', 5, 'In Progress')];

export function ledgerOf(parts: Partial<SprintLedger>): SprintLedger {
  return { sprintId: 7, start: null, close: null, events: [], ...parts };
}
