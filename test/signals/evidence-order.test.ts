/** Evidence reads in time order: dates oldest first and once each, sprints in the order they ran. */
import { evidence, inSprintOrder } from '../../src/signals/helpers';
import type { SignalContext } from '../../src/signals/rule';

describe('evidence dates', () => {
  it('are sorted oldest first, with two spellings of one moment kept once', () => {
    const dates = ['2026-11-20T08:00:00.000Z', '2026-11-02T10:00:00.000+0000', '2026-11-20T08:00:00.000+0000', '2026-11-09T09:30:00.000Z'];
    expect(evidence({ dates }).dates).toEqual(['2026-11-02T10:00:00.000+0000', '2026-11-09T09:30:00.000Z', '2026-11-20T08:00:00.000Z']);
  });

  it('keep the oldest twenty when there are more', () => {
    const dates = Array.from({ length: 25 }, (_, i) => `2026-10-${String(31 - i).padStart(2, '0')}T00:00:00.000Z`);
    const kept = evidence({ dates }).dates;
    expect(kept).toHaveLength(20);
    expect([kept[0], kept[19]]).toEqual(['2026-10-07T00:00:00.000Z', '2026-10-26T00:00:00.000Z']);
  });
});

describe('evidence sprints', () => {
  // Ids that do not follow the order the sprints ran in (a sprint created long before it started).
  const closed = [
    { id: 9, startDate: '2026-08-03T09:00:00.000Z' },
    { id: 10, startDate: '2026-08-17T09:00:00.000Z' },
    { id: 15, startDate: '2026-07-20T09:00:00.000Z' },
  ];
  const sprints = { closed, active: { id: 16, startDate: '2026-08-31T09:00:00.000Z' }, recentlyStarted: [] } as unknown as SignalContext['sprints'];

  it('are put in the order the sprints started, the running one last among those known', () => {
    expect(inSprintOrder([16, 9, 15, 10], sprints)).toEqual([15, 9, 10, 16]);
  });

  it('list ids the sprint section does not know after the others, by id, each once', () => {
    expect(inSprintOrder([40, 9, 38, 9], sprints)).toEqual([9, 38, 40]);
    expect(inSprintOrder([3, 1, 2], null)).toEqual([1, 2, 3]);
  });
});
