/**
 * Contract tests of hand-picked answers: each endpoint the emulator serves, also in ways the client
 * never asks (GET search, myself, errors), validated against the response schema of Jira's OpenAPI
 * specs (errors against ErrorCollection), in both modes of the validator; and the request schemas.
 * What the client really sends and gets is checked by client-contract.test.ts.
 */
import type { ValidateFunction } from 'ajv';
import type { Emulator } from '../../src/local/emulator';
import { KNOWN_SPEC_GAPS, sprintPageSchemaFromExample } from '../../src/local/emulator/contract';
import { describeErrors, loadSpec, SpecValidator, type SpecValidatorOptions } from '../../src/local/emulator/openapi';
import { AGILE_SPEC, PLATFORM_SPEC, specFile } from '../../src/local/emulator/spec-files';
import { POINTS_FIELD, SPRINT_FIELD } from './fixture';
import { call, start } from './helpers';

const PLATFORM = loadSpec(specFile(PLATFORM_SPEC));
const AGILE = loadSpec(specFile(AGILE_SPEC));
const sprintPageSchema = () => sprintPageSchemaFromExample(AGILE);

interface Case {
  name: string;
  path: string;
  body?: unknown;
  as?: 'alice' | 'bob' | null;
  status: number;
  spec: 'platform' | 'agile';
  /** Spec path and method whose 200 schema applies. */
  operation: [string, string];
}

const CASES: Case[] = [
  { name: 'boards', path: '/rest/agile/1.0/board?projectKeyOrId=SCR', status: 200, spec: 'agile', operation: ['/rest/agile/1.0/board', 'get'] },
  { name: 'boards page', path: '/rest/agile/1.0/board?startAt=1&maxResults=1', status: 200, spec: 'agile', operation: ['/rest/agile/1.0/board', 'get'] },
  { name: 'scrum configuration', path: '/rest/agile/1.0/board/1/configuration', status: 200, spec: 'agile', operation: ['/rest/agile/1.0/board/{boardId}/configuration', 'get'] },
  { name: 'kanban configuration', path: '/rest/agile/1.0/board/2/configuration', status: 200, spec: 'agile', operation: ['/rest/agile/1.0/board/{boardId}/configuration', 'get'] },
  { name: 'sprints', path: '/rest/agile/1.0/board/1/sprint?state=future,active,closed', status: 200, spec: 'agile', operation: ['/rest/agile/1.0/board/{boardId}/sprint', 'get'] },
  { name: 'search GET', path: `/rest/api/3/search/jql?jql=${encodeURIComponent('project = SCR ORDER BY Rank')}&fields=*all&maxResults=2`, status: 200, spec: 'platform', operation: ['/rest/api/3/search/jql', 'get'] },
  { name: 'search POST', path: '/rest/api/3/search/jql', body: { jql: 'project = SCR ORDER BY Rank', fields: ['summary', 'status', SPRINT_FIELD, POINTS_FIELD], maxResults: 4 }, status: 200, spec: 'platform', operation: ['/rest/api/3/search/jql', 'post'] },
  { name: 'search POST last page, id only', path: '/rest/api/3/search/jql', body: { jql: 'project = KAN' }, status: 200, spec: 'platform', operation: ['/rest/api/3/search/jql', 'post'] },
  { name: 'bulkfetch all', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ['SCR-1', 'SCR-2', 'SCR-3', 'SCR-5', 'KAN-1'] }, status: 200, spec: 'platform', operation: ['/rest/api/3/changelog/bulkfetch', 'post'] },
  { name: 'bulkfetch page', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: ['SCR-2'], fieldIds: [SPRINT_FIELD], maxResults: 1 }, status: 200, spec: 'platform', operation: ['/rest/api/3/changelog/bulkfetch', 'post'] },
  { name: 'issue changelog', path: '/rest/api/3/issue/SCR-2/changelog', status: 200, spec: 'platform', operation: ['/rest/api/3/issue/{issueIdOrKey}/changelog', 'get'] },
  { name: 'issue changelog page', path: '/rest/api/3/issue/SCR-2/changelog?startAt=0&maxResults=1', status: 200, spec: 'platform', operation: ['/rest/api/3/issue/{issueIdOrKey}/changelog', 'get'] },
  { name: 'fields', path: '/rest/api/3/field', status: 200, spec: 'platform', operation: ['/rest/api/3/field', 'get'] },
  { name: 'statuses', path: '/rest/api/3/status', status: 200, spec: 'platform', operation: ['/rest/api/3/status', 'get'] },
  { name: 'projects', path: '/rest/api/3/project/search?maxResults=1', status: 200, spec: 'platform', operation: ['/rest/api/3/project/search', 'get'] },
  { name: 'permissions', path: '/rest/api/3/mypermissions?projectKey=SCR&permissions=BROWSE_PROJECTS,ADMINISTER_PROJECTS', status: 200, spec: 'platform', operation: ['/rest/api/3/mypermissions', 'get'] },
  { name: 'myself', path: '/rest/api/3/myself', status: 200, spec: 'platform', operation: ['/rest/api/3/myself', 'get'] },
];

