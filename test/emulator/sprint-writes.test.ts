/**
 * The emulator's sprint endpoints on the fixture (fixture.ts): reading a sprint, and the writes the
 * demo and the tests make (start, close, update, move issues, transitions), with the histories they
 * write and the Forge events they send. Sprint 12 is active (SCR-2 in progress, SCR-3 to do), sprint
 * 13 future (SCR-5); Alice administers SCR, Bob only browses it.
 */
import type { Emulator, ProductEvent } from '../../src/local/emulator';
import { call, start } from './helpers';

const CLOSE_AT = Date.parse('2024-02-05T10:00:00.000Z');
const clock = { ms: CLOSE_AT };

let emulator: Emulator;
let events: ProductEvent[];
beforeEach(async () => {
  clock.ms = CLOSE_AT;
  emulator = await start({ clock: () => clock.ms });
  events = [];
  emulator.onEvent((event) => void events.push(event));
});
afterEach(() => emulator.stop());

const sprintHistory = async (key: string) => {
  const reply = await call(emulator, `/rest/api/3/issue/${key}/changelog`);
  return reply.json.values.filter((h: { items: { field: string }[] }) => h.items[0].field === 'Sprint').map((h: { created: string; items: { from: string; to: string }[] }) => [h.created, h.items[0].from, h.items[0].to]);
};
const keysIn = async (sprintId: number) => (await call(emulator, '/rest/api/3/search/jql', { body: { jql: `sprint = ${sprintId} ORDER BY key`, fields: ['status'] } })).json.issues.map((i: { key: string }) => i.key);

describe('GET /rest/agile/1.0/sprint/{sprintId}', () => {
  test('a sprint of a board the caller may see', async () => {
    const reply = await call(emulator, '/rest/agile/1.0/sprint/12', { as: 'bob' });
    expect(reply.json).toEqual({
      id: 12, self: `${emulator.url}/rest/agile/1.0/sprint/12`, state: 'active', name: 'SCR Sprint 2',
      startDate: '2024-01-22T09:00:00.000Z', endDate: '2024-02-05T09:00:00.000Z', createdDate: '2024-01-19T09:00:00.000Z', originBoardId: 1, goal: '',
    });
    expect((await call(emulator, '/rest/agile/1.0/sprint/999')).status).toBe(404);
  });
});

