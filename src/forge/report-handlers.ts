/**
 * The project page's report calls, run by the resolver table (resolver-table.ts) once the caller
 * may browse the project. Each reads caches only and starts refreshes by queueing; none computes a
 * project inline (Forge stops a resolver at 25 s).
 */
import type { ResolverDefs } from '../shared/api';
import { listProjectBoards } from '../jira/load';
import { withRoleNames } from '../engine/role-names';
import { VisibleKeysCache } from './access';
import { chosenBoard } from './board-choice';
import { mapLimit } from './concurrency';
import { currentReport, isInFlight, isReportStale, isSnapshotDue, refreshEvent, requestRefreshes } from './refresh';
import type { StoredProgress, StoredReport } from '../storage/records';
import type { ProjectCall } from './types';
import { boardSummariesOf, refreshStatusOf } from './wire';

type Defs = ResolverDefs;

export async function projectSummary(_payload: Defs['getProjectSummary']['payload'], c: ProjectCall): Promise<Defs['getProjectSummary']['result']> {
  const client = c.deps.jiraAsUser(c.ctx);
  const boards = await listProjectBoards(client, c.project.key);
  const withCounts = await mapLimit(boards, 4, async (board) => {
    // Only Scrum boards have sprints; Jira refuses the sprint list of the others.
    const sprintCount = board.type === 'scrum' ? (await client.getSprints(board.id)).length : 0;
    return { id: board.id, name: board.name, type: board.type, sprintCount };
  });
  return { projectKey: c.project.key, boards: withCounts };
}

export async function report(payload: Defs['getReport']['payload'], c: ProjectCall): Promise<Defs['getReport']['result']> {
  const projectKey = c.project.key;
  const boardId = await chosenBoard(c, payload.boardId);
  const [cached, progress, boards] = await Promise.all([
    // A cached report that cannot be read, or of an older schema version, counts as missing: a refresh replaces it.
    c.stores.readReport(projectKey, boardId).then(currentReport, () => undefined),
    c.stores.readProgress(projectKey, boardId),
    c.stores.readBoards(projectKey),
  ]);
  const latest = await refreshOnOpen(c, boardId, cached, progress);
  const asUser = c.deps.jiraAsUser(c.ctx);
  const shown = cached ? await withRoleNames(asUser, await new VisibleKeysCache(asUser).filterReport(cached.report)) : null;
  return { report: shown, refresh: refreshStatusOf(latest, c.now), boards: boardSummariesOf(boards) };
}

/**
 * What opening a page of a project does: when no refresh is in flight and the report is due (missing,
 * of another version, or a day old), the day's backlog snapshot is due, or `alsoDue` (something else
 * the page needs is missing), one refresh is queued. Returns the refresh record to show.
 */
export async function refreshOnOpen(c: ProjectCall, boardId: number | null, cached: StoredReport | undefined, progress: StoredProgress | undefined, alsoDue = false): Promise<StoredProgress | undefined> {
  if (isInFlight(progress, c.now)) return progress;
  const due = alsoDue || isReportStale(cached, c.now) || isSnapshotDue(await c.stores.snapshotDays(c.project.key, boardId), c.now);
  if (!due) return progress;
  return (await requestRefreshes(c.stores, c.deps.queue, [refreshEvent(c.project.key, boardId, 'page-open', c.now)], c.now)).progress[0];
}

export async function refresh(payload: Defs['refresh']['payload'], c: ProjectCall): Promise<Defs['refresh']['result']> {
  const boardId = await chosenBoard(c, payload.boardId);
  const started = await requestRefreshes(c.stores, c.deps.queue, [refreshEvent(c.project.key, boardId, 'manual', c.now)], c.now);
  return { refresh: refreshStatusOf(started.progress[0], c.now) };
}

export async function refreshStatus(payload: Defs['getRefreshStatus']['payload'], c: ProjectCall): Promise<Defs['getRefreshStatus']['result']> {
  const boardId = await chosenBoard(c, payload.boardId);
  return { refresh: refreshStatusOf(await c.stores.readProgress(c.project.key, boardId), c.now) };
}
