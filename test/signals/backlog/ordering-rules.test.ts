import { churningPrioritiesRule } from '../../../src/signals/churning-priorities/evaluate';
import { frozenBacklogRule } from '../../../src/signals/frozen-backlog/evaluate';
import { committeeOrderingRule } from '../../../src/signals/committee-ordering/evaluate';
import { separateTechPoolRule } from '../../../src/signals/separate-tech-pool/evaluate';
import type { RuleOutcome } from '../../../src/signals/rule';
import type { Signal } from '../../../src/domain/types';
import { NOW, daysAgo, issue } from '../../analysis/backlog/fixtures';
import { newItems } from '../../../src/analysis/backlog/depth';
import type { BacklogSection } from '../../../src/domain/report';
import { context } from './context';

function fired(outcome: RuleOutcome): Signal {
  if (!('fired' in outcome)) throw new Error(`expected the rule to fire, got ${JSON.stringify(outcome)}`);
  return outcome.fired;
}

describe('churning-priorities', () => {
  /** Last week's top 10 survivors: `kept` of them still among today's top 10 survivors, the rest fallen below. */
  const week = (kept: number, newcomers: string[] = []) => (b: BacklogSection) => {
    const top = Array.from({ length: 10 }, (_, i) => `AB-${i + 1}`);
    b.ordering.top10Overlap = kept / 10;
    b.ordering.weekAgo = { takenAt: daysAgo(7), survivors: 30, keptKeys: top.slice(0, kept), fellKeys: top.slice(kept), leftCount: 1, leftKeys: ['AB-90'], newcomerCount: newcomers.length, newcomerKeys: newcomers };
  };

  it('is quiet when 5 of the 10 are kept (50%)', () => expect(churningPrioritiesRule.evaluate(context(week(5)))).toEqual({ quiet: true }));
  it('warns below 50%, listing the items that fell out of the top 10 and saying the newcomers apart', () => {
    const signal = fired(churningPrioritiesRule.evaluate(context(week(4, ['AB-50', 'AB-51']))));
    expect(signal.severity).toBe('warning');
    expect(signal.observation).toBe(
      'Of the 10 items at the top a week ago that are still in the backlog, only 4 are among today\'s top 10 of those items (40%). ' +
        'The overall similarity of the top 20 to last week\'s order, over the same items, is 0.8 on a scale from 0 to 1. ' +
        'Besides, 2 new items were put into the top 10; they are not counted here.',
    );
    expect(signal.evidence.issueKeys).toEqual(['AB-5', 'AB-6', 'AB-7', 'AB-8', 'AB-9', 'AB-10']);
    expect(signal.evidence.dates).toEqual([daysAgo(7), NOW.toISOString()]);
  });
  it('is critical below 25%', () => expect(fired(churningPrioritiesRule.evaluate(context(week(2)))).severity).toBe('critical'));
  it('is silent with no snapshot from a week ago, saying whether any copy exists', () => {
    const none = churningPrioritiesRule.evaluate(context((b) => {
      b.ordering.top10Overlap = null;
      b.ordering.snapshotCount = 0;
    }));
    const one = churningPrioritiesRule.evaluate(context((b) => {
      b.ordering.top10Overlap = null;
      b.ordering.snapshotCount = 1;
    }));
    expect(none).toHaveProperty('silent');
    expect(one).toHaveProperty('silent');
    expect(none).not.toEqual(one);
  });
  it('is silent when no item of a week ago is still in the backlog', () => {
    const outcome = churningPrioritiesRule.evaluate(context((b) => {
      b.ordering.top10Overlap = null;
      b.ordering.weekAgo = { takenAt: daysAgo(7), survivors: 0, keptKeys: [], fellKeys: [], leftCount: 1, leftKeys: ['AB-1'], newcomerCount: 1, newcomerKeys: ['AB-2'] };
    }));
    expect(outcome).toEqual({ silent: 'None of the items in the backlog a week ago is still in it, so there is no order to compare.' });
  });
});

describe('frozen-backlog', () => {
  const createdRecently = (count: number) => Array.from({ length: count }, (_, i) => issue(`AB-${i + 1}`, { created: daysAgo(i + 1) }));
  /** A backlog last re-ranked at `rerank`, whose new items are found among `count` recent items and one from 45 days ago. */
  const backlog = (rerank: string | null, count: number) => (b: BacklogSection) => {
    b.ordering.lastRerankAt = rerank;
    b.newItems = newItems([...createdRecently(count), issue('AB-99', { created: daysAgo(45) })], 30, NOW);
  };

  it('warns with no re-rank for 40 days while 10 items arrived', () => {
    const signal = fired(frozenBacklogRule.evaluate(context(backlog(daysAgo(40), 10))));
    expect(signal.severity).toBe('warning');
    expect(signal.observation).toBe('The backlog was last re-ranked 40 days ago, while 10 new items arrived in the last 30 days.');
    expect(signal.evidence.dates).toEqual([daysAgo(40)]);
    expect(signal.evidence.issueKeys).toHaveLength(10);
  });
  it('is quiet when only 9 items arrived', () => {
    expect(frozenBacklogRule.evaluate(context(backlog(daysAgo(40), 9)))).toEqual({ quiet: true });
  });
  it('is quiet after a recent re-rank', () => {
    expect(frozenBacklogRule.evaluate(context(backlog(daysAgo(29), 12)))).toEqual({ quiet: true });
  });
  it('is critical after 60 days, or with no re-rank in the history at all', () => {
    expect(fired(frozenBacklogRule.evaluate(context(backlog(daysAgo(61), 10)))).severity).toBe('critical');
    expect(fired(frozenBacklogRule.evaluate(context(backlog(null, 10)))).severity).toBe('critical');
  });
  it('is silent when the rank field is unknown', () => {
    const withoutRankField = (b: BacklogSection) => {
      backlog(null, 12)(b);
      b.ordering.rankFieldFound = false;
    };
    expect(frozenBacklogRule.evaluate(context(withoutRankField))).toHaveProperty('silent');
  });
});

