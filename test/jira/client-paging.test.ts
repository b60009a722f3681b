import { JiraClient } from '../../src/jira/client';
import { findEndpoint } from '../../src/jira/endpoints';
import { JiraError } from '../../src/jira/errors';
import { MAX_PAGES_PER_LISTING, type ListingCut } from '../../src/jira/paging';
import type { JiraRequest } from '../../src/jira/transport';
import { FakeTransport, example, ok, rawIssue, recordingSleep, status } from './fake-transport';

function body(req: JiraRequest): Record<string, unknown> {
  return req.body as Record<string, unknown>;
}

describe('JiraClient.searchIssues', () => {
  it('follows nextPageToken across three pages and counts the requests', async () => {
    const pages = [
      { issues: [rawIssue('1', 'A-1'), rawIssue('2', 'A-2')], nextPageToken: 't1', isLast: false },
      { issues: [rawIssue('3', 'A-3')], nextPageToken: 't2', isLast: false },
      { ...example('searchJql'), issues: [rawIssue('4', 'A-4')] },
    ];
    const transport = new FakeTransport((_req, i) => ok(pages[i]));
    const client = new JiraClient(transport);

    const issues = await client.searchIssues({ jql: 'project = A ORDER BY Rank ASC', fields: ['summary'], maxResults: 2 });

    expect(issues.map((i) => i.key)).toEqual(['A-1', 'A-2', 'A-3', 'A-4']);
    expect(transport.requests.map((r) => body(r).nextPageToken)).toEqual([undefined, 't1', 't2']);
    expect(body(transport.requests[0])).toEqual({ jql: 'project = A ORDER BY Rank ASC', fields: ['summary'], maxResults: 2 });
    expect(client.requestCount).toBe(3);
    client.resetRequestCount();
    expect(client.requestCount).toBe(0);
  });

  it('stops when a page has no token even if isLast is missing', async () => {
    const transport = new FakeTransport(() => ok({ issues: [rawIssue('1', 'A-1')] }));
    const client = new JiraClient(transport);
    expect((await client.searchIssues({ jql: 'x', fields: [] })).length).toBe(1);
    expect(client.requestCount).toBe(1);
  });

  it('stops a search whose every page brings new issues and a fresh token after 1,000 pages, keeping them, and says so', async () => {
    const transport = new FakeTransport((_req, i) => ok({ issues: [rawIssue(String(i + 1), `A-${i + 1}`)], nextPageToken: `t${i + 1}`, isLast: false }));
    const cuts: ListingCut[] = [];
    const issues = await new JiraClient(transport).searchIssues({ jql: 'x', fields: [], onCut: (cut) => cuts.push(cut) });
    expect(transport.requests).toHaveLength(MAX_PAGES_PER_LISTING);
    expect(issues).toHaveLength(1000);
    expect(cuts).toEqual([
      {
        what: 'the issues found by the search',
        endpoint: 'POST /rest/api/3/search/jql',
        pagesRead: 1000,
        message: 'Jira kept sending pages of the issues found by the search (POST /rest/api/3/search/jql). We stopped there rather than read forever, so this report uses only what the first 1,000 pages held.',
        missing: 'the issues found by the search beyond the first 1,000 pages',
      },
    ]);
  });

  it('refuses a page that repeats a token it already sent, instead of looping', async () => {
    const transport = new FakeTransport((_req, i) => ok({ issues: [rawIssue(String(i), `A-${i}`)], nextPageToken: 'same', isLast: false }));
    const client = new JiraClient(transport);
    const failure = client.searchIssues({ jql: 'x', fields: [] });
    await expect(failure).rejects.toBeInstanceOf(JiraError);
    await expect(client.searchIssues({ jql: 'x', fields: [] })).rejects.toMatchObject({ kind: 'malformed', endpoint: 'POST /rest/api/3/search/jql' });
    // first search: page 1 (sends no token) + page 2 (sends "same"), which answers "same" again.
    expect(transport.requests.slice(0, 2).map((r) => body(r).nextPageToken)).toEqual([undefined, 'same']);
  });
});

