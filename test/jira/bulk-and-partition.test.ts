import { JiraClient } from '../../src/jira/client';
import { createdRangesFrom, mergeByRank } from '../../src/jira/partition';
import type { RawIssue } from '../../src/jira/raw';
import type { JiraRequest } from '../../src/jira/transport';
import { FakeTransport, example, ok, rawIssue, recordingSleep } from './fake-transport';

type BulkBody = { issueIdsOrKeys: string[]; fieldIds: string[]; nextPageToken?: string };

function history(id: string, created: string | number, fieldId = 'status') {
  const base = example('bulkChangelog').issueChangeLogs[0].changeHistories[0];
  return { ...base, id, created, items: [{ field: 'status', fieldId, fieldtype: 'jira', from: '1', fromString: 'To Do', to: '3', toString: 'In Progress' }] };
}

describe('JiraClient.bulkChangelog', () => {
  it('sends batches of 1000 at the same time, follows tokens within a batch, and groups by issue', async () => {
    const ids = Array.from({ length: 1500 }, (_, i) => String(10000 + i));
    const transport = new FakeTransport((req: JiraRequest) => {
      const body = req.body as BulkBody;
      const firstId = body.issueIdsOrKeys[0];
      if (firstId === '10000' && body.nextPageToken === undefined) {
        return ok({ issueChangeLogs: [{ issueId: '10000', changeHistories: [history('h1', '2026-01-01T10:00:00.000+0000')] }], nextPageToken: 'p2' });
      }
      if (firstId === '10000' && body.nextPageToken === 'p2') {
        return ok({ issueChangeLogs: [{ issueId: '10000', changeHistories: [history('h2', '2026-01-02T10:00:00.000+0000')] }, { issueId: '10999', changeHistories: [history('h3', 1767261600000)] }] });
      }
      return ok({ issueChangeLogs: [{ issueId: '11499', changeHistories: [history('h4', '2026-01-03T10:00:00.000+0000')] }], nextPageToken: null });
    });
    const client = new JiraClient(transport);

    const result = await client.bulkChangelog(ids, ['status', 'customfield_10020']);

    expect(result.size).toBe(1500);
    expect(result.get('10000')!.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(result.get('10999')!.map((h) => h.created)).toEqual([1767261600000]);
    expect(result.get('11499')!.map((h) => h.id)).toEqual(['h4']);
    expect(result.get('10500')).toEqual([]);
    expect(client.requestCount).toBe(3);
    const sent = transport.requests.map((r) => r.body as BulkBody);
    expect(sent.map((b) => b.issueIdsOrKeys.length).sort()).toEqual([1000, 1000, 500]);
    expect(sent.every((b) => b.fieldIds.join() === 'status,customfield_10020')).toBe(true);
    // Both batches start before the first batch's second page: they run concurrently.
    expect(sent[0].nextPageToken).toBeUndefined();
    expect(sent[1].nextPageToken).toBeUndefined();
    expect(sent[2].nextPageToken).toBe('p2');
  });

  it('reads the spec example (numeric created) and sends nothing for no issues', async () => {
    const transport = new FakeTransport(() => ok({ ...example('bulkChangelog'), nextPageToken: undefined }));
    const client = new JiraClient(transport);
    const result = await client.bulkChangelog(['10100'], ['status']);
    expect(result.get('10100')!.map((h) => [h.id, h.created])).toEqual([
      ['10001', 1492070429],
      ['10002', 1492071429],
    ]);
    expect((await client.bulkChangelog([], ['status'])).size).toBe(0);
    expect(client.requestCount).toBe(1);
  });

  it('asks for each page in pieces and reads it entry by entry, giving what a whole text or a parsed page gives', async () => {
    const page = { issueChangeLogs: [{ issueId: '1', changeHistories: [history('h1', '2026-01-01T10:00:00.000+0000')] }, { issueId: '2', changeHistories: [] }, { issueId: '1', changeHistories: [history('h2', 1767261600000)] }], isLast: true };
    const text = JSON.stringify(page, null, 1);
    async function* inPieces(): AsyncGenerator<string> {
      for (let at = 0; at < text.length; at += 7) yield text.slice(at, at + 7);
    }
    const asPieces = new FakeTransport((req) => ok(req.readAs === 'pieces' ? inPieces() : page));
    const asText = new FakeTransport((req) => ok(req.readAs === 'pieces' ? text : page));
    const parsed = new FakeTransport(() => ok(page));
    const fromPieces = await new JiraClient(asPieces).bulkChangelog(['1', '2'], ['status']);
    const fromText = await new JiraClient(asText).bulkChangelog(['1', '2'], ['status']);
    const fromObject = await new JiraClient(parsed).bulkChangelog(['1', '2'], ['status']);
    expect(asPieces.requests[0].readAs).toBe('pieces');
    expect([...fromPieces]).toEqual([...fromObject]);
    expect([...fromText]).toEqual([...fromObject]);
    expect(fromText.get('1')!.map((h) => h.id)).toEqual(['h1', 'h2']);
    expect(fromText.get('2')).toEqual([]);
  });

  it('a page with a bad entry after good ones is read again, and what was read of it the first time is not kept', async () => {
    const good = { issueChangeLogs: [{ issueId: '1', changeHistories: [history('h1', '2026-01-01T10:00:00.000+0000')] }, { issueId: '2', changeHistories: [history('h2', '2026-01-01T11:00:00.000+0000')] }] };
    const bad = { issueChangeLogs: [good.issueChangeLogs[0], { changeHistories: [] }] };
    const transport = new FakeTransport((_req, index) => ok(JSON.stringify(index === 0 ? bad : good)));
    const { sleep, waits } = recordingSleep();
    const client = new JiraClient(transport, { sleep, random: () => 0.5 });
    const read: string[] = [];
    await client.bulkChangelogPages(['1', '2'], ['status'], (issueId, histories) => histories.map((h) => `${issueId}/${h.id}`), (page) => {
      for (const lists of page.values()) for (const list of lists) read.push(...list);
    });
    expect(read).toEqual(['1/h1', '2/h2']);
    expect(client.requestCount).toBe(2);
    expect(waits).toEqual([1000]);
  });

  it('text that is not JSON fails as the transports fail on it, after the same retries', async () => {
    const { sleep } = recordingSleep();
    const client = new JiraClient(new FakeTransport(() => ok('{"issueChangeLogs":[{"issueId":"1","chan')), { sleep });
    await expect(client.bulkChangelog(['1'], ['status'])).rejects.toMatchObject({
      kind: 'malformed',
      message: expect.stringContaining('Jira answered POST /rest/api/3/changelog/bulkfetch with something that is not valid JSON (HTTP 200).'),
    });
    expect(client.requestCount).toBe(3);
  });

  it('refuses more than 10 field ids', async () => {
    const client = new JiraClient(new FakeTransport(() => ok({})));
    await expect(client.bulkChangelog(['1'], Array.from({ length: 11 }, (_, i) => `f${i}`))).rejects.toThrow(/at most 10 field ids/);
  });
});

describe('partitioned search', () => {
  it('splits the time from a lower bound into non-overlapping created ranges that cover everything after it', () => {
    const clauses = createdRangesFrom(new Date('2026-01-01T00:00:30Z'), new Date('2026-01-05T00:00:30Z'), 4);
    expect(clauses).toEqual([
      'created >= "2026-01-01 00:00" AND created < "2026-01-02 00:00"',
      'created >= "2026-01-02 00:00" AND created < "2026-01-03 00:00"',
      'created >= "2026-01-03 00:00" AND created < "2026-01-04 00:00"',
      'created >= "2026-01-04 00:00"',
    ]);
    // 90 seconds in 4 parts: boundaries at 00:00:22 (same minute as the bound, dropped), 00:00:45 (same), 00:01:07.
    expect(createdRangesFrom(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:01:30Z'), 4)).toEqual([
      'created >= "2026-01-01 00:00" AND created < "2026-01-01 00:01"',
      'created >= "2026-01-01 00:01"',
    ]);
    expect(createdRangesFrom(new Date('2026-01-01T10:20:00Z'), new Date('2026-01-02'), 1)).toEqual(['created >= "2026-01-01 10:20"']);
    // "now" before the bound (a clock behind Jira's): one open slice.
    expect(createdRangesFrom(new Date('2026-01-02'), new Date('2026-01-01'), 4)).toEqual(['created >= "2026-01-02 00:00"']);
  });

  it('merges rank-ordered slices into global rank order; unranked last; duplicates once', () => {
    const r = (id: string, rank?: string): RawIssue => ({ id, key: `A-${id}`, fields: rank ? { customfield_10019: rank } : {} });
    const merged = mergeByRank(
      [
        [r('1', '0|i0000a:'), r('4', '0|i0000z:'), r('9')],
        [r('2', '0|i0000b:'), r('3', '0|i0000c:'), r('1', '0|i0000a:')],
        [r('5', '0|i00001:')],
      ],
      'customfield_10019',
    );
    expect(merged.map((i) => i.id)).toEqual(['5', '1', '2', '3', '4', '9']);
  });

  it('fetches slices concurrently under the limiter, each ordered by rank, and merges them', async () => {
    const bySlice: Record<string, RawIssue[]> = {
      a: [rawIssue('1', 'A-1', { customfield_10019: '0|b' }), rawIssue('3', 'A-3', { customfield_10019: '0|d' })],
      b: [rawIssue('2', 'A-2', { customfield_10019: '0|a' }), rawIssue('4', 'A-4', { customfield_10019: '0|c' })],
    };
    let inFlight = 0;
    let highest = 0;
    const transport = new FakeTransport(async (req) => {
      inFlight += 1;
      highest = Math.max(highest, inFlight);
      await new Promise((r) => setImmediate(r));
      inFlight -= 1;
      const jql = (req.body as { jql: string }).jql;
      return ok({ issues: jql.includes('"a"') ? bySlice.a : bySlice.b, isLast: true });
    });
    const client = new JiraClient(transport, { maxConcurrency: 2 });
    const merged = await client.searchPartitioned({ baseJql: 'project = A', partitions: ['slice = "a"', 'slice = "b"'], fields: ['summary'], rankFieldId: 'customfield_10019' });
    expect(merged.map((i) => i.key)).toEqual(['A-2', 'A-1', 'A-4', 'A-3']);
    expect(transport.requests.map((r) => (r.body as { jql: string }).jql)).toEqual([
      '(project = A) AND (slice = "a") ORDER BY Rank ASC',
      '(project = A) AND (slice = "b") ORDER BY Rank ASC',
    ]);
    expect((transport.requests[0].body as { fields: string[] }).fields).toEqual(['summary', 'customfield_10019']);
    expect(highest).toBe(2);
  });
});
