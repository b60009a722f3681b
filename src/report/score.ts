/**
 * Health score, simple enough to recompute by hand:
 * total = max(0, 100 - sum of costs of the firing signals), cost critical 25, warning 10, info 0;
 * each sub-score (backlog, sprints, roles) is the same over its own area's signals.
 * Traffic light: green from 80, amber from 60, red below.
 */
import type { HealthScore, ScoreDeduction, TrafficLight } from '../domain/report';
import type { Severity, Signal } from '../domain/types';

export const SEVERITY_COST: Record<Severity, number> = { critical: 25, warning: 10, info: 0 };

export function trafficLight(score: number): TrafficLight {
  if (score >= 80) return 'green';
  if (score >= 60) return 'amber';
  return 'red';
}

function scoreOf(deductions: readonly ScoreDeduction[]): number {
  return Math.max(0, 100 - deductions.reduce((total, d) => total + d.points, 0));
}

export function healthScore(signals: readonly Signal[]): HealthScore {
  const deductions: ScoreDeduction[] = signals.map((s) => ({ signalId: s.id, area: s.area, severity: s.severity, points: SEVERITY_COST[s.severity] }));
  const total = scoreOf(deductions);
  return {
    total,
    trafficLight: trafficLight(total),
    backlog: scoreOf(deductions.filter((d) => d.area === 'backlog')),
    sprints: scoreOf(deductions.filter((d) => d.area === 'sprints')),
    roles: scoreOf(deductions.filter((d) => d.area === 'roles')),
    deductions,
  };
}
