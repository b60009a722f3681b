/**
 * The portfolio's rows, read a page of up to 50 projects at a time (getPortfolio): page 0 first, so
 * the table shows at once, then the other pages page 0 names, a few at a time. Following a refresh
 * reads again only the pages that hold the projects it concerns (`reloadProjects`); a project on no
 * page read yet (new to the portfolio) has every page read again.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PortfolioRow, ResolverDefs } from '../../../src/shared/api';
import { callResolver } from '../../shared/api';

/** Pages asked for at once after page 0. */
const PAGES_AT_ONCE = 3;

export type PortfolioState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | {
      kind: 'ready';
      rows: PortfolioRow[];
      /** Pages read so far, of pageCount. */
      pagesRead: number;
      pageCount: number;
      /** How many projects Jira lets the viewer browse (listed or not yet). */
      projectsYouMayBrowse: number | null;
      /** A page other than page 0 that could not be read. */
      pageError: string | null;
    };

export interface Portfolio {
  state: PortfolioState;
  /** Reads every page again, from page 0, saying it is loading. */
  reload(): void;
  /** Reads again the pages holding these projects (every page when one is on none). */
  reloadProjects(projectKeys: readonly string[]): Promise<void>;
}

type PageAnswer = ResolverDefs['getPortfolio']['result'];

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Where each page read goes: the hook's state. */
type PageSink = (page: number, answer: PageAnswer) => void;

/** Reads one page and hands it to the sink. */
async function readPage(sink: PageSink, page: number): Promise<PageAnswer> {
  const answer = await callResolver('getPortfolio', { page });
  sink(page, answer);
  return answer;
}

/** Page 0, then the pages it names, a few at a time, while `alive()`. */
async function readAllPages(sink: PageSink, alive: () => boolean): Promise<void> {
  const first = await readPage(sink, 0);
  const rest = Array.from({ length: (first.pageCount ?? 1) - 1 }, (_, i) => i + 1);
  for (let start = 0; start < rest.length && alive(); start += PAGES_AT_ONCE) {
    await Promise.all(rest.slice(start, start + PAGES_AT_ONCE).map((page) => readPage(sink, page)));
  }
}

export function usePortfolio(): Portfolio {
  const [pages, setPages] = useState<Map<number, PortfolioRow[]> | null>(null);
  const [meta, setMeta] = useState<{ pageCount: number; projectsYouMayBrowse: number | null }>({ pageCount: 1, projectsYouMayBrowse: null });
  const [error, setError] = useState<string | null>(null);
  const [pageError, setPageError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const pageOf = useRef(new Map<string, number>());

  const sink = useCallback<PageSink>((page, answer) => {
    for (const row of answer.rows) pageOf.current.set(row.projectKey, page);
    setPages((current) => new Map(current ?? []).set(page, answer.rows));
    if (page === 0) setMeta({ pageCount: answer.pageCount ?? 1, projectsYouMayBrowse: answer.projectsYouMayBrowse });
  }, []);

  useEffect(() => {
    let alive = true;
    readAllPages(sink, () => alive).catch((failure: unknown) => {
      if (!alive) return;
      // Without page 0 there is nothing to show; a later page's failure leaves the rows read so far.
      if (pageOf.current.size > 0) setPageError(message(failure));
      else setError(message(failure));
    });
    return () => {
      alive = false;
    };
  }, [attempt, sink]);

  const reload = useCallback(() => {
    setPages(null);
    setError(null);
    setPageError(null);
    pageOf.current.clear();
    setAttempt((n) => n + 1);
  }, []);

  const reloadProjects = useCallback(
    async (projectKeys: readonly string[]) => {
      const wanted = projectKeys.map((key) => pageOf.current.get(key));
      if (wanted.some((page) => page === undefined)) return readAllPages(sink, () => true);
      await Promise.all([...new Set(wanted as number[])].map((page) => readPage(sink, page)));
    },
    [sink],
  );

  const state = useMemo((): PortfolioState => {
    if (error !== null) return { kind: 'error', message: error };
    if (pages === null || !pages.has(0)) return { kind: 'loading' };
    const rows = [...pages.entries()].sort(([a], [b]) => a - b).flatMap(([, pageRows]) => pageRows);
    return { kind: 'ready', rows, pagesRead: pages.size, ...meta, pageError };
  }, [error, pages, meta, pageError]);

  return { state, reload, reloadProjects };
}
