/**
 * The portfolio page's exports of the rows it shows. JSON: the rows exactly as the resolver returned
 * them. CSV: for people opening it in a spreadsheet, the portfolio's columns as every other portfolio
 * surface names and formats them (PORTFOLIO_COLUMNS: percentages, health words, signal titles), then
 * when each was computed and how its refresh stands; written by the one CSV writer
 * (src/vocabulary/csv.ts), which makes every formula plain text.
 */
import type { PortfolioRow, RefreshStatus } from '../../src/shared/api';
import { COMPUTED_COLUMN, PORTFOLIO_COLUMNS } from '../../src/report/format/portfolio';
import { dateTime, toCsv } from '../../src/vocabulary';

export const CSV_COLUMNS = [...PORTFOLIO_COLUMNS.map((column) => column.header), COMPUTED_COLUMN, 'Refreshed nightly', 'Refresh'];

const REFRESH_WORD: Record<RefreshStatus['state'], string> = {
  idle: 'not refreshing',
  queued: 'waiting to refresh',
  running: 'refreshing',
  done: 'refreshed',
  failed: 'the last refresh did not finish',
};

export function rowsToCsv(rows: PortfolioRow[]): string {
  return toCsv(
    CSV_COLUMNS,
    rows.map((row) => [
      // A project not analysed yet has no figures, only its name.
      ...PORTFOLIO_COLUMNS.map((column, index) => (row.computedAt || index < 2 ? column.value(row) : '')),
      row.computedAt ? dateTime(row.computedAt) : 'not analysed yet',
      row.refreshedNightly === null ? 'unknown: its settings could not be read' : row.refreshedNightly ? 'yes' : 'no',
      REFRESH_WORD[row.refresh.state],
    ]),
  );
}

export function rowsToJson(rows: PortfolioRow[]): string {
  return JSON.stringify({ rows }, null, 2) + '\n';
}

/** Starts a download of text in the browser (the Forge iframe allows downloads). */
export function download(filename: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
