/**
 * POST /rest/api/3/issue/bulkfetch (BulkFetchIssueRequestBean -> BulkIssueResults), as Jira answers
 * it: up to 100 issue ids or keys (keys in any case); issues that do not exist or that the caller
 * may not browse are left out without an error; the rest come back in ascending id order, each once,
 * with the fields asked for (default: the navigable ones).
 */
import { badRequest } from '../errors';
import type { IndexedIssue } from '../store';
import type { HandlerContext, HandlerResult } from './context';
import { fieldSelector, issueJson } from './search';

const MAX_ISSUES = 100;

export function bulkFetchIssues(ctx: HandlerContext): HandlerResult {
  const body = ctx.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('The request body must be a JSON object.');
  const { issueIdsOrKeys, fields } = body as Record<string, unknown>;
  if (!Array.isArray(issueIdsOrKeys) || !issueIdsOrKeys.every((v) => typeof v === 'string')) {
    throw badRequest("'issueIdsOrKeys' must be a list of issue ids or keys.");
  }
  if (issueIdsOrKeys.length === 0 || issueIdsOrKeys.length > MAX_ISSUES) {
    throw badRequest(`'issueIdsOrKeys' must name between 1 and ${MAX_ISSUES} issues.`);
  }
  if (fields !== undefined && !(Array.isArray(fields) && fields.every((f) => typeof f === 'string'))) {
    throw badRequest("'fields' must be a list of field ids.");
  }
  const requested = (fields as string[] | undefined) ?? ['*navigable'];
  const found = new Map<string, IndexedIssue>();
  for (const idOrKey of issueIdsOrKeys as string[]) {
    const issue = ctx.index.issueByIdOrKey(idOrKey.trim());
    if (issue && ctx.browsable.has(issue.projectKey)) found.set(issue.raw.id, issue);
  }
  const wanted = fieldSelector(requested);
  const named = requested.filter((f) => !f.startsWith('-') && !f.startsWith('*'));
  const issues = [...found.values()].sort((a, b) => Number(a.raw.id) - Number(b.raw.id)).map((issue) => issueJson(issue, ctx, wanted, named));
  return { body: { issues, issueErrors: [] } };
}
