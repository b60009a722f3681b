/**
 * "Refresh all": asks for the refreshes, then reads again the pages of the projects still waiting,
 * every few seconds, until each has been refreshed or could not be; then it stops and says how it
 * went (refreshRun.ts).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PortfolioRow } from '../../../src/shared/api';
import { callResolver } from '../../shared/api';
import { runProgress, type RefreshRun, type RunProgress } from './refreshRun';

/** Between two readings of the waiting projects' pages. */
export const POLL_MS = 3000;

export interface RefreshAll {
  run: RefreshRun | null;
  progress: RunProgress | null;
  starting: boolean;
  error: string | null;
  start(): Promise<void>;
}

export function useRefreshAll(rows: readonly PortfolioRow[], reloadProjects: (keys: readonly string[]) => Promise<void>): RefreshAll {
  const [run, setRun] = useState<RefreshRun | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Counts the readings, so that one which changed nothing still schedules the next. */
  const [readings, setReadings] = useState(0);
  const progress = useMemo(() => (run ? runProgress(run, rows) : null), [run, rows]);
  const waiting = progress && !progress.ended ? progress.waiting : null;
  const waitingKey = waiting?.join(',') ?? '';

  const start = useCallback(async () => {
    setStarting(true);
    setError(null);
    try {
      const answer = await callResolver('refreshPortfolio', {});
      setRun({ projectKeys: answer.projectKeys, requestedAt: answer.requestedAt, left: answer.left });
      await reloadProjects(answer.projectKeys);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setStarting(false);
    }
  }, [reloadProjects]);

  useEffect(() => {
    if (waitingKey === '') return undefined;
    let alive = true;
    const timer = setTimeout(() => {
      reloadProjects(waitingKey.split(','))
        .catch(() => undefined) // the next reading tries again
        .finally(() => alive && setReadings((n) => n + 1));
    }, POLL_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [waitingKey, readings, reloadProjects]);

  return { run, progress, starting, error, start };
}
