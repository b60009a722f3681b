import { differenceInBusinessDays } from 'date-fns';
import { workingDaysBetweenMs } from '../../../src/analysis/sprints/working-days';

describe('workingDaysBetweenMs', () => {
  it('counts weekdays like date-fns, also when asked the same day pair again at other times of day', () => {
    const mon = Date.UTC(2026, 0, 5, 9);
    const fri = Date.UTC(2026, 0, 16, 17);
    expect(workingDaysBetweenMs(mon, fri)).toBe(9);
    expect(workingDaysBetweenMs(mon + 3_600_000, fri - 3_600_000)).toBe(9);
    expect(workingDaysBetweenMs(fri, mon)).toBe(-9);
    expect(workingDaysBetweenMs(Date.UTC(2026, 0, 30, 17), Date.UTC(2026, 1, 3, 17))).toBe(2); // Fri -> Tue
    expect(workingDaysBetweenMs(Date.UTC(2026, 0, 10, 9), Date.UTC(2026, 0, 11, 9))).toBe(0); // Sat -> Sun
  });

  it('agrees with date-fns on every pair of days across three weeks', () => {
    const start = Date.UTC(2026, 1, 1, 12);
    for (let a = 0; a < 21; a++) {
      for (let b = 0; b < 21; b++) {
        const from = start + a * 86_400_000;
        const to = start + b * 86_400_000;
        expect(workingDaysBetweenMs(from, to)).toBe(differenceInBusinessDays(to, from));
      }
    }
  });
});
