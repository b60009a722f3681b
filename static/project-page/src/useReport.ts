/**
 * Loads the cached report, and while a refresh runs polls its status about every 2 seconds, then reloads
 * the report. States: loading, waiting (refresh running, no report yet), ready, error.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Report } from '../../../src/domain/report';
import type { BoardSummary, RefreshStatus } from '../../../src/shared/api';
import { callResolver, ResolverError } from '../../shared/api';

export const POLL_MS = 2000;

export type ReportState =
  | { kind: 'loading' }
  | { kind: 'waiting'; refresh: RefreshStatus; boards: BoardSummary[] }
  | { kind: 'ready'; report: Report | null; refresh: RefreshStatus; boards: BoardSummary[] }
  | { kind: 'error'; title: string; message: string };

const isBusy = (refresh: RefreshStatus) => refresh.state === 'queued' || refresh.state === 'running';

export function useReport(boardId: number | undefined) {
  const [state, setState] = useState<ReportState>({ kind: 'loading' });
  const [refreshing, setRefreshing] = useState<RefreshStatus | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const alive = useRef(true);
  const payload = boardId === undefined ? {} : { boardId };

  const stopPolling = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const fail = (title: string, error: unknown) => {
    stopPolling();
    setRefreshing(null);
    const message = error instanceof Error ? error.message : String(error);
    setState({ kind: 'error', title, message });
  };

  const load = useCallback(async () => {
    stopPolling();
    try {
      const answer = await callResolver('getReport', payload);
      if (!alive.current) return;
      if (answer.report === null && isBusy(answer.refresh)) {
        setState({ kind: 'waiting', refresh: answer.refresh, boards: answer.boards });
        poll();
      } else if (answer.report === null && answer.refresh.state === 'failed') {
        fail('The report could not be built', new Error(answer.refresh.message ?? 'The last refresh failed.'));
      } else {
        setState({ kind: 'ready', report: answer.report, refresh: answer.refresh, boards: answer.boards });
        if (isBusy(answer.refresh)) {
          setRefreshing(answer.refresh);
          poll();
        } else setRefreshing(null);
      }
    } catch (error) {
      if (alive.current) fail('The report could not be loaded', error);
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
          fail('The refresh did not finish', new Error(refresh.message ?? 'The refresh failed.'));
        } else {
          setRefreshing(null);
          await load();
        }
      } catch (error) {
        if (alive.current) fail('The refresh status could not be read', error);
      }
    }, POLL_MS);
  };

  const refresh = useCallback(async () => {
    try {
      const answer = await callResolver('refresh', payload);
      if (!alive.current) return;
      setRefreshing(answer.refresh);
      if (isBusy(answer.refresh)) poll();
      else await load();
    } catch (error) {
      if (alive.current) fail('The refresh could not be started', error);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boardId, load]);

  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    void load();
  }, [load]);

  useEffect(() => {
    alive.current = true;
    setState({ kind: 'loading' });
    void load();
    return () => {
      alive.current = false;
      stopPolling();
    };
  }, [load]);

  return { state, refreshing, refresh, retry };
}

export { ResolverError };
