import { allRules, evaluateSignals } from '../../src/signals/catalogue';
import { SIGNAL, SIGNAL_DECLARATIONS } from '../../src/signals/declarations';
import { declareSignal, thresholdKey } from '../../src/signals/declare';
import { type Finding, defineRule } from '../../src/signals/rule';
import type { Signal } from '../../src/domain/types';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { context, figures, section } from './context';

const finding = (severity: Signal['severity']): Finding => ({ severity, observation: '', question: '', rule: '', evidence: { issueKeys: [], sprintIds: [], people: [], dates: [] } });

const rule = (id: string, area: Signal['area'], severity: Signal['severity'] | 'quiet' | 'silent' | 'throws') =>
  defineRule(declareSignal({ id, name: `Name of ${id}`, role: 'team', alsoFor: [], area, thresholds: {}, checks: [] }), () => {
    if (severity === 'quiet') return { quiet: true };
    if (severity === 'silent') return { silent: 'no data' };
    if (severity === 'throws') throw new Error('unexpected shape');
    return { fired: finding(severity) };
  });

describe('the catalogue', () => {
  // Which signals there are, with their names, roles and areas, is pinned by the table of
  // docs/signals.md (test/signals/docs.test.ts); here, what every declaration must be.
  it('holds each signal once, under an id in kebab case, and each group of thresholds under its own key', () => {
    const ids = SIGNAL_DECLARATIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/);
    expect(Object.keys(SIGNAL)).toEqual(ids.map(thresholdKey));
    expect(new Set(Object.keys(SIGNAL)).size).toBe(ids.length);
  });

  it('declares for each threshold a default its own schema accepts, and checks between thresholds it has', () => {
    for (const signal of SIGNAL_DECLARATIONS) {
      for (const [name, t] of Object.entries(signal.thresholds)) {
        const { minimum = -Infinity, maximum = Infinity, exclusiveMinimum = -Infinity } = t.schema;
        const fits = t.default >= minimum && t.default <= maximum && t.default > exclusiveMinimum && (t.schema.type === 'number' || Number.isInteger(t.default));
        expect({ signal: signal.id, name, fits, labelled: t.label.length > 10 }).toEqual({ signal: signal.id, name, fits: true, labelled: true });
      }
      for (const check of signal.checks) expect([check.field, check.other].every((f) => f in signal.thresholds)).toBe(true);
    }
  });

  it('pairs each declaration with its own rule, in the order of the declarations', () => {
    expect(allRules.map((r) => r.declaration)).toEqual([...SIGNAL_DECLARATIONS]);
    allRules.forEach((r, i) => expect(r.declaration).toBe(SIGNAL_DECLARATIONS[i]));
  });

  it('gives each signal one lead role, and only missing-sprint-goal another (the Product Owner beside the Scrum Master)', () => {
    expect(SIGNAL.missingSprintGoal).toMatchObject({ role: 'SM', alsoFor: ['PO'] });
    expect(SIGNAL_DECLARATIONS.filter((s) => s.alsoFor.length > 0).map((s) => s.id)).toEqual([SIGNAL.missingSprintGoal.id]);
    for (const s of SIGNAL_DECLARATIONS) expect(['PO', 'SM', 'team']).toContain(s.role);
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

  it('does not run the signals the settings switch off, and lists them apart', () => {
    let ran = false;
    const watched = defineRule(SIGNAL.absentPo, () => {
      ran = true;
      return { fired: finding('critical') };
    });
    const settings = { ...DEFAULT_SETTINGS, switchedOffSignals: ['absent-po' as const] };
    const outcome = evaluateSignals(context({ settings }), [watched, rule('w-backlog', 'backlog', 'warning')]);
    expect([ran, outcome.switchedOff, outcome.signals.map((s) => s.id), outcome.silent, outcome.notApplicable]).toEqual([false, ['absent-po'], ['w-backlog'], [], []]);
  });

  it('on a board without sprints, lists the sprint signals as not applicable without running them, and runs the rest', () => {
    const rules = [rule('w-sprints', 'sprints', 'warning'), rule('s-sprints', 'sprints', 'silent'), rule('w-backlog', 'backlog', 'warning'), rule('s-roles', 'roles', 'silent')];
    const outcome = evaluateSignals(context({ runsSprints: false }), rules);
    const reason = 'This board runs no sprints (it is a Kanban board), so a rule about sprints does not apply to it.';
    expect(outcome).toEqual({
      signals: [expect.objectContaining({ id: 'w-backlog' })],
      silent: [{ id: 's-roles', reason: 'no data' }],
      notApplicable: [{ id: 'w-sprints', reason }, { id: 's-sprints', reason }],
      switchedOff: [],
    });
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

  it('lists the sprints of its evidence in the order they ran, whatever order the evaluation gave', () => {
    const declaration = declareSignal({ id: 'a-test-signal', name: 'A test signal', role: 'SM', alsoFor: [], area: 'sprints', thresholds: {}, checks: [] });
    const found = { ...finding('warning'), evidence: { issueKeys: [], sprintIds: [16, 9, 15], people: [], dates: [] } };
    const sprints = section([figures(15, { startDate: '2026-01-05T09:00:00.000Z' }), figures(9, { startDate: '2026-01-19T09:00:00.000Z' }), figures(16, { startDate: '2026-02-02T09:00:00.000Z' })]);
    const outcome = defineRule(declaration, () => ({ fired: found })).evaluate(context({ sprints }));
    expect('fired' in outcome && outcome.fired.evidence.sprintIds).toEqual([15, 9, 16]);
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