describe('JiraClient offset paging', () => {
  it('reads every board page until isLast and maps the spec example boards', async () => {
    const first = example('boards');
    first.values = first.values.map((v) => ({ ...v, location: { projectKey: 'ABC' } })) as typeof first.values;
    const transport = new FakeTransport((req) =>
      req.query?.startAt === 0 ? ok(first) : ok({ isLast: true, maxResults: 2, startAt: 2, values: [{ id: 7, name: 'third', type: 'simple' }] }),
    );
    const client = new JiraClient(transport);
    const boards = await client.getBoardsForProject('ABC');
    expect(boards).toEqual([
      { id: 84, name: 'scrum board', type: 'scrum', projectKey: 'ABC' },
      { id: 92, name: 'kanban board', type: 'kanban', projectKey: 'ABC' },
      { id: 7, name: 'third', type: 'simple', projectKey: null },
    ]);
    expect(transport.requests.map((r) => r.query)).toEqual([
      { projectKeyOrId: 'ABC', startAt: 0, maxResults: 50 },
      { projectKeyOrId: 'ABC', startAt: 2, maxResults: 50 },
    ]);
  });

  it('reads sprints of all states and treats a Kanban board as having none', async () => {
    const sprintPage = { ...example('sprints'), isLast: true };
    const scrum = new JiraClient(new FakeTransport(() => ok(sprintPage)));
    const sprints = await scrum.getSprints(5);
    expect(sprints).toEqual([
      { id: 37, name: 'sprint 1', state: 'closed', startDate: '2015-04-11T15:22:00.000+10:00', endDate: '2015-04-20T01:22:00.000+10:00', completeDate: '2015-04-20T11:04:00.000+10:00', originBoardId: 5, goal: 'sprint 1 goal' },
      { id: 72, name: 'sprint 2', state: 'future', startDate: null, endDate: null, completeDate: null, originBoardId: null, goal: 'sprint 2 goal' },
    ]);

    const kanbanTransport = new FakeTransport(() => status(400, { errorMessages: ['The board does not support sprints'], errors: {} }));
    const kanban = new JiraClient(kanbanTransport);
    expect(await kanban.getSprints(9)).toEqual([]);
    expect(kanbanTransport.requests[0].query).toEqual({ state: 'future,active,closed', startAt: 0, maxResults: 50 });
  });

  it('any other 400 on sprints is a bad-request error naming the board', async () => {
    const client = new JiraClient(new FakeTransport(() => status(400, { errorMessages: ['Something else'] })));
    await expect(client.getSprints(9)).rejects.toMatchObject({ kind: 'bad-request', status: 400 });
    await expect(client.getSprints(9)).rejects.toThrow(/sprints of board 9.*Something else/);
  });

  it('without a listener, a project list that ignores startAt fails at its second page with a plain error', async () => {
    const transport = new FakeTransport(() => ok({ ...example('projectSearch'), isLast: false, total: 1e9 }));
    const failure = await new JiraClient(transport).listProjects().catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: 'malformed', endpoint: 'GET /rest/api/3/project/search' });
    expect((failure as Error).message).toBe(
      'Jira sent a page of the projects that we had already read (GET /rest/api/3/project/search); we stopped there rather than read forever.',
    );
    expect(transport.requests.map((r) => r.query?.startAt)).toEqual([0, 2]);
  });

  it('lists projects across pages', async () => {
    const first = example('projectSearch');
    const transport = new FakeTransport((req) => (req.query?.startAt === 0 ? ok(first) : ok({ isLast: true, values: [{ id: '3', key: 'ZZ', name: 'Last' }] })));
    const projects = await new JiraClient(transport).listProjects();
    expect(projects).toEqual([
      { id: '10000', key: 'EX', name: 'Example' },
      { id: '10001', key: 'ABC', name: 'Alphabetical' },
      { id: '3', key: 'ZZ', name: 'Last' },
    ]);
    expect(transport.requests[1].query).toEqual({ action: 'browse', startAt: 2, maxResults: 50 });
  });
});

