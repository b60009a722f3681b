/**
 * Every Jira endpoint JiraClient calls, with the OAuth scopes Jira's OpenAPI specs give for it
 * (README.md says where the tests find the specs). Platform endpoints: the classic scope (`x-atlassian-oauth2-scopes`,
 * state "Current"). Agile endpoints have no classic scope: their granular scopes come from the
 * operation's `security` block. The manifest test checks manifest.yml against this list, and also
 * against the specs themselves for every endpoint the code is seen to call (and that those are
 * exactly these entries); the client tests check that every request matches one of these entries.
 */

export interface JiraEndpoint {
  method: 'GET' | 'POST';
  /** Path template; `{name}` marks a path parameter. */
  path: string;
  scopes: string[];
  /** What the app uses it for. */
  purpose: string;
}

export const JIRA_ENDPOINTS: readonly JiraEndpoint[] = [
  {
    method: 'GET',
    path: '/rest/agile/1.0/board',
    // The spec's security block names these two for listing boards.
    scopes: ['read:board-scope:jira-software', 'read:project:jira'],
    purpose: 'boards of a project',
  },
  {
    method: 'GET',
    path: '/rest/agile/1.0/board/{boardId}/configuration',
    scopes: ['read:board-scope.admin:jira-software', 'read:project:jira'],
    purpose: 'estimation field, rank field and columns of a board',
  },
  {
    method: 'GET',
    path: '/rest/agile/1.0/board/{boardId}/sprint',
    scopes: ['read:sprint:jira-software'],
    purpose: 'sprints of a board',
  },
  {
    method: 'GET',
    path: '/rest/agile/1.0/sprint/{sprintId}',
    scopes: ['read:sprint:jira-software'],
    purpose: 'a sprint, when the app records it from Jira’s sprint events',
  },
  { method: 'POST', path: '/rest/api/3/search/jql', scopes: ['read:jira-work'], purpose: 'issues by JQL' },
  { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', scopes: ['read:jira-work'], purpose: 'full change history of many issues' },
  { method: 'GET', path: '/rest/api/3/field', scopes: ['read:jira-work'], purpose: 'field discovery' },
  { method: 'GET', path: '/rest/api/3/status', scopes: ['read:jira-work'], purpose: 'status categories' },
  { method: 'GET', path: '/rest/api/3/project/search', scopes: ['read:jira-work'], purpose: 'projects the caller can see' },
  { method: 'GET', path: '/rest/api/3/mypermissions', scopes: ['read:jira-work'], purpose: 'browse / administer checks' },
  { method: 'POST', path: '/rest/api/3/issue/bulkfetch', scopes: ['read:jira-work'], purpose: 'which issues of a report the viewer may see, and when the issue of the issue view last changed' },
  { method: 'GET', path: '/rest/api/3/user/search', scopes: ['read:jira-user'], purpose: 'finding people to name as Product Owner or Scrum Master' },
  { method: 'GET', path: '/rest/api/3/user/bulk', scopes: ['read:jira-user'], purpose: 'display names of the people named in the roles' },
];

/** Every scope the client needs, sorted, without repeats. */
export function requiredScopes(): string[] {
  return [...new Set(JIRA_ENDPOINTS.flatMap((e) => e.scopes))].sort();
}

/** The endpoint entry a concrete request matches ("/rest/agile/1.0/board/12/sprint" matches "{boardId}"), if any. */
export function findEndpoint(method: string, path: string): JiraEndpoint | undefined {
  return JIRA_ENDPOINTS.find((e) => {
    if (e.method !== method) return false;
    const pattern = new RegExp(`^${e.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    return pattern.test(path);
  });
}
