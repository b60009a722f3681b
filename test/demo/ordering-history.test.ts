/**
 * Ordering stability on every day of the demo's history (docs/metrics.md, "Ordering stability"):
 * each day's backlog, as its snapshot holds it, compared with the snapshots kept up to that day, as
 * the report of that day compares them. The calm team, which pulls the top of its backlog into a
 * sprint at every planning, must never read as churning; the committee that reshuffles the top
 * every day must, on the last day and nearly every other.
 */
import { snapshotFigures } from '../../src/analysis/backlog/snapshots';
import { withDefaults } from '../../src/domain/settings-schema';
import type { BacklogSnapshot } from '../../src/domain/types';
import { generateDemo, type DemoOptions } from '../../src/local/demo';
import { churningPrioritiesRule } from '../../src/signals/churning-priorities/evaluate';
import type { RuleOutcome } from '../../src/signals/rule';
import { context } from '../signals/backlog/context';

interface Day {
  takenAt: string;
  top10Kept: number | null;
  outcome: RuleOutcome;
}

/** Each snapshot day of a project: its top 10 kept and what churning-priorities says on that day. */
function walk(demo: ReturnType<typeof generateDemo>, key: string): Day[] {
  const snapshots: BacklogSnapshot[] = demo.snapshots[key];
  const settings = withDefaults(demo.settings[key] as Record<string, unknown>);
  return snapshots.map((snapshot, index) => {
    const now = new Date(snapshot.takenAt);
    const figures = snapshotFigures(snapshot.boardId, snapshot.keys, snapshots.slice(0, index + 1), now);
    const ctx = { ...context((backlog) => Object.assign(backlog.ordering, figures), { settings }), now };
    return { takenAt: snapshot.takenAt, top10Kept: figures.top10Overlap, outcome: churningPrioritiesRule.evaluate(ctx) };
  });
}

describe.each<[string, DemoOptions]>([
  ['the default demo', { now: new Date('2026-11-22T03:35:00Z') }],
  ['seed 6 on a Saturday', { seed: 6, now: new Date('2026-08-01T00:00:00Z') }],
])('%s', (_name, options) => {
  const demo = generateDemo(options);
  const threshold = withDefaults(demo.settings.CALM as Record<string, unknown>).thresholds.churningPriorities.top10OverlapBelow;

  it('keeps 35 days of snapshots for CALM and CHURN, and compares each day from the eighth on with a week before', () => {
    for (const key of ['CALM', 'CHURN']) {
      const days = walk(demo, key);
      expect(days).toHaveLength(35);
      expect(days.filter((day) => day.top10Kept !== null).length).toBeGreaterThanOrEqual(28);
    }
  });

  it('CALM: on every day, top 10 kept stays at or above the churning-priorities threshold and the signal stays quiet', () => {
    const days = walk(demo, 'CALM').filter((day) => day.top10Kept !== null);
    const below = days.filter((day) => (day.top10Kept as number) < threshold);
    expect(below).toEqual([]);
    expect(days.filter((day) => !('quiet' in day.outcome))).toEqual([]);
  });

  it('CHURN: churning-priorities fires on the last day, and on nine days in ten or more', () => {
    const days = walk(demo, 'CHURN').filter((day) => day.top10Kept !== null);
    expect(days.at(-1)?.outcome).toHaveProperty('fired');
    const quietDays = days.filter((day) => !('fired' in day.outcome));
    expect(quietDays.length).toBeLessThanOrEqual(Math.floor(days.length / 10));
  });
});
