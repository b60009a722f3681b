import { analyseBacklog, takeBacklogSnapshot } from '../../../src/analysis/backlog';
import { NEAR_TERM_FALLBACK_ITEMS } from '../../../src/analysis/backlog/backlog';
import { NOW, boardData, capacityTenSprints, closedSprint, daysAgo, issue, rankChange, settings, sprint } from './fixtures';
import { boardInput } from '../history/board-input';

describe('analyseBacklog on a small board', () => {
  // Capacity 10 points. Backlog: AB-5 (future sprint), then AB-1..AB-4, AB-6 by rank. AB-7 is in the active sprint.
  const data = boardData(
    [
      issue('AB-1', { estimate: 5, changelog: [rankChange('alice', daysAgo(2))] }),
      issue('AB-2', { estimate: 3, labels: ['refactor'] }),
      issue('AB-3', { estimate: 5, flagged: true }),
      issue('AB-4', { estimate: 8, labels: ['tech'], created: daysAgo(300), updated: daysAgo(200) }),
      issue('AB-5', { estimate: 2, sprintIds: [21] }),
      issue('AB-6', { estimate: 13, subtaskKeys: ['AB-60'] }),
      issue('AB-7', { estimate: 3, sprintIds: [20] }),
    ],
    { sprints: [sprint(20, 'active'), sprint(21, 'future')] },
  );
  const snapshots = [{ boardId: 1, takenAt: daysAgo(7), keys: ['AB-1', 'AB-5', 'AB-2', 'AB-3', 'AB-4', 'AB-6'] }];
  const section = analyseBacklog({ ...boardInput(data), settings: settings(), closedSprints: capacityTenSprints(), snapshots, now: NOW });

  it('orders the backlog and sizes it', () => {
    expect(section.size).toBe(6);
    expect(section.strip.map((s) => s.key)).toEqual(['AB-5', 'AB-1', 'AB-2', 'AB-3', 'AB-4', 'AB-6']);
    expect(section.capacity).toEqual({ value: 10, unit: 'points', sprintIds: [101, 102, 103] });
  });

  it('takes near-term items up to 20 points (starts 0, 2, 7, 10, 15) and judges their readiness', () => {
    expect(section.nearTerm.map((n) => [n.key, n.technical, n.failedChecks])).toEqual([
      ['AB-5', false, []],
      ['AB-1', false, []],
      ['AB-2', true, []],
      ['AB-3', false, ['notFlagged']],
      ['AB-4', true, ['smallEnough']],
    ]);
    expect(section.readiness).toBe(0.6);
    expect(section.readyRunwaySprints).toBeCloseTo(1, 10); // (2 + 5 + 3) / 10
  });

  it('finds distant detail: AB-6 starts at 23 < 30, so nothing is distant', () => {
    expect(section.overSpecification).toEqual({ share: null, distantCount: 0, detailedKeys: [] });
  });

  it('compares the order with last week', () => {
    // now [5,1,2,3,4,6] vs [1,5,2,3,4,6]: X = 0, 2, 3, 4, 5, 6 (k = 6)
    const p = 0.9;
    const expected = (1 - p) / p * [0, 1, 1, 1, 1, 1].reduce((acc, share, i) => acc + share * p ** (i + 1), 0) + p ** 6;
    expect(section.ordering.rbo7).toBeCloseTo(expected, 12);
    expect(section.ordering.top10Overlap).toBe(1);
    expect(section.ordering.rbo28).toBeNull();
    expect(section.ordering.rankChangesPerWeekNearTerm).toBe(0.25);
    expect(section.ordering.lastRerankAt).toBe(daysAgo(2));
  });

  it('places technical work: strip T positions 3 and 5 of 6', () => {
    // order F F T F T F: pairs with technical above = (F at 4: 1) + (F at 6: 2) = 3 of 2 x 4
    expect(section.technical.technicalCount).toBe(2);
    expect(section.technical.functionalCount).toBe(4);
    expect(section.technical.interleaving).toBe(3 / 8);
    expect(section.technical.runs.observed).toBe(5);
    expect(section.technical.medianAgeDays).toEqual({ technical: 155, functional: 10 });
  });

  it('measures depth and staleness', () => {
    expect(section.depthSprints).toBeCloseTo(3.6, 10); // (2 + 5 + 3 + 5 + 8 + 13) / 10
    expect(section.stale).toEqual({ count: 1, keys: ['AB-4'] });
  });
});

