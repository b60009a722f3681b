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

/**
 * The text being built: pieces in order, and whether the last non-empty one ended its line
 * (kept as a flag, so closing many nested blocks costs nothing per block).
 */
class TextOut {
  readonly pieces: string[] = [];
  private lineEnded = true;
  push(text: string): void {
    if (text === '') return;
    this.pieces.push(text);
    this.lineEnded = text.endsWith('\n');
  }
  endLine(): void {
    if (!this.lineEnded) this.push('\n');
  }
}

/** What is left to do: a node to render (`top`: a child of a doc), or what ends a node after its children. */
type Step = { node: unknown; top: boolean } | { after: 'space' | 'line-end' };

/**
 * Walks the document with a stack of its own rather than by recursion, so a document nested
 * thousands of levels deep (Jira accepts them) is read whole instead of overflowing the call stack.
 * Steps are pushed in reverse, so they pop in document order.
 */
function render(root: unknown, out: TextOut): void {
  const steps: Step[] = [{ node: root, top: false }];
  for (let step = steps.pop(); step !== undefined; step = steps.pop()) {
    if ('after' in step) {
      if (step.after === 'space') out.push(' ');
      else out.endLine();
      continue;
    }
    const { node, top } = step;
    // Every top-level node is a block, even one of a type we do not know yet: each ends its line.
    if (top) steps.push({ after: 'line-end' });
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i -= 1) steps.push({ node: node[i], top: false });
      continue;
    }
    if (!isNode(node)) continue;
    const inline = inlineText(node);
    if (inline !== null) {
      out.push(inline);
      continue;
    }
    if (node.type === 'doc' && Array.isArray(node.content)) {
      for (let i = node.content.length - 1; i >= 0; i -= 1) steps.push({ node: node.content[i], top: true });
      continue;
    }
    if (node.type === 'tableCell' || node.type === 'tableHeader') steps.push({ after: 'space' });
    else if (typeof node.type === 'string' && BLOCK_NODES.has(node.type)) steps.push({ after: 'line-end' });
    if (node.type === 'listItem') out.push('- ');
    steps.push({ node: node.content, top: false });
  }
}

/** Plain text of an ADF document (or of a plain string). Lines are trimmed at the end; at most one blank line in a row. */
export function adfToText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (!isNode(value)) return '';
  const out = new TextOut();
  render(value, out);
  return out.pieces
    .join('')
    .split('\n')
    // trimEnd drops exactly what \s matches, without the regular expression's quadratic time on a line of spaces
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text of a rich-text field (ADF or plain string), or null when empty or unreadable. */
export function richTextOrNull(value: unknown): string | null {
  const text = adfToText(value);
  return text === '' ? null : text;
}
