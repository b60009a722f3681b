/**
 * Renders FormatDocuments as plain text for a terminal: underlined headings, "label: value"
 * facts, and tables with padded columns (numbers right-aligned). Control characters from Jira
 * data are replaced so a summary cannot move the cursor or recolour the terminal, and bidirectional
 * controls are neutralised (src/vocabulary/plain-text.ts) so it cannot reorder what is shown.
 */
import { neutraliseBidi } from '../../vocabulary';
import type { Block, Column, FormatDocument } from './document';
import { cellText } from './document';

/** Longest cell shown in a table column other than the last; longer text is cut with an ellipsis. */
export const MAX_CELL_WIDTH = 60;

export function renderText(documents: FormatDocument[]): string {
  return documents.map(renderDocument).join('\n\n') + '\n';
}

function renderDocument(doc: FormatDocument): string {
  const lines: string[] = [clean(doc.title), '='.repeat(clean(doc.title).length)];
  if (doc.subtitle.length) lines.push(clean(doc.subtitle.join(' · ')));
  for (const section of doc.sections) {
    lines.push('', clean(section.title), '-'.repeat(clean(section.title).length));
    section.blocks.forEach((block, index) => {
      if (index > 0) lines.push('');
      lines.push(...renderBlock(block));
    });
  }
  return lines.join('\n');
}

function renderBlock(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${clean(block.text)}:`];
    case 'text':
      return [clean(block.text)];
    case 'facts': {
      const width = Math.max(...block.facts.map((f) => clean(f.label).length));
      return block.facts.map((f) => `${clean(f.label).padEnd(width)} : ${clean(cellText(f.value))}`);
    }
    case 'table':
      return block.rows.length === 0 ? (block.empty ? [clean(block.empty)] : []) : renderTable(block.columns, block.rows.map((row) => row.map(cellText)));
    case 'items':
      if (block.items.length === 0) return [clean(block.empty)];
      return block.items.flatMap((item, index) => [
        ...(index > 0 ? [''] : []),
        clean(item.title),
        ...item.lines.map((line) => `  ${clean(line.label)}: ${clean(cellText(line.text))}`),
      ]);
  }
}

/**
 * Columns padded to their widest cell; a dashed rule under the headers. Cells are cut at
 * MAX_CELL_WIDTH except in the last column, which may run on (it pushes nothing to the right).
 */
export function renderTable(columns: Column[], rows: string[][]): string[] {
  const last = columns.length - 1;
  const cells = rows.map((row) => row.map((cell, i) => (i === last ? clean(cell) : cut(clean(cell)))));
  const widths = columns.map((column, i) => Math.max(column.header.length, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (values: string[]) =>
    columns
      .map((column, i) => (column.align === 'right' ? (values[i] ?? '').padStart(widths[i]) : (values[i] ?? '').padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
}

function cut(text: string): string {
  return text.length > MAX_CELL_WIDTH ? `${text.slice(0, MAX_CELL_WIDTH - 1)}…` : text;
}

/** Control characters (escape sequences, newlines inside a cell) become spaces; bidirectional controls a visible mark. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern removes
  return neutraliseBidi(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' '));
}
