import { unfinishedSprintsRule } from '../../../src/signals/unfinished-sprints/evaluate';
import { chronicCarryOverRule } from '../../../src/signals/chronic-carry-over/evaluate';
import { unprotectedSprintRule } from '../../../src/signals/unprotected-sprint/evaluate';
import { missingSprintGoalRule } from '../../../src/signals/missing-sprint-goal/evaluate';
import { timeboxDriftRule } from '../../../src/signals/timebox-drift/evaluate';
import { lingeringImpedimentsRule } from '../../../src/signals/lingering-impediments/evaluate';
import { doneReopenedRule } from '../../../src/signals/done-reopened/evaluate';
import { allRules } from '../../../src/signals/catalogue';

const sprintRules = allRules.filter((rule) => rule.declaration.area === 'sprints');
import type { RuleOutcome } from '../../../src/signals/rule';
import type { Signal } from '../../../src/domain/types';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { recentlyStarted } from '../../../src/analysis/sprints/section';
import { boardData, person, sprint } from '../../analysis/sprints/fixtures';
import { context, directory, figures, running, section, unobservedGoal } from '../context';

function firedSignal(outcome: RuleOutcome): Signal {
  if (!('fired' in outcome)) throw new Error(`expected the rule to fire, got ${JSON.stringify(outcome)}`);
  return outcome.fired;
}

describe('every sprint rule', () => {
  it('is silent on a board whose sprint figures are missing (no sprint run yet, or unreadable), and says why', () => {
    for (const rule of sprintRules) {
      const outcome = rule.evaluate(context({ sprints: null }));
      expect(outcome).toEqual({ silent: expect.stringContaining('no sprint figures') });
    }
  });

  it('stays quiet on a board with no closed sprints', () => {
    for (const rule of sprintRules) expect(rule.evaluate(context())).toEqual({ quiet: true });
  });
});

describe('unfinished-sprints', () => {
  const rel = (values: (number | null)[]) => section(values.map((r, i) => figures(i + 1, { commitmentReliability: r })));

  it('fires as a warning when reliability is below 70% in 2 of the last 3', () => {
    const signal = firedSignal(unfinishedSprintsRule.evaluate(context({ sprints: rel([0.2, 0.9, 0.5, 0.6]) })));
    expect(signal.severity).toBe('warning');
    expect(signal.evidence.sprintIds).toEqual([3, 4]);
    expect(signal.observation).toContain('2 of the last 3');
    expect(signal.observation).toContain('Sprint 3 (50%)');
  });

  it('is critical when all 3 of the last 3 are below', () => {
    expect(firedSignal(unfinishedSprintsRule.evaluate(context({ sprints: rel([0.5, 0.6, 0.69]) }))).severity).toBe('critical');
  });

  it('stays quiet with one low sprint, at exactly 70%, or with no commitment (null)', () => {
    expect(unfinishedSprintsRule.evaluate(context({ sprints: rel([0.5, 0.9, 0.7]) }))).toEqual({ quiet: true });
    expect(unfinishedSprintsRule.evaluate(context({ sprints: rel([null, null, 0.5]) }))).toEqual({ quiet: true });
  });
});

