import { orderingFigures } from '../../../src/analysis/backlog/ordering';
import type { BacklogSnapshot } from '../../../src/domain/types';
import { NOW, boardData, daysAgo, issue, rankChange } from './fixtures';
import { boardInput } from '../history/board-input';

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
    expect(figures.history[0]).toEqual({ date: daysAgo(27), rbo7: null, top10Overlap: null, newcomers: null });
    expect(figures.history[2].rbo7).toBeCloseTo(0.855, 12);
    expect(figures.history[2].top10Overlap).toBe(1);
  });

  it('without rank history or snapshots: zero changes, no rankers, nulls', () => {
    const quiet = orderingFigures({ ...boardInput(boardData([issue('AB-1')])), currentKeys: ['AB-1'], nearTerm: [], snapshots: [], rankerWindowDays: 90, now: NOW });
    expect(quiet).toEqual({
      rbo7: null,
      rbo28: null,
      top10Overlap: null,
      weekAgo: null,
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
    expect(one.history).toEqual([{ date: NOW.toISOString(), rbo7: null, top10Overlap: null, newcomers: null }]);
  });
});
