/**
 * The issues of a project, read in as few pages as the data needs, and able to stop and go on in a
 * later run (a refresh in steps, load-checkpoint.ts):
 * 1. The oldest page first (`ORDER BY created ASC`, full fields). A project that fits in it costs one request.
 * 2. The rest, `created >=` the newest issue of that page, in created-date slices fetched side by side,
 *    each `ORDER BY created ASC, key ASC`, so that where a slice stands is a creation time. The number of slices
 *    is guessed from how fast issues were created in the first page (pages left ≈ (now − newest) /
 *    (newest − oldest)), one slice per PAGES_PER_SLICE pages, at most MAX_SLICES: every slice ends in a
 *    part-filled page, so fewer slices waste fewer requests on small projects. The lower bound is
 *    moved back TIME_ZONE_MARGIN_MS, because Jira reads JQL dates in the caller's time zone; issues
 *    read twice are kept once (and their history is asked for once).
 * Each new page is handed to `pipeline` as it arrives, so histories are read while the search pages on;
 * the search keeps no page itself.
 *
 * Stopping: after each page, `control.shouldPause()` may stop every slice where it is; a page Jira
 * refuses with a wait longer than the run can afford (`control.longWait`) stops every slice too, and
 * the wait is given back. Going on: each unfinished slice starts again from the creation time of the
 * last issue it read, less TIME_ZONE_MARGIN_MS, and issues already read (`known`) are skipped, so no
 * issue is read twice into the data nor its history asked for twice.
 * A project without a rank field is read in one search ordered by rank, which cannot stop halfway.
 */
import type { BoardData } from '../domain/types';
import type { ChangelogPipeline } from './changelog-pipeline';
import type { JiraClient } from './client';
import { issueFields, jqlQuote, projectName, type LoadState } from './load-steps';
import { createdRanges, jqlMinute, rangeClause, type CreatedRange } from './partition';
import type { RawIssue } from './raw';
import { parseJiraDate } from './values';

/** Most created-date slices of a full search fetched side by side (the client's limiter allows 4 requests at once). */
const MAX_SLICES = 4;
/** Search pages one slice is meant to read. */
const PAGES_PER_SLICE = 8;
/** JQL dates are read in the caller's time zone, from UTC−12 to UTC+14. */
export const TIME_ZONE_MARGIN_MS = 14 * 60 * 60 * 1000;

/** Where one created-date slice of the search stands. */
export interface SliceState extends CreatedRange {
  /** Creation time (epoch ms) of the last issue the slice read; null before its first page. */
  lastReadMs: number | null;
  finished: boolean;
}

export interface SearchControl {
  /** Asked after each page: true stops the search there, to go on in a later run. */
  shouldPause(): boolean;
  /** The wait Jira asked for, when `error` is a refusal to answer before a wait longer than the run can afford; else null. */
  longWait(error: unknown): number | null;
}

export interface SearchOutcome {
  /** null: the search never got past its first page; [] with every slice finished: all read. */
  slices: SliceState[] | null;
  /** Issues handed to the pipeline in this run. */
  count: number;
  /** The project's name as Jira spells it, when an issue said. */
  name: string | null;
  /** The wait Jira asked for, when a page was refused for a wait too long to afford. */
  waitMs: number | null;
  /** About how many issues the project has, from the pace of the first page (in the run that read it). */
  expected: number | null;
}

/** Never pauses: a search read to its end in one run. */
export const ONE_RUN: SearchControl = { shouldPause: () => false, longWait: () => null };

function createdMsOf(issue: RawIssue): number {
  return typeof issue.fields.created === 'string' ? parseJiraDate(issue.fields.created) : Number.NaN;
}

/** Pages left after the first, at the pace its issues were created: (now − newest) / (newest − oldest). */
function pagesLeft(oldestMs: number, newestMs: number, now: Date): number {
  const headSpan = newestMs - oldestMs;
  return headSpan > 0 ? (now.getTime() - newestMs) / headSpan : Number.POSITIVE_INFINITY;
}

