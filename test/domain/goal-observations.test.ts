import { recordSprintGoals, sameGoal } from '../../src/domain/goal-observations';
import type { Sprint } from '../../src/domain/types';

const sprint = (id: number, goal: string | null): Sprint => ({
  id, name: `Sprint ${id}`, state: 'active', startDate: null, endDate: null, completeDate: null, originBoardId: 1, goal,
});

describe('recordSprintGoals', () => {
  it('observes every sprint the first time it is seen, with or without a goal', () => {
    expect(recordSprintGoals(undefined, [sprint(1, 'Ship login'), sprint(2, null)], '2026-01-05T01:00:00.000Z')).toEqual({
      1: [{ at: '2026-01-05T01:00:00.000Z', goal: 'Ship login' }],
      2: [{ at: '2026-01-05T01:00:00.000Z', goal: null }],
    });
  });

  it('adds an observation only when the goal differs from the last one seen', () => {
    const first = recordSprintGoals(undefined, [sprint(1, null)], '2026-01-05T01:00:00.000Z');
    const same = recordSprintGoals(first, [sprint(1, '  ')], '2026-01-06T01:00:00.000Z'); // blank is no goal
    expect(same).toEqual(first);
    const set = recordSprintGoals(same, [sprint(1, 'Ship login')], '2026-01-07T01:00:00.000Z');
    const back = recordSprintGoals(set, [sprint(1, null)], '2026-01-08T01:00:00.000Z');
    expect(back[1]).toEqual([
      { at: '2026-01-05T01:00:00.000Z', goal: null },
      { at: '2026-01-07T01:00:00.000Z', goal: 'Ship login' },
      { at: '2026-01-08T01:00:00.000Z', goal: null },
    ]);
    expect(first[1]).toHaveLength(1); // the earlier record is left as it was
  });

  it('keeps what was seen of sprints that are not in this load (deleted, or unreadable this time)', () => {
    const first = recordSprintGoals(undefined, [sprint(1, 'A'), sprint(2, 'B')], '2026-01-05T01:00:00.000Z');
    expect(recordSprintGoals(first, [], '2026-01-06T01:00:00.000Z')).toEqual(first);
  });

  it('leaves out what it cannot read in a stored record, instead of failing the load', () => {
    const damaged = { 1: [{ at: '2026-01-05T01:00:00.000Z', goal: 7 }, { goal: 'no time' }, null], 2: 'not a list', x: [] } as unknown as Record<number, []>;
    expect(recordSprintGoals(damaged, [sprint(1, null)], '2026-01-06T01:00:00.000Z')).toEqual({
      1: [{ at: '2026-01-05T01:00:00.000Z', goal: null }], // a goal that is not text is no goal: unchanged
      2: [],
    });
  });

  it('reads ids that came back from JSON as text', () => {
    const stored = JSON.parse(JSON.stringify(recordSprintGoals(undefined, [sprint(7, 'A')], '2026-01-05T01:00:00.000Z')));
    expect(recordSprintGoals(stored, [sprint(7, 'B')], '2026-01-06T01:00:00.000Z')[7].map((o) => o.goal)).toEqual(['A', 'B']);
  });
});

describe('sameGoal', () => {
  it('treats empty, blank and missing goals alike and ignores surrounding spaces', () => {
    expect(sameGoal(null, '')).toBe(true);
    expect(sameGoal(' Ship ', 'Ship')).toBe(true);
    expect(sameGoal('Ship', 'ship')).toBe(false);
  });
});
