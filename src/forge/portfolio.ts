/**
 * The coach's page, run by the resolver table (resolver-table.ts) with no project gate: Jira says
 * which projects the viewer may browse. The rows come from the portfolio index
 * (src/storage/portfolio-index.ts), one page of up to 50 projects a call: one storage read and one
 * Jira request (which of the page's projects the viewer may browse, and their names today). Each
 * row has the project's stored summary, its refresh status, and whether it is refreshed every
 * night. A project switched off in its settings is still listed, marked as not refreshed nightly,
 * with its last figures; "Refresh all" leaves it out, as the nightly run does, because its
 * administrators asked for that.
 *
 * Until the index has been filled once (a site whose records predate it), page 0 reads every
 * browsable project's own records instead (portfolio-records.ts) and fills it; an entry stored
 * damaged is read from its project's records too, and put back.
 */
import type { ResolverDefs } from '../shared/api';
import { nightlyRefreshOf } from './project-settings';
import { planRefreshes } from './night';
import { rowsFromRecords } from './portfolio-records';
import { SiteRecords } from '../storage/site-records';
import type { ResolverCall } from './types';
import { portfolioRowOf } from './wire';

type Defs = ResolverDefs;
type PortfolioAnswer = Defs['getPortfolio']['result'];

const byKey = (a: { projectKey: string }, b: { projectKey: string }) => a.projectKey.localeCompare(b.projectKey);
const logFailure = (what: string) => (err: unknown) => console.error(`${what}: ${err instanceof Error ? err.message : String(err)}`);

export async function portfolio(payload: Defs['getPortfolio']['payload'], c: ResolverCall): Promise<PortfolioAnswer> {
  const page = payload.page ?? 0;
  const stored = await c.stores.portfolio.readPage(page);
  if (page === 0 && !stored.seeded) return portfolioFromRecords(c);
  const jira = c.deps.jiraAsUser(c.ctx);
  const entries = new Map(stored.entries.map((entry) => [entry.projectKey, entry]));
  const [browsable, projectsYouMayBrowse] = await Promise.all([
    jira.browsableProjectsAmong([...entries.keys(), ...stored.damaged]),
    page === 0 ? jira.countBrowsableProjects() : Promise.resolve(null),
  ]);
  const rows = browsable.flatMap((project) => {
    const entry = entries.get(project.key);
    return entry ? [portfolioRowOf(project, entry.summary, entry.refreshedNightly ?? true, entry.progress, c.now)] : [];
  });
  const damaged = browsable.filter((project) => !entries.has(project.key));
  if (damaged.length > 0) {
    const repaired = await rowsFromRecords(c, damaged);
    rows.push(...repaired.rows);
    await c.stores.portfolio.apply(repaired.entries).catch(logFailure('Damaged portfolio entries were not put back'));
  }
  return { rows: rows.sort(byKey), page, pageCount: page === 0 ? Math.max(1, stored.pageCount ?? 1) : null, projectsYouMayBrowse };
}

/** Every project the viewer may browse, from its own records, as the page read them before the index existed; then the index is filled. */
async function portfolioFromRecords(c: ResolverCall): Promise<PortfolioAnswer> {
  const projects = await c.deps.jiraAsUser(c.ctx).listProjects();
  const { rows, entries } = await rowsFromRecords(c, projects);
  await c.stores.portfolio.seed(entries).catch(logFailure('The portfolio index could not be filled'));
  return { rows: rows.sort(byKey), page: 0, pageCount: 1, projectsYouMayBrowse: projects.length };
}

export async function refreshPortfolio(_payload: Defs['refreshPortfolio']['payload'], c: ResolverCall): Promise<Defs['refreshPortfolio']['result']> {
  const projects = await c.deps.jiraAsUser(c.ctx).listProjects();
  const nightly = await nightlyRefreshOf(c.stores, projects.map((p) => p.key));
  const wanted = projects.filter((p) => nightly.get(p.key) === true);
  // In waves, as the nightly run (night.ts): a site of many projects would otherwise burst Forge's and Jira's limits.
  const { planned } = await planRefreshes(c.deps, c.stores, new SiteRecords(c.deps.store, c.deps.site), wanted.map((p) => p.key), 'portfolio');
  return { queued: planned, left: projects.length - wanted.length, projectKeys: wanted.map((p) => p.key), requestedAt: c.now.toISOString() };
}
