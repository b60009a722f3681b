/**
 * One function per resolver, after the payload check (see app.ts). Each reads caches only and
 * starts refreshes by queueing; none computes a project inline.
 */
import type { ApiResult, PersonSummary, PortfolioRow, ResolverDefs, ResolverName } from '../shared/api';
import { validateSettings } from '../domain/settings-schema';
import { listProjectBoards } from '../jira/load';
import type { ProjectStores } from '../storage/project-stores';
import { projectAccess, VisibleKeysCache } from './access';
import { mapLimit } from './concurrency';
import { chosenBoard } from './board-choice';
import { readProjectSettings } from './project-settings';
import { forbidden, noProject } from './errors';
import { currentReport, currentStatus, isInFlight, isReportStale, isSnapshotDue, refreshEvent, requestRefreshes } from './refresh';
import { getPortfolio, refreshPortfolio } from './portfolio';
import type { AppDeps, CallContext, RefreshEvent } from './types';

export interface HandlerContext {
  deps: AppDeps;
  stores: ProjectStores;
  ctx: CallContext;
  now: Date;
}

export type Handler<K extends ResolverName> = (payload: ResolverDefs[K]['payload'], c: HandlerContext) => Promise<ApiResult<ResolverDefs[K]['result']>>;

const NOT_ALLOWED = 'You do not have permission to browse this project, so its health cannot be shown to you.';

/** The project in context, once the user has been checked as allowed to browse it. */
async function browsableProject(c: HandlerContext): Promise<{ projectKey: string; administer: boolean } | { error: ReturnType<typeof forbidden>['error'] }> {
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
  const report = cached ? await new VisibleKeysCache(c.deps.jiraAsUser(c.ctx)).filterReport(cached.report) : null;
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

const getSettings: Handler<'getSettings'> = async (_payload, c) => {
  const project = await browsableProject(c);
  if ('error' in project) return project;
  const { settings, problem } = await readProjectSettings(c.stores, project.projectKey);
  // People to choose roles from: everyone the cached report knows (authors, assignees, rankers).
  const cached = await c.stores.readReport(project.projectKey, null).catch(() => undefined);
  const people: PersonSummary[] = Object.entries(cached?.report.people ?? {})
    .map(([accountId, p]) => ({ accountId, displayName: p.displayName, avatarUrl: p.avatarUrl }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  return { settings, canEdit: project.administer, people, problem };
};

const saveSettings: Handler<'saveSettings'> = async (payload, c) => {
  const project = await browsableProject(c);
  if ('error' in project) return project;
  if (!project.administer) return forbidden('Only administrators of this project can change its settings.');
  const checked = validateSettings(payload.settings);
  if (!checked.ok) {
    return { error: { code: 'invalid-input', message: 'Some settings are not valid, so nothing was saved.', fieldErrors: checked.errors } };
  }
  await c.stores.writeSettings(project.projectKey, checked.settings, c.ctx.accountId, c.now);
  // New settings change the report: refresh it (a failure to queue does not undo the save).
  await requestRefreshes(c.stores, c.deps.queue, [refreshEvent(project.projectKey, null, 'settings', c.now)], c.now).catch(() => undefined);
  return { settings: checked.settings };
};

export const RESOLVER_HANDLERS: { [K in ResolverName]: Handler<K> } = {
  getProjectSummary,
  getReport,
  refresh,
  getRefreshStatus,
  getSettings,
  saveSettings,
  getPortfolio,
  refreshPortfolio,
};
