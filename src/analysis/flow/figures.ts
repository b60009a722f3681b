/**
 * The flow figures of the standard items of a board (docs/metrics.md, "Flow"), from each item's
 * way through the board (item-flow.ts):
 * - throughput: items finished in each of the last 12 full ISO weeks before the current one;
 *   weeks of history are those that end after the board's first item was created, and
 *   per week = items finished in them / their number;
 * - cycle time of an item finished in the last 90 days (counted back from now) that was started
 *   before it finished: the calendar days from its start to its finish, both counted; the 50th,
 *   85th and 95th percentiles by nearest rank;
 * - age of an item in progress now: the calendar days from its start to today, both counted;
 * - for the end of each of the last 30 full days (UTC) and now: the items in progress, and the
 *   items in each column (the cumulative flow).
 */
import type { AgeingItem, FinishedItem, FlowDay, FlowWeek, Percentiles } from '../../domain/report';
import { nearestRank } from '../../domain/stats';
import { FLOW_WINDOW } from '../../domain/windows';
import { DAY_MS, WEEK_MS, daysCounted, isoDate, isoWeekStartMs, utcDay } from './calendar';
import { type ItemFlow, columnAt, inProgressAt, lastStatusStepMs } from './item-flow';
import type { Workflow } from './workflow';

// The windows are named where people read them (src/vocabulary/windows.ts): one number each.
export const THROUGHPUT_WEEKS = FLOW_WINDOW.throughputWeeks;
export const CYCLE_TIME_WINDOW_DAYS = FLOW_WINDOW.cycleTimeDays;
export const FLOW_DAYS = FLOW_WINDOW.days;

export function throughput(items: readonly ItemFlow[], nowMs: number): { weeks: FlowWeek[]; weeksOfHistory: number; perWeek: number | null } {
  const firstWeek = isoWeekStartMs(nowMs) - THROUGHPUT_WEEKS * WEEK_MS;
  const counts = new Array<number>(THROUGHPUT_WEEKS).fill(0);
  let firstCreatedMs = Infinity;
  for (const item of items) {
    firstCreatedMs = Math.min(firstCreatedMs, item.history.createdMs);
    if (item.finishedMs === null) continue;
    const week = Math.floor((item.finishedMs - firstWeek) / WEEK_MS);
    if (week >= 0 && week < THROUGHPUT_WEEKS) counts[week]++;
  }
  const weeks = counts.map((finished, i) => ({ weekStart: isoDate(firstWeek + i * WEEK_MS), finished }));
  const historyWeeks = counts.filter((_, i) => firstWeek + (i + 1) * WEEK_MS > firstCreatedMs);
  const total = historyWeeks.reduce((sum, count) => sum + count, 0);
  return { weeks, weeksOfHistory: historyWeeks.length, perWeek: historyWeeks.length === 0 ? null : total / historyWeeks.length };
}

/** Finished in (now - 90 days, now]. */
export function finishedInWindow(item: ItemFlow, nowMs: number): boolean {
  return item.finishedMs !== null && item.finishedMs > nowMs - CYCLE_TIME_WINDOW_DAYS * DAY_MS && item.finishedMs <= nowMs;
}

/** Started, and not after it finished: it has a cycle time. */
export function hasCycleTime(item: ItemFlow): item is ItemFlow & { startedMs: number; finishedMs: number } {
  return item.startedMs !== null && item.finishedMs !== null && item.startedMs <= item.finishedMs;
}

export function cycleTimes(items: readonly ItemFlow[], nowMs: number): { finished: FinishedItem[]; percentiles: Percentiles } {
  const finished = items
    .filter((item) => finishedInWindow(item, nowMs) && hasCycleTime(item))
    .map((item) => ({ item, cycleDays: daysCounted(item.startedMs!, item.finishedMs!) }))
    .sort((a, b) => a.item.finishedMs! - b.item.finishedMs! || a.item.history.issue.rankIndex - b.item.history.issue.rankIndex)
    .map(({ item, cycleDays }) => ({ issueKey: item.history.issue.key, startedAt: isoDate(item.startedMs!), finishedAt: isoDate(item.finishedMs!), cycleDays }));
  const sorted = finished.map((f) => f.cycleDays).sort((a, b) => a - b);
  return { finished, percentiles: { p50: nearestRank(sorted, 50), p85: nearestRank(sorted, 85), p95: nearestRank(sorted, 95) } };
}

/** The items in progress now, oldest first (then in rank order). */
export function ageing(items: readonly ItemFlow[], workflow: Workflow, nowMs: number): AgeingItem[] {
  return items
    .filter((item) => item.startedMs !== null && inProgressAt(item, workflow, nowMs))
    .map((item) => ({ item, ageDays: daysCounted(item.startedMs!, nowMs) }))
    .sort((a, b) => b.ageDays - a.ageDays || a.item.history.issue.rankIndex - b.item.history.issue.rankIndex)
    .map(({ item, ageDays }) => ({
      issueKey: item.history.issue.key,
      summary: item.history.issue.summary,
      column: workflow.columns[columnAt(item, workflow, nowMs)!].name,
      startedAt: isoDate(item.startedMs!),
      ageDays,
    }));
}

/** The moments of the daily figures: the last millisecond of each of the last 30 full UTC days, then now. */
export function flowMoments(nowMs: number): number[] {
  const today = utcDay(nowMs) * DAY_MS;
  const moments = Array.from({ length: FLOW_DAYS }, (_, i) => today - (FLOW_DAYS - 1 - i) * DAY_MS - 1);
  return [...moments, nowMs];
}

export function flowDays(items: readonly ItemFlow[], workflow: Workflow, nowMs: number): FlowDay[] {
  const moments = flowMoments(nowMs);
  const first = moments[0];
  const byColumn = moments.map(() => new Array<number>(workflow.columns.length).fill(0));
  const inProgress = moments.map(() => 0);
  // Most items of a large board did not change in these days: each counts the same at every moment,
  // so it is counted once and added to every moment at the end (linear in the items that moved).
  const steady = new Array<number>(workflow.columns.length).fill(0);
  let steadyInProgress = 0;
  for (const item of items) {
    if (unchangedSince(item, first)) {
      const column = columnAt(item, workflow, first);
      if (column !== undefined) steady[column]++;
      if (inProgressAt(item, workflow, first)) steadyInProgress++;
      continue;
    }
    for (let m = 0; m < moments.length; m++) {
      const column = columnAt(item, workflow, moments[m]);
      if (column !== undefined) byColumn[m][column]++;
      if (inProgressAt(item, workflow, moments[m])) inProgress[m]++;
    }
  }
  return moments.map((atMs, m) => ({
    at: isoDate(atMs),
    inProgress: inProgress[m] + steadyInProgress,
    byColumn: byColumn[m].map((count, column) => count + steady[column]),
  }));
}

/** Created by `sinceMs`, and neither its status nor its being done changed after it. */
function unchangedSince(item: ItemFlow, sinceMs: number): boolean {
  const { done, createdMs } = item.history;
  const lastStepMs = lastStatusStepMs(item);
  return createdMs <= sinceMs && (lastStepMs === null || lastStepMs <= sinceMs) && (done.times.length === 0 || done.times[done.times.length - 1] <= sinceMs);
}
