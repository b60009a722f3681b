import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JIRA_ENDPOINTS, findEndpoint, requiredScopes } from '../../src/jira/endpoints';

const FORGE_SCOPES: string[] = JSON.parse(readFileSync(join(__dirname, '../../node_modules/@forge/manifest/out/scopes/shipyard-scopes.json'), 'utf8'));

describe('JIRA_ENDPOINTS', () => {
  it('names only scopes Forge knows', () => {
    for (const scope of requiredScopes()) expect(FORGE_SCOPES).toContain(scope);
  });

  it('needs exactly these scopes', () => {
    expect(requiredScopes()).toEqual(['read:board-scope.admin:jira-software', 'read:board-scope:jira-software', 'read:jira-user', 'read:jira-work', 'read:project:jira', 'read:sprint:jira-software']);
  });

  it('matches concrete paths to templates, and nothing else', () => {
    expect(findEndpoint('GET', '/rest/agile/1.0/board/12/sprint')?.path).toBe('/rest/agile/1.0/board/{boardId}/sprint');
    expect(findEndpoint('GET', '/rest/agile/1.0/board')?.path).toBe('/rest/agile/1.0/board');
    expect(findEndpoint('GET', '/rest/agile/1.0/board/12/sprint/4')).toBeUndefined();
    expect(findEndpoint('GET', '/rest/api/3/search/jql')).toBeUndefined(); // we only POST it
    expect(new Set(JIRA_ENDPOINTS.map((e) => `${e.method} ${e.path}`)).size).toBe(JIRA_ENDPOINTS.length);
  });
});
