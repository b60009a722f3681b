/**
 * Turns a parsed JQL query into a predicate over indexed issues and a comparator for ORDER BY.
 * Values are checked against the workspace as Jira does: an unknown project, status, issue type,
 * sprint or issue key is a 400, not an empty result.
 */
import { badRequest } from '../errors';
import type { IndexedIssue, WorkspaceIndex } from '../store';
import type { JqlClause, JqlSort, JqlTerm, JqlValue } from './ast';
import { parseJqlDate } from './dates';

export type IssuePredicate = (issue: IndexedIssue) => boolean;

export interface EvaluationContext {
  index: WorkspaceIndex;
  /** Upper-case keys of the projects the caller may browse. */
  browsable: Set<string>;
  nowMs: number;
}

/** A field's matcher: does the issue hold this value, and is the field empty on the issue. */
interface FieldMatcher {
  matches(value: JqlValue): IssuePredicate;
  isEmpty: IssuePredicate;
}

const CATEGORIES = [
  { key: 'new', name: 'to do', id: '2' },
  { key: 'indeterminate', name: 'in progress', id: '4' },
  { key: 'done', name: 'done', id: '3' },
];

function noSuchValue(value: string, field: string): Error {
  return badRequest(`The value '${value}' does not exist for the field '${field}'.`);
}

function literal(value: JqlValue, field: string): string {
  if (value.kind === 'literal') return value.text;
  throw badRequest(`The field '${field}' does not take ${value.kind === 'function' ? `the function ${value.name}()` : 'EMPTY here'}.`);
}

function sprintIdsForFunction(name: string, ctx: EvaluationContext): Set<number> {
  const states = name === 'opensprints' ? ['active', 'future'] : name === 'closedsprints' ? ['closed'] : ['future'];
  return new Set(ctx.index.workspace.sprints.filter((s) => states.includes(s.state)).map((s) => s.id));
}

function matcherFor(field: string, ctx: EvaluationContext): FieldMatcher {
  const { index } = ctx;
  switch (field) {
    case 'project':
      return {
        matches(value) {
          const text = literal(value, 'project');
          const project = index.project(text) ?? index.workspace.projects.find((p) => p.name.toLowerCase() === text.toLowerCase());
          if (!project || !ctx.browsable.has(project.key.toUpperCase())) throw noSuchValue(text, 'project');
          const key = project.key.toUpperCase();
          return (issue) => issue.projectKey === key;
        },
        isEmpty: () => false,
      };
    case 'key':
      return {
        matches(value) {
          const text = literal(value, 'key');
          const issue = index.issueByIdOrKey(text);
          if (!issue || !ctx.browsable.has(issue.projectKey)) throw badRequest(`An issue with key '${text}' does not exist for the field 'key'.`);
          return (candidate) => candidate === issue;
        },
        isEmpty: () => false,
      };
    case 'sprint':
      return {
        matches(value) {
          if (value.kind === 'function') {
            const ids = sprintIdsForFunction(value.name, ctx);
            return (issue) => issue.sprintIds.some((id) => ids.has(id));
          }
          const text = literal(value, 'sprint');
          const byId = /^\d+$/.test(text) ? index.sprintsById.get(Number(text)) : undefined;
          const sprints = byId ? [byId] : index.workspace.sprints.filter((s) => s.name.toLowerCase() === text.toLowerCase());
          if (sprints.length === 0) throw noSuchValue(text, 'sprint');
          const ids = new Set(sprints.map((s) => s.id));
          return (issue) => issue.sprintIds.some((id) => ids.has(id));
        },
        isEmpty: (issue) => issue.sprintIds.length === 0,
      };
    case 'statuscategory':
      return {
        matches(value) {
          const text = literal(value, 'statusCategory').toLowerCase();
          const category = CATEGORIES.find((c) => c.key === text || c.name === text || c.id === text);
          if (!category) throw noSuchValue(literal(value, 'statusCategory'), 'statusCategory');
          return (issue) => issue.categoryKey === category.key;
        },
        isEmpty: (issue) => issue.categoryKey === null,
      };
    case 'status':
      return {
        matches(value) {
          const text = literal(value, 'status');
          const lower = text.toLowerCase();
          const ids = new Set(index.workspace.statuses.filter((s) => s.id === text || s.name.toLowerCase() === lower).map((s) => s.id));
          if (ids.size === 0) throw noSuchValue(text, 'status');
          return (issue) => (issue.statusId !== null && ids.has(issue.statusId)) || issue.statusName?.toLowerCase() === lower;
        },
        isEmpty: (issue) => issue.statusId === null && issue.statusName === null,
      };
    case 'issuetype':
      return {
        matches(value) {
          const text = literal(value, 'issuetype');
          const lower = text.toLowerCase();
          const known = index.workspace.issueTypes.filter((t) => t.id === text || t.name.toLowerCase() === lower);
          if (known.length === 0) throw noSuchValue(text, 'issuetype');
          const ids = new Set(known.map((t) => t.id));
          return (issue) => (issue.issueTypeId !== null && ids.has(issue.issueTypeId)) || issue.issueTypeName?.toLowerCase() === lower;
        },
        isEmpty: (issue) => issue.issueTypeId === null && issue.issueTypeName === null,
      };
    default:
      throw badRequest(`The field '${field}' cannot be searched here.`);
  }
}

