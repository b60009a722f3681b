/**
 * How the health score is worked out, in words (docs/metrics.md, "The health score"): its sum, how
 * much of it could be checked, and a sub-score that does not apply.
 */
import type { HealthScore, ScoreArea } from '../domain/report';
import { plural } from './numbers';
import { scoreValue } from './health';

/** The points lost, grouped: how many signals cost each amount, highest cost first (costs of 0 left out). */
export interface ScoreTerm {
  points: number;
  count: number;
}

export function scoreTerms(deductions: readonly { points: number }[]): ScoreTerm[] {
  const counts = new Map<number, number>();
  for (const { points } of deductions) if (points > 0) counts.set(points, (counts.get(points) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => b - a).map(([points, count]) => ({ points, count }));
}

/**
 * "100 − 2 × 25 − 1 × 10 = 40", "100 − 4 × 25 − 4 × 10 = 0 (140 points lost; stops at
 * 0)", "100: no points lost", or "no signal could be checked" without a total.
 */
export function scoreArithmetic(total: number | null, terms: readonly ScoreTerm[]): string {
  if (total === null) return 'no signal could be checked';
  if (terms.length === 0) return `${total}: no points lost`;
  const lost = terms.reduce((sum, term) => sum + term.points * term.count, 0);
  const sum = `100 ${terms.map((term) => `− ${term.count} × ${term.points}`).join(' ')} = ${total}`;
  return 100 - lost < 0 ? `${sum} (${lost} points lost; stops at 0)` : sum;
}

/** "5 of the 10 signals that apply", "all 17 signals that apply". */
export function checkedInWords(score: Pick<HealthScore, 'checked' | 'applicable'>): string {
  if (score.applicable > 0 && score.checked === score.applicable) return `all ${plural(score.applicable, 'signal that applies', 'signals that apply')}`;
  return `${score.checked} of the ${plural(score.applicable, 'signal that applies', 'signals that apply')}`;
}

/** A sub-score as shown on its own: "90", "Not assessed" (none of its signals could be checked), "Does not apply" or "Switched off". */
export function areaScoreValue(score: HealthScore, area: ScoreArea): string {
  const value = score[area];
  if (value !== null) return String(value);
  if (score.notChecked.some((s) => s.area === area)) return scoreValue(null);
  return score.notApplicable.some((s) => s.area === area) ? 'Does not apply' : 'Switched off';
}
