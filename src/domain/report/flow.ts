/**
 * The flow section of the report: throughput, cycle time, the age of the work in progress, work in
 * progress and cumulative flow over the last days, and the forecasts (docs/metrics.md, "Flow" and
 * "Forecasts"). Every board has one, Kanban and Scrum alike. Durations are whole calendar days.
 */
import { type Static, Type } from '@sinclair/typebox';
import { nullOr, oneOfWords } from '../schema-builders';
import { date, flag, nullableDate, nullableNumber, nullableText, nullableWhole, strict, text, texts, whole, wholes } from './primitives';

/** A board column, in the board's order, and whether work in it counts as in progress. */
export const FlowColumnSchema = strict({ name: text, inProgress: flag });

/** Items finished in one ISO week (Monday 00:00 UTC to the next Monday). */
export const FlowWeekSchema = strict({ weekStart: date, finished: whole });

/** An item finished in the cycle-time window: its first move into progress, its last move into done. */
export const FinishedItemSchema = strict({ issueKey: text, startedAt: date, finishedAt: date, cycleDays: whole });

/** An item in progress now: how long since it first moved into progress, and the column it is in. */
export const AgeingItemSchema = strict({ issueKey: text, summary: text, column: text, startedAt: date, ageDays: whole });

/** One moment of the last days (the end of a full day, or now): work in progress, and items in each column. */
export const FlowDaySchema = strict({ at: date, inProgress: whole, byColumn: wholes });

/** Percentiles by the nearest-rank method; null when nothing was finished in the window. */
export const PercentilesSchema = strict({ p50: nullableWhole, p85: nullableWhole, p95: nullableWhole });

/**
 * One period of the history a forecast draws from, oldest first: a full week (Kanban) or a closed
 * sprint (Scrum, with its id and name). `counted` is what a trial draws: the items finished, less
 * (for a sprint) the items added after its start.
 */
export const ForecastPeriodSchema = strict({
  from: date,
  to: date,
  sprintId: nullableWhole,
  name: nullableText,
  finished: whole,
  addedAfterStart: nullableWhole,
  counted: whole,
});

/** When `items` items will be done, at 50%, 85% and 95% confidence; a null value: not within the trials' limit. */
export const WhenForecastSchema = strict({
  target: oneOfWords(['readyRunway', 'nearTerm'] as const),
  items: whole,
  periods: PercentilesSchema,
  dates: strict({ p50: nullableDate, p85: nullableDate, p95: nullableDate }),
});

/** How many items will be done by `date` (after `periods` whole periods), at 50%, 85% and 95% confidence. */
export const HowManyForecastSchema = strict({ date, periods: whole, p50: whole, p85: whole, p95: whole });

/** The running sprint: the chance that its open items are all finished by its planned end. */
export const SprintChanceSchema = strict({
  sprintId: whole,
  name: text,
  endDate: date,
  /** Whole days from the report's moment to the planned end (0 once it has passed). */
  daysLeft: whole,
  openItems: whole,
  /** Of the open items, those that were in the sprint when it started. */
  committedOpen: whole,
  /** Days of the closed sprints the trials draw from. */
  sampledDays: whole,
  chance: nullableNumber,
  /** Why there is no chance to show (too little history); null when there is one. */
  unavailable: nullableText,
});

export const ForecastSchema = strict({
  basis: oneOfWords(['weeks', 'sprints'] as const),
  trials: whole,
  seed: whole,
  /** Length of one period in days: 7 for weeks, the sprints' usual planned length for sprints. */
  periodDays: whole,
  /** Where the forecast starts: now, or the end of the running sprint (backlog work starts after it). */
  startsAt: date,
  history: Type.Array(ForecastPeriodSchema),
  /** Why there is no forecast (too little history, nothing finished); null when there is one. */
  unavailable: nullableText,
  when: Type.Array(WhenForecastSchema),
  howMany: Type.Array(HowManyForecastSchema),
  runningSprint: nullOr(SprintChanceSchema),
});

export const FlowSectionSchema = strict({
  columns: Type.Array(FlowColumnSchema),
  throughput: strict({
    /** The last 12 full ISO weeks before the current one, oldest first. */
    weeks: Type.Array(FlowWeekSchema),
    /** Of those weeks, the ones that end after the board's first item was created. */
    weeksOfHistory: whole,
    /** Items finished / weeks of history; null without a week of history. */
    perWeek: nullableNumber,
  }),
  cycleTime: strict({
    windowDays: whole,
    /** Items finished in the window with a cycle time, by finish time. */
    finished: Type.Array(FinishedItemSchema),
    percentiles: PercentilesSchema,
  }),
  /** Items in progress now, oldest first. */
  ageing: Type.Array(AgeingItemSchema),
  /** The end of each of the last 30 full days (UTC), then now. */
  days: Type.Array(FlowDaySchema),
  /** Items finished in the window that were never in progress (no cycle time). */
  finishedWithoutStart: texts,
  /** Items finished in the window or in progress now that moved back to an earlier column before they were done. */
  movedBackward: texts,
  /** Items finished in the window or in progress now whose status changed while they were done. */
  movedAfterDone: texts,
  forecast: ForecastSchema,
});

export type FlowColumn = Static<typeof FlowColumnSchema>;
export type FlowWeek = Static<typeof FlowWeekSchema>;
export type FinishedItem = Static<typeof FinishedItemSchema>;
export type AgeingItem = Static<typeof AgeingItemSchema>;
export type FlowDay = Static<typeof FlowDaySchema>;
export type Percentiles = Static<typeof PercentilesSchema>;
export type ForecastPeriod = Static<typeof ForecastPeriodSchema>;
export type WhenForecast = Static<typeof WhenForecastSchema>;
export type HowManyForecast = Static<typeof HowManyForecastSchema>;
export type SprintChance = Static<typeof SprintChanceSchema>;
export type Forecast = Static<typeof ForecastSchema>;
export type FlowSection = Static<typeof FlowSectionSchema>;

