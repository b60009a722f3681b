/** The endpoints the emulator serves: method, path pattern, a stable label for stats, handler. */
import { boardConfiguration, boardSprints, listBoards } from './handlers/agile';
import { bulkFetchChangelogs } from './handlers/changelog';
import type { Handler } from './handlers/context';
import { issueChangelog } from './handlers/issue-changelog';
import { bulkFetchIssues } from './handlers/issue-bulkfetch';
import { listFields, listStatuses, myPermissions, myself, searchProjects } from './handlers/platform';
import { searchByBody, searchByQuery } from './handlers/search';
import { bulkUsers, searchUsers } from './handlers/users';
import { getSprint, moveIssuesToBacklog, moveIssuesToSprint, partiallyUpdateSprint, transitionIssueHandler } from './handlers/sprint';

export interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  /** Label used in stats, e.g. "GET /rest/agile/1.0/board/{boardId}/sprint". */
  endpoint: string;
  handler: Handler;
}

function route(method: Route['method'], template: string, handler: Handler): Route {
  const source = template.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)');
  return { method, pattern: new RegExp(`^${source}/?$`), endpoint: `${method} ${template}`, handler };
}

export const ROUTES: Route[] = [
  route('GET', '/rest/agile/1.0/board', listBoards),
  route('GET', '/rest/agile/1.0/board/{boardId}/configuration', boardConfiguration),
  route('GET', '/rest/agile/1.0/board/{boardId}/sprint', boardSprints),
  route('GET', '/rest/agile/1.0/sprint/{sprintId}', getSprint),
  route('POST', '/rest/agile/1.0/sprint/{sprintId}', partiallyUpdateSprint),
  route('POST', '/rest/agile/1.0/sprint/{sprintId}/issue', moveIssuesToSprint),
  route('POST', '/rest/agile/1.0/backlog/issue', moveIssuesToBacklog),
  route('GET', '/rest/api/3/search/jql', searchByQuery),
  route('POST', '/rest/api/3/search/jql', searchByBody),
  route('POST', '/rest/api/3/changelog/bulkfetch', bulkFetchChangelogs),
  route('GET', '/rest/api/3/issue/{issueIdOrKey}/changelog', issueChangelog),
  route('POST', '/rest/api/3/issue/bulkfetch', bulkFetchIssues),
  route('POST', '/rest/api/3/issue/{issueIdOrKey}/transitions', transitionIssueHandler),
  route('GET', '/rest/api/3/field', listFields),
  route('GET', '/rest/api/3/status', listStatuses),
  route('GET', '/rest/api/3/project/search', searchProjects),
  route('GET', '/rest/api/3/mypermissions', myPermissions),
  route('GET', '/rest/api/3/myself', myself),
  route('GET', '/rest/api/3/user/search', searchUsers),
  route('GET', '/rest/api/3/user/bulk', bulkUsers),
];

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** Percent-decoding that keeps the raw text when the escapes are broken ("%E0%A4"). */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function matchRoute(method: string, path: string): RouteMatch | null {
  for (const r of ROUTES) {
    if (r.method !== method) continue;
    const m = r.pattern.exec(path);
    if (m) {
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(m.groups ?? {})) params[k] = safeDecode(v);
      return { route: r, params };
    }
  }
  return null;
}
