/**
 * The coach's answers (src/coach), built from the Forge tests' sample report of ABC ("Alphabet",
 * computed 22 Nov 2026 01:00 UTC; score 65, amber; signals "Sprints without a goal" (critical) and
 * "Work that keeps rolling over" (warning); Sprint 1 committed ABC-1 and ABC-2 and finished ABC-1),
 * here with one signal that could not be checked. Every sentence is written out by hand.
 */
import { healthAnswer } from '../../src/coach/health';
import { READINESS_QUESTION, readinessAnswer } from '../../src/coach/readiness';
import { findSignal, signalAnswer } from '../../src/coach/signal';
import { SPRINT_QUESTION, sprintAnswer } from '../../src/coach/sprint';
import type { Report } from '../../src/domain/report';
import { sampleReport } from '../forge/fixtures';

const FRESH = { stale: false, refreshing: false };
const report = (): Report => ({ ...sampleReport(), silentSignals: [{ id: 'absent-po', reason: 'No Product Owner is named in the settings.' }] });
const base = { project: { key: 'ABC', name: 'Alphabet' }, computedAt: '2026-11-22T01:00:00.000Z', freshness: null };

describe('health summary', () => {
  it('gives the score, the light, the areas and the signals most severe first', () => {
    expect(healthAnswer(report(), FRESH)).toEqual({
      ...base,
      answer:
        'Alphabet (ABC) scores 65 out of 100: Needs attention. Backlog 100, Sprints 65, Flow 100, Roles 100. 2 signals fire (1 critical and 1 warning): ' +
        'Sprints without a goal and Work that keeps rolling over. 1 signal could not be checked, so the score leaves it out.',
      score: 65,
      health: 'Needs attention',
      signals: [
        { id: 'missing-sprint-goal', title: 'Sprints without a goal', severity: 'critical', observation: '2 of the last 3 sprints started without a goal.', question: 'What is each sprint for?' },
        { id: 'chronic-carry-over', title: 'Work that keeps rolling over', severity: 'warning', observation: 'ABC-2 and ABC-1 went through 3 sprints unfinished; ABC-20 is fine.', question: 'What keeps ABC-2 from finishing?' },
      ],
      notChecked: [{ id: 'absent-po', reason: 'No Product Owner is named in the settings.' }],
    });
  });

  it('says first when the figures are old and a refresh is on its way', () => {
    expect(healthAnswer(report(), { stale: true, refreshing: true }).freshness).toBe(
      'These figures were computed on 22 Nov 2026, 01:00 UTC, a day ago or more. A refresh has started: ask again in a few minutes for newer ones.',
    );
    expect(healthAnswer(report(), { stale: false, refreshing: true }).freshness).toBe(
      'These figures were computed on 22 Nov 2026, 01:00 UTC. A refresh is on its way: ask again in a few minutes for newer ones.',
    );
  });

  it('says when nothing could be scored and no signal fires', () => {
    const quiet = { ...report(), signals: [], score: { ...report().score, total: null, trafficLight: null } };
    expect(healthAnswer(quiet, FRESH).answer).toBe(
      'Alphabet (ABC) has no score: none of its signals could be checked. No signal fires: nothing here asks for a conversation right now. 1 signal could not be checked, so the score leaves it out.',
    );
  });
});

