import { analyseSprints, carryOverChains, closedSprintsInOrder, recentlyStarted } from '../../../src/analysis/sprints/section';
import { figures } from '../../signals/context';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { S1, S2, S3, boardData, flagChange, issue, sprint } from './fixtures';
import { scenarioData, scenarioIssues } from './history';
import { boardInput } from '../history/board-input';
import { readBoardHistory } from '../../../src/analysis/history/board-history';

const now = new Date('2026-02-20T12:00:00.000Z');

describe('analyseSprints', () => {
  const section = analyseSprints({ ...boardInput(scenarioData), settings: DEFAULT_SETTINGS, now });

  it('orders closed sprints by completion, oldest first, and counts future sprints', () => {
    expect(section.closed.map((s) => s.id)).toEqual([1, 2, 3]);
    expect(closedSprintsInOrder([S3, S1, S2]).map((s) => s.id)).toEqual([1, 2, 3]);
    expect(section.futureCount).toBe(1);
    expect(section.active).toBeNull();
  });

  it('finds the chain of an item carried over through three sprints', () => {
    expect(section.carryOverChains).toEqual([{ issueKey: 'APP-4', summary: 'Summary of APP-4', sprintIds: [1, 2, 3], done: false }]);
  });

  it('limits the trend to the last trendSprints closed sprints', () => {
    const short = analyseSprints({ ...boardInput(scenarioData), settings: { ...DEFAULT_SETTINGS, trendSprints: 2 }, now });
    expect(short.trend.map((t) => t.sprintId)).toEqual([2, 3]);
    expect(short.trend[0].commitmentReliability).toBeCloseTo(2 / 3, 10);
  });

  it('counts who changed scope after the start', () => {
    expect(section.scopeChangers).toEqual([
      { accountId: 'olga', added: 2, removed: 0 },
      { accountId: 'sam', added: 0, removed: 1 },
    ]);
  });

  it('summarises the active sprint without its sub-tasks', () => {
    const active = sprint(5, '2026-02-16T09:00:00.000+0000', '2026-02-27T17:00:00.000+0000', null);
    const data = boardData(
      [...scenarioIssues, issue('APP-20', { sprintIds: [5] }), issue('APP-21', { sprintIds: [5], issueType: { id: '3', name: 'Sub-task', subtask: true, hierarchyLevel: -1 } })],
      [S1, S2, S3, active],
    );
    const withActive = analyseSprints({ ...boardInput(data), settings: DEFAULT_SETTINGS, now });
    const { running, ...summary } = withActive.active!;
    expect(summary).toEqual({
      id: 5, name: 'Sprint 5', startDate: active.startDate, endDate: active.endDate, goal: 'Goal of sprint 5', issueCount: 1,
      // Hand-made data holds no goal observations: the goal is judged as Jira holds it now.
      goalAtStart: { goal: 'Goal of sprint 5', source: 'current', observedAt: null }, goalChangedAfterStart: null,
      impediments: [],
    });
    // The running sprint in detail is tested in running.test.ts; here, its sub-task is left out of it too.
    expect(running.committed.issues).toEqual(['APP-20']);
    expect(running.issues.map((row) => row.key)).toEqual(['APP-20']);
  });

  it('finds the active sprint’s impediments from its start until now', () => {
    const active = sprint(9, '2026-02-23T09:00:00.000Z', '2026-03-06T17:00:00.000Z', null);
    const flagged = issue('B-1', { sprintIds: [9], flagged: true, changelog: [flagChange('2026-02-23T10:00:00.000Z', true)] });
    // Flagged on and off in the week before the sprint started: not an impediment of this sprint.
    const before = issue('B-2', { sprintIds: [9], changelog: [flagChange('2026-02-16T10:00:00.000Z', true), flagChange('2026-02-17T10:00:00.000Z', false)] });
    const data = boardData([flagged, before], [S1, active]);
    // Flagged Mon 23 Feb 10:00, still flagged at now (Mon 2 Mar 12:00): 5 working days.
    const withActive = analyseSprints({ ...boardInput(data), settings: DEFAULT_SETTINGS, now: new Date('2026-03-02T12:00:00.000Z') });
    expect(withActive.active?.impediments).toEqual([{ issueKey: 'B-1', from: '2026-02-23T10:00:00.000Z', to: null, workingDays: 5 }]);
    // Seen before the sprint's start: nothing yet.
    const early = analyseSprints({ ...boardInput(data), settings: DEFAULT_SETTINGS, now: new Date('2026-02-22T12:00:00.000Z') });
    expect(early.active?.impediments).toEqual([]);
  });
});

