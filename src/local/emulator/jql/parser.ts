/**
 * Recursive-descent JQL parser for the subset the app sends.
 *
 *   query   := [or] [ORDER BY sort ("," sort)*]
 *   or      := and (OR and)*            -- AND binds tighter than OR, as in Jira
 *   and     := unary (AND unary)*
 *   unary   := NOT unary | "(" or ")" | term
 *   term    := field op value | field [NOT] IN list | field IS [NOT] (EMPTY|NULL)
 *   list    := "(" value ("," value)* ")" | function "(" ")"
 */
import type { JqlClause, JqlOperator, JqlQuery, JqlSort, JqlTerm, JqlValue } from './ast';
import { jqlError, tokenize, type Token } from './tokenizer';

/** JQL field names (lower case) to the canonical field the evaluator knows. */
const FIELD_ALIASES: Record<string, string> = {
  project: 'project',
  key: 'key',
  issuekey: 'key',
  id: 'key',
  sprint: 'sprint',
  statuscategory: 'statuscategory',
  status: 'status',
  issuetype: 'issuetype',
  type: 'issuetype',
  created: 'created',
  createddate: 'created',
  updated: 'updated',
  updateddate: 'updated',
};

const SORT_ALIASES: Record<string, string> = {
  rank: 'rank',
  created: 'created',
  createddate: 'created',
  updated: 'updated',
  updateddate: 'updated',
  key: 'key',
  issuekey: 'key',
  id: 'key',
};

