import { MISSING, days, decimal, items, lateness, listInWords, percent, plural, points, sized, sprints, workingDays } from '../../src/vocabulary';

describe('numbers', () => {
  it('prints a share as a whole percentage, above 100% too', () => {
    expect(percent(11 / 13)).toBe('85%');
    expect(percent(7 / 12)).toBe('58%');
    expect(percent(0.25)).toBe('25%');
    expect(percent(1)).toBe('100%');
    expect(percent(1.25)).toBe('125%');
    expect(percent(0)).toBe('0%');
    expect(percent(-0.001)).toBe('0%');
  });

  it('prints a missing figure as an en dash, never as 0', () => {
    expect(MISSING).toBe('–');
    for (const value of [null, undefined, Number.NaN, Infinity]) {
      expect(percent(value)).toBe('–');
      expect(decimal(value)).toBe('–');
      expect(sprints(value)).toBe('–');
      expect(points(value)).toBe('–');
    }
  });

  it('keeps at most the decimals asked for, without trailing zeros', () => {
    expect(decimal(3.25, 2)).toBe('3.25');
    expect(decimal(2.0)).toBe('2');
    expect(decimal(2.04)).toBe('2');
    expect(decimal(126.6, 0)).toBe('127');
  });

  it('counts in words', () => {
    expect(plural(1, 'project')).toBe('1 project');
    expect(plural(3, 'project')).toBe('3 projects');
    expect(plural(2, 'project is', 'projects are')).toBe('2 projects are');
    expect(listInWords(['Ana'])).toBe('Ana');
    expect(listInWords(['Ana', 'Sam'])).toBe('Ana and Sam');
    expect(listInWords(['Ana', 'Sam', 'Kit'])).toBe('Ana, Sam and Kit');
  });
});

describe('units', () => {
  it('names sprints, points, items and days with the noun the shown number takes', () => {
    expect(sprints(1)).toBe('1 sprint');
    expect(sprints(5 / 9.5)).toBe('0.5 sprints');
    expect(sprints(2.25)).toBe('2.3 sprints');
    expect(sprints(0.96)).toBe('1 sprint');
    expect(points(1)).toBe('1 point');
    expect(points(2.5)).toBe('2.5 points');
    expect(items(1)).toBe('1 item');
    expect(items(74)).toBe('74 items');
    expect(days(1)).toBe('1 day');
    expect(days(127.4)).toBe('127 days');
    expect(sized(9.5, 'points')).toBe('9.5 points');
    expect(sized(9.5, 'issues')).toBe('9.5 items');
  });

  it('never says "0 working days"', () => {
    expect(workingDays(0)).toBe('less than a working day');
    expect(workingDays(0.4)).toBe('less than a working day');
    expect(workingDays(1)).toBe('1 working day');
    expect(workingDays(4)).toBe('4 working days');
    expect(workingDays(null)).toBe('–');
  });

  it('says how a sprint closed against its planned end', () => {
    expect(lateness(2)).toBe('2 working days late');
    expect(lateness(1)).toBe('1 working day late');
    expect(lateness(0)).toBe('on the planned day');
    expect(lateness(-1)).toBe('1 working day early');
    expect(lateness(null)).toBe('–');
  });
});
