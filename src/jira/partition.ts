/**
 * Partitioned search: one large JQL search split into independent slices that can be fetched at
 * the same time, then put back together in global rank order.
 *
 * Partitioning rule (createdRangesFrom): split the time between a lower bound and now into equal
 * `created` ranges. The first slice starts at the bound (`created >= b0`) and the last is open at the
 * top (`created >= bn`), so every issue created from the bound on falls in exactly one slice, and
 * slices never overlap (each boundary is `>=` on one side and `<` on the other).
 * Boundaries are whole minutes in UTC ("yyyy-MM-dd HH:mm"), JQL's date precision. Jira reads them in
 * the caller's time zone, which shifts every boundary alike: the slices still cover everything once.
 *
 * Merging (mergeByRank): each slice comes back `ORDER BY Rank ASC`; rank values are LexoRank
 * strings, which sort lexicographically (plain code-unit comparison, not locale). Sorting the union
 * by rank value gives the same order as one search would. Issues without a rank value go last,
 * in the order they arrived; an issue seen twice is kept once.
 */
import type { RawIssue } from './raw';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "2026-03-02 09:05" in UTC. */
export function jqlMinute(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** One created-date range: `created >= low` and, unless it is the last, `created < high` (JQL minutes). */
export interface CreatedRange {
  low: string;
  high: string | null;
}

/**
 * `parts` created-date ranges that together cover `created >= from` (to the minute) exactly once:
 * equal time ranges, the last open at the top. Boundaries that fall in from's minute are dropped,
 * so a short span gives fewer ranges (at least one).
 */
export function createdRanges(from: Date, to: Date, parts: number): CreatedRange[] {
  const floor = jqlMinute(from);
  const span = to.getTime() - from.getTime();
  const boundaries: string[] = [];
  for (let k = 1; k < parts && span > 0; k += 1) {
    const boundary = jqlMinute(new Date(from.getTime() + (span * k) / parts));
    // "yyyy-MM-dd HH:mm" strings sort as the times they name.
    if (boundary > floor && boundary !== boundaries[boundaries.length - 1]) boundaries.push(boundary);
  }
  const lows = [floor, ...boundaries];
  return lows.map((low, i) => ({ low, high: i < boundaries.length ? boundaries[i] : null }));
}

/** The JQL clause of a range. */
export function rangeClause(range: CreatedRange): string {
  return range.high === null ? `created >= "${range.low}"` : `created >= "${range.low}" AND created < "${range.high}"`;
}

/** `parts` JQL clauses over `created` that together cover `created >= from` exactly once (createdRanges). */
export function createdRangesFrom(from: Date, to: Date, parts: number): string[] {
  return createdRanges(from, to, parts).map(rangeClause);
}

/** JQL for one slice: `(base) AND (clause) ORDER BY Rank ASC`. */
export function partitionJql(baseJql: string, clause: string): string {
  return `(${baseJql}) AND (${clause}) ORDER BY Rank ASC`;
}

export function rankValue(issue: RawIssue, rankFieldId: string): string | null {
  const value = issue.fields?.[rankFieldId];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Merges rank-ordered slices into one list in global rank order (see the module comment). */
export function mergeByRank(slices: RawIssue[][], rankFieldId: string): RawIssue[] {
  const seen = new Set<string>();
  const ranked: { issue: RawIssue; rank: string }[] = [];
  const unranked: RawIssue[] = [];
  for (const slice of slices) {
    for (const issue of slice) {
      if (seen.has(issue.id)) continue;
      seen.add(issue.id);
      const rank = rankValue(issue, rankFieldId);
      if (rank === null) unranked.push(issue);
      else ranked.push({ issue, rank });
    }
  }
  // Array.prototype.sort is stable, so equal ranks keep arrival order.
  ranked.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  return [...ranked.map((r) => r.issue), ...unranked];
}
