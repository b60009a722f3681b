import {
  NEAR_TERM_FALLBACK_ITEMS,
  backlogInRankOrder,
  capacityOf,
  compareKeys,
  firstItemBeyond,
  itemsWithin,
  sizeBacklog,
} from '../../../src/analysis/backlog/backlog';
import { boardData, capacityTenSprints, closedSprint, issue, sprint } from './fixtures';

describe('backlog in rank order', () => {
  const sprints = [sprint(9, 'closed'), sprint(10, 'active'), sprint(11, 'future'), sprint(12, 'future')];
  const data = boardData(
    [
      issue('AB-7', { rankIndex: 0 }),
      issue('AB-1', { rankIndex: 1 }),
      issue('AB-2', { rankIndex: 2, status: { id: '3', name: 'Done', category: 'done' } }),
      issue('AB-3', { rankIndex: 3, issueType: { id: '5', name: 'Sub-task', subtask: true, hierarchyLevel: -1 } }),
      issue('AB-4', { rankIndex: 4, sprintIds: [10] }),
      issue('AB-5', { rankIndex: 5, sprintIds: [12] }),
      issue('AB-6', { rankIndex: 6, sprintIds: [11] }),
      issue('AB-8', { rankIndex: 8, sprintIds: [9] }),
      issue('AB-10', { rankIndex: 50 }),
      issue('AB-9', { rankIndex: 50 }),
    ],
    { sprints },
  );

  it('leaves out done items, sub-tasks and items of the active sprint; puts future sprints first in sprint order; breaks rank ties by key', () => {
    expect(backlogInRankOrder(data).map((i) => i.key)).toEqual(['AB-6', 'AB-5', 'AB-7', 'AB-1', 'AB-8', 'AB-9', 'AB-10']);
  });

  it('orders keys naturally', () => {
    expect(['AB-10', 'AB-9', 'AA-11'].sort(compareKeys)).toEqual(['AA-11', 'AB-9', 'AB-10']);
  });

  it('is empty when everything is done', () => {
    expect(backlogInRankOrder(boardData([issue('AB-1', { status: { id: '3', name: 'Done', category: 'done' } })]))).toEqual([]);
  });
});

describe('capacity', () => {
  it('is the median of completed points of the last closed sprints', () => {
    expect(capacityOf(boardData([]), capacityTenSprints(), 5)).toEqual({ value: 10, unit: 'points', sprintIds: [101, 102, 103] });
  });

  it('uses only the last capacitySprints sprints', () => {
    expect(capacityOf(boardData([]), capacityTenSprints(), 2)).toEqual({ value: 11, unit: 'points', sprintIds: [102, 103] });
  });

  it('counts issues on a board that estimates by issue count', () => {
    const sprints = [closedSprint(1, ['A-1', 'A-2', 'A-3'], null), closedSprint(2, ['A-4', 'A-5', 'A-6', 'A-7', 'A-8'], null), closedSprint(3, ['A-9', 'A-10', 'A-11', 'A-12'], null)];
    expect(capacityOf(boardData([], { estimation: 'issues' }), sprints, 5)).toEqual({ value: 4, unit: 'issues', sprintIds: [1, 2, 3] });
  });

  it('counts issues when no sprint carried any points, even with an estimation field', () => {
    const sprints = [closedSprint(1, ['A-1', 'A-2'], 0), closedSprint(2, ['A-3'], null)];
    expect(capacityOf(boardData([]), sprints, 5)).toEqual({ value: 1.5, unit: 'issues', sprintIds: [1, 2] });
  });

  it('is null without closed sprints', () => {
    expect(capacityOf(boardData([]), [], 5)).toEqual({ value: null, unit: 'points', sprintIds: [] });
    expect(capacityOf(boardData([], { estimation: 'issues' }), [], 5)).toEqual({ value: null, unit: 'issues', sprintIds: [] });
  });
});

describe('sizes and horizons', () => {
  // estimates 5, 8, none, 3, 13, 2; the unestimated item counts as the median estimate, 5.
  const estimates = [5, 8, null, 3, 13, 2];
  const data = boardData(estimates.map((estimate, i) => issue(`AB-${i + 1}`, { estimate })));

  it('sizes unestimated items at the median backlog estimate', () => {
    const sized = sizeBacklog(data, capacityTenSprints(), 5);
    expect(sized.unestimatedSize).toBe(5);
    expect(sized.sizes).toEqual([5, 8, 5, 3, 13, 2]);
  });

  it('takes near-term items while their start lies inside 2 sprints (20 points): starts 0, 5, 13, 18', () => {
    expect(itemsWithin(sizeBacklog(data, capacityTenSprints(), 5), 2)).toBe(4);
  });

  it('finds distant work from the first item starting at 30 points or more (start 34)', () => {
    expect(firstItemBeyond(sizeBacklog(data, capacityTenSprints(), 5), 3)).toBe(5);
  });

  it('without any estimate in the backlog, sizes items by points per completed issue of the capacity sprints', () => {
    const unestimated = boardData([issue('AB-1', { estimate: null }), issue('AB-2', { estimate: null })]);
    const sprints = [closedSprint(1, ['X-1', 'X-2'], 8), closedSprint(2, ['X-3', 'X-4'], 10), closedSprint(3, ['X-5', 'X-6'], 12)];
    // 30 points over 6 issues
    expect(sizeBacklog(unestimated, sprints, 5).sizes).toEqual([5, 5]);
  });

  it('does not size unestimated items at 0 when the median backlog estimate is 0', () => {
    // Estimates 0, 0, 0, 5: median 0. The capacity sprints completed 8 + 10 + 12 = 30 points in 3 issues: 10 each.
    const zeros = boardData([0, 0, 0, 5, null, null].map((estimate, i) => issue(`AB-${i + 1}`, { estimate })));
    const sized = sizeBacklog(zeros, capacityTenSprints(), 5);
    expect(sized.unestimatedSize).toBe(10);
    expect(sized.sizes).toEqual([0, 0, 0, 5, 10, 10]);
    expect(itemsWithin(sized, 2)).toBe(6); // starts 0, 0, 0, 0, 5, 15: all inside 20 points
    expect(itemsWithin(sized, 1)).toBe(5); // the second unestimated item starts at 15, beyond 10
  });

  it('counts a negative estimate (a data error) as 0', () => {
    const odd = boardData([issue('AB-1', { estimate: -4 }), issue('AB-2', { estimate: 6 })]);
    expect(sizeBacklog(odd, capacityTenSprints(), 5).sizes).toEqual([0, 6]);
  });

  it('counts items when capacity is in issues: 4 issues a sprint, 2 sprints -> 8 items', () => {
    const many = boardData(Array.from({ length: 12 }, (_, i) => issue(`AB-${i + 1}`, { estimate: null })), { estimation: 'issues' });
    const sprints = [closedSprint(1, ['X-1', 'X-2', 'X-3', 'X-4'], null)];
    expect(itemsWithin(sizeBacklog(many, sprints, 5), 2)).toBe(8);
  });

  it('falls back to the top items when there is no capacity, and has no distant work', () => {
    const many = boardData(Array.from({ length: 14 }, (_, i) => issue(`AB-${i + 1}`)));
    const sized = sizeBacklog(many, [], 5);
    expect(itemsWithin(sized, 2)).toBe(NEAR_TERM_FALLBACK_ITEMS);
    expect(firstItemBeyond(sized, 3)).toBeNull();
  });
});
