/**
 * Renders FormatDocuments as GitHub-flavoured Markdown. Every piece of text from the report is
 * escaped, so an issue summary can neither break a table (pipes, newlines), inject HTML nor reorder
 * what is shown (bidirectional controls are neutralised). Issue keys link to the issue in Jira.
 */
import { neutraliseBidi } from '../../vocabulary';
import type { Block, Cell, FormatDocument } from './document';
import { runHref, runText, runsOf } from './document';
import { isExportableHref } from './links';

export function renderMarkdown(documents: FormatDocument[]): string {
  return documents.map(renderDocument).join('\n\n---\n\n') + '\n';
}

function renderDocument(doc: FormatDocument): string {
  const parts: string[] = [`# ${escapeMarkdown(doc.title)}`];
  if (doc.subtitle.length) parts.push(doc.subtitle.map(escapeMarkdown).join(' · '));
  for (const section of doc.sections) {
    parts.push(`## ${escapeMarkdown(section.title)}`);
    for (const block of section.blocks) {
      const text = renderBlock(block);
      if (text) parts.push(text);
    }
  }
  return parts.join('\n\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `### ${escapeMarkdown(block.text)}`;
    case 'text':
      return escapeMarkdown(block.text);
    case 'facts':
      return block.facts.map((f) => `- **${escapeMarkdown(f.label)}:** ${renderCell(f.value)}`).join('\n');
    case 'table': {
      if (block.rows.length === 0) return block.empty ? escapeMarkdown(block.empty) : '';
      const header = `| ${block.columns.map((c) => escapeMarkdown(c.header)).join(' | ')} |`;
      const rule = `|${block.columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
      const rows = block.rows.map((row) => `| ${row.map(renderCell).join(' | ')} |`);
      return [header, rule, ...rows].join('\n');
    }
    case 'items':
      if (block.items.length === 0) return escapeMarkdown(block.empty);
      return block.items
        .map((item) => [`### ${escapeMarkdown(item.title)}`, '', ...item.lines.map((l) => `- **${escapeMarkdown(l.label)}:** ${renderCell(l.text)}`)].join('\n'))
        .join('\n\n');
  }
}

/** A cell's runs, each escaped; a run with an address it may link to becomes a link. */
function renderCell(cell: Cell): string {
  return runsOf(cell)
    .map((run) => {
      const text = escapeMarkdown(runText(run));
      const href = runHref(run);
      return href && isExportableHref(href) ? `[${text}](${href})` : text;
    })
    .join('');
}

/**
 * Text safe anywhere in a Markdown line or table cell: Markdown punctuation is backslash-escaped,
 * HTML's special characters become entities, and line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return neutraliseBidi(text)
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1');
}
