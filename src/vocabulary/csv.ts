/**
 * The one CSV writer, for every CSV people download: the CLI's (one project, and the portfolio) and
 * the portfolio page's export. RFC 4180: fields holding a comma, a quote, a line break or a space at
 * either end are quoted, inner quotes doubled, lines end with CRLF. A missing figure ("–") is an
 * empty cell. Every field is made safe for a spreadsheet first (defuseFormula) and for reading
 * (neutraliseBidi).
 */
import { MISSING } from './numbers';
import { neutraliseBidi } from './plain-text';

/**
 * A spreadsheet runs a cell starting with =, +, -, @, tab or carriage return as a formula
 * ("=HYPERLINK(...)", "-1+cmd|..."), whatever follows; such a value is prefixed with an apostrophe,
 * which makes it text. Negative numbers are prefixed too: the export's values are text for people.
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  if (value === MISSING) return '';
  const text = neutraliseBidi(defuseFormula(value));
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and the data rows, as CSV text. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