describe('chronic-carry-over', () => {
  const chain = (key: string, ids: number[]) => ({ issueKey: key, summary: '', sprintIds: ids, done: false });
  const closed = [1, 2, 3, 4, 5, 6, 7].map((id) => figures(id));

  it('fires for an item carried over 3 sprints', () => {
    const signal = firedSignal(chronicCarryOverRule.evaluate(context({ sprints: section(closed, { carryOverChains: [chain('A-9', [5, 6, 7]), chain('A-8', [6, 7])] }) })));
    expect(signal.severity).toBe('warning');
    expect(signal.evidence.issueKeys).toEqual(['A-9']);
    expect(signal.evidence.sprintIds).toEqual([5, 6, 7]);
  });

  it('is critical at 6 sprints', () => {
    const signal = firedSignal(chronicCarryOverRule.evaluate(context({ sprints: section(closed, { carryOverChains: [chain('A-9', [2, 3, 4, 5, 6, 7])] }) })));
    expect(signal.severity).toBe('critical');
  });

  it('is critical with criticalItems (3) chronic items, a setting', () => {
    const chains = [chain('A-7', [5, 6, 7]), chain('A-8', [5, 6, 7]), chain('A-9', [5, 6, 7])];
    expect(firedSignal(chronicCarryOverRule.evaluate(context({ sprints: section(closed, { carryOverChains: chains }) }))).severity).toBe('critical');
    const two = chains.slice(0, 2);
    expect(firedSignal(chronicCarryOverRule.evaluate(context({ sprints: section(closed, { carryOverChains: two }) }))).severity).toBe('warning');
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.thresholds.chronicCarryOver.criticalItems = 2;
    const signal = firedSignal(chronicCarryOverRule.evaluate(context({ settings, sprints: section(closed, { carryOverChains: two }) })));
    expect(signal.severity).toBe('critical');
    expect(signal.rule).toContain('with 2 or more such items');
  });

  it('stays quiet for 2-sprint chains and for chains older than the trend window', () => {
    expect(chronicCarryOverRule.evaluate(context({ sprints: section(closed, { carryOverChains: [chain('A-8', [6, 7])] }) }))).toEqual({ quiet: true });
    // With a 2-sprint trend window (sprints 6 and 7), a chain through sprints 1 to 3 is history.
    const settings = { ...context().settings, trendSprints: 2 };
    expect(chronicCarryOverRule.evaluate(context({ settings, sprints: section(closed, { carryOverChains: [chain('A-7', [1, 2, 3])] }) }))).toEqual({ quiet: true });
  });
});

describe('unprotected-sprint', () => {
  const added = (key: string, by: string) => ({ issueKey: key, change: 'added' as const, at: '2026-01-07T10:00:00.000Z', by });
  const people = directory(person('olga'));

  it('fires when churn is above 20% in 2 of the last 3, naming who added items', () => {
    const sprints = section([
      figures(1, { scopeChurn: 0.5, scopeChanges: [added('A-5', 'olga'), added('A-6', 'olga')] }),
      figures(2, { scopeChurn: 0.1 }),
      figures(3, { scopeChurn: 0.25, scopeChanges: [added('A-7', 'ghost')] }),
    ]);
    const signal = firedSignal(unprotectedSprintRule.evaluate(context({ people, sprints })));
    expect(signal.severity).toBe('warning');
    expect(signal.evidence.people).toEqual(['olga', 'ghost']);
    expect(signal.evidence.issueKeys).toEqual(['A-5', 'A-6', 'A-7']);
    expect(signal.observation).toContain('OLGA (2)');
    expect(signal.observation).toContain('a person not named in the data (1)');
  });

  it('stays quiet at exactly 20% and is critical in 3 of 3', () => {
    expect(unprotectedSprintRule.evaluate(context({ sprints: section([figures(1, { scopeChurn: 0.2 }), figures(2, { scopeChurn: 0.2 })]) }))).toEqual({ quiet: true });
    const all = section([1, 2, 3].map((id) => figures(id, { scopeChurn: 0.3 })));
    expect(firedSignal(unprotectedSprintRule.evaluate(context({ sprints: all }))).severity).toBe('critical');
  });
});

