import type { Emulator } from '../../src/local/emulator';
import { POINTS_FIELD, RANK_FIELD, SPRINT_FIELD } from './fixture';
import { call, start } from './helpers';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.stop());

const bulk = (body: unknown, as: 'alice' | 'bob' = 'alice') => call(emulator, '/rest/api/3/changelog/bulkfetch', { body, as });

/** [issueId, historyId] pairs in the order the page lists them. */
function pairs(json: { issueChangeLogs: { issueId: string; changeHistories: { id: string }[] }[] }): [string, string][] {
  return json.issueChangeLogs.flatMap((log) => log.changeHistories.map((h) => [log.issueId, h.id] as [string, string]));
}

describe('POST /rest/api/3/changelog/bulkfetch', () => {
  test('all histories of the issues, oldest first, same instant ordered by issue id, grouped per issue', async () => {
    const reply = await bulk({ issueIdsOrKeys: ['SCR-2', '10001', 'KAN-1'] });
    expect(reply.status).toBe(200);
    // Order by time: 1100 (01-04), 100 & 200 (both 01-08 10:00; issue 10001 before 10002), 101 (01-15), 201, 202, 203.
    expect(reply.json.issueChangeLogs.map((l: { issueId: string }) => l.issueId)).toEqual(['10101', '10001', '10002']);
    expect(pairs(reply.json)).toEqual([
      ['10101', '1100'],
      ['10001', '100'],
      ['10001', '101'],
      ['10002', '200'],
      ['10002', '201'],
      ['10002', '202'],
      ['10002', '203'],
    ]);
    expect(reply.json).not.toHaveProperty('nextPageToken');
  });

  test('pages by histories; the token carries on where the page ended', async () => {
    const body = { issueIdsOrKeys: ['SCR-1', 'SCR-2', 'KAN-1'], maxResults: 3 };
    const first = await bulk(body);
    // Sorted: 1100, 100, 200, 101, 201, 202, 203.
    expect(pairs(first.json)).toEqual([
      ['10101', '1100'],
      ['10001', '100'],
      ['10002', '200'],
    ]);
    expect(typeof first.json.nextPageToken).toBe('string');
    const second = await bulk({ ...body, nextPageToken: first.json.nextPageToken });
    expect(pairs(second.json)).toEqual([
      ['10001', '101'],
      ['10002', '201'],
      ['10002', '202'],
    ]);
    const third = await bulk({ ...body, nextPageToken: second.json.nextPageToken });
    expect(pairs(third.json)).toEqual([['10002', '203']]);
    expect(third.json).not.toHaveProperty('nextPageToken');
  });

  test('fieldIds keeps only those items and drops histories left empty', async () => {
    const reply = await bulk({ issueIdsOrKeys: ['SCR-1', 'SCR-2', 'SCR-3', 'SCR-5'], fieldIds: [SPRINT_FIELD, 'status'] });
    expect(pairs(reply.json)).toEqual([
      ['10001', '100'],
      ['10001', '101'],
      ['10002', '200'],
      ['10002', '201'],
      ['10002', '203'],
      ['10005', '500'],
    ]);
    const done = reply.json.issueChangeLogs[0].changeHistories[1];
    // History 101 changed status and resolution: only the status item is kept.
    expect(done.items).toEqual([{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: '3', fromString: 'In Progress', to: '10001', toString: 'Done' }]);
    const ranks = await bulk({ issueIdsOrKeys: ['SCR-1', 'SCR-2', 'SCR-3', 'SCR-5'], fieldIds: [RANK_FIELD, POINTS_FIELD] });
    expect(pairs(ranks.json)).toEqual([
      ['10003', '300'],
      ['10002', '202'],
      ['10005', '501'],
    ]);
  });

  test('history shape: author with accountId, created as Jira sends it; automation has no author', async () => {
    const reply = await bulk({ issueIdsOrKeys: ['SCR-2'], maxResults: 2 });
    const [first, second] = reply.json.issueChangeLogs[0].changeHistories;
    expect(first.author).toMatchObject({ accountId: 'acc-alice', displayName: 'Alice Owner', active: true });
    expect(first.created).toBe('2024-01-08T10:00:00.000+0000');
    expect(second).not.toHaveProperty('author');
    expect(second.items[0]).toMatchObject({ fieldId: SPRINT_FIELD, from: '11', to: '11, 12' });
  });

  test('issues the caller cannot browse, unknown issues and repeats are left out', async () => {
    const reply = await bulk({ issueIdsOrKeys: ['KAN-1', 'SCR-3', 'SCR-3', 'NOPE-1', '99999'] }, 'bob');
    expect(pairs(reply.json)).toEqual([['10003', '300']]);
  });

  test.each([
    ['no issues', { issueIdsOrKeys: [] }],
    ['missing issueIdsOrKeys', { fieldIds: ['status'] }],
    ['1001 issues', { issueIdsOrKeys: Array.from({ length: 1001 }, (_, i) => `SCR-${i + 1}`) }],
    ['11 field ids', { issueIdsOrKeys: ['SCR-1'], fieldIds: Array.from({ length: 11 }, (_, i) => `customfield_${i}`) }],
    ['repeated field ids', { issueIdsOrKeys: ['SCR-1'], fieldIds: ['status', 'status'] }],
    ['maxResults 0', { issueIdsOrKeys: ['SCR-1'], maxResults: 0 }],
    ['maxResults 10001', { issueIdsOrKeys: ['SCR-1'], maxResults: 10001 }],
    ['a foreign token', { issueIdsOrKeys: ['SCR-1'], nextPageToken: 'abc' }],
  ])('%s answers 400', async (_name, body) => {
    const reply = await bulk(body);
    expect(reply.status).toBe(400);
    expect(reply.json.errorMessages).toHaveLength(1);
  });

  test('1000 issues and 10 field ids are accepted', async () => {
    const reply = await bulk({ issueIdsOrKeys: Array.from({ length: 1000 }, (_, i) => `SCR-${i + 1}`), fieldIds: ['status', ...Array.from({ length: 9 }, (_, i) => `customfield_${i}`)], maxResults: 10000 });
    expect(reply.status).toBe(200);
    expect(pairs(reply.json)).toEqual([
      ['10001', '100'],
      ['10001', '101'],
      ['10002', '203'],
    ]);
  });
});
