/**
 * POST /rest/api/3/changelog/bulkfetch: full change histories of up to 1000 issues.
 *
 * Histories of all requested issues are merged and sorted by created time, then issue id; only the
 * items of the requested fieldIds are kept (all items when none are given) and histories left
 * with no items are dropped. Pages hold up to maxResults histories (default 1000, at most 10000),
 * grouped per issue; `nextPageToken` is present while more remain. Issues that do not exist or
 * that the caller cannot browse are left out silently.
 */
import type { WsHistory } from '../../workspace';
import { badRequest } from '../errors';
import { LruCache } from '../lru';
import { decodePageToken, encodePageToken, fingerprint } from '../paging';
import type { IndexedIssue } from '../store';
import type { HandlerContext, HandlerResult } from './context';

const MAX_ISSUES = 1000;
const MAX_FIELD_IDS = 10;
const DEFAULT_PAGE = 1000;
const MAX_PAGE = 10000;

interface BulkRequest {
  issueIdsOrKeys: string[];
  fieldIds: string[];
  maxResults: number;
  nextPageToken: string | null;
}

function readRequest(body: unknown): BulkRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('The request body must be a JSON object.');
  const b = body as Record<string, unknown>;
  const ids = b.issueIdsOrKeys;
  if (!Array.isArray(ids) || !ids.every((v) => typeof v === 'string')) {
    throw badRequest("'issueIdsOrKeys' is required: a list of issue ids or keys.", { issueIdsOrKeys: 'required' });
  }
  if (ids.length < 1 || ids.length > MAX_ISSUES) {
    throw badRequest(`'issueIdsOrKeys' must hold between 1 and ${MAX_ISSUES} issues (got ${ids.length}).`);
  }
  const fieldIds = b.fieldIds ?? [];
  if (!Array.isArray(fieldIds) || !fieldIds.every((v) => typeof v === 'string')) throw badRequest("'fieldIds' must be a list of field ids.");
  if (fieldIds.length > MAX_FIELD_IDS) throw badRequest(`'fieldIds' may hold at most ${MAX_FIELD_IDS} field ids (got ${fieldIds.length}).`);
  if (new Set(fieldIds).size !== fieldIds.length) throw badRequest("'fieldIds' must not repeat a field id.");
  const maxResults = b.maxResults ?? DEFAULT_PAGE;
  if (typeof maxResults !== 'number' || !Number.isInteger(maxResults) || maxResults < 1 || maxResults > MAX_PAGE) {
    throw badRequest(`'maxResults' must be a whole number from 1 to ${MAX_PAGE}.`);
  }
  const token = b.nextPageToken ?? null;
  if (token !== null && typeof token !== 'string') throw badRequest("'nextPageToken' must be a string.");
  return { issueIdsOrKeys: ids as string[], fieldIds: fieldIds as string[], maxResults, nextPageToken: token };
}

interface Entry {
  issue: IndexedIssue;
  createdMs: number;
  history: WsHistory;
}

function collect(request: BulkRequest, ctx: HandlerContext): Entry[] {
  const seen = new Set<IndexedIssue>();
  const wantedFields = request.fieldIds.length > 0 ? new Set(request.fieldIds) : null;
  const entries: Entry[] = [];
  for (const idOrKey of request.issueIdsOrKeys) {
    const issue = ctx.index.issueByIdOrKey(idOrKey);
    if (!issue || seen.has(issue) || !ctx.browsable.has(issue.projectKey)) continue;
    seen.add(issue);
    for (const { history, createdMs } of issue.histories) {
      if (wantedFields === null) {
        entries.push({ issue, createdMs, history });
        continue;
      }
      const items = history.items.filter((item) => wantedFields.has(item.fieldId));
      if (items.length > 0) entries.push({ issue, createdMs, history: items.length === history.items.length ? history : { ...history, items } });
    }
  }
  // Oldest first; the same instant is ordered by issue id, then by history id.
  return entries.sort((a, b) => a.createdMs - b.createdMs || a.issue.idNum - b.issue.idNum || Number(a.history.id) - Number(b.history.id));
}

export function historyJson(history: WsHistory, ctx: HandlerContext) {
  const json: Record<string, unknown> = { id: history.id };
  if (history.author) {
    json.author = {
      self: `${ctx.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(history.author.accountId)}`,
      accountId: history.author.accountId,
      displayName: history.author.displayName,
      active: history.author.active,
      accountType: 'atlassian',
      timeZone: 'UTC',
    };
  }
  json.created = history.created;
  json.items = history.items;
  return json;
}

const caches = new WeakMap<object, LruCache<Entry[]>>();

export function bulkFetchChangelogs(ctx: HandlerContext): HandlerResult {
  const request = readRequest(ctx.body);
  const requestPrint = fingerprint(`${ctx.user.accountId}\n${request.issueIdsOrKeys.join(',')}\n${request.fieldIds.join(',')}`);
  const offset = request.nextPageToken ? decodePageToken(request.nextPageToken, requestPrint) : 0;
  let cache = caches.get(ctx.index);
  if (!cache) {
    cache = new LruCache<Entry[]>(4);
    caches.set(ctx.index, cache);
  }
  const entries = cache.get(requestPrint, () => collect(request, ctx));
  const page = entries.slice(offset, offset + request.maxResults);

  const groups = new Map<IndexedIssue, unknown[]>();
  for (const entry of page) {
    const list = groups.get(entry.issue) ?? [];
    list.push(historyJson(entry.history, ctx));
    groups.set(entry.issue, list);
  }
  const body: Record<string, unknown> = {
    issueChangeLogs: [...groups].map(([issue, changeHistories]) => ({ issueId: issue.raw.id, changeHistories })),
  };
  const end = offset + page.length;
  if (end < entries.length) body.nextPageToken = encodePageToken(requestPrint, end);
  return { body };
}
