/**
 * What each 2xx answer must hold before we read it. A list-bearing answer without its list (or
 * with the wrong type) would otherwise read as "nothing there" and be stored as complete data; so
 * the requester retries it like a cut-short body and then fails with a plain 'malformed' error
 * (requester.ts). Each check completes "Jira's answer to <endpoint> ..." or gives null when the
 * answer is as the specs describe it. Values inside the entries are checked later, by the readers
 * and the normaliser, which keep what they can and note the rest.
 */
import type { AnswerCheck } from './requester';
import { isRecord } from './raw';

/** An offset page ({ values, isLast, startAt, total }): agile boards and sprints, project search, users in bulk. */
export const offsetPage: AnswerCheck = (body) => {
  if (!isRecord(body)) return 'was empty or not an object';
  return Array.isArray(body.values) ? null : 'had no list of values';
};

/** A plain JSON list: fields, statuses, user search. */
export const plainList: AnswerCheck = (body) => (Array.isArray(body) ? null : 'was not a list');

/** Board configuration: every board has columns, so an answer without them is not a configuration. */
export const boardConfiguration: AnswerCheck = (body) => {
  if (!isRecord(body)) return 'was empty or not an object';
  return isRecord(body.columnConfig) && Array.isArray(body.columnConfig.columns) ? null : 'had no board columns';
};

/** One sprint: a sprint has an id and a state. */
export const sprintAnswer: AnswerCheck = (body) => {
  if (!isRecord(body)) return 'was empty or not an object';
  return typeof body.id === 'number' && typeof body.state === 'string' ? null : 'had no sprint id or state';
};

/** issue/bulkfetch: { issues: [...], issueErrors }; issues left out are the ones the caller may not see. */
export const issuesAnswer: AnswerCheck = (body) => {
  if (!isRecord(body)) return 'was empty or not an object';
  return Array.isArray(body.issues) ? null : 'had no list of issues';
};

/** My permissions: { permissions: { KEY: { havePermission } } }. */
export const permissionsAnswer: AnswerCheck = (body) => {
  if (!isRecord(body)) return 'was empty or not an object';
  return isRecord(body.permissions) ? null : 'had no permissions';
};

/**
 * A token page: its list under `listField`, every entry usable (`entryOk`), and a next-page token
 * that is text when present. A page that says more follow (isLast false) but gives no token would
 * silently end the reading early, so it is refused too.
 */
function tokenPage(listField: string, listName: string, entryOk: (entry: unknown) => boolean, badEntry: string): AnswerCheck {
  return (body) => {
    if (!isRecord(body)) return 'was empty or not an object';
    const list = body[listField];
    if (!Array.isArray(list)) return `had no list of ${listName}`;
    if (!list.every(entryOk)) return badEntry;
    return tokenPagingProblem(body);
  };
}

/** What is wrong with a token page's paging members (nextPageToken, isLast), or null. */
export function tokenPagingProblem(page: Record<string, unknown>): string | null {
  const token = page.nextPageToken;
  if (token !== undefined && token !== null && typeof token !== 'string') return 'had a next-page token that is not text';
  if (page.isLast === false && (typeof token !== 'string' || token === '')) return 'said more pages follow but gave no next-page token';
  return null;
}

/** search/jql: { issues: [{ id, key, fields }], nextPageToken, isLast }. */
export const searchPage = tokenPage(
  'issues',
  'issues',
  (issue) => isRecord(issue) && typeof issue.id === 'string' && typeof issue.key === 'string',
  'had an issue without an id or a key',
);

/** An entry of a changelog/bulkfetch page: { issueId, changeHistories: [...] }. */
export function isChangelogEntry(log: unknown): log is { issueId: string; changeHistories: Record<string, unknown>[] } {
  return isRecord(log) && typeof log.issueId === 'string' && Array.isArray(log.changeHistories) && log.changeHistories.every(isRecord);
}

export const CHANGELOG_LIST = 'change histories';
export const BAD_CHANGELOG_ENTRY = 'had an entry without an issue id or a readable list of changes';

/** changelog/bulkfetch: { issueChangeLogs: [{ issueId, changeHistories: [...] }], nextPageToken }. */
export const changelogPage = tokenPage('issueChangeLogs', CHANGELOG_LIST, isChangelogEntry, BAD_CHANGELOG_ENTRY);
