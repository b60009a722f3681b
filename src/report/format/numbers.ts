/**
 * How numbers, dates and people read in every export. Formatting only: nothing here derives a
 * figure from other figures. A missing value (null) always reads as an en dash.
 */

/** What a missing figure (null, or a ratio whose denominator was zero) reads as. */
export const MISSING = '–';

/** 0.857 -> "85.7%", 1 -> "100%", null -> "–". Ratios above 1 print as they are (e.g. "125%"). */
export function percent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return MISSING;
  return `${trimDecimals(ratio * 100, 1)}%`;
}

/** A plain number with at most `digits` decimals and no trailing zeros: 1.50 -> "1.5", 2 -> "2". */
export function decimal(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return trimDecimals(value, digits);
}

/** A probability such as technical interleaving, with two decimals: 0.5 -> "0.50". */
export function probability(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return value.toFixed(2);
}

/** A length of work in sprints: 1.5 -> "1.5 sprints", 1 -> "1 sprint". */
export function sprints(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const text = trimDecimals(value, 1);
  return `${text} ${text === '1' ? 'sprint' : 'sprints'}`;
}

/** Points of an issue set: null (the board counts issues) reads as "–". */
export function points(value: number | null | undefined): string {
  return decimal(value, 1);
}

/** "2026-03-02T09:00:00.000+0000" -> "2026-03-02". Anything unparseable is shown as it came. */
export function day(iso: string | null | undefined): string {
  if (!iso) return MISSING;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(iso);
  return match ? match[1] : iso;
}

/** "2026-03-02T09:00:00.000+0000" -> "2026-03-02 09:00 UTC" (the time as written, offset named). */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return MISSING;
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!match) return iso;
  const offset = match[3];
  const zone = !offset || offset === 'Z' || /^[+-]00:?00$/.test(offset) ? 'UTC' : `UTC${offset}`;
  return `${match[1]} ${match[2]} ${zone}`;
}

/** A list of things, or "none". */
export function listOrNone(items: readonly string[], separator = ', '): string {
  return items.length === 0 ? 'none' : items.join(separator);
}

/** "1 issue", "3 issues". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** A person's display name from the report's people map; unknown ids show as the id, null as "someone unknown". */
export function personName(people: Record<string, { displayName: string }>, accountId: string | null): string {
  if (accountId === null) return 'someone unknown';
  return people[accountId]?.displayName ?? accountId;
}

function trimDecimals(value: number, digits: number): string {
  const fixed = value.toFixed(digits);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
