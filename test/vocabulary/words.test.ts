import {
  HEALTH_WORD,
  SEVERITY_NAME,
  UNKNOWN_PERSON,
  areaScoreValue,
  bySeverity,
  checkedInWords,
  failedChecksInWords,
  healthWord,
  readyChecksInWords,
  scoreArithmetic,
  scoreTerms,
  personName,
  rolesInWords,
  scoreValue,
  scoreWithGaps,
  sprintNamer,
} from '../../src/vocabulary';
import { makeReport } from '../report/format/fixture';

describe('health and severity words', () => {
  it('says the traffic light as the page says it, everywhere', () => {
    expect(HEALTH_WORD).toEqual({ green: 'Healthy', amber: 'Needs attention', red: 'At risk' });
    expect(healthWord('red')).toBe('At risk');
    expect(healthWord(null)).toBe('No score');
  });

  it('names a score that could not be assessed, and the areas a total leaves out', () => {
    expect(scoreValue(55)).toBe('55');
    expect(scoreValue(0)).toBe('0');
    expect(scoreValue(null)).toBe('Not assessed');
    expect(scoreWithGaps(100, ['sprints'])).toBe('100 (sprints not assessed)');
    expect(scoreWithGaps(70, ['sprints', 'roles'])).toBe('70 (sprints and roles not assessed)');
    expect(scoreWithGaps(70, [])).toBe('70');
    expect(scoreWithGaps(null, ['backlog', 'sprints', 'roles'])).toBe('Not assessed');
  });

  it('says a provisional score as such, with no health but "Not enough data yet"', () => {
    expect(healthWord(null, true)).toBe('Not enough data yet');
    expect(scoreWithGaps(100, [], true)).toBe('100 (provisional)');
    expect(scoreWithGaps(80, ['roles'], true)).toBe('80 (provisional; roles not assessed)');
  });

  it('works out the score as a sum: the points lost grouped by cost, highest first, info left out', () => {
    const terms = scoreTerms([{ points: 10 }, { points: 25 }, { points: 0 }, { points: 10 }, { points: 25 }]);
    expect(terms).toEqual([{ points: 25, count: 2 }, { points: 10, count: 2 }]);
    expect(scoreArithmetic(30, terms)).toBe('100 − 2 × 25 − 2 × 10 = 30');
    // 4 x 25 + 4 x 10 = 140 points, past 100.
    expect(scoreArithmetic(0, [{ points: 25, count: 4 }, { points: 10, count: 4 }])).toBe('100 − 4 × 25 − 4 × 10 = 0 (140 points lost; stops at 0)');
    // Exactly 100 lost: nothing past the floor to say.
    expect(scoreArithmetic(0, [{ points: 25, count: 4 }])).toBe('100 − 4 × 25 = 0');
    expect(scoreArithmetic(100, [])).toBe('100: no points lost');
    expect(scoreArithmetic(null, [])).toBe('no signal could be checked');
  });

  it('says how much of what applies was checked, and a sub-score that does not apply or is switched off', () => {
    expect(checkedInWords({ checked: 5, applicable: 10 })).toBe('5 of the 10 signals that apply');
    expect(checkedInWords({ checked: 17, applicable: 17 })).toBe('all 17 signals that apply');
    const score = makeReport().score;
    expect(areaScoreValue(score, 'backlog')).toBe('90');
    const kanban = { ...score, sprints: null, notApplicable: [{ signalId: 'timebox-drift', area: 'sprints' as const }] };
    expect(areaScoreValue(kanban, 'sprints')).toBe('Does not apply');
    expect(areaScoreValue({ ...kanban, notChecked: [{ signalId: 'done-reopened', area: 'sprints' }] }, 'sprints')).toBe('Not assessed');
    expect(areaScoreValue({ ...score, roles: null, notChecked: [], switchedOff: [{ signalId: 'absent-po', area: 'roles' }] }, 'roles')).toBe('Switched off');
  });

  it('says what a ready item has, by the checks in force', () => {
    expect(readyChecksInWords(['description', 'acceptanceCriteria', 'notFlagged'])).toBe('a description, acceptance criteria and not flagged');
    expect(readyChecksInWords([])).toBe('nothing: every check is switched off');
  });

  it('orders by severity, most severe first, keeping ties in their order', () => {
    const signals = [
      { id: 'a', severity: 'info' as const },
      { id: 'b', severity: 'warning' as const },
      { id: 'c', severity: 'critical' as const },
      { id: 'd', severity: 'warning' as const },
    ];
    expect([...signals].sort(bySeverity).map((s) => s.id)).toEqual(['c', 'b', 'd', 'a']);
    expect(SEVERITY_NAME).toEqual({ critical: 'Critical', warning: 'Warning', info: 'Info' });
  });
});

describe('names the report holds as ids', () => {
  it('names people, and says who it cannot name', () => {
    const { people } = makeReport();
    expect(personName(people, 'acc-ana')).toBe('Ana Ortiz');
    expect(personName(people, 'acc-zz')).toBe('acc-zz');
    expect(personName(people, null)).toBe(UNKNOWN_PERSON);
    expect(UNKNOWN_PERSON).toBe('Someone unknown (automation or a removed user)');
  });

  it('names sprints from the closed and active ones, and others by their id', () => {
    const name = sprintNamer(makeReport());
    expect([name(41), name(43), name(99)]).toEqual(['Harbour Sprint 41', 'Harbour Sprint 43', 'the sprint with id 99']);
  });

  it('names the roles a signal is for, and what a near-term item misses', () => {
    expect(rolesInWords('SM', ['PO'])).toBe('Scrum Master and Product Owner');
    expect(rolesInWords('team', [])).toBe('Whole team');
    expect(failedChecksInWords(['estimated', 'notBlocked'])).toBe('no estimate, blocked by another item');
    expect(failedChecksInWords([])).toBe('ready');
  });
});
