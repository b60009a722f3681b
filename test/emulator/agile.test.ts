import type { Emulator } from '../../src/local/emulator';
import type { WsBoard, Workspace } from '../../src/local/workspace';
import { makeFixture } from './fixture';
import { call, start } from './helpers';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await start();
});
afterAll(() => emulator.stop());

describe('GET /rest/agile/1.0/board', () => {
  test('boards of a project, by key or id, with location', async () => {
    const reply = await call(emulator, '/rest/agile/1.0/board?projectKeyOrId=SCR');
    expect(reply.json).toEqual({
      isLast: true,
      maxResults: 50,
      startAt: 0,
      total: 1,
      values: [
        {
          id: 1,
          self: `${emulator.url}/rest/agile/1.0/board/1`,
          name: 'SCR board',
          type: 'scrum',
          location: { projectId: 10000, projectKey: 'SCR', projectName: 'Scrum Team', displayName: 'Scrum Team (SCR)', name: 'Scrum Team (SCR)', projectTypeKey: 'software' },
        },
      ],
    });
    const byId = await call(emulator, '/rest/agile/1.0/board?projectKeyOrId=10001');
    expect(byId.json.values.map((b: { id: number }) => b.id)).toEqual([2]);
  });

  test('type filter and permission filtering', async () => {
    expect((await call(emulator, '/rest/agile/1.0/board?type=kanban')).json.values.map((b: { id: number }) => b.id)).toEqual([2]);
    expect((await call(emulator, '/rest/agile/1.0/board')).json.total).toBe(2);
    expect((await call(emulator, '/rest/agile/1.0/board', { as: 'bob' })).json.values.map((b: { id: number }) => b.id)).toEqual([1]);
    const hidden = await call(emulator, '/rest/agile/1.0/board?projectKeyOrId=KAN', { as: 'bob' });
    expect(hidden.status).toBe(400);
  });

  test('pages of at most 50', async () => {
    const ws: Workspace = makeFixture();
    const extra: WsBoard[] = Array.from({ length: 120 }, (_, i) => ({ id: 100 + i, name: `Board ${i}`, type: 'kanban', projectKey: 'KAN', estimationFieldId: 'none', rankFieldId: 'customfield_10019', columns: [] }));
    ws.boards.push(...extra);
    const many = await start({ workspace: ws });
    try {
      const first = await call(many, '/rest/agile/1.0/board?projectKeyOrId=KAN&maxResults=500');
      expect(first.json).toMatchObject({ isLast: false, maxResults: 50, startAt: 0, total: 121 });
      expect(first.json.values[0].id).toBe(2);
      expect(first.json.values).toHaveLength(50);
      const last = await call(many, '/rest/agile/1.0/board?projectKeyOrId=KAN&startAt=100&maxResults=50');
      expect(last.json).toMatchObject({ isLast: true, startAt: 100, total: 121 });
      expect(last.json.values.map((b: { id: number }) => b.id)).toEqual(Array.from({ length: 21 }, (_, i) => 199 + i));
      expect((await call(many, '/rest/agile/1.0/board?startAt=-1')).status).toBe(400);
    } finally {
      await many.stop();
    }
  });
});