describe('analyseBacklog edge cases', () => {
  it('an empty backlog gives zeros and nulls, never a crash', () => {
    const section = analyseBacklog({ ...boardInput(boardData([])), settings: settings(), closedSprints: capacityTenSprints(), snapshots: [], now: NOW });
    expect(section.size).toBe(0);
    expect(section.nearTerm).toEqual([]);
    expect(section.readiness).toBeNull();
    expect(section.readyRunwaySprints).toBe(0);
    expect(section.depthSprints).toBe(0);
    expect(section.technical.interleaving).toBeNull();
    expect(section.strip).toEqual([]);
  });

  it('no closed sprints: no capacity, runway, depth or distant work; near-term falls back to the top items', () => {
    const data = boardData(Array.from({ length: 12 }, (_, i) => issue(`AB-${i + 1}`)));
    const section = analyseBacklog({ ...boardInput(data), settings: settings(), closedSprints: [], snapshots: [], now: NOW });
    expect(section.capacity.value).toBeNull();
    expect(section.nearTerm).toHaveLength(NEAR_TERM_FALLBACK_ITEMS);
    expect(section.readiness).toBe(1);
    expect(section.readyRunwaySprints).toBeNull();
    expect(section.depthSprints).toBeNull();
    expect(section.overSpecification.share).toBeNull();
  });

  it('no estimates anywhere: capacity in issues and no estimate check', () => {
    const data = boardData(Array.from({ length: 5 }, (_, i) => issue(`AB-${i + 1}`, { estimate: null })), { estimation: 'issues' });
    const sprints = [closedSprint(1, ['X-1', 'X-2'], null), closedSprint(2, ['X-3', 'X-4'], null)];
    const section = analyseBacklog({ ...boardInput(data), settings: settings(), closedSprints: sprints, snapshots: [], now: NOW });
    expect(section.capacity).toEqual({ value: 2, unit: 'issues', sprintIds: [1, 2] });
    expect(section.nearTerm.map((n) => n.key)).toEqual(['AB-1', 'AB-2', 'AB-3', 'AB-4']);
    expect(section.readyRunwaySprints).toBe(2.5);
    expect(section.depthSprints).toBe(2.5);
  });

  it('every item technical: counts them, interleaving and runs expectation undefined', () => {
    const data = boardData([issue('AB-1', { labels: ['chore'] }), issue('AB-2', { labels: ['CHORE'] })]);
    const section = analyseBacklog({ ...boardInput(data), settings: settings(), closedSprints: capacityTenSprints(), snapshots: [], now: NOW });
    expect(section.technical).toMatchObject({ technicalCount: 2, functionalCount: 0, interleaving: null, runs: { observed: 1, expected: null, z: null } });
    expect(section.technical.medianAgeDays.functional).toBeNull();
  });
});

describe('takeBacklogSnapshot', () => {
  it('records the backlog keys in rank order with the time', () => {
    const data = boardData([issue('AB-2', { rankIndex: 0 }), issue('AB-1', { rankIndex: 1 }), issue('AB-3', { status: { id: '3', name: 'Done', category: 'done' } })]);
    expect(takeBacklogSnapshot(data, NOW)).toEqual({ boardId: 1, takenAt: '2026-06-01T12:00:00.000Z', keys: ['AB-2', 'AB-1'] });
  });
});

describe('analyseBacklog on a board that estimates by issue count', () => {
  // Capacity: the median of 2, 3 and 4 completed issues = 3 a sprint; the near-term horizon is 6 items.
  const closed = [closedSprint(1, ['X-1', 'X-2'], null), closedSprint(2, ['X-3', 'X-4', 'X-5'], null), closedSprint(3, ['X-6', 'X-7', 'X-8', 'X-9'], null)];
  const items = Array.from({ length: 8 }, (_, i) => issue(`AB-${i + 1}`, { estimate: null }));
  items[3] = { ...items[3], description: 'Idea only' }; // no acceptance criteria
  const section = analyseBacklog({ ...boardInput(boardData(items, { estimation: 'issues' })), settings: settings(), closedSprints: closed, snapshots: [], now: NOW });

  it('does not ask unestimated items for an estimate, nor for a size against capacity', () => {
    expect(section.capacity).toEqual({ value: 3, unit: 'issues', sprintIds: [1, 2, 3] });
    expect(section.nearTerm.map((n) => [n.key, n.failedChecks])).toEqual([
      ['AB-1', []], ['AB-2', []], ['AB-3', []], ['AB-4', ['acceptanceCriteria']], ['AB-5', []], ['AB-6', []],
    ]);
    expect(section.readiness).toBeCloseTo(5 / 6, 10);
    expect(section.readyRunwaySprints).toBe(1); // 3 ready items from the top, then AB-4: 3 / 3
  });

  it('still asks for an estimate with the same items on a board that estimates in points', () => {
    const pointsSection = analyseBacklog({ ...boardInput(boardData(items)), settings: settings(), closedSprints: capacityTenSprints(), snapshots: [], now: NOW });
    expect(pointsSection.nearTerm[0].failedChecks).toEqual(['estimated']);
  });
});
