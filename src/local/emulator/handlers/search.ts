/**
 * Enhanced JQL search: GET and POST /rest/api/3/search/jql.
 *
 * Token paging without total or startAt; `nextPageToken` and `isLast: false` while more remain,
 * no token on the last page. Page size: maxResults (default 50), capped at 5000 when only id/key
 * are requested and at 100 otherwise. Fields: only those requested (default: id only; exclusions
 * alone, e.g. `-description`, give every other field).
 * Unbounded queries (no WHERE clause) answer 400. Only issues of browsable projects are searched.
 */
import { badRequest } from '../errors';
import { compileClause, compileOrder } from '../jql/evaluate';
import { parseJql } from '../jql/parser';
import { LruCache } from '../lru';
import { decodePageToken, encodePageToken, fingerprint } from '../paging';
import type { IndexedIssue } from '../store';
import type { HandlerContext, HandlerResult } from './context';

const DEFAULT_PAGE = 50;
const ID_ONLY_CAP = 5000;
const FIELDS_CAP = 100;
const ID_FIELDS = new Set(['id', 'key']);

interface SearchRequest {
  jql: string;
  fields: string[];
  maxResults: number;
  nextPageToken: string | null;
}

function splitList(values: string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function fromQuery(query: URLSearchParams): SearchRequest {
  const rawMax = query.get('maxResults');
  if (rawMax !== null && !/^\d+$/.test(rawMax)) throw badRequest(`The parameter 'maxResults' must be a whole number (got '${rawMax}').`);
  return {
    jql: query.get('jql') ?? '',
    fields: splitList(query.getAll('fields')),
    maxResults: rawMax === null ? DEFAULT_PAGE : Number(rawMax),
    nextPageToken: query.get('nextPageToken'),
  };
}

function fromBody(body: unknown): SearchRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('The request body must be a JSON object.');
  const b = body as Record<string, unknown>;
  if (b.jql !== undefined && typeof b.jql !== 'string') throw badRequest("'jql' must be a string.");
  if (b.fields !== undefined && !(Array.isArray(b.fields) && b.fields.every((f) => typeof f === 'string'))) {
    throw badRequest("'fields' must be a list of field ids.");
  }
  if (b.maxResults !== undefined && !(typeof b.maxResults === 'number' && Number.isInteger(b.maxResults))) {
    throw badRequest("'maxResults' must be a whole number.");
  }
  if (b.nextPageToken !== undefined && b.nextPageToken !== null && typeof b.nextPageToken !== 'string') {
    throw badRequest("'nextPageToken' must be a string.");
  }
  return {
    jql: (b.jql as string | undefined) ?? '',
    fields: splitList((b.fields as string[] | undefined) ?? []),
    maxResults: (b.maxResults as number | undefined) ?? DEFAULT_PAGE,
    nextPageToken: (b.nextPageToken as string | null | undefined) ?? null,
  };
}

/**
 * Which fields to put in `fields`: a function of the field id, given the request's field list.
 * A list of exclusions only (`-description`) means "all navigable fields except those", as the
 * spec's example says; every field of the emulator is navigable.
 */
export function fieldSelector(requested: string[]): (fieldId: string) => boolean {
  const list = requested.length === 0 ? ['id'] : requested;
  const excluded = new Set(list.filter((f) => f.startsWith('-')).map((f) => f.slice(1)));
  const included = new Set(list.filter((f) => !f.startsWith('-') && !f.startsWith('*')));
  const all = list.includes('*all') || list.includes('*navigable') || (included.size === 0 && excluded.size > 0);
  return (fieldId) => !excluded.has(fieldId) && (all || included.has(fieldId));
}

export function issueJson(issue: IndexedIssue, ctx: HandlerContext, wanted: (fieldId: string) => boolean, namedFields: string[]) {
  const fields: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(issue.raw.fields)) {
    if (wanted(id)) fields[id] = value;
  }
  // Fields asked for by name that the issue does not hold come back as null, as Jira does.
  for (const id of namedFields) {
    if (!(id in fields) && !ID_FIELDS.has(id) && ctx.index.workspace.fields.some((f) => f.id === id)) fields[id] = null;
  }
  return { id: issue.raw.id, key: issue.raw.key, self: `${ctx.baseUrl}/rest/api/3/issue/${issue.raw.id}`, fields };
}

/** Matching issues in order, per workspace; the last few queries are kept for their next pages. */
const caches = new WeakMap<object, LruCache<IndexedIssue[]>>();

function matchingIssues(request: SearchRequest, ctx: HandlerContext): IndexedIssue[] {
  const query = parseJql(request.jql);
  if (query.where === null) throw badRequest('Unbounded JQL queries are not allowed here: add a search restriction to the query.');
  const evaluation = { index: ctx.index, browsable: ctx.browsable, nowMs: ctx.nowMs };
  const predicate = compileClause(query.where, evaluation);
  const order = compileOrder(query.orderBy);
  const found: IndexedIssue[] = [];
  for (const key of ctx.browsable) {
    for (const issue of ctx.index.issuesOfProject(key)) if (predicate(issue)) found.push(issue);
  }
  return found.sort(order);
}

function search(request: SearchRequest, ctx: HandlerContext): HandlerResult {
  if (request.maxResults < 1) throw badRequest("'maxResults' must be at least 1.");
  const idOnly = request.fields.length === 0 || request.fields.every((f) => ID_FIELDS.has(f));
  const pageSize = Math.min(request.maxResults, idOnly ? ID_ONLY_CAP : FIELDS_CAP);
  const requestPrint = fingerprint(`${ctx.user.accountId}\n${request.jql}\n${request.fields.join(',')}`);
  const offset = request.nextPageToken ? decodePageToken(request.nextPageToken, requestPrint) : 0;

  let cache = caches.get(ctx.index);
  if (!cache) {
    cache = new LruCache<IndexedIssue[]>();
    caches.set(ctx.index, cache);
  }
  // Relative dates depend on the clock, so such queries are not reused across pages' clocks;
  // the minute is fine-grained enough for paging through one query.
  const cacheKey = `${requestPrint}\n${Math.floor(ctx.nowMs / 60_000)}`;
  const issues = cache.get(cacheKey, () => matchingIssues(request, ctx));

  const pageIssues = issues.slice(offset, offset + pageSize);
  const wanted = fieldSelector(request.fields);
  const namedFields = request.fields.filter((f) => !f.startsWith('-') && !f.startsWith('*'));
  const end = offset + pageIssues.length;
  const body: Record<string, unknown> = { issues: pageIssues.map((i) => issueJson(i, ctx, wanted, namedFields)) };
  if (end < issues.length) {
    body.nextPageToken = encodePageToken(requestPrint, end);
    body.isLast = false;
  } else body.isLast = true;
  return { body };
}

/** GET /rest/api/3/search/jql */
export function searchByQuery(ctx: HandlerContext): HandlerResult {
  return search(fromQuery(ctx.query), ctx);
}

/** POST /rest/api/3/search/jql (SearchAndReconcileRequestBean) */
export function searchByBody(ctx: HandlerContext): HandlerResult {
  return search(fromBody(ctx.body), ctx);
}
