import { portfolioLine } from '../../../src/report/format';
import { makeKanbanReport, makeReport } from './fixture';

describe('portfolio line', () => {
  it('picks the portfolio figures from the report as they are', () => {
    const line = portfolioLine(makeReport());
    expect(line).toEqual({
      projectKey: 'HARB',
      projectName: 'Harbour Payments',
      score: 55,
      trafficLight: 'red',
      reliabilityTrend: [11 / 13, 7 / 12],
      readyRunwaySprints: 5 / 9.5,
      top10Overlap: 0.6,
      technicalInterleaving: 0.4259,
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
});
