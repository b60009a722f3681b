/**
 * Calendar maths for the demo, in UTC.
 * Working days come from date-fns (addBusinessDays, isWeekend, differenceInBusinessDays). date-fns
 * works in the process's local time zone, so every UTC day is handed to it as the same calendar date
 * at local noon, and the answer's calendar date is read back as a UTC day: the same in every zone.
 */
import { addBusinessDays, differenceInBusinessDays, isWeekend } from 'date-fns';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Midnight UTC of the day holding `ms`. */
export function utcDayStart(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** The same calendar date as the UTC day, at local noon, for date-fns (which reads local fields). */
function asNoon(day: number): Date {
  const d = new Date(utcDayStart(day));
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12);
}

function fromNoon(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Midnight UTC of the working day `n` working days after (or before, when negative) `day`. */
export function addWorkingDays(day: number, n: number): number {
  return fromNoon(addBusinessDays(asNoon(day), n));
}

export function isWorkingDay(day: number): boolean {
  return !isWeekend(asNoon(day));
}

/** Working days from `a` to `b` (midnights), as date-fns counts them. */
export function workingDaysBetween(a: number, b: number): number {
  return differenceInBusinessDays(asNoon(b), asNoon(a));
}

/** The working day on or before `day`. */
export function workingDayOnOrBefore(day: number): number {
  let d = utcDayStart(day);
  while (!isWorkingDay(d)) d -= DAY;
  return d;
}

/** Jira's date-time form: "2026-03-02T09:00:00.000+0000". */
export function jiraTime(ms: number): string {
  const day = utcDayStart(ms);
  let date = dayStrings.get(day);
  if (date === undefined) {
    date = new Date(day).toISOString().slice(0, 10);
    dayStrings.set(day, date);
  }
  const rest = ms - day;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const time = `${pad(Math.floor(rest / HOUR))}:${pad(Math.floor((rest % HOUR) / MINUTE))}:${pad(Math.floor((rest % MINUTE) / 1000))}.${pad(rest % 1000, 3)}`;
  return `${date}T${time}+0000`;
}

/** Date parts already formatted (formatting is the hot path of the 20k-issue benchmark project). */
const dayStrings = new Map<number, string>();

/** A clock for the events of one simulated day: each tick moves it forward a few minutes. */
export class DayClock {
  constructor(private now: number) {}

  /** Moves forward by `minMinutes`..`maxMinutes` (whole minutes plus a few seconds) and returns the time. */
  tick(pick: (min: number, max: number) => number, minMinutes = 1, maxMinutes = 9): number {
    this.now += pick(minMinutes, maxMinutes) * MINUTE + pick(0, 59) * 1000;
    return this.now;
  }

  get time(): number {
    return this.now;
  }
}
