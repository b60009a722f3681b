/**
 * JQL tokenizer: words (unquoted values and keywords), quoted strings, operators, parentheses
 * and commas, each with its character position for error messages.
 */
import { badRequest } from '../errors';

export type TokenKind = 'word' | 'string' | 'op' | 'lparen' | 'rparen' | 'comma';

export interface Token {
  kind: TokenKind;
  text: string;
  /** 1-based character position in the query. */
  pos: number;
}

const OPERATORS = ['!=', '>=', '<=', '!~', '=', '>', '<', '~'];
const WORD_STOP = new Set([' ', '\t', '\n', '\r', '"', "'", '(', ')', ',', '=', '!', '<', '>', '~']);

export function jqlError(message: string, pos?: number): Error {
  const where = pos === undefined ? '' : ` (at character ${pos})`;
  return badRequest(`Error in the JQL query: ${message}${where}.`);
}

export function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < jql.length) {
    const ch = jql[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i += 1;
      continue;
    }
    const pos = i + 1;
    if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: ch === '(' ? 'lparen' : ch === ')' ? 'rparen' : 'comma', text: ch, pos });
      i += 1;
      continue;
    }
    if (ch === '"' || ch === "'") {
      let text = '';
      let j = i + 1;
      for (; j < jql.length && jql[j] !== ch; j += 1) {
        if (jql[j] === '\\' && j + 1 < jql.length) j += 1;
        text += jql[j];
      }
      if (j >= jql.length) throw jqlError('a quoted value is not closed', pos);
      tokens.push({ kind: 'string', text, pos });
      i = j + 1;
      continue;
    }
    if (ch === '&' && jql[i + 1] === '&') {
      tokens.push({ kind: 'word', text: 'AND', pos });
      i += 2;
      continue;
    }
    if (ch === '|' && jql[i + 1] === '|') {
      tokens.push({ kind: 'word', text: 'OR', pos });
      i += 2;
      continue;
    }
    const op = OPERATORS.find((o) => jql.startsWith(o, i));
    if (op) {
      tokens.push({ kind: 'op', text: op, pos });
      i += op.length;
      continue;
    }
    if (ch === '!') {
      tokens.push({ kind: 'word', text: 'NOT', pos });
      i += 1;
      continue;
    }
    let j = i;
    while (j < jql.length && !WORD_STOP.has(jql[j])) j += 1;
    tokens.push({ kind: 'word', text: jql.slice(i, j), pos });
    i = j;
  }
  return tokens;
}
