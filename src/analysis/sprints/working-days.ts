/**
 * Working days between two instants, counted as date-fns differenceInBusinessDays counts them
 * (weekdays only, in the process's time zone, negative when `to` is earlier):
 *   diff = calendar days from `from` to `to`; weeks = trunc(diff / 7);
 *   working days = 5 × weeks + the weekdays among the remaining days, walking from
 *   `from` + 7 × weeks towards `to` (the first day counted, `to`'s day not).
 * Worked out on day numbers, with no date objects per step: a board with thousands of flag periods
 * asks this many times. A test holds it to date-fns in several time zones.
 */

const DAY_MS = 86_400_000;

/** The local calendar day of an instant, as a day number (days since 1970-01-01). */
function localDay(ms: number): number {
  const date = new Date(ms);
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/** Saturday or Sunday; day 0 (1 January 1970) was a Thursday. */
function isWeekendDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
  return weekday === 0 || weekday === 6;
}

export function workingDaysBetweenMs(fromMs: number, toMs: number): number {
  const from = localDay(fromMs);
  const to = localDay(toMs);
  const diff = to - from;
  const sign = diff < 0 ? -1 : 1;
  const weeks = Math.trunc(diff / 7);
  let result = weeks * 5;
  for (let day = from + weeks * 7; day !== to; day += sign) if (!isWeekendDay(day)) result += sign;
  return result === 0 ? 0 : result; // never -0
}
