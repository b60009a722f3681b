import { goalAtStart, goalChangedAfterStart } from '../../../src/analysis/sprints/goals';
import { sprint } from './fixtures';

// Started Mon 5 Jan 09:00, closed Fri 16 Jan 17:00; Jira holds the goal "Ship login and search" now.
const S = sprint(1, '2026-01-05T09:00:00.000+0000', '2026-01-16T17:00:00.000+0000', '2026-01-16T17:00:00.000+0000', { goal: 'Ship login and search' });
const seen = (day: number, goal: string | null) => ({ at: `2026-01-${String(day).padStart(2, '0')}T01:00:00.000+0000`, goal });

describe('goal at start', () => {
  it('is the last goal observed at or before the start', () => {
    const observations = [seen(2, null), seen(4, 'Ship login'), seen(8, 'Ship login and search')];
    expect(goalAtStart(S, observations)).toEqual({ goal: 'Ship login', source: 'observed', observedAt: '2026-01-04T01:00:00.000+0000' });
    expect(goalChangedAfterStart(S, observations)).toBe(true);
  });

  it('an observation made exactly at the start counts as by the start', () => {
    const atStart = [{ at: '2026-01-05T09:00:00.000+0000', goal: 'Ship login and search' }];
    expect(goalAtStart(S, atStart).source).toBe('observed');
    expect(goalChangedAfterStart(S, atStart)).toBe(false); // seen by the start, nothing different since
  });

  it('falls back to the first observation after the start, and says so', () => {
    expect(goalAtStart(S, [seen(7, null), seen(9, 'Ship login')])).toEqual({ goal: null, source: 'later', observedAt: '2026-01-07T01:00:00.000+0000' });
    expect(goalChangedAfterStart(S, [seen(7, null), seen(9, 'Ship login')])).toBe(true); // it changed after the first sighting
    expect(goalChangedAfterStart(S, [seen(7, 'Ship login and search')])).toBeNull(); // what it started with is unknown
  });

  it('is the goal as Jira holds it now without observations, or without a start', () => {
    expect(goalAtStart(S, undefined)).toEqual({ goal: 'Ship login and search', source: 'current', observedAt: null });
    expect(goalChangedAfterStart(S, [])).toBeNull();
    const unstarted = { ...S, startDate: null };
    expect(goalAtStart(unstarted, [seen(2, 'x')])).toEqual({ goal: 'Ship login and search', source: 'current', observedAt: null });
  });

  it('does not call blank and empty goals a change, and reads observations in time order', () => {
    expect(goalChangedAfterStart(S, [seen(8, '  '), seen(2, null)])).toBe(false);
  });
});
