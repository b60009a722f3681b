import { orderingFigures, rankBiasedOverlap, snapshotNear, top10Overlap } from '../../../src/analysis/backlog/ordering';
import type { BacklogSnapshot } from '../../../src/domain/types';
import { NOW, boardData, daysAgo, issue, rankChange } from './fixtures';
import { boardInput } from '../history/board-input';

const letters = (text: string) => text.split('');
const keys = (from: number, count: number) => Array.from({ length: count }, (_, i) => `AB-${from + i}`);

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

describe('top-10 overlap', () => {
  it('counts today\'s top 10 found in last week\'s top 10', () => {
    const before = [...keys(1, 7), 'AB-50', 'AB-51', 'AB-52', ...keys(8, 3)];
    expect(top10Overlap(keys(1, 12), before)).toBe(0.7);
  });
  it('is null for an empty backlog', () => expect(top10Overlap([], keys(1, 10))).toBeNull());
});

describe('snapshot matching', () => {
  const at = (days: number, list: string[] = []): BacklogSnapshot => ({ boardId: 1, takenAt: daysAgo(days), keys: list });
  const weekAgo = NOW.getTime() - 7 * 86400000;
  it('takes the nearest snapshot within the tolerance', () => {
    expect(snapshotNear([at(9), at(6)], weekAgo, 3)?.takenAt).toBe(daysAgo(6));
  });
  it('takes none outside the tolerance', () => expect(snapshotNear([at(11), at(2)], weekAgo, 3)).toBeNull());
});

describe('ordering figures', () => {
  const near = [
    issue('AB-1', { changelog: [rankChange('alice', daysAgo(1)), rankChange('alice', daysAgo(5)), rankChange('bob', daysAgo(20)), rankChange('alice', daysAgo(40))] }),
    issue('AB-2', { changelog: [rankChange(null, daysAgo(3))] }),
  ];
  const far = issue('AB-3', { changelog: [rankChange('carol', daysAgo(100))] });
  const data = boardData([...near, far]);
  const snapshots: BacklogSnapshot[] = [
    { boardId: 1, takenAt: daysAgo(14), keys: ['AB-3', 'AB-2', 'AB-1'] },
    { boardId: 1, takenAt: daysAgo(7), keys: ['AB-2', 'AB-1', 'AB-3'] },
    { boardId: 2, takenAt: daysAgo(7), keys: ['ZZ-1'] }, // another board: ignored
    { boardId: 1, takenAt: daysAgo(27), keys: ['AB-1', 'AB-2', 'AB-3'] },
  ];
  const figures = orderingFigures({ ...boardInput(data), currentKeys: ['AB-1', 'AB-2', 'AB-3'], nearTerm: near, snapshots, rankerWindowDays: 90, now: NOW });

  it('counts rank changes on near-term items over 28 days, per week: 4 / 4 = 1', () => {
    expect(figures.rankChangesPerWeekNearTerm).toBe(1);
  });
  it('lists rankers over the window, unknown authors included but not counted as people', () => {
    expect(figures.rankers).toEqual([
      { accountId: 'alice', changes: 3 },
      { accountId: 'bob', changes: 1 },
      { accountId: null, changes: 1 },
    ]);
    expect(figures.distinctRankers).toBe(2);
    expect(figures.topRankerShare).toBe(0.6);
  });
  it('finds the last re-rank', () => expect(figures.lastRerankAt).toBe(daysAgo(1)));
  it('compares with the snapshots of this board from a week and four weeks ago', () => {
    // now [1,2,3] vs week ago [2,1,3] (a swap of the first two) = 0.9; vs 27 days ago: identical = 1
    expect(figures.rbo7).toBeCloseTo(0.9, 12);
    expect(figures.rbo28).toBeCloseTo(1, 12);
    expect(figures.top10Overlap).toBe(1);
    expect(figures.snapshotCount).toBe(3);
  });
  it('keeps one history point per snapshot, oldest first, each against the one a week before it', () => {
    // 7 days ago [2,1,3] vs 14 days ago [3,2,1]: X1=0, X2=1 ({2}), X3=3 -> 0.1/0.9*(0.5*0.81 + 0.729) + 0.729 = 0.855
    expect(figures.history.map((h) => h.date)).toEqual([daysAgo(27), daysAgo(14), daysAgo(7)]);
    expect(figures.history[0]).toEqual({ date: daysAgo(27), rbo7: null, top10Overlap: null });
    expect(figures.history[2].rbo7).toBeCloseTo(0.855, 12);
    expect(figures.history[2].top10Overlap).toBe(1);
  });

  it('without rank history or snapshots: zero changes, no rankers, nulls', () => {
    const quiet = orderingFigures({ ...boardInput(boardData([issue('AB-1')])), currentKeys: ['AB-1'], nearTerm: [], snapshots: [], rankerWindowDays: 90, now: NOW });
    expect(quiet).toEqual({
      rbo7: null,
      rbo28: null,
      top10Overlap: null,
      history: [],
      rankChangesPerWeekNearTerm: 0,
      rankers: [],
      distinctRankers: 0,
      topRankerShare: null,
      lastRerankAt: null,
      snapshotCount: 0,
      rankFieldFound: true,
    });
  });

  it('says when the site has no rank field, so re-ranking cannot be seen', () => {
    const data = boardData([issue('AB-1', { changelog: [rankChange('po', daysAgo(1))] })]);
    data.fieldIds.rank = null;
    data.config.rankFieldId = null;
    const figures = orderingFigures({ ...boardInput(data), currentKeys: ['AB-1'], nearTerm: [], snapshots: [], rankerWindowDays: 90, now: NOW });
    expect([figures.rankFieldFound, figures.lastRerankAt, figures.rankers]).toEqual([false, null, []]);
  });

  it('with one snapshot only (taken today): a history point with nothing to compare', () => {
    const one = orderingFigures({ ...boardInput(data), currentKeys: ['AB-1'], nearTerm: [], snapshots: [{ boardId: 1, takenAt: NOW.toISOString(), keys: ['AB-1'] }], rankerWindowDays: 90, now: NOW });
    expect([one.rbo7, one.rbo28, one.top10Overlap, one.snapshotCount]).toEqual([null, null, null, 1]);
    expect(one.history).toEqual([{ date: NOW.toISOString(), rbo7: null, top10Overlap: null }]);
  });
});
