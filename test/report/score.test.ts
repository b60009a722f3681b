import { healthScore, trafficLight } from '../../src/report/score';
import type { Signal } from '../../src/domain/types';
import { SIGNAL_DECLARATIONS } from '../../src/signals/declarations';
import { emptyReport } from '../../src/engine/empty-report';
import { validateReport } from '../../src/report/schema';

const signal = (id: string, area: Signal['area'], severity: Signal['severity']): Signal => ({
  id, area, severity, role: 'team', alsoFor: [], title: id, observation: '', question: '', rule: '',
  evidence: { issueKeys: [], sprintIds: [], people: [], dates: [] },
});

describe('healthScore', () => {
  it('starts at 100 with nothing firing', () => {
    expect(healthScore([])).toEqual({ total: 100, trafficLight: 'green', backlog: 100, sprints: 100, roles: 100, deductions: [], notChecked: [] });
  });

  it('subtracts 25 per critical, 10 per warning, 0 per info, per area and in total', () => {
    const score = healthScore([
      signal('unfinished-sprints', 'sprints', 'critical'),
      signal('timebox-drift', 'sprints', 'warning'),
      signal('thin-ready-runway', 'backlog', 'warning'),
      signal('x-info', 'roles', 'info'),
    ]);
    expect(score.total).toBe(55); // 100 - 25 - 10 - 10 - 0
    expect(score.sprints).toBe(65);
    expect(score.backlog).toBe(90);
    expect(score.roles).toBe(100);
    expect(score.trafficLight).toBe('red');
    expect(score.deductions).toEqual([
      { signalId: 'unfinished-sprints', area: 'sprints', severity: 'critical', points: 25 },
      { signalId: 'timebox-drift', area: 'sprints', severity: 'warning', points: 10 },
      { signalId: 'thin-ready-runway', area: 'backlog', severity: 'warning', points: 10 },
      { signalId: 'x-info', area: 'roles', severity: 'info', points: 0 },
    ]);
  });

  it('floors at 0', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((id) => signal(id, 'sprints', 'critical'));
    expect(healthScore(many).total).toBe(0);
    expect(healthScore(many).sprints).toBe(0);
  });

  it('colours green from 80, amber from 60, red below', () => {
    expect([100, 80, 79, 60, 59, 0].map(trafficLight)).toEqual(['green', 'green', 'amber', 'amber', 'red', 'red']);
  });

  it('leaves an area out, as not assessed, when none of its signals could be checked (a Kanban board)', () => {
    // The catalogue's 7 sprint rules are silent; one backlog warning fires.
    const sprintRules = SIGNAL_DECLARATIONS.filter((signal) => signal.area === 'sprints');
    expect(sprintRules).toHaveLength(7);
    const silent = sprintRules.map((signal) => ({ id: signal.id, reason: 'no sprints' }));
    const score = healthScore([signal('thin-ready-runway', 'backlog', 'warning')], silent);
    expect(score).toEqual({
      total: 90, // 100 - 10, over the backlog and role signals only
      trafficLight: 'green',
      backlog: 90,
      sprints: null,
      roles: 100,
      deductions: [{ signalId: 'thin-ready-runway', area: 'backlog', severity: 'warning', points: 10 }],
      notChecked: sprintRules.map((signal) => ({ signalId: signal.id, area: 'sprints' })),
    });
  });

  it('keeps an area scored while at least one of its signals could be checked', () => {
    const score = healthScore([], [{ id: 'absent-po', reason: 'no Product Owner named' }, { id: 'po-assigns-work', reason: 'no Product Owner named' }]);
    // notChecked follows the catalogue's order: po-assigns-work comes before absent-po.
    expect([score.total, score.roles, score.notChecked]).toEqual([100, 100, [{ signalId: 'po-assigns-work', area: 'roles' }, { signalId: 'absent-po', area: 'roles' }]]);
  });

  it('has no total and no light when nothing could be checked (a project without a board)', () => {
    const silent = SIGNAL_DECLARATIONS.map((signal) => ({ id: signal.id, reason: 'no board' }));
    expect(healthScore([], silent)).toMatchObject({ total: null, trafficLight: null, backlog: null, sprints: null, roles: null, deductions: [] });
    expect(healthScore([], silent).notChecked).toHaveLength(SIGNAL_DECLARATIONS.length);
  });

  it('ignores a silent signal the rules do not know', () => {
    expect(healthScore([], [{ id: 'no-such-rule', reason: 'x' }]).notChecked).toEqual([]);
  });
});

describe('the empty report of a project without a board', () => {
  it('is not assessed rather than a perfect 100, and fits the schema', () => {
    const report = emptyReport({ site: 's', project: { key: 'K', name: 'K' }, now: new Date('2026-11-22T03:00:00.000Z'), reason: 'This project has no board.' });
    expect([report.score.total, report.score.trafficLight, report.score.sprints]).toEqual([null, null, null]);
    expect(report.silentSignals.map((s) => s.id)).toEqual(SIGNAL_DECLARATIONS.map((signal) => signal.id));
    expect(report.silentSignals.every((s) => s.reason === 'This project has no board.')).toBe(true);
    expect(validateReport(report)).toEqual([]);
  });
});
