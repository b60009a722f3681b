import { allRules, evaluateSignals } from '../../src/signals/catalogue';
import { SIGNAL, SIGNAL_DECLARATIONS } from '../../src/signals/declarations';
import { declareSignal } from '../../src/signals/declare';
import { type Finding, defineRule } from '../../src/signals/rule';
import type { Signal } from '../../src/domain/types';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { context } from './context';

const finding = (severity: Signal['severity']): Finding => ({ severity, observation: '', question: '', rule: '', evidence: { issueKeys: [], sprintIds: [], people: [], dates: [] } });

const rule = (id: string, area: Signal['area'], severity: Signal['severity'] | 'quiet' | 'silent' | 'throws') =>
  defineRule(declareSignal({ id, name: `Name of ${id}`, role: 'team', alsoFor: [], area, thresholds: {}, checks: [] }), () => {
    if (severity === 'quiet') return { quiet: true };
    if (severity === 'silent') return { silent: 'no data' };
    if (severity === 'throws') throw new Error('unexpected shape');
    return { fired: finding(severity) };
  });

describe('the catalogue', () => {
  it('holds every signal of the product brief once', () => {
    const ids = allRules.map((r) => r.declaration.id).sort();
    expect(ids).toEqual([
      'absent-po', 'chronic-carry-over', 'churning-priorities', 'committee-ordering', 'done-reopened', 'frozen-backlog',
      'lingering-impediments', 'missing-sprint-goal', 'one-person-two-roles', 'over-refined-backlog', 'po-assigns-work',
      'separate-tech-pool', 'sm-orders-backlog', 'thin-ready-runway', 'timebox-drift', 'unfinished-sprints', 'unprotected-sprint',
    ]);
  });

  it('pairs each declaration with its own rule, in the order of the declarations', () => {
    expect(allRules.map((r) => r.declaration)).toEqual([...SIGNAL_DECLARATIONS]);
    allRules.forEach((r, i) => expect(r.declaration).toBe(SIGNAL_DECLARATIONS[i]));
  });

  it('gives each signal the roles of the product brief: one lead role, and the Product Owner beside the Scrum Master for goals', () => {
    const roles = Object.fromEntries(SIGNAL_DECLARATIONS.map((s) => [s.id, [s.role, ...s.alsoFor].join(' + ')]));
    expect(roles).toEqual({
      'unfinished-sprints': 'SM', 'chronic-carry-over': 'SM', 'unprotected-sprint': 'SM', 'missing-sprint-goal': 'SM + PO',
      'timebox-drift': 'SM', 'lingering-impediments': 'SM', 'thin-ready-runway': 'PO', 'over-refined-backlog': 'PO',
      'churning-priorities': 'PO', 'frozen-backlog': 'PO', 'committee-ordering': 'PO', 'separate-tech-pool': 'PO',
      'po-assigns-work': 'PO', 'sm-orders-backlog': 'SM', 'one-person-two-roles': 'team', 'absent-po': 'PO', 'done-reopened': 'team',
    });
  });

  it('keys each signal by its id in camel case', () => {
    expect(SIGNAL.thinReadyRunway.id).toBe('thin-ready-runway');
    expect(SIGNAL.poAssignsWork.id).toBe('po-assigns-work');
    expect(Object.keys(SIGNAL)).toHaveLength(SIGNAL_DECLARATIONS.length);
  });

  it('sorts fired signals most severe first, then by area, and keeps silent ones with their reason', () => {
    const rules = [
      rule('w-sprints', 'sprints', 'warning'),
      rule('c-sprints', 'sprints', 'critical'),
      rule('w-backlog', 'backlog', 'warning'),
      rule('i-roles', 'roles', 'info'),
      rule('c-roles', 'roles', 'critical'),
      rule('q', 'backlog', 'quiet'),
      rule('s', 'roles', 'silent'),
    ];
    const { signals, silent } = evaluateSignals(context(), rules);
    expect(signals.map((s) => s.id)).toEqual(['c-roles', 'c-sprints', 'w-backlog', 'w-sprints', 'i-roles']);
    expect(silent).toEqual([{ id: 's', reason: 'no data' }]);
  });

  it('turns a rule that throws into a silent signal instead of failing the report', () => {
    const { signals, silent } = evaluateSignals(context(), [rule('boom', 'sprints', 'throws'), rule('ok', 'sprints', 'warning')]);
    expect(signals.map((s) => s.id)).toEqual(['ok']);
    expect(silent).toEqual([{ id: 'boom', reason: expect.stringContaining('unexpected shape') }]);
  });
});

describe('a rule', () => {
  it('stamps its declaration onto what the evaluation finds: id, role, other roles, area and the name as title', () => {
    const declaration = declareSignal({ id: 'a-test-signal', name: 'A test signal', role: 'SM', alsoFor: ['PO'], area: 'sprints', thresholds: {}, checks: [] });
    // Even an evaluation that tries to name itself otherwise is stamped with its declaration.
    const impostor = { ...finding('warning'), id: 'something-else', role: 'team', area: 'backlog', title: 'Another name' } as Finding;
    const outcome = defineRule(declaration, () => ({ fired: impostor })).evaluate(context());
    expect(outcome).toEqual({
      fired: { id: 'a-test-signal', role: 'SM', alsoFor: ['PO'], area: 'sprints', severity: 'warning', title: 'A test signal', observation: '', evidence: finding('warning').evidence, question: '', rule: '' },
    });
  });

  it('runs its evaluation with its own thresholds from the settings', () => {
    const seen: unknown[] = [];
    defineRule(SIGNAL.frozenBacklog, (_ctx, thresholds) => {
      seen.push(thresholds);
      return { quiet: true };
    }).evaluate(context());
    expect(seen).toEqual([DEFAULT_SETTINGS.thresholds.frozenBacklog]);
  });
});
