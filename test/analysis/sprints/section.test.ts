import { analyseSprints, closedSprintsInOrder } from '../../../src/analysis/sprints/section';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { S1, S2, S3, boardData, issue, sprint } from './fixtures';
import { scenarioData, scenarioIssues } from './history';

const now = new Date('2026-02-20T12:00:00.000Z');

describe('analyseSprints', () => {
  const section = analyseSprints({ data: scenarioData, settings: DEFAULT_SETTINGS, now });

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
    const short = analyseSprints({ data: scenarioData, settings: { ...DEFAULT_SETTINGS, trendSprints: 2 }, now });
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
    const withActive = analyseSprints({ data, settings: DEFAULT_SETTINGS, now });
    expect(withActive.active).toEqual({
      id: 5, name: 'Sprint 5', startDate: active.startDate, endDate: active.endDate, goal: 'Goal of sprint 5', issueCount: 1,
      // Hand-made data holds no goal observations: the goal is judged as Jira holds it now.
      goalAtStart: { goal: 'Goal of sprint 5', source: 'current', observedAt: null }, goalChangedAfterStart: null,
    });
  });
});
