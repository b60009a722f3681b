/**
 * The coach's page, run by the resolver table (resolver-table.ts) with no project gate: Jira lists
 * only the projects the viewer may browse. Each comes with its stored summary, its refresh status,
 * and whether it is refreshed every night. A project switched off in its settings is still listed,
 * marked as not refreshed nightly, with its last figures; "Refresh all" leaves it out, as the
 * nightly run does, because its administrators asked for that.
 */
import type { PortfolioRow, ResolverDefs } from '../shared/api';
import { mapLimit } from './concurrency';
import { nightlyRefreshOf } from './project-settings';
import { refreshEvent, requestRefreshes } from './refresh';
import type { ResolverCall } from './types';
import { portfolioRowOf } from './wire';

type Defs = ResolverDefs;

export async function portfolio(_payload: Defs['getPortfolio']['payload'], c: ResolverCall): Promise<Defs['getPortfolio']['result']> {
  return { rows: await portfolioRows(c, await c.deps.jiraAsUser(c.ctx).listProjects()) };
}

/** Each project's row: its stored summary, refresh status and whether it is refreshed nightly (also a gadget's rows). */
export async function portfolioRows(c: ResolverCall, projects: readonly { key: string; name: string }[]): Promise<PortfolioRow[]> {
  const nightly = await nightlyRefreshOf(c.stores, projects.map((p) => p.key));
  return mapLimit([...projects], 10, async (project) => {
    const [summary, progress] = await Promise.all([
      c.stores.readSummary(project.key).catch(() => undefined),
      c.stores.readProgress(project.key, null).catch(() => undefined),
    ]);
    return portfolioRowOf(project, summary, nightly.get(project.key) ?? null, progress, c.now);
  });
}

export async function refreshPortfolio(_payload: Defs['refreshPortfolio']['payload'], c: ResolverCall): Promise<Defs['refreshPortfolio']['result']> {
  const projects = await c.deps.jiraAsUser(c.ctx).listProjects();
  const nightly = await nightlyRefreshOf(c.stores, projects.map((p) => p.key));
  const wanted = projects.filter((p) => nightly.get(p.key) === true);
  const { queued } = await requestRefreshes(c.stores, c.deps.queue, wanted.map((p) => refreshEvent(p.key, null, 'portfolio', c.now)), c.now);
  return { queued, left: projects.length - wanted.length };
}
