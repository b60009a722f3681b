/**
 * The coach's page, run by the resolver table (resolver-table.ts) with no project gate: Jira lists
 * only the projects the viewer may browse. Each comes with its stored summary, its refresh status,
 * and whether it is refreshed every night. A project switched off in its settings is still listed,
 * marked as not refreshed nightly, with its last figures; "Refresh all" leaves it out, as the
 * nightly run does, because its administrators asked for that. Projects are read one by one: a
 * storage failure or a damaged record of one project shows on its row alone.
 */
import type { PortfolioRow, ResolverDefs } from '../shared/api';
import { mapLimit } from './concurrency';
import { nightlyRefreshOf } from './project-settings';
import type { StoredProgress } from '../storage/records';
import { planRefreshes } from './night';
import { readRefreshProgress, refreshEvent, requestRefreshes } from './refresh';
import { SiteRecords } from '../storage/site-records';
import type { ResolverCall } from './types';
import { portfolioRowOf } from './wire';

type Defs = ResolverDefs;

/** A row's refresh status when its record could not be read at all (storage failed for that project). */
const PROGRESS_NOT_READ: StoredProgress = {
  state: 'failed',
  progress: null,
  message: "The state of this project's refresh could not be read from the app's storage just now. It is read again when this page next loads.",
  startedAt: null,
  finishedAt: null,
};

export async function portfolio(_payload: Defs['getPortfolio']['payload'], c: ResolverCall): Promise<Defs['getPortfolio']['result']> {
  return { rows: await portfolioRows(c, await c.deps.jiraAsUser(c.ctx).listProjects()) };
}

/** Each project's row: its stored summary, refresh status and whether it is refreshed nightly (also a gadget's rows). */
export async function portfolioRows(c: ResolverCall, projects: readonly { key: string; name: string }[]): Promise<PortfolioRow[]> {
  const nightly = await nightlyRefreshOf(c.stores, projects.map((p) => p.key));
  // Each project on its own: a record that cannot be read leaves that row without figures, never the page.
  const read = await mapLimit([...projects], 10, async (project) => {
    const [summary, progress] = await Promise.all([
      c.stores.readSummary(project.key).then((value) => ({ value, damaged: false }), () => ({ value: undefined, damaged: true })),
      readRefreshProgress(c.stores, project.key, null).catch(() => PROGRESS_NOT_READ),
    ]);
    return { project, summary, progress };
  });
  // A summary that cannot be read is rebuilt by a refresh, for the projects refreshed nightly.
  const repairs = read.filter((r) => r.summary.damaged && nightly.get(r.project.key) === true);
  const events = repairs.map((r) => refreshEvent(r.project.key, null, 'repair', c.now));
  const started = events.length > 0 ? await requestRefreshes(c.stores, c.deps.queue, events, c.now).catch(() => null) : null;
  repairs.forEach((r, index) => {
    if (started) r.progress = started.progress[index];
  });
  return read.map((r) => portfolioRowOf(r.project, r.summary.value, nightly.get(r.project.key) ?? null, r.progress, c.now));
}

export async function refreshPortfolio(_payload: Defs['refreshPortfolio']['payload'], c: ResolverCall): Promise<Defs['refreshPortfolio']['result']> {
  const projects = await c.deps.jiraAsUser(c.ctx).listProjects();
  const nightly = await nightlyRefreshOf(c.stores, projects.map((p) => p.key));
  const wanted = projects.filter((p) => nightly.get(p.key) === true);
  // In waves, as the nightly run (night.ts): a site of many projects would otherwise burst Forge's and Jira's limits.
  const { planned } = await planRefreshes(c.deps, c.stores, new SiteRecords(c.deps.store, c.deps.site), wanted.map((p) => p.key), 'portfolio');
  return { queued: planned, left: projects.length - wanted.length };
}
