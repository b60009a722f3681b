/**
 * 2xx answers we cannot read, end to end (emulator -> HTTP transport -> client -> loader ->
 * report): cut short, not JSON, or without the list they should carry. None of them may read as
 * "no issues", "no history" or "no permission": each is asked for three times (two retries, 1 s
 * then 2 s), then the load is partial with the reason in the report, or fails with the plain
 * error a caller shows. An answer that is unreadable only once is read on the second try.
 */
import type { Report } from '../../src/domain/report';
import type { JiraRequest } from '../../src/jira/transport';
import { answer, comparable, connect, expectSameReport, isPath, noteCodes, reportOf, run, stopAll, type Outcome } from './harness';
import { NOW, RANK, change, history, issueOf, makeSite } from './site';

afterEach(stopAll);

let baseline: Report;
beforeAll(async () => {
  baseline = reportOf(await run());
  await stopAll();
});

const tries = (outcome: { requests: JiraRequest[] }, ending: string) => outcome.requests.filter((r) => isPath(r, ending)).length;

/** The outcome of a load that must have failed, with the error's kind and message. */
function failure(outcome: Outcome): { kind: unknown; message: string } {
  expect(outcome.report).toBeNull();
  const error = outcome.error as Error & { kind?: unknown };
  return { kind: error.kind, message: error.message };
}

/** A fetch whose answers to URLs ending in `ending` are a 200 with the JSON cut off halfway, the first `times` times. */
function cuttingFetch(ending: string, times = Infinity): typeof fetch {
  let cut = 0;
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!new URL(String(input)).pathname.endsWith(ending) || cut >= times) return response;
    cut += 1;
    const text = await response.text();
    return new Response(text.slice(0, Math.floor(text.length / 2)), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

describe('truncated or malformed JSON', () => {
  it('the 11th answer (the change history) cut in half once: read again after 1 s, and the report is complete', async () => {
    const outcome = await run(undefined, { faults: { malformedEveryN: 11 } });
    expect(outcome.faults.malformed).toBe(1);
    expect(outcome.requests).toHaveLength(12);
    expect(outcome.sleeps).toEqual([1000]);
    expectSameReport(outcome, baseline);
  });

  it('the change history cut in half every time: three tries, then partial, with the reason and a note', async () => {
    const outcome = await run(undefined, { fetchImpl: cuttingFetch('/changelog/bulkfetch') });
    expect(outcome.requests.filter((r) => isPath(r, '/bulkfetch'))).toHaveLength(3);
    expect(outcome.sleeps).toEqual([1000, 2000]);
    const report = reportOf(outcome);
    expect(report.partial).toEqual({ reason: 'Some data could not be read from Jira: the change history of the issues.' });
    expect(report.dataQuality.map((n) => n.message)).toEqual([
      'The change history of the issues could not be read: Could not read the change history of issues (batch 1 of 1): Jira answered with something we could not read (POST /rest/api/3/changelog/bulkfetch). Jira answered POST /rest/api/3/changelog/bulkfetch with something that is not valid JSON (HTTP 200).',
    ]);
  });

  it('the 7th answer (an issue search slice) cut in half once: read again, and the report is complete', async () => {
    const outcome = await run(undefined, { faults: { malformedEveryN: 7 } });
    expect(outcome.faults.malformed).toBe(1);
    expect(outcome.sleeps).toEqual([1000]);
    expectSameReport(outcome, baseline);
  });

  it('every issue search answer cut in half: three tries, then a plain "could not read" error, no report', async () => {
    const outcome = await run(undefined, { fetchImpl: cuttingFetch('/search/jql') });
    expect(outcome.report).toBeNull();
    expect(outcome.error).toMatchObject({ kind: 'malformed' });
    expect(outcome.error!.message).toBe('Could not search for issues: Jira answered with something we could not read (POST /rest/api/3/search/jql). Jira answered POST /rest/api/3/search/jql with something that is not valid JSON (HTTP 200).');
    expect(outcome.requests.filter((r) => isPath(r, '/search/jql'))).toHaveLength(3);
  });

  it('an empty 200 answer to the issue search: asked three times, then a plain error, no report', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/search/jql') ? answer(200, null) : null) });
    expect(outcome.error).toMatchObject({ kind: 'malformed', status: 200 });
    expect(outcome.error!.message).toBe("Could not search for issues: Jira's answer to POST /rest/api/3/search/jql was empty or not an object, so we could not read it.");
    expect(outcome.requests.filter((r) => isPath(r, '/search/jql'))).toHaveLength(3);
  });

  it('a sprint list without its "values": asked three times, then partial, sprints not shown, the reason given', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/sprint') ? answer(200, { maxResults: 50, startAt: 0, isLast: true }) : null) });
    const report = reportOf(outcome);
    expect(outcome.requests.filter((r) => isPath(r, '/sprint'))).toHaveLength(3);
    expect(report.partial).toEqual({ reason: 'Some data could not be read from Jira: the sprints of board 1.' });
    expect(report.dataQuality[0].message).toBe(
      "The sprints of board 1 could not be read: Could not list the sprints of board 1: Jira's answer to GET /rest/agile/1.0/board/1/sprint had no list of values, so we could not read it.",
    );
    expect(report.sprints).toBeNull();
  });
});

