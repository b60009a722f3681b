/**
 * One page of POST /rest/api/3/changelog/bulkfetch, read entry by entry as it arrives: the answer's
 * text is cut into its entries while it streams in (json-pieces.ts), and each entry (one issue's
 * histories on the page) is parsed, checked, handed to `readIssue` and dropped, so the page is never
 * held whole, as text or as a tree of objects. An answer that came whole (a transport that cannot
 * stream) or parsed already (one that cannot give text) is read the same way.
 *
 * The checks are those of the whole-page check (answer-shapes.ts, `changelogPage`): a page without
 * its list, an entry without an issue id or a readable list of changes, or bad paging members make
 * the answer malformed (an AnswerProblem: the requester reads it again), and then nothing read from
 * it is kept. Text that is not JSON is refused as the transports refuse it (notJson).
 */
import { BAD_CHANGELOG_ENTRY, CHANGELOG_LIST, isChangelogEntry, tokenPagingProblem } from './answer-shapes';
import { ArraySplitter, NotAnObject } from './json-pieces';
import { isRecord, type RawHistory } from './raw';
import { AnswerProblem } from './requester';
import { isTextPieces, notJson } from './transport';

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

/** The page's entries as values, from an answer that came parsed already, or what is wrong with it. */
function parsedEntries(body: unknown): { values: unknown[]; paging: Record<string, unknown> } | AnswerProblem {
  if (!isRecord(body)) return new AnswerProblem('was empty or not an object');
  const list = body[LIST];
  if (!Array.isArray(list)) return new AnswerProblem(`had no list of ${CHANGELOG_LIST}`);
  return { values: list, paging: body };
}

/** The entries read so far, by issue id, and the repeat check's identities. */
class PageEntries<T> {
  readonly byIssue = new Map<string, T[]>();
  readonly identities: string[] = [];
  /** Set by the first entry that fails the check: nothing more is read. */
  problem: AnswerProblem | null = null;

  constructor(private readonly readIssue: (issueId: string, histories: RawHistory[]) => T) {}

  add(log: unknown): void {
    if (this.problem !== null) return;
    if (!isChangelogEntry(log)) {
      this.problem = new AnswerProblem(BAD_CHANGELOG_ENTRY);
      return;
    }
    if (log.changeHistories.length === 0) this.identities.push(log.issueId);
    for (const history of log.changeHistories) this.identities.push(`${log.issueId}/${String(history.id)}`);
    const read = this.readIssue(log.issueId, historiesOf(log));
    const known = this.byIssue.get(log.issueId);
    if (known) known.push(read);
    else this.byIssue.set(log.issueId, [read]);
  }

  page(paging: Record<string, unknown>): ChangelogPageRead<T> | AnswerProblem {
    if (this.problem !== null) return this.problem;
    const pagingProblem = tokenPagingProblem(paging);
    if (pagingProblem !== null) return new AnswerProblem(pagingProblem);
    return { byIssue: this.byIssue, identities: this.identities, nextPageToken: paging.nextPageToken, isLast: paging.isLast };
  }
}

/**
 * Reads one page: its text as it streams in (pieces, transport.ts), its whole text, or an answer
 * that came parsed already. Text is cut into entries as it arrives (ArraySplitter); each entry is
 * parsed, checked and handed to readIssue at once, so no more than one entry's text and objects
 * are held at a time. The first entry that fails the check stops the reading (the rest of the
 * answer is not read). Text that is not JSON is refused as the transports refuse it.
 */
export async function readChangelogPage<T>(
  body: unknown,
  endpoint: string,
  status: number,
  readIssue: (issueId: string, histories: RawHistory[]) => T,
): Promise<ChangelogPageRead<T> | AnswerProblem> {
  const entries = new PageEntries(readIssue);
  if (typeof body !== 'string' && !isTextPieces(body)) {
    const page = parsedEntries(body);
    if (page instanceof AnswerProblem) return page;
    for (const value of page.values) entries.add(value);
    return entries.page(page.paging);
  }
  // Once an entry has failed, the rest of the piece in hand is not parsed either.
  const splitter = new ArraySplitter(LIST, (text) => {
    if (entries.problem === null) entries.add(JSON.parse(text));
  });
  let sawList: boolean | null;
  try {
    for await (const piece of typeof body === 'string' ? [body] : body) {
      splitter.push(piece);
      if (entries.problem !== null) return entries.problem; // leaving the loop stops the answer's reading
    }
    sawList = splitter.end();
  } catch (error) {
    if (error instanceof NotAnObject) return new AnswerProblem('was empty or not an object');
    if (error instanceof SyntaxError) throw notJson(endpoint, status);
    throw error;
  }
  if (sawList === null) return new AnswerProblem('was empty or not an object');
  if (!sawList) return new AnswerProblem(`had no list of ${CHANGELOG_LIST}`);
  return entries.page(splitter.rest);
}
