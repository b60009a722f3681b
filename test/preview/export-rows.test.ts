import type { PortfolioRow } from '../../src/shared/api';
import { formatPortfolio, portfolioLine } from '../../src/report/format';
import { CSV_COLUMNS, rowsToCsv, rowsToJson } from '../../static/shared/exportRows';
import { makeReport } from '../report/format/fixture';
import { readCsv } from '../report/format/csv-reader';
import { portfolioRows } from './portfolio-rows';

const idle = { state: 'idle' as const, progress: null, message: null, startedAt: null, finishedAt: null };

/** The page's fixture rows, one refreshing and one whose settings could not be read. */
function rows(): PortfolioRow[] {
  const [scrum, kanban, fresh] = portfolioRows();
  return [scrum, { ...kanban, refresh: { ...idle, state: 'running', progress: 0.5, message: 'Reading sprint history' } }, { ...fresh, refreshedNightly: null }];
}

describe('the portfolio page CSV export', () => {
  it('reads as the other portfolio surfaces do: readable headers, percentages, health words and signal titles', () => {
    const csv = rowsToCsv(rows());
    expect(csv.split('\r\n')).toEqual([
      'Project,Name,Health score,Health,How the score is worked out,"Health score, last refreshes",Since the last refresh,Own settings,"Reliability, last closed sprints",Ready runway,Top 10 kept from a week ago,Technical interleaving,Throughput (last 12 full weeks),Near-term items done by (85% likely),Most severe signals,Computed,Refreshed nightly,Refresh',
      'FIX,Fixture Scrum,55,At risk,100 − 1 × 25 − 2 × 10 = 55,65 55,1 raised (Little ready work ahead); 1 figure moved (Health score),defaults,50% 60% 55%,0.4 sprints,40%,10%,3.5 items a week,15 Dec 2026,' +
        'Critical: Sprints end unfinished; Warning: Little ready work ahead,"20 Oct 2026, 08:00 UTC",yes,not refreshing',
      'KAN,"Fixture Kanban, ""flow""",100 (sprints not assessed),Healthy,100: no points lost,100,nothing to compare with yet (first refresh),thresholds of Top of the backlog changing often,' +
        'no closed sprints,2 sprints,90%,50%,0.9 items a week,1 Dec 2026,none,"20 Oct 2026, 08:00 UTC",no,refreshing',
      'NEW,Not analysed yet,,,,,,,,,,,,,,not analysed yet,unknown: its settings could not be read,not refreshing',
      '',
    ]);
    expect(readCsv(csv).every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('has the columns of the CLI portfolio CSV, with the same values for the same project', () => {
    const report = makeReport();
    const cli = readCsv(formatPortfolio([report], 'csv'));
    // The row the portfolio resolver serves for this report: its summary, plus how it is refreshed.
    const { partial: _partial, ...summary } = portfolioLine(report);
    const page = readCsv(rowsToCsv([{ ...summary, signalCount: summary.topSignals.length, refreshedNightly: true, refresh: idle }]));
    const figureColumns = CSV_COLUMNS.indexOf('Computed') + 1;
    expect(page[0].slice(0, figureColumns)).toEqual(cli[0].slice(0, figureColumns));
    expect(page[1].slice(0, figureColumns)).toEqual(cli[1].slice(0, figureColumns));
  });

  it('writes only the header for no rows', () => {
    expect(rowsToCsv([])).toBe(
      'Project,Name,Health score,Health,How the score is worked out,"Health score, last refreshes",Since the last refresh,Own settings,"Reliability, last closed sprints",Ready runway,Top 10 kept from a week ago,Technical interleaving,Throughput (last 12 full weeks),Near-term items done by (85% likely),Most severe signals,Computed,Refreshed nightly,Refresh\r\n',
    );
  });

  it('exports JSON rows unchanged', () => {
    expect(JSON.parse(rowsToJson(rows()))).toEqual({ rows: rows() });
  });
});
