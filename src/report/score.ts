/**
 * Health score, simple enough to recompute by hand, over the signals that could be checked:
 * total = max(0, 100 - sum of costs of the firing signals), cost critical 25, warning 10, info 0;
 * each sub-score (backlog, sprints, roles) is the same over its own area's signals.
 * A sub-score is null ("not assessed") when none of its area's signals could be checked (every one
 * of them is silent, e.g. the sprint area of a Kanban board); the total is null when no signal at
 * all could be checked (a project without a board). `notChecked` lists every silent signal with its
 * area, so a reader sees what the score leaves out; the reasons are in the report's silentSignals.
 * Traffic light: green from 80, amber from 60, red below; null when the total is null.
 */
import type { HealthScore, ScoreArea, ScoreDeduction, TrafficLight } from '../domain/report';
import type { Severity, Signal, SilentSignal } from '../domain/types';
import { SIGNAL_DECLARATIONS } from '../signals/declarations';

export const SEVERITY_COST: Record<Severity, number> = { critical: 25, warning: 10, info: 0 };

export const SCORE_AREAS: readonly ScoreArea[] = ['backlog', 'sprints', 'roles'];

export function trafficLight(score: number): TrafficLight {
  if (score >= 80) return 'green';
  if (score >= 60) return 'amber';
  return 'red';
}

function scoreOf(deductions: readonly ScoreDeduction[]): number {
  return Math.max(0, 100 - deductions.reduce((total, d) => total + d.points, 0));
}

/**
 * `silent` are the signals that could not be checked; `signalsOfTheCatalogue` say which area each
 * signal id counts against (the signal declarations by default; a fired signal carries its own
 * declaration's area). A silent id the catalogue does not know is left out of `notChecked`.
 */
export function healthScore(
  signals: readonly Signal[],
  silent: readonly SilentSignal[] = [],
  signalsOfTheCatalogue: readonly { id: string; area: ScoreArea }[] = SIGNAL_DECLARATIONS,
): HealthScore {
  const deductions: ScoreDeduction[] = signals.map((s) => ({ signalId: s.id, area: s.area, severity: s.severity, points: SEVERITY_COST[s.severity] }));
  const silentIds = new Set(silent.map((s) => s.id));
  const notChecked = signalsOfTheCatalogue.filter((signal) => silentIds.has(signal.id)).map((signal) => ({ signalId: signal.id, area: signal.area }));
  // An area is assessed when at least one of its signals was checked (it fired or stayed quiet).
  const assessed = (area: ScoreArea) => deductions.some((d) => d.area === area) || signalsOfTheCatalogue.some((signal) => signal.area === area && !silentIds.has(signal.id));
  const areaScore = (area: ScoreArea) => (assessed(area) ? scoreOf(deductions.filter((d) => d.area === area)) : null);
  const anyAssessed = SCORE_AREAS.some(assessed);
  const total = anyAssessed ? scoreOf(deductions) : null;
  return {
    total,
    trafficLight: total === null ? null : trafficLight(total),
    backlog: areaScore('backlog'),
    sprints: areaScore('sprints'),
    roles: areaScore('roles'),
    deductions,
    notChecked,
  };
}
