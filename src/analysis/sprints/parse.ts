/** Parsers for raw changelog values and Jira dates, tolerant of bad input (null, never a throw). */
import type { IsoDateTime } from '../../domain/types';

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Epoch milliseconds of a Jira date-time ("2026-03-02T09:00:00.000+0000", "...Z", "...+01:00");
 * null when unreadable. The common ISO shapes are read directly (histories hold many thousands of
 * dates); anything else goes through Date.parse.
 */
export function toMs(value: IsoDateTime | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const m = ISO_DATE_TIME.exec(value);
  if (m) {
    const [month, day, hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), m[6] ? Number(m[6]) : 0];
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
    const fraction = m[7] ? Number((m[7] + '00').slice(0, 3)) : 0;
    let ms = Date.UTC(Number(m[1]), month - 1, day, hour, minute, second, fraction);
    const zone = m[8];
    if (zone && zone !== 'Z') {
      const digits = zone.replace(':', '');
      const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
      ms -= (digits[0] === '-' ? -1 : 1) * minutes * 60000;
    } else if (!zone) {
      const local = Date.parse(value); // no offset: ECMAScript reads it as local time
      return Number.isFinite(local) ? local : null;
    }
    return Number.isFinite(ms) ? ms : null;
  }
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** ISO string (UTC) of epoch milliseconds. */
export function toIso(ms: number): IsoDateTime {
  return new Date(ms).toISOString();
}

/**
 * Sprint ids from a Sprint field change value: ids joined by ", " in any order ("12, 7").
 * Unreadable parts are skipped. Empty or null means no sprint.
 */
export function parseSprintIds(value: string | null): Set<number> {
  const ids = new Set<number>();
  if (value === null) return ids;
  for (const part of value.split(',')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const id = Number(trimmed);
    if (Number.isInteger(id)) ids.add(id);
  }
  return ids;
}

/** An estimate from a changelog display value ("3", "0.5"); empty is null; `valid` false for junk. */
export function parseEstimate(value: string | null): { value: number | null; valid: boolean } {
  if (value === null) return { value: null, valid: true };
  const trimmed = value.trim();
  if (trimmed === '') return { value: null, valid: true };
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? { value: parsed, valid: true } : { value: null, valid: false };
}

/** true when a raw or display value holds something (a flag set, a resolution set). */
export function isSet(raw: string | null, display: string | null): boolean {
  return (raw !== null && raw.trim() !== '') || (display !== null && display.trim() !== '');
}

/** Plain code-unit string order (fast, locale-independent; ISO dates and keys sort correctly enough). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