describe('issue search (POST /rest/api/3/search/jql)', () => {
  it('an answer of {} is not "no issues": three tries, then the load fails saying the list was missing', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/search/jql') ? answer(200, {}) : null) });
    expect(failure(outcome)).toEqual({ kind: 'malformed', message: "Could not search for issues: Jira's answer to POST /rest/api/3/search/jql had no list of issues, so we could not read it." });
    expect(tries(outcome, '/search/jql')).toBe(3);
    expect(outcome.sleeps).toEqual([1000, 2000]);
  });

  it('issues given as text instead of a list in a later slice: the load fails the same way', async () => {
    const outcome = await run(undefined, {
      override: (req) => (/ORDER BY created ASC, key ASC/.test(String((req.body as { jql?: string } | undefined)?.jql)) ? answer(200, { issues: 'none', isLast: true }) : null),
    });
    expect(failure(outcome)).toEqual({ kind: 'malformed', message: "Could not search for issues: Jira's answer to POST /rest/api/3/search/jql had no list of issues, so we could not read it." });
    // The oldest page was read as usual; the failing slice was asked three times.
    expect(outcome.requests.filter((r) => /ORDER BY created ASC$/.test(String((r.body as { jql?: string } | undefined)?.jql)))).toHaveLength(1);
  });

  it('a page saying more pages follow but giving no token would end the search early: the load fails instead', async () => {
    const outcome = await run(undefined, {
      override: (req, _attempt, forward) => (isPath(req, '/search/jql') ? forward().then((res) => ({ ...res, body: { ...(res.body as object), isLast: false, nextPageToken: undefined } })) : null),
    });
    expect(failure(outcome)).toEqual({ kind: 'malformed', message: "Could not search for issues: Jira's answer to POST /rest/api/3/search/jql said more pages follow but gave no next-page token, so we could not read it." });
  });

  it('an issue without an id in the list: the page is refused rather than the issue silently dropped', async () => {
    const outcome = await run(undefined, {
      override: (req, _attempt, forward) => (isPath(req, '/search/jql') ? forward().then((res) => ({ ...res, body: { ...(res.body as object), issues: [{ key: 'ABC-9', fields: {} }] } })) : null),
    });
    expect(failure(outcome)).toEqual({ kind: 'malformed', message: "Could not search for issues: Jira's answer to POST /rest/api/3/search/jql had an issue without an id or a key, so we could not read it." });
  });

  it('the list missing from the first answer only: read on the second try, and the report is complete', async () => {
    const outcome = await run(undefined, { override: (req, attempt) => (isPath(req, '/search/jql') && attempt === 1 ? answer(200, {}) : null) });
    const report = reportOf(outcome);
    expect(report.partial).toBeNull();
    expect(comparable(report)).toEqual(comparable(baseline));
  });

  it('during an incremental refresh too: the refresh fails instead of finding "no changed issues"', async () => {
    const previous = (await run()).data!;
    const site = makeSite();
    issueOf(site, 'ABC-5').changelog.push(history('5300', '2026-02-10T15:00:00.000+0000', [change(RANK, '', '', '', 'Ranked lower', 'Rank')]));
    const outcome = await run(site, { previous, now: new Date(NOW.getTime() + 86_400_000), override: (req) => (isPath(req, '/search/jql') ? answer(200, {}) : null) });
    expect(failure(outcome)).toEqual({ kind: 'malformed', message: "Could not search for issues: Jira's answer to POST /rest/api/3/search/jql had no list of issues, so we could not read it." });
  });
});

describe('change history (POST /rest/api/3/changelog/bulkfetch)', () => {
  it('an answer without issueChangeLogs is not "no history": partial, the reason and a note, the issues kept', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/bulkfetch') ? answer(200, { nextPageToken: null }) : null) });
    expect(tries(outcome, '/bulkfetch')).toBe(3);
    const report = reportOf(outcome);
    expect(report.partial).toEqual({ reason: 'Some data could not be read from Jira: the change history of the issues.' });
    expect(report.dataQuality.map((n) => [n.code, n.message])).toEqual([
      [
        'changelog-unavailable',
        "The change history of the issues could not be read: Could not read the change history of issues (batch 1 of 1): Jira's answer to POST /rest/api/3/changelog/bulkfetch had no list of change histories, so we could not read it.",
      ],
    ]);
    expect(report.backlog!.size).toBe(baseline.backlog!.size);
  });

  it('an entry without its list of changes: partial with the reason, not an issue that never changed', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/bulkfetch') ? answer(200, { issueChangeLogs: [{ issueId: '1001' }] }) : null) });
    const report = reportOf(outcome);
    expect(report.partial).toEqual({ reason: 'Some data could not be read from Jira: the change history of the issues.' });
    expect(report.dataQuality[0].message).toBe(
      "The change history of the issues could not be read: Could not read the change history of issues (batch 1 of 1): Jira's answer to POST /rest/api/3/changelog/bulkfetch had an entry without an issue id or a readable list of changes, so we could not read it.",
    );
  });

  it('the list missing once: read on the second try, and the report is complete', async () => {
    const outcome = await run(undefined, { override: (req, attempt) => (isPath(req, '/bulkfetch') && attempt === 1 ? answer(200, {}) : null) });
    expect(outcome.sleeps).toEqual([1000]);
    expect(comparable(reportOf(outcome))).toEqual(comparable(baseline));
  });
});

