/**
 * The project page's report calls, run by the resolver table (resolver-table.ts) once the caller
 * may browse the project. Each reads caches only and starts refreshes by queueing; none computes a
 * project inline (Forge stops a resolver at 25 s). Boards are checked as the caller (board-choice.ts),
 * and long key lists are served a page at a time (key-pages.ts).
 */
import type { ResolverDefs } from '../shared/api';
import { listProjectBoards } from '../jira/load';
import { withRoleNames } from '../engine/role-names';
import { VisibleKeysCache } from './access';
import { chosenBoard, refuseHiddenBoard, viewerBoards } from './board-choice';
import { readCachedReport } from './cached-report';
import { CallRefused } from './errors';
import { firstPages, laterPage } from './key-pages';
import { mapLimit } from './concurrency';
import { isInFlight, isReportStale, isSnapshotDue, readRefreshProgress, refreshEvent, requestRefreshes } from './refresh';
import type { StoredProgress, StoredReport } from '../storage/records';
import type { ProjectCall } from './types';
import { boardSummariesOf, refreshStatusOf } from './wire';

type Defs = ResolverDefs;

const NO_PAGES: Defs['getReport']['result']['keyLists'] = { stale: { total: 0, next: null }, overSpecified: { total: 0, next: null } };

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
  const visible = await viewerBoards(c);
  const boardId = await chosenBoard(c, payload.boardId, visible);
  const [{ cached, damaged }, progress] = await Promise.all([readCachedReport(c.stores, projectKey, boardId), readRefreshProgress(c.stores, projectKey, boardId)]);
  refuseHiddenBoard(cached?.report, visible);
  // A damaged report is rebuilt at once (a repair); a missing, old or day-old one on opening the page.
  const latest = await refreshOnOpen(c, boardId, cached, progress, damaged, damaged ? 'repair' : 'page-open');
  const asUser = c.deps.jiraAsUser(c.ctx);
  const paged = cached ? firstPages(cached.report) : null;
  const shown = paged ? await withRoleNames(asUser, await new VisibleKeysCache(asUser).filterReport(paged.report)) : null;
  return { report: shown, refresh: refreshStatusOf(latest, c.now), boards: boardSummariesOf(visible), keyLists: paged?.pages ?? NO_PAGES };
}

export async function moreIssueKeys(payload: Defs['getMoreIssueKeys']['payload'], c: ProjectCall): Promise<Defs['getMoreIssueKeys']['result']> {
  const visible = await viewerBoards(c);
  const boardId = await chosenBoard(c, payload.boardId, visible);
  const { cached } = await readCachedReport(c.stores, c.project.key, boardId);
  if (!cached || cached.computedAt !== payload.computedAt) {
    throw new CallRefused({ code: 'not-found', message: 'The report was built again since this page loaded it. Reload the page to see the current one.' });
  }
  refuseHiddenBoard(cached.report, visible);
  const { keys, page } = laterPage(cached.report, payload.list, payload.from);
  const seen = await new VisibleKeysCache(c.deps.jiraAsUser(c.ctx)).visible(keys);
  return { keys: keys.filter((key) => seen.has(key)), ...page };
}

/**
 * What opening a page of a project does: when no refresh is in flight and the report is due (missing,
 * of another version, or a day old), the day's backlog snapshot is due, or `alsoDue` (something else
 * the page needs is missing), one refresh is queued. Returns the refresh record to show.
 */
export async function refreshOnOpen(
  c: ProjectCall,
  boardId: number | null,
  cached: StoredReport | undefined,
  progress: StoredProgress | undefined,
  alsoDue = false,
  reason: 'page-open' | 'repair' = 'page-open',
): Promise<StoredProgress | undefined> {
  if (isInFlight(progress, c.now)) return progress;
  const due = alsoDue || isReportStale(cached, c.now) || isSnapshotDue(await c.stores.snapshotDays(c.project.key, boardId), c.now);
  if (!due) return progress;
  return (await requestRefreshes(c.stores, c.deps.queue, [refreshEvent(c.project.key, boardId, reason, c.now)], c.now)).progress[0];
}

export async function refresh(payload: Defs['refresh']['payload'], c: ProjectCall): Promise<Defs['refresh']['result']> {
  const boardId = await chosenBoard(c, payload.boardId);
  const started = await requestRefreshes(c.stores, c.deps.queue, [refreshEvent(c.project.key, boardId, 'manual', c.now)], c.now);
  return { refresh: refreshStatusOf(started.progress[0], c.now) };
}

export async function refreshStatus(payload: Defs['getRefreshStatus']['payload'], c: ProjectCall): Promise<Defs['getRefreshStatus']['result']> {
  const boardId = await chosenBoard(c, payload.boardId);
  return { refresh: refreshStatusOf(await readRefreshProgress(c.stores, c.project.key, boardId), c.now) };
}
