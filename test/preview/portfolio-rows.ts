/** Hand-made portfolio rows for the unit tests of the portfolio's sorting and export (values chosen by hand). */
import type { PortfolioRow } from '../../src/shared/api';

export function portfolioRows(): PortfolioRow[] {
  const idle = { state: 'idle' as const, progress: null, message: null, startedAt: null, finishedAt: null };
  return [
    {
      projectKey: 'FIX', projectName: 'Fixture Scrum', computedAt: '2026-10-20T08:00:00.000+0000', score: 55, trafficLight: 'red', notAssessed: [],
      provisional: false, pointsLost: 45, scoreTerms: [{ points: 25, count: 1 }, { points: 10, count: 2 }], scoreTrend: [65, 55],
      changes: { since: '2026-10-19T08:00:00.000+0000', raised: ['Little ready work ahead'], cleared: [], moved: ['Health score'] }, ownThresholds: [], switchedOff: [],
      reliabilityTrend: [0.5, 0.6, 0.55], readyRunwaySprints: 0.4, top10Overlap: 0.4, technicalInterleaving: 0.1, throughputPerWeek: 3.5, nearTermDoneBy85: '2026-12-15T17:00:00.000Z',
      topSignals: [{ id: 'unfinished-sprints', severity: 'critical', title: 'Sprints end unfinished' }, { id: 'thin-ready-runway', severity: 'warning', title: 'Little ready work ahead' }],
      signalCount: 2, refreshedNightly: true, refresh: idle,
    },
    {
      projectKey: 'KAN', projectName: 'Fixture Kanban, "flow"', computedAt: '2026-10-20T08:00:00.000+0000', score: 100, trafficLight: 'green', notAssessed: ['sprints'],
      provisional: false, pointsLost: 0, scoreTerms: [], scoreTrend: [100], changes: null, ownThresholds: ['Top of the backlog changing often'], switchedOff: [],
      // Switched off in its settings: listed with its last figures, not refreshed nightly.
      reliabilityTrend: [], readyRunwaySprints: 2, top10Overlap: 0.9, technicalInterleaving: 0.5, throughputPerWeek: 0.9, nearTermDoneBy85: '2026-12-01T08:00:00.000Z',
      topSignals: [], signalCount: 0, refreshedNightly: false, refresh: idle,
    },
    {
      projectKey: 'NEW', projectName: 'Not analysed yet', computedAt: null, score: null, trafficLight: null, notAssessed: [],
      provisional: false, pointsLost: 0, scoreTerms: [], scoreTrend: [], changes: null, ownThresholds: [], switchedOff: [],
      reliabilityTrend: [], readyRunwaySprints: null, top10Overlap: null, technicalInterleaving: null, throughputPerWeek: null, nearTermDoneBy85: null,
      topSignals: [], signalCount: 0, refreshedNightly: true, refresh: idle,
    },
  ];
}
