/**
 * Which issue keys a viewer may see, checked as the viewer: key by key (100 a request), or, when
 * many keys of the report's project are asked about, with one search of the keys of the project the
 * viewer may see (5000 a request). Both give the same answer.
 */
import { VisibleKeysCache } from '../../src/forge/access';
import { JiraClient } from '../../src/jira/client';
import { startEmulator, type Emulator } from '../../src/local/emulator';
import { createHttpTransport } from '../../src/local/http-transport';
import { tinySite } from '../jira/tiny-site';

let emulator: Emulator;
let bob: JiraClient;
beforeAll(async () => {
  const site = tinySite();
  site.users.push({ accountId: 'acc-bob', displayName: 'Bob', active: true, emailAddress: 'bob@example.com', apiToken: 'bob-token' });
  // Bob may browse ABC only: KAN's issues are hidden from him.
  site.permissions = { 'acc-bob': { browse: ['ABC'], administer: [] }, 'acc-alice': { browse: ['ABC', 'KAN', 'EMPTY'], administer: ['ABC'] } };
  emulator = await startEmulator({ workspace: site });
  bob = new JiraClient(createHttpTransport({ baseUrl: emulator.url, email: 'bob@example.com', apiToken: 'bob-token' }));
});
afterAll(async () => emulator.stop());

// ABC-1 to ABC-5 exist; ABC-404 does not; KAN-1 is in a project Bob may not browse.
const ASKED = ['ABC-1', 'ABC-4', 'ABC-404', 'abc-5', 'KAN-1', 'ABC-1'];

async function visibleWith(projectSearchFrom: number) {
  emulator.resetStats();
  const visible = await new VisibleKeysCache(bob, projectSearchFrom).visible(ASKED, 'ABC');
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
  expect([...(await bob.getVisibleProjectKeys('ABC'))].sort()).toEqual(['ABC-1', 'ABC-2', 'ABC-3', 'ABC-4', 'ABC-5']);
  // The resolvers ask only about the project in context, once the gate has let the viewer browse it (access.ts).
  await expect(bob.getVisibleProjectKeys('KAN')).rejects.toMatchObject({ status: 400 });
});
