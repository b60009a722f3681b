/**
 * The report of one board on the page, as React state: a reportSession (reportSession.ts) started when
 * the component mounts and stopped when it unmounts. The page mounts a fresh one for each board it
 * shows (App.tsx keys it by board), so a new board starts from the loading state.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefreshStatus } from '../../../src/shared/api';
import { reportSession, type ReportProblem, type ReportSession, type ReportState } from './reportSession';

export function useReport(boardId: number | undefined) {
  const [state, setState] = useState<ReportState>({ kind: 'loading' });
  const [refreshing, setRefreshing] = useState<RefreshStatus | null>(null);
  const [problem, setProblem] = useState<ReportProblem | null>(null);
  const session = useRef<ReportSession | null>(null);

  useEffect(() => {
    const started = reportSession(boardId, { setState, setRefreshing, setProblem });
    session.current = started;
    started.start();
    return () => started.stop();
  }, [boardId]);

  const refresh = useCallback(async () => session.current?.refresh(), []);
  const retry = useCallback(() => session.current?.retry(), []);
  return { state, refreshing, problem, refresh, retry };
}
