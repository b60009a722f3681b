/**
 * The people directory: the people a report names (the accounts its sections hold), with their
 * records from the board's data (assignees, reporters, changelog authors), read once per report by
 * src/report/build.ts. The report's people map and the signals' sentences take names from it.
 */
import type { BoardData, Person } from '../../domain/types';

export type PeopleDirectory = ReadonlyMap<string, Person>;

/**
 * The record of each of `accountIds` the data holds: the first one met, reading each issue's
 * assignee, reporter, then its changelog authors, issue by issue. The reading stops as soon as
 * every account has been found, which on large boards is usually within the first issues.
 */
export function readPeopleDirectory(data: BoardData, accountIds: ReadonlySet<string>): PeopleDirectory {
  const found = new Map<string, Person>();
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
      // The same author often makes several changes in a row: seen already.
      if (author === previous || !author) continue;
      previous = author;
      if (note(author)) return found;
    }
  }
  return found;
}

/** The directory of a report without board data: nobody is named. */
export function noPeople(): PeopleDirectory {
  return new Map();
}

/** A person's display name, or a plain stand-in when the data does not name them. */
export function displayNameOf(people: PeopleDirectory, accountId: string | null): string {
  if (accountId === null) return 'an automation or a removed user';
  return people.get(accountId)?.displayName ?? 'a person not named in the data';
}