describe('committee-ordering', () => {
  const rankers = (counts: number[]) => counts.map((changes, i) => ({ accountId: `user-${i + 1}`, changes }));
  it('is silent when the rank field is unknown', () => {
    expect(committeeOrderingRule.evaluate(context((b) => (b.ordering.rankFieldFound = false)))).toEqual({ silent: expect.stringContaining('rank field was not found') });
  });
  it('warns when 3 people re-rank and the top one makes 50%', () => {
    const signal = fired(committeeOrderingRule.evaluate(context((b) => {
      b.ordering.rankers = rankers([5, 3, 2]);
      b.ordering.distinctRankers = 3;
      b.ordering.topRankerShare = 0.5;
    })));
    expect(signal.severity).toBe('warning');
    expect(signal.observation).toBe('3 people changed the backlog order in the last 90 days (10 rank changes); the most active of them made 50% of the changes.');
    expect(signal.evidence.people).toEqual(['user-1', 'user-2', 'user-3']);
  });
  it('is quiet with only 2 rankers, or a clear leader at 60%', () => {
    expect(committeeOrderingRule.evaluate(context((b) => Object.assign(b.ordering, { distinctRankers: 2, topRankerShare: 0.5 })))).toEqual({ quiet: true });
    expect(committeeOrderingRule.evaluate(context((b) => Object.assign(b.ordering, { distinctRankers: 4, topRankerShare: 0.6 })))).toEqual({ quiet: true });
  });
  it('is critical when the top ranker makes under 30%', () => {
    const outcome = committeeOrderingRule.evaluate(context((b) => Object.assign(b.ordering, { rankers: rankers([1, 1, 1, 1]), distinctRankers: 4, topRankerShare: 0.25 })));
    expect(fired(outcome).severity).toBe('critical');
  });
  it('is quiet with no rank changes at all', () => {
    expect(committeeOrderingRule.evaluate(context((b) => Object.assign(b.ordering, { rankers: [], distinctRankers: 0, topRankerShare: null })))).toEqual({ quiet: true });
  });
});

describe('separate-tech-pool', () => {
  it('is quiet when technical work is interleaved', () => expect(separateTechPoolRule.evaluate(context())).toEqual({ quiet: true }));
  it('warns when technical items are parked at the bottom', () => {
    const signal = fired(separateTechPoolRule.evaluate(context((b) => (b.technical.interleaving = 0.15))));
    expect(signal.severity).toBe('warning');
    expect(signal.observation).toContain('15% of the time');
    expect(signal.observation).toContain('bottom');
    expect(signal.evidence.issueKeys).toEqual(['AB-1', 'AB-4', 'AB-7', 'AB-10']);
  });
  it('warns when they are walled off at the top, and is critical beyond 0.9', () => {
    expect(fired(separateTechPoolRule.evaluate(context((b) => (b.technical.interleaving = 0.85)))).observation).toContain('top');
    expect(fired(separateTechPoolRule.evaluate(context((b) => (b.technical.interleaving = 0.95)))).severity).toBe('critical');
    expect(fired(separateTechPoolRule.evaluate(context((b) => (b.technical.interleaving = 0.05)))).severity).toBe('critical');
  });
  it('stays quiet with fewer than 10 technical items', () => {
    expect(separateTechPoolRule.evaluate(context((b) => Object.assign(b.technical, { interleaving: 0.05, technicalCount: 9 })))).toEqual({ quiet: true });
  });
  it('warns on a fixed quota, naming the sprints', () => {
    const shares = [1, 2, 3, 4, 5].map((sprintId) => ({ sprintId, share: 0.2 }));
    const signal = fired(separateTechPoolRule.evaluate(context((b) => (b.technical.quota = { detected: true, shares, mean: 0.2 }))));
    expect(signal.severity).toBe('warning');
    expect(signal.observation).toBe('In the last 4 sprints technical work made up 20%, 20%, 20%, 20% of the completed work, close to a fixed share of about 20%.');
    expect(signal.evidence.sprintIds).toEqual([2, 3, 4, 5]);
  });
  it('is critical with a quota and a parked pool together', () => {
    const outcome = separateTechPoolRule.evaluate(context((b) => {
      b.technical.interleaving = 0.15;
      b.technical.quota = { detected: true, shares: [{ sprintId: 1, share: 0.2 }], mean: 0.2 };
    }));
    expect(fired(outcome).severity).toBe('critical');
  });
});
