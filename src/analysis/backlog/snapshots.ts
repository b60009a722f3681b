/**
 * Ordering stability from the daily snapshots of the backlog order (docs/metrics.md, "Ordering
 * stability"). Two orders are compared over their survivors, the items in the backlog on both days:
 * an item that left the backlog between them (pulled into a sprint, finished, removed) was consumed,
 * which is no change of priorities, and an item that is new since (a newcomer) has no earlier place
 * to compare with, so newcomers in today's top 10 are counted apart.
 */
import type { BacklogSnapshot } from '../../domain/types';
import type { BacklogSection } from '../../domain/report';
import { ratio } from '../../domain/stats';
import { MONTH_AGO_DAYS, WEEK_AGO_DAYS } from '../../domain/windows';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Persistence of rank-biased overlap: 0.9 puts about 86% of the weight on the first 10 items. */
export const RBO_PERSISTENCE = 0.9;
/** RBO compares the top 20 survivors. */
export const RBO_DEPTH = 20;
/** The top of the backlog whose survivors "top 10 kept" follows. */
export const TOP_ITEMS = 10;
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

/** An order and an earlier one, seen over their survivors. */
export interface SurvivorComparison {
  /** Items in both orders, in today's order and in the earlier one (each key once). */
  survivorsNow: string[];
  survivorsBefore: string[];
  /** The earlier top 10 survivors still among today's top 10 survivors, in the earlier order. */
  kept: string[];
  /** The earlier top 10 survivors that are no longer among today's top 10 survivors. */
  fell: string[];
  /** Items of the earlier top 10 that are no longer in the backlog: consumed, not churn. */
  left: string[];
  /** Items of today's top 10 that were not in the earlier backlog. */
  newcomers: string[];
  /** kept / earlier top 10 survivors; null when no item survived. */
  top10Kept: number | null;
}

/**
 * Compares today's order with an earlier one over the survivors S (keys in both):
 *   top 10 kept = |first 10 of S in the earlier order ∩ first 10 of S in today's order| / |first 10 of S in the earlier order|,
 * so an item of the earlier top 10 that left the backlog counts neither way, and a newcomer that
 * pushes the earlier items down does not make them lost either. Newcomers are today's top 10 items
 * absent from the earlier backlog; `left`, the earlier top 10 items absent from today's.
 */
export function compareOverSurvivors(now: readonly string[], before: readonly string[]): SurvivorComparison {
  const nowKeys = new Set(now);
  const beforeKeys = new Set(before);
  const survivorsNow = [...new Set(now.filter((key) => beforeKeys.has(key)))];
  const survivorsBefore = [...new Set(before.filter((key) => nowKeys.has(key)))];
  const topBefore = survivorsBefore.slice(0, TOP_ITEMS);
  const topNow = new Set(survivorsNow.slice(0, TOP_ITEMS));
  const kept = topBefore.filter((key) => topNow.has(key));
  return {
    survivorsNow,
    survivorsBefore,
    kept,
    fell: topBefore.filter((key) => !topNow.has(key)),
    left: firstDistinct(before, TOP_ITEMS).filter((key) => !nowKeys.has(key)),
    newcomers: firstDistinct(now, TOP_ITEMS).filter((key) => !beforeKeys.has(key)),
    top10Kept: ratio(kept.length, topBefore.length),
  };
}

/** RBO of two orders over their survivors (see rankBiasedOverlap); null when none survived. */
export function survivorOverlap(now: readonly string[], before: readonly string[]): number | null {
  const { survivorsNow, survivorsBefore } = compareOverSurvivors(now, before);
  return rankBiasedOverlap(survivorsNow, survivorsBefore);
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

type OrderingSnapshots = Pick<BacklogSection['ordering'], 'rbo7' | 'rbo28' | 'top10Overlap' | 'weekAgo' | 'history' | 'snapshotCount'>;

/**
 * The snapshot figures of a board: today's order (`currentKeys`) against the snapshot nearest to
 * 7 days ago (within 3 days) and to 28 days ago (within 7), over the survivors; and one history point
 * per stored snapshot of the board, oldest first, each against the snapshot of a week before it.
 */
export function snapshotFigures(boardId: number, currentKeys: readonly string[], snapshots: readonly BacklogSnapshot[], now: Date): OrderingSnapshots {
  const nowMs = now.getTime();
  const own = snapshots
    .filter((s) => s.boardId === boardId && !Number.isNaN(Date.parse(s.takenAt)))
    .sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt));
  const weekBefore = (ms: number) => snapshotNear(own, ms - WEEK_AGO_DAYS * DAY_MS, WEEK_TOLERANCE_DAYS);
  const weekAgo = weekBefore(nowMs);
  const monthAgo = snapshotNear(own, nowMs - MONTH_AGO_DAYS * DAY_MS, MONTH_TOLERANCE_DAYS);
  const history = own.map((snapshot) => {
    const before = weekBefore(Date.parse(snapshot.takenAt));
    const compared = before ? compareOverSurvivors(snapshot.keys, before.keys) : null;
    return {
      date: snapshot.takenAt,
      rbo7: compared ? rankBiasedOverlap(compared.survivorsNow, compared.survivorsBefore) : null,
      top10Overlap: compared ? compared.top10Kept : null,
      newcomers: compared ? compared.newcomers.length : null,
    };
  });
  const week = weekAgo ? compareOverSurvivors(currentKeys, weekAgo.keys) : null;
  return {
    rbo7: week ? rankBiasedOverlap(week.survivorsNow, week.survivorsBefore) : null,
    rbo28: monthAgo ? survivorOverlap(currentKeys, monthAgo.keys) : null,
    top10Overlap: week ? week.top10Kept : null,
    weekAgo:
      weekAgo && week
        ? {
            takenAt: weekAgo.takenAt,
            survivors: week.survivorsNow.length,
            keptKeys: week.kept,
            fellKeys: week.fell,
            leftCount: week.left.length,
            leftKeys: week.left,
            newcomerCount: week.newcomers.length,
            newcomerKeys: week.newcomers,
          }
        : null,
    history,
    snapshotCount: own.length,
  };
}
