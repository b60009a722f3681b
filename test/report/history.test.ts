import { SCORE_HISTORY_KEPT, changesBetween, historyPoint, reportHistory } from '../../src/report/history';
import { buildReport } from '../../src/report/build';
import type { HistoryPoint } from '../../src/domain/report';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { CURRENT_POINT, PREVIOUS_POINT, makeReport } from './format/fixture';
import { scenarioData } from '../analysis/sprints/history';
import { withRoles } from '../signals/context';

const point = (computedAt: string, overrides: Partial<HistoryPoint> = {}): HistoryPoint => ({
  computedAt, total: 100, provisional: false, trafficLight: 'green', pointsLost: 0, signals: [], figures: {}, ...overrides,
});

describe('the point a report adds to its history', () => {
  it('holds the score, the fired signals with their severity, and the followed figures', () => {
    const { history: _history, people: _people, ...report } = makeReport();
    expect(historyPoint(report)).toEqual(CURRENT_POINT);
  });
});

describe('what changed between two reports', () => {
  it('lists the signals raised and cleared, and the figures that read differently (43.1% and 42.6% both read 43%)', () => {
    expect(changesBetween(PREVIOUS_POINT, CURRENT_POINT)).toEqual(makeReport().history.changes);
  });

  it('counts a signal that became more severe as raised, and one that became less severe as cleared', () => {
    const before = point('2026-11-01T00:00:00Z', { signals: [{ id: 'absent-po', severity: 'warning' }, { id: 'frozen-backlog', severity: 'critical' }] });
    const after = point('2026-11-02T00:00:00Z', { signals: [{ id: 'absent-po', severity: 'critical' }, { id: 'frozen-backlog', severity: 'warning' }] });
    const changes = changesBetween(before, after);
    expect(changes.raised).toEqual([{ id: 'absent-po', title: 'Backlog waiting for its Product Owner', severity: 'critical', before: 'warning' }]);
    expect(changes.cleared).toEqual([{ id: 'frozen-backlog', title: 'Backlog order not moving', severity: 'critical', after: 'warning' }]);
  });

  it('counts a figure that appears or goes as moved, and one missing both times as not', () => {
    const changes = changesBetween(point('2026-11-01T00:00:00Z', { figures: { readiness: null, readyRunway: 1 } }), point('2026-11-02T00:00:00Z', { figures: { readiness: 0.5 } }));
    expect(changes.figures).toEqual([{ id: 'readiness', before: null, after: 0.5 }, { id: 'readyRunway', before: 1, after: null }]);
  });
});

describe('the history a report carries', () => {
  it('has no changes for the first report of a board', () => {
    expect(reportHistory([], CURRENT_POINT)).toEqual({ points: [CURRENT_POINT], changes: null });
  });

  it('puts its own point last, drops points from its moment on, and keeps the last 90', () => {
    const earlier = Array.from({ length: 100 }, (_, i) => point(new Date(Date.UTC(2026, 7, 1) + i * 86_400_000).toISOString()));
    const later = point('2026-12-01T00:00:00.000Z');
    const history = reportHistory([later, ...earlier], CURRENT_POINT);
    expect(SCORE_HISTORY_KEPT).toBe(90);
    expect(history.points).toHaveLength(90);
    expect(history.points.at(-1)).toBe(CURRENT_POINT);
    expect(history.points[0].computedAt).toBe(earlier[11].computedAt);
    expect(history.changes?.since).toBe(earlier[99].computedAt);
  });

  it('is built into the report from the earlier points given: switching a critical signal off clears it and gives back its 25 points', () => {
    const first = buildReport({ data: scenarioData, settings: withRoles(['paula'], ['sam']), snapshots: [], now: new Date('2026-02-20T12:00:00.000Z') });
    const settings = { ...DEFAULT_SETTINGS, switchedOffSignals: ['thin-ready-runway' as const] };
    const next = buildReport({ data: scenarioData, settings, snapshots: [], now: new Date('2026-02-21T12:00:00.000Z'), earlierReports: first.history.points });
    // The first report: 2 critical and 5 warnings, 100 - 2 x 25 - 5 x 10 = 0; the next: 100 - 25 - 50 = 25.
    expect([first.score.total, first.score.pointsLost, next.score.total, next.score.pointsLost]).toEqual([0, 100, 25, 75]);
    expect(next.history.points.map((p) => p.computedAt)).toEqual([first.computedAt, next.computedAt]);
    expect(next.history.changes).toEqual({
      since: first.computedAt,
      raised: [],
      cleared: [{ id: 'thin-ready-runway', title: 'Little ready work ahead', severity: 'critical', after: null }],
      figures: [{ id: 'healthScore', before: 0, after: 25 }],
    });
  });
});