const ERROR_CASES: { name: string; path: string; body?: unknown; as?: null; status: number }[] = [
  { name: 'kanban sprints', path: '/rest/agile/1.0/board/2/sprint', status: 400 },
  { name: 'unknown board', path: '/rest/agile/1.0/board/99/configuration', status: 404 },
  { name: 'unbounded search', path: '/rest/api/3/search/jql', body: { jql: 'ORDER BY Rank' }, status: 400 },
  { name: 'unknown JQL field', path: '/rest/api/3/search/jql', body: { jql: 'foo = 1' }, status: 400 },
  { name: 'too many changelog issues', path: '/rest/api/3/changelog/bulkfetch', body: { issueIdsOrKeys: [] }, status: 400 },
  { name: 'unknown project permissions', path: '/rest/api/3/mypermissions?projectKey=NOPE&permissions=BROWSE_PROJECTS', status: 404 },
  { name: 'not logged in', path: '/rest/api/3/myself', as: null, status: 401 },
  { name: 'unknown issue changelog', path: '/rest/api/3/issue/NOPE-1/changelog', status: 404 },
  { name: 'unknown path', path: '/rest/api/3/issue/SCR-1', status: 404 },
];

describe.each([
  ['extra properties allowed (Jira adds properties before its specs name them)', {}],
  ['strict: no property the spec does not name', { strictAdditionalProperties: true }],
])('responses match the specs, %s', (_mode, mode: SpecValidatorOptions) => {
  let emulator: Emulator;
  let platform: SpecValidator;
  let agile: SpecValidator;
  beforeAll(async () => {
    emulator = await start();
    platform = new SpecValidator(PLATFORM, { ...KNOWN_SPEC_GAPS, ...mode });
    agile = new SpecValidator(AGILE, mode);
  });
  afterAll(() => emulator.stop());

  function validatorFor(c: Case): ValidateFunction {
    const [path, method] = c.operation;
    if (path === '/rest/agile/1.0/board/{boardId}/sprint') return agile.compile(sprintPageSchema());
    return (c.spec === 'platform' ? platform : agile).response(path, method);
  }

  test.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const reply = await call(emulator, c.path, { body: c.body, as: c.as });
    expect(reply.status).toBe(c.status);
    const validate = validatorFor(c);
    const ok = validate(reply.json);
    expect(describeErrors(validate.errors)).toBe('');
    expect(ok).toBe(true);
  });

  test('the validators do catch a wrong shape', () => {
    const sprints = agile.compile(sprintPageSchema());
    expect(sprints({ isLast: true, maxResults: 50, startAt: 0, total: 1, values: [{ id: '11', self: 'x', state: 'closed', name: 'S' }] })).toBe(false);
    const search = platform.response('/rest/api/3/search/jql', 'post');
    expect(search({ issues: [{ id: 10001, key: 'SCR-1' }], isLast: 'yes' })).toBe(false);
    expect(describeErrors(search.errors)).toBe('/isLast must be boolean\n/issues/0/id must be string');
  });

  test.each(ERROR_CASES.map((c) => [c.name, c] as const))('error: %s', async (_name, c) => {
    const reply = await call(emulator, c.path, { body: c.body, as: c.as });
    expect(reply.status).toBe(c.status);
    const validate = platform.component('ErrorCollection');
    const ok = validate(reply.json);
    expect(describeErrors(validate.errors)).toBe('');
    expect(ok).toBe(true);
    expect(reply.json.errorMessages.length).toBeGreaterThan(0);
  });
});

describe('request bodies match the request schemas', () => {
  const platform = new SpecValidator(PLATFORM, { strictAdditionalProperties: true });
  const searchBody = platform.request('/rest/api/3/search/jql', 'post');
  const bulkBody = platform.request('/rest/api/3/changelog/bulkfetch', 'post');

  test('the search bodies our tests send', () => {
    for (const body of [
      { jql: 'project = SCR ORDER BY Rank', fields: ['key'], maxResults: 50 },
      { jql: 'project = SCR', fields: ['summary', 'status'], maxResults: 100, nextPageToken: 'abc' },
    ]) {
      const ok = searchBody(body);
      expect(describeErrors(searchBody.errors)).toBe('');
      expect(ok).toBe(true);
    }
  });

  test('the bulkfetch bodies our tests send', () => {
    const body = { issueIdsOrKeys: ['SCR-1', '10002'], fieldIds: [SPRINT_FIELD, 'status'], maxResults: 1000 };
    expect(bulkBody(body)).toBe(true);
  });

  test('the request schemas catch what Jira refuses', () => {
    expect(searchBody({ jql: 'project = SCR', startAt: 0 })).toBe(false);
    expect(searchBody({ jql: 'project = SCR', fields: 'summary' })).toBe(false);
    expect(bulkBody({ fieldIds: ['status'] })).toBe(false);
    expect(bulkBody({ issueIdsOrKeys: [] })).toBe(false);
    expect(bulkBody({ issueIdsOrKeys: ['A-1'], fieldIds: ['status', 'status'] })).toBe(false);
    expect(bulkBody({ issueIdsOrKeys: ['A-1'], maxResults: 10001 })).toBe(false);
    expect(describeErrors(bulkBody.errors)).toBe('/maxResults must be <= 10000');
  });
});

describe('the OpenAPI conversion', () => {
  test('nullable, dropped additionalProperties, Jira date-times', () => {
    const v = new SpecValidator({ paths: {}, components: { schemas: { A: { type: 'object', additionalProperties: false, properties: { n: { type: 'string', nullable: true }, at: { type: 'string', format: 'date-time' } } } } } });
    const a = v.component('A');
    expect(a({ n: null, extra: 1, at: '2024-01-05T10:00:00.000+0000' })).toBe(true);
    expect(a({ at: '2024-01-05T10:00:00Z' })).toBe(true);
    expect(a({ n: 5 })).toBe(false);
    expect(a({ at: '5 January' })).toBe(false);
    const strict = new SpecValidator({ paths: {}, components: { schemas: { A: { type: 'object', additionalProperties: false, properties: {} } } } }, { strictAdditionalProperties: true });
    expect(strict.component('A')({ extra: 1 })).toBe(false);
  });
});
