import { dateTime, day, inLastDays, lastClosedSprints, lastDays, settingsWindows } from '../../src/vocabulary';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';

describe('dates', () => {
  it('names a day as people write it, in UTC, from each form Jira and JavaScript write', () => {
    expect(day('2026-03-02T09:00:00.000+0000')).toBe('2 Mar 2026');
    expect(day('2026-03-02T09:00:00.000Z')).toBe('2 Mar 2026');
    expect(day('2026-12-06')).toBe('6 Dec 2026');
    // 00:30 two hours east of UTC is the evening before in UTC.
    expect(day('2026-03-02T00:30:00.000+0200')).toBe('1 Mar 2026');
    expect(day('2026-03-01T23:30:00.000-01:00')).toBe('2 Mar 2026');
  });

  it('names a moment with its time in UTC', () => {
    expect(dateTime('2026-03-02T09:05:00.000+0000')).toBe('2 Mar 2026, 09:05 UTC');
    expect(dateTime('2026-03-02T09:05:00.000+0200')).toBe('2 Mar 2026, 07:05 UTC');
    expect(dateTime('2026-11-20T08:00:00.000Z')).toBe('20 Nov 2026, 08:00 UTC');
  });

  it('shows text that is no date as it came, and a missing date as an en dash', () => {
    expect(day('not a date')).toBe('not a date');
    expect(day('2026-02-31')).toBe('2026-02-31');
    expect(dateTime('soon')).toBe('soon');
    expect(day(null)).toBe('–');
    expect(dateTime(undefined)).toBe('–');
  });
});

describe('windows', () => {
  it('names the stretch a figure looks at', () => {
    expect(lastClosedSprints(3)).toBe('last 3 closed sprints');
    expect(lastClosedSprints(1)).toBe('last closed sprint');
    expect(lastClosedSprints(0)).toBe('no closed sprints');
    expect(lastDays(90)).toBe('last 90 days');
    expect(inLastDays(28)).toBe('in the last 28 days');
    expect(inLastDays(null)).toBe('recently');
  });

  it('reads the windows the settings set, and none without settings', () => {
    const settings = { ...DEFAULT_SETTINGS, staleDays: 120, thresholds: { ...DEFAULT_SETTINGS.thresholds, smOrdersBacklog: { shareAbove: 0.2, windowDays: 30 } } };
    expect(settingsWindows(settings)).toEqual({
      rankerDays: DEFAULT_SETTINGS.thresholds.committeeOrdering.windowDays,
      roleRankDays: 30,
      assigneeDays: DEFAULT_SETTINGS.thresholds.poAssignsWork.windowDays,
      staleDays: 120,
    });
    expect(settingsWindows(null)).toEqual({ rankerDays: null, roleRankDays: null, assigneeDays: null, staleDays: null });
  });
});
