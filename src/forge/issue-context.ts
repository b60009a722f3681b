/**
 * The issue view's call (getIssueContext), run by the resolver table once the caller may browse the
 * project in context. The issue comes from the Forge context (extension.issue.key), never the
 * payload. It answers from what is stored (the report of the project's default board and the facts
 * of single issues written with it); it asks Jira, as the viewer, only when the issue last changed
 * (one request, which also says they may see it) and which issues named beside it they may see. It
 * starts a refresh when the project page would (refreshOnOpen), or when the facts are missing.
 */
import { ISSUE_FACTS_VERSION, type IssueFacts } from '../domain/issue-facts';
import type { ResolverDefs } from '../shared/api';
import { VisibleKeysCache } from './access';
import { CallRefused, forbidden } from './errors';
import { issueViewParts } from './issue-view';
import { readProjectSettings } from './project-settings';
import { readRefreshProgress } from './refresh';
import { readCachedReport } from './cached-report';
import { refuseHiddenBoard, viewerBoards } from './board-choice';
import { refreshOnOpen } from './report-handlers';
import type { ProjectCall } from './types';
import { refreshStatusOf } from './wire';

type Defs = ResolverDefs;
type IssueContext = Defs['getIssueContext']['result'];

const NOT_SEEN = 'You may not see this issue in Jira, so nothing about it is shown.';

/** Stored facts of this version that belong to the stored report (written with it), else undefined. */
function factsOf(stored: IssueFacts | undefined, computedAt: string): IssueFacts | undefined {
  return stored && stored.version === ISSUE_FACTS_VERSION && stored.computedAt === computedAt ? stored : undefined;
}

export async function issueContext(_payload: Defs['getIssueContext']['payload'], c: ProjectCall): Promise<IssueContext> {
  const issueKey = c.ctx.issueKey;
  if (!issueKey) throw new CallRefused({ code: 'no-issue', message: 'Open this panel from an issue to see what Backlog health knows about it.' });
  const projectKey = c.project.key;
  const { settings, problem } = await readProjectSettings(c.stores, projectKey);
  const empty = { issueKey, projectKey, computedAt: null, readAt: null, issueUpdatedAt: null, changedSince: false, factsMissing: false, board: null, place: null, readiness: null, reranks: null, sprints: [], carryOver: null, flagged: null, signals: [] };
  const progress = await readRefreshProgress(c.stores, projectKey, null);
  // Switched off by its administrators: the app does not analyse it, so the view shows nothing of it.
  if (!problem && !settings.enabled) return { ...empty, unavailable: 'switched-off', refresh: refreshStatusOf(progress, c.now) };

  const [{ cached, damaged }, stored, visible] = await Promise.all([
    readCachedReport(c.stores, projectKey, null),
    c.stores.readIssueFacts(projectKey, null).catch(() => undefined),
    viewerBoards(c),
  ]);
  refuseHiddenBoard(cached?.report, visible);
  const facts = cached ? factsOf(stored, cached.computedAt) : undefined;
  const latest = await refreshOnOpen(c, null, cached, progress, damaged || (cached !== undefined && facts === undefined), damaged ? 'repair' : 'page-open');
  if (!cached) return { ...empty, unavailable: 'not-analysed', refresh: refreshStatusOf(latest, c.now) };

  const asUser = c.deps.jiraAsUser(c.ctx);
  const seen = await asUser.getIssueUpdated(issueKey);
  if (!seen) throw forbidden(NOT_SEEN);
  const report = cached.report;
  const naming = report.signals.filter((signal) => signal.evidence.issueKeys.includes(issueKey));
  // Only the signals shown are filtered: their other keys are checked as the viewer, as the project page does.
  const shown = await new VisibleKeysCache(asUser).filterReport({ ...report, signals: naming, dataQuality: [], sprints: null, backlog: null });
  const readAt = facts?.readAt ?? null;
  const updatedMs = seen.updated ? Date.parse(seen.updated) : NaN;
  return {
    ...issueViewParts(issueKey, { ...report, signals: shown.signals }, facts, settings),
    issueKey,
    projectKey,
    unavailable: null,
    refresh: refreshStatusOf(latest, c.now),
    computedAt: cached.computedAt,
    readAt,
    issueUpdatedAt: seen.updated,
    changedSince: Number.isFinite(updatedMs) && updatedMs > Date.parse(readAt ?? cached.computedAt),
    factsMissing: facts === undefined,
  };
}
