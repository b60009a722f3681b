import { JiraClient } from '../../src/jira/client';
import { findEndpoint } from '../../src/jira/endpoints';
import { NoBoardError, loadBoardData, pickBoard } from '../../src/jira/load';
import type { JiraRequest, Transport } from '../../src/jira/transport';
import { startEmulator, type Emulator } from '../../src/local/emulator';
import { createHttpTransport } from '../../src/local/http-transport';
import type { Workspace } from '../../src/local/workspace';
import { POINTS, RANK, abcIssues, issue, tinySite } from './tiny-site';

const NOW = new Date('2026-02-10T12:00:00.000Z');
const noSleep = async () => undefined;

let emulators: Emulator[] = [];
afterEach(async () => {
  await Promise.all(emulators.map((e) => e.stop()));
  emulators = [];
});

/** A client on an emulator of `workspace`; `sent` records the requests, `override` can answer instead of Jira. */
async function clientFor(workspace: Workspace, override?: (req: JiraRequest) => ReturnType<Transport['send']> | null) {
  const emulator = await startEmulator({ workspace });
  emulators.push(emulator);
  const http = createHttpTransport({ baseUrl: emulator.url, email: 'alice@example.com', apiToken: 'alice-token' });
  const sent: JiraRequest[] = [];
  const transport: Transport = { send: (req) => (sent.push(req), override?.(req) ?? http.send(req)) };
  return { client: new JiraClient(transport, { sleep: noSleep }), sent };
}

describe('pickBoard', () => {
  const board = (id: number, type: 'scrum' | 'kanban' | 'simple', projectKey: string | null) => ({ id, name: `B${id}`, type, projectKey });
  it('takes the asked-for board, else the project\'s own Scrum board, else any Scrum board, else the first', () => {
    const boards = [board(1, 'kanban', 'ABC'), board(2, 'scrum', 'XYZ'), board(3, 'scrum', 'ABC')];
    expect(pickBoard(boards, 'ABC', 1).id).toBe(1);
    expect(pickBoard(boards, 'ABC', null).id).toBe(3);
    expect(pickBoard(boards.slice(0, 2), 'ABC', undefined).id).toBe(2);
    expect(pickBoard([board(4, 'simple', null), board(5, 'kanban', 'ABC')], 'ABC', null).id).toBe(5);
    expect(() => pickBoard([], 'ABC', null)).toThrow(NoBoardError);
  });
});

