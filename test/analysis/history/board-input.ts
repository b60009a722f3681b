/** A board's data with its history read once, as src/report/build.ts hands both to each section. */
import type { BoardData } from '../../../src/domain/types';
import { type BoardHistory, readBoardHistory } from '../../../src/analysis/history/board-history';
import { type PeopleDirectory, readPeopleDirectory } from '../../../src/analysis/history/people';

export function boardInput(data: BoardData): { data: BoardData; history: BoardHistory } {
  return { data, history: readBoardHistory(data) };
}

/** Everyone the data names, for tests that build a signal context by hand. */
export function everyoneIn(data: BoardData): PeopleDirectory {
  const ids = new Set<string>();
  for (const issue of data.issues) {
    for (const person of [issue.assignee, issue.reporter, ...issue.changelog.map((e) => e.author)]) if (person) ids.add(person.accountId);
  }
  return readPeopleDirectory(data, ids);
}
