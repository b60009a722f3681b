/** Parsers for raw changelog values and Jira dates, tolerant of bad input (null, never a throw). */
import type { IsoDateTime } from '../../domain/types';

/** Epoch milliseconds of a Jira date-time ("2026-03-02T09:00:00.000+0000"); null when unreadable. */
export function toMs(value: IsoDateTime | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
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
