import { compareOverSurvivors, rankBiasedOverlap, snapshotFigures, snapshotNear, survivorOverlap } from '../../../src/analysis/backlog/snapshots';
import type { BacklogSnapshot } from '../../../src/domain/types';
import { NOW, daysAgo } from './fixtures';

const letters = (text: string) => text.split('');
const keys = (from: number, count: number, project = 'AB') => Array.from({ length: count }, (_, i) => `${project}-${from + i}`);

describe('rank-biased overlap (extrapolated, p = 0.9, top 20)', () => {
  it('is 1 for identical lists', () => expect(rankBiasedOverlap(keys(1, 20), keys(1, 20))).toBeCloseTo(1, 12));
  it('is 0 for disjoint lists', () => expect(rankBiasedOverlap(keys(1, 20), keys(101, 20))).toBe(0));
  it('swapping the first two of three: 0.1/0.9 * (0 + 0.81 + 0.729) + 0.729 = 0.9', () => {
    expect(rankBiasedOverlap(letters('abc'), letters('bac'))).toBeCloseTo(0.9, 12);
  });
  it('[a,b] vs [a,c]: 0.1/0.9 * (0.9 + 0.5 * 0.81) + 0.5 * 0.81 = 0.55', () => {
    expect(rankBiasedOverlap(letters('ab'), letters('ac'))).toBeCloseTo(0.55, 12);
  });
  it('looks only at the top 20', () => {
    expect(rankBiasedOverlap([...keys(1, 20), 'X-1'], [...keys(1, 20), 'Y-1'])).toBeCloseTo(1, 12);
  });
  it('is null when a list is empty', () => expect(rankBiasedOverlap([], letters('ab'))).toBeNull());
  it('keeps only the first position of a key listed twice', () => {
    expect(rankBiasedOverlap(letters('aabc'), letters('bac'))).toBeCloseTo(0.9, 12);
  });
});

describe('two orders compared over their survivors', () => {
  it('reads a sprint planning that pulled the top 10 into the sprint as stable: the 10 left, the rest kept its order', () => {
    const compared = compareOverSurvivors(keys(11, 20), keys(1, 30));
    expect(compared.top10Kept).toBe(1);
    expect(compared.kept).toEqual(keys(11, 10));
    expect(compared.fell).toEqual([]);
    expect(compared.left).toEqual(keys(1, 10));
    expect(compared.newcomers).toEqual([]);
    expect(survivorOverlap(keys(11, 20), keys(1, 30))).toBeCloseTo(1, 12);
  });

  it('shows newcomers put at the top apart, without counting the items they pushed down as lost', () => {
    const now = ['NEW-1', 'NEW-2', ...keys(1, 20)];
    const compared = compareOverSurvivors(now, keys(1, 20));
    expect([compared.top10Kept, compared.newcomers, compared.left]).toEqual([1, ['NEW-1', 'NEW-2'], []]);
  });

  it('counts a real reshuffle: last week\'s top 10 moved below ten items that were there already', () => {
    const compared = compareOverSurvivors([...keys(11, 10), ...keys(1, 10)], keys(1, 20));
    expect(compared.top10Kept).toBe(0);
    expect(compared.fell).toEqual(keys(1, 10));
  });

  it('keeps 7 of 10 when three items from further down jumped into the top 10', () => {
    const now = [...keys(1, 7), 'AB-15', 'AB-16', 'AB-17', ...keys(8, 7), ...keys(18, 3)];
    const compared = compareOverSurvivors(now, keys(1, 20));
    expect(compared.top10Kept).toBe(0.7);
    expect(compared.kept).toEqual(keys(1, 7));
    expect(compared.fell).toEqual(['AB-8', 'AB-9', 'AB-10']);
  });

  it('with fewer than 10 survivors compares those: [5, 4] against [4, 5] keeps both, with a similarity of 0.81 + 0.1/0.9 * 0.81 = 0.9', () => {
    const compared = compareOverSurvivors(['AB-5', 'AB-4', 'X-1'], keys(1, 5));
    expect([compared.survivorsNow, compared.survivorsBefore, compared.top10Kept]).toEqual([['AB-5', 'AB-4'], ['AB-4', 'AB-5'], 1]);
    expect(compared.left).toEqual(['AB-1', 'AB-2', 'AB-3']);
    expect(compared.newcomers).toEqual(['X-1']);
    expect(survivorOverlap(['AB-5', 'AB-4', 'X-1'], keys(1, 5))).toBeCloseTo(0.9, 12);
  });

  it('has nothing to compare when no item survived', () => {
    expect(compareOverSurvivors(keys(1, 5, 'X'), keys(1, 5)).top10Kept).toBeNull();
    expect(survivorOverlap(keys(1, 5, 'X'), keys(1, 5))).toBeNull();
  });
});

describe('snapshot matching', () => {
  const at = (days: number, list: string[] = []): BacklogSnapshot => ({ boardId: 1, takenAt: daysAgo(days), keys: list });
  const weekAgo = NOW.getTime() - 7 * 86400000;
  it('takes the nearest snapshot within the tolerance', () => {
    expect(snapshotNear([at(9), at(6)], weekAgo, 3)?.takenAt).toBe(daysAgo(6));
  });
  it('takes none outside the tolerance', () => expect(snapshotNear([at(11), at(2)], weekAgo, 3)).toBeNull());
});

describe('the snapshot figures of a board', () => {
  // A week ago AB-1..AB-30; since, AB-1..AB-10 went into a sprint, AB-12 and AB-11 swapped, and two
  // new items were put in at the top.
  const week = keys(1, 30);
  const today = ['NEW-1', 'NEW-2', 'AB-12', 'AB-11', ...keys(13, 18)];
  const snapshots: BacklogSnapshot[] = [
    { boardId: 1, takenAt: daysAgo(14), keys: keys(1, 30) },
    { boardId: 1, takenAt: daysAgo(7), keys: week },
    { boardId: 9, takenAt: daysAgo(7), keys: ['ZZ-1'] }, // another board: ignored
  ];
  const figures = snapshotFigures(1, today, snapshots, NOW);

  it('keeps all of last week\'s top 10 survivors (AB-11..AB-20) in today\'s top 10 survivors', () => {
    expect(figures.top10Overlap).toBe(1);
    expect(figures.weekAgo).toEqual({
      takenAt: daysAgo(7),
      survivors: 20,
      keptKeys: keys(11, 10),
      fellKeys: [],
      leftCount: 10,
      leftKeys: keys(1, 10),
      newcomerCount: 2,
      newcomerKeys: ['NEW-1', 'NEW-2'],
    });
  });

  it('measures the similarity over the survivors: the swap of the first two of 20 gives 0.1/0.9 * Σ + 0.9^20', () => {
    // X_1 = 0, then X_d = d for d >= 2: 0.1/0.9 * (0.9^2 + ... + 0.9^20) + 0.9^20.
    let sum = 0;
    for (let d = 2; d <= 20; d++) sum += 0.9 ** d;
    expect(figures.rbo7).toBeCloseTo((0.1 / 0.9) * sum + 0.9 ** 20, 12);
    expect(figures.rbo28).toBeNull();
  });

  it('keeps a history point per snapshot of the board, with the newcomers of that day\'s top 10', () => {
    expect(figures.history).toEqual([
      { date: daysAgo(14), rbo7: null, top10Overlap: null, newcomers: null },
      { date: daysAgo(7), rbo7: expect.closeTo(1, 12), top10Overlap: 1, newcomers: 0 },
    ]);
    expect(figures.snapshotCount).toBe(2);
  });
});