describe('JiraClient simple reads', () => {
  it('reads the board configuration example into the domain', async () => {
    const client = new JiraClient(new FakeTransport(() => ok(example('boardConfig'))));
    expect(await client.getBoardConfig(84)).toEqual({
      boardId: 84,
      estimation: { type: 'field', fieldId: 'customfield_10002', displayName: 'Story Points', source: 'board' },
      rankFieldId: 'customfield_10020',
      columns: [
        { name: 'To Do', statusIds: ['1', '4'] },
        { name: 'In progress', statusIds: ['3'] },
        { name: 'Done', statusIds: ['5'] },
      ],
      doneColumnStatusIds: ['5'],
    });
  });

  it('asks for permissions by key and answers false for permissions Jira left out', async () => {
    const transport = new FakeTransport(() => ok(example('myPermissions')));
    const result = await new JiraClient(transport).getMyPermissions('ABC', ['EDIT_ISSUES', 'ADMINISTER_PROJECTS']);
    expect(result).toEqual({ EDIT_ISSUES: true, ADMINISTER_PROJECTS: false });
    expect(transport.requests[0].query).toEqual({ projectKey: 'ABC', permissions: 'EDIT_ISSUES,ADMINISTER_PROJECTS' });
  });

  it('reads fields and statuses, and calls only listed endpoints', async () => {
    const transport = new FakeTransport((req) => ok(req.path.endsWith('/field') ? example('fields') : example('statuses')));
    const client = new JiraClient(transport);
    expect((await client.getFields()).map((f) => f.id)).toEqual(['description', 'summary']);
    expect((await client.getStatuses()).map((s) => s.id)).toEqual(['10000', '5']);
    for (const req of transport.requests) expect(findEndpoint(req.method, req.path)).toBeDefined();
  });

  it('a list endpoint answering something else is a malformed error, after two retries', async () => {
    const { sleep, waits } = recordingSleep();
    const client = new JiraClient(new FakeTransport(() => ok({ not: 'a list' })), { sleep, random: () => 0.5 });
    const failure = await client.getStatuses().catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: 'malformed', status: 200, endpoint: 'GET /rest/api/3/status' });
    expect((failure as Error).message).toBe("Could not read the list of statuses: Jira's answer to GET /rest/api/3/status was not a list, so we could not read it.");
    expect(client.requestCount).toBe(3);
    expect(waits).toEqual([1000, 2000]);
  });

  it('answers missing their list are errors, never empty lists', async () => {
    const { sleep } = recordingSleep();
    const client = (answer: unknown) => new JiraClient(new FakeTransport(() => ok(answer)), { sleep });
    const messageOf = (call: Promise<unknown>) => call.then(() => 'no error', (e: Error) => e.message);
    expect(await messageOf(client({}).getBoardsForProject('ABC'))).toBe("Could not list the boards of project ABC: Jira's answer to GET /rest/agile/1.0/board had no list of values, so we could not read it.");
    expect(await messageOf(client({ values: {} }).getSprints(5))).toBe("Could not list the sprints of board 5: Jira's answer to GET /rest/agile/1.0/board/5/sprint had no list of values, so we could not read it.");
    expect(await messageOf(client({ id: 84 }).getBoardConfig(84))).toBe("Could not read the configuration of board 84: Jira's answer to GET /rest/agile/1.0/board/84/configuration had no board columns, so we could not read it.");
    expect(await messageOf(client(null).getFields())).toBe("Could not read the list of fields: Jira's answer to GET /rest/api/3/field was not a list, so we could not read it.");
    expect(await messageOf(client({ isLast: true }).listProjects())).toBe("Could not list the projects: Jira's answer to GET /rest/api/3/project/search had no list of values, so we could not read it.");
    expect(await messageOf(client({ permissions: [] }).getMyPermissions('ABC', ['BROWSE_PROJECTS']))).toBe(
      "Could not check permissions in project ABC: Jira's answer to GET /rest/api/3/mypermissions had no permissions, so we could not read it.",
    );
    expect(await messageOf(client({ isLast: true }).searchIssues({ jql: 'x', fields: [] }))).toBe("Could not search for issues: Jira's answer to POST /rest/api/3/search/jql had no list of issues, so we could not read it.");
    expect(await messageOf(client({ issues: [], nextPageToken: 7 }).searchFirstPage({ jql: 'x', fields: [] }))).toBe(
      "Could not search for issues: Jira's answer to POST /rest/api/3/search/jql had a next-page token that is not text, so we could not read it.",
    );
    expect(await messageOf(client({ issueChangeLogs: [{ issueId: '1', changeHistories: ['x'] }] }).bulkChangelog(['1'], ['status']))).toBe(
      "Could not read the change history of issues (batch 1 of 1): Jira's answer to POST /rest/api/3/changelog/bulkfetch had an entry without an issue id or a readable list of changes, so we could not read it.",
    );
    // Lists that are there but empty are read as empty.
    expect(await client({ issues: [], isLast: true }).searchIssues({ jql: 'x', fields: [] })).toEqual([]);
    expect(await client({ issueChangeLogs: [] }).bulkChangelog(['1'], ['status'])).toEqual(new Map([['1', []]]));
  });
});

