/**
 * Ordering stability: who moves the top of the backlog and how often (the changelog), with the
 * snapshot figures of snapshots.ts (how much the order moved between days).
 */
import type { BacklogSnapshot, BoardData, ChangeEvent, Issue, IsoDateTime } from '../../domain/types';
import type { BacklogSection } from '../../domain/report';
import { ratio } from '../../domain/stats';
import { NEAR_TERM_RANK_WINDOW_DAYS } from '../../domain/windows';
import { dateParseMs } from '../history/parse';
import type { BoardHistory } from '../history/board-history';
import { snapshotFigures } from './snapshots';

const DAY_MS = 24 * 60 * 60 * 1000;

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

/**
 * Ordering figures.
 * - rankChangesPerWeekNearTerm = rank events on near-term items in (now − 28 days, now] / 4
 *   (NEAR_TERM_RANK_WINDOW_DAYS, four weeks).
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
  const nearTermFrom = nowMs - NEAR_TERM_RANK_WINDOW_DAYS * DAY_MS;
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

  const snapshots = snapshotFigures(data.board.id, input.currentKeys, input.snapshots, now);
  return {
    rbo7: snapshots.rbo7,
    rbo28: snapshots.rbo28,
    top10Overlap: snapshots.top10Overlap,
    weekAgo: snapshots.weekAgo,
    history: snapshots.history,
    rankChangesPerWeekNearTerm: recentNearTerm / (NEAR_TERM_RANK_WINDOW_DAYS / 7),
    rankers,
    distinctRankers: known.length,
    topRankerShare: ratio(topKnown, windowEventCount),
    lastRerankAt,
    snapshotCount: snapshots.snapshotCount,
    rankFieldFound: history.fieldIds.rank !== null,
  };
}
