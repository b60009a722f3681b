import { poAssignsWorkRule } from '../../../src/signals/po-assigns-work/evaluate';
import { smOrdersBacklogRule } from '../../../src/signals/sm-orders-backlog/evaluate';
import { onePersonTwoRolesRule } from '../../../src/signals/one-person-two-roles/evaluate';
import { absentPoRule } from '../../../src/signals/absent-po/evaluate';
import type { RuleOutcome } from '../../../src/signals/rule';
import type { Signal } from '../../../src/domain/types';
import { analyseRoles } from '../../../src/analysis/roles/section';
import { analyseSprints } from '../../../src/analysis/sprints/section';
import { NOW as ROLES_NOW, rolesData } from '../../analysis/roles/fixtures';
import { context, roles, running, section, unobservedGoal, withRoles } from '../context';
import { boardInput } from '../../analysis/history/board-input';

function firedSignal(outcome: RuleOutcome): Signal {
  if (!('fired' in outcome)) throw new Error(`expected the rule to fire, got ${JSON.stringify(outcome)}`);
  return outcome.fired;
}

const activeSprint = { id: 5, name: 'Sprint 5', startDate: '2026-02-16T09:00:00.000+0000', endDate: null, goal: null, issueCount: 3, ...unobservedGoal(null), impediments: [], ...running() };

describe('po-assigns-work', () => {
  const counts = (po: number, others: number) => roles({ productOwners: ['paula'], assigneeChangesBy: [{ accountId: 'paula', changes: po }, { accountId: 'dev', changes: others }] });

  it('is silent without a named PO', () => {
    expect(poAssignsWorkRule.evaluate(context({ roles: counts(5, 5) }))).toEqual({ silent: expect.stringContaining('No Product Owner is named') });
  });

  it('fires above 30% of 10+ changes, critical from 60%', () => {
    const settings = withRoles(['paula'], []);
    const warning = firedSignal(poAssignsWorkRule.evaluate(context({ settings, roles: counts(4, 6) })));
    expect(warning.severity).toBe('warning');
    expect(warning.observation).toContain('Of 10 assignee changes');
    expect(warning.observation).toContain('4 (40%)');
    expect(firedSignal(poAssignsWorkRule.evaluate(context({ settings, roles: counts(6, 4) }))).severity).toBe('critical');
  });

  it('stays quiet at 30% or below 10 changes', () => {
    const settings = withRoles(['paula'], []);
    expect(poAssignsWorkRule.evaluate(context({ settings, roles: counts(3, 7) }))).toEqual({ quiet: true });
    expect(poAssignsWorkRule.evaluate(context({ settings, roles: counts(8, 1) }))).toEqual({ quiet: true });
  });

  it('lists the issues the PO assigned, from the history', () => {
    const settings = { ...withRoles(['paula'], []), thresholds: { ...withRoles([], []).thresholds, poAssignsWork: { shareAbove: 0.3, minChanges: 2, windowDays: 90 } } };
    const rolesSection = analyseRoles({ ...boardInput(rolesData), settings, now: ROLES_NOW });
    const signal = firedSignal(poAssignsWorkRule.evaluate(context({ settings, now: ROLES_NOW, roles: rolesSection })));
    expect(signal.evidence.issueKeys).toEqual(['R-1', 'R-6']); // the backlog item R-2 is not a sprint item
    expect(signal.evidence.people).toEqual(['paula']);
    expect(signal.severity).toBe('critical'); // 2 of 3 = 67%, at least twice the 30% threshold
  });
});

