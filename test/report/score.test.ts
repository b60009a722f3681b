import { healthScore, trafficLight } from '../../src/report/score';
import type { Signal } from '../../src/domain/types';
import { SIGNAL_DECLARATIONS } from '../../src/signals/declarations';
import { emptyReport } from '../../src/engine/empty-report';
import { validateReport } from '../../src/report/schema';

const signal = (id: string, area: Signal['area'], severity: Signal['severity']): Signal => ({
  id, area, severity, role: 'team', alsoFor: [], title: id, observation: '', question: '', rule: '',
  evidence: { issueKeys: [], sprintIds: [], people: [], dates: [] },
});
const silent = (...ids: string[]) => ids.map((id) => ({ id, reason: 'why' }));
const SPRINT_SIGNALS = SIGNAL_DECLARATIONS.filter((s) => s.area === 'sprints').map((s) => s.id);
const ALL = SIGNAL_DECLARATIONS.length;

describe('healthScore', () => {
  it('starts at 100 with nothing firing, every one of the 20 signals checked', () => {
    expect(healthScore({ signals: [] })).toEqual({
      total: 100, trafficLight: 'green', provisional: false, backlog: 100, sprints: 100, flow: 100, roles: 100,
      deductions: [], pointsLost: 0, applicable: 20, checked: 20, notChecked: [], notApplicable: [], switchedOff: [],
    });
  });

  it('subtracts 25 per critical, 10 per warning, 0 per info, per area and in total', () => {
    const score = healthScore({
      signals: [
        signal('unfinished-sprints', 'sprints', 'critical'),
        signal('timebox-drift', 'sprints', 'warning'),
        signal('thin-ready-runway', 'backlog', 'warning'),
        signal('x-info', 'roles', 'info'),
      ],
    });
    expect(score.total).toBe(55); // 100 - 25 - 10 - 10 - 0
    expect(score.pointsLost).toBe(45);
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

  it('floors at 0, and keeps the points lost before the floor: 6 criticals lose 150', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => signal(id, 'sprints', 'critical'));
    expect([healthScore({ signals: many }).total, healthScore({ signals: many }).sprints, healthScore({ signals: many }).pointsLost]).toEqual([0, 0, 150]);
  });

  it('colours green from 80, amber from 60, red below', () => {
    expect([100, 80, 79, 60, 59, 0].map(trafficLight)).toEqual(['green', 'green', 'amber', 'amber', 'red', 'red']);
  });

  it('leaves the sprint signals of a board without sprints out as not applicable, so the area is not assessed and the rest scores', () => {
    const score = healthScore({ signals: [signal('thin-ready-runway', 'backlog', 'warning')], notApplicable: silent(...SPRINT_SIGNALS) });
    expect(score).toEqual({
      total: 90, // 100 - 10, over the backlog, flow and role signals only
      trafficLight: 'green',
      provisional: false,
      backlog: 90,
      sprints: null,
      flow: 100,
      roles: 100,
      deductions: [{ signalId: 'thin-ready-runway', area: 'backlog', severity: 'warning', points: 10 }],
      pointsLost: 10,
      applicable: 13,
      checked: 13,
      notChecked: [],
      notApplicable: SPRINT_SIGNALS.map((signalId) => ({ signalId, area: 'sprints' })),
      switchedOff: [],
    });
  });

  // A Kanban board: 13 applicable signals (20 less the 7 about sprints).
  const KANBAN_UNCHECKED = ['thin-ready-runway', 'over-refined-backlog', 'churning-priorities', 'po-assigns-work', 'absent-po'];
  const FLOW_SIGNALS = ['ageing-wip', 'wip-growing', 'finished-without-start'];

  it('is provisional, without a traffic light, when fewer than 60% of the applicable signals were checked: 5 of 13', () => {
    // A young Kanban board: besides the 5 above, too little history for the 3 flow signals.
    const score = healthScore({ signals: [], silent: silent(...KANBAN_UNCHECKED, ...FLOW_SIGNALS), notApplicable: silent(...SPRINT_SIGNALS) });
    expect([score.total, score.provisional, score.trafficLight, score.applicable, score.checked]).toEqual([100, true, null, 13, 5]);
  });

  it('is not provisional once the flow signals are checked: 8 of 13 (62%)', () => {
    const score = healthScore({ signals: [], silent: silent(...KANBAN_UNCHECKED), notApplicable: silent(...SPRINT_SIGNALS) });
    expect([score.provisional, score.trafficLight, score.applicable, score.checked]).toEqual([false, 'green', 13, 8]);
  });

  it('is not provisional at exactly 60%: 12 of 20 checked, and is at 11 of 20', () => {
    const atSixty = healthScore({ signals: [], silent: silent(...KANBAN_UNCHECKED, ...FLOW_SIGNALS) });
    expect([atSixty.provisional, atSixty.trafficLight, atSixty.checked]).toEqual([false, 'green', 12]);
    const below = healthScore({ signals: [], silent: silent(...KANBAN_UNCHECKED, ...FLOW_SIGNALS, 'frozen-backlog') });
    expect([below.provisional, below.trafficLight, below.checked]).toEqual([true, null, 11]);
  });

  it('leaves switched-off signals out of the score and out of what applies', () => {
    const score = healthScore({ signals: [signal('frozen-backlog', 'backlog', 'warning')], switchedOff: ['churning-priorities', 'absent-po'] });
    expect([score.total, score.applicable, score.checked]).toEqual([90, ALL - 2, ALL - 2]);
    expect(score.switchedOff).toEqual([{ signalId: 'absent-po', area: 'roles' }, { signalId: 'churning-priorities', area: 'backlog' }]);
  });

  it('keeps an area scored while at least one of its signals could be checked', () => {
    const score = healthScore({ signals: [], silent: silent('absent-po', 'po-assigns-work') });
    // notChecked follows the catalogue's order: po-assigns-work comes before absent-po.
    expect([score.total, score.roles, score.notChecked]).toEqual([100, 100, [{ signalId: 'po-assigns-work', area: 'roles' }, { signalId: 'absent-po', area: 'roles' }]]);
  });

  it('has no total and no light when nothing could be checked (a project without a board)', () => {
    const all = silent(...SIGNAL_DECLARATIONS.map((s) => s.id));
    expect(healthScore({ signals: [], silent: all })).toMatchObject({ total: null, trafficLight: null, provisional: false, backlog: null, sprints: null, roles: null, deductions: [], checked: 0 });
    expect(healthScore({ signals: [], silent: all }).notChecked).toHaveLength(ALL);
  });

  it('ignores a silent signal the rules do not know', () => {
    expect(healthScore({ signals: [], silent: silent('no-such-rule') }).notChecked).toEqual([]);
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
