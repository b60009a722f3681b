import type { Emulator } from '../../src/local/emulator';
import type { Workspace } from '../../src/local/workspace';
import { makeFixture } from './fixture';
import { call, searchKeys, start } from './helpers';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.stop());

const search = (jql: string, as: 'alice' | 'bob' | 'dave' = 'alice') => searchKeys(emulator, jql, as);

describe('JQL evaluation (alice browses SCR and KAN)', () => {
  test.each([
    ['project = SCR', ['SCR-1', 'SCR-2', 'SCR-3', 'SCR-4', 'SCR-5', 'SCR-6']],
    ['project = scr ORDER BY Rank', ['SCR-1', 'SCR-3', 'SCR-2', 'SCR-5', 'SCR-4', 'SCR-6']],
    ['project = SCR ORDER BY Rank DESC', ['SCR-6', 'SCR-4', 'SCR-5', 'SCR-2', 'SCR-3', 'SCR-1']],
    ['project = 10001', ['KAN-1', 'KAN-2', 'KAN-3']],
    ['project in (SCR, KAN) AND issuetype = Bug ORDER BY key', ['KAN-2', 'SCR-2', 'SCR-6']],
    ['project = SCR AND status != Done', ['SCR-2', 'SCR-3', 'SCR-4', 'SCR-5']],
    ['project = SCR AND status not in ("To Do", "In Progress")', ['SCR-1', 'SCR-6']],
    ['status = 3', ['SCR-2', 'KAN-1']],
    ['sprint = 11', ['SCR-1', 'SCR-2']],
    ['sprint in (12, 13)', ['SCR-2', 'SCR-3', 'SCR-5']],
    ['sprint = "SCR Sprint 2"', ['SCR-2', 'SCR-3']],
    ['project = SCR AND sprint is EMPTY', ['SCR-4', 'SCR-6']],
    ['project = SCR AND sprint != 11', ['SCR-3', 'SCR-5']],
    ['sprint in openSprints()', ['SCR-2', 'SCR-3', 'SCR-5']],
    ['sprint in closedSprints()', ['SCR-1', 'SCR-2']],
    ['sprint in futureSprints()', ['SCR-5']],
    ['statusCategory = Done', ['SCR-1', 'SCR-6', 'KAN-2']],
    ['statusCategory = "In Progress"', ['SCR-2', 'KAN-1']],
    ['statusCategory = new', ['SCR-3', 'SCR-4', 'SCR-5', 'KAN-3']],
    ['statusCategory in (indeterminate, done) AND project = KAN', ['KAN-1', 'KAN-2']],
    ['statusCategory != "To Do" AND project = KAN', ['KAN-1', 'KAN-2']],
    ['created >= "2024-02-01"', ['SCR-4', 'SCR-5', 'SCR-6', 'KAN-3']],
    ['created <= "2024-01-05"', ['SCR-1', 'KAN-1']],
    ['created < "2024-01-05 12:30"', ['SCR-1', 'KAN-1']],
    ['created <= "2024-01-05 12:30"', ['SCR-1', 'SCR-2', 'KAN-1']],
    ['created > "2024/02/10 09:00"', ['SCR-6', 'KAN-3']],
    ['created >= 2024-02-10 09:00', ['SCR-5', 'SCR-6', 'KAN-3']],
    ['created >= 2024-02-10', ['SCR-5', 'SCR-6', 'KAN-3']],
    ['updated >= "2024-02-01" AND project = SCR', ['SCR-2', 'SCR-4', 'SCR-5', 'SCR-6']],
    ['project = KAN OR project = SCR AND issuetype = Bug', ['SCR-2', 'SCR-6', 'KAN-1', 'KAN-2', 'KAN-3']],
    ['(project = KAN OR project = SCR) AND issuetype = Bug', ['SCR-2', 'SCR-6', 'KAN-2']],
    ['project = SCR AND NOT issuetype = Story', ['SCR-2', 'SCR-4', 'SCR-6']],
    ['key = SCR-3', ['SCR-3']],
    ['issuekey in (SCR-1, KAN-2)', ['SCR-1', 'KAN-2']],
    ['type = Task', ['SCR-4', 'KAN-1', 'KAN-3']],
    ['project = SCR ORDER BY created DESC', ['SCR-6', 'SCR-5', 'SCR-4', 'SCR-3', 'SCR-2', 'SCR-1']],
    ['updated >= "2024-02-16" ORDER BY updated DESC, key DESC', ['SCR-6', 'KAN-3']],
    ['updated >= "2024-02-16" ORDER BY updated DESC, key ASC', ['KAN-3', 'SCR-6']],
    // The shape of the client's partitioned searches.
    ['(project = "SCR") AND (created >= "2024-01-05 12:30" AND created < "2024-02-10 09:00") ORDER BY Rank ASC', ['SCR-3', 'SCR-2', 'SCR-4']],
    ['statusCategory = 2 AND project = KAN', ['KAN-3']],
    // Relative dates count back from the clock; the fixture lies in 2024, long before it.
    ['created <= -1d AND project = KAN', ['KAN-1', 'KAN-2', 'KAN-3']],
    ['created >= -1w', []],
    ['project = SCR AND sprint in (11) AND status = "In Progress"', ['SCR-2']],
  ])('%s', async (jql, expected) => {
    expect(await search(jql)).toEqual(expected);
  });
});

