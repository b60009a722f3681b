/**
 * One board's report on the page, outside React: loads the cached report, and while a refresh runs polls
 * its status about every 2 seconds, then reloads the report. States: loading, waiting (refresh running, no
 * report yet), ready, error. A report on screen stays there when something goes wrong afterwards (a refresh
 * that fails, a status or reload call that does not answer): the failure becomes a `problem` shown above it
 * with a Retry, and only a page with nothing to show turns into the error state.
 * useReport.ts runs one session per board and hands it React's state setters.
 */
import type { Dispatch, SetStateAction } from 'react';
import type { Report } from '../../../src/domain/report';
import type { BoardSummary, RefreshStatus, ResolverDefs } from '../../../src/shared/api';
import { callResolver } from '../../shared/api';

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

/** Where a session shows what it knows: React's state setters. */
export interface ReportView {
  setState: Dispatch<SetStateAction<ReportState>>;
  setRefreshing: Dispatch<SetStateAction<RefreshStatus | null>>;
  setProblem: Dispatch<SetStateAction<ReportProblem | null>>;
}

export interface ReportSession {
  /** Loads the report; the first answer arrives asynchronously. */
  start(): void;
  refresh(): Promise<void>;
  /** From the error state: start over. With a report on screen: load again behind it (polling resumes if a refresh runs). */
  retry(): void;
  /** The page moved on: nothing more is shown, and polling stops. */
  stop(): void;
}

const isBusy = (refresh: RefreshStatus) => refresh.state === 'queued' || refresh.state === 'running';
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const failedRefresh = (refresh: RefreshStatus): ReportProblem => ({
  title: 'The last refresh did not finish',
  message: `${refresh.message ?? 'The refresh failed.'} The report below is the last one that was built.`,
});

export function reportSession(boardId: number | undefined, view: ReportView): ReportSession {
  const payload = boardId === undefined ? {} : { boardId };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let alive = true;
  // Whether a report is on screen (the React state is not readable from here).
  let showingReport = false;

  function stopPolling() {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  function show(next: ReportState) {
    showingReport = next.kind === 'ready' && next.report !== null;
    view.setState(next);
  }

  /** Keeps a report on screen with the problem above it; with nothing on screen, the error state. */
  function fail(title: string, message: string) {
    stopPolling();
    view.setRefreshing(null);
    if (showingReport) view.setProblem({ title, message });
    else show({ kind: 'error', title, message });
  }

  async function load(): Promise<void> {
    stopPolling();
    try {
      const answer = await callResolver('getReport', payload);
      if (!alive) return;
      if (answer.report === null && isBusy(answer.refresh)) {
        show({ kind: 'waiting', refresh: answer.refresh, boards: answer.boards });
        poll();
      } else if (answer.report === null && answer.refresh.state === 'failed') {
        showingReport = false;
        fail('The report could not be built', answer.refresh.message ?? 'The last refresh failed.');
      } else {
        show({ kind: 'ready', report: answer.report, refresh: answer.refresh, boards: answer.boards, keyLists: answer.keyLists });
        view.setProblem(answer.report !== null && answer.refresh.state === 'failed' ? failedRefresh(answer.refresh) : null);
        if (isBusy(answer.refresh)) {
          view.setRefreshing(answer.refresh);
          poll();
        } else view.setRefreshing(null);
      }
    } catch (error) {
      if (alive) fail('The report could not be loaded', messageOf(error));
    }
  }

  function poll() {
    stopPolling();
    timer = setTimeout(async () => {
      try {
        const { refresh } = await callResolver('getRefreshStatus', payload);
        if (!alive) return;
        if (isBusy(refresh)) {
          view.setRefreshing(refresh);
          view.setState((current) => (current.kind === 'waiting' ? { ...current, refresh } : current));
          poll();
        } else if (refresh.state === 'failed') {
          if (showingReport) fail(failedRefresh(refresh).title, failedRefresh(refresh).message);
          else fail('The refresh did not finish', refresh.message ?? 'The refresh failed.');
        } else {
          view.setRefreshing(null);
          await load();
        }
      } catch (error) {
        if (alive) fail('The refresh status could not be read', messageOf(error));
      }
    }, POLL_MS);
  }

  return {
    start() {
      void load();
    },
    async refresh() {
      view.setProblem(null);
      try {
        const answer = await callResolver('refresh', payload);
        if (!alive) return;
        view.setRefreshing(answer.refresh);
        if (isBusy(answer.refresh)) poll();
        else await load();
      } catch (error) {
        if (alive) fail('The refresh could not be started', messageOf(error));
      }
    },
    retry() {
      view.setProblem(null);
      if (!showingReport) show({ kind: 'loading' });
      void load();
    },
    stop() {
      alive = false;
      stopPolling();
    },
  };
}
