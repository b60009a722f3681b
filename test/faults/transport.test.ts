/**
 * Network faults, end to end: emulator -> HTTP transport -> client (sleep recorded, never waits)
 * -> loader -> report. Each case ends complete (same report as without the fault), partial with
 * the reason in the report, or with the one error the caller shows, and the message is checked.
 * Answers cut short or without their list: malformed-answers.test.ts.
 *
 * A clean full load of the fault site is 11 requests: boards, configuration, fields, statuses,
 * sprints, the oldest page (one issue, see harness.ts), 4 created-date slices, 1 changelog batch.
 */
import type { Report } from '../../src/domain/report';
import { isTextPieces, type JiraRequest, type JiraResponse, type TextPieces } from '../../src/jira/transport';
import { answer, expectSameReport, isPath, noteCodes, reportOf, run, stopAll, type Outcome } from './harness';

afterEach(stopAll);

let baseline: Report;
beforeAll(async () => {
  const clean = await run();
  expect(clean.requests).toHaveLength(11);
  baseline = reportOf(clean);
  await stopAll();
});

const expectSameAsBaseline = (outcome: Outcome) => expectSameReport(outcome, baseline);

/** A fetch that never answers requests whose URL contains `part` (until the transport gives up) for the first `times` calls. */
function hangingFetch(part: string, times = Infinity): typeof fetch {
  let hung = 0;
  return (input, init) => {
    if (String(input).includes(part) && hung < times) {
      hung += 1;
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    // The others are answered without the timeout's signal: on a busy machine a real answer may take
    // longer than the test's short timeout, and only the hung requests are what these tests time out.
    return fetch(input, { ...init, signal: undefined });
  };
}

const isSlice = (req: JiraRequest) => isPath(req, '/search/jql') && /ORDER BY created ASC, key ASC/.test(String((req.body as { jql?: string })?.jql));

describe('429 Too Many Requests', () => {
  it('every third request answers 429 with Retry-After 2: the limiter pauses exactly 2 s, the retry waits 2 s plus jitter, and the report is complete', async () => {
    const outcome = await run(undefined, { faults: { rateLimitEveryN: 3, retryAfterSeconds: 2 } });
    // n requests in all, floor(n / 3) of them 429: n = 11 + floor(n / 3) gives n = 16, five 429s.
    expect(outcome.requests).toHaveLength(16);
    expect(outcome.faults.rateLimited).toBe(5);
    // Each 429 pauses the shared limiter for the 2 s asked, then waits 2 s + 2 s × 0.2 × 0.5 (random 0.5) before its own retry.
    expect(outcome.sleeps).toEqual(Array(5).fill([2000, 2200]).flat());
    expectSameAsBaseline(outcome);
  });

  it('429 without Retry-After: exponential backoff from 1 s (jitter 1.0), and the report is complete', async () => {
    const outcome = await run(undefined, { faults: { rateLimitEveryN: 3, retryAfterSeconds: null } });
    expect(outcome.faults.rateLimited).toBe(5);
    expect(outcome.sleeps).toHaveLength(5);
    // First retries wait 1 s; a request refused twice in a row waits 2 s the second time.
    for (const ms of outcome.sleeps) expect([1000, 2000, 4000]).toContain(ms);
    expectSameAsBaseline(outcome);
  });

  it('a burst of three 429s on every first request is ridden out: complete', async () => {
    let calls = 0;
    const outcome = await run(undefined, { override: () => (++calls <= 3 ? answer(429, { errorMessages: ['Rate limit exceeded.'] }, { 'retry-after': '1' }) : null) });
    expect(outcome.requests).toHaveLength(14);
    expectSameAsBaseline(outcome);
  });

  it('a 429 burst longer than the five attempts on the board list ends with a plain "slow down" error', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/board') ? answer(429, null, { 'retry-after': '1' }) : null) });
    expect(outcome.report).toBeNull();
    expect(outcome.error).toMatchObject({ name: 'JiraError', kind: 'rate-limited', status: 429 });
    expect(outcome.error!.message).toBe('Could not list the boards of project ABC: Jira asked us to slow down and kept doing so after several polite retries (HTTP 429, GET /rest/agile/1.0/board).');
    expect(outcome.requests).toHaveLength(5);
  });

  it('a 429 burst that outlasts the retries of the change history gives a partial report that says so', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/bulkfetch') ? answer(429) : null) });
    const report = reportOf(outcome);
    expect(report.partial).toEqual({ reason: 'Some data could not be read from Jira: the change history of the issues.' });
    expect(noteCodes(report)).toEqual(['changelog-unavailable']);
    expect(report.dataQuality[0].message).toMatch(/^The change history of the issues could not be read: .*Jira asked us to slow down and kept doing so after several polite retries \(HTTP 429, POST \/rest\/api\/3\/changelog\/bulkfetch\)\.$/);
  });
});

