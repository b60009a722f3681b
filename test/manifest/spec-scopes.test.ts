/** The helpers of the manifest scope test: where the specs are found, and how scopes are read. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SpecIndex, allows, specsDir } from './spec-scopes';

const saved = process.env.JIRA_SPECS_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.JIRA_SPECS_DIR;
  else process.env.JIRA_SPECS_DIR = saved;
});

function folderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'specs-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), JSON.stringify(content));
  return dir;
}

const SPEC = {
  paths: {
    '/rest/api/3/project/search': { get: { 'x-atlassian-oauth2-scopes': [{ scheme: 'OAuth2', scopes: ['read:jira-work'], state: 'Current' }, { scheme: 'OAuth2', scopes: ['read:project:jira', 'read:user:jira'], state: 'Beta' }], security: [{ basicAuth: [] }, { OAuth2: ['read:jira-work'] }, {}] } },
    '/rest/api/3/project/{projectIdOrKey}': { get: { security: [{ OAuth2: ['read:other:jira'] }] } },
  },
};

describe('specsDir', () => {
  it('takes JIRA_SPECS_DIR first, then <repo>/../shared/specs', () => {
    const fromEnv = folderWith({ 'a.json': SPEC });
    process.env.JIRA_SPECS_DIR = fromEnv;
    expect(specsDir('/nowhere/repo', '/nowhere/else')).toBe(fromEnv);
    delete process.env.JIRA_SPECS_DIR;
    const parent = mkdtempSync(path.join(tmpdir(), 'work-'));
    mkdirSync(path.join(parent, 'shared', 'specs'), { recursive: true });
    writeFileSync(path.join(parent, 'shared', 'specs', 'b.json'), JSON.stringify(SPEC));
    expect(specsDir(path.join(parent, 'repo'), '/nowhere/else')).toBe(path.join(parent, 'repo', '..', 'shared', 'specs'));
  });

  it('fails with a message naming every place it looked when none holds a spec', () => {
    const empty = folderWith({});
    process.env.JIRA_SPECS_DIR = empty;
    expect(() => specsDir('/nowhere/repo', '/nowhere/else')).toThrow(
      `No Jira OpenAPI specs found (looked in: ${empty}, /nowhere/shared/specs, /nowhere/else). Set JIRA_SPECS_DIR to the folder holding jira-platform-v3.json and jira-software-agile-1.0.json.`,
    );
  });
});

describe('SpecIndex', () => {
  it('reads each scope list of an operation as one way to be allowed, and prefers the literal path', () => {
    const index = new SpecIndex(folderWith({ 'a.json': SPEC }));
    const search = index.find('GET', '/rest/api/3/project/search')!;
    expect(search.template).toBe('/rest/api/3/project/search');
    expect(search.scopeSets).toEqual([['read:jira-work'], ['read:project:jira', 'read:user:jira']]);
    expect(index.find('GET', '/rest/api/3/project/ABC')!.template).toBe('/rest/api/3/project/{projectIdOrKey}');
    expect(index.find('POST', '/rest/api/3/project/search')).toBeUndefined();
    expect(allows(new Set(['read:project:jira']), search)).toBe(false);
    expect(allows(new Set(['read:project:jira', 'read:user:jira']), search)).toBe(true);
    expect(allows(new Set(['read:jira-work']), search)).toBe(true);
  });
});
