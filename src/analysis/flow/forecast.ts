/**
 * The forecasts of a board (docs/metrics.md, "Forecasts"), by Monte Carlo (monte-carlo.ts) over
 * the team's own history:
 * - a board with sprints draws from its last 8 closed sprints: each counts the items it finished,
 *   less the items added after its start (work that arrived mid-sprint took the place of planned
 *   work: the observed scope churn); carried-over work counts in the sprint that finishes it. Its
 *   forecast starts at the planned end of the running sprint (the backlog's work comes after it),
 *   and a period is the sprints' usual planned length (their median, in whole days);
 * - a board without sprints draws from its weeks of history among the last 12 full weeks (items
 *   finished per week), from now, a week at a time;
 * - fewer than 4 sprints or 6 weeks, or nothing finished in them, gives no forecast, with the reason.
 * Forecast: when the ready runway's items and the near-term items will be done, and how many items
 * will be done after 2, 4, 8 and 12 weeks (1 to 4 sprints), each at 50%, 85% and 95% confidence.
 */
import type { BacklogSection, Forecast, ForecastPeriod, SprintSection, WhenForecast } from '../../domain/report';
import { median } from '../../domain/stats';
import { plural } from '../../vocabulary';
import { toMs } from '../history/parse';
import { DAY_MS, WEEK_MS, isoDate } from './calendar';
import { CONFIDENCES, TRIALS, howManyDone, whenDone } from './monte-carlo';
import { dateAfterPeriods } from './periods';

export const FORECAST_SPRINTS = 8;
export const MIN_SPRINTS = 4;
export const MIN_WEEKS = 6;
/** Trials that need more than ten years are "beyond" (a period is a week or a sprint). */
const HORIZON_DAYS = 3653;
const HOW_MANY_PERIODS = { weeks: [2, 4, 8, 12], sprints: [1, 2, 3, 4] } as const;

export interface ForecastInput {
  /** The generator's seed. */
  seed: number;
  sprints: SprintSection | null;
  backlog: BacklogSection | null;
  weeks: { weekStart: string; finished: number }[];
  weeksOfHistory: number;
  nowMs: number;
}

/** The history and the rhythm of the forecast, or why there is none. */
interface Basis {
  basis: Forecast['basis'];
  history: ForecastPeriod[];
  periodDays: number;
  startsAtMs: number;
  unavailable: string | null;
}

function weeklyBasis(input: ForecastInput): Basis {
  const history = input.weeks.slice(input.weeks.length - input.weeksOfHistory).map((week) => {
    const from = Date.parse(week.weekStart);
    return { from: week.weekStart, to: isoDate(from + WEEK_MS), sprintId: null, name: null, finished: week.finished, addedAfterStart: null, counted: week.finished };
  });
  const unavailable =
    history.length < MIN_WEEKS
      ? `The board has ${plural(history.length, 'full week')} of history; a forecast needs at least ${MIN_WEEKS}.`
      : history.every((week) => week.counted === 0) ? `Nothing was finished in the last ${plural(history.length, 'full week')}, so there is no pace to forecast from.` : null;
  return { basis: 'weeks', history, periodDays: 7, startsAtMs: input.nowMs, unavailable };
}

function sprintBasis(sprints: SprintSection, nowMs: number): Basis {
  const usable = sprints.closed.filter((s) => toMs(s.startDate) !== null && toMs(s.completeDate) !== null);
  const recent = usable.slice(Math.max(0, usable.length - FORECAST_SPRINTS));
  const history = recent.map((s) => {
    const finished = s.completed.issues.length;
    const added = s.added.issues.length;
    return { from: s.startDate!, to: s.completeDate!, sprintId: s.id, name: s.name, finished, addedAfterStart: added, counted: Math.max(0, finished - added) };
  });
  const lengths = recent.map((s) => toMs(s.endDate)).map((end, i) => (end === null ? null : Math.round((end - toMs(recent[i].startDate)!) / DAY_MS)));
  const periodDays = Math.max(1, median(lengths.filter((days): days is number => days !== null && days > 0)) ?? 14);
  const activeEnd = toMs(sprints.active?.endDate ?? null);
  const unavailable =
    history.length < MIN_SPRINTS
      ? `The board has ${plural(history.length, 'closed sprint')} with dates; a forecast needs at least ${MIN_SPRINTS}.`
      : history.every((s) => s.counted === 0) ? `The last ${plural(history.length, 'closed sprint')} finished no planned work, so there is no pace to forecast from.` : null;
  return { basis: 'sprints', history, periodDays: Math.round(periodDays), startsAtMs: activeEnd !== null && activeEnd > nowMs ? activeEnd : nowMs, unavailable };
}

export function forecast(input: ForecastInput, runningSprint: Forecast['runningSprint']): Forecast {
  const basis = input.sprints !== null ? sprintBasis(input.sprints, input.nowMs) : weeklyBasis(input);
  const { seed } = input;
  const clock = { startsAt: isoDate(basis.startsAtMs), periodDays: basis.periodDays };
  const dateAfter = (periods: number) => dateAfterPeriods(clock, periods);
  const counts = basis.history.map((period) => period.counted);
  const options = { seed, trials: TRIALS };
  const when: WhenForecast[] = [];
  const howMany: Forecast['howMany'] = [];
  if (basis.unavailable === null) {
    const maxPeriods = Math.ceil(HORIZON_DAYS / basis.periodDays);
    const targets = input.backlog ? ([['readyRunway', input.backlog.readyRunwayItems], ['nearTerm', input.backlog.nearTerm.length]] as const) : [];
    for (const [target, items] of targets) {
      const periods = whenDone(counts, items, maxPeriods, options);
      const dates = Object.fromEntries(CONFIDENCES.map((p) => [`p${p}`, periods[`p${p}`] === null ? null : dateAfter(periods[`p${p}`]!)])) as WhenForecast['dates'];
      when.push({ target, items, periods, dates });
    }
    for (const periods of HOW_MANY_PERIODS[basis.basis]) howMany.push({ date: dateAfter(periods), periods, ...howManyDone(counts, periods, options) });
  }
  return {
    basis: basis.basis,
    trials: TRIALS,
    seed,
    periodDays: basis.periodDays,
    startsAt: isoDate(basis.startsAtMs),
    history: basis.history,
    unavailable: basis.unavailable,
    when,
    howMany,
    runningSprint,
  };
}
