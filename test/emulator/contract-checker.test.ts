/**
 * The contract checker itself (src/local/emulator/contract.ts) fed by hand: it must fail on each
 * kind of breach, with a line that says where and what; and where the specs are looked for.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { JiraRequest, JiraResponse, Transport } from '../../src/jira/transport';
import { JiraClient } from '../../src/jira/client';
import { ContractChecker, contractTransport } from '../../src/local/emulator/contract';
import { loadSpec } from '../../src/local/emulator/openapi';
import { AGILE_SPEC, firstSpecsDir, PLATFORM_SPEC, resolveSpecsDir, specFile, specsDirCandidates } from '../../src/local/emulator/spec-files';

const checker = new ContractChecker({ platform: loadSpec(specFile(PLATFORM_SPEC)), agile: loadSpec(specFile(AGILE_SPEC)) });
const ok = (body: unknown, status = 200): JiraResponse => ({ status, headers: {}, body });
const boardPage = (id: unknown) => ({ isLast: true, maxResults: 50, startAt: 0, total: 1, values: [{ id, self: 'http://127.0.0.1/rest/agile/1.0/board/1', name: 'CALM board', type: 'scrum' }] });
const boards: JiraRequest = { method: 'GET', path: '/rest/agile/1.0/board', query: { projectKeyOrId: 'CALM', startAt: 0, maxResults: 50 } };

describe('the contract checker', () => {
  test('a good board page passes; the same page with a board id as text fails, through the real client', async () => {
    expect(checker.check(boards, ok(boardPage(1)))).toEqual([]);
    // One bad answer, sent to the real client through the checking transport.
    const badJira: Transport = { send: async () => ok(boardPage('1')) };
    const transport = contractTransport(badJira, checker);
    await new JiraClient(transport).getBoardsForProject('CALM');
    expect(transport.violations).toEqual(['GET /rest/agile/1.0/board -> 200: response body: /values/0/id must be integer']);
    expect(transport.exchanges).toEqual([{ operation: 'GET /rest/agile/1.0/board', status: 200 }]);
  });

  test('query and path parameters: declared, typed, within enum and bounds', () => {
    const sprints = { isLast: true, maxResults: 50, startAt: 0, total: 0, values: [] };
    expect(checker.check({ method: 'GET', path: '/rest/agile/1.0/board/7/sprint', query: { state: 'future,active,closed', startAt: 0, maxResults: 50 } }, ok(sprints))).toEqual([]);
    expect(checker.check({ method: 'GET', path: '/rest/agile/1.0/board/seven/sprint', query: { state: 'open', startAt: 'x', colour: 'red', maxResults: undefined } }, ok(sprints))).toEqual([
      'GET /rest/agile/1.0/board/seven/sprint -> 200: path parameter boardId="seven": must be integer',
      'GET /rest/agile/1.0/board/seven/sprint -> 200: query parameter state="open": /0 must be equal to one of the allowed values ("future", "active", "closed")',
      'GET /rest/agile/1.0/board/seven/sprint -> 200: query parameter startAt="x": must be integer',
      'GET /rest/agile/1.0/board/seven/sprint -> 200: query parameter colour is not one the operation declares',
    ]);
    const projects: JiraRequest = { method: 'GET', path: '/rest/api/3/project/search', query: { action: 'look', startAt: 0, maxResults: 500 } };
    expect(checker.check(projects, null)).toEqual([
      'GET /rest/api/3/project/search: query parameter action="look": must be equal to one of the allowed values ("view", "browse", "edit", "create")',
      'GET /rest/api/3/project/search: query parameter maxResults="500": must be <= 100',
    ]);
  });

  test('request bodies: the schema, no property it does not name, and a body where one is required', () => {
    const search = (body: unknown): JiraRequest => ({ method: 'POST', path: '/rest/api/3/search/jql', body });
    const page = ok({ issues: [], isLast: true });
    expect(checker.check(search({ jql: 'project = "CALM"', fields: ['summary'], maxResults: 100 }), page)).toEqual([]);
    expect(checker.check(search({ jql: 'project = "CALM"', startAt: 0, fields: 'summary' }), page)).toEqual([
      'POST /rest/api/3/search/jql -> 200: request body: must NOT have additional properties (startAt)',
      'POST /rest/api/3/search/jql -> 200: request body: /fields must be array',
    ]);
    expect(checker.check(search(undefined), page)).toEqual(['POST /rest/api/3/search/jql -> 200: the request has no body, and the operation requires one']);
    expect(checker.check({ method: 'GET', path: '/rest/api/3/field', body: {} }, ok([]))).toEqual(['GET /rest/api/3/field -> 200: the request has a body, and the operation takes none']);
  });

  test('error answers: ErrorCollection with a message, or the status\'s own schema; undeclared statuses', () => {
    const search: JiraRequest = { method: 'POST', path: '/rest/api/3/search/jql', body: { jql: 'project = "CALM"' } };
    expect(checker.check(search, ok({ errorMessages: ['The value NOPE does not exist for the field project.'], errors: {} }, 400))).toEqual([]);
    expect(checker.check(search, ok({ errorMessages: ['Too many requests.'], errors: {} }, 429))).toEqual([]);
    expect(checker.check(search, ok({ errorMessages: [5], errors: {} }, 503))).toEqual(['POST /rest/api/3/search/jql -> 503: error body: /errorMessages/0 must be string']);
    expect(checker.check(search, ok({ errorMessages: [], errors: {} }, 500))).toEqual(['POST /rest/api/3/search/jql -> 500: error body gives no message (no errorMessages, no errors)']);
    expect(checker.check(search, ok({ message: 'gone' }, 500))).toEqual([
      'POST /rest/api/3/search/jql -> 500: error body: must NOT have additional properties (message)',
      'POST /rest/api/3/search/jql -> 500: error body gives no message (no errorMessages, no errors)',
    ]);
    expect(checker.check(search, ok({ errorMessages: ['x'] }, 404))).toEqual(['POST /rest/api/3/search/jql -> 404: status 404 is not an answer the operation declares']);
    expect(checker.check(search, ok({ issues: [] }, 204))).toEqual(['POST /rest/api/3/search/jql -> 204: status 204 is not an answer the operation declares']);
    // mypermissions declares ErrorCollection for its 404 itself.
    const permissions: JiraRequest = { method: 'GET', path: '/rest/api/3/mypermissions', query: { projectKey: 'NOPE', permissions: 'BROWSE_PROJECTS' } };
    expect(checker.check(permissions, ok({ errorMessages: ['No project could be found with key NOPE.'], errors: {} }, 404))).toEqual([]);
    expect(checker.check(permissions, ok({ errorMessages: 'No project', errors: {} }, 404))).toEqual([
      'GET /rest/api/3/mypermissions -> 404: error body: /errorMessages must be array',
      'GET /rest/api/3/mypermissions -> 404: error body gives no message (no errorMessages, no errors)',
    ]);
  });

  test('a path the specs do not have, and a request with no answer', async () => {
    expect(checker.check({ method: 'GET', path: '/rest/api/3/nothing/here' }, ok({}))).toEqual(['GET /rest/api/3/nothing/here -> 200: the specs have no such operation']);
    const down: Transport = {
      send: async () => {
        throw new Error('connection refused');
      },
    };
    const transport = contractTransport(down, checker);
    await expect(transport.send({ method: 'GET', path: '/rest/api/3/status' })).rejects.toThrow('connection refused');
    expect(transport.exchanges).toEqual([{ operation: 'GET /rest/api/3/status', status: null }]);
    expect(transport.violations).toEqual([]);
  });
});

describe('where the specs are looked for', () => {
  function specsFolder(dir = mkdtempSync(path.join(os.tmpdir(), 'bh-specs-'))): string {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, PLATFORM_SPEC), '{}');
    writeFileSync(path.join(dir, AGILE_SPEC), '{}');
    return dir;
  }

  test('JIRA_SPECS_DIR first, then shared/specs beside the repository, then /work/shared/specs', () => {
    expect(specsDirCandidates({ JIRA_SPECS_DIR: '/opt/specs' }, '/home/me/backlog-health')).toEqual(['/opt/specs', '/home/me/shared/specs', '/work/shared/specs']);
    expect(specsDirCandidates({}, '/home/me/backlog-health')).toEqual(['/home/me/shared/specs', '/work/shared/specs']);
    const chosen = specsFolder();
    expect(resolveSpecsDir({ JIRA_SPECS_DIR: chosen }, '/home/me/backlog-health')).toBe(chosen);
    const parent = mkdtempSync(path.join(os.tmpdir(), 'bh-parent-'));
    const beside = specsFolder(path.join(parent, 'shared', 'specs'));
    expect(resolveSpecsDir({}, path.join(parent, 'backlog-health'))).toBe(beside);
  });

  test('a JIRA_SPECS_DIR without the specs, and no specs anywhere, are clear errors', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'bh-nospecs-'));
    expect(() => resolveSpecsDir({ JIRA_SPECS_DIR: empty })).toThrow(`JIRA_SPECS_DIR is ${empty}, but that folder does not hold ${PLATFORM_SPEC} and ${AGILE_SPEC}.`);
    expect(() => firstSpecsDir([empty, path.join(empty, 'shared')])).toThrow(
      `Jira's OpenAPI specs (${PLATFORM_SPEC} and ${AGILE_SPEC}) were not found in ${empty}, ${path.join(empty, 'shared')}. Set JIRA_SPECS_DIR to the folder that holds them.`,
    );
  });
});