describe('closing and starting a sprint', () => {
  test('closes the active sprint now, carrying its unfinished issues to the next, and sends the closed event', async () => {
    const reply = await call(emulator, '/rest/agile/1.0/sprint/12', { body: { state: 'closed', incompleteIssuesDestinationId: 13 } });
    expect(reply.json).toMatchObject({ state: 'closed', completeDate: '2024-02-05T10:00:00.000+0000' });
    // Closed sprints stay in the Sprint field of the issues carried on.
    expect(await sprintHistory('SCR-3')).toEqual([['2024-02-05T10:00:00.000+0000', '12', '12, 13']]);
    expect((await sprintHistory('SCR-2')).pop()).toEqual(['2024-02-05T10:00:00.000+0000', '11, 12', '11, 12, 13']);
    expect(await keysIn(13)).toEqual(['SCR-2', 'SCR-3', 'SCR-5']);
    await emulator.delivered();
    expect(events).toEqual([
      {
        eventType: 'avi:jira-software:closed:sprint',
        sprint: {
          id: '12', originBoardId: '1', name: 'SCR Sprint 2', state: 'closed', createDate: '2024-01-19T09:00:00.000Z',
          startDate: '2024-01-22T09:00:00.000Z', endDate: '2024-02-05T09:00:00.000Z', completeDate: '2024-02-05T10:00:00.000+0000',
        },
        atlassianId: 'acc-alice',
      },
    ]);
  });

  test('leaves unfinished issues in the backlog when no destination is named', async () => {
    await call(emulator, '/rest/agile/1.0/sprint/12', { body: { state: 'closed' } });
    expect(await sprintHistory('SCR-3')).toEqual([]);
    expect(await keysIn(13)).toEqual(['SCR-5']);
  });

  test('starts a future sprint with both dates, and refuses one without', async () => {
    expect((await call(emulator, '/rest/agile/1.0/sprint/13', { body: { state: 'active' } })).status).toBe(400);
    const reply = await call(emulator, '/rest/agile/1.0/sprint/13', { body: { state: 'active', startDate: '2024-02-05T10:00:00.000Z', endDate: '2024-02-19T10:00:00.000Z' } });
    expect(reply.json).toMatchObject({ state: 'active', startDate: '2024-02-05T10:00:00.000Z' });
    await emulator.delivered();
    expect(events.map((e) => [e.eventType, (e.sprint as { state: string }).state])).toEqual([['avi:jira-software:started:sprint', 'active']]);
  });

  test('sends the fields an update changed, as they were', async () => {
    await call(emulator, '/rest/agile/1.0/sprint/12', { body: { goal: 'Ship checkout', endDate: '2024-02-07T09:00:00.000Z', name: 'SCR Sprint 2' } });
    await emulator.delivered();
    expect(events).toEqual([expect.objectContaining({ eventType: 'avi:jira-software:updated:sprint', oldValue: { goal: '', endDate: '2024-02-05T09:00:00.000Z' } })]);
    expect((events[0].sprint as { goal: string }).goal).toBe('Ship checkout');
  });

  test('refuses what Jira refuses: another change of state, or someone who may not manage the sprints', async () => {
    expect((await call(emulator, '/rest/agile/1.0/sprint/11', { body: { state: 'active' } })).status).toBe(400);
    expect((await call(emulator, '/rest/agile/1.0/sprint/12', { body: { state: 'closed' }, as: 'bob' })).status).toBe(403);
    await emulator.delivered();
    expect(events).toEqual([]);
  });
});

describe('moving issues', () => {
  test('into a sprint, and back to the backlog, closed sprints staying listed', async () => {
    clock.ms = Date.parse('2024-02-20T10:00:00.000Z'); // after SCR-5's last change
    expect((await call(emulator, '/rest/agile/1.0/sprint/12/issue', { body: { issues: ['SCR-4', 'SCR-5'] } })).status).toBe(204);
    expect(await keysIn(12)).toEqual(['SCR-2', 'SCR-3', 'SCR-4', 'SCR-5']);
    // SCR-5 leaves the future sprint 13 for 12: an issue is in one open sprint at a time.
    expect((await sprintHistory('SCR-5')).pop()).toEqual(['2024-02-20T10:00:00.000+0000', '13', '12']);
    expect((await call(emulator, '/rest/agile/1.0/backlog/issue', { body: { issues: ['SCR-2'] } })).status).toBe(204);
    expect((await sprintHistory('SCR-2')).pop()).toEqual(['2024-02-20T10:00:00.000+0000', '11, 12', '11']);
    expect((await call(emulator, '/rest/agile/1.0/sprint/11/issue', { body: { issues: ['SCR-4'] } })).status).toBe(400);
  });

  test('to another status: the status and the resolution in its history', async () => {
    expect((await call(emulator, '/rest/api/3/issue/SCR-3/transitions', { body: { transition: { id: '10001' } } })).status).toBe(204);
    const history = (await call(emulator, '/rest/api/3/issue/SCR-3/changelog')).json.values.pop();
    expect(history.items.map((i: { fieldId: string; from: string | null; to: string | null }) => [i.fieldId, i.from, i.to])).toEqual([['resolution', null, '10000'], ['status', '1', '10001']]);
    const found = await call(emulator, '/rest/api/3/search/jql', { body: { jql: 'key = SCR-3', fields: ['status', 'resolutiondate'] } });
    expect(found.json.issues[0].fields).toMatchObject({ status: { name: 'Done' }, resolutiondate: '2024-02-05T10:00:00.000+0000' });
  });
});
