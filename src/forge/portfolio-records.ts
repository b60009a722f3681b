/**
 * Portfolio rows read from the projects' own records (summary, refresh status, settings: three reads
 * a project), for the portfolio index's first filling, for an index entry stored damaged, and for
 * the few projects of a dashboard gadget (gadget.ts). Each
 * project on its own: a storage failure or a damaged record of one project shows on its row alone,
 * and a summary that cannot be read is rebuilt by a refresh, for the projects refreshed nightly.
 */
import type { PortfolioRow } from '../shared/api';
import type { StoredPortfolioEntry, StoredProgress } from '../storage/records';
import { mapLimit } from './concurrency';
import { nightlyRefreshOf } from './project-settings';
import { readRefreshProgress, refreshEvent, requestRefreshes } from './refresh';
import type { ResolverCall } from './types';
import { portfolioRowOf } from './wire';

/** A row's refresh status when its record could not be read at all (storage failed for that project). */
const PROGRESS_NOT_READ: StoredProgress = {
  state: 'failed',
  progress: null,
  message: "The state of this project's refresh could not be read from the app's storage just now. It is read again when this page next loads.",
  startedAt: null,
  finishedAt: null,
};

/** The rows of these projects, and the portfolio index entries their readable records make. */
export async function rowsFromRecords(c: ResolverCall, projects: readonly { key: string; name: string }[]): Promise<{ rows: PortfolioRow[]; entries: StoredPortfolioEntry[] }> {
  const nightly = await nightlyRefreshOf(c.stores, projects.map((p) => p.key));
  const read = await mapLimit([...projects], 10, async (project) => {
    const [summary, progress] = await Promise.all([
      c.stores.readSummary(project.key).then((value) => ({ value, damaged: false }), () => ({ value: undefined, damaged: true })),
      readRefreshProgress(c.stores, project.key, null).catch(() => PROGRESS_NOT_READ),
    ]);
    return { project, summary, progress };
  });
  const repairs = read.filter((r) => r.summary.damaged && nightly.get(r.project.key) === true);
  const events = repairs.map((r) => refreshEvent(r.project.key, null, 'repair', c.now));
  const started = events.length > 0 ? await requestRefreshes(c.stores, c.deps.queue, events, c.now).catch(() => null) : null;
  repairs.forEach((r, index) => {
    if (started) r.progress = started.progress[index];
  });
  const rows = read.map((r) => portfolioRowOf(r.project, r.summary.value, nightly.get(r.project.key) ?? null, r.progress, c.now));
  const entries = read.map(({ project, summary, progress }): StoredPortfolioEntry => ({
    projectKey: project.key,
    refreshedNightly: nightly.get(project.key) ?? null,
    ...(summary.value ? { summary: summary.value } : {}),
    ...(progress && progress !== PROGRESS_NOT_READ && progress.state !== 'running' ? { progress } : {}),
  }));
  return { rows, entries };
}