describe('missing-sprint-goal', () => {
  /** A context whose sprint section holds the last 3 started sprints of `data`, as the sprint figures find them. */
  const startedSprints = (data: ReturnType<typeof boardData>) => context({ sprints: section([], { recentlyStarted: recentlyStarted(data, 3) }) });
  const started = (id: number, goal: string | null, day: number) =>
    sprint(id, `2026-01-${String(day).padStart(2, '0')}T09:00:00.000Z`, null, `2026-01-${String(day + 1).padStart(2, '0')}T09:00:00.000Z`, { goal });

  it('fires for one empty goal among the last 3 started sprints, critical for all 3', () => {
    const one = boardData([], [started(1, null, 1), started(2, 'Goal', 5), started(3, '  ', 9), started(4, 'Goal', 12)]);
    const signal = firedSignal(missingSprintGoalRule.evaluate(startedSprints(one)));
    expect(signal.severity).toBe('warning');
    expect({ role: signal.role, alsoFor: signal.alsoFor }).toEqual({ role: 'SM', alsoFor: ['PO'] }); // docs/signals.md: the Scrum Master, with the Product Owner
    expect(signal.evidence.sprintIds).toEqual([3]);
    const none = boardData([], [started(1, null, 1), started(2, null, 5), started(3, null, 9)]);
    expect(firedSignal(missingSprintGoalRule.evaluate(startedSprints(none))).severity).toBe('critical');
  });

  it('judges the goal a sprint started with, as observed, not the goal it has now', () => {
    const observed = (at: string, goal: string | null) => ({ at, goal });
    // Sprint 2 started on 5 Jan without a goal (seen the night before) and got one later; sprint 3's goal was cleared after its start.
    const data = boardData([], [started(1, 'Goal', 1), started(2, 'Set later', 5), started(3, null, 9)], {
      sprintGoals: {
        2: [observed('2026-01-05T01:00:00.000Z', null), observed('2026-01-06T01:00:00.000Z', 'Set later')],
        3: [observed('2026-01-08T01:00:00.000Z', 'Refunds'), observed('2026-01-10T01:00:00.000Z', null)],
      },
    });
    const signal = firedSignal(missingSprintGoalRule.evaluate(startedSprints(data)));
    expect(signal.evidence.sprintIds).toEqual([2]);
    expect(signal.observation).toBe('1 sprint of the last 3 started without a goal: Sprint 2.');
  });

  it('says when the goal at the start is only known from a look after the start', () => {
    const data = boardData([], [started(1, 'Goal', 1), started(2, 'Goal', 5), started(3, null, 9)], { sprintGoals: { 3: [{ at: '2026-01-10T01:00:00.000Z', goal: null }] } });
    const signal = firedSignal(missingSprintGoalRule.evaluate(startedSprints(data)));
    expect(signal.evidence.sprintIds).toEqual([3]);
    expect(signal.observation).toContain('Sprint 3 (first seen by the app after it started, on 2026-01-10)');
    expect(signal.observation).toContain('the goal it started with is not known for sure');
  });

  it('stays quiet when every recent sprint has a goal (future sprints do not count)', () => {
    const data = boardData([], [started(1, null, 1), started(2, 'a', 5), started(3, 'b', 9), started(4, 'c', 12), sprint(5, null, null, null, { goal: null })]);
    expect(missingSprintGoalRule.evaluate(startedSprints(data))).toEqual({ quiet: true });
  });
});

describe('timebox-drift', () => {
  it('fires when a sprint closed more than 1 working day late', () => {
    const signal = firedSignal(timeboxDriftRule.evaluate(context({ sprints: section([figures(1), figures(2, { lateWorkingDays: 2 })]) })));
    expect(signal.severity).toBe('warning');
    expect(signal.evidence.sprintIds).toEqual([2]);
    expect(signal.observation).toContain('Sprint 2: 2 days late');
  });

  it('fires when planned lengths vary by more than 2 working days, and is critical with 3 late sprints', () => {
    const varied = firedSignal(timeboxDriftRule.evaluate(context({ sprints: section([figures(1, { plannedWorkingDays: 9 }), figures(2, { plannedWorkingDays: 12 })]) })));
    expect(varied.observation).toContain('from 9 to 12 working days');
    const late = section([1, 2, 3].map((id) => figures(id, { lateWorkingDays: 3 })));
    expect(firedSignal(timeboxDriftRule.evaluate(context({ sprints: late }))).severity).toBe('critical');
    // criticalLateSprints is a setting: with 4, three late sprints are a warning.
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.thresholds.timeboxDrift.criticalLateSprints = 4;
    expect(firedSignal(timeboxDriftRule.evaluate(context({ settings, sprints: late }))).severity).toBe('warning');
  });

  it('stays quiet one day late with lengths 2 days apart', () => {
    expect(timeboxDriftRule.evaluate(context({ sprints: section([figures(1, { lateWorkingDays: 1, plannedWorkingDays: 9 }), figures(2, { plannedWorkingDays: 7 })]) }))).toEqual({ quiet: true });
  });
});

