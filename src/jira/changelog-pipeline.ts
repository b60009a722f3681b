/**
 * Reads change histories while the issue search is still running, and normalises each batch of
 * issues as soon as its histories arrive: issues are handed over page by page as search pages
 * arrive (from any slice), and a bulk changelog request starts as soon as 1000 issues are waiting
 * (Jira's limit per request), so the history reads overlap the remaining search pages instead of
 * waiting for all of them. The number of batches stays ceil(issues / 1000), as if all issues had
 * been sent at the end. Jira's raw histories of a batch are dropped once it is normalised, so they
 * are never all held at once (the largest part of a big project's answers).
 *
 * Failures: a batch whose histories cannot be read (after retries) is normalised without them; its
 * error is held until `finish()`, which records one 'changelog-unavailable' note (partial data), as
 * readChangelogs does. A batch whose history Jira kept paging is cut short (paging.ts): what was read
 * is used, and finish() records the cut. Nothing is left as an unhandled rejection.
 */
import type { DataQualityNote, FieldIds, Issue } from '../domain/types';
import type { JiraClient } from './client';
import { changelogFieldIds, type LoadState } from './load-steps';
import type { ListingCut } from './paging';
import type { RawHistory, RawIssue } from './raw';

const BATCH = 1000;

export interface NormalisedIssue {
  issue: Issue;
  notes: DataQualityNote[];
}

export type Normaliser = (raw: RawIssue, histories: RawHistory[]) => NormalisedIssue;

interface BatchResult {
  normalised: NormalisedIssue[];
  /** Why the batch's histories could not be read; null when they were. */
  error: unknown;
}

export class ChangelogPipeline {
  private waiting: RawIssue[] = [];
  private readonly pending: Promise<BatchResult>[] = [];
  private readonly fields: string[];
  /** Batches whose history Jira kept paging (paging.ts), recorded in finish(). */
  private readonly cuts: ListingCut[] = [];

  constructor(
    private readonly client: JiraClient,
    fieldIds: FieldIds,
    private readonly normalise: Normaliser,
  ) {
    this.fields = changelogFieldIds(fieldIds);
  }

  /** Queues the issues of one search page; sends every full batch of 1000. */
  add(issues: RawIssue[]): void {
    for (const issue of issues) this.waiting.push(issue);
    while (this.waiting.length >= BATCH) this.send(this.waiting.splice(0, BATCH));
  }

  private send(batch: RawIssue[]): void {
    const request = this.client.bulkChangelog(batch.map((raw) => raw.id), this.fields, (cut) => this.cuts.push(cut));
    const result = request.then(
      (histories) => ({ normalised: batch.map((raw) => this.normalise(raw, histories.get(raw.id) ?? [])), error: null }),
      (error: unknown) => ({ normalised: batch.map((raw) => this.normalise(raw, [])), error }),
    );
    result.catch(() => undefined); // a bug thrown while normalising surfaces in finish(), not as an unhandled rejection
    this.pending.push(result);
  }

  /**
   * Sends what is left, waits for every batch, and gives every issue normalised, in the order they
   * were added; records one note (partial data) when some batch's histories could not be read.
   */
  async finish(state: LoadState): Promise<NormalisedIssue[]> {
    if (this.waiting.length) this.send(this.waiting.splice(0));
    const batches = await Promise.all(this.pending);
    const failed = batches.find((batch) => batch.error !== null);
    if (failed) state.failed('changelog-unavailable', 'the change history of the issues', failed.error);
    for (const cut of this.cuts) state.cut(cut);
    return batches.flatMap((batch) => batch.normalised);
  }

  /** Waits for requests already sent, so a failed search leaves nothing running behind it. */
  async abandon(): Promise<void> {
    await Promise.allSettled(this.pending);
  }
}
