/**
 * Health score, simple enough to recompute by hand (docs/metrics.md, "Health score"), over the
 * signals that could be checked:
 *   total = max(0, 100 − Σ cost of the firing signals), cost critical 25, warning 10, info 0;
 *   pointsLost = Σ cost, before the floor (what tells apart two projects at 0);
 * each sub-score (backlog, sprints, flow, roles) is the same over its own area's signals.
 *
 * Every signal of the catalogue is in exactly one of: fired or quiet (checked), not checked (it
 * applies but could not be checked: no history yet, no named role), not applicable (a sprint signal
 * on a board without sprints) or switched off (by the team, in the settings). The last two leave the
 * score alone and count neither way below.
 *   applicable = signals − not applicable − switched off; checked = applicable − not checked;
 *   provisional = checked / applicable < 60%: the total is shown, marked provisional, without a
 *   traffic light ("not enough data yet"), never green.
 * A sub-score is null when none of its area's signals was checked; the total is null when none at all
 * was (a project without a board). Traffic light: green from 80, amber from 60, red below; null when
 * the total is null or provisional.
 */
import type { HealthScore, ScoreArea, ScoreDeduction, TrafficLight } from '../domain/report';
import type { Severity, Signal, SilentSignal } from '../domain/types';
import { SIGNAL_DECLARATIONS } from '../signals/declarations';
import { SCORE_AREAS } from '../vocabulary';

export const SEVERITY_COST: Record<Severity, number> = { critical: 25, warning: 10, info: 0 };

export { SCORE_AREAS };

/** Below this share of the applicable signals checked, the score is provisional. */
export const CHECKED_SHARE_FOR_A_LIGHT = 0.6;

export function trafficLight(score: number): TrafficLight {
  if (score >= 80) return 'green';
  if (score >= 60) return 'amber';
  return 'red';
}

/** What the catalogue made of every signal (src/signals/catalogue.ts, evaluateSignals). */
export interface SignalOutcomes {
  signals: readonly Signal[];
  /** Applies, could not be checked. */
  silent?: readonly SilentSignal[];
  notApplicable?: readonly SilentSignal[];
  /** Ids of the signals the settings switch off. */
  switchedOff?: readonly string[];
}

function lost(deductions: readonly ScoreDeduction[]): number {
  return deductions.reduce((total, d) => total + d.points, 0);
}

/**
 * `signalsOfTheCatalogue` say which area each signal id counts against (the signal declarations by
 * default; a fired signal carries its own declaration's area). An id the catalogue does not know is
 * left out of the lists and the counts.
 */
export function healthScore(outcomes: SignalOutcomes, signalsOfTheCatalogue: readonly { id: string; area: ScoreArea }[] = SIGNAL_DECLARATIONS): HealthScore {
  const deductions: ScoreDeduction[] = outcomes.signals.map((s) => ({ signalId: s.id, area: s.area, severity: s.severity, points: SEVERITY_COST[s.severity] }));
  const listed = (ids: Iterable<string>) => {
    const wanted = new Set(ids);
    return signalsOfTheCatalogue.filter((signal) => wanted.has(signal.id)).map((signal) => ({ signalId: signal.id, area: signal.area }));
  };
  const notChecked = listed((outcomes.silent ?? []).map((s) => s.id));
  const notApplicable = listed((outcomes.notApplicable ?? []).map((s) => s.id));
  const switchedOff = listed(outcomes.switchedOff ?? []);
  const unchecked = new Set([...notChecked, ...notApplicable, ...switchedOff].map((s) => s.signalId));
  const checkedIn = (area: ScoreArea | null) =>
    signalsOfTheCatalogue.filter((signal) => (area === null || signal.area === area) && !unchecked.has(signal.id)).length;

  // An area is assessed when at least one of its signals was checked (it fired or stayed quiet).
  const assessed = (area: ScoreArea) => deductions.some((d) => d.area === area) || checkedIn(area) > 0;
  const areaScore = (area: ScoreArea) => (assessed(area) ? Math.max(0, 100 - lost(deductions.filter((d) => d.area === area))) : null);
  const pointsLost = lost(deductions);
  const total = SCORE_AREAS.some(assessed) ? Math.max(0, 100 - pointsLost) : null;
  const applicable = signalsOfTheCatalogue.length - notApplicable.length - switchedOff.length;
  const checked = checkedIn(null);
  const provisional = total !== null && checked < CHECKED_SHARE_FOR_A_LIGHT * applicable;
  return {
    total,
    trafficLight: total === null || provisional ? null : trafficLight(total),
    provisional,
    backlog: areaScore('backlog'),
    sprints: areaScore('sprints'),
    flow: areaScore('flow'),
    roles: areaScore('roles'),
    deductions,
    pointsLost,
    applicable,
    checked,
    notChecked,
    notApplicable,
    switchedOff,
  };
}