const DATE_FIELDS = new Set(['created', 'updated']);
const KNOWN_FUNCTIONS = new Set(['opensprints', 'closedsprints', 'futuresprints']);
const MAX_SORT_FIELDS = 7;

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  private isWord(word: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t?.kind === 'word' && t.text.toUpperCase() === word;
  }

  private take(): Token {
    const t = this.tokens[this.i];
    if (!t) throw jqlError('the query ends too early');
    this.i += 1;
    return t;
  }

  private expect(kind: Token['kind'], what: string): Token {
    const t = this.peek();
    if (!t || t.kind !== kind) throw jqlError(`expected ${what}${t ? ` but found '${t.text}'` : ' but the query ended'}`, t?.pos);
    this.i += 1;
    return t;
  }

  parseQuery(): JqlQuery {
    let where: JqlClause | null = null;
    if (this.peek() && !(this.isWord('ORDER') && this.isWord('BY', 1))) where = this.parseOr();
    const orderBy: JqlSort[] = [];
    if (this.isWord('ORDER')) {
      this.take();
      if (!this.isWord('BY')) throw jqlError("expected 'BY' after 'ORDER'", this.peek()?.pos);
      this.take();
      do {
        if (orderBy.length > 0) this.take(); // the comma
        orderBy.push(this.parseSort());
      } while (this.peek()?.kind === 'comma');
      if (orderBy.length > MAX_SORT_FIELDS) throw jqlError(`ORDER BY takes at most ${MAX_SORT_FIELDS} fields`);
    }
    const rest = this.peek();
    if (rest) throw jqlError(`unexpected '${rest.text}'`, rest.pos);
    return { where, orderBy };
  }

  private parseSort(): JqlSort {
    const t = this.take();
    if (t.kind !== 'word' && t.kind !== 'string') throw jqlError(`expected a field to order by but found '${t.text}'`, t.pos);
    const field = SORT_ALIASES[t.text.toLowerCase()];
    if (!field) throw jqlError(`ordering by '${t.text}' is not supported here`, t.pos);
    let direction: 'asc' | 'desc' = 'asc';
    if (this.isWord('ASC') || this.isWord('DESC')) direction = this.take().text.toLowerCase() as 'asc' | 'desc';
    return { field, direction };
  }

  private parseOr(): JqlClause {
    const clauses = [this.parseAnd()];
    while (this.isWord('OR')) {
      this.take();
      clauses.push(this.parseAnd());
    }
    return clauses.length === 1 ? clauses[0] : { type: 'or', clauses };
  }

  private parseAnd(): JqlClause {
    const clauses = [this.parseUnary()];
    while (this.isWord('AND')) {
      this.take();
      clauses.push(this.parseUnary());
    }
    return clauses.length === 1 ? clauses[0] : { type: 'and', clauses };
  }

  private parseUnary(): JqlClause {
    if (this.isWord('NOT')) {
      this.take();
      return { type: 'not', clause: this.parseUnary() };
    }
    if (this.peek()?.kind === 'lparen') {
      this.take();
      const inner = this.parseOr();
      this.expect('rparen', "')'");
      return inner;
    }
    return this.parseTerm();
  }

  private parseTerm(): JqlTerm {
    const fieldToken = this.take();
    if (fieldToken.kind !== 'word' && fieldToken.kind !== 'string') throw jqlError(`expected a field name but found '${fieldToken.text}'`, fieldToken.pos);
    const field = FIELD_ALIASES[fieldToken.text.toLowerCase()];
    if (!field) {
      throw jqlError(`the field '${fieldToken.text}' does not exist or you may not see it`, fieldToken.pos);
    }
    const operator = this.parseOperator();
    const opPos = this.tokens[this.i - 1].pos;
    let values: JqlValue[];
    if (operator === 'in' || operator === 'not in') values = this.parseList();
    else if (operator === 'is' || operator === 'is not') {
      if (!this.isWord('EMPTY') && !this.isWord('NULL')) throw jqlError(`expected EMPTY or NULL after '${operator.toUpperCase()}'`, this.peek()?.pos);
      this.take();
      values = [{ kind: 'empty' }];
    } else values = [this.parseValue()];
    if (DATE_FIELDS.has(field) === false && ['>', '>=', '<', '<='].includes(operator)) {
      throw jqlError(`the operator '${operator}' cannot be used with the field '${fieldToken.text}'`, opPos);
    }
    if (DATE_FIELDS.has(field) && (operator === 'in' || operator === 'not in') && values.some((v) => v.kind === 'function')) {
      throw jqlError(`the field '${fieldToken.text}' takes dates, not functions`, opPos);
    }
    return { type: 'term', field, operator, values, pos: fieldToken.pos };
  }

  private parseOperator(): JqlOperator {
    const t = this.take();
    if (t.kind === 'op') {
      if (t.text === '~' || t.text === '!~') throw jqlError(`the operator '${t.text}' is not supported here`, t.pos);
      return t.text as JqlOperator;
    }
    const word = t.kind === 'word' ? t.text.toUpperCase() : '';
    if (word === 'IN') return 'in';
    if (word === 'IS') {
      if (this.isWord('NOT')) {
        this.take();
        return 'is not';
      }
      return 'is';
    }
    if (word === 'NOT' && this.isWord('IN')) {
      this.take();
      return 'not in';
    }
    throw jqlError(`expected an operator but found '${t.text}'`, t.pos);
  }

  private parseList(): JqlValue[] {
    const t = this.peek();
    if (t?.kind === 'word' && this.peek(1)?.kind === 'lparen') return [this.parseValue()];
    this.expect('lparen', "'(' to start a list of values");
    const values = [this.parseValue()];
    while (this.peek()?.kind === 'comma') {
      this.take();
      values.push(this.parseValue());
    }
    this.expect('rparen', "')' to close the list of values");
    return values;
  }

  private parseValue(): JqlValue {
    const t = this.take();
    if (t.kind === 'string') return { kind: 'literal', text: t.text };
    if (t.kind !== 'word') throw jqlError(`expected a value but found '${t.text}'`, t.pos);
    if (this.peek()?.kind === 'lparen') {
      const name = t.text.toLowerCase();
      if (!KNOWN_FUNCTIONS.has(name)) throw jqlError(`the function '${t.text}' is not supported here`, t.pos);
      this.take();
      this.expect('rparen', `')' after '${t.text}('`);
      return { kind: 'function', name };
    }
    const upper = t.text.toUpperCase();
    if (upper === 'EMPTY' || upper === 'NULL') return { kind: 'empty' };
    // An unquoted date followed by an unquoted time ("2024-01-05 10:00") is one value.
    const next = this.peek();
    if (/^\d{4}[-/]\d{1,2}[-/]\d{1,2}$/.test(t.text) && next?.kind === 'word' && /^\d{1,2}:\d{2}$/.test(next.text)) {
      this.take();
      return { kind: 'literal', text: `${t.text} ${next.text}` };
    }
    return { kind: 'literal', text: t.text };
  }
}

/** Parses a JQL query; throws a 400 JiraHttpError with a readable message when it is not valid. */
export function parseJql(jql: string): JqlQuery {
  return new Parser(tokenize(jql)).parseQuery();
}