describe('site lists: fields and statuses', () => {
  it('the field list answered with an object: three tries, then the load fails naming the field list', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/rest/api/3/field') ? answer(200, { values: [] }) : null) });
    expect(failure(outcome)).toEqual({ kind: 'malformed', message: "Could not read the list of fields: Jira's answer to GET /rest/api/3/field was not a list, so we could not read it." });
    expect(tries(outcome, '/rest/api/3/field')).toBe(3);
  });

  it('the status list answered with an empty body: the load fails naming the status list', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/rest/api/3/status') ? answer(200, null) : null) });
    expect(failure(outcome)).toEqual({ kind: 'malformed', message: "Could not read the list of statuses: Jira's answer to GET /rest/api/3/status was not a list, so we could not read it." });
  });
});

describe('boards and sprints (agile)', () => {
  it('the board list without its values is not "no board": the load fails saying so', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/rest/agile/1.0/board') ? answer(200, { isLast: true }) : null) });
    expect(failure(outcome)).toEqual({ kind: 'malformed', message: "Could not list the boards of project ABC: Jira's answer to GET /rest/agile/1.0/board had no list of values, so we could not read it." });
    expect(tries(outcome, '/rest/agile/1.0/board')).toBe(3);
  });

  it('a board configuration of {}: partial, going on with the site fields, and the note says the columns were missing', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/configuration') ? answer(200, {}) : null) });
    const report = reportOf(outcome);
    expect(report.partial).toEqual({ reason: 'Some data could not be read from Jira: the settings of board "ABC board".' });
    expect(noteCodes(report)).toEqual(['board-config-unavailable', 'rank-field-from-field-list', 'estimation-field-from-field-list']);
    expect(report.dataQuality[0].message).toBe(
      'The settings of board "ABC board" could not be read: Could not read the configuration of board 1: Jira\'s answer to GET /rest/agile/1.0/board/1/configuration had no board columns, so we could not read it.',
    );
  });

  it('sprint values given as text: partial, sprints not shown, the reason given', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/sprint') ? answer(200, { values: 'none', isLast: true }) : null) });
    const report = reportOf(outcome);
    expect(report.partial).toEqual({ reason: 'Some data could not be read from Jira: the sprints of board 1.' });
    expect(report.dataQuality[0].message).toBe(
      "The sprints of board 1 could not be read: Could not list the sprints of board 1: Jira's answer to GET /rest/agile/1.0/board/1/sprint had no list of values, so we could not read it.",
    );
    expect(report.sprints).toBeNull();
  });
});

describe('calls of the pages: projects and permissions', () => {
  it('the project list without its values is not "no projects": a plain error after three tries', async () => {
    const { client, requests } = await connect(undefined, { override: (req) => (isPath(req, '/project/search') ? answer(200, { isLast: true }) : null) });
    const error = await client.listProjects().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'JiraError', kind: 'malformed', status: 200, endpoint: 'GET /rest/api/3/project/search' });
    expect((error as Error).message).toBe("Could not list the projects: Jira's answer to GET /rest/api/3/project/search had no list of values, so we could not read it.");
    expect(requests).toHaveLength(3);
  });

  it('a permissions answer without its permissions is not "not allowed": a plain error', async () => {
    const { client, requests } = await connect(undefined, { override: (req) => (isPath(req, '/mypermissions') ? answer(200, {}) : null) });
    const error = await client.getMyPermissions('ABC', ['BROWSE_PROJECTS']).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'malformed', endpoint: 'GET /rest/api/3/mypermissions' });
    expect((error as Error).message).toBe("Could not check permissions in project ABC: Jira's answer to GET /rest/api/3/mypermissions had no permissions, so we could not read it.");
    expect(requests).toHaveLength(3);
  });

  it('the same calls read normally when the answers are whole', async () => {
    const { client } = await connect();
    expect((await client.listProjects()).map((p) => p.key)).toEqual(['ABC', 'EMP', 'NOB', 'OTH']);
    expect(await client.getMyPermissions('ABC', ['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS'])).toEqual({ BROWSE_PROJECTS: true, ADMINISTER_PROJECTS: false });
  });
});
