import { healthScore, trafficLight } from '../../src/report/score';
import type { Signal } from '../../src/domain/types';

const signal = (id: string, area: Signal['area'], severity: Signal['severity']): Signal => ({
  id, area, severity, role: 'team', alsoFor: [], title: id, observation: '', question: '', rule: '',
  evidence: { issueKeys: [], sprintIds: [], people: [], dates: [] },
});

describe('healthScore', () => {
  it('starts at 100 with nothing firing', () => {
    expect(healthScore([])).toEqual({ total: 100, trafficLight: 'green', backlog: 100, sprints: 100, roles: 100, deductions: [] });
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
});
