/** The history points of the hand-made report (fixture.ts): its report of a week before, and its own. */
import type { HistoryPoint } from '../../../src/domain/report';

/** The report of a week before: 100 - 25 - 10 = 65. */
export const PREVIOUS_POINT: HistoryPoint = {
  computedAt: '2026-11-13T08:00:00.000Z',
  total: 65,
  provisional: false,
  trafficLight: 'amber',
  pointsLost: 35,
  signals: [
    { id: 'unprotected-sprint', severity: 'critical' },
    { id: 'unfinished-sprints', severity: 'warning' },
    { id: 'frozen-backlog', severity: 'info' },
  ],
  figures: { healthScore: 65, readiness: 0.5, readyRunway: 1.2, top10Kept: 0.7, backlogSize: 22, interleaving: 0.431, commitmentReliability: 11 / 13 },
};

export const CURRENT_POINT: HistoryPoint = {
  computedAt: '2026-11-20T08:00:00.000Z',
  total: 55,
  provisional: false,
  trafficLight: 'red',
  pointsLost: 45,
  signals: [
    { id: 'unprotected-sprint', severity: 'critical' },
    { id: 'unfinished-sprints', severity: 'warning' },
    { id: 'thin-ready-runway', severity: 'warning' },
    { id: 'missing-sprint-goal', severity: 'info' },
  ],
  figures: { healthScore: 55, readiness: 0.25, readyRunway: 5 / 9.5, top10Kept: 0.6, backlogSize: 24, interleaving: 0.4259, commitmentReliability: 7 / 12 },
};