function dateOf(field: string): (issue: IndexedIssue) => number | null {
  return field === 'created' ? (issue) => issue.createdMs : (issue) => issue.updatedMs;
}

function compileDateTerm(term: JqlTerm, ctx: EvaluationContext): IssuePredicate {
  const read = dateOf(term.field);
  if (term.operator === 'is') return (issue) => read(issue) === null;
  if (term.operator === 'is not') return (issue) => read(issue) !== null;
  const limits = term.values.map((v) => {
    const text = literal(v, term.field);
    const ms = parseJqlDate(text, ctx.nowMs);
    if (ms === null) {
      throw badRequest(
        `The date '${text}' for the field '${term.field}' is not valid. Use 'yyyy-MM-dd', 'yyyy/MM/dd', either with ' HH:mm', or a period such as '-5d'.`,
      );
    }
    return ms;
  });
  const limit = limits[0];
  const test: Record<string, (t: number) => boolean> = {
    '=': (t) => t === limit,
    '!=': (t) => t !== limit,
    '>': (t) => t > limit,
    '>=': (t) => t >= limit,
    '<': (t) => t < limit,
    '<=': (t) => t <= limit,
    in: (t) => limits.includes(t),
    'not in': (t) => !limits.includes(t),
  };
  const check = test[term.operator];
  return (issue) => {
    const t = read(issue);
    return t !== null && check(t);
  };
}

function compileTerm(term: JqlTerm, ctx: EvaluationContext): IssuePredicate {
  if (term.field === 'created' || term.field === 'updated') return compileDateTerm(term, ctx);
  const matcher = matcherFor(term.field, ctx);
  if (term.operator === 'is') return matcher.isEmpty;
  if (term.operator === 'is not') return (issue) => !matcher.isEmpty(issue);
  const empties = term.values.filter((v) => v.kind === 'empty').length > 0;
  const predicates = term.values.filter((v) => v.kind !== 'empty').map((v) => matcher.matches(v));
  const any: IssuePredicate = (issue) => (empties && matcher.isEmpty(issue)) || predicates.some((p) => p(issue));
  // Jira's negative operators never match issues whose field is empty (unless EMPTY is listed).
  if (term.operator === '=' || term.operator === 'in') return any;
  return (issue) => !any(issue) && (empties || !matcher.isEmpty(issue));
}

/** Compiles a WHERE clause into a predicate; throws 400 for values the workspace does not know. */
export function compileClause(clause: JqlClause, ctx: EvaluationContext): IssuePredicate {
  switch (clause.type) {
    case 'term':
      return compileTerm(clause, ctx);
    case 'and': {
      const parts = clause.clauses.map((c) => compileClause(c, ctx));
      return (issue) => parts.every((p) => p(issue));
    }
    case 'or': {
      const parts = clause.clauses.map((c) => compileClause(c, ctx));
      return (issue) => parts.some((p) => p(issue));
    }
    case 'not': {
      const inner = compileClause(clause.clause, ctx);
      return (issue) => !inner(issue);
    }
  }
}

function compareNullable(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

const SORT_KEYS: Record<string, (a: IndexedIssue, b: IndexedIssue) => number> = {
  rank: (a, b) => a.rankPos - b.rankPos,
  created: (a, b) => compareNullable(a.createdMs, b.createdMs),
  updated: (a, b) => compareNullable(a.updatedMs, b.updatedMs),
  key: (a, b) => (a.projectKey < b.projectKey ? -1 : a.projectKey > b.projectKey ? 1 : a.keyNum - b.keyNum),
};

/** Comparator for ORDER BY; ties (and queries without ORDER BY) fall back to issue id ascending. */
export function compileOrder(orderBy: JqlSort[]): (a: IndexedIssue, b: IndexedIssue) => number {
  const parts = orderBy.map((s) => {
    const compare = SORT_KEYS[s.field];
    return s.direction === 'desc' ? (a: IndexedIssue, b: IndexedIssue) => compare(b, a) : compare;
  });
  return (a, b) => {
    for (const compare of parts) {
      const c = compare(a, b);
      if (c !== 0) return c;
    }
    return a.idNum - b.idNum;
  };
}
