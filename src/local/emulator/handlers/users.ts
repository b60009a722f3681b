/**
 * People, as Jira answers about them: GET /rest/api/3/user/search (active users whose display name
 * or email starts with the query, word by word, case-insensitive; startAt/maxResults, at most 1000)
 * and GET /rest/api/3/user/bulk (the users with the `accountId` parameters, repeated; unknown ids
 * left out; a PageBeanUser, at most 200 per page). The "Browse users and groups" permission is not
 * modelled: every caller may search.
 */
import type { WsUser } from '../../workspace';
import { badRequest } from '../errors';
import { intParam, offsetPage } from '../paging';
import type { HandlerContext, HandlerResult } from './context';
import { userJson } from './platform';

const SEARCH_CAP = 1000;
const BULK_CAP = 200;

function startsAWord(text: string, query: string): boolean {
  return text
    .toLowerCase()
    .split(/[\s.@_-]+/)
    .some((word) => word.startsWith(query)) || text.toLowerCase().startsWith(query);
}

/** GET /rest/api/3/user/search?query=&accountId=&startAt=&maxResults= */
export function searchUsers(ctx: HandlerContext): HandlerResult {
  const query = (ctx.query.get('query') ?? '').trim().toLowerCase();
  const accountId = ctx.query.get('accountId');
  if (query === '' && !accountId) throw badRequest("One of 'query', 'accountId' or 'property' must be given.");
  const matches = ctx.index.workspace.users.filter(
    (user: WsUser) =>
      user.active && (accountId ? user.accountId === accountId : startsAWord(user.displayName, query) || startsAWord(user.emailAddress, query)),
  );
  const page = offsetPage(matches, intParam(ctx.query, 'startAt', 0), intParam(ctx.query, 'maxResults', 50), SEARCH_CAP);
  return { body: page.values.map((user) => userJson(user, ctx)) };
}

/** GET /rest/api/3/user/bulk?accountId=a&accountId=b&startAt=&maxResults= */
export function bulkUsers(ctx: HandlerContext): HandlerResult {
  const wanted = ctx.query.getAll('accountId').filter((id) => id !== '');
  if (wanted.length === 0) throw badRequest("The parameter 'accountId' is required: pass one per person.");
  const users = [...new Set(wanted)].map((id) => ctx.index.user(id)).filter((user): user is WsUser => user !== undefined);
  const startAt = intParam(ctx.query, 'startAt', 0);
  const page = offsetPage(users, startAt, intParam(ctx.query, 'maxResults', 10), BULK_CAP);
  const self = `${ctx.baseUrl}/rest/api/3/user/bulk?startAt=${startAt}&maxResults=${page.maxResults}`;
  const body: Record<string, unknown> = { self, maxResults: page.maxResults, startAt, total: page.total, isLast: page.isLast, values: page.values.map((user) => userJson(user, ctx)) };
  if (!page.isLast) body.nextPage = `${ctx.baseUrl}/rest/api/3/user/bulk?startAt=${startAt + page.values.length}&maxResults=${page.maxResults}`;
  return { body };
}
