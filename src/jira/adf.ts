/**
 * Atlassian Document Format (ADF, Jira's rich text) to plain text.
 * Rules: text nodes give their text; hardBreak gives a line break; mentions, emoji, dates and
 * cards give their visible text; each block (paragraph, heading, list item, code block, quote,
 * table cell, ...) ends its line (one line break, however deeply blocks nest), list items start
 * with "- ". Unknown nodes give the text of
 * their children, so new node types never lose words (an unknown top-level node still ends its line). Never throws: anything that is not ADF
 * gives "" (plain strings, as older APIs send, are returned as they are).
 */

const BLOCK_NODES = new Set([
  'paragraph', 'heading', 'codeBlock', 'blockquote', 'listItem', 'tableCell', 'tableHeader', 'tableRow',
  'panel', 'rule', 'mediaSingle', 'mediaGroup', 'expand', 'nestedExpand', 'decisionItem', 'taskItem',
]);

function isNode(value: unknown): value is { type?: unknown; text?: unknown; attrs?: Record<string, unknown>; content?: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function inlineText(node: { type?: unknown; text?: unknown; attrs?: Record<string, unknown> }): string | null {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? node.text : '';
    case 'hardBreak':
      return '\n';
    case 'mention':
      return typeof attrs.text === 'string' ? attrs.text : '';
    case 'emoji':
      return typeof attrs.text === 'string' ? attrs.text : typeof attrs.shortName === 'string' ? attrs.shortName : '';
    case 'date':
      return typeof attrs.timestamp === 'string' && /^\d+$/.test(attrs.timestamp) ? new Date(Number(attrs.timestamp)).toISOString().slice(0, 10) : '';
    case 'status':
      return typeof attrs.text === 'string' ? attrs.text : '';
    case 'inlineCard':
    case 'blockCard':
    case 'embedCard':
      return typeof attrs.url === 'string' ? attrs.url : '';
    default:
      return null;
  }
}

function endsWithNewline(out: string[]): boolean {
  for (let i = out.length - 1; i >= 0; i -= 1) if (out[i] !== '') return out[i].endsWith('\n');
  return true;
}

function render(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) render(child, out);
    return;
  }
  if (!isNode(node)) return;
  const inline = inlineText(node);
  if (inline !== null) {
    out.push(inline);
    return;
  }
  if (node.type === 'doc' && Array.isArray(node.content)) {
    // Every top-level node is a block, even one of a type we do not know yet: each ends its line.
    for (const child of node.content) {
      render(child, out);
      if (!endsWithNewline(out)) out.push('\n');
    }
    return;
  }
  const isBlock = typeof node.type === 'string' && BLOCK_NODES.has(node.type);
  if (node.type === 'listItem') out.push('- ');
  render(node.content, out);
  if (node.type === 'tableCell' || node.type === 'tableHeader') out.push(' ');
  else if (isBlock && !endsWithNewline(out)) out.push('\n');
}

/** Plain text of an ADF document (or of a plain string). Lines are trimmed at the end; at most one blank line in a row. */
export function adfToText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (!isNode(value)) return '';
  const out: string[] = [];
  render(value, out);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text of a rich-text field (ADF or plain string), or null when empty or unreadable. */
export function richTextOrNull(value: unknown): string | null {
  const text = adfToText(value);
  return text === '' ? null : text;
}
