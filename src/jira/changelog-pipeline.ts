/**
 * Reads change histories while the issue search is still running, and keeps only what the analysis
 * reads: each issue of a search page is normalised at once (its own fields; Jira's raw issue can
 * go), and a bulk changelog request starts as soon as 1000 issues are waiting (Jira's limit per
 * request), so the history reads overlap the remaining search pages instead of waiting for all of
 * them. The number of batches stays ceil(issues / 1000), as if all issues had been sent at the end.
 * Each page of histories is normalised as it arrives and dropped, so Jira's raw histories (the
 * largest part of a big project's answers) are never held beyond one page per request in flight.
 *
 * Failures: a batch whose histories cannot be read (after retries) keeps its issues without
 * history (what pages of it were read are dropped, so no issue has half a history); its error is
 * held until `finish()`, which records one 'changelog-unavailable' note (partial data), as
 * readChangelogs does. A batch whose history Jira kept paging is cut short (paging.ts): what was read
 * is used, and finish() records the cut. Nothing is left as an unhandled rejection.
 */
import type { ChangeEvent, DataQualityNote, FieldIds, Issue } from '../domain/types';
import type { JiraClient } from './client';
import { changelogFieldIds, type LoadState } from './load-steps';
import { appendChangelog } from './normalise-changelog';
import type { ListingCut } from './paging';
import type { RawHistory, RawIssue } from './raw';

const BATCH = 1000;

export interface NormalisedIssue {
  issue: Issue;
  notes: DataQualityNote[];
}

/** How the pipeline reads Jira's answers: an issue's own fields at once, its histories page by page. */
export interface IssueReader {
  /** The issue without history (changelog []), with the notes its fields raised. */
  fields(raw: RawIssue): NormalisedIssue;
  /** Events of some of the issue's histories, in time order; notes about them go to `notes`. */
  changelog(histories: RawHistory[], issueKey: string, notes: DataQualityNote[]): ChangeEvent[];
}

interface BatchResult {
  normalised: NormalisedIssue[];
  /** Why the batch's histories could not be read; null when they were. */
  error: unknown;
}

/** What one page held of one issue's history. */
interface PageRead {
  events: ChangeEvent[];
  notes: DataQualityNote[];
}

/** One issue of a batch while its history arrives. */
interface Arriving {
  normalised: NormalisedIssue;
  events: ChangeEvent[];
  notes: DataQualityNote[];
}

export class ChangelogPipeline {
  private waiting: NormalisedIssue[] = [];
  private readonly pending: Promise<BatchResult>[] = [];
  private readonly fields: string[];
  /** Batches whose history Jira kept paging (paging.ts), recorded in finish(). */
  private readonly cuts: ListingCut[] = [];

  constructor(
    private readonly client: JiraClient,
    fieldIds: FieldIds,
    private readonly reader: IssueReader,
  ) {
    this.fields = changelogFieldIds(fieldIds);
  }

  /** Normalises the issues of one search page; sends every full batch of 1000. */
  add(issues: RawIssue[]): void {
    this.addNormalised(issues.map((issue) => this.reader.fields(issue)));
  }

  /** Issues already normalised (a checkpoint's, still without history): their history is read like any other's. */
  addNormalised(issues: NormalisedIssue[]): void {
    for (const issue of issues) this.waiting.push(issue);
    while (this.waiting.length >= BATCH) this.send(this.waiting.splice(0, BATCH));
  }

  private send(batch: NormalisedIssue[]): void {
    const arriving = new Map<string, Arriving>(batch.map((normalised) => [normalised.issue.id, { normalised, events: [], notes: [] }]));
    // Read as each entry of a page is parsed; kept only once the whole page has been read and checked.
    const readIssue = (issueId: string, histories: RawHistory[]): PageRead | null => {
      const issue = arriving.get(issueId);
      if (!issue) return null;
      const notes: DataQualityNote[] = [];
      return { events: this.reader.changelog(histories, issue.normalised.issue.key, notes), notes };
    };
    const onPage = (page: Map<string, (PageRead | null)[]>) => {
      for (const [issueId, reads] of page) {
        const issue = arriving.get(issueId);
        for (const read of reads) {
          if (!issue || !read) continue;
          issue.events = appendChangelog(issue.events, read.events);
          for (const note of read.notes) issue.notes.push(note);
        }
      }
    };
    const request = this.client.bulkChangelogPages([...arriving.keys()], this.fields, readIssue, onPage, (cut) => this.cuts.push(cut));
    const result = request.then(
      () => {
        for (const { normalised, events, notes } of arriving.values()) {
          normalised.issue.changelog = events;
          for (const note of notes) normalised.notes.push(note);
        }
        return { normalised: batch, error: null };
      },
      (error: unknown) => ({ normalised: batch, error }),
    );
    result.catch(() => undefined); // a bug thrown while normalising surfaces in finish(), not as an unhandled rejection
    this.pending.push(result);
  }

  /**
   * Sends what is left, waits for every batch, and gives every issue normalised, in the order they
   * were added; records one note (partial data) when some batch's histories could not be read.
   */
  async finish(state: LoadState): Promise<NormalisedIssue[]> {
    return (await this.finishDeferring(state, () => false)).read;
  }

  /**
   * Like finish, but a batch whose failure `defer` accepts (Jira asked for a wait longer than this
   * run can afford) is given back apart, without history and without a note, to be read again later.
   */
  async finishDeferring(state: LoadState, defer: (error: unknown) => boolean): Promise<{ read: NormalisedIssue[]; deferred: NormalisedIssue[]; deferredBy: unknown }> {
    if (this.waiting.length) this.send(this.waiting.splice(0));
    const batches = await Promise.all(this.pending);
    const deferredBatches = batches.filter((batch) => batch.error !== null && defer(batch.error));
    const failed = batches.find((batch) => batch.error !== null && !deferredBatches.includes(batch));
    if (failed) state.failed('changelog-unavailable', 'the change history of the issues', failed.error);
    for (const cut of this.cuts) state.cut(cut);
    return {
      read: batches.filter((batch) => !deferredBatches.includes(batch)).flatMap((batch) => batch.normalised),
      deferred: deferredBatches.flatMap((batch) => batch.normalised),
      deferredBy: deferredBatches[0]?.error ?? null,
    };
  }

  /** Waits for requests already sent, so a failed search leaves nothing running behind it. */
  async abandon(): Promise<void> {
    await Promise.allSettled(this.pending);
  }
}
