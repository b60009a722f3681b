/** Client reads that the load tests do not cover, against the emulator. */
import { VisibleKeysCache } from '../../src/forge/access';
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

it('tells which of some projects the caller may browse, and how many they may browse in all', async () => {
  expect(await client.browsableProjectsAmong(['KAN', 'ABC', 'GONE'])).toEqual([{ id: '100', key: 'ABC', name: 'Alpha Billing' }]);
  expect(await client.browsableProjectsAmong([])).toEqual([]);
  expect(await client.countBrowsableProjects()).toBe(1);
});

it('asks about at most 50 project keys a request', async () => {
  emulator.resetStats();
  const keys = Array.from({ length: 120 }, (_, i) => `K${i}`);
  expect(await client.browsableProjectsAmong([...keys, 'ABC'])).toEqual([{ id: '100', key: 'ABC', name: 'Alpha Billing' }]);
  expect(emulator.stats().log.map((entry) => new URL(entry.url, 'http://x').searchParams.getAll('keys').length)).toEqual([50, 50, 21]);
});

it('checks browse and administer permissions', async () => {
  expect(await client.getMyPermissions('ABC', ['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS'])).toEqual({ BROWSE_PROJECTS: true, ADMINISTER_PROJECTS: false });
});

it('keeps only the issue keys the caller may see', async () => {
  const visible = await client.getVisibleKeys(['ABC-1', 'KAN-1', 'ABC-4', 'ABC-404']);
  expect([...visible].sort()).toEqual(['ABC-1', 'ABC-4']);
});

// Which keys the caller may see, as the resolvers check them (src/forge/access.ts): key by key (100 a
// request), or, when many keys of the report's project are asked about, with one search of the keys
// of the project the caller may see (5000 a request). Both give the same answer.
describe('VisibleKeysCache', () => {
  // ABC-1 to ABC-5 exist; ABC-404 does not; KAN-1 is in a project Bob may not browse.
  const ASKED = ['ABC-1', 'ABC-4', 'ABC-404', 'abc-5', 'KAN-1', 'ABC-1'];

  async function visibleWith(projectSearchFrom: number) {
    emulator.resetStats();
    const visible = await new VisibleKeysCache(client, projectSearchFrom).visible(ASKED, 'ABC');
    return { visible: [...visible].sort(), requests: emulator.stats().byEndpoint };
  }

  it('with few keys, asks about them key by key', async () => {
    expect(await visibleWith(1000)).toEqual({ visible: ['ABC-1', 'ABC-4', 'abc-5'], requests: { 'POST /rest/api/3/issue/bulkfetch': 1 } });
  });

  it("with many keys of the project, reads the project's keys the viewer may see once, and asks about the others key by key, with the same answer", async () => {
    // 4 distinct keys of ABC (ABC-1, ABC-4, ABC-404, abc-5) are more than 3.
    expect(await visibleWith(3)).toEqual({ visible: ['ABC-1', 'ABC-4', 'abc-5'], requests: { 'POST /rest/api/3/search/jql': 1, 'POST /rest/api/3/issue/bulkfetch': 1 } });
  });

  it("reads the keys of the project's issues the viewer may see; of a project they may not browse, Jira refuses the search, as it would for one that does not exist", async () => {
    expect([...(await client.getVisibleProjectKeys('ABC'))].sort()).toEqual(['ABC-1', 'ABC-2', 'ABC-3', 'ABC-4', 'ABC-5']);
    // The resolvers ask only about the project in context, once the gate has let the viewer browse it (access.ts).
    await expect(client.getVisibleProjectKeys('KAN')).rejects.toMatchObject({ status: 400 });
  });
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
