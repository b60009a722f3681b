/**
 * A forecast's periods and dates (docs/metrics.md, "Forecasts"): period n ends n × periodDays days
 * after the forecast starts; by a date, the whole periods that end by then have been played.
 * Shared by the report's forecasts and the page's date picker, so both count alike.
 */
import { DAY_MS } from './calendar';

export interface ForecastClock {
  /** ISO date-time the forecast starts at. */
  startsAt: string;
  periodDays: number;
}

/** The moment `periods` periods after the start. */
export function dateAfterPeriods(clock: ForecastClock, periods: number): string {
  return new Date(Date.parse(clock.startsAt) + periods * clock.periodDays * DAY_MS).toISOString();
}

/** The whole periods that end by `untilMs` (0 when it is before the first ends). */
export function periodsUntil(clock: ForecastClock, untilMs: number): number {
  return Math.max(0, Math.floor((untilMs - Date.parse(clock.startsAt)) / (clock.periodDays * DAY_MS)));
}
