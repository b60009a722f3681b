import { formatPortfolio, portfolioLine } from '../../../src/report/format';
import { PORTFOLIO_COLUMNS } from '../../../src/report/format/portfolio';
import { emptyReport } from '../../../src/engine/empty-report';
import { makeKanbanReport, makeReport } from './fixture';

describe('portfolio line', () => {
  it('picks the portfolio figures from the report as they are', () => {
    const line = portfolioLine(makeReport());
    expect(line).toEqual({
      projectKey: 'HARB',
      projectName: 'Harbour Payments',
      score: 55,
      trafficLight: 'red',
      provisional: false,
      pointsLost: 45,
      scoreTerms: [{ points: 25, count: 1 }, { points: 10, count: 2 }],
      scoreTrend: [65, 55],
      changes: {
        since: '2026-11-13T08:00:00.000Z',
        raised: ['Sprints without a goal', 'Little ready work ahead'],
        cleared: ['Backlog order not moving'],
        moved: ['Health score', 'Near-term items ready', 'Ready runway', 'Top 10 kept from a week ago', 'Backlog size', 'Commitment reliability, last closed sprint'],
      },
      ownThresholds: ['Sprints ending with planned work unfinished', 'Top of the backlog changing often'],
      switchedOff: [],
      notAssessed: [],
      reliabilityTrend: [11 / 13, 7 / 12],
      readyRunwaySprints: 5 / 9.5,
      top10Overlap: 0.6,
      technicalInterleaving: 0.4259,
      throughputPerWeek: 44 / 12,
      nearTermDoneBy85: '2026-12-22T17:00:00.000Z',
      topSignals: [
        { id: 'unprotected-sprint', severity: 'critical', title: 'Work keeps arriving mid-sprint' },
        { id: 'unfinished-sprints', severity: 'warning', title: 'Sprints often end unfinished' },
        { id: 'thin-ready-runway', severity: 'warning', title: 'Little ready work ahead' },
      ],
      partial: null,
      computedAt: '2026-11-20T08:00:00.000Z',
    });
  });

  it('names the most severe signals first even when the report lists them otherwise', () => {
    const report = makeReport();
    report.signals.reverse();
    expect(portfolioLine(report).topSignals.map((s) => s.id)).toEqual(['unprotected-sprint', 'thin-ready-runway', 'unfinished-sprints']);
  });

  it('gives an empty trend and missing figures for a board without sprints or ordering history', () => {
    const line = portfolioLine(makeKanbanReport());
    expect(line.reliabilityTrend).toEqual([]);
    expect(line.readyRunwaySprints).toBeNull();
    expect(line.top10Overlap).toBeNull();
    expect(line.topSignals).toEqual([]);
  });

  it('gives a project without a board no score and no light, in the line and in the table', () => {
    const report = emptyReport({ site: 's', project: { key: 'NOB', name: 'No board' }, now: new Date('2026-11-20T08:00:00.000Z'), reason: 'This project has no board.' });
    const line = portfolioLine(report);
    expect([line.score, line.trafficLight, line.notAssessed]).toEqual([null, null, ['backlog', 'sprints', 'flow', 'roles']]);
    const row = formatPortfolio([report], 'table').split('\n').find((l) => l.startsWith('NOB'));
    expect(row).toBe(
      'NOB      No board  Not assessed  No score  no signal could be checked   –                             no closed sprints                            –                            –                       –                                –                                     –  none',
    );
    expect(formatPortfolio([report], 'csv').split('\r\n')[1]).toBe(
      'NOB,No board,Not assessed,No score,no signal could be checked,,nothing to compare with yet (first refresh),defaults,no closed sprints,,,,,,none,"20 Nov 2026, 08:00 UTC",audited in full',
    );
  });

  it('names the areas a score leaves out because their signals could not be checked, not those that do not apply', () => {
    const report = makeKanbanReport();
    expect(portfolioLine(report).notAssessed).toEqual([]);
    // The same project whose sprints could not be read: its sprint signals apply but were not checked.
    report.score = { ...report.score, notChecked: report.score.notApplicable, notApplicable: [] };
    expect(portfolioLine(report).notAssessed).toEqual(['sprints']);
    const healthScore = PORTFOLIO_COLUMNS.find((column) => column.header === 'Health score')!;
    expect(healthScore.value(portfolioLine(report))).toBe('100 (sprints not assessed)');
    expect(formatPortfolio([report], 'table')).toContain('FLOW     Flow Support  100 (sprints not assessed)  Healthy');
  });

  it('shows a provisional score as such, with no health but "Not enough data yet"', () => {
    const report = makeKanbanReport();
    report.score = { ...report.score, provisional: true, trafficLight: null, checked: 5 };
    const line = portfolioLine(report);
    const value = (header: string) => PORTFOLIO_COLUMNS.find((column) => column.header === header)!.value(line);
    expect([value('Health score'), value('Health'), value('How the score is worked out')]).toEqual(['100 (provisional)', 'Not enough data yet', '100: no points lost']);
  });

  it('shows how a score that lost more than 100 points stops at 0', () => {
    const report = makeReport();
    const critical = report.score.deductions[0];
    report.score = { ...report.score, total: 0, deductions: [critical, critical, critical, critical, critical, report.score.deductions[1]], pointsLost: 135 };
    const arithmetic = PORTFOLIO_COLUMNS.find((column) => column.header === 'How the score is worked out')!.value(portfolioLine(report));
    expect(arithmetic).toBe('100 − 5 × 25 − 1 × 10 = 0 (135 points lost; stops at 0)');
  });
});
