/**
 * The coach's page: every project the viewer may browse (Jira lists only those), each with its
 * stored summary, its refresh status, and whether it is refreshed every night. A project switched
 * off in its settings is still listed, marked as not refreshed nightly, with its last figures; "Refresh
 * all" leaves it out, as the nightly run does, because its administrators asked for that.
 */
import type { PortfolioRow } from '../shared/api';
import type { ReportSummary } from '../storage/project-stores';
import { mapLimit } from './concurrency';
import type { Handler } from './handlers';
import { nightlyRefreshOf } from './project-settings';
import { currentStatus, refreshEvent, requestRefreshes } from './refresh';

function noSummary(projectKey: string, projectName: string): ReportSummary {
  return {
    projectKey, projectName, computedAt: null, score: null, trafficLight: null, notAssessed: [],
    reliabilityTrend: [], readyRunwaySprints: null, top10Overlap: null, technicalInterleaving: null, topSignals: [],
  };
}

export const getPortfolio: Handler<'getPortfolio'> = async (_payload, c) => {
  const projects = await c.deps.jiraAsUser(c.ctx).listProjects();
  const nightly = await nightlyRefreshOf(c.stores, projects.map((p) => p.key));
  const rows = await mapLimit(projects, 10, async (project): Promise<PortfolioRow> => {
    const [summary, progress] = await Promise.all([
      c.stores.readSummary(project.key).catch(() => undefined),
      c.stores.readProgress(project.key, null).catch(() => undefined),
    ]);
    const base = summary ?? noSummary(project.key, project.name);
    return {
      ...base,
      // A summary stored before notAssessed existed reads as "every area assessed" until its next refresh.
      notAssessed: base.notAssessed ?? [],
      projectKey: project.key,
      projectName: project.name,
      refreshedNightly: nightly.get(project.key) ?? null,
      refresh: currentStatus(progress, c.now),
    };
  });
  return { rows };
};

export const refreshPortfolio: Handler<'refreshPortfolio'> = async (_payload, c) => {
  const projects = await c.deps.jiraAsUser(c.ctx).listProjects();
  const nightly = await nightlyRefreshOf(c.stores, projects.map((p) => p.key));
  const wanted = projects.filter((p) => nightly.get(p.key) === true);
  const { queued } = await requestRefreshes(c.stores, c.deps.queue, wanted.map((p) => refreshEvent(p.key, null, 'portfolio', c.now)), c.now);
  return { queued, left: projects.length - wanted.length };
};
