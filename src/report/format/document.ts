/**
 * A small, format-neutral document: what the text, Markdown and HTML formatters print.
 * The report (or the portfolio) is turned into a FormatDocument once (report-document.ts,
 * portfolio.ts); each renderer then only decides how headings, tables and lists look.
 */

/** Colour hints for HTML (other renderers print the text only). */
export type Tone = 'green' | 'amber' | 'red' | 'critical' | 'warning' | 'info' | 'muted';

/** A piece of text, with a colour hint and a link where it has them. */
export type Run = string | { text: string; tone?: Tone; href?: string };

/** A table cell or a value: one run, or several in a row (a list of issue keys, each a link). */
export type Cell = Run | Run[];

export interface Column {
  header: string;
  align: 'left' | 'right';
}

export type Block =
  /** A sub-heading inside a section. */
  | { kind: 'heading'; text: string }
  /** A paragraph of plain text. */
  | { kind: 'text'; text: string; tone?: Tone }
  /** Label: value lines. */
  | { kind: 'facts'; facts: { label: string; value: Cell }[] }
  | { kind: 'table'; columns: Column[]; rows: Cell[][]; empty: string }
  /** Titled items with labelled lines, e.g. one signal each. */
  | { kind: 'items'; items: { title: string; tone?: Tone; lines: { label: string; text: Cell }[] }[]; empty: string };

export interface Section {
  title: string;
  /** Anchor id for HTML links between sections. */
  id?: string;
  blocks: Block[];
}

export interface FormatDocument {
  title: string;
  /** Short lines under the title (site, when computed...). */
  subtitle: string[];
  sections: Section[];
}

export function runsOf(cell: Cell): Run[] {
  return Array.isArray(cell) ? cell : [cell];
}

export function runText(run: Run): string {
  return typeof run === 'string' ? run : run.text;
}

export function runTone(run: Run): Tone | undefined {
  return typeof run === 'string' ? undefined : run.tone;
}

export function runHref(run: Run): string | undefined {
  return typeof run === 'string' ? undefined : run.href;
}

/** The text of a cell, its runs joined. */
export function cellText(cell: Cell): string {
  return runsOf(cell).map(runText).join('');
}

export function left(header: string): Column {
  return { header, align: 'left' };
}

export function right(header: string): Column {
  return { header, align: 'right' };
}
