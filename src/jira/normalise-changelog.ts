/**
 * A raw issue's change histories into the domain's ChangeEvent list, oldest first, and the merge of
 * a later page of the same history. Never throws: an unreadable date, field id or value becomes a
 * DataQualityNote (see normalise.ts for the issue's own fields).
 */
import type { ChangeEvent, DataQualityNote } from '../domain/types';
import { changeEvent } from '../domain/change-event';
import { Interner } from '../domain/interner';
import type { RawHistory } from './raw';
import { parseJiraDate, readDateTime, readPerson } from './values';

/**
 * Jira's usual date-time shape: year 1000-9999, month, day, hours 00-23, minutes and seconds 00-59,
 * 1 to 3 fraction digits, "Z" or an offset up to ±23:59 with or without a colon. On these, Date.parse
 * (with or without the colon added) and the analysis's own reader agree to the millisecond.
 */
const USUAL_DATE_TIME = /^[1-9]\d{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,3})?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

/**
 * A changelog value (from, to, fromString, toString) as the analysis reads it: text. Jira sends
 * strings or null; a number is kept as its text ("2"); anything else (an object, a list, true)
 * cannot be read and becomes null, reported once per change item through `unreadable`.
 */
function changeValue(value: unknown, unreadable: () => void): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  unreadable();
  return null;
}

/**
 * Flattens histories into change events, oldest first (ties keep Jira's order). Equal authors and
 * values share one object through `interner` (one per load when the caller gives it).
 */
export function normaliseChangelog(histories: RawHistory[], issueKey: string, notes: DataQualityNote[] = [], interner: Interner = new Interner()): ChangeEvent[] {
  const events: { event: ChangeEvent; ms: number; order: number }[] = [];
  for (const history of histories) {
    const at = readDateTime(history.created);
    if (at === null) {
      notes.push({ code: 'malformed-history-date', message: `${issueKey}: a change (history ${history.id}) has no readable date and was left out.`, issueKey });
      continue;
    }
    const author = interner.person(readPerson(history.author));
    const ms = parseJiraDate(at);
    // The number travels with the event only where every reader of `at` would get the same one.
    const atMs = USUAL_DATE_TIME.test(at) ? ms : undefined;
    for (const item of history.items ?? []) {
      const fieldName = typeof item.field === 'string' ? item.field : null;
      const fieldId = typeof item.fieldId === 'string' && item.fieldId !== '' ? item.fieldId : item.fieldtype === 'jira' && fieldName ? fieldName.toLowerCase() : null;
      if (!fieldId) {
        notes.push({ code: 'changelog-item-without-field-id', message: `${issueKey}: a change to "${fieldName ?? 'an unnamed field'}" has no field id and was left out.`, issueKey });
        continue;
      }
      let noted = false;
      const unreadable = () => {
        if (noted) return;
        noted = true;
        notes.push({
          code: 'malformed-field',
          message: `${issueKey}: a change to "${fieldName ?? fieldId}" on ${at.slice(0, 10)} (history ${history.id}) holds a value we could not read, so that value is treated as empty.`,
          issueKey,
          fieldId,
        });
      };
      const values = {
        fieldId: interner.text(fieldId),
        from: interner.text(changeValue(item.from, unreadable)),
        to: interner.text(changeValue(item.to, unreadable)),
        fromString: interner.text(changeValue(item.fromString, unreadable)),
        toString: interner.text(changeValue(item.toString, unreadable)),
      };
      const event = changeEvent(values, author, at, history.id, atMs);
      events.push({ event, ms, order: events.length });
    }
  }
  events.sort((a, b) => a.ms - b.ms || a.order - b.order);
  return events.map((e) => e.event);
}

/**
 * Events of a later page of the same issue's history added after `earlier`, in time order as if all
 * histories had been flattened at once: both lists are in time order, and on equal times the earlier
 * page's events come first, as Jira's order would put them.
 */
export function appendChangelog(earlier: ChangeEvent[], later: ChangeEvent[]): ChangeEvent[] {
  if (earlier.length === 0) return later;
  const merged = earlier.concat(later);
  const ms = merged.map((event) => event.atMs ?? parseJiraDate(event.at));
  const order = merged.map((_, index) => index);
  order.sort((a, b) => ms[a] - ms[b] || a - b);
  return order.map((index) => merged[index]);
}
