/** What a write to the site needs: the caller's right to change the project, the site's Sprint field, the clock. */
import { JiraHttpError, badRequest } from '../errors';
import type { SprintWrite } from '../sprint-writes';
import type { HandlerContext } from './context';

/** A write on a project the caller administers (Jira's "Manage sprints" and "Transition issues", simplified). */
export function writeContext(ctx: HandlerContext, projectKey: string): SprintWrite {
  if (!ctx.writes) throw new JiraHttpError(405, 'This emulator serves the site read-only.');
  if (!ctx.index.administeredKeys(ctx.user.accountId).has(projectKey.toUpperCase())) throw new JiraHttpError(403, `You do not have permission to change project ${projectKey}.`);
  const sprintFieldId = ctx.index.sprintFieldId;
  if (!sprintFieldId) throw badRequest('This site has no Sprint field.');
  let lastHistoryId = Math.max(0, ...ctx.index.workspace.issues.flatMap((issue) => issue.changelog.map((h) => Number(h.id) || 0)));
  return {
    workspace: ctx.index.workspace,
    sprintFieldId,
    user: ctx.user,
    nowMs: ctx.nowMs,
    isDone: (issue) => ctx.index.issueByIdOrKey(issue.key)?.categoryKey === 'done',
    nextHistoryId: () => String(++lastHistoryId),
  };
}
