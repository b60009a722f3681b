/**
 * One page of POST /rest/api/3/changelog/bulkfetch, read entry by entry: the answer's text is cut
 * into its entries (json-pieces.ts), and each entry (one issue's histories on the page) is parsed,
 * checked, handed to `readIssue` and dropped, so the page is never held as one tree of objects. An
 * answer that came parsed already (a transport that cannot give text) is read the same way.
 *
 * The checks are those of the whole-page check (answer-shapes.ts, `changelogPage`): a page without
 * its list, an entry without an issue id or a readable list of changes, or bad paging members make
 * the answer malformed (an AnswerProblem: the requester reads it again), and then nothing read from
 * it is kept. Text that is not JSON is refused as the transports refuse it (parseJsonBody).
 */
import { BAD_CHANGELOG_ENTRY, CHANGELOG_LIST, isChangelogEntry, tokenPagingProblem } from './answer-shapes';
import { splitTopLevelArray } from './json-pieces';
import { isRecord, type RawHistory } from './raw';
import { AnswerProblem } from './requester';
import { parseJsonBody } from './transport';

const LIST = 'issueChangeLogs';

export interface ChangelogPageRead<T> {
  /** What readIssue made of each entry, by issue id, in page order (an issue named by two entries: two). */
  byIssue: Map<string, T[]>;
  /** The paging members, for walkTokenPages. */
  nextPageToken: unknown;
  isLast: unknown;
  /** "issue id/history id" of each history, or the issue id of an entry without any: for the repeat check (paging.ts). */
  identities: string[];
}

/** An entry's histories as the normaliser reads them. */
function historiesOf(log: { changeHistories: Record<string, unknown>[] }): RawHistory[] {
  return log.changeHistories.map((history) => ({
    id: typeof history.id === 'string' ? history.id : String(history.id ?? ''),
    author: history.author,
    created: typeof history.created === 'number' || typeof history.created === 'string' ? history.created : '',
    items: Array.isArray(history.items) ? (history.items.filter(isRecord) as unknown as RawHistory['items']) : [],
  }));
}

/** The page's entries (texts to parse, or values) and paging members, from its text or from a parsed answer. */
type Entries = { texts: string[]; paging: Record<string, unknown> } | { values: unknown[]; paging: Record<string, unknown> };

function entriesOf(body: unknown, endpoint: string, status: number): Entries | AnswerProblem {
  if (typeof body === 'string') {
    try {
      const split = splitTopLevelArray(body, LIST);
      if (split.elements === null) return new AnswerProblem(`had no list of ${CHANGELOG_LIST}`);
      return { texts: split.elements, paging: split.rest };
    } catch {
      // Not JSON as we cut it: read it whole, which refuses text that is not JSON as the transports do.
      return entriesOf(parseJsonBody(body, endpoint, status), endpoint, status);
    }
  }
  if (!isRecord(body)) return new AnswerProblem('was empty or not an object');
  const list = body[LIST];
  if (!Array.isArray(list)) return new AnswerProblem(`had no list of ${CHANGELOG_LIST}`);
  return { values: list, paging: body };
}

export function readChangelogPage<T>(
  body: unknown,
  endpoint: string,
  status: number,
  readIssue: (issueId: string, histories: RawHistory[]) => T,
): ChangelogPageRead<T> | AnswerProblem {
  const page = entriesOf(body, endpoint, status);
  if (page instanceof AnswerProblem) return page;
  const pagingProblem = tokenPagingProblem(page.paging);
  if (pagingProblem !== null) return new AnswerProblem(pagingProblem);
  const byIssue = new Map<string, T[]>();
  const identities: string[] = [];
  const count = 'texts' in page ? page.texts.length : page.values.length;
  for (let index = 0; index < count; index++) {
    let log: unknown;
    if ('texts' in page) {
      try {
        log = JSON.parse(page.texts[index]);
      } catch {
        // An entry JSON.parse refuses: read the text whole, which refuses it as the transports do.
        return readChangelogPage(parseJsonBody(body as string, endpoint, status), endpoint, status, readIssue);
      }
    } else log = page.values[index];
    if (!isChangelogEntry(log)) return new AnswerProblem(BAD_CHANGELOG_ENTRY);
    if (log.changeHistories.length === 0) identities.push(log.issueId);
    for (const history of log.changeHistories) identities.push(`${log.issueId}/${String(history.id)}`);
    const read = readIssue(log.issueId, historiesOf(log));
    const known = byIssue.get(log.issueId);
    if (known) known.push(read);
    else byIssue.set(log.issueId, [read]);
  }
  return { byIssue, identities, nextPageToken: page.paging.nextPageToken, isLast: page.paging.isLast };
}