function restSlices(oldestMs: number, newestMs: number, now: Date): SliceState[] {
  const slices = Math.min(MAX_SLICES, Math.max(1, Math.round(pagesLeft(oldestMs, newestMs, now) / PAGES_PER_SLICE)));
  return createdRanges(new Date(newestMs - TIME_ZONE_MARGIN_MS), now, slices).map((range) => ({ ...range, lastReadMs: null, finished: false }));
}

/** The slice's range from where it stands: from its last issue read (less the time-zone margin), never before its start. */
function rangeFrom(slice: SliceState): CreatedRange {
  if (slice.lastReadMs === null) return slice;
  const from = jqlMinute(new Date(slice.lastReadMs - TIME_ZONE_MARGIN_MS));
  return { low: from > slice.low ? from : slice.low, high: slice.high };
}

export async function searchProjectIssues(
  client: JiraClient,
  projectKey: string,
  fieldIds: BoardData['fieldIds'],
  now: Date,
  pipeline: ChangelogPipeline,
  state: LoadState,
  resume: { slices: SliceState[] | null; known: Set<string> } | null,
  control: SearchControl = ONE_RUN,
): Promise<SearchOutcome> {
  const base = `project = ${jqlQuote(projectKey)}`;
  const fields = issueFields(fieldIds);
  const known = resume?.known ?? new Set<string>();
  const seen = new Set<string>();
  const outcome: SearchOutcome = { slices: resume?.slices ?? null, count: 0, name: null, waitMs: null, expected: null };
  const paused = () => outcome.waitMs !== null || control.shouldPause();
  const onPage = (page: RawIssue[], slice: SliceState | null) => {
    for (const issue of page) {
      const created = createdMsOf(issue);
      if (slice && Number.isFinite(created) && (slice.lastReadMs === null || created > slice.lastReadMs)) slice.lastReadMs = created;
    }
    const fresh = page.filter((issue) => !known.has(issue.id) && !seen.has(issue.id) && seen.add(issue.id));
    if (fresh.length === 0) return;
    outcome.count += fresh.length;
    outcome.name ??= projectName(fresh, null);
    pipeline.add(fresh);
  };

  if (fieldIds.rank === null) {
    await client.searchIssues({ jql: `${base} ORDER BY Rank ASC`, fields, onPage: (page) => onPage(page, null), collect: false, onCut: state.cut });
    outcome.slices = [];
    return outcome;
  }
  if (outcome.slices === null) {
    const head = await client.searchFirstPage({ jql: `${base} ORDER BY created ASC`, fields });
    onPage(head.issues, null);
    if (!head.more) {
      outcome.slices = [];
      return outcome;
    }
    const created = head.issues.map(createdMsOf);
    // Without readable creation times the rest cannot be bounded: read everything again (kept once).
    const readable = created.length > 0 && !created.some(Number.isNaN);
    outcome.slices = readable ? restSlices(Math.min(...created), Math.max(...created), now) : [{ low: '', high: null, lastReadMs: null, finished: false }];
    const left = readable ? pagesLeft(Math.min(...created), Math.max(...created), now) : Number.NaN;
    if (Number.isFinite(left)) outcome.expected = Math.round(head.issues.length * (1 + left));
  }
  await Promise.all(outcome.slices.map((slice) => (slice.finished || paused() ? null : readSlice(slice))));
  return outcome;

  async function readSlice(slice: SliceState): Promise<void> {
    const range = rangeFrom(slice);
    // By creation time, then key: a slice's place is then a creation time, and equal times come in a fixed order.
    const order = 'ORDER BY created ASC, key ASC';
    const jql = range.low === '' ? `${base} ${order}` : `(${base}) AND (${rangeClause(range)}) ${order}`;
    try {
      await client.searchIssues({
        jql,
        fields,
        collect: false,
        onCut: state.cut,
        shouldStop: paused,
        onPage: (page, more) => {
          onPage(page, slice);
          if (!more) slice.finished = true;
        },
      });
      // Ended by itself (no page said more follow, or the listing was cut short): the slice is read.
      if (!paused()) slice.finished = true;
    } catch (error) {
      const wait = control.longWait(error);
      if (wait === null) throw error;
      outcome.waitMs = Math.max(outcome.waitMs ?? 0, wait);
    }
  }
}
