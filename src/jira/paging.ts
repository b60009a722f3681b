/**
 * The two paging styles Jira uses, written once:
 * - offset pages ({ startAt, maxResults, isLast, values }) for agile boards/sprints and project search;
 * - token pages ({ nextPageToken, isLast }) for search/jql and changelog/bulkfetch.
 * Pages arrive here already checked for their shape (answer-shapes.ts, with retries in the requester).
 *
 * A server that never says "last page" cannot keep us reading (docs/security.md). A listing stops,
 * keeping what it read, when a page repeats one already read (the same count, first and last item:
 * a server that ignores startAt, or sends fresh tokens for the same page), when a token comes back
 * that we already sent, when two empty pages in a row still promise more, or after
 * MAX_PAGES_PER_LISTING pages. The caller learns of the cut through `onCut` and says so in the
 * report; a caller without one gets a `malformed` JiraError with the same sentence.
 */
import { JiraError } from './errors';
import { isRecord } from './raw';

/** An offset page that passed the `offsetPage` check. */
export interface OffsetPage {
  values: unknown[];
  isLast?: unknown;
  total?: unknown;
}

/**
 * Most pages one listing reads: 1,000, that is 50,000 boards, sprints or projects (50 a page),
 * 100,000 issues of one search slice (100 a page) or 1,000 pages of change history per batch of 1,000
 * issues; far beyond any real project, and a bound on the time and memory one listing can take.
 */
export const MAX_PAGES_PER_LISTING = 1000;

/** Why a listing stopped before Jira said it was complete, with the pages read, in plain words. */
export interface ListingCut {
  /** What was being listed, e.g. "the boards of project ABC". */
  what: string;
  endpoint: string;
  pagesRead: number;
  /** Why reading stopped, and what is used. */
  message: string;
  /** What is missing, e.g. "the boards of project ABC beyond the first page". */
  missing: string;
}

export interface Listing {
  /** What is being listed, e.g. "the boards of project ABC" (used in the sentence of a cut). */
  what: string;
  /** "GET /rest/agile/1.0/board" */
  endpoint: string;
  /** Told when the listing is cut; without it, a cut is thrown as a JiraError. */
  onCut?: (cut: ListingCut) => void;
}

type CutReason = 'repeated-page' | 'repeated-token' | 'empty-pages' | 'too-many-pages';

/** "the first page", "the first 1,000 pages". */
function firstPages(count: number): string {
  return count === 1 ? 'the first page' : `the first ${count.toLocaleString('en-GB')} pages`;
}

function stopReason(reason: CutReason, listing: Listing): string {
  return {
    'repeated-page': `Jira sent a page of ${listing.what} that we had already read (${listing.endpoint})`,
    'repeated-token': `Jira sent the same page token twice for ${listing.what} (${listing.endpoint})`,
    'empty-pages': `Jira kept sending empty pages of ${listing.what} that said more would follow (${listing.endpoint})`,
    'too-many-pages': `Jira kept sending pages of ${listing.what} (${listing.endpoint})`,
  }[reason];
}

/** Ends a listing early: tells the caller (who keeps what was read), or throws when nobody listens. */
function cut(reason: CutReason, listing: Listing, pagesRead: number): void {
  const why = stopReason(reason, listing);
  if (!listing.onCut) throw new JiraError({ kind: 'malformed', endpoint: listing.endpoint, message: `${why}; we stopped there rather than read forever.` });
  listing.onCut({
    what: listing.what,
    endpoint: listing.endpoint,
    pagesRead,
    message: `${why}. We stopped there rather than read forever, so this report uses only what ${firstPages(pagesRead)} held.`,
    missing: `${listing.what} beyond ${firstPages(pagesRead)}`,
  });
}

/** What tells a page from another: how many items, and the identity of the first and the last. */
export function pageFingerprint(identities: readonly string[]): string {
  return `${identities.length}:${identities[0] ?? ''}:${identities[identities.length - 1] ?? ''}`;
}

/** An item's identity: its id (or account id), else its JSON. */
function identityOf(value: unknown): string {
  if (isRecord(value)) {
    const id = value.id ?? value.accountId;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  }
  return JSON.stringify(value) ?? '';
}

/**
 * Collects `values` of every offset page. Stops when isLast is true, a page is empty, or (when
 * isLast is absent) startAt + page size reaches `total`; cut short as described above.
 */
export async function collectOffsetPages(fetchPage: (startAt: number) => Promise<OffsetPage>, listing: Listing): Promise<unknown[]> {
  const all: unknown[] = [];
  const seen = new Set<string>();
  let startAt = 0;
  for (let page = 1; ; page += 1) {
    const body = await fetchPage(startAt);
    if (body.values.length === 0) return all;
    const fingerprint = pageFingerprint(body.values.map(identityOf));
    if (seen.has(fingerprint)) return cutShort(all, 'repeated-page', listing, page - 1);
    seen.add(fingerprint);
    all.push(...body.values);
    startAt += body.values.length;
    if (body.isLast === true) return all;
    if (body.isLast === undefined && typeof body.total === 'number' && startAt >= body.total) return all;
    if (page >= MAX_PAGES_PER_LISTING) return cutShort(all, 'too-many-pages', listing, page);
  }
}

function cutShort<T>(kept: T, reason: CutReason, listing: Listing, pagesRead: number): T {
  cut(reason, listing, pagesRead);
  return kept;
}

/**
 * Walks token pages: calls fetchPage(undefined), then fetchPage(token) while the answer says there
 * is more (isLast not true and a nextPageToken present); cut short as described above, with
 * `identities` naming a page's items (issue ids, history ids) for the repeat check.
 */
export async function walkTokenPages<P extends { nextPageToken?: unknown; isLast?: unknown }>(
  fetchPage: (token: string | undefined) => Promise<P>,
  /** Return true to stop reading (the caller has enough). */
  onPage: (body: P) => boolean | void,
  identities: (body: P) => string[],
  listing: Listing,
): Promise<void> {
  const sentTokens = new Set<string>();
  const seen = new Set<string>();
  let previousEmpty = false;
  let token: string | undefined;
  for (let page = 1; ; page += 1) {
    const body = await fetchPage(token);
    const items = identities(body);
    const empty = items.length === 0;
    if (!empty) {
      const fingerprint = pageFingerprint(items);
      if (seen.has(fingerprint)) return cut('repeated-page', listing, page - 1);
      seen.add(fingerprint);
    }
    if (onPage(body) === true) return;
    const next = typeof body.nextPageToken === 'string' && body.nextPageToken !== '' ? body.nextPageToken : undefined;
    if (body.isLast === true || next === undefined) return;
    if (empty && previousEmpty) return cut('empty-pages', listing, page);
    if (sentTokens.has(next)) return cut('repeated-token', listing, page);
    if (page >= MAX_PAGES_PER_LISTING) return cut('too-many-pages', listing, page);
    previousEmpty = empty;
    sentTokens.add(next);
    token = next;
  }
}
