import type { Emulator } from '../../src/local/emulator';
import { makeFixture } from './fixture';
import { call, start } from './helpers';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.stop());

test('GET /rest/api/3/field lists the fields with their schemas', async () => {
  const reply = await call(emulator, '/rest/api/3/field');
  expect(reply.json).toHaveLength(9);
  expect(reply.json.find((f: { id: string }) => f.id === 'customfield_10020')).toMatchObject({
    id: 'customfield_10020',
    name: 'Sprint',
    custom: true,
    schema: { type: 'array', items: 'json', custom: 'com.pyxis.greenhopper.jira:gh-sprint', customId: 10020 },
  });
});

test('GET /rest/api/3/status lists the statuses with their categories', async () => {
  const reply = await call(emulator, '/rest/api/3/status');
  expect(reply.json.map((s: { id: string; name: string; statusCategory: { key: string } }) => [s.id, s.name, s.statusCategory.key])).toEqual([
    ['1', 'To Do', 'new'],
    ['3', 'In Progress', 'indeterminate'],
    ['10001', 'Done', 'done'],
  ]);
});

describe('GET /rest/api/3/project/search', () => {
  test('only browsable projects, sorted by key', async () => {
    const alice = await call(emulator, '/rest/api/3/project/search');
    expect(alice.json).toMatchObject({ startAt: 0, maxResults: 50, total: 2, isLast: true });
    expect(alice.json.values.map((p: { key: string }) => p.key)).toEqual(['KAN', 'SCR']);
    expect(alice.json.values[1]).toMatchObject({ id: '10000', key: 'SCR', name: 'Scrum Team', self: `${emulator.url}/rest/api/3/project/10000` });
    const bob = await call(emulator, '/rest/api/3/project/search', { as: 'bob' });
    expect(bob.json.values.map((p: { key: string }) => p.key)).toEqual(['SCR']);
  });

  test('maxResults=0 gives the default page size, not an empty page that is not the last', async () => {
    const zero = await call(emulator, '/rest/api/3/project/search?maxResults=0');
    expect(zero.json).toMatchObject({ startAt: 0, maxResults: 50, total: 2, isLast: true });
    expect(zero.json.values.map((p: { key: string }) => p.key)).toEqual(['KAN', 'SCR']);
  });

  test('paging with nextPage, and the keys and query filters', async () => {
    const ws = makeFixture();
    for (let i = 0; i < 150; i += 1) ws.projects.push({ id: String(20000 + i), key: `P${String(i).padStart(3, '0')}`, name: `Project ${i}` });
    const many = await start({ workspace: ws });
    try {
      const first = await call(many, '/rest/api/3/project/search?maxResults=500', { as: 'dave' });
      expect(first.json).toMatchObject({ startAt: 0, maxResults: 100, total: 152, isLast: false });
      expect(first.json.nextPage).toBe(`${many.url}/rest/api/3/project/search?startAt=100&maxResults=100`);
      const last = await call(many, '/rest/api/3/project/search?startAt=100&maxResults=100', { as: 'dave' });
      expect(last.json.values).toHaveLength(52);
      expect(last.json.isLast).toBe(true);
      expect(last.json).not.toHaveProperty('nextPage');
      const keys = await call(many, '/rest/api/3/project/search?keys=SCR,P001', { as: 'dave' });
      expect(keys.json.values.map((p: { key: string }) => p.key)).toEqual(['P001', 'SCR']);
      const query = await call(many, '/rest/api/3/project/search?query=kanban', { as: 'dave' });
      expect(query.json.values.map((p: { key: string }) => p.key)).toEqual(['KAN']);
    } finally {
      await many.stop();
    }
  });
});

describe('GET /rest/api/3/mypermissions', () => {
  const perms = (query: string, as: 'alice' | 'bob' | 'dave' = 'alice') => call(emulator, `/rest/api/3/mypermissions?${query}`, { as });

  test('per project', async () => {
    const reply = await perms('projectKey=SCR&permissions=BROWSE_PROJECTS,ADMINISTER_PROJECTS');
    expect(reply.json.permissions.BROWSE_PROJECTS).toMatchObject({ key: 'BROWSE_PROJECTS', type: 'PROJECT', havePermission: true });
    expect(reply.json.permissions.ADMINISTER_PROJECTS.havePermission).toBe(true);
    const kan = await perms('projectKey=KAN&permissions=BROWSE_PROJECTS,ADMINISTER_PROJECTS');
    expect([kan.json.permissions.BROWSE_PROJECTS.havePermission, kan.json.permissions.ADMINISTER_PROJECTS.havePermission]).toEqual([true, false]);
    const bob = await perms('projectId=10001&permissions=BROWSE_PROJECTS', 'bob');
    expect(bob.json.permissions.BROWSE_PROJECTS.havePermission).toBe(false);
  });

  test('without a project: held when held in any project', async () => {
    const bob = await perms('permissions=BROWSE_PROJECTS,ADMINISTER_PROJECTS,ADMINISTER', 'bob');
    expect(bob.json.permissions.BROWSE_PROJECTS.havePermission).toBe(true);
    expect(bob.json.permissions.ADMINISTER_PROJECTS.havePermission).toBe(false);
    expect(bob.json.permissions.ADMINISTER).toMatchObject({ type: 'GLOBAL', havePermission: false });
    const dave = await perms('permissions=ADMINISTER_PROJECTS', 'dave');
    expect(dave.json.permissions.ADMINISTER_PROJECTS.havePermission).toBe(false);
  });

  test('errors: no permissions (400), unknown key (400), unknown project (404)', async () => {
    expect((await perms('projectKey=SCR')).status).toBe(400);
    expect((await perms('permissions=FLY')).status).toBe(400);
    const missing = await perms('projectKey=NOPE&permissions=BROWSE_PROJECTS');
    expect(missing.status).toBe(404);
    expect(missing.json.errorMessages).toHaveLength(1);
  });
});

test('GET /rest/api/3/myself answers the caller', async () => {
  const reply = await call(emulator, '/rest/api/3/myself', { as: 'bob' });
  expect(reply.json).toMatchObject({ accountId: 'acc-bob', displayName: 'Bob Master', emailAddress: 'bob@example.com', active: true, accountType: 'atlassian' });
});

test('anything else answers 404 in Jira\'s error shape', async () => {
  for (const [method, path] of [
    ['GET', '/rest/api/3/issue/SCR-1'],
    ['GET', '/rest/api/2/search'],
    ['POST', '/rest/api/3/field'],
    ['GET', '/rest/api/3/changelog/bulkfetch'],
  ]) {
    const reply = await call(emulator, path, { method, body: method === 'POST' ? {} : undefined });
    expect(reply.status).toBe(404);
    expect(reply.json).toEqual({ errorMessages: [expect.any(String)], errors: {} });
  }
});

test('odd paths answer 404 and the server carries on', async () => {
  expect((await call(emulator, '/rest/agile/1.0/board/%E0%A4%A/configuration')).status).toBe(404);
  expect((await call(emulator, '//evil.example/rest/api/3/myself')).status).toBe(404);
  expect((await call(emulator, '/rest/api/3/myself?x=%%')).status).toBe(200);
});
