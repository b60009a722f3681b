/**
 * Ordering stability: how much the top of the backlog moves (snapshots) and who moves it (changelog).
 */
import type { BacklogSnapshot, BoardData, ChangeEvent, Issue, IsoDateTime } from '../../domain/types';
import type { BacklogSection } from '../../domain/report';
import { ratio } from '../../domain/stats';
import { dateParseMs } from '../history/parse';
import type { BoardHistory } from '../history/board-history';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Persistence of rank-biased overlap: 0.9 puts about 86% of the weight on the first 10 items. */
export const RBO_PERSISTENCE = 0.9;
/** RBO compares the top 20 items. */
export const RBO_DEPTH = 20;
/** A snapshot counts as "7 days ago" when taken within 3 days of that moment. */
export const WEEK_TOLERANCE_DAYS = 3;
/** A snapshot counts as "28 days ago" when taken within 7 days of that moment. */
export const MONTH_TOLERANCE_DAYS = 7;

/** The first `count` distinct keys of a list, scanning no further than needed. */
function firstDistinct(list: readonly string[], count: number): string[] {
  const seen = new Set<string>();
  for (const key of list) {
    if (seen.size >= count) break;
    seen.add(key);
  }
  return [...seen];
}

/**
 * Extrapolated rank-biased overlap (Webber, Moffat & Zobel 2010, equation 30) of two rankings,
 * both cut to the same depth k = min(depth, |a|, |b|):
 *   RBO_ext = (X_k / k)·p^k + ((1 − p) / p) · Σ_{d=1..k} (X_d / d)·p^d
 * where X_d = size of the overlap of the first d items of each list.
 * Identical lists give 1, disjoint lists 0. null when either list is empty.
 */
export function rankBiasedOverlap(listA: readonly string[], listB: readonly string[], p = RBO_PERSISTENCE, depth = RBO_DEPTH): number | null {
  // A key listed twice (a damaged snapshot) keeps its first position only.
  const a = firstDistinct(listA, depth);
  const b = firstDistinct(listB, depth);
  const k = Math.min(depth, a.length, b.length);
  if (k === 0) return null;
  const seenA = new Set<string>();
  const seenB = new Set<string>();
  let overlap = 0;
  let weightedSum = 0;
  for (let d = 1; d <= k; d++) {
    const x = a[d - 1];
    const y = b[d - 1];
    if (x === y) overlap++;
    else {
      if (seenB.has(x)) overlap++;
      if (seenA.has(y)) overlap++;
    }
    seenA.add(x);
    seenB.add(y);
    weightedSum += (overlap / d) * p ** d;
  }
  return (overlap / k) * p ** k + ((1 - p) / p) * weightedSum;
}

/** Share of the first 10 of `now` that are also in the first 10 of `before`; null when `now` is empty. */
export function top10Overlap(now: readonly string[], before: readonly string[]): number | null {
  const top = now.slice(0, 10);
  const earlier = new Set(before.slice(0, 10));
  return ratio(top.filter((key) => earlier.has(key)).length, top.length);
}

/** The snapshot taken nearest to `at`, if one lies within `toleranceDays`; ties go to the older one. */
export function snapshotNear(snapshots: readonly BacklogSnapshot[], at: number, toleranceDays: number): BacklogSnapshot | null {
  let best: BacklogSnapshot | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const snapshot of snapshots) {
    const taken = Date.parse(snapshot.takenAt);
    if (Number.isNaN(taken)) continue;
    const distance = Math.abs(taken - at);
    if (distance <= toleranceDays * DAY_MS && distance < bestDistance) {
      best = snapshot;
      bestDistance = distance;
    }
  }
  return best;
}

/** The rank field's changelog events of an issue (the field id comes from field discovery or the board config). */
export function rankEvents(issue: Issue, rankFieldId: string | null): ChangeEvent[] {
  if (rankFieldId === null) return [];
  return issue.changelog.filter((event) => event.fieldId === rankFieldId);
}

/**
 * Calls `visit` with each rank event of `issues` (in issue, then changelog order) and its time
 * (Date.parse semantics: NaN when unreadable): the history's reading when it is also Date.parse's
 * (see IssueHistory.eventMsMatchDateParse), else read here. Builds no list: this runs over every
 * change event of the board.
 */
function forEachRankEvent(issues: readonly Issue[], history: BoardHistory, visit: (event: ChangeEvent, atMs: number) => void): void {
  const rankFieldId = history.fieldIds.rank;
  if (rankFieldId === null) return;
  // The history lists the board's issues in the same order: no look-up by key needed then.
  const aligned = history.issues.length === issues.length;
  for (let n = 0; n < issues.length; n++) {
    const issue = issues[n];
    const read = aligned && history.issues[n].issue === issue ? history.issues[n] : history.byKey.get(issue.key);
    const eventMs = read && read.issue === issue && read.eventMsMatchDateParse ? read.eventMs : null;
    const changelog = issue.changelog;
    for (let i = 0; i < changelog.length; i++) {
      const event = changelog[i];
      if (event.fieldId === rankFieldId) visit(event, eventMs !== null ? eventMs[i] : dateParseMs(event.at));
    }
  }
}

