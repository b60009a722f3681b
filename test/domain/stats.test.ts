import { median, ratio, sum } from '../../src/domain/stats';

describe('ratio', () => {
  it('divides', () => expect(ratio(3, 4)).toBe(0.75));
  it('is null, not 0 or 1, when the denominator is zero', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(5, 0)).toBeNull();
  });
});

describe('median', () => {
  it('takes the middle of an odd list', () => expect(median([8, 1, 5])).toBe(5));
  it('averages the two middle values of an even list', () => expect(median([13, 8, 5, 21])).toBe(10.5));
  it('is null for no values', () => expect(median([])).toBeNull());
});

describe('sum', () => {
  it('adds', () => expect(sum([1, 2, 3.5])).toBe(6.5));
  it('is 0 for no values', () => expect(sum([])).toBe(0));
});
