/**
 * Loads what the app knows about the issue in context, and while a refresh of its project runs,
 * polls its status about every 2 seconds and loads again once it is done (at most a few times, so a
 * refresh that keeps being needed cannot keep the panel busy). A refresh that fails leaves the
 * answer on screen with the reason. Reloads when Jira says the issue changed (JIRA_ISSUE_CHANGED).
 */
import { useEffect, useState } from 'react';
import { events } from '@forge/bridge';
import type { RefreshStatus, ResolverDefs } from '../../../src/shared/api';
import { callResolver } from '../../shared/api';

export type IssueContext = ResolverDefs['getIssueContext']['result'];

export const POLL_MS = 2000;
/** Reloads after refreshes in one go, at most. */
const RELOADS = 3;

export type IssueState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; answer: IssueContext; refreshProblem: string | null };

const isBusy = (refresh: RefreshStatus) => refresh.state === 'queued' || refresh.state === 'running';
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useIssueContext() {
  const [state, setState] = useState<IssueState>({ kind: 'loading' });
  // Each new value loads again: a refresh asked for, a retry, a change Jira reports.
  const [generation, setGeneration] = useState(0);
  const reload = () => setGeneration((n) => n + 1);

  useEffect(() => {
    const subscription = events.on('JIRA_ISSUE_CHANGED', () => setGeneration((n) => n + 1)).catch(() => undefined);
    return () => {
      void subscription.then((s) => s?.unsubscribe());
    };
  }, []);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wait = () => new Promise<void>((resolve) => (timer = setTimeout(resolve, POLL_MS)));
    const run = async () => {
      let answer = await callResolver('getIssueContext', {});
      for (let reloads = 0; !cancelled; reloads++) {
        setState({ kind: 'ready', answer, refreshProblem: null });
        if (!isBusy(answer.refresh) || reloads >= RELOADS) return;
        let refresh = answer.refresh;
        while (isBusy(refresh)) {
          await wait();
          if (cancelled) return;
          refresh = (await callResolver('getRefreshStatus', {})).refresh;
          if (cancelled) return;
        }
        if (refresh.state === 'failed') {
          const problem = refresh.message ?? 'The refresh did not finish.';
          setState({ kind: 'ready', answer: { ...answer, refresh }, refreshProblem: problem });
          return;
        }
        answer = await callResolver('getIssueContext', {});
      }
    };
    run().catch((error: unknown) => {
      if (!cancelled) setState({ kind: 'error', message: messageOf(error) });
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [generation]);

  /** Starts a refresh of the project, then follows it. */
  const refresh = async () => {
    try {
      await callResolver('refresh', {});
      reload();
    } catch (error) {
      const problem = messageOf(error);
      setState((current) => (current.kind === 'ready' ? { ...current, refreshProblem: problem } : { kind: 'error', message: problem }));
    }
  };
  return { state, reload, refresh };
}