describe('Retry-After forms', () => {
  it('Retry-After as an HTTP date 5 s ahead: the limiter pauses exactly 5 s, the retry 5 s plus jitter, and the report is complete', async () => {
    let served = false;
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/field') && !served ? ((served = true), answer(429, null, { 'retry-after': 'Tue, 10 Feb 2026 12:00:05 GMT' })) : null) });
    // Pause of the shared limiter, 5 s (the clock reads 12:00:00), and the retry's own wait, 5 s + 5 s × 0.2 × 0.5.
    expect(outcome.sleeps).toEqual([5000, 5500]);
    expectSameAsBaseline(outcome);
  });

  it('Retry-After of an hour on the sprints is not waited for: partial at once, and the note says how long Jira asked for', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/sprint') ? answer(429, null, { 'retry-after': '3600' }) : null) });
    expect(outcome.sleeps).toEqual([]);
    const report = reportOf(outcome);
    expect(report.partial).toEqual({ reason: 'Some data could not be read from Jira: the sprints of board 1.' });
    expect(report.dataQuality[0].message).toBe(
      'The sprints of board 1 could not be read: Could not list the sprints of board 1: Jira asked us to wait 3600 s before trying again, longer than a refresh can wait (HTTP 429, GET /rest/agile/1.0/board/1/sprint). The next refresh will try again.',
    );
  });

  it('a 503 asking for a two-minute wait on the board list ends at once with a plain error', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/board') ? answer(503, null, { 'retry-after': '120' }) : null) });
    expect(outcome.error).toMatchObject({ kind: 'server', status: 503 });
    expect(outcome.error!.message).toBe('Could not list the boards of project ABC: Jira asked us to wait 120 s before trying again, longer than a refresh can wait (HTTP 503, GET /rest/agile/1.0/board). The next refresh will try again.');
    expect(outcome.requests).toHaveLength(1);
  });
});

describe('5xx server errors', () => {
  it('a quarter of all answers are 500 or 503 (seeded): every one is retried and the report is complete', async () => {
    const outcome = await run(undefined, { faults: { serverErrorRate: 0.25 } });
    expect(outcome.faults.serverErrors).toBeGreaterThan(0);
    expect(outcome.requests).toHaveLength(11 + outcome.faults.serverErrors);
    expect(outcome.sleeps).toHaveLength(outcome.faults.serverErrors);
    expectSameAsBaseline(outcome);
  });

  it('the board list failing with 500 five times ends with a plain "problem on its side" error after 1, 2, 4, 8 s', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/board') ? answer(500) : null) });
    expect(outcome.error).toMatchObject({ kind: 'server', status: 500 });
    expect(outcome.error!.message).toBe('Could not list the boards of project ABC: Jira had a problem on its side and kept having it after several retries (HTTP 500, GET /rest/agile/1.0/board).');
    expect(outcome.sleeps).toEqual([1000, 2000, 4000, 8000]);
  });

  it('sprints answering 503 every time: partial, and the report says the sprints could not be read (not "no sprints yet")', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/sprint') ? answer(503) : null) });
    const report = reportOf(outcome);
    expect(report.partial).toEqual({ reason: 'Some data could not be read from Jira: the sprints of board 1.' });
    expect(report.dataQuality.map((n) => [n.code, n.message])).toEqual([
      ['sprints-unavailable', 'The sprints of board 1 could not be read: Could not list the sprints of board 1: Jira had a problem on its side and kept having it after several retries (HTTP 503, GET /rest/agile/1.0/board/1/sprint).'],
    ]);
    expect(report.capabilities.limitations).toEqual(['The sprints of this board could not be read from Jira this time, so sprint figures are not shown. The next refresh will try again.']);
    expect(report.sprints).toBeNull();
    expect(report.backlog).not.toBeNull();
  });

  it('a proxy\'s HTML 502 page (not JSON) on the field list is retried like any 5xx: complete', async () => {
    let served = false;
    const fetchImpl: typeof fetch = (input, init) => {
      if (String(input).endsWith('/rest/api/3/field') && !served) {
        served = true;
        return Promise.resolve(new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } }));
      }
      return fetch(input, init);
    };
    const outcome = await run(undefined, { fetchImpl });
    expect(served).toBe(true);
    expect(outcome.sleeps).toEqual([1000]);
    expectSameAsBaseline(outcome);
  });
});

describe('timeouts (an answer that never comes within timeoutMs)', () => {
  it('one search slice times out once, is retried, and the report is complete', async () => {
    const outcome = await run(undefined, { fetchImpl: hangingFetch('/search/jql', 1), timeoutMs: 200 });
    expect(outcome.requests).toHaveLength(12);
    expect(outcome.sleeps).toEqual([1000]);
    expectSameAsBaseline(outcome);
  });

  it('the board settings never answer: partial, going on with the site fields, and the note says Jira did not answer', async () => {
    const outcome = await run(undefined, { fetchImpl: hangingFetch('/configuration'), timeoutMs: 50 });
    const report = reportOf(outcome);
    expect(report.partial).toEqual({ reason: 'Some data could not be read from Jira: the settings of board "ABC board".' });
    expect(noteCodes(report)).toEqual(['board-config-unavailable', 'rank-field-from-field-list', 'estimation-field-from-field-list']);
    expect(report.dataQuality[0].message).toBe(
      'The settings of board "ABC board" could not be read: Could not read the configuration of board 1: we could not reach Jira (GET /rest/agile/1.0/board/1/configuration). Jira did not answer GET /rest/agile/1.0/board/1/configuration within 50 ms.',
    );
    // The same issues and sprints were still read.
    expect(report.sprints?.closed.map((s) => s.id)).toEqual([1]);
  });

  it('the issue search never answers: a plain error naming the search, no report', async () => {
    const outcome = await run(undefined, { fetchImpl: hangingFetch('/search/jql'), timeoutMs: 50 });
    expect(outcome.error).toMatchObject({ name: 'JiraError', kind: 'network' });
    expect(outcome.error!.message).toBe('Could not search for issues: we could not reach Jira (POST /rest/api/3/search/jql). Jira did not answer POST /rest/api/3/search/jql within 50 ms.');
    expect(outcome.sleeps).toEqual([1000, 2000, 4000, 8000]);
  });
});

