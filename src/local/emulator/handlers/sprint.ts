/**
 * Jira Software's sprint endpoints: read a sprint (the app calls it when it records a sprint), and
 * the writes the demo and the tests make as a person would in Jira (the app never writes): update
 * a sprint (start it, close it, change its goal or dates), move issues into a sprint, move them to
 * the backlog, and move an issue to another status (a platform endpoint, here for the same use). Writes need the right to administer the board's project, and send Jira Software's
 * sprint events to whoever listens (server.ts), after the answer, as Forge delivers them.
 */
import type { WsIssue, WsSprint } from '../../workspace';
import { badRequest, notFound } from '../errors';
import { moveToBacklog, moveToSprint, type SprintChange, updateSprint } from '../sprint-writes';
import type { HandlerContext, HandlerResult } from './context';
import { writeContext } from './write-context';
import { transitionIssue } from '../issue-writes';

/** Issues per move, as Jira allows. */
const MOVE_LIMIT = 50;

function sprintOf(ctx: HandlerContext): WsSprint {
  const raw = ctx.params.sprintId;
  const sprint = /^\d+$/.test(raw) ? ctx.index.sprintsById.get(Number(raw)) : undefined;
  const board = sprint ? ctx.index.boardsById.get(sprint.originBoardId) : undefined;
  if (!sprint || !board || !ctx.browsable.has(board.projectKey.toUpperCase())) throw notFound(`The sprint ${raw} does not exist or you do not have permission to see it.`);
  return sprint;
}

function issuesOf(ctx: HandlerContext): WsIssue[] {
  const body = ctx.body as { issues?: unknown } | undefined;
  const wanted = body?.issues;
  if (!Array.isArray(wanted) || wanted.length === 0 || wanted.length > MOVE_LIMIT || !wanted.every((w) => typeof w === 'string')) {
    throw badRequest(`Name 1 to ${MOVE_LIMIT} issues (keys or ids) in "issues".`);
  }
  return wanted.map((idOrKey) => {
    const issue = ctx.index.issueByIdOrKey(idOrKey);
    if (!issue || !ctx.browsable.has(issue.projectKey)) throw badRequest(`Issue ${idOrKey} does not exist or you do not have permission to see it.`);
    return issue.raw;
  });
}

/** GET /rest/agile/1.0/sprint/{sprintId} (SprintBean) */
export function getSprint(ctx: HandlerContext): HandlerResult {
  const sprint = sprintOf(ctx);
  return {
    body: {
      id: sprint.id, self: `${ctx.baseUrl}/rest/agile/1.0/sprint/${sprint.id}`, state: sprint.state, name: sprint.name,
      ...(sprint.startDate ? { startDate: sprint.startDate } : {}),
      ...(sprint.endDate ? { endDate: sprint.endDate } : {}),
      ...(sprint.completeDate ? { completeDate: sprint.completeDate } : {}),
      createdDate: sprint.createdDate, originBoardId: sprint.originBoardId,
      ...(sprint.goal !== undefined ? { goal: sprint.goal } : {}),
    },
  };
}

function changeOf(body: unknown): SprintChange {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const change: SprintChange = {};
  for (const field of ['state', 'name', 'goal', 'startDate', 'endDate'] as const) {
    if (record[field] === undefined) continue;
    if (typeof record[field] !== 'string') throw badRequest(`"${field}" must be text.`);
    change[field] = record[field] as string;
  }
  if (record.incompleteIssuesDestinationId !== undefined) {
    if (typeof record.incompleteIssuesDestinationId !== 'number') throw badRequest('"incompleteIssuesDestinationId" must be a sprint id.');
    change.incompleteIssuesDestinationId = record.incompleteIssuesDestinationId;
  }
  return change;
}

/** POST /rest/agile/1.0/sprint/{sprintId}: a partial update (start, close, goal, dates, name). */
export function partiallyUpdateSprint(ctx: HandlerContext): HandlerResult {
  const sprint = sprintOf(ctx);
  const write = writeContext(ctx, ctx.index.boardsById.get(sprint.originBoardId)!.projectKey);
  const events = updateSprint(write, sprint, changeOf(ctx.body));
  ctx.writes!.changed(events);
  return getSprint(ctx);
}

/** POST /rest/agile/1.0/sprint/{sprintId}/issue: moves issues into a future or active sprint. */
export function moveIssuesToSprint(ctx: HandlerContext): HandlerResult {
  const sprint = sprintOf(ctx);
  const write = writeContext(ctx, ctx.index.boardsById.get(sprint.originBoardId)!.projectKey);
  moveToSprint(write, sprint, issuesOf(ctx));
  ctx.writes!.changed([]);
  return { status: 204, body: null };
}

/** POST /rest/agile/1.0/backlog/issue: moves issues out of their future and active sprints. */
export function moveIssuesToBacklog(ctx: HandlerContext): HandlerResult {
  const issues = issuesOf(ctx);
  for (const projectKey of new Set(issues.map((issue) => issue.projectKey))) writeContext(ctx, projectKey);
  moveToBacklog(writeContext(ctx, issues[0].projectKey), issues);
  ctx.writes!.changed([]);
  return { status: 204, body: null };
}

/** POST /rest/api/3/issue/{issueIdOrKey}/transitions { transition: { id } }: the id names the status to go to (issue-writes.ts). */
export function transitionIssueHandler(ctx: HandlerContext): HandlerResult {
  const issue = ctx.index.issueByIdOrKey(ctx.params.issueIdOrKey);
  if (!issue || !ctx.browsable.has(issue.projectKey)) throw notFound(`Issue ${ctx.params.issueIdOrKey} does not exist or you do not have permission to see it.`);
  const transition = (ctx.body as { transition?: { id?: unknown } } | undefined)?.transition;
  const status = ctx.index.workspace.statuses.find((s) => s.id === transition?.id);
  if (!status) throw badRequest('Name the transition to make: { "transition": { "id": "<the id of the status to go to>" } }.');
  transitionIssue(writeContext(ctx, issue.projectKey), issue.raw, status);
  ctx.writes!.changed([]);
  return { status: 204, body: null };
}
