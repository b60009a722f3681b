/**
 * A small, format-neutral document: what the text, Markdown and HTML formatters print.
 * The report (or the portfolio) is turned into a FormatDocument once (report-document.ts,
 * portfolio.ts); each renderer then only decides how headings, tables and lists look.
 */

/** Colour hints for HTML (other renderers print the text only). */
export type Tone = 'green' | 'amber' | 'red' | 'critical' | 'warning' | 'info' | 'muted';

export type Cell = string | { text: string; tone?: Tone; href?: string };

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
  | { kind: 'items'; items: { title: string; tone?: Tone; lines: { label: string; text: string }[] }[]; empty: string };

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

export function cellText(cell: Cell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

export function cellTone(cell: Cell): Tone | undefined {
  return typeof cell === 'string' ? undefined : cell.tone;
}

export function cellHref(cell: Cell): string | undefined {
  return typeof cell === 'string' ? undefined : cell.href;
}

export function left(header: string): Column {
  return { header, align: 'left' };
}

export function right(header: string): Column {
  return { header, align: 'right' };
}
