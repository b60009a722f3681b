import { thinReadyRunwayRule } from '../../../src/signals/thin-ready-runway/evaluate';
import { overRefinedBacklogRule } from '../../../src/signals/over-refined-backlog/evaluate';
import { allRules } from '../../../src/signals/catalogue';

const backlogRules = allRules.filter((rule) => rule.declaration.area === 'backlog');
import type { RuleOutcome } from '../../../src/signals/rule';
import type { Signal } from '../../../src/domain/types';
import { context } from './context';

function fired(outcome: RuleOutcome): Signal {
  if (!('fired' in outcome)) throw new Error(`expected the rule to fire, got ${JSON.stringify(outcome)}`);
  return outcome.fired;
}

describe('the backlog rule list', () => {
  // Which backlog signals there are is pinned by the table of docs/signals.md (test/signals/docs.test.ts).
  it('speaks to the Product Owner with every backlog rule', () => {
    expect(backlogRules.length).toBeGreaterThan(0);
    for (const rule of backlogRules) expect({ id: rule.declaration.id, role: rule.declaration.role }).toEqual({ id: rule.declaration.id, role: 'PO' });
  });
  it('every rule is silent, with a reason, when there are no backlog figures', () => {
    for (const rule of backlogRules) {
      const outcome = rule.evaluate(context(undefined, { backlog: null }));
      expect('silent' in outcome && outcome.silent.length > 10).toBe(true);
    }
  });
});

describe('thin-ready-runway', () => {
  it('is quiet at 1 sprint or more', () => expect(thinReadyRunwayRule.evaluate(context((b) => (b.readyRunwaySprints = 1)))).toEqual({ quiet: true }));
  it('warns below 1 sprint, naming the unready near-term items', () => {
    const signal = fired(thinReadyRunwayRule.evaluate(context((b) => (b.readyRunwaySprints = 0.7))));
    expect(signal).toMatchObject({ id: 'thin-ready-runway', role: 'PO', area: 'backlog', severity: 'warning' });
    expect(signal.observation).toContain('0.7 sprints');
    expect(signal.observation).toContain('1 of 2 near-term items');
    expect(signal.evidence.issueKeys).toEqual(['AB-2']);
    expect(signal.rule).toBe('ready runway below 1 sprint (critical below 0.5)');
  });
  it('is critical below half a sprint', () => {
    expect(fired(thinReadyRunwayRule.evaluate(context((b) => (b.readyRunwaySprints = 0.4)))).severity).toBe('critical');
  });
  it('says so plainly when the backlog is empty (runway 0: critical)', () => {
    const signal = fired(thinReadyRunwayRule.evaluate(context((b) => Object.assign(b, { size: 0, nearTerm: [], readyRunwaySprints: 0 }))));
    expect(signal.severity).toBe('critical');
    expect(signal.observation).toBe('The backlog is empty, so nothing is ready for the sprint after the current one.');
  });
  it('is silent without a capacity', () => {
    expect(thinReadyRunwayRule.evaluate(context((b) => (b.readyRunwaySprints = null)))).toHaveProperty('silent');
  });
});

describe('over-refined-backlog', () => {
  it('is quiet with 3 sprints of runway and 30% over-specification', () => {
    expect(overRefinedBacklogRule.evaluate(context((b) => {
      b.readyRunwaySprints = 3;
      b.overSpecification.share = 0.3;
    }))).toEqual({ quiet: true });
  });
  it('warns on a long runway', () => {
    const signal = fired(overRefinedBacklogRule.evaluate(context((b) => (b.readyRunwaySprints = 4.2))));
    expect(signal.severity).toBe('warning');
    expect(signal.observation).toContain('4.2 sprints');
  });
  it('warns on detailed distant items, listing them', () => {
    const signal = fired(overRefinedBacklogRule.evaluate(context((b) => (b.overSpecification = { share: 0.4, distantCount: 10, detailedKeys: ['AB-20', 'AB-21', 'AB-22', 'AB-23'] }))));
    expect(signal.severity).toBe('warning');
    expect(signal.observation).toContain('4 of the 10 items');
    expect(signal.observation).toContain('40%');
    expect(signal.evidence.issueKeys).toEqual(['AB-20', 'AB-21', 'AB-22', 'AB-23']);
  });
  it('is critical at twice a threshold (runway above 6, or over-specification above 60%)', () => {
    expect(fired(overRefinedBacklogRule.evaluate(context((b) => (b.readyRunwaySprints = 6.5)))).severity).toBe('critical');
    expect(fired(overRefinedBacklogRule.evaluate(context((b) => (b.overSpecification.share = 0.7)))).severity).toBe('critical');
  });
  it('is silent when neither figure is known', () => {
    expect(overRefinedBacklogRule.evaluate(context((b) => {
      b.readyRunwaySprints = null;
      b.overSpecification.share = null;
    }))).toHaveProperty('silent');
  });
});
