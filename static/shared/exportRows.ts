/**
 * Client-side export of the portfolio rows exactly as the resolver returned them: JSON as is, CSV with one
 * column per field (lists joined by spaces). The CSV escaper quotes a value holding a comma, a quote, a line
 * break or a leading/trailing space, doubling inner quotes (RFC 4180). Values that a spreadsheet would run as a
 * formula (=, +, -, @ at the start, followed by a non-digit) are prefixed with an apostrophe.
 */
import type { PortfolioRow } from '../../src/shared/api';

export const CSV_COLUMNS = [
  'projectKey',
  'projectName',
  'computedAt',
  'score',
  'trafficLight',
  'notAssessed',
  'reliabilityTrend',
  'readyRunwaySprints',
  'top10Overlap',
  'technicalInterleaving',
  'topSignals',
  'refreshedNightly',
  'refreshState',
] as const;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@][^0-9]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rowsToCsv(rows: PortfolioRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const cells = [
      row.projectKey,
      row.projectName,
      row.computedAt,
      row.score,
      row.trafficLight,
      row.notAssessed.join(' '),
      row.reliabilityTrend.map((value) => (value === null ? 'null' : String(value))).join(' '),
      row.readyRunwaySprints,
      row.top10Overlap,
      row.technicalInterleaving,
      row.topSignals.map((signal) => `${signal.id}:${signal.severity}`).join(' '),
      row.refreshedNightly === null ? 'unknown' : row.refreshedNightly ? 'yes' : 'no',
      row.refresh.state,
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
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
