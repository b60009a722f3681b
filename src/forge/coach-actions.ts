/**
 * The coach's actions (the Rovo agent's `action` modules), run by the resolver table once the person
 * chatting may browse the project the conversation names (coach-binding.ts puts it in the call
 * context). Each reads the project's stored report, filtered for that person as the project page is,
 * and answers with what src/coach builds from it: the same answer for the same report. Asking starts
 * a refresh when opening the project page would; a project with no report yet is refused, saying so.
 */
import type { Report } from '../domain/report';
import { healthAnswer } from '../coach/health';
import { readinessAnswer } from '../coach/readiness';
import { signalAnswer } from '../coach/signal';
import { sprintAnswer } from '../coach/sprint';
import type { Freshness } from '../coach/common';
import { withRoleNames } from '../engine/role-names';
import type { ResolverDefs } from '../shared/api';
import { VisibleKeysCache } from './access';
import { CallRefused } from './errors';
import { isReportStale, readRefreshProgress } from './refresh';
import { readCachedReport } from './cached-report';
import { refuseHiddenBoard, viewerBoards } from './board-choice';
import { firstPages } from './key-pages';
import { refreshOnOpen } from './report-handlers';
import type { ProjectCall } from './types';
import { refreshStatusOf } from './wire';

type Defs = ResolverDefs;

/** The project's stored report as the person chatting may see it, and how fresh it is. */
async function reportFor(c: ProjectCall): Promise<{ report: Report; freshness: Freshness }> {
  const projectKey = c.project.key;
  const [{ cached, damaged }, progress, visible] = await Promise.all([readCachedReport(c.stores, projectKey, null), readRefreshProgress(c.stores, projectKey, null), viewerBoards(c)]);
  refuseHiddenBoard(cached?.report, visible);
  const latest = refreshStatusOf(await refreshOnOpen(c, null, cached, progress, damaged, damaged ? 'repair' : 'page-open'), c.now);
  const refreshing = latest.state === 'queued' || latest.state === 'running';
  if (!cached) {
    throw new CallRefused({
      code: 'not-analysed',
      message: `Backlog health has not analysed ${projectKey} yet, so there is nothing to say about it.${refreshing ? ' Its first analysis has started: ask again in a few minutes.' : ''}`,
    });
  }
  const asUser = c.deps.jiraAsUser(c.ctx);
  // Long key lists are cut to their first page, as the project page gets them, so the viewer check stays bounded.
  const report = await withRoleNames(asUser, await new VisibleKeysCache(asUser).filterReport(firstPages(cached.report).report));
  return { report, freshness: { stale: isReportStale(cached, c.now), refreshing } };
}

export async function coachHealthSummary(_payload: Defs['coachHealthSummary']['payload'], c: ProjectCall): Promise<Defs['coachHealthSummary']['result']> {
  const { report, freshness } = await reportFor(c);
  return healthAnswer(report, freshness);
}

export async function coachSignalEvidence(payload: Defs['coachSignalEvidence']['payload'], c: ProjectCall): Promise<Defs['coachSignalEvidence']['result']> {
  const { report, freshness } = await reportFor(c);
  return signalAnswer(report, payload.signal, freshness);
}

export async function coachItemsNotReady(_payload: Defs['coachItemsNotReady']['payload'], c: ProjectCall): Promise<Defs['coachItemsNotReady']['result']> {
  const { report, freshness } = await reportFor(c);
  return readinessAnswer(report, freshness);
}

export async function coachSprintReport(payload: Defs['coachSprintReport']['payload'], c: ProjectCall): Promise<Defs['coachSprintReport']['result']> {
  const { report, freshness } = await reportFor(c);
  return sprintAnswer(report, payload.sprint, freshness);
}
