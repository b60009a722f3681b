import { parseEstimate, parseSprintIds, toMs } from '../../../src/analysis/history/parse';
import { valueAt } from '../../../src/analysis/history/timeline';
import { compareIssueKeys } from '../../../src/analysis/sprints/reconstruct';

describe('parsers', () => {
  it('reads Jira date-times with every offset shape, and rejects junk', () => {
    expect(toMs('2026-03-02T09:00:00.000+0000')).toBe(Date.UTC(2026, 2, 2, 9));
    expect(toMs('2026-03-02T09:00:00.123+0130')).toBe(Date.UTC(2026, 2, 2, 7, 30, 0, 123));
    expect(toMs('2026-03-02T09:00:00.5-05:00')).toBe(Date.UTC(2026, 2, 2, 14, 0, 0, 500));
    expect(toMs('2026-03-02T09:00:00Z')).toBe(Date.UTC(2026, 2, 2, 9));
    expect(toMs('not a date')).toBeNull();
    expect(toMs('2026-13-45T99:00:00Z')).toBeNull();
    expect(toMs(null)).toBeNull();
  });

  it('reads sprint ids as a set, whatever their order or spacing', () => {
    expect([...parseSprintIds('3, 1,2')].sort()).toEqual([1, 2, 3]);
    expect(parseSprintIds('').size).toBe(0);
    expect(parseSprintIds(null).size).toBe(0);
    expect([...parseSprintIds('7, x, 8')]).toEqual([7, 8]);
  });

  it('reads estimates from display strings', () => {
    expect(parseEstimate('0.5')).toEqual({ value: 0.5, valid: true });
    expect(parseEstimate('')).toEqual({ value: null, valid: true });
    expect(parseEstimate('three')).toEqual({ value: null, valid: false });
  });

  it('answers point queries on a step timeline, changes applying at their instant', () => {
    const timeline = { initial: 'a', times: [10, 20], values: ['b', 'c'], by: [null, null] };
    expect(valueAt(timeline, 9)).toBe('a');
    expect(valueAt(timeline, 10)).toBe('b');
    expect(valueAt(timeline, 19)).toBe('b');
    expect(valueAt(timeline, 25)).toBe('c');
  });
});

describe('compareIssueKeys', () => {
  it('orders by project, then by issue number', () => {
    expect(['APP-10', 'APP-2', 'ABC-7', 'APP-1'].sort(compareIssueKeys)).toEqual(['ABC-7', 'APP-1', 'APP-2', 'APP-10']);
  });
});
