/**
 * Renders FormatDocuments as one self-contained HTML page: inline styles only, no script, no
 * external font, image or stylesheet (a Content-Security-Policy meta tag forbids loading any),
 * light and dark colour schemes, and every piece of report text HTML-escaped with its bidirectional
 * controls neutralised. The only links are to places in the page and to issues in Jira (links.ts).
 */
import { neutraliseBidi } from '../../vocabulary';
import type { Block, Cell, FormatDocument, Run, Tone } from './document';
import { runHref, runText, runTone, runsOf } from './document';
import { isExportableHref } from './links';

const STYLE = `
:root { color-scheme: light dark; --fg: #172b4d; --bg: #fff; --muted: #626f86; --line: #dcdfe4; --head: #f7f8f9;
  --green: #216e4e; --amber: #a54800; --red: #ae2e24; --link: #0c66e4; }
@media (prefers-color-scheme: dark) { :root { --fg: #dee4ea; --bg: #1d2125; --muted: #9fadbc; --line: #384047; --head: #22272b;
  --green: #7ee2b8; --amber: #fec57b; --red: #fd9891; --link: #579dff; } }
a { color: var(--link); }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; max-width: 1100px; padding: 16px 24px; }
h1 { font-size: 1.6em; margin-bottom: 0; } h2 { border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 2em; } h3 { margin-bottom: 4px; }
.subtitle { color: var(--muted); margin-top: 4px; }
table { border-collapse: collapse; margin: 8px 0 16px; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--head); } .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; } dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
article.item { border-left: 4px solid var(--line); padding: 0 12px; margin: 12px 0; } article.item dt { font-weight: 600; } article.item dd { margin: 0 0 6px; }
.tone-green { color: var(--green); } .tone-amber, .tone-warning { color: var(--amber); } .tone-red, .tone-critical { color: var(--red); } .tone-muted, .tone-info { color: var(--muted); }
article.tone-warning { border-left-color: var(--amber); color: inherit; } article.tone-critical { border-left-color: var(--red); color: inherit; } article.tone-info { border-left-color: var(--muted); color: inherit; }
article.item h3.tone-warning, article.item h3.tone-critical { font-weight: 700; }
hr { border: 0; border-top: 2px solid var(--line); margin: 32px 0; }
`;

export function renderHtml(documents: FormatDocument[], pageTitle = documents[0]?.title ?? 'Backlog health'): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(pageTitle)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    documents.map(renderDocument).join('\n<hr>\n'),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderDocument(doc: FormatDocument): string {
  const parts = [`<h1>${escapeHtml(doc.title)}</h1>`];
  if (doc.subtitle.length) parts.push(`<p class="subtitle">${doc.subtitle.map(escapeHtml).join(' · ')}</p>`);
  for (const section of doc.sections) {
    const id = section.id ? ` id="${escapeHtml(section.id)}"` : '';
    parts.push(`<section${id}>`, `<h2>${escapeHtml(section.title)}</h2>`, ...section.blocks.map(renderBlock), '</section>');
  }
  return `<main>\n${parts.join('\n')}\n</main>`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case 'text':
      return `<p${toneClass(block.tone)}>${escapeHtml(block.text)}</p>`;
    case 'facts':
      return `<dl class="facts">${block.facts.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${renderCell(f.value)}</dd>`).join('')}</dl>`;
    case 'table': {
      if (block.rows.length === 0) return block.empty ? `<p class="tone-muted">${escapeHtml(block.empty)}</p>` : '';
      const head = block.columns.map((c) => `<th scope="col"${c.align === 'right' ? ' class="num"' : ''}>${escapeHtml(c.header)}</th>`).join('');
      const rows = block.rows.map(
        (row) => `<tr>${row.map((cell, i) => `<td${block.columns[i]?.align === 'right' ? ' class="num"' : ''}>${renderCell(cell)}</td>`).join('')}</tr>`,
      );
      return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
    case 'items':
      if (block.items.length === 0) return `<p class="tone-muted">${escapeHtml(block.empty)}</p>`;
      return block.items
        .map(
          (item) =>
            `<article class="item${item.tone ? ` tone-${item.tone}` : ''}"><h3${toneClass(item.tone)}>${escapeHtml(item.title)}</h3><dl>` +
            item.lines.map((l) => `<dt>${escapeHtml(l.label)}</dt><dd>${renderCell(l.text)}</dd>`).join('') +
            '</dl></article>',
        )
        .join('\n');
  }
}

function renderCell(cell: Cell): string {
  return runsOf(cell).map(renderRun).join('');
}

function renderRun(run: Run): string {
  const text = escapeHtml(runText(run));
  const tone = runTone(run);
  const href = runHref(run);
  const inner = tone ? `<span${toneClass(tone)}>${text}</span>` : text;
  return href && isExportableHref(href) ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
}

function toneClass(tone: Tone | undefined): string {
  return tone ? ` class="tone-${tone}"` : '';
}

/** Escapes the five characters that matter in HTML text and attribute values, and neutralises bidirectional controls. */
export function escapeHtml(text: string): string {
  return neutraliseBidi(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
