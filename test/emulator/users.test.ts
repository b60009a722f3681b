/**
 * The user endpoints as Jira answers them, and JiraClient's reads of them over HTTP: a search by name
 * for the Settings people picker, and a lookup by account ids (the parameter repeated) for the names
 * of the people named in the roles. Answers are checked against Jira's OpenAPI schemas.
 */
import { JiraClient } from '../../src/jira/client';
import { findEndpoint } from '../../src/jira/endpoints';
import type { Emulator } from '../../src/local/emulator';
import { describeErrors, loadSpec, SpecValidator } from '../../src/local/emulator/openapi';
import { PLATFORM_SPEC, specFile } from '../../src/local/emulator/spec-files';
import { createHttpTransport } from '../../src/local/http-transport';
import { makeFixture, USERS } from './fixture';
import { call, start } from './helpers';

const PLATFORM = loadSpec(specFile(PLATFORM_SPEC));

let emulator: Emulator;
let client: JiraClient;
beforeAll(async () => {
  const workspace = makeFixture();
  workspace.users.push({ accountId: 'acc-gone', displayName: 'Gone Person', emailAddress: 'gone@example.com', active: false, apiToken: 'tok-gone' });
  emulator = await start({ workspace });
  client = new JiraClient(createHttpTransport({ baseUrl: emulator.url, email: USERS.bob.emailAddress, apiToken: USERS.bob.apiToken }));
});
afterAll(() => emulator.stop());

describe('GET /rest/api/3/user/search', () => {
  it('finds active people whose name or email starts with the query, in Jira\'s shape', async () => {
    const reply = await call(emulator, '/rest/api/3/user/search?query=bo&maxResults=5');
    expect(reply.status).toBe(200);
    expect(reply.json.map((u: { accountId: string }) => u.accountId)).toEqual(['acc-bob']);
    const validate = new SpecValidator(PLATFORM, { strictAdditionalProperties: true }).response('/rest/api/3/user/search', 'get');
    expect(validate(reply.json) ? '' : describeErrors(validate.errors)).toBe('');
    expect((await call(emulator, '/rest/api/3/user/search?query=gone')).json).toEqual([]);
    expect((await call(emulator, '/rest/api/3/user/search')).status).toBe(400);
  });

  it('is read by JiraClient.searchUsers as people', async () => {
    expect(await client.searchUsers('master')).toEqual([
      { accountId: 'acc-bob', displayName: 'Bob Master', avatarUrl: 'https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/acc-bob/48.png', active: true },
    ]);
  });
});

describe('GET /rest/api/3/user/bulk', () => {
  it('answers the users of the repeated accountId parameters, inactive ones too, unknown ones left out', async () => {
    const reply = await call(emulator, '/rest/api/3/user/bulk?accountId=acc-bob&accountId=acc-gone&accountId=acc-nobody&maxResults=10');
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ startAt: 0, total: 2, isLast: true });
    expect(reply.json.values.map((u: { accountId: string; active: boolean }) => [u.accountId, u.active])).toEqual([['acc-bob', true], ['acc-gone', false]]);
    const validate = new SpecValidator(PLATFORM, { strictAdditionalProperties: true }).response('/rest/api/3/user/bulk', 'get');
    expect(validate(reply.json) ? '' : describeErrors(validate.errors)).toBe('');
    expect((await call(emulator, '/rest/api/3/user/bulk')).status).toBe(400);
  });

  it('is read by JiraClient.getUsers in one request, following pages', async () => {
    client.resetRequestCount();
    const people = await client.getUsers(['acc-gone', 'acc-bob', 'acc-bob', 'acc-nobody']);
    expect(people.map((p) => [p.displayName, p.active])).toEqual([['Gone Person', false], ['Bob Master', true]]);
    expect(client.requestCount).toBe(1);
    expect(findEndpoint('GET', '/rest/api/3/user/bulk')?.scopes).toEqual(['read:jira-user']);
    expect(await client.getUsers([])).toEqual([]);
  });
});
