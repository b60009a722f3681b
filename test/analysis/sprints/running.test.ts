/**
 * The running sprint so far, worked out by hand. Sprint 7 (closed 13 Mar) left APP-15 unfinished;
 * sprint 8 runs Mon 16 Mar 09:00 to Fri 27 Mar 17:00 and "now" is Mon 23 Mar 12:00, so 171 of its
 * 272 planned hours are gone (0.6287) and 4 working days are left (Tue 24 to Fri 27).
 *
 * | issue  | in sprint 8                            | points | status now                     |
 * |--------|----------------------------------------|--------|--------------------------------|
 * | APP-10 | from the start                         | 3      | done 18 Mar 10:00              |
 * | APP-11 | from the start                         | 5      | To Do (not started)            |
 * | APP-12 | from the start                         | 2      | In Progress, flagged 19 Mar    |
 * | APP-13 | added 17 Mar 10:00 by Olga             | 1      | To Do                          |
 * | APP-14 | from the start, taken out 20 Mar by Sam | 8      | To Do                          |
 * | APP-15 | carried from sprint 7                  | 3      | In Progress                    |
 *
 * Burnup (scope / done, points): end of 16 Mar 21/0 (3+5+2+8+3), 17 Mar 22/0, 18 and 19 Mar 22/3,
 * 20, 21 and 22 Mar 14/3, now 14/3.
 */
import { analyseSprints } from '../../../src/analysis/sprints/section';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { boardInput } from '../history/board-input';
import { DOING_STATUS, DONE_STATUS, boardData, change, flagChange, issue, sprint, sprintChange } from './fixtures';

const S7 = sprint(7, '2026-03-02T09:00:00.000Z', '2026-03-13T17:00:00.000Z', '2026-03-13T17:00:00.000Z');
const S8 = sprint(8, '2026-03-16T09:00:00.000Z', '2026-03-27T17:00:00.000Z', null);
const PLANNED = '2026-03-13T18:00:00.000Z';
const done = (at: string) => change('status', at, '10000', '10001', 'dev', { fromString: 'To Do', toString: 'Done' });
const started = (at: string) => change('status', at, '10000', '3', 'dev', { fromString: 'To Do', toString: 'In Progress' });

const issues = [
  issue('APP-10', { sprintIds: [8], estimate: 3, status: DONE_STATUS, changelog: [sprintChange(PLANNED, '', '8'), done('2026-03-18T10:00:00.000Z')] }),
  issue('APP-11', { sprintIds: [8], estimate: 5, changelog: [sprintChange(PLANNED, '', '8')] }),
  issue('APP-12', { sprintIds: [8], estimate: 2, status: DOING_STATUS, flagged: true, changelog: [sprintChange(PLANNED, '', '8'), started('2026-03-17T09:00:00.000Z'), flagChange('2026-03-19T09:00:00.000Z', true)] }),
  issue('APP-13', { sprintIds: [8], estimate: 1, changelog: [sprintChange('2026-03-17T10:00:00.000Z', '', '8', 'olga')] }),
  issue('APP-14', { sprintIds: [], estimate: 8, changelog: [sprintChange(PLANNED, '', '8'), sprintChange('2026-03-20T10:00:00.000Z', '8', '', 'sam')] }),
  issue('APP-15', {
    sprintIds: [7, 8], estimate: 3, status: DOING_STATUS,
    changelog: [sprintChange('2026-02-27T10:00:00.000Z', '', '7'), started('2026-03-05T09:00:00.000Z'), sprintChange('2026-03-13T17:01:00.000Z', '7', '7, 8')],
  }),
];

const now = new Date('2026-03-23T12:00:00.000Z');
const section = analyseSprints({ ...boardInput(boardData(issues, [S7, S8])), settings: DEFAULT_SETTINGS, now });
const running = section.active!.running;

describe('the running sprint', () => {
  it('shows the scope so far and the work done', () => {
    expect(running.committed).toEqual({ issues: ['APP-10', 'APP-11', 'APP-12', 'APP-14', 'APP-15'], points: 21 });
    expect(running.added).toEqual({ issues: ['APP-13'], points: 1 });
    expect(running.removed).toEqual({ issues: ['APP-14'], points: 8 });
    expect(running.done).toEqual({ issues: ['APP-10'], points: 3 });
    expect(running.notDone).toEqual({ issues: ['APP-11', 'APP-12', 'APP-13', 'APP-15'], points: 11 });
    expect(running.unit).toBe('points');
    expect(running.elapsed).toBeCloseTo(171 / 272, 12);
    expect(running.workingDaysLeft).toBe(4);
  });

  it('draws the burnup from the start to now', () => {
    expect(running.burnup.map((p) => [p.at.slice(0, 10), p.scope, p.done])).toEqual([
      ['2026-03-16', 21, 0],
      ['2026-03-17', 22, 0],
      ['2026-03-18', 22, 3],
      ['2026-03-19', 22, 3],
      ['2026-03-20', 14, 3],
      ['2026-03-21', 14, 3],
      ['2026-03-22', 14, 3],
      ['2026-03-23', 14, 3],
    ]);
    expect(running.burnup[running.burnup.length - 1].at).toBe(now.toISOString());
  });

  it('lists the items at risk, and why', () => {
    expect(running.atRisk).toEqual([
      { issueKey: 'APP-11', summary: 'Summary of APP-11', flagged: false, notStarted: true, carriedFrom: [] },
      { issueKey: 'APP-12', summary: 'Summary of APP-12', flagged: true, notStarted: false, carriedFrom: [] },
      { issueKey: 'APP-13', summary: 'Summary of APP-13', flagged: false, notStarted: true, carriedFrom: [] },
      { issueKey: 'APP-15', summary: 'Summary of APP-15', flagged: false, notStarted: false, carriedFrom: [7] },
    ]);
  });

  it('says it is replayed when the app did not record its start', () => {
    expect(running.record.commitment).toBe('replayed');
    expect(running.record.note).toBe('Replayed from Jira’s history, as no record of it was made from Jira’s sprint events.');
  });

  it('lists its issues so far', () => {
    expect(running.issues.map((r) => [r.key, r.entry, r.outcome, r.status])).toEqual([
      ['APP-10', 'committed', 'completed', 'Done'],
      ['APP-11', 'committed', 'notCompleted', 'To Do'],
      ['APP-12', 'committed', 'notCompleted', 'In Progress'],
      ['APP-14', 'committed', 'removed', 'To Do'],
      ['APP-15', 'committed', 'notCompleted', 'In Progress'],
      ['APP-13', 'added', 'notCompleted', 'To Do'],
    ]);
  });
});

describe('velocity', () => {
  it('sets committed against completed for the last closed sprints', () => {
    expect(section.velocity).toEqual({
      unit: 'points',
      sprints: [{ sprintId: 7, name: 'Sprint 7', committed: 3, completed: 0, commitmentReliability: 0, scopeChurn: 0, record: 'replayed' }],
      averageCompleted: 0,
    });
  });
});
