/**
 * The calendar of the flow figures: UTC days and ISO weeks (Monday to Sunday, UTC), and durations
 * in whole calendar days with both ends counted (docs/metrics.md, "Flow").
 */
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** The UTC day of an instant, as a day number (days since 1970-01-01). */
export function utcDay(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** The start (Monday 00:00 UTC) of the ISO week holding `ms`. Day 0 was a Thursday, day 4 a Monday. */
export function isoWeekStartMs(ms: number): number {
  const day = utcDay(ms);
  return (day - ((((day - 4) % 7) + 7) % 7)) * DAY_MS;
}

/**
 * Calendar days from the day of `fromMs` to the day of `toMs`, both counted (UTC): an item started
 * and finished on the same day took 1 day, one started on a Monday and finished on the Wednesday 3.
 */
export function daysCounted(fromMs: number, toMs: number): number {
  return utcDay(toMs) - utcDay(fromMs) + 1;
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString();
}
