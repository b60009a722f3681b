/**
 * Monte Carlo forecasts from a team's own history (docs/metrics.md, "Forecasts"). `history` holds
 * the items counted in each past period (a week, a sprint or a day). Each trial:
 * 1. draws a history of the same length from it, at random with replacement: the pace this trial
 *    assumes. A short history is a less certain guide, and this is how the forecast says so: the
 *    fewer the periods, the more the trials' paces differ, so more history narrows the range;
 * 2. then plays the future period by period, each period's count drawn at random from that
 *    trial's history.
 * "When": the periods until `items` items are done (0 for none; a trial that needs more than
 * `maxPeriods` counts as beyond them). "How many": the items done in `periods` periods.
 * The same history and seed give the same trials: the generator is seeded (mulberry32), never
 * Math.random. Pure: the pages run it too, for a date the viewer picks.
 */
import { SeededRandom } from '../../domain/seeded-random';
import { nearestRank } from '../../domain/stats';

export const TRIALS = 10_000;
export const CONFIDENCES = [50, 85, 95] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** A value per confidence level. */
export type ByConfidence<T> = Record<`p${Confidence}`, T>;

export interface TrialOptions {
  seed: number;
  trials?: number;
}

/** Runs `trials` trials, each with the pace it drew (step 1) and that pace's total handed to `play`. */
function runTrials(history: readonly number[], { seed, trials = TRIALS }: TrialOptions, play: (draw: () => number, paceTotal: number) => number): Float64Array {
  if (history.length === 0) throw new Error('A forecast needs at least one period of history.');
  const random = new SeededRandom(seed);
  const n = history.length;
  const pace = new Array<number>(n);
  const draw = () => pace[random.index(n)];
  const outcomes = new Float64Array(trials);
  for (let t = 0; t < trials; t++) {
    let paceTotal = 0;
    for (let i = 0; i < n; i++) {
      pace[i] = history[random.index(n)];
      paceTotal += pace[i];
    }
    outcomes[t] = play(draw, paceTotal);
  }
  // A typed array sorts by number without a comparator, several times faster for 10,000 trials.
  return outcomes.sort();
}

/**
 * The periods until `items` are done, at each confidence: the nearest-rank percentile of the trials'
 * periods (at 85%, 85 of 100 trials were done by then). null: beyond `maxPeriods`.
 */
export function whenDone(history: readonly number[], items: number, maxPeriods: number, options: TrialOptions): ByConfidence<number | null> {
  const outcomes = runTrials(history, options, (draw, paceTotal) => {
    // A pace of nothing but empty periods never finishes anything.
    if (paceTotal === 0 && items > 0) return Infinity;
    let done = 0;
    let periods = 0;
    while (done < items) {
      if (periods === maxPeriods) return Infinity;
      done += draw();
      periods++;
    }
    return periods;
  });
  const at = (p: Confidence) => {
    const value = nearestRank(outcomes, p)!;
    return Number.isFinite(value) ? value : null;
  };
  return { p50: at(50), p85: at(85), p95: at(95) };
}

/** Every trial's count of items done in `periods` periods, sorted ascending. */
export function itemsDoneTrials(history: readonly number[], periods: number, options: TrialOptions): Float64Array {
  return runTrials(history, options, (draw) => {
    let done = 0;
    for (let p = 0; p < periods; p++) done += draw();
    return done;
  });
}

/**
 * The items done in `periods` periods, at each confidence: at 85%, the count that 85 of 100 trials
 * reached or passed, which is the nearest-rank (100 − 85)th percentile of the trials' counts.
 */
export function howManyDone(history: readonly number[], periods: number, options: TrialOptions): ByConfidence<number> {
  const outcomes = itemsDoneTrials(history, periods, options);
  const at = (p: Confidence) => nearestRank(outcomes, 100 - p)!;
  return { p50: at(50), p85: at(85), p95: at(95) };
}

/** The share of trials that finish at least `items` items in `periods` periods. */
export function chanceOfFinishing(history: readonly number[], items: number, periods: number, options: TrialOptions): number {
  const outcomes = itemsDoneTrials(history, periods, options);
  let reached = 0;
  for (const count of outcomes) if (count >= items) reached++;
  return reached / outcomes.length;
}
