import { allRules, evaluateSignals } from '../../src/signals/catalogue';
import type { SignalRule } from '../../src/signals/rule';
import type { Signal } from '../../src/domain/types';
import { context } from './context';

const rule = (id: string, area: Signal['area'], severity: Signal['severity'] | 'quiet' | 'silent' | 'throws'): SignalRule => ({
  id,
  role: 'team',
  area,
  evaluate() {
    if (severity === 'quiet') return { quiet: true };
    if (severity === 'silent') return { silent: 'no data' };
    if (severity === 'throws') throw new Error('unexpected shape');
    return { fired: { id, role: 'team', alsoFor: [], area, severity, title: id, observation: '', question: '', rule: '', evidence: { issueKeys: [], sprintIds: [], people: [], dates: [] } } };
  },
});

describe('the catalogue', () => {
  it('holds every signal of the product brief once', () => {
    const ids = allRules.map((r) => r.id).sort();
    expect(ids).toEqual([
      'absent-po', 'chronic-carry-over', 'churning-priorities', 'committee-ordering', 'done-reopened', 'frozen-backlog',
      'lingering-impediments', 'missing-sprint-goal', 'one-person-two-roles', 'over-refined-backlog', 'po-assigns-work',
      'separate-tech-pool', 'sm-orders-backlog', 'thin-ready-runway', 'timebox-drift', 'unfinished-sprints', 'unprotected-sprint',
    ]);
  });

  it('gives each rule the roles of the product brief: one lead role, and the Product Owner beside the Scrum Master for goals', () => {
    const roles = Object.fromEntries(allRules.map((r) => [r.id, [r.role, ...(r.alsoFor ?? [])].join(' + ')]));
    expect(roles).toEqual({
      'unfinished-sprints': 'SM', 'chronic-carry-over': 'SM', 'unprotected-sprint': 'SM', 'missing-sprint-goal': 'SM + PO',
      'timebox-drift': 'SM', 'lingering-impediments': 'SM', 'thin-ready-runway': 'PO', 'over-refined-backlog': 'PO',
      'churning-priorities': 'PO', 'frozen-backlog': 'PO', 'committee-ordering': 'PO', 'separate-tech-pool': 'PO',
      'po-assigns-work': 'PO', 'sm-orders-backlog': 'SM', 'one-person-two-roles': 'team', 'absent-po': 'PO', 'done-reopened': 'team',
    });
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
