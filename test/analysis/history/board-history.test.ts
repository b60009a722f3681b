/** The board's history and people directory: read once per report, passed on, never cached. */
import { readBoardHistory } from '../../../src/analysis/history/board-history';
import { displayNameOf, readPeopleDirectory } from '../../../src/analysis/history/people';
import { valueAt } from '../../../src/analysis/history/timeline';
import { isMemberAt } from '../../../src/analysis/history/membership';
import { RANK_FIELD, S1, assigneeChange, boardData, issue, person, sprintChange } from '../sprints/fixtures';

describe('the board history', () => {
  const data = boardData(
    [
      issue('APP-2', { sprintIds: [1], changelog: [sprintChange('2026-01-07T10:00:00.000+0000', '', '1', 'olga')] }),
      issue('APP-10', { sprintIds: [] }),
    ],
    [S1],
  );

  it('holds each issue once, by key and by the sprints it was ever in, in the board order', () => {
    const history = readBoardHistory(data);
    expect(history.issues.map((h) => h.issue.key)).toEqual(['APP-2', 'APP-10']);
    expect(history.byKey.get('APP-10')?.issue.key).toBe('APP-10');
    expect(history.bySprint.get(1)?.map((h) => h.issue.key)).toEqual(['APP-2']);
    expect(history.keyOrder?.keys).toEqual(['APP-2', 'APP-10']);
    expect(history.fieldIds.rank).toBe(RANK_FIELD);
  });

  it('answers "in the sprint at t" and "done at t" from the timelines', () => {
    const appTwo = readBoardHistory(data).byKey.get('APP-2')!;
    expect(isMemberAt(appTwo.membership.get(1), Date.parse('2026-01-07T09:59:59.000Z'))).toBe(false);
    expect(isMemberAt(appTwo.membership.get(1), Date.parse('2026-01-07T10:00:00.000Z'))).toBe(true);
    expect(valueAt(appTwo.done, Date.parse('2026-02-01T00:00:00.000Z'))).toBe(false);
  });

  it('is read afresh on every call: nothing is kept between reports', () => {
    const first = readBoardHistory(data);
    const second = readBoardHistory(data);
    expect(second).not.toBe(first);
    expect(second.byKey.get('APP-2')).not.toBe(first.byKey.get('APP-2'));
    expect(second.issues.map((h) => h.issue.key)).toEqual(first.issues.map((h) => h.issue.key));
  });
});

describe('the people directory', () => {
  it('reads only the accounts asked for', () => {
    const data = boardData([issue('APP-1', { assignee: person('dev'), reporter: person('paula') })], []);
    expect([...readPeopleDirectory(data, new Set(['paula'])).keys()]).toEqual(['paula']);
  });

  it('keeps the first record of each account: assignee, then reporter, then changelog authors, issue by issue', () => {
    const renamed = { ...person('olga'), displayName: 'Olga (renamed later)' };
    const data = boardData(
      [
        issue('APP-1', { assignee: person('dev', 'Dev One'), reporter: person('paula', 'Paula P'), changelog: [assigneeChange('2026-01-02T10:00:00.000+0000', null, 'dev', 'olga')] }),
        issue('APP-2', { assignee: renamed }),
      ],
      [],
    );
    const people = readPeopleDirectory(data, new Set(['olga', 'paula', 'dev', 'nobody']));
    expect([...people.keys()]).toEqual(['dev', 'paula', 'olga']);
    expect(displayNameOf(people, 'olga')).toBe('OLGA');
    expect(displayNameOf(people, 'paula')).toBe('Paula P');
  });

  it('names an automation and a person the data does not know in plain words', () => {
    const people = readPeopleDirectory(boardData([], []), new Set(['ghost']));
    expect(displayNameOf(people, null)).toBe('an automation or a removed user');
    expect(displayNameOf(people, 'ghost')).toBe('a person not named in the data');
  });
});
