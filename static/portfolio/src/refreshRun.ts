/**
 * Where a "Refresh all" stands, from the rows as last read: which of the projects it asked for have
 * been refreshed since, which could not be, and which are still waiting. A refresh ends when its
 * project's latest refresh is done or failed and finished after the run was asked for (one already
 * under way then counts when it ends); one that stopped without a word (failed, with no finish time)
 * ends too.
 */
import type { PortfolioRow } from '../../../src/shared/api';
import { plural } from '../../../src/vocabulary';

export interface RefreshRun {
  /** The projects asked to refresh (queued, or already on their way). */
  projectKeys: string[];
  requestedAt: string;
  /** Projects left out: not refreshed nightly. */
  left: number;
}

export interface RunProgress {
  total: number;
  refreshed: number;
  failed: { projectKey: string; name: string; message: string }[];
  waiting: string[];
  ended: boolean;
}

function endedSince(row: PortfolioRow, requestedAt: string): 'done' | 'failed' | null {
  const { state, finishedAt } = row.refresh;
  if (state === 'failed' && (finishedAt === null || finishedAt >= requestedAt)) return 'failed';
  if (state === 'done' && finishedAt !== null && finishedAt >= requestedAt) return 'done';
  return null;
}

export function runProgress(run: RefreshRun, rows: readonly PortfolioRow[]): RunProgress {
  const byKey = new Map(rows.map((row) => [row.projectKey, row]));
  const progress: RunProgress = { total: run.projectKeys.length, refreshed: 0, failed: [], waiting: [], ended: false };
  for (const key of run.projectKeys) {
    const row = byKey.get(key);
    const ended = row ? endedSince(row, run.requestedAt) : null;
    if (ended === 'done') progress.refreshed += 1;
    else if (ended === 'failed' && row) progress.failed.push({ projectKey: key, name: row.projectName, message: row.refresh.message ?? 'no reason was given' });
    else progress.waiting.push(key);
  }
  progress.ended = progress.waiting.length === 0;
  return progress;
}

/** The status line: while running, how far it is; once ended, how it went. */
export function runSentence(run: RefreshRun, progress: RunProgress): string {
  const leftOut = run.left > 0 ? ` ${plural(run.left, 'project is', 'projects are')} not refreshed nightly, so ${run.left === 1 ? 'it was' : 'they were'} left out.` : '';
  if (progress.total === 0) return `No project was refreshed.${leftOut}`;
  if (!progress.ended) return `Refreshing ${plural(progress.total, 'project')}: ${progress.refreshed + progress.failed.length} finished, ${progress.waiting.length} to go.${leftOut}`;
  if (progress.failed.length === 0) return `${progress.total === 1 ? 'The project was' : `All ${progress.total} projects were`} refreshed.${leftOut}`;
  return `${progress.refreshed} of ${plural(progress.total, 'project')} refreshed; ${progress.failed.length} could not be.${leftOut}`;
}
