/**
 * Dates as people read them, everywhere but JSON (which keeps Jira's ISO text): "6 Dec 2026" for a
 * day, "6 Dec 2026, 18:04 UTC" for a moment. Always in UTC, so that the page, the CLI and the exports
 * name the same day whatever the reader's time zone. Parsed by hand (no Intl, no Date.parse) so that
 * every runtime reads Jira's "+0000" offsets the same way.
 */
import { MISSING } from './numbers';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03-02", "2026-03-02T09:00:00.000+0000", "...Z" or "...+02:00" (Jira's and JavaScript's forms). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The moment an ISO text names, as a UTC date; null when it is not one. */
function parse(iso: string): Date | null {
  const match = ISO.exec(iso.trim());
  if (!match) return null;
  const [, year, month, dayOfMonth, hours = '0', minutes = '0', seconds = '0', zone] = match;
  let offsetMinutes = 0;
  if (zone && zone !== 'Z') {
    const digits = zone.replace(':', '');
    offsetMinutes = (digits[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  const utc = Date.UTC(Number(year), Number(month) - 1, Number(dayOfMonth), Number(hours), Number(minutes) - offsetMinutes, Number(seconds));
  const date = new Date(utc);
  // Reject what Date.UTC silently rolls over ("2026-02-31").
  const local = new Date(Date.UTC(Number(year), Number(month) - 1, Number(dayOfMonth)));
  return Number.isNaN(utc) || local.getUTCDate() !== Number(dayOfMonth) ? null : date;
}

function dayOf(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2026-03-02T09:00:00.000+0000" -> "2 Mar 2026"; null -> "–"; text that is no date is shown as it came. */
export function day(iso: string | null | undefined): string {
  if (!iso) return MISSING;
  const date = parse(iso);
  return date ? dayOf(date) : iso;
}

/** "2026-03-02T09:05:00.000+0200" -> "2 Mar 2026, 07:05 UTC"; null -> "–"; text that is no date as it came. */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return MISSING;
  const date = parse(iso);
  if (!date) return iso;
  const time = `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
  return `${dayOf(date)}, ${time} UTC`;
}
