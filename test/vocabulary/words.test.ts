import {
  HEALTH_WORD,
  SEVERITY_NAME,
  UNKNOWN_PERSON,
  bySeverity,
  failedChecksInWords,
  healthWord,
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