/** An answer's pieces read to the end, as one text. */
async function textOf(pieces: TextPieces): Promise<string> {
  let text = '';
  for await (const piece of pieces) text += piece;
  return text;
}

describe('token paging', () => {
  /** The matching requests' first page says "more to come" with a token; asked for it, the same page comes back with the same token. */
  function repeatToken(match: (req: JiraRequest) => boolean) {
    const firstPages = new Map<string, JiraResponse>();
    return (req: JiraRequest, _attempt: number, forward: () => Promise<JiraResponse>) => {
      if (!match(req)) return null;
      const { nextPageToken, ...query } = req.body as Record<string, unknown>;
      const id = JSON.stringify(query);
      if (nextPageToken === 'same-token' && firstPages.has(id)) return Promise.resolve(firstPages.get(id)!);
      return forward().then(async (res) => {
        // A change-history page is asked for in pieces (JiraRequest.readAs); the client reads an object as well.
        const body = isTextPieces(res.body) ? (JSON.parse(await textOf(res.body)) as object) : typeof res.body === 'string' ? (JSON.parse(res.body) as object) : (res.body as object);
        const page = { ...res, body: { ...body, isLast: false, nextPageToken: 'same-token' } };
        firstPages.set(id, page);
        return page;
      });
    };
  }

  it('a search page that repeats its token: the slices stop at once, keep what they read, and the report is partial with a note', async () => {
    const outcome = await run(undefined, { override: repeatToken(isSlice) });
    const report = reportOf(outcome);
    expect(outcome.data!.issues).toHaveLength(6);
    expect(report.partial?.reason).toMatch(/^Some data could not be read from Jira: the issues found by the search beyond the first/);
    expect(report.dataQuality.map((n) => n.message)).toContain(
      'Jira sent a page of the issues found by the search that we had already read (POST /rest/api/3/search/jql). We stopped there rather than read forever, so this report uses only what the first page held.',
    );
  });

  it('a change-history page that repeats its token: the histories of the first page kept, partial with the reason', async () => {
    const outcome = await run(undefined, { override: repeatToken((req) => isPath(req, '/bulkfetch')) });
    const report = reportOf(outcome);
    expect(report.partial).toEqual({ reason: 'Some data could not be read from Jira: the change history of the issues beyond the first page.' });
    expect(report.dataQuality.map((n) => n.message)).toEqual([
      'Jira sent a page of the change history of the issues that we had already read (POST /rest/api/3/changelog/bulkfetch). We stopped there rather than read forever, so this report uses only what the first page held.',
    ]);
    // The site's eight histories all came on that first page (ABC-3, ABC-2, ABC-5, ABC-1, ABC-4, ABC-6 in rank order).
    expect(outcome.data!.issues.map((i) => [i.key, i.changelog.length])).toEqual([['ABC-3', 1], ['ABC-2', 3], ['ABC-5', 1], ['ABC-1', 3], ['ABC-4', 0], ['ABC-6', 0]]);
  });
});

describe('credentials and permissions', () => {
  it('a refused API token ends with a sign-in error that never quotes the token', async () => {
    const outcome = await run(undefined, { token: 'tok-WRONG-e1d2c3' });
    expect(outcome.error).toMatchObject({ kind: 'auth', status: 401 });
    expect(outcome.error!.message).toMatch(/^Could not list the boards of project ABC: Jira did not accept our sign-in \(HTTP 401, GET \/rest\/agile\/1.0\/board\)\./);
    expect(outcome.error!.message).not.toContain('tok-WRONG-e1d2c3');
    expect(outcome.sleeps).toEqual([]);
  });

  it('hidden board settings (403) give a partial report naming Jira\'s reason', async () => {
    const outcome = await run(undefined, { override: (req) => (isPath(req, '/configuration') ? answer(403, { errorMessages: ['Board administrators only.'], errors: {} }) : null) });
    const report = reportOf(outcome);
    expect(report.partial).toEqual({ reason: 'Some data could not be read from Jira: the settings of board "ABC board".' });
    expect(report.dataQuality[0].message).toContain('Jira says we are not allowed to see this (HTTP 403, GET /rest/agile/1.0/board/1/configuration). Jira said: "Board administrators only.".');
    expect(outcome.sleeps).toEqual([]);
  });
});
