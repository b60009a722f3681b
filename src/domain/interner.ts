/**
 * One object per distinct value within one load. Jira repeats the same few values on every change
 * of a large project's history: the same authors (a person object per change), the same field ids,
 * status ids and sprint lists. Reading each into its own string and object makes the loaded data of
 * a 20,000-issue project about a third larger than the values it holds (docs/performance.md). The
 * interner hands back the first equal value it saw instead, so equal values share one object.
 *
 * Only values that are read, never changed, are shared: people, statuses, issue types and short
 * texts. What the interner holds grows with the number of distinct values, not with the history.
 */
import type { Issue, Person } from './types';

/** Texts longer than this are not worth looking up: they are rarely repeated (descriptions, dates). */
const MAX_SHARED_TEXT = 64;

export class Interner {
  private readonly texts = new Map<string, string>();
  private readonly people = new Map<string, Person>();
  private readonly statuses = new Map<string, Issue['status']>();
  private readonly issueTypes = new Map<string, Issue['issueType']>();

  /** The first equal text seen (null stays null). */
  text<T extends string | null>(value: T): T {
    if (value === null || value.length > MAX_SHARED_TEXT) return value;
    const known = this.texts.get(value);
    if (known !== undefined) return known as T;
    this.texts.set(value, value);
    return value;
  }

  /** The first equal person seen: same account, name, avatar and state. */
  person(person: Person | null): Person | null {
    if (person === null) return null;
    const key = `${person.accountId}\u0000${person.displayName}\u0000${person.avatarUrl ?? ''}\u0000${person.avatarUrl === null ? 0 : 1}${person.active ? 1 : 0}`;
    const known = this.people.get(key);
    if (known) return known;
    this.people.set(key, person);
    return person;
  }

  status(status: Issue['status']): Issue['status'] {
    return shared(this.statuses, `${status.id}\u0000${status.name}\u0000${status.category}`, status);
  }

  issueType(issueType: Issue['issueType']): Issue['issueType'] {
    return shared(this.issueTypes, `${issueType.id}\u0000${issueType.name}\u0000${issueType.subtask ? 1 : 0}\u0000${issueType.hierarchyLevel}`, issueType);
  }
}

function shared<T>(map: Map<string, T>, key: string, value: T): T {
  const known = map.get(key);
  if (known !== undefined) return known;
  map.set(key, value);
  return value;
}

