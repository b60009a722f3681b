import { sizeBacklog } from '../../../src/analysis/backlog/backlog';
import { depthSprints, newItems, staleItems } from '../../../src/analysis/backlog/depth';
import { NOW, boardData, capacityTenSprints, daysAgo, issue } from './fixtures';

describe('depth', () => {
  it('sums sizes, unestimated items at the median estimate: (5 + 8 + 5 + 3 + 13 + 2) / 10 = 3.6 sprints', () => {
    const data = boardData([5, 8, null, 3, 13, 2].map((estimate, i) => issue(`AB-${i + 1}`, { estimate })));
    expect(depthSprints(sizeBacklog(data, capacityTenSprints(), 5))).toBeCloseTo(3.6, 10);
  });
  it('is 0 for an empty backlog and null without capacity', () => {
    expect(depthSprints(sizeBacklog(boardData([]), capacityTenSprints(), 5))).toBe(0);
    expect(depthSprints(sizeBacklog(boardData([issue('AB-1')]), [], 5))).toBeNull();
  });
});

describe('staleness', () => {
  it('lists items untouched for more than 180 days, in the given order', () => {
    const items = [issue('AB-3', { updated: daysAgo(181) }), issue('AB-1', { updated: daysAgo(179) }), issue('AB-2', { updated: daysAgo(400) })];
    expect(staleItems(items, 180, NOW)).toEqual({ count: 2, keys: ['AB-3', 'AB-2'] });
  });
  it('is empty for an empty backlog', () => expect(staleItems([], 180, NOW)).toEqual({ count: 0, keys: [] }));
});

describe('new items', () => {
  it('lists the items created in the last 30 days, done or not, in the given order, without sub-tasks', () => {
    const subtask = { id: '3', name: 'Sub-task', subtask: true, hierarchyLevel: -1 };
    const items = [
      issue('AB-5', { created: daysAgo(2) }),
      issue('AB-1', { created: daysAgo(31) }),
      issue('AB-7', { created: daysAgo(30) }), // exactly 30 days ago: outside (now − 30 days, now]
      issue('AB-3', { created: daysAgo(29), status: { id: '10001', name: 'Done', category: 'done' } }),
      issue('AB-4', { created: daysAgo(1), issueType: subtask }),
      issue('AB-6', { created: 'not a date' }),
    ];
    expect(newItems(items, 30, NOW)).toEqual({ windowDays: 30, keys: ['AB-5', 'AB-3'] });
  });
});