describe('permission filtering', () => {
  test('bob (SCR only) does not see KAN issues', async () => {
    expect(await search('issuetype = Bug', 'bob')).toEqual(['SCR-2', 'SCR-6']);
  });

  test('naming a project the caller cannot browse is a 400, as for a project that does not exist', async () => {
    for (const jql of ['project = KAN', 'project = NOPE']) {
      const reply = await call(emulator, '/rest/api/3/search/jql', { body: { jql }, as: 'bob' });
      expect(reply.status).toBe(400);
      expect(reply.json.errorMessages[0]).toMatch(/does not exist for the field 'project'/);
    }
  });

  test('dave has no permission entry and so browses every project', async () => {
    expect(await search('issuetype = Bug', 'dave')).toEqual(['SCR-2', 'SCR-6', 'KAN-2']);
  });
});

describe('refusals', () => {
  test.each([
    ['ORDER BY Rank', /Unbounded JQL/],
    ['', /Unbounded JQL/],
    ['labels = x', /the field 'labels' does not exist/],
    ['status = Nope', /The value 'Nope' does not exist for the field 'status'/],
    ['sprint = 99', /The value '99' does not exist for the field 'sprint'/],
    ['key = SCR-99', /An issue with key 'SCR-99' does not exist/],
    ['created >= "2024-13-01"', /The date '2024-13-01' for the field 'created' is not valid/],
  ])('%s answers 400', async (jql, message) => {
    const reply = await call(emulator, '/rest/api/3/search/jql', { body: { jql } });
    expect(reply.status).toBe(400);
    expect(reply.json.errors).toEqual({});
    expect(reply.json.errorMessages[0]).toMatch(message);
  });
});

