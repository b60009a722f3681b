import { analyseSprints, carryOverChains, closedSprintsInOrder } from '../../../src/analysis/sprints/section';
import { figures } from '../../signals/context';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { S1, S2, S3, boardData, issue, sprint } from './fixtures';
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
      [...scenarioIssues, issue('APP-20', { sprintIds: [5] }), issue('APP-21', { sprintIds: [5], issueType: { id: '3', name: 'Sub-task', subtask: true } })],
      [S1, S2, S3, active],
    );
    const withActive = analyseSprints({ ...boardInput(data), settings: DEFAULT_SETTINGS, now });
    expect(withActive.active).toEqual({
      id: 5, name: 'Sprint 5', startDate: active.startDate, endDate: active.endDate, goal: 'Goal of sprint 5', issueCount: 1,
      // Hand-made data holds no goal observations: the goal is judged as Jira holds it now.
      goalAtStart: { goal: 'Goal of sprint 5', source: 'current', observedAt: null }, goalChangedAfterStart: null,
    });
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
