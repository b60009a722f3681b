import { fixedQuota, interleaving, isTechnical, medianAgeDays, runsTest } from '../../../src/analysis/backlog/technical';
import { NOW, boardData, closedSprint, daysAgo, issue, pointsChange, settings } from './fixtures';
import { readBoardHistory } from '../../../src/analysis/history/board-history';

const flags = (pattern: string) => pattern.split('').map((c) => c === 'T');
const classification = settings().technical;

describe('technical classification', () => {
  it('matches issue type, label or component by whole name, ignoring case', () => {
    expect(isTechnical(issue('AB-1', { issueType: { id: '1', name: 'SPIKE', subtask: false, hierarchyLevel: 0 } }), classification)).toBe(true);
    expect(isTechnical(issue('AB-1', { labels: ['ux', 'Tech-Debt'] }), classification)).toBe(true);
    expect(isTechnical(issue('AB-1', { components: ['Platform'] }), classification)).toBe(true);
    expect(isTechnical(issue('AB-1', { labels: ['technical-writing'] }), classification)).toBe(false);
    expect(isTechnical(issue('AB-1'), classification)).toBe(false);
  });
});

describe('interleaving', () => {
  it('T F T F: pairs with technical above = 1 + 2 = 3 of 2 x 2', () => expect(interleaving(flags('TFTF'))).toBe(0.75));
  it('technical parked at the bottom gives 0', () => expect(interleaving(flags('FFTT'))).toBe(0));
  it('technical all on top gives 1', () => expect(interleaving(flags('TTFF'))).toBe(1));
  it('is null when every item is technical, or none is', () => {
    expect(interleaving(flags('TTT'))).toBeNull();
    expect(interleaving(flags('FF'))).toBeNull();
    expect(interleaving([])).toBeNull();
  });
});

describe('runs test', () => {
  it('T F T F: 4 runs, expected 3, variance 2/3, z = 1/sqrt(2/3)', () => {
    const r = runsTest(flags('TFTF'));
    expect(r.observed).toBe(4);
    expect(r.expected).toBe(3);
    expect(r.z).toBeCloseTo(1 / Math.sqrt(2 / 3), 10);
  });
  it('F F F T T T: 2 runs, expected 4, variance 1.2, z = -2/sqrt(1.2)', () => {
    const r = runsTest(flags('FFFTTT'));
    expect(r.observed).toBe(2);
    expect(r.expected).toBe(4);
    expect(r.z).toBeCloseTo(-2 / Math.sqrt(1.2), 10);
  });
  it('has no z when the variance is 0 (one of each)', () => expect(runsTest(flags('TF'))).toEqual({ observed: 2, expected: 2, z: null }));
  it('is undefined when every item is technical, or the backlog is empty', () => {
    expect(runsTest(flags('TTT'))).toEqual({ observed: 1, expected: null, z: null });
    expect(runsTest([])).toEqual({ observed: 0, expected: null, z: null });
  });
});

describe('fixed quota', () => {
  // Sprint n completes one technical item (T-n) and one functional item (F-n).
  const sprintWith = (id: number, technicalPoints: number, functionalPoints: number) => ({
    sprint: closedSprint(id, [`AB-${id}1`, `AB-${id}2`], technicalPoints + functionalPoints),
    issues: [
      issue(`AB-${id}1`, { estimate: technicalPoints, labels: ['debt'], status: { id: '3', name: 'Done', category: 'done' } }),
      issue(`AB-${id}2`, { estimate: functionalPoints, status: { id: '3', name: 'Done', category: 'done' } }),
    ],
  });
  const quotaOf = (parts: ReturnType<typeof sprintWith>[], minSprints = 4) =>
    fixedQuota(parts.map((p) => p.sprint), readBoardHistory(boardData(parts.flatMap((p) => p.issues))), classification, 'points', minSprints, 0.05);

  it('detects shares of 0.2, 0.25, 0.222 and 0.2, all within 0.05 of 20%', () => {
    const q = quotaOf([sprintWith(1, 2, 8), sprintWith(2, 3, 9), sprintWith(3, 2, 7), sprintWith(4, 1, 4)]);
    expect(q.detected).toBe(true);
    expect(q.shares.map((s) => s.sprintId)).toEqual([1, 2, 3, 4]);
    expect(q.shares[2].share).toBeCloseTo(2 / 9, 10);
    expect(q.mean).toBeCloseTo((0.2 + 0.25 + 2 / 9 + 0.2) / 4, 10);
  });
  it('does not detect shares that wander (0.1, 0.3, 0.2, 0.2)', () => {
    expect(quotaOf([sprintWith(1, 1, 9), sprintWith(2, 3, 7), sprintWith(3, 2, 8), sprintWith(4, 2, 8)]).detected).toBe(false);
  });
  it('needs at least quotaMinSprints sprints', () => {
    expect(quotaOf([sprintWith(1, 2, 8), sprintWith(2, 2, 8), sprintWith(3, 2, 8)]).detected).toBe(false);
  });
  it('does not call a share of 0 (no technical work) a quota', () => {
    expect(quotaOf([sprintWith(1, 0, 8), sprintWith(2, 0, 8), sprintWith(3, 0, 8), sprintWith(4, 0, 8)]).detected).toBe(false);
  });
  it('sizes each completed item by its estimate when the sprint closed, not by a later re-estimate', () => {
    const closedAt = (part: ReturnType<typeof sprintWith>, day: number) => ({ ...part, sprint: { ...part.sprint, completeDate: daysAgo(day) } });
    const parts = [closedAt(sprintWith(1, 2, 8), 60), closedAt(sprintWith(2, 2, 8), 46), closedAt(sprintWith(3, 2, 8), 32), closedAt(sprintWith(4, 2, 8), 18)];
    // AB-21 (technical, sprint 2) was re-estimated from 2 to 8 after that sprint closed; it is 8 now.
    const regrown = parts[1].issues[0];
    parts[1].issues[0] = { ...regrown, estimate: 8, changelog: [pointsChange(daysAgo(40), '2', '8')] };
    const q = quotaOf(parts);
    expect(q.shares.map((x) => x.share)).toEqual([0.2, 0.2, 0.2, 0.2]); // with today's estimate sprint 2 would be 8 / 16 = 0.5
    expect(q.detected).toBe(true);
  });
  it('gives null shares and no mean without closed sprints', () => {
    expect(fixedQuota([], readBoardHistory(boardData([])), classification, 'points', 4, 0.05)).toEqual({ detected: false, shares: [], mean: null });
  });
});

describe('median age', () => {
  it('in whole days', () => {
    const items = [issue('AB-1', { created: daysAgo(30.5) }), issue('AB-2', { created: daysAgo(50) }), issue('AB-3', { created: daysAgo(100) })];
    expect(medianAgeDays(items, NOW)).toBe(50);
    expect(medianAgeDays([issue('AB-1', { created: daysAgo(10) }), issue('AB-2', { created: daysAgo(21) })], NOW)).toBe(15.5);
  });
  it('is null for no items', () => expect(medianAgeDays([], NOW)).toBeNull());
});
