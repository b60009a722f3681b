/**
 * Everyone the board's data names (changelog authors, assignees, reporters), by account id.
 * Memoised per BoardData object.
 */
import type { BoardData, Person } from '../../domain/types';

const cache = new WeakMap<BoardData, Map<string, Person>>();

export function peopleOf(data: BoardData): Map<string, Person> {
  const cached = cache.get(data);
  if (cached) return cached;
  const people = new Map<string, Person>();
  // The first record of each account wins. (Written out rather than with a helper: this runs once
  // per change event, over a hundred thousand times on large boards.)
  for (const issue of data.issues) {
    const { assignee, reporter } = issue;
    if (assignee && !people.has(assignee.accountId)) people.set(assignee.accountId, assignee);
    if (reporter && !people.has(reporter.accountId)) people.set(reporter.accountId, reporter);
    let previous: Person | null = null;
    for (const e of issue.changelog) {
      const author = e.author;
      // The same author object often makes several changes in a row: seen already.
      if (author === previous || !author) continue;
      previous = author;
      if (!people.has(author.accountId)) people.set(author.accountId, author);
    }
  }
  cache.set(data, people);
  return people;
}

/**
 * The records of the given accounts only, as peopleOf would give them (the first record of each
 * account, in the same order of reading), without building the whole map: the reading stops as
 * soon as every account has been seen, which on large boards is usually within the first issues.
 * When peopleOf has already run on this data, its map is used.
 */
export function peopleNamed(data: BoardData, accountIds: ReadonlySet<string>): Map<string, Person> {
  const found = new Map<string, Person>();
  const everyone = cache.get(data);
  if (everyone) {
    for (const id of accountIds) {
      const person = everyone.get(id);
      if (person) found.set(id, person);
    }
    return found;
  }
  const note = (person: Person | null): boolean => {
    if (person && accountIds.has(person.accountId) && !found.has(person.accountId)) found.set(person.accountId, person);
    return found.size === accountIds.size;
  };
  if (accountIds.size === 0) return found;
  for (const issue of data.issues) {
    if (note(issue.assignee) || note(issue.reporter)) return found;
    let previous: Person | null = null;
    for (const e of issue.changelog) {
      const author = e.author;
      if (author === previous || !author) continue;
      previous = author;
      if (note(author)) return found;
    }
  }
  return found;
}

/** A person's display name, or a plain stand-in when the data does not name them. */
export function displayNameOf(data: BoardData, accountId: string | null): string {
  if (accountId === null) return 'an automation or a removed user';
  return peopleNamed(data, new Set([accountId])).get(accountId)?.displayName ?? 'a person not named in the data';
}
