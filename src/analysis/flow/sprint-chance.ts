/**
 * The running sprint's chance (docs/metrics.md, "Forecasts"): the share of Monte Carlo trials
 * (monte-carlo.ts) in which the team finishes at least the sprint's open items in the days left
 * until its planned end.
 * - Open items: standard items in the sprint now and not done now; committed: of those, the ones
 *   that were in it at its start and not done then.
 * - Days left: whole days from now to the planned end, a part of a day counting as a day.
 * - History: each calendar day (24 hours from the start) of the last 8 closed sprints, with the
 *   items the sprint completed whose last move into done before its close fell on that day.
 * - No chance without 4 closed sprints with dates. No open items: certain (1); no days left with
 *   open items: none (0).
 */
import type { SprintChance, SprintSection } from '../../domain/report';
import { type BoardHistory } from '../history/board-history';
import { isMemberAt } from '../history/membership';
import { toMs } from '../history/parse';
import { valueAt } from '../history/timeline';
import { DAY_MS } from './calendar';
import { FORECAST_SPRINTS, MIN_SPRINTS } from './forecast';
import { chanceOfFinishing } from './monte-carlo';
import { isBacklogKind } from '../backlog/backlog';

export function runningSprintChance(sprints: SprintSection, history: BoardHistory, nowMs: number, seed: number): SprintChance | null {
  const active = sprints.active;
  const startMs = toMs(active?.startDate ?? null);
  const endMs = toMs(active?.endDate ?? null);
  if (!active || startMs === null || endMs === null) return null;
  let openItems = 0;
  let committedOpen = 0;
  for (const item of history.bySprint.get(active.id) ?? []) {
    if (!isBacklogKind(item.issue)) continue;
    const periods = item.membership.get(active.id);
    if (!isMemberAt(periods, nowMs) || valueAt(item.done, nowMs)) continue;
    openItems++;
    if (isMemberAt(periods, startMs) && !valueAt(item.done, startMs)) committedOpen++;
  }
  const daysLeft = Math.max(0, Math.ceil((endMs - nowMs) / DAY_MS));
  const days = dailyHistory(sprints, history);
  const base = { sprintId: active.id, name: active.name, endDate: active.endDate!, daysLeft, openItems, committedOpen, sampledDays: days.count };
  if (days.sprints < MIN_SPRINTS) {
    return { ...base, chance: null, unavailable: `The board has ${days.sprints} closed sprints with dates; the chance needs at least ${MIN_SPRINTS}.` };
  }
  const chance = openItems === 0 ? 1 : daysLeft === 0 ? 0 : chanceOfFinishing(days.counts, openItems, daysLeft, { seed });
  return { ...base, chance, unavailable: null };
}

/** Items completed on each day of the last 8 closed sprints with dates. */
function dailyHistory(sprints: SprintSection, history: BoardHistory): { counts: number[]; count: number; sprints: number } {
  const usable = sprints.closed.filter((s) => toMs(s.startDate) !== null && toMs(s.completeDate) !== null && toMs(s.completeDate)! > toMs(s.startDate)!);
  const recent = usable.slice(Math.max(0, usable.length - FORECAST_SPRINTS));
  const counts: number[] = [];
  for (const sprint of recent) {
    const t0 = toMs(sprint.startDate)!;
    const t1 = toMs(sprint.completeDate)!;
    const days = new Array<number>(Math.ceil((t1 - t0) / DAY_MS)).fill(0);
    for (const key of sprint.completed.issues) {
      const done = history.byKey.get(key)?.done;
      if (!done) continue;
      let finishedMs = t0;
      for (let i = done.times.length - 1; i >= 0; i--) {
        if (done.times[i] <= t1 && done.values[i]) {
          finishedMs = Math.max(t0, done.times[i]);
          break;
        }
      }
      days[Math.min(days.length - 1, Math.floor((finishedMs - t0) / DAY_MS))]++;
    }
    counts.push(...days);
  }
  return { counts, count: counts.length, sprints: recent.length };
}
