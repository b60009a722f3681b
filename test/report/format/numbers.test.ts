import { dateTime, day, decimal, percent, personName, probability, sprints } from '../../../src/report/format/numbers';

describe('number formatting', () => {
  it('prints ratios as percentages with at most one decimal', () => {
    expect(percent(11 / 13)).toBe('84.6%');
    expect(percent(0.25)).toBe('25%');
    expect(percent(1)).toBe('100%');
    expect(percent(1.25)).toBe('125%');
    expect(percent(0)).toBe('0%');
  });

  it('prints a missing figure as an en dash, never as 0', () => {
    expect(percent(null)).toBe('–');
    expect(decimal(null)).toBe('–');
    expect(probability(null)).toBe('–');
    expect(sprints(null)).toBe('–');
    expect(percent(Number.NaN)).toBe('–');
  });

  it('prints sprints with the right noun and probabilities with two decimals', () => {
    expect(sprints(1)).toBe('1 sprint');
    expect(sprints(5 / 9.5)).toBe('0.5 sprints');
    expect(sprints(2.25)).toBe('2.3 sprints');
    expect(probability(0.5)).toBe('0.50');
    expect(decimal(3.25, 2)).toBe('3.25');
    expect(decimal(2.0)).toBe('2');
  });

  it('shortens Jira dates without shifting them', () => {
    expect(day('2026-03-02T09:00:00.000+0000')).toBe('2026-03-02');
    expect(dateTime('2026-03-02T09:05:00.000+0000')).toBe('2026-03-02 09:05 UTC');
    expect(dateTime('2026-03-02T09:05:00.000Z')).toBe('2026-03-02 09:05 UTC');
    expect(dateTime('2026-03-02T09:05:00.000+0200')).toBe('2026-03-02 09:05 UTC+0200');
    expect(dateTime('not a date')).toBe('not a date');
    expect(day(null)).toBe('–');
  });

  it('names people from the report, or says when it cannot', () => {
    const people = { a: { displayName: 'Ana Ortiz' } };
    expect(personName(people, 'a')).toBe('Ana Ortiz');
    expect(personName(people, 'zz')).toBe('zz');
    expect(personName(people, null)).toBe('someone unknown');
  });
});