interface OrderingInput {
  data: BoardData;
  /** The board's history, read once per report (src/analysis/history). */
  history: BoardHistory;
  /** Today's backlog keys, top first. */
  currentKeys: string[];
  nearTerm: Issue[];
  snapshots: BacklogSnapshot[];
  rankerWindowDays: number;
  now: Date;
}

/** Snapshot figures: RBO now vs 7 and 28 days ago, top-10 overlap vs a week ago, and a history point per snapshot. */
function snapshotFigures(input: OrderingInput) {
  const nowMs = input.now.getTime();
  const own = input.snapshots
    .filter((s) => s.boardId === input.data.board.id && !Number.isNaN(Date.parse(s.takenAt)))
    .sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt));
  const weekAgo = snapshotNear(own, nowMs - 7 * DAY_MS, WEEK_TOLERANCE_DAYS);
  const monthAgo = snapshotNear(own, nowMs - 28 * DAY_MS, MONTH_TOLERANCE_DAYS);
  const history = own.map((snapshot) => {
    const before = snapshotNear(own, Date.parse(snapshot.takenAt) - 7 * DAY_MS, WEEK_TOLERANCE_DAYS);
    return {
      date: snapshot.takenAt,
      rbo7: before ? rankBiasedOverlap(snapshot.keys, before.keys) : null,
      top10Overlap: before ? top10Overlap(snapshot.keys, before.keys) : null,
    };
  });
  return {
    rbo7: weekAgo ? rankBiasedOverlap(input.currentKeys, weekAgo.keys) : null,
    rbo28: monthAgo ? rankBiasedOverlap(input.currentKeys, monthAgo.keys) : null,
    top10Overlap: weekAgo ? top10Overlap(input.currentKeys, weekAgo.keys) : null,
    history,
    snapshotCount: own.length,
  };
}

/**
 * Ordering figures.
 * - rankChangesPerWeekNearTerm = rank events on near-term items in (now − 28 days, now] / 4.
 * - rankers: rank events on any issue of the project in (now − windowDays, now], by author
 *   (null = unknown author, e.g. automation), most changes first.
 * - distinctRankers = number of known authors among them.
 * - topRankerShare = changes of the known author with most changes / all changes in the window;
 *   null when there were none.
 * - lastRerankAt = time of the latest rank event on any issue, whenever it was.
 * - rankFieldFound: whether the site has a rank field the app found (without one, no re-ranking
 *   can be seen and the figures above stay empty).
 */
export function orderingFigures(input: OrderingInput): BacklogSection['ordering'] {
  const { data, history, now } = input;
  const nowMs = now.getTime();
  const nearTermFrom = nowMs - 28 * DAY_MS;
  let recentNearTerm = 0;
  forEachRankEvent(input.nearTerm, history, (_event, atMs) => {
    if (atMs > nearTermFrom && atMs <= nowMs) recentNearTerm++;
  });

  // One pass over every rank event: the window's events by author, and the latest re-rank
  // (the first event at the latest readable time not after now).
  const windowFrom = nowMs - input.rankerWindowDays * DAY_MS;
  let windowEventCount = 0;
  const byAuthor = new Map<string | null, number>();
  let lastRerankAt: IsoDateTime | null = null;
  let lastRerankMs = 0;
  forEachRankEvent(data.issues, history, (event, atMs) => {
    if (atMs > windowFrom && atMs <= nowMs) {
      windowEventCount++;
      const author = event.author?.accountId ?? null;
      byAuthor.set(author, (byAuthor.get(author) ?? 0) + 1);
    }
    if (Number.isNaN(atMs) || atMs > nowMs) return;
    if (lastRerankAt === null || atMs > lastRerankMs) {
      lastRerankAt = event.at;
      lastRerankMs = atMs;
    }
  });
  const rankers = [...byAuthor.entries()]
    .map(([accountId, changes]) => ({ accountId, changes }))
    .sort((a, b) => b.changes - a.changes || String(a.accountId).localeCompare(String(b.accountId)));
  const known = rankers.filter((r) => r.accountId !== null);
  const topKnown = known.length > 0 ? known[0].changes : 0;

  const snapshots = snapshotFigures(input);
  return {
    rbo7: snapshots.rbo7,
    rbo28: snapshots.rbo28,
    top10Overlap: snapshots.top10Overlap,
    history: snapshots.history,
    rankChangesPerWeekNearTerm: recentNearTerm / 4,
    rankers,
    distinctRankers: known.length,
    topRankerShare: ratio(topKnown, windowEventCount),
    lastRerankAt,
    snapshotCount: snapshots.snapshotCount,
    rankFieldFound: history.fieldIds.rank !== null,
  };
}
