/**
 * How numbers read wherever people see them: the pages, the CLI, the exports and the signals'
 * sentences. Formatting only: nothing here derives a figure from other figures.
 */

/** What a missing figure (null, or a ratio whose denominator was zero) reads as. */
export const MISSING = '–';

function known(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}

/** A number with at most `digits` decimals and no trailing zeros: 1.50 -> "1.5", 2 -> "2". */
function trimDecimals(value: number, digits: number): string {
  const fixed = value.toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** A share as a whole percentage: 0.857 -> "86%", 1.25 -> "125%", null -> "–". */
export function percent(share: number | null | undefined): string {
  return known(share) ? `${trimDecimals(share * 100, 0)}%` : MISSING;
}

/** A plain number with at most `digits` decimals: 1.25 -> "1.3", 2 -> "2", null -> "–". */
export function decimal(value: number | null | undefined, digits = 1): string {
  return known(value) ? trimDecimals(value, digits) : MISSING;
}

/** "1 item", "3 items". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A whole number with its thousands marked: 100000 -> "100,000". */
export function wholeNumber(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
