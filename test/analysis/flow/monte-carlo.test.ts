/**
 * The Monte Carlo forecasts (src/analysis/flow/monte-carlo.ts): exact on histories where every
 * trial must agree, and properties over many random histories drawn from a seeded generator.
 */
import { chanceOfFinishing, howManyDone, whenDone } from '../../../src/analysis/flow/monte-carlo';
import { SeededRandom } from '../../../src/domain/seeded-random';

const MAX = 520;

/** `cases` random histories of `length` periods, each period `least` to 9 items, from a fixed seed. */
function randomHistories(cases: number, length: number, seed = 7, least = 0): number[][] {
  const random = new SeededRandom(seed);
  return Array.from({ length: cases }, () => Array.from({ length }, () => least + random.index(10 - least)));
}

/** Fewer trials where a property holds whatever their number, so the loops stay quick. */
const QUICK = 2000;

describe('forecasts every trial agrees on', () => {
  it('a team that always finishes 3 items a period needs 4 periods for 10 items and finishes 6 in 2, at every confidence', () => {
    const history = [3, 3, 3, 3, 3, 3];
    expect(whenDone(history, 10, MAX, { seed: 1 })).toEqual({ p50: 4, p85: 4, p95: 4 });
    expect(howManyDone(history, 2, { seed: 1 })).toEqual({ p50: 6, p85: 6, p95: 6 });
    expect(chanceOfFinishing(history, 6, 2, { seed: 1 })).toBe(1);
    expect(chanceOfFinishing(history, 7, 2, { seed: 1 })).toBe(0);
  });

  it('nothing to do is done at once; a history of empty periods never finishes anything', () => {
    expect(whenDone([2, 5, 1, 0, 3, 4], 0, MAX, { seed: 1 })).toEqual({ p50: 0, p85: 0, p95: 0 });
    expect(whenDone([0, 0, 0, 0, 0, 0], 1, MAX, { seed: 1 })).toEqual({ p50: null, p85: null, p95: null });
  });

  it('a trial that needs more periods than the limit counts as beyond it', () => {
    // One item a period at most: 30 items need at least 30 periods, beyond a limit of 20.
    expect(whenDone([1, 0, 1, 1, 0, 1], 30, 20, { seed: 1 })).toEqual({ p50: null, p85: null, p95: null });
  });

  it('refuses to forecast from no history', () => {
    expect(() => howManyDone([], 2, { seed: 1 })).toThrow('A forecast needs at least one period of history.');
  });
});

describe('properties over random histories', () => {
  const histories = randomHistories(15, 10);

  it('is monotone in confidence: later dates and fewer items as the confidence rises', () => {
    for (const history of histories) {
      const when = whenDone(history, 40, MAX, { seed: 3, trials: QUICK });
      const howMany = howManyDone(history, 6, { seed: 3, trials: QUICK });
      expect(when.p50! <= when.p85! && when.p85! <= when.p95!).toBe(true);
      expect(howMany.p50 >= howMany.p85 && howMany.p85 >= howMany.p95).toBe(true);
    }
  });

  it('gives the same result for the same seed, and plays the same trials for every target', () => {
    for (const history of histories.slice(0, 5)) {
      expect(whenDone(history, 25, MAX, { seed: 11 })).toEqual(whenDone([...history], 25, MAX, { seed: 11 }));
      expect(howManyDone(history, 4, { seed: 11 })).toEqual(howManyDone([...history], 4, { seed: 11 }));
      // The same trials: more items never come sooner, more periods never finish fewer.
      const sooner = whenDone(history, 20, MAX, { seed: 11, trials: QUICK });
      const later = whenDone(history, 30, MAX, { seed: 11, trials: QUICK });
      expect(later.p85! >= sooner.p85!).toBe(true);
      expect(howManyDone(history, 5, { seed: 11, trials: QUICK }).p85 >= howManyDone(history, 4, { seed: 11, trials: QUICK }).p85).toBe(true);
    }
  });

  it('changes with the seed (the trials are random)', () => {
    const history = [0, 7, 2, 9, 4, 1, 8, 3];
    const results = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(howManyDone(history, 3, { seed, trials: 200 }))));
    expect(results.size).toBeGreaterThan(1);
  });

  it('narrows the range with more history of the same pace', () => {
    // The same six periods seen once, and seen four times over (24 periods): the pace is surer.
    // (At least one item a period, so that no trial's pace is empty and every date is within reach.)
    let shorter = 0;
    let longer = 0;
    for (const history of randomHistories(10, 6, 13, 1)) {
      const once = howManyDone(history, 12, { seed: 5 });
      const fourTimes = howManyDone([...history, ...history, ...history, ...history], 12, { seed: 5 });
      expect(fourTimes.p50 - fourTimes.p95).toBeLessThanOrEqual(once.p50 - once.p95);
      const whenOnce = whenDone(history, 60, MAX, { seed: 5 });
      const whenFour = whenDone([...history, ...history, ...history, ...history], 60, MAX, { seed: 5 });
      expect(whenFour.p95! - whenFour.p50!).toBeLessThanOrEqual(whenOnce.p95! - whenOnce.p50!);
      shorter += once.p50 - once.p95;
      longer += fourTimes.p50 - fourTimes.p95;
    }
    // Theory: the spread of 12 periods falls from sqrt(12 + 12² / 6) to sqrt(12 + 12² / 24) times the pace's, by about 30%.
    expect(longer).toBeLessThan(shorter * 0.85);
  });
});