describe('JiraClient.getVisibleKeys', () => {
  it('asks Jira once per 100 keys and keeps the issues it returns under the keys asked for', async () => {
    // A-3 is hidden from the caller and GONE-9 does not exist: bulkfetch leaves both out, without an error.
    // A-5 was moved: Jira answers it as B-77, which is not the key the report names.
    const returned: Record<string, string> = { 'A-1': 'A-1', 'A-2': 'A-2', 'A-4': 'A-4', 'A-5': 'B-77' };
    for (let n = 100; n < 300; n += 1) returned[`C-${n}`] = `C-${n}`;
    const answer = (req: JiraRequest) => {
      const asked = body(req).issueIdsOrKeys as string[];
      return ok({ issues: asked.filter((k) => k in returned).map((k) => rawIssue(returned[k], returned[k])), issueErrors: [] });
    };
    const transport = new FakeTransport(answer);
    const client = new JiraClient(transport);
    const visible = await client.getVisibleKeys(['A-1', 'A-2', 'A-3', 'A-4', 'A-5', 'GONE-9', 'A-1', 'not a key']);
    expect([...visible].sort()).toEqual(['A-1', 'A-2', 'A-4']);
    expect(transport.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /rest/api/3/issue/bulkfetch']);
    expect(body(transport.requests[0])).toEqual({ issueIdsOrKeys: ['A-1', 'A-2', 'A-3', 'A-4', 'A-5', 'GONE-9'], fields: ['key'] });
    for (const req of transport.requests) expect(findEndpoint(req.method, req.path)).toBeDefined();

    // 253 keys, 53 of them hidden or gone: 3 requests (100, 100, 53), never more per hidden key.
    const many = new JiraClient(new FakeTransport(answer));
    const keys = Array.from({ length: 250 }, (_, i) => `C-${i + 100}`).concat(['A-3', 'A-6', 'A-7']);
    const seen = await many.getVisibleKeys(keys);
    expect(seen.size).toBe(200);
    expect(many.requestCount).toBe(3);
  });

  it('refuses an answer without a list of issues as malformed', async () => {
    const client = new JiraClient(new FakeTransport(() => ok({ nothing: true })));
    await expect(client.getVisibleKeys(['A-1'])).rejects.toMatchObject({ kind: 'malformed', endpoint: 'POST /rest/api/3/issue/bulkfetch' });
  });
});
