/**
 * One function per resolver, after the payload check (see app.ts). Each reads caches only and
 * starts refreshes by queueing; none computes a project inline. The Settings tab's calls are in
 * settings-handlers.ts, the portfolio's in portfolio.ts.
 */
import type { ApiResult, ResolverDefs, ResolverName } from '../shared/api';
import { listProjectBoards } from '../jira/load';
import type { ProjectStores } from '../storage/project-stores';
import { projectAccess, VisibleKeysCache } from './access';
import { mapLimit } from './concurrency';
import { chosenBoard } from './board-choice';
import { forbidden, noProject } from './errors';
import { currentReport, currentStatus, isInFlight, isReportStale, isSnapshotDue, refreshEvent, requestRefreshes } from './refresh';
import { getPortfolio, refreshPortfolio } from './portfolio';
import { getSettings, saveSettings, searchPeople } from './settings-handlers';
import { withRoleNames } from '../engine/role-names';
import type { AppDeps, CallContext } from './types';

export interface HandlerContext {
  deps: AppDeps;
  stores: ProjectStores;
  ctx: CallContext;
  now: Date;
}

export type Handler<K extends ResolverName> = (payload: ResolverDefs[K]['payload'], c: HandlerContext) => Promise<ApiResult<ResolverDefs[K]['result']>>;

const NOT_ALLOWED = 'You do not have permission to browse this project, so its health cannot be shown to you.';

/** The project in context, once the user has been checked as allowed to browse it. */
export async function browsableProject(c: HandlerContext): Promise<{ projectKey: string; administer: boolean } | { error: ReturnType<typeof forbidden>['error'] }> {
  if (!c.ctx.projectKey) return noProject();
  const access = await projectAccess(c.deps.jiraAsUser(c.ctx), c.ctx.projectKey);
  if (!access.browse) return forbidden(NOT_ALLOWED);
  return { projectKey: c.ctx.projectKey, administer: access.administer };
}

const getProjectSummary: Handler<'getProjectSummary'> = async (_payload, c) => {
  const project = await browsableProject(c);
  if ('error' in project) return project;
  const client = c.deps.jiraAsUser(c.ctx);
  const boards = await listProjectBoards(client, project.projectKey);
  const withCounts = await mapLimit(boards, 4, async (board) => {
    // Only Scrum boards have sprints; Jira refuses the sprint list of the others.
    const sprintCount = board.type === 'scrum' ? (await client.getSprints(board.id)).length : 0;
    return { id: board.id, name: board.name, type: board.type, sprintCount };
  });
  return { projectKey: project.projectKey, boards: withCounts };
};

const getReport: Handler<'getReport'> = async (payload, c) => {
  const project = await browsableProject(c);
  if ('error' in project) return project;
  const chosen = await chosenBoard(c, project.projectKey, payload.boardId);
  if ('error' in chosen) return chosen;
  const { boardId } = chosen;
  const [cached, progress, boards] = await Promise.all([
    // A cached report that cannot be read, or of an older schema version, counts as missing: a refresh replaces it.
    c.stores.readReport(project.projectKey, boardId).then(currentReport, () => undefined),
    c.stores.readProgress(project.projectKey, boardId),
    c.stores.readBoards(project.projectKey),
  ]);
  let refresh = currentStatus(progress, c.now);
  if (!isInFlight(progress, c.now)) {
    const due = isReportStale(cached, c.now) || isSnapshotDue(await c.stores.snapshotDays(project.projectKey, boardId), c.now);
    if (due) {
      const started = await requestRefreshes(c.stores, c.deps.queue, [refreshEvent(project.projectKey, boardId, 'page-open', c.now)], c.now);
      refresh = started.statuses[0];
    }
  }
  const asUser = c.deps.jiraAsUser(c.ctx);
  const report = cached ? await withRoleNames(asUser, await new VisibleKeysCache(asUser).filterReport(cached.report)) : null;
  return { report, refresh, boards: boards?.boards ?? [] };
};

const refresh: Handler<'refresh'> = async (payload, c) => {
  const project = await browsableProject(c);
  if ('error' in project) return project;
  const chosen = await chosenBoard(c, project.projectKey, payload.boardId);
  if ('error' in chosen) return chosen;
  const started = await requestRefreshes(c.stores, c.deps.queue, [refreshEvent(project.projectKey, chosen.boardId, 'manual', c.now)], c.now);
  return { refresh: started.statuses[0] };
};

const getRefreshStatus: Handler<'getRefreshStatus'> = async (payload, c) => {
  const project = await browsableProject(c);
  if ('error' in project) return project;
  const chosen = await chosenBoard(c, project.projectKey, payload.boardId);
  if ('error' in chosen) return chosen;
  return { refresh: currentStatus(await c.stores.readProgress(project.projectKey, chosen.boardId), c.now) };
};

export const RESOLVER_HANDLERS: { [K in ResolverName]: Handler<K> } = {
  getProjectSummary,
  getReport,
  refresh,
  getRefreshStatus,
  getSettings,
  saveSettings,
  searchPeople,
  getPortfolio,
  refreshPortfolio,
};
