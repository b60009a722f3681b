/**
 * The two paging styles Jira uses, written once:
 * - offset pages ({ startAt, maxResults, isLast, values }) for agile boards/sprints and project search;
 * - token pages ({ nextPageToken, isLast }) for search/jql and changelog/bulkfetch.
 * Pages arrive here already checked for their shape (answer-shapes.ts, with retries in the requester).
 */
import { JiraError } from './errors';

/** An offset page that passed the `offsetPage` check. */
export interface OffsetPage {
  values: unknown[];
  isLast?: unknown;
  total?: unknown;
}

/** Hard stop against a server that never says "last page". */
const MAX_PAGES = 10_000;

/**
 * Collects `values` of every offset page. Stops when isLast is true, a page is empty, or (when
 * isLast is absent) startAt + page size reaches `total`.
 */
export async function collectOffsetPages(
  fetchPage: (startAt: number) => Promise<OffsetPage>,
  endpoint: string,
): Promise<unknown[]> {
  const all: unknown[] = [];
  let startAt = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const body = await fetchPage(startAt);
    all.push(...body.values);
    startAt += body.values.length;
    if (body.isLast === true || body.values.length === 0) return all;
    if (body.isLast === undefined && typeof body.total === 'number' && startAt >= body.total) return all;
  }
  throw new JiraError({ kind: 'malformed', endpoint, message: `Jira kept sending pages for ${endpoint} past ${MAX_PAGES}; we stopped reading.` });
}

/**
 * Walks token pages: calls fetchPage(undefined), then fetchPage(token) while the answer says there
 * is more (isLast not true and a nextPageToken present). A token we already sent is an error,
 * not a loop.
 */
export async function walkTokenPages(
  fetchPage: (token: string | undefined) => Promise<Record<string, unknown>>,
  /** Return true to stop reading (the caller has enough). */
  onPage: (body: Record<string, unknown>) => boolean | void,
  endpoint: string,
): Promise<void> {
  const sentTokens = new Set<string>();
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const body = await fetchPage(token);
    if (onPage(body) === true) return;
    const next = typeof body.nextPageToken === 'string' && body.nextPageToken !== '' ? body.nextPageToken : undefined;
    if (body.isLast === true || next === undefined) return;
    if (sentTokens.has(next)) {
      throw new JiraError({
        kind: 'malformed',
        endpoint,
        message: `Jira sent the same page token twice for ${endpoint}; we stopped rather than read the same pages forever.`,
      });
    }
    sentTokens.add(next);
    token = next;
  }
  throw new JiraError({ kind: 'malformed', endpoint, message: `Jira kept sending pages for ${endpoint} past ${MAX_PAGES}; we stopped reading.` });
}
