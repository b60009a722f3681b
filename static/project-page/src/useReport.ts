/**
 * Loads the cached report, and while a refresh runs polls its status about every 2 seconds, then reloads
 * the report. States: loading, waiting (refresh running, no report yet), ready, error.
 * A report on screen stays there when something goes wrong afterwards (a refresh that fails, a status or
 * reload call that does not answer): the failure becomes a `problem` shown above it with a Retry, and only
 * a page with nothing to show turns into the error state.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Report } from '../../../src/domain/report';
import type { BoardSummary, RefreshStatus, ResolverDefs } from '../../../src/shared/api';
import { callResolver, ResolverError } from '../../shared/api';

export const POLL_MS = 2000;

/** Where the report's long key lists stand (served a page at a time). */
export type KeyLists = ResolverDefs['getReport']['result']['keyLists'];

export type ReportState =
  | { kind: 'loading' }
  | { kind: 'waiting'; refresh: RefreshStatus; boards: BoardSummary[] }
  | { kind: 'ready'; report: Report | null; refresh: RefreshStatus; boards: BoardSummary[]; keyLists: KeyLists }
  | { kind: 'error'; title: string; message: string };

/** Something that went wrong while a report is on screen: said above it, with a Retry. */
export interface ReportProblem {
  title: string;
  message: string;
}

const isBusy = (refresh: RefreshStatus) => refresh.state === 'queued' || refresh.state === 'running';
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const failedRefresh = (refresh: RefreshStatus): ReportProblem => ({
  title: 'The last refresh did not finish',
  message: `${refresh.message ?? 'The refresh failed.'} The report below is the last one that was built.`,
});

export function useReport(boardId: number | undefined) {
  const [state, setState] = useState<ReportState>({ kind: 'loading' });
  const [refreshing, setRefreshing] = useState<RefreshStatus | null>(null);
  const [problem, setProblem] = useState<ReportProblem | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const alive = useRef(true);
  // Whether a report is on screen, for the callbacks (state in a closure can be stale).
  const showingReport = useRef(false);
  const payload = boardId === undefined ? {} : { boardId };

  const stopPolling = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const show = (next: ReportState) => {
    showingReport.current = next.kind === 'ready' && next.report !== null;
    setState(next);
  };

  /** Keeps a report on screen with the problem above it; with nothing on screen, the error state. */
  const fail = (title: string, message: string) => {
    stopPolling();
    setRefreshing(null);
    if (showingReport.current) setProblem({ title, message });
    else show({ kind: 'error', title, message });
  };

  const load = useCallback(async () => {
    stopPolling();
    try {
      const answer = await callResolver('getReport', payload);
      if (!alive.current) return;
      if (answer.report === null && isBusy(answer.refresh)) {
        show({ kind: 'waiting', refresh: answer.refresh, boards: answer.boards });
        poll();
      } else if (answer.report === null && answer.refresh.state === 'failed') {
        showingReport.current = false;
        fail('The report could not be built', answer.refresh.message ?? 'The last refresh failed.');
      } else {
        show({ kind: 'ready', report: answer.report, refresh: answer.refresh, boards: answer.boards, keyLists: answer.keyLists });
        setProblem(answer.report !== null && answer.refresh.state === 'failed' ? failedRefresh(answer.refresh) : null);
        if (isBusy(answer.refresh)) {
          setRefreshing(answer.refresh);
          poll();
        } else setRefreshing(null);
      }
    } catch (error) {
      if (alive.current) fail('The report could not be loaded', messageOf(error));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boardId]);

  const poll = () => {
    stopPolling();
    timer.current = setTimeout(async () => {
      try {
        const { refresh } = await callResolver('getRefreshStatus', payload);
        if (!alive.current) return;
        if (isBusy(refresh)) {
          setRefreshing(refresh);
          setState((current) => (current.kind === 'waiting' ? { ...current, refresh } : current));
          poll();
        } else if (refresh.state === 'failed') {
          if (showingReport.current) fail(failedRefresh(refresh).title, failedRefresh(refresh).message);
          else fail('The refresh did not finish', refresh.message ?? 'The refresh failed.');
        } else {
          setRefreshing(null);
          await load();
        }
      } catch (error) {
        if (alive.current) fail('The refresh status could not be read', messageOf(error));
      }
    }, POLL_MS);
  };

  const refresh = useCallback(async () => {
    setProblem(null);
    try {
      const answer = await callResolver('refresh', payload);
      if (!alive.current) return;
      setRefreshing(answer.refresh);
      if (isBusy(answer.refresh)) poll();
      else await load();
    } catch (error) {
      if (alive.current) fail('The refresh could not be started', messageOf(error));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boardId, load]);

  /** From the error state: start over. With a report on screen: load again behind it (polling resumes if a refresh runs). */
  const retry = useCallback(() => {
    setProblem(null);
    if (!showingReport.current) show({ kind: 'loading' });
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load]);

  useEffect(() => {
    alive.current = true;
    show({ kind: 'loading' });
    setProblem(null);
    void load();
    return () => {
      alive.current = false;
      stopPolling();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load]);

  return { state, refreshing, problem, refresh, retry };
}

export { ResolverError };