describe('the sprints that started last', () => {
  const started = (id: number, day: number, state: 'active' | 'closed' = 'closed') =>
    sprint(id, `2026-01-${String(day).padStart(2, '0')}T09:00:00.000Z`, null, state === 'closed' ? `2026-01-${String(day + 1).padStart(2, '0')}T09:00:00.000Z` : null, { state, goal: `Goal ${id}` });

  it('are the last ones by start date (then id), oldest first, closed or active, with the goal each started with', () => {
    const future = sprint(8, null, null, null, { state: 'future' });
    const noStart = sprint(7, null, null, '2026-01-30T09:00:00.000Z');
    const data = boardData([], [started(4, 12, 'active'), started(1, 1), future, started(3, 9), started(2, 9), noStart], {
      sprintGoals: { 3: [{ at: '2026-01-08T01:00:00.000Z', goal: null }] },
    });
    expect(recentlyStarted(data, 3)).toEqual([
      { sprintId: 2, name: 'Sprint 2', startDate: '2026-01-09T09:00:00.000Z', goalAtStart: { goal: 'Goal 2', source: 'current', observedAt: null } },
      { sprintId: 3, name: 'Sprint 3', startDate: '2026-01-09T09:00:00.000Z', goalAtStart: { goal: null, source: 'observed', observedAt: '2026-01-08T01:00:00.000Z' } },
      { sprintId: 4, name: 'Sprint 4', startDate: '2026-01-12T09:00:00.000Z', goalAtStart: { goal: 'Goal 4', source: 'current', observedAt: null } },
    ]);
    expect(recentlyStarted(data, 10).map((s) => s.sprintId)).toEqual([1, 2, 3, 4]);
  });

  it('are as many as the missing-sprint-goal signal looks at', () => {
    const data = boardData([], [1, 2, 3, 4, 5].map((n) => started(n, n * 3)));
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.thresholds.missingSprintGoal.ofLast = 2;
    expect(analyseSprints({ ...boardInput(data), settings, now }).recentlyStarted.map((s) => s.sprintId)).toEqual([4, 5]);
  });
});

describe('carry-over chains follow each issue through its own sprints', () => {
  const set = (issues: string[]) => ({ issues, points: null });
  // Two teams share the board: A-sprints and B-sprints overlap, so in closed order they alternate.
  const closedInOrder = [
    figures(11, { committed: set(['X-1', 'X-2']), notCompleted: set(['X-1', 'X-2']), completed: set([]) }), // A1
    figures(21, { committed: set(['Y-1']), completed: set(['Y-1']) }), // B1: were never in it
    figures(12, { committed: set(['X-1', 'X-2']), notCompleted: set(['X-1']), completed: set(['X-2']) }), // A2
    figures(22, { committed: set(['Y-2']), notCompleted: set(['Y-2']), completed: set([]) }), // B2
    figures(13, { committed: set(['X-1', 'X-3']), notCompleted: set(['X-1', 'X-3']), completed: set([]) }), // A3
    figures(14, { committed: set(['X-1']), removed: set(['X-1']), completed: set([]) }), // A4: X-1 taken out
    figures(15, { committed: set(['X-3']), notCompleted: set(['X-3']), completed: set([]) }), // A5
  ];
  const data = boardData([issue('X-1'), issue('X-2'), issue('X-3'), issue('Y-2')], []);

  it('keeps a chain going past sprints the issue was never in, and ends it where it was completed or removed', () => {
    expect(carryOverChains(closedInOrder, readBoardHistory(data), now)).toEqual([
      { issueKey: 'X-1', summary: 'Summary of X-1', sprintIds: [11, 12, 13], done: false }, // ends at A4, where it was removed
      { issueKey: 'X-3', summary: 'Summary of X-3', sprintIds: [13, 15], done: false }, // past A4, which it was not in
      // unfinished in A1 only (completed in A2); Y-2: unfinished in B2 only: no chains.
    ]);
  });
});
