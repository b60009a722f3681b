/**
 * Attack: a Jira (or something in front of it) that never stops paging, and a description nested
 * thousands of levels deep. A board list that ignored startAt, or claimed `total: 1e9`, made 10,000
 * requests, every page kept in memory; a search answering the same page under fresh tokens did the
 * same; a 5,000-level description threw RangeError and failed the whole load. Now each listing stops
 * at a repeated page or after 1,000 pages, keeping what it read, and the report says so (partial, with
 * a note); a deep description is flattened whole. See src/jira/paging.ts and src/jira/adf.ts.
 */
import type { JiraRequest, JiraResponse } from '../../src/jira/transport';
import { isPath, ok, reportOf, run, stopAll } from './harness';

afterEach(stopAll);

const isBoardList = (req: JiraRequest) => req.path === '/rest/agile/1.0/board';
const isSlice = (req: JiraRequest) => isPath(req, '/search/jql') && /ORDER BY created ASC, key ASC/.test(String((req.body as { jql?: string }).jql));
const count = (requests: JiraRequest[], match: (req: JiraRequest) => boolean) => requests.filter(match).length;

/** A real answer with its body changed. */
async function bent(forward: () => Promise<JiraResponse>, change: (body: Record<string, unknown>) => Record<string, unknown>): Promise<JiraResponse> {
  const response = await forward();
  return { ...response, body: change(response.body as Record<string, unknown>) };
}

describe('listings that never end', () => {
  it('a board list that ignores startAt and claims a billion boards: read twice, the first page used, partial with a note', async () => {
    let firstPage: Promise<JiraResponse> | null = null;
    const outcome = await run(undefined, {
      override: (req, _attempt, forward) => {
        if (!isBoardList(req)) return null;
        firstPage ??= bent(forward, (body) => ({ ...body, isLast: false, total: 1e9 }));
        return firstPage;
      },
    });
    const report = reportOf(outcome);
    expect(count(outcome.requests, isBoardList)).toBe(2);
    expect(report.board).toMatchObject({ id: 1, name: 'ABC board' });
    expect(report.partial).toEqual({ reason: 'Some data could not be read from Jira: the boards of project ABC beyond the first page.' });
    expect(report.dataQuality).toEqual([
      {
        code: 'listing-cut-short',
        message: 'Jira sent a page of the boards of project ABC that we had already read (GET /rest/agile/1.0/board). We stopped there rather than read forever, so this report uses only what the first page held.',
      },
    ]);
  });

  it('a board list of ever new boards with total 1e9: 1,000 pages read, then partial with a note', async () => {
    const outcome = await run(undefined, {
      override: (req, _attempt, forward) => {
        if (!isBoardList(req)) return null;
        const startAt = Number(req.query?.startAt);
        if (startAt === 0) return bent(forward, (body) => ({ ...body, isLast: undefined, total: 1e9 }));
        const values = Array.from({ length: 50 }, (_, i) => ({ id: 100_000 + startAt + i, name: `Board ${startAt + i}`, type: 'scrum', location: { projectKey: 'ZZZ' } }));
        return Promise.resolve(ok({ startAt, maxResults: 50, total: 1e9, values }));
      },
    });
    const report = reportOf(outcome);
    expect(count(outcome.requests, isBoardList)).toBe(1000);
    expect(report.board).toMatchObject({ id: 1, name: 'ABC board' });
    expect(report.partial).toEqual({ reason: 'Some data could not be read from Jira: the boards of project ABC beyond the first 1,000 pages.' });
    expect(report.dataQuality.map((n) => n.message)).toEqual([
      'Jira kept sending pages of the boards of project ABC (GET /rest/agile/1.0/board). We stopped there rather than read forever, so this report uses only what the first 1,000 pages held.',
    ]);
  });

  it('a search that answers its first page again under a fresh token every time: each slice read twice, its issues kept, partial with a note', async () => {
    const firstPages = new Map<string, JiraResponse>();
    let token = 0;
    const outcome = await run(undefined, {
      override: (req, _attempt, forward) => {
        if (!isSlice(req)) return null;
        const { nextPageToken, ...query } = req.body as Record<string, unknown>;
        const first = firstPages.get(JSON.stringify(query));
        const answer = nextPageToken !== undefined && first ? Promise.resolve(first) : forward();
        return answer.then((response) => {
          firstPages.set(JSON.stringify(query), response);
          return { ...response, body: { ...(response.body as object), isLast: false, nextPageToken: `fresh-${(token += 1)}` } };
        });
      },
    });
    const report = reportOf(outcome);
    const sliceRequests = outcome.requests.filter(isSlice);
    const slices = new Set(sliceRequests.map((req) => (req.body as { jql: string }).jql)).size;
    expect(sliceRequests).toHaveLength(2 * slices); // it was 10,000 requests
    expect(outcome.data!.issues.map((i) => i.key).sort()).toEqual(['ABC-1', 'ABC-2', 'ABC-3', 'ABC-4', 'ABC-5', 'ABC-6']);
    // Slices with issues repeat their page; an empty slice sends two empty pages that still promise more.
    // The slices run side by side, so the order of the two is not fixed.
    const prefix = 'Some data could not be read from Jira: ';
    expect(report.partial?.reason.startsWith(prefix)).toBe(true);
    expect(report.partial!.reason.slice(prefix.length, -1).split('; ').sort()).toEqual([
      'the issues found by the search beyond the first 2 pages',
      'the issues found by the search beyond the first page',
    ]);
    expect(report.dataQuality.map((n) => n.message).sort()).toEqual([
      'Jira kept sending empty pages of the issues found by the search that said more would follow (POST /rest/api/3/search/jql). We stopped there rather than read forever, so this report uses only what the first 2 pages held.',
      'Jira sent a page of the issues found by the search that we had already read (POST /rest/api/3/search/jql). We stopped there rather than read forever, so this report uses only what the first page held.',
    ]);
  });
});

describe('deeply nested descriptions', () => {
  /** A description 5,000 quotes deep around one line of text. */
  function deepDescription(text: string): unknown {
    let node: unknown = { type: 'paragraph', content: [{ type: 'text', text }] };
    for (let level = 0; level < 5000; level += 1) node = { type: 'blockquote', content: [node] };
    return { type: 'doc', version: 1, content: [node] };
  }

  it('a description nested 5,000 levels deep is read whole: the report is complete and the item has its criteria', async () => {
    const outcome = await run(undefined, {
      // Built here rather than stored in the emulator: JSON.stringify itself cannot write 10,000 levels of nesting.
      override: (req, _attempt, forward) =>
        isPath(req, '/search/jql')
          ? bent(forward, (body) => ({
              ...body,
              issues: (body.issues as { key: string; fields: Record<string, unknown> }[]).map((issue) =>
                issue.key === 'ABC-5' ? { ...issue, fields: { ...issue.fields, description: deepDescription('Given a cart when I pay then I get a receipt') } } : issue,
              ),
            }))
          : null,
    });
    const report = reportOf(outcome);
    expect(report.partial).toBeNull();
    expect(report.dataQuality).toEqual([]);
    expect(outcome.data!.issues.find((i) => i.key === 'ABC-5')!.description).toBe('Given a cart when I pay then I get a receipt');
  });
});