describe('loadBoardData: full load', () => {
  it('reads board, settings, fields, sprints and every issue in rank order with histories', async () => {
    const { client, sent } = await clientFor(tinySite());
    const progress: number[] = [];
    const data = await loadBoardData(client, { projectKey: 'ABC', now: NOW, site: 'tiny.atlassian.net', onProgress: (p) => progress.push(p.progress) });

    expect(data.board).toEqual({ id: 1, name: 'ABC board', type: 'scrum', projectKey: 'ABC' });
    expect(data.project).toEqual({ key: 'ABC', name: 'Alpha Billing' });
    expect(data.fieldIds).toEqual({ sprint: 'customfield_10020', rank: RANK, estimate: POINTS, flagged: 'customfield_10021', acceptanceCriteria: null });
    expect(data.config.estimation).toEqual({ type: 'field', fieldId: POINTS, displayName: expect.any(String), source: 'board' });
    expect(data.config.doneColumnStatusIds).toEqual(['10001']);
    expect(data.sprints.map((s) => [s.id, s.state, s.goal])).toEqual([[1, 'closed', 'Invoices'], [2, 'active', null]]);
    expect(data.statusCategories).toEqual({ '1': 'new', '3': 'indeterminate', '10001': 'done' });
    // Ranks: ABC-3 a, ABC-2 c, ABC-5 f, ABC-1 m, ABC-4 x (the sub-task is included).
    expect(data.issues.map((i) => [i.key, i.rankIndex])).toEqual([['ABC-3', 0], ['ABC-2', 1], ['ABC-5', 2], ['ABC-1', 3], ['ABC-4', 4]]);
    expect(data.issues.find((i) => i.key === 'ABC-4')!.issueType.subtask).toBe(true);
    expect(data.issues.find((i) => i.key === 'ABC-2')!).toMatchObject({ estimate: 5, sprintIds: [1, 2], status: { category: 'indeterminate' } });
    expect(data.issues.find((i) => i.key === 'ABC-2')!.changelog.map((e) => [e.fieldId, e.to, e.at])).toEqual([['customfield_10020', '1, 2', '2026-01-20T09:00:00.000+0000']]);
    expect(data.issues.find((i) => i.key === 'ABC-3')!.changelog[0].toString).toBe('Ranked higher');
    expect(data.notes).toEqual([]);
    expect(data.partial).toBeNull();
    expect(data.fetchedAt).toBe('2026-02-10T12:00:00.000Z');
    expect(data.site).toBe('tiny.atlassian.net');

    // boards, configuration, fields, statuses, sprints, the oldest page (all 5 issues fit: nothing more to read), 1 changelog batch.
    expect(client.requestCount).toBe(7);
    expect(sent.filter((r) => r.path.endsWith('/search/jql')).map((r) => (r.body as { jql: string }).jql)).toEqual(['project = "ABC" ORDER BY created ASC']);
    // Every request is one the endpoint list (and so the manifest's scopes) covers.
    for (const req of sent) expect(findEndpoint(req.method, req.path)).toBeDefined();
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBe(1);
  });

  it('reads a project larger than one page as the oldest page, then created-date slices of the rest, each issue once', async () => {
    // The first page holds one issue only (Jira may send fewer than asked), so the rest is sliced.
    let http: Transport | null = null;
    const { client, sent } = await clientFor(tinySite(), (req) => {
      const body = req.body as { jql?: string } | undefined;
      return body?.jql?.endsWith('ORDER BY created ASC') ? http!.send({ ...req, body: { ...body, maxResults: 1 } }) : null;
    });
    http = createHttpTransport({ baseUrl: emulators[emulators.length - 1].url, email: 'alice@example.com', apiToken: 'alice-token' });
    const data = await loadBoardData(client, { projectKey: 'ABC', now: NOW });

    expect(data.issues.map((i) => i.key)).toEqual(['ABC-3', 'ABC-2', 'ABC-5', 'ABC-1', 'ABC-4']);
    // The first page spans no time (one issue), so the rest is guessed large: 4 slices. Lower bound: ABC-1's
    // creation (2026-01-01 09:00) less 14 h = 2025-12-31 19:00; to now (2026-02-10 12:00) is 977 h, a quarter 244.25 h.
    expect(sent.filter((r) => r.path.endsWith('/search/jql')).map((r) => (r.body as { jql: string }).jql)).toEqual([
      'project = "ABC" ORDER BY created ASC',
      '(project = "ABC") AND (created >= "2025-12-31 19:00" AND created < "2026-01-10 23:15") ORDER BY created ASC, key ASC',
      '(project = "ABC") AND (created >= "2026-01-10 23:15" AND created < "2026-01-21 03:30") ORDER BY created ASC, key ASC',
      '(project = "ABC") AND (created >= "2026-01-21 03:30" AND created < "2026-01-31 07:45") ORDER BY created ASC, key ASC',
      '(project = "ABC") AND (created >= "2026-01-31 07:45") ORDER BY created ASC, key ASC',
    ]);
    // ABC-1 came twice (first page and first slice); its history is asked for once.
    const asked = sent.filter((r) => r.path.endsWith('/changelog/bulkfetch')).flatMap((r) => (r.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys);
    expect(asked.sort()).toEqual(['1001', '1002', '1003', '1004', '1005']);
    // boards, configuration, fields, statuses, sprints, the first page, 4 slices, 1 changelog batch.
    expect(client.requestCount).toBe(11);
  });

  it('reads the rest unsliced, each issue once, when the first page has no readable creation times', async () => {
    let http: Transport | null = null;
    const { client, sent } = await clientFor(tinySite(), (req) => {
      const body = req.body as { jql?: string } | undefined;
      if (!body?.jql?.endsWith('ORDER BY created ASC')) return null;
      return http!.send({ ...req, body: { ...body, maxResults: 2 } }).then((res) => {
        const page = res.body as { issues: { fields: Record<string, unknown> }[] };
        for (const issue of page.issues) issue.fields.created = 'not a date';
        return res;
      });
    });
    http = createHttpTransport({ baseUrl: emulators[emulators.length - 1].url, email: 'alice@example.com', apiToken: 'alice-token' });
    const data = await loadBoardData(client, { projectKey: 'ABC', now: NOW });
    expect(sent.filter((r) => r.path.endsWith('/search/jql')).map((r) => (r.body as { jql: string }).jql)).toEqual([
      'project = "ABC" ORDER BY created ASC',
      'project = "ABC" ORDER BY created ASC, key ASC',
    ]);
    expect(data.issues.map((i) => i.key)).toEqual(['ABC-3', 'ABC-2', 'ABC-5', 'ABC-1', 'ABC-4']);
    const asked = sent.filter((r) => r.path.endsWith('/changelog/bulkfetch')).flatMap((r) => (r.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys);
    expect(asked.sort()).toEqual(['1001', '1002', '1003', '1004', '1005']);
  });

  it('a Kanban board has no sprints and is not asked for them', async () => {
    const { client, sent } = await clientFor(tinySite());
    const data = await loadBoardData(client, { projectKey: 'KAN', now: NOW });
    expect(data.board.type).toBe('kanban');
    expect(data.sprints).toEqual([]);
    expect(sent.some((r) => r.path.endsWith('/sprint'))).toBe(false);
    expect(data.issues.map((i) => i.key)).toEqual(['KAN-1']);
    // The Kanban board names no estimation field: the site's story points field is used, with a note.
    expect(data.fieldIds.estimate).toBe(POINTS);
    expect(data.notes.map((n) => n.code)).toEqual(['estimation-field-from-field-list']);
  });

  it('a project without a board gives NoBoardError, as does an unknown board id', async () => {
    const { client } = await clientFor(tinySite());
    await expect(loadBoardData(client, { projectKey: 'EMPTY', now: NOW })).rejects.toBeInstanceOf(NoBoardError);
    await expect(loadBoardData(client, { projectKey: 'ABC', boardId: 99, now: NOW })).rejects.toThrow(/Board 99 is not one of the boards of project ABC/);
  });

  it('a changelog that cannot be read gives partial data with a note, not a crash', async () => {
    const { client } = await clientFor(tinySite(), (req) => (req.path.endsWith('/bulkfetch') ? Promise.resolve({ status: 503, headers: {}, body: null }) : null));
    const data = await loadBoardData(client, { projectKey: 'ABC', now: NOW });
    expect(data.issues).toHaveLength(5);
    expect(data.issues.every((i) => i.changelog.length === 0)).toBe(true);
    expect(data.partial).toEqual({ reason: 'Some data could not be read from Jira: the change history of the issues.' });
    expect(data.notes.map((n) => n.code)).toEqual(['changelog-unavailable']);
    expect(data.notes[0].message).toMatch(/^The change history of the issues could not be read: Could not read the change history/);
  });
});

describe('loadBoardData: board settings hidden from the caller', () => {
  it('goes on with the site fields, marks the data partial, and a later refresh loads fully again', async () => {
    const forbidden = (req: JiraRequest) =>
      req.path.endsWith('/configuration') ? Promise.resolve({ status: 403, headers: {}, body: { errorMessages: ['Only board admins may see this.'], errors: {} } }) : null;
    const { client } = await clientFor(tinySite(), forbidden);
    const data = await loadBoardData(client, { projectKey: 'ABC', now: NOW });
    expect(data.config).toEqual({ boardId: 1, estimation: { type: 'field', fieldId: POINTS, displayName: 'Story point estimate', source: 'site' }, rankFieldId: RANK, columns: [], doneColumnStatusIds: [] });
    expect(data.fieldIds.rank).toBe(RANK);
    expect(data.notes.map((n) => n.code)).toEqual(['board-config-unavailable', 'rank-field-from-field-list', 'estimation-field-from-field-list']);
    expect(data.notes[0].message).toContain('Only board admins may see this.');
    expect(data.partial).toEqual({ reason: 'Some data could not be read from Jira: the settings of board "ABC board".' });
    expect(data.issues).toHaveLength(5);

    // Nothing is built on a partial load: the next refresh is a full one, board list included (7 requests).
    const again = await clientFor(tinySite());
    const full = await loadBoardData(again.client, { projectKey: 'ABC', now: NOW, previous: data });
    expect(again.client.requestCount).toBe(7);
    expect(full.partial).toBeNull();
    expect(full.config.columns).toHaveLength(3);
  });
});

describe('loadBoardData: incremental refresh', () => {
  it('an unchanged project costs 3 requests and gives the same data', async () => {
    const { client, sent } = await clientFor(tinySite());
    const first = await loadBoardData(client, { projectKey: 'ABC', now: NOW });
    client.resetRequestCount();
    sent.length = 0;
    const later = new Date('2026-02-11T08:00:00.000Z');
    const second = await loadBoardData(client, { projectKey: 'ABC', now: later, previous: first });
    expect(client.requestCount).toBe(3);
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /rest/agile/1.0/board/1/configuration', 'GET /rest/agile/1.0/board/1/sprint', 'POST /rest/api/3/search/jql']);
    // The last load's time (2026-02-10 12:00) less 14 h 5 min: Jira reads the time in the caller's time zone.
    expect((sent[2].body as { jql: string }).jql).toBe('project = "ABC" AND updated >= "2026-02-09 21:55" ORDER BY Rank ASC');
    expect({ ...second, fetchedAt: first.fetchedAt }).toEqual(first);
    expect(second.fetchedAt).toBe('2026-02-11T08:00:00.000Z');
  });

  it('does not build on a load of another project, or of another board than the one asked for: a full load, board list included', async () => {
    const { client } = await clientFor(tinySite());
    const first = await loadBoardData(client, { projectKey: 'ABC', now: NOW });
    const later = new Date('2026-02-11T08:00:00.000Z');
    const otherProject = { ...first, project: { key: 'KAN', name: 'Kanban Ops' } };
    client.resetRequestCount();
    await loadBoardData(client, { projectKey: 'ABC', now: later, previous: otherProject });
    expect(client.requestCount).toBe(7);
    // Board 2 is KAN's: asked for as ABC's board it is not among ABC's boards, after a fresh board list.
    client.resetRequestCount();
    await expect(loadBoardData(client, { projectKey: 'ABC', boardId: 2, now: later, previous: first })).rejects.toThrow('Board 2 is not one of the boards of project ABC');
    expect(client.requestCount).toBe(1);
  });

  it('keeps an issue found again in the time-zone margin as it was, without reading its history again', async () => {
    // ABC-5 was last updated 6 hours before the first load: inside the margin of the next search.
    const issues = abcIssues();
    issues[4] = issue({ id: '1005', key: 'ABC-5', rank: '0|i0000f:', created: '2026-02-09T09:00:00.000+0000', updated: '2026-02-10T06:00:00.000+0000', points: 1 });
    const { client, sent } = await clientFor(tinySite(issues));
    const first = await loadBoardData(client, { projectKey: 'ABC', now: NOW });
    client.resetRequestCount();
    sent.length = 0;
    const second = await loadBoardData(client, { projectKey: 'ABC', now: new Date('2026-02-11T08:00:00.000Z'), previous: first });
    expect(sent.map((r) => r.path)).toEqual(['/rest/agile/1.0/board/1/configuration', '/rest/agile/1.0/board/1/sprint', '/rest/api/3/search/jql']);
    expect({ ...second, fetchedAt: first.fetchedAt }).toEqual(first);
  });

  it('is a full load again a week after the last full one, which drops issues deleted since', async () => {
    const original = await clientFor(tinySite());
    const first = await loadBoardData(original.client, { projectKey: 'ABC', now: NOW });
    expect(first.fullLoadAt).toBe(first.fetchedAt);

    // ABC-5 is deleted. Six days on, the incremental refresh cannot see that (nothing it searches for changed).
    const { client, sent } = await clientFor(tinySite(abcIssues().filter((i) => i.key !== 'ABC-5')));
    const sixDays = await loadBoardData(client, { projectKey: 'ABC', now: new Date('2026-02-16T12:00:00.000Z'), previous: first });
    expect(client.requestCount).toBe(3);
    expect(sixDays.issues.map((i) => i.key)).toContain('ABC-5');
    expect(sixDays.fullLoadAt).toBe(first.fetchedAt);

    // Seven days after the full load: a full one again (boards, configuration, fields, statuses, sprints, one page, one changelog).
    client.resetRequestCount();
    sent.length = 0;
    const week = await loadBoardData(client, { projectKey: 'ABC', now: new Date('2026-02-17T12:00:00.000Z'), previous: sixDays });
    expect(client.requestCount).toBe(7);
    expect(week.issues.map((i) => i.key)).not.toContain('ABC-5');
    expect(week.fullLoadAt).toBe('2026-02-17T12:00:00.000Z');

    // Data stored before fullLoadAt existed is not built on either.
    client.resetRequestCount();
    const { fullLoadAt: _dropped, ...older } = week;
    await loadBoardData(client, { projectKey: 'ABC', now: new Date('2026-02-17T13:00:00.000Z'), previous: older });
    expect(client.requestCount).toBe(7);
  });

  it('merges changed and new issues, re-reads only their histories, and keeps rank order', async () => {
    const original = await clientFor(tinySite());
    const first = await loadBoardData(original.client, { projectKey: 'ABC', now: NOW });

    // Next day: ABC-1 re-ranked to the top and reopened; ABC-6 created near the bottom.
    const issues = abcIssues();
    issues[0] = issue({ id: '1001', key: 'ABC-1', rank: '0|i00001:', created: '2026-01-01T09:00:00.000+0000', updated: '2026-02-10T18:00:00.000+0000', status: 'doing', points: 3, sprints: [1] });
    issues.push(issue({ id: '1006', key: 'ABC-6', rank: '0|i0000p:', created: '2026-02-10T17:00:00.000+0000' }));
    const { client, sent } = await clientFor(tinySite(issues));
    const second = await loadBoardData(client, { projectKey: 'ABC', now: new Date('2026-02-11T08:00:00.000Z'), previous: first });

    expect(second.issues.map((i) => [i.key, i.rankIndex])).toEqual([['ABC-1', 0], ['ABC-3', 1], ['ABC-2', 2], ['ABC-5', 3], ['ABC-6', 4], ['ABC-4', 5]]);
    expect(second.issues[0].status.category).toBe('indeterminate');
    // Unchanged issues keep their histories from the first load.
    expect(second.issues.find((i) => i.key === 'ABC-2')!.changelog).toEqual(first.issues.find((i) => i.key === 'ABC-2')!.changelog);
    const bulk = sent.filter((r) => r.path.endsWith('/bulkfetch'));
    expect(bulk.map((r) => (r.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys)).toEqual([['1001', '1006']]);
    expect(client.requestCount).toBe(4);
    expect(second.partial).toBeNull();
  });

  it('a changed estimation field makes it a full load again', async () => {
    const { client } = await clientFor(tinySite());
    const first = await loadBoardData(client, { projectKey: 'ABC', now: NOW });
    const site = tinySite();
    site.boards[0].estimationFieldId = null; // the board now estimates by issue count
    const other = await clientFor(site);
    const second = await loadBoardData(other.client, { projectKey: 'ABC', now: NOW, previous: first });
    expect(second.fieldIds.estimate).toBeNull();
    expect(second.issues.every((i) => i.estimate === null)).toBe(true);
    // A full load, except that the board is already known: no board list.
    expect(other.client.requestCount).toBe(6);
  });
});