describe('GET /rest/agile/1.0/board/{id}/configuration', () => {
  test('scrum board: columns with statuses, story point field, rank field number', async () => {
    const reply = await call(emulator, '/rest/agile/1.0/board/1/configuration');
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({
      id: 1,
      name: 'SCR board',
      type: 'scrum',
      location: { type: 'project', projectKeyOrId: 'SCR' },
      estimation: { type: 'field', field: { fieldId: 'customfield_10016', displayName: 'Story point estimate' } },
      ranking: { rankCustomFieldId: 10019 },
    });
    expect(reply.json.columnConfig.columns).toEqual([
      { name: 'To Do', statuses: [{ id: '1', self: `${emulator.url}/rest/api/3/status/1` }] },
      { name: 'In Progress', statuses: [{ id: '3', self: `${emulator.url}/rest/api/3/status/3` }] },
      { name: 'Done', statuses: [{ id: '10001', self: `${emulator.url}/rest/api/3/status/10001` }] },
    ]);
  });

  test('kanban board: no estimation, a sub-query, an empty column kept', async () => {
    const reply = await call(emulator, '/rest/agile/1.0/board/2/configuration');
    expect(reply.json).not.toHaveProperty('estimation');
    expect(reply.json.subQuery.query).toEqual(expect.any(String));
    expect(reply.json.columnConfig.columns.map((c: { statuses: unknown[] }) => c.statuses.length)).toEqual([0, 2, 1]);
  });

  test('a scrum board estimating by issue count says so', async () => {
    const ws = makeFixture();
    ws.boards[0].estimationFieldId = null;
    const other = await start({ workspace: ws });
    try {
      expect((await call(other, '/rest/agile/1.0/board/1/configuration')).json.estimation).toEqual({ type: 'issueCount' });
    } finally {
      await other.stop();
    }
  });

  test('unknown or hidden board answers 404', async () => {
    expect((await call(emulator, '/rest/agile/1.0/board/99/configuration')).status).toBe(404);
    expect((await call(emulator, '/rest/agile/1.0/board/abc/configuration')).status).toBe(404);
    const hidden = await call(emulator, '/rest/agile/1.0/board/2/configuration', { as: 'bob' });
    expect(hidden.status).toBe(404);
    expect(hidden.json.errors).toEqual({});
  });
});

describe('GET /rest/agile/1.0/board/{id}/sprint', () => {
  test('sprints ordered closed, active, future, with Jira sprint fields', async () => {
    const reply = await call(emulator, '/rest/agile/1.0/board/1/sprint?state=future,active,closed');
    expect(reply.json).toMatchObject({ isLast: true, maxResults: 50, startAt: 0, total: 3 });
    expect(reply.json.values.map((s: { id: number; state: string }) => [s.id, s.state])).toEqual([
      [11, 'closed'],
      [12, 'active'],
      [13, 'future'],
    ]);
    expect(reply.json.values[0]).toEqual({
      id: 11,
      self: `${emulator.url}/rest/agile/1.0/sprint/11`,
      state: 'closed',
      name: 'SCR Sprint 1',
      startDate: '2024-01-08T09:00:00.000Z',
      endDate: '2024-01-22T09:00:00.000Z',
      completeDate: '2024-01-22T08:30:00.000Z',
      createdDate: '2024-01-05T09:00:00.000Z',
      originBoardId: 1,
      goal: 'Checkout works',
    });
    expect(reply.json.values[2]).not.toHaveProperty('startDate');
  });

  test('state filter, paging and a bad state', async () => {
    expect((await call(emulator, '/rest/agile/1.0/board/1/sprint?state=closed')).json.values.map((s: { id: number }) => s.id)).toEqual([11]);
    const page = await call(emulator, '/rest/agile/1.0/board/1/sprint?startAt=1&maxResults=1');
    expect(page.json).toMatchObject({ isLast: false, startAt: 1, maxResults: 1, total: 3 });
    expect(page.json.values.map((s: { id: number }) => s.id)).toEqual([12]);
    expect((await call(emulator, '/rest/agile/1.0/board/1/sprint?state=open')).status).toBe(400);
  });

  test('maxResults=0 gives the default page, so a client that pages on isLast cannot loop', async () => {
    const zero = await call(emulator, '/rest/agile/1.0/board/1/sprint?startAt=1&maxResults=0');
    expect(zero.json).toMatchObject({ isLast: true, startAt: 1, maxResults: 50, total: 3 });
    expect(zero.json.values.map((s: { id: number }) => s.id)).toEqual([12, 13]);
    const boards = await call(emulator, '/rest/agile/1.0/board?maxResults=0');
    expect(boards.json).toMatchObject({ isLast: true, startAt: 0, maxResults: 50, total: 2 });
    expect(boards.json.values.map((b: { id: number }) => b.id)).toEqual([1, 2]);
  });

  test('a kanban board answers 400 in Jira\'s error shape', async () => {
    const reply = await call(emulator, '/rest/agile/1.0/board/2/sprint');
    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({ errorMessages: ['The board does not support sprints'], errors: {} });
  });
});
