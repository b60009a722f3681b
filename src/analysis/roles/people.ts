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
  const add = (p: Person | null) => {
    if (p && !people.has(p.accountId)) people.set(p.accountId, p);
  };
  for (const issue of data.issues) {
    add(issue.assignee);
    add(issue.reporter);
    for (const e of issue.changelog) add(e.author);
  }
  cache.set(data, people);
  return people;
}

/** A person's display name, or a plain stand-in when the data does not name them. */
export function displayNameOf(data: BoardData, accountId: string | null): string {
  if (accountId === null) return 'an automation or a removed user';
  return peopleOf(data).get(accountId)?.displayName ?? 'a person not named in the data';
}