describe('lingering-impediments', () => {
  const period = (key: string, days: number) => ({ issueKey: key, from: '2026-01-06T09:00:00.000Z', to: '2026-01-09T09:00:00.000Z', workingDays: days });

  it('fires above 2 working days, critical above 4', () => {
    const warning = firedSignal(lingeringImpedimentsRule.evaluate(context({ sprints: section([figures(1, { impediments: [period('A-1', 3), period('A-2', 2)] })]) })));
    expect(warning.severity).toBe('warning');
    expect(warning.evidence.issueKeys).toEqual(['A-1']);
    const critical = firedSignal(lingeringImpedimentsRule.evaluate(context({ sprints: section([figures(1, { impediments: [period('A-1', 5)] })]) })));
    expect(critical.severity).toBe('critical');
  });

  it('names an item flagged in two sprints once, with its longest spell', () => {
    const sprints = section([
      figures(1, { impediments: [period('A-1', 4), period('A-2', 3)] }),
      figures(2, { impediments: [period('A-1', 3)] }), // A-1 was still flagged when it was carried over
    ]);
    const signal = firedSignal(lingeringImpedimentsRule.evaluate(context({ sprints })));
    expect(signal.observation).toBe(
      '2 items were flagged for more than 2 working days during a sprint, the longest for 4 (each item with its longest spell): ' +
        'A-1 (4 working days, the longest of 2 such spells), A-2 (3 working days).',
    );
    expect(signal.evidence.issueKeys).toEqual(['A-1', 'A-2']);
    expect(signal.evidence.sprintIds).toEqual([1, 2]);
  });

  it('stays quiet at 2 working days', () => {
    expect(lingeringImpedimentsRule.evaluate(context({ sprints: section([figures(1, { impediments: [period('A-1', 2)] })]) }))).toEqual({ quiet: true });
  });

  it('also looks at the active sprint so far', () => {
    // Flagged Mon 23 Feb 10:00, still flagged at now (Mon 2 Mar 12:00): 5 working days.
    const soFar = { issueKey: 'B-1', from: '2026-02-23T10:00:00.000Z', to: null, workingDays: 5 };
    const active = { id: 9, name: 'Sprint 9', startDate: '2026-02-23T09:00:00.000Z', endDate: '2026-03-06T17:00:00.000Z', goal: null, issueCount: 1, ...unobservedGoal(null), impediments: [soFar], ...running() };
    const signal = firedSignal(lingeringImpedimentsRule.evaluate(context({ sprints: section([], { active }) })));
    expect(signal.evidence.issueKeys).toEqual(['B-1']);
    expect(signal.evidence.sprintIds).toEqual([9]);
    expect(signal.observation).toContain('B-1 (5 working days, still flagged at the sprint’s end or now)');
  });
});

describe('done-reopened', () => {
  const reopen = (key: string, at: string) => ({ issueKey: key, at, by: 'qa' });

  it('fires for one reopened item, counting an item seen by two sprints once', () => {
    const sprints = section([figures(1, { reopened: [reopen('A-1', '2026-01-20T10:00:00.000Z')] }), figures(2, { reopened: [reopen('A-1', '2026-01-20T10:00:00.000Z')] })]);
    const signal = firedSignal(doneReopenedRule.evaluate(context({ sprints })));
    expect(signal.severity).toBe('warning');
    expect(signal.observation).toContain('1 item moved out of a done status 1 time');
    expect(signal.evidence.people).toEqual(['qa']);
  });

  it('is critical when it happened in 3 sprints, quiet when it did not happen', () => {
    const three = section([1, 2, 3].map((id) => figures(id, { reopened: [reopen(`A-${id}`, `2026-01-2${id}T10:00:00.000Z`)] })));
    expect(firedSignal(doneReopenedRule.evaluate(context({ sprints: three }))).severity).toBe('critical');
    expect(doneReopenedRule.evaluate(context({ sprints: section([figures(1)]) }))).toEqual({ quiet: true });
    // criticalSprints is a setting: with 2, two such sprints are critical.
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.thresholds.doneReopened.criticalSprints = 2;
    const two = section([1, 2].map((id) => figures(id, { reopened: [reopen(`A-${id}`, `2026-01-2${id}T10:00:00.000Z`)] })));
    expect(firedSignal(doneReopenedRule.evaluate(context({ sprints: two }))).severity).toBe('warning');
    expect(firedSignal(doneReopenedRule.evaluate(context({ settings, sprints: two }))).severity).toBe('critical');
  });
});