describe('evidence of a signal', () => {
  it('finds a signal by id, by title in any case, or by a part of its title that only one has', () => {
    const signals = report().signals;
    expect(findSignal(signals, 'chronic-carry-over')?.id).toBe('chronic-carry-over');
    expect(findSignal(signals, '  sprints WITHOUT a goal ')?.id).toBe('missing-sprint-goal');
    expect(findSignal(signals, 'rolling')?.id).toBe('chronic-carry-over');
    expect(findSignal(signals, 's')).toBeUndefined(); // in both titles
  });

  it('gives the observation, the evidence by name, the question and the rule', () => {
    expect(signalAnswer(report(), 'Work that keeps rolling over', FRESH)).toEqual({
      ...base,
      answer:
        'Work that keeps rolling over (warning, for the Scrum Master): ABC-2 and ABC-1 went through 3 sprints unfinished; ABC-20 is fine. ' +
        'Evidence: issues ABC-1 and ABC-2; sprints Sprint 1. A question for the team: What keeps ABC-2 from finishing? The rule: carried over 3 or more sprints.',
      signal: {
        id: 'chronic-carry-over', title: 'Work that keeps rolling over', severity: 'warning', forRoles: 'Scrum Master',
        observation: 'ABC-2 and ABC-1 went through 3 sprints unfinished; ABC-20 is fine.',
        evidence: { issues: ['ABC-1', 'ABC-2'], sprints: ['Sprint 1'], people: [], dates: [] },
        rule: 'carried over 3 or more sprints', question: 'What keeps ABC-2 from finishing?',
      },
      firing: [{ id: 'chronic-carry-over', title: 'Work that keeps rolling over' }, { id: 'missing-sprint-goal', title: 'Sprints without a goal' }],
    });
  });

  it('says which signals fire when none goes by the name asked', () => {
    expect(signalAnswer(report(), 'Blame', FRESH)).toMatchObject({
      signal: null,
      answer: 'No signal called "Blame" fires for Alphabet (ABC). The signals that fire are: Work that keeps rolling over and Sprints without a goal.',
    });
  });
});

describe('items not ready', () => {
  it('lists the near-term items that are not ready, each with what it misses', () => {
    expect(readinessAnswer(report(), FRESH)).toEqual({
      ...base,
      answer: 'Near the top of the backlog of Alphabet (ABC), the work of the next sprints, 50% of the items are ready. Not ready: ABC-2 Secret item (no estimate).',
      nearTermCount: 2,
      readyShare: 0.5,
      notReady: [{ key: 'ABC-2', summary: 'Secret item', missing: ['no estimate'] }],
      question: READINESS_QUESTION,
    });
  });
});

describe('sprint report', () => {
  it('reports the last closed sprint when none is named, with the questions of the signals naming it', () => {
    expect(sprintAnswer(report(), undefined, FRESH)).toEqual({
      ...base,
      answer:
        'Sprint 1 of Alphabet (ABC) ran from 5 Jan 2026 to 16 Jan 2026, with the goal "Ship it" at its start. ' +
        'Committed at the start: 2 items. Added after the start: 0 items. Removed: 0 items. Completed: 1 item. Not completed: 1 item (ABC-2). ' +
        'Commitment reliability: 50%. Completion rate: 50%. Scope churn: 0%. Carry-over: 50%. Closed: on the planned day.',
      sprint: {
        id: 1, name: 'Sprint 1', goalAtStart: 'Ship it',
        committed: ['ABC-1', 'ABC-2'], added: [], removed: [], completed: ['ABC-1'], notCompleted: ['ABC-2'],
        scopeChanges: ['ABC-2 added on 7 Jan 2026, 09:00 UTC by Pat Owner'],
        figures: [
          { name: 'Commitment reliability', value: '50%' }, { name: 'Completion rate', value: '50%' }, { name: 'Scope churn', value: '0%' },
          { name: 'Carry-over', value: '50%' }, { name: 'Closed', value: 'on the planned day' },
        ],
      },
      closedSprints: ['Sprint 1'],
      questions: ['What keeps ABC-2 from finishing?', 'What is each sprint for?'],
    });
  });

  it('finds a sprint by name or id, and lists the closed sprints when none goes by the name asked', () => {
    expect(sprintAnswer(report(), ' sprint 1', FRESH).sprint?.id).toBe(1);
    expect(sprintAnswer(report(), '1', FRESH).sprint?.id).toBe(1);
    expect(sprintAnswer(report(), 'Sprint 9', FRESH)).toMatchObject({
      sprint: null,
      questions: [],
      answer: 'No closed sprint of Alphabet (ABC) is called "Sprint 9". The closed sprints, most recent first: Sprint 1.',
    });
    const noSignals = { ...report(), signals: [] };
    expect(sprintAnswer(noSignals, undefined, FRESH).questions).toEqual([SPRINT_QUESTION]);
  });
});
