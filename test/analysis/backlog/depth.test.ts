import { sizeBacklog } from '../../../src/analysis/backlog/backlog';
import { depthSprints, staleItems } from '../../../src/analysis/backlog/depth';
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
