/** The parsed form of a JQL query. */

export type JqlOperator = '=' | '!=' | '>' | '>=' | '<' | '<=' | 'in' | 'not in' | 'is' | 'is not';

/** A value: a literal, a function call such as openSprints(), or EMPTY/NULL. */
export type JqlValue = { kind: 'literal'; text: string } | { kind: 'function'; name: string } | { kind: 'empty' };

export interface JqlTerm {
  type: 'term';
  /** Canonical field name (project, key, sprint, statuscategory, status, issuetype, created, updated). */
  field: string;
  operator: JqlOperator;
  values: JqlValue[];
  pos: number;
}

export type JqlClause =
  | JqlTerm
  | { type: 'and'; clauses: JqlClause[] }
  | { type: 'or'; clauses: JqlClause[] }
  | { type: 'not'; clause: JqlClause };

export interface JqlSort {
  /** Canonical sort field: rank, created, updated, key. */
  field: string;
  direction: 'asc' | 'desc';
}

export interface JqlQuery {
  /** null when the query has no search restriction (only ORDER BY, or empty). */
  where: JqlClause | null;
  orderBy: JqlSort[];
}
