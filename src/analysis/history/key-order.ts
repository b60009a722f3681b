/**
 * Natural key order of a board's issues: project key as text, then the number, then the whole key
 * as text (the order of compareIssueKeys). Computed once per board, so a sprint figure can list its
 * keys by sorting numbers instead of comparing keys.
 */
import { compareText } from './parse';

/** `rankOf`: item -> index in `keys`, the keys in natural order. */
export interface NaturalKeyOrder<T> {
  rankOf: Map<T, number>;
  keys: string[];
}

/**
 * Sorts the issues once by key in natural order (project key as text, then the number, then the
 * whole key as text: the order of compareIssueKeys), so sprint figures can list keys by sorting
 * numbers. Only when every key is text, a dash and up to 15 digits: for other keys that order is
 * not a consistent one, and the figures sort the keys themselves (null).
 */
export function naturalKeyOrder<T extends { issue: { key: string } }>(issues: readonly T[]): NaturalKeyOrder<T> | null {
  const count = issues.length;
  const keys: string[] = new Array(count);
  const prefixes: string[] = new Array(count);
  const numbers = new Float64Array(count);
  let samePrefix = true;
  for (let i = 0; i < count; i++) {
    const key = issues[i].issue.key;
    const dash = key.lastIndexOf('-');
    const digits = key.length - dash - 1;
    if (dash < 0 || digits < 1 || digits > 15) return null;
    let number = 0;
    for (let c = dash + 1; c < key.length; c++) {
      const code = key.charCodeAt(c);
      if (code < 48 || code > 57) return null;
      number = number * 10 + (code - 48); // up to 15 digits: exact in a double
    }
    keys[i] = key;
    numbers[i] = number;
    // Most boards hold one project: reuse the first prefix string while keys share it.
    const first = prefixes[0];
    const shared = i > 0 && dash === first.length && key.startsWith(first);
    prefixes[i] = shared ? first : key.slice(0, dash);
    if (i > 0 && !shared) samePrefix = false;
  }
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((a, b) => (samePrefix ? 0 : compareText(prefixes[a], prefixes[b])) || numbers[a] - numbers[b] || compareText(keys[a], keys[b]));
  const rankOf = new Map<T, number>();
  const sortedKeys: string[] = new Array(count);
  for (let rank = 0; rank < count; rank++) {
    rankOf.set(issues[order[rank]], rank);
    sortedKeys[rank] = keys[order[rank]];
  }
  return { rankOf, keys: sortedKeys };
}
