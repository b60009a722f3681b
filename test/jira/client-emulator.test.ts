/** Client reads that the load tests do not cover, against the emulator. */
import { JiraClient } from '../../src/jira/client';
import { startEmulator, type Emulator } from '../../src/local/emulator';
import { createHttpTransport } from '../../src/local/http-transport';
import { tinySite } from './tiny-site';

let emulator: Emulator;
let client: JiraClient;
beforeAll(async () => {
  const site = tinySite();
  site.users.push({ accountId: 'acc-bob', displayName: 'Bob', active: true, emailAddress: 'bob@example.com', apiToken: 'bob-token' });
  site.permissions = { 'acc-bob': { browse: ['ABC'], administer: [] }, 'acc-alice': { browse: ['ABC', 'KAN', 'EMPTY'], administer: ['ABC'] } };
  emulator = await startEmulator({ workspace: site });
  client = new JiraClient(createHttpTransport({ baseUrl: emulator.url, email: 'bob@example.com', apiToken: 'bob-token' }));
});
afterAll(async () => emulator.stop());

it('lists only the projects the caller may browse', async () => {
  expect(await client.listProjects()).toEqual([{ id: '100', key: 'ABC', name: 'Alpha Billing' }]);
});

it('checks browse and administer permissions', async () => {
  expect(await client.getMyPermissions('ABC', ['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS'])).toEqual({ BROWSE_PROJECTS: true, ADMINISTER_PROJECTS: false });
});

it('keeps only the issue keys the caller may see', async () => {
  const visible = await client.getVisibleKeys(['ABC-1', 'KAN-1', 'ABC-4', 'ABC-404']);
  expect([...visible].sort()).toEqual(['ABC-1', 'ABC-4']);
});

it('reads when an issue last changed, as Jira tells the caller, and nothing of an issue the caller may not see', async () => {
  expect(await client.getIssueUpdated('ABC-1')).toEqual({ updated: '2026-01-01T09:00:00.000+0000' });
  expect(await client.getIssueUpdated('abc-1')).toEqual({ updated: '2026-01-01T09:00:00.000+0000' });
  expect(await client.getIssueUpdated('KAN-1')).toBeNull();
  expect(await client.getIssueUpdated('ABC-404')).toBeNull();
});

it('gives a typed auth error for a wrong token', async () => {
  const wrong = new JiraClient(createHttpTransport({ baseUrl: emulator.url, email: 'bob@example.com', apiToken: 'nope' }));
  await expect(wrong.getStatuses()).rejects.toMatchObject({ kind: 'auth', status: 401 });
});
