/**
 * Reads change histories while the issue search is still running: issues are handed over page by
 * page as search pages arrive (from any slice), and a bulk changelog request starts as soon as 1000 issues
 * are waiting (Jira's limit per request), so the history reads overlap the remaining search pages
 * instead of waiting for all of them. The number of batches stays ceil(issues / 1000), as if all
 * issues had been sent at the end.
 *
 * Failures: every batch's error is held until `finish()`, which records one 'changelog-unavailable'
 * note (partial data) and gives null, as readChangelogs does; nothing is left as an unhandled rejection.
 */
import type { FieldIds } from '../domain/types';
import type { JiraClient } from './client';
import { changelogFieldIds, type LoadState } from './load-steps';
import type { RawHistory, RawIssue } from './raw';

const BATCH = 1000;

export class ChangelogPipeline {
  private waiting: string[] = [];
  private readonly pending: Promise<Map<string, RawHistory[]>>[] = [];
  private readonly fields: string[];

  constructor(
    private readonly client: JiraClient,
    fieldIds: FieldIds,
  ) {
    this.fields = changelogFieldIds(fieldIds);
  }

  /** Queues the issues of one search page; sends every full batch of 1000. */
  add(issues: RawIssue[]): void {
    for (const issue of issues) this.waiting.push(issue.id);
    while (this.waiting.length >= BATCH) this.send(this.waiting.splice(0, BATCH));
  }

  private send(ids: string[]): void {
    const request = this.client.bulkChangelog(ids, this.fields);
    request.catch(() => undefined); // handled in finish(); avoids an unhandled rejection meanwhile
    this.pending.push(request);
  }

  /** Sends what is left, waits for every batch, and merges them; null (with a note) when any failed. */
  async finish(state: LoadState): Promise<Map<string, RawHistory[]> | null> {
    if (this.waiting.length) this.send(this.waiting.splice(0));
    try {
      const maps = await Promise.all(this.pending);
      const merged = new Map<string, RawHistory[]>();
      for (const map of maps) for (const [id, histories] of map) merged.set(id, histories);
      return merged;
    } catch (error) {
      state.failed('changelog-unavailable', 'the change history of the issues', error);
      return null;
    }
  }

  /** Waits for requests already sent, so a failed search leaves nothing running behind it. */
  async abandon(): Promise<void> {
    await Promise.allSettled(this.pending);
  }
}
