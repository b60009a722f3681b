/**
 * Readers for the acceptance test of one voice: each turns one surface (the CLI's table, CSV,
 * Markdown and HTML, the pages rendered to HTML, the page's CSV export) back into figure name ->
 * value as a person reads it. Table cells are keyed "row head · column" ("Harbour Sprint 41 ·
 * Scope churn"). They read the rendered text only, independently of the code that wrote it.
 */
import { readCsv } from '../report/format/csv-reader';

export type Reading = Map<string, string>;

const cellKey = (rowHead: string, column: string) => `${rowHead} · ${column}`;

function addTable(reading: Reading, headers: string[], rows: string[][]): void {
  for (const row of rows) headers.forEach((header, i) => i > 0 && reading.set(cellKey(row[0], header), row[i] ?? ''));
}

/** The terminal table: "name : value" facts, and tables whose columns a dashed rule marks. */
export function readTable(text: string): Reading {
  const reading: Reading = new Map();
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const fact = /^(\S.*?) +: (.*)$/.exec(line);
    if (fact) reading.set(fact[1], fact[2]);
    const rule = lines[index + 1];
    // A table's header sits on a dashed rule (a section title's underline reads as a table with no columns to key).
    if (!rule || !/^-+( {2}-+)*$/.test(rule)) return;
    const spans = [...rule.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length]);
    const cut = (row: string) => spans.map(([from, to], i) => row.slice(from, i === spans.length - 1 ? undefined : to).trim());
    const rows: string[][] = [];
    for (let next = index + 2; next < lines.length && lines[next] !== ''; next++) rows.push(cut(lines[next]));
    addTable(reading, cut(line), rows);
  });
  return reading;
}

const unescapeMarkdown = (text: string) => text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\\(.)/g, '$1');

/** Markdown: "- **name:** value" facts and pipe tables. */
export function readMarkdown(text: string): Reading {
  const reading: Reading = new Map();
  const lines = text.split('\n');
  const cells = (line: string) => line.slice(2, -2).split(/(?<!\\) \| /).map(unescapeMarkdown);
  lines.forEach((line, index) => {
    const fact = /^- \*\*(.+?):\*\* (.*)$/.exec(line);
    if (fact) reading.set(unescapeMarkdown(fact[1]), unescapeMarkdown(fact[2]));
    if (!line.startsWith('| ') || !/^\|( ---:? \|)+$/.test(lines[index + 1] ?? '')) return;
    const rows: string[][] = [];
    for (let next = index + 2; lines[next]?.startsWith('| '); next++) rows.push(cells(lines[next]));
    addTable(reading, cells(line), rows);
  });
  return reading;
}

/** The text a person reads in an HTML fragment: tags and React's text separators gone, entities decoded. */
export function htmlText(fragment: string): string {
  return fragment
    .replace(/<!--.*?-->/gs, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** HTML (the CLI's page and the pages rendered by React): dt/dd facts, figure cards and tables. */
export function readHtml(html: string): Reading {
  const reading: Reading = new Map();
  for (const m of html.matchAll(/<dt>(.*?)<\/dt>\s*<dd>(.*?)<\/dd>/gs)) reading.set(htmlText(m[1]), htmlText(m[2]));
  for (const m of html.matchAll(/<div class="figure">(.*?)<\/div><div class="muted">(.*?)<\/div>/gs)) reading.set(htmlText(m[2]), htmlText(m[1]));
  for (const table of html.matchAll(/<table\b.*?<\/table>/gs)) {
    const headers = [...table[0].matchAll(/<th\b[^>]*>(.*?)<\/th>/gs)].map((m) => htmlText(m[1]));
    const body = /<tbody>(.*?)<\/tbody>/s.exec(table[0])?.[1] ?? '';
    const rows = [...body.matchAll(/<tr\b[^>]*>(.*?)<\/tr>/gs)].map((row) => [...row[1].matchAll(/<td\b[^>]*>(.*?)<\/td>/gs)].map((m) => htmlText(m[1])));
    addTable(reading, headers, rows);
  }
  return reading;
}

/** One project's CSV: project, section, subject, figure, value. */
export function readReportCsv(text: string): Reading {
  const [, ...rows] = readCsv(text);
  return new Map(rows.filter((row) => row.length === 5).map(([, , subject, figure, value]) => [subject ? cellKey(subject, figure) : figure, value]));
}

/** A portfolio CSV: one project a row, keyed by its first column. */
export function readPortfolioCsv(text: string): Reading {
  const [headers, ...rows] = readCsv(text).filter((row) => row.length > 1);
  const reading: Reading = new Map();
  addTable(reading, headers, rows);
  return reading;
}
