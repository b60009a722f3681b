/** Building a ChangeEvent the way large histories need it (see the comment below). */
import type { ChangeEvent } from './types';

/**
 * One event, every field written in the object literal: a field added to an object afterwards
 * (atMs, say) makes V8 allocate a second store for it, on each of hundreds of thousands of events.
 */
export function changeEvent(v: Pick<ChangeEvent, 'fieldId' | 'from' | 'to' | 'fromString' | 'toString'>, author: ChangeEvent['author'], at: string, historyId: string, atMs: number | undefined): ChangeEvent {
  const { fieldId, from, to, fromString, toString } = v;
  if (atMs === undefined) return { fieldId, from, to, fromString, toString, author, at, historyId };
  return { fieldId, from, to, fromString, toString, author, at, historyId, atMs };
}
