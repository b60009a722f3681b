/**
 * The sprint calendar of a Scrum project, worked out backwards from `now`: the active sprint started
 * six working days before the last working day before today, so at least eight calendar days before
 * the last nightly snapshot (a week-over-week comparison then spans no sprint planning) and still
 * running at `now`; each earlier sprint closed on the morning the next one started, after ten
 * working days plus the story's lateness.
 */
import { addWorkingDays, HOUR, MINUTE, utcDayStart, workingDayOnOrBefore } from './calendar';

export const SPRINT_WORKING_DAYS = 10;
const START_HOUR = 10;
const CLOSE_TIME = 9 * HOUR + 15 * MINUTE;

export interface SprintDates {
  startDay: number;
  start: number;
  end: number;
  /** Actual close; null for the active sprint. */
  close: number | null;
}

/** Dates of `closedCount` closed sprints and the active one (last), oldest first. */
export function sprintCalendar(now: number, closedCount: number, lateWorkingDays: (sprintIndex: number) => number): SprintDates[] {
  const today = workingDayOnOrBefore(utcDayStart(now) - 1);
  const activeStartDay = addWorkingDays(today, -6);
  const result: SprintDates[] = [];
  const activeEndDay = addWorkingDays(activeStartDay, SPRINT_WORKING_DAYS);
  result.push({ startDay: activeStartDay, start: activeStartDay + START_HOUR * HOUR, end: activeEndDay + START_HOUR * HOUR, close: null });
  let nextStartDay = activeStartDay;
  for (let index = closedCount - 1; index >= 0; index--) {
    const closeDay = nextStartDay;
    const endDay = addWorkingDays(closeDay, -lateWorkingDays(index));
    const startDay = addWorkingDays(endDay, -SPRINT_WORKING_DAYS);
    result.unshift({ startDay, start: startDay + START_HOUR * HOUR, end: endDay + START_HOUR * HOUR, close: closeDay + CLOSE_TIME });
    nextStartDay = startDay;
  }
  return result;
}
