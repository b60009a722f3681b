/**
 * Amounts with their unit, as people read them: points, items, sprints, days and working days. The
 * number is rounded as `decimal` rounds it, and the noun agrees with what is shown ("1 sprint",
 * "1.5 sprints"). A missing amount reads as "–".
 */
import { MISSING, decimal } from './numbers';

function amount(value: number | null | undefined, one: string, many: string, digits = 1): string {
  const shown = decimal(value, digits);
  if (shown === MISSING) return MISSING;
  return `${shown} ${shown === '1' ? one : many}`;
}

/** 2.5 -> "2.5 points", 1 -> "1 point". */
export function points(value: number | null | undefined): string {
  return amount(value, 'point', 'points');
}

/** 3 -> "3 items", 1 -> "1 item". */
export function items(value: number | null | undefined): string {
  return amount(value, 'item', 'items');
}

/** A length of work: 1.46 -> "1.5 sprints", 1 -> "1 sprint". */
export function sprints(value: number | null | undefined): string {
  return amount(value, 'sprint', 'sprints');
}

/** A rate of work: 3.67 -> "3.7 items a week", 1 -> "1 item a week". */
export function itemsAWeek(value: number | null | undefined): string {
  const count = items(value);
  return count === MISSING ? MISSING : `${count} a week`;
}

/** 3 -> "3 days", 1 -> "1 day". */
export function days(value: number | null | undefined): string {
  return amount(value, 'day', 'days', 0);
}

/** How long something lasted in working days; under one reads "less than a working day", never "0 working days". */
export function workingDays(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  if (value < 1) return 'less than a working day';
  return amount(value, 'working day', 'working days');
}

/** When a sprint closed against its planned end: "2 working days late", "1 working day early", "on the planned day". */
export function lateness(lateWorkingDays: number | null | undefined): string {
  if (lateWorkingDays === null || lateWorkingDays === undefined || !Number.isFinite(lateWorkingDays)) return MISSING;
  if (lateWorkingDays === 0) return 'on the planned day';
  const length = amount(Math.abs(lateWorkingDays), 'working day', 'working days');
  return lateWorkingDays > 0 ? `${length} late` : `${length} early`;
}

/** A size in the unit the board counts in: points, or items where it counts issues. */
export function sized(value: number | null | undefined, unit: 'points' | 'issues'): string {
  return unit === 'points' ? points(value) : items(value);
}
