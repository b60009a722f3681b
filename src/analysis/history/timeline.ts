/**
 * A value that changes in steps over time, queried by binary search.
 * `times` are epoch milliseconds, ascending; `values[i]` holds from `times[i]` (inclusive) until the
 * next step; before the first step the value is `initial`. `by[i]` is who made step i (account id).
 */
export interface StepTimeline<T> {
  initial: T;
  times: number[];
  values: T[];
  by: (string | null)[];
}

/** Index of the last step at or before `atMs`, or -1 when `atMs` is before every step. */
export function stepIndexAt(times: readonly number[], atMs: number): number {
  let low = 0;
  let high = times.length; // first index with times[index] > atMs
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (times[mid] <= atMs) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** The value held at `atMs` (changes made exactly at `atMs` already apply). */
export function valueAt<T>(timeline: StepTimeline<T>, atMs: number): T {
  const index = stepIndexAt(timeline.times, atMs);
  return index < 0 ? timeline.initial : timeline.values[index];
}

/** A timeline that never changes. */
export function constantTimeline<T>(value: T): StepTimeline<T> {
  return { initial: value, times: [], values: [], by: [] };
}

/**
 * The list with no room to spare. V8 gives a list that grows by push room for about 16 more items,
 * which for the short lists a board's history keeps (a few steps per issue, tens of thousands of
 * issues) is most of their memory; a copy made by slice holds exactly its items.
 */
export function exactList<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

/** The timeline with its lists at their exact length (exactList), once it is fully built. */
export function settledTimeline<T>(timeline: StepTimeline<T>): StepTimeline<T> {
  return { initial: timeline.initial, times: exactList(timeline.times), values: exactList(timeline.values), by: exactList(timeline.by) };
}

/** Appends a step, skipping it when the value does not change (keeps transitions meaningful). */
export function pushStep<T>(timeline: StepTimeline<T>, atMs: number, value: T, by: string | null): void {
  const previous = timeline.values.length > 0 ? timeline.values[timeline.values.length - 1] : timeline.initial;
  if (Object.is(previous, value)) return;
  timeline.times.push(atMs);
  timeline.values.push(value);
  timeline.by.push(by);
}
