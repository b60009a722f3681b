/**
 * GET /rest/api/3/issue/{issueIdOrKey}/changelog: one issue's change history, oldest first, as
 * Jira's PageBeanChangelog (startAt/maxResults, default 100, at most 100 a page; `nextPage` while
 * more remain). This is the one-request-per-issue way that naive tools use; the app itself reads
 * histories in bulk. An unknown issue, or one the caller may not browse, is a 404.
 */
import { notFound } from '../errors';
import { intParam, offsetPage } from '../paging';
import type { HandlerContext, HandlerResult } from './context';
import { historyJson } from './changelog';

const PAGE_CAP = 100;

export function issueChangelog(ctx: HandlerContext): HandlerResult {
  const idOrKey = ctx.params.issueIdOrKey;
  const issue = ctx.index.issueByIdOrKey(idOrKey);
  if (!issue || !ctx.browsable.has(issue.projectKey)) {
    throw notFound('Issue does not exist or you do not have permission to see it.');
  }
  const startAt = intParam(ctx.query, 'startAt', 0);
  const maxResults = intParam(ctx.query, 'maxResults', PAGE_CAP, 1);
  const ordered = [...issue.histories].sort((a, b) => a.createdMs - b.createdMs || Number(a.history.id) - Number(b.history.id));
  const page = offsetPage(ordered, startAt, maxResults, PAGE_CAP);
  const self = `${ctx.baseUrl}/rest/api/3/issue/${encodeURIComponent(issue.raw.key)}/changelog`;
  const body: Record<string, unknown> = {
    self: `${self}?startAt=${startAt}&maxResults=${page.maxResults}`,
    maxResults: page.maxResults,
    startAt,
    total: page.total,
    isLast: page.isLast,
    values: page.values.map((h) => historyJson(h.history, ctx)),
  };
  if (!page.isLast) body.nextPage = `${self}?startAt=${startAt + page.values.length}&maxResults=${page.maxResults}`;
  return { body };
}