describe('paging and fields', () => {
  test('token paging: isLast false with a token, then isLast true and no token', async () => {
    const first = await call(emulator, '/rest/api/3/search/jql', { body: { jql: 'project = SCR ORDER BY Rank', maxResults: 4 } });
    expect(first.status).toBe(200);
    expect(first.json.issues.map((i: { id: string }) => i.id)).toEqual(['10001', '10003', '10002', '10005']);
    expect(first.json.isLast).toBe(false);
    expect(typeof first.json.nextPageToken).toBe('string');
    expect(first.json).not.toHaveProperty('total');
    expect(first.json).not.toHaveProperty('startAt');
    const second = await call(emulator, '/rest/api/3/search/jql', { body: { jql: 'project = SCR ORDER BY Rank', maxResults: 4, nextPageToken: first.json.nextPageToken } });
    expect(second.json.issues.map((i: { id: string }) => i.id)).toEqual(['10004', '10006']);
    expect(second.json.isLast).toBe(true);
    expect(second.json).not.toHaveProperty('nextPageToken');
  });

  test('a token from one query is refused by another', async () => {
    const first = await call(emulator, '/rest/api/3/search/jql', { body: { jql: 'project = SCR', maxResults: 1 } });
    const other = await call(emulator, '/rest/api/3/search/jql', { body: { jql: 'project = KAN', nextPageToken: first.json.nextPageToken } });
    expect(other.status).toBe(400);
    const garbled = await call(emulator, '/rest/api/3/search/jql', { body: { jql: 'project = SCR', nextPageToken: 'not-a-token' } });
    expect(garbled.status).toBe(400);
  });

  test('default fields: id only, so the issue carries id, key, self and empty fields', async () => {
    const reply = await call(emulator, '/rest/api/3/search/jql', { body: { jql: 'key = SCR-1' } });
    expect(reply.json.issues).toEqual([{ id: '10001', key: 'SCR-1', self: `${emulator.url}/rest/api/3/issue/10001`, fields: {} }]);
  });

  test('only the requested fields come back; a known field the issue lacks is null; -field excludes', async () => {
    const reply = await call(emulator, '/rest/api/3/search/jql', { body: { jql: 'key = KAN-1', fields: ['summary', 'customfield_10016', 'nosuchfield'] } });
    expect(reply.json.issues[0].fields).toEqual({ summary: 'Summary of KAN-1', customfield_10016: null });
    const all = await call(emulator, '/rest/api/3/search/jql', { body: { jql: 'key = KAN-1', fields: ['*all', '-summary', '-customfield_10019'] } });
    expect(Object.keys(all.json.issues[0].fields).sort()).toEqual(['created', 'issuetype', 'status', 'updated']);
  });

  test('exclusions alone give every other field (the spec: "-description" is all navigable fields but description)', async () => {
    const fieldsOf = async (fields: string[]) => Object.keys((await call(emulator, '/rest/api/3/search/jql', { body: { jql: 'key = KAN-1', fields } })).json.issues[0].fields).sort();
    expect(await fieldsOf(['-summary'])).toEqual(['created', 'customfield_10019', 'issuetype', 'status', 'updated']);
    expect(await fieldsOf(['-description'])).toEqual(['created', 'customfield_10019', 'issuetype', 'status', 'summary', 'updated']);
    // With a field named, an exclusion only removes: the list is what it names.
    expect(await fieldsOf(['status', '-summary'])).toEqual(['status']);
    const get = await call(emulator, `/rest/api/3/search/jql?jql=${encodeURIComponent('key = KAN-1')}&fields=-summary,-customfield_10019`);
    expect(Object.keys(get.json.issues[0].fields).sort()).toEqual(['created', 'issuetype', 'status', 'updated']);
  });

  test('GET takes the same parameters, fields as a comma list', async () => {
    const reply = await call(emulator, `/rest/api/3/search/jql?jql=${encodeURIComponent('project = KAN ORDER BY key DESC')}&fields=summary,status&maxResults=2`);
    expect(reply.status).toBe(200);
    expect(reply.json.issues.map((i: { key: string }) => i.key)).toEqual(['KAN-3', 'KAN-2']);
    expect(Object.keys(reply.json.issues[0].fields)).toEqual(['summary', 'status']);
    const next = await call(emulator, `/rest/api/3/search/jql?jql=${encodeURIComponent('project = KAN ORDER BY key DESC')}&fields=summary,status&nextPageToken=${reply.json.nextPageToken}`);
    expect(next.json.issues.map((i: { key: string }) => i.key)).toEqual(['KAN-1']);
    expect(next.json.isLast).toBe(true);
  });

  test('bad bodies and parameters answer 400', async () => {
    expect((await call(emulator, '/rest/api/3/search/jql', { body: { jql: 'project = SCR', maxResults: 0 } })).status).toBe(400);
    expect((await call(emulator, '/rest/api/3/search/jql', { body: { jql: 'project = SCR', fields: 'summary' } })).status).toBe(400);
    expect((await call(emulator, '/rest/api/3/search/jql', { body: [1] })).status).toBe(400);
    expect((await call(emulator, '/rest/api/3/search/jql?jql=project%3DSCR&maxResults=ten')).status).toBe(400);
    const notJson = await fetch(`${emulator.url}/rest/api/3/search/jql`, { method: 'POST', headers: { Authorization: (await import('./helpers')).authFor('alice'), 'Content-Type': 'application/json' }, body: '{"jql":' });
    expect(notJson.status).toBe(400);
  });
});

describe('page size caps', () => {
  let big: Emulator;
  beforeAll(async () => {
    const ws: Workspace = makeFixture();
    // 6000 extra KAN issues: enough to reach both caps.
    for (let n = 4; n < 6004; n += 1) {
      ws.issues.push({ id: String(20000 + n), key: `KAN-${n}`, projectKey: 'KAN', rank: `1|${String(n).padStart(6, '0')}`, changelog: [], fields: { summary: `Issue ${n}`, created: '2024-04-01T00:00:00.000+0000' } });
    }
    big = await start({ workspace: ws });
  });
  afterAll(() => big.stop());

  test('5000 per page when only id/key are requested, 100 otherwise; 50 by default', async () => {
    const jql = 'project = KAN';
    const idOnly = await call(big, '/rest/api/3/search/jql', { body: { jql, fields: ['id', 'key'], maxResults: 9999 } });
    expect(idOnly.json.issues).toHaveLength(5000);
    const withFields = await call(big, '/rest/api/3/search/jql', { body: { jql, fields: ['summary'], maxResults: 9999 } });
    expect(withFields.json.issues).toHaveLength(100);
    const byDefault = await call(big, '/rest/api/3/search/jql', { body: { jql } });
    expect(byDefault.json.issues).toHaveLength(50);
    const rest = await call(big, '/rest/api/3/search/jql', { body: { jql, fields: ['id', 'key'], maxResults: 9999, nextPageToken: idOnly.json.nextPageToken } });
    expect(rest.json.issues).toHaveLength(1003);
    expect(rest.json.isLast).toBe(true);
  });
});