describe('sm-orders-backlog', () => {
  it('is silent without a named SM', () => {
    expect(smOrdersBacklogRule.evaluate(context())).toEqual({ silent: expect.stringContaining('No Scrum Master is named') });
  });

  it('fires when the SM makes 2 of 7 rank changes (29% > 20%), with the ranked issue', () => {
    const settings = withRoles(['paula'], ['sam']);
    const rolesSection = analyseRoles({ ...boardInput(rolesData), settings, now: ROLES_NOW });
    const signal = firedSignal(smOrdersBacklogRule.evaluate(context({ settings, now: ROLES_NOW, roles: rolesSection })));
    expect(signal.severity).toBe('warning');
    expect(signal.observation).toContain('Of 7 rank changes');
    expect(signal.observation).toContain('2 (29%)');
    expect(signal.evidence.issueKeys).toEqual(['R-2']);
  });

  it('is critical from 40% and quiet at 20% or with no rank changes', () => {
    const settings = withRoles([], ['sam']);
    const share = (sm: number, others: number) => roles({ rankChangesBy: [{ accountId: 'sam', changes: sm }, { accountId: 'paula', changes: others }] });
    expect(firedSignal(smOrdersBacklogRule.evaluate(context({ settings, roles: share(4, 6) }))).severity).toBe('critical');
    expect(smOrdersBacklogRule.evaluate(context({ settings, roles: share(2, 8) }))).toEqual({ quiet: true });
    expect(smOrdersBacklogRule.evaluate(context({ settings, roles: share(0, 0) }))).toEqual({ quiet: true });
  });
});

describe('one-person-two-roles', () => {
  it('is silent unless both roles are named', () => {
    expect(onePersonTwoRolesRule.evaluate(context({ settings: withRoles(['paula'], []) }))).toEqual({ silent: expect.stringContaining('do not name both') });
  });

  it('is critical for a sole PO who is also the sole SM, a warning when others share a role, quiet otherwise', () => {
    expect(firedSignal(onePersonTwoRolesRule.evaluate(context({ settings: withRoles(['paula'], ['paula']) }))).severity).toBe('critical');
    const shared = firedSignal(onePersonTwoRolesRule.evaluate(context({ settings: withRoles(['paula', 'petra'], ['paula']) })));
    expect(shared.severity).toBe('warning');
    expect(shared.evidence.people).toEqual(['paula']);
    expect(onePersonTwoRolesRule.evaluate(context({ settings: withRoles(['paula'], ['sam']) }))).toEqual({ quiet: true });
  });
});

describe('absent-po', () => {
  const settings = withRoles(['paula'], []);
  const sprints = section([], { active: activeSprint });

  it('is silent without a named PO and quiet outside a sprint', () => {
    expect(absentPoRule.evaluate(context({ sprints }))).toEqual({ silent: expect.stringContaining('No Product Owner is named') });
    expect(absentPoRule.evaluate(context({ settings, roles: roles({ lastPoBacklogActivity: null }) }))).toEqual({ quiet: true });
  });

  it('counts days since the last backlog activity: quiet at 14, warning at 15, critical after 28 or never', () => {
    // NOW is 2 Mar 2026 12:00 UTC.
    const since = (iso: string | null) => absentPoRule.evaluate(context({ settings, sprints, roles: roles({ productOwners: ['paula'], lastPoBacklogActivity: iso }) }));
    expect(since('2026-02-16T12:00:00.000Z')).toEqual({ quiet: true });
    const warning = firedSignal(since('2026-02-15T12:00:00.000Z'));
    expect(warning.severity).toBe('warning');
    expect(warning.observation).toContain('15 days ago');
    expect(firedSignal(since('2026-01-31T12:00:00.000Z')).severity).toBe('critical');
    expect(firedSignal(since(null)).severity).toBe('critical');
  });

  it('reads the active sprint and the activity from the analysed board', () => {
    const now = new Date('2026-03-10T12:00:00.000Z'); // 20 days after paula's last backlog rank (18 Feb)
    const rolesSection = analyseRoles({ ...boardInput(rolesData), settings, now });
    const sprintSection = analyseSprints({ ...boardInput(rolesData), settings, now });
    const signal = firedSignal(absentPoRule.evaluate(context({ settings, now, roles: rolesSection, sprints: sprintSection })));
    expect(signal.observation).toContain('20 days ago');
    expect(signal.evidence.sprintIds).toEqual([5]);
  });
});
