/**
 * Working days between two instants: date-fns differenceInBusinessDays (weekdays only, in the
 * process's time zone, negative when `to` is earlier). The answer depends only on the two calendar
 * days, so it is memoised by day pair: a board with thousands of flag periods asks the same
 * questions many times.
 */
import { differenceInBusinessDays } from 'date-fns';

const DAY_MS = 86_400_000;
const MAX_ENTRIES = 100_000;
const memo = new Map<number, number>();

/** Local calendar day number of an instant (days since 1970-01-01 in local time). */
function localDay(ms: number): number {
  return Math.floor((ms - new Date(ms).getTimezoneOffset() * 60_000) / DAY_MS);
}

export function workingDaysBetweenMs(fromMs: number, toMs: number): number {
  const key = localDay(fromMs) * 1_000_000 + localDay(toMs);
  const known = memo.get(key);
  if (known !== undefined) return known;
  const days = differenceInBusinessDays(toMs, fromMs);
  if (memo.size >= MAX_ENTRIES) memo.clear();
  memo.set(key, days);
  return days;
}
