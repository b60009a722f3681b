/**
 * The changelog pipeline: batches of 1000 issues sent as search pages arrive, each issue normalised
 * on arrival and its histories page by page as they come back; a batch whose histories cannot be
 * read keeps its issues without them, once noted.
 */
import { ChangelogPipeline, type IssueReader, type NormalisedIssue } from '../../src/jira/changelog-pipeline';
import { JiraClient } from '../../src/jira/client';
import { LoadState } from '../../src/jira/load-steps';
import { normaliseChangelog } from '../../src/jira/normalise-changelog';
import type { RawIssue } from '../../src/jira/raw';
import type { JiraRequest } from '../../src/jira/transport';
import { FakeTransport, ok, recordingSleep, status } from './fake-transport';

type BulkBody = { issueIdsOrKeys: string[]; nextPageToken?: string };
const FIELD_IDS = { sprint: null, rank: null, estimate: null, flagged: null, acceptanceCriteria: null };

const raw = (n: number): RawIssue => ({ id: String(n), key: `P-${n}`, fields: {} });
/** A stand-in reader: an issue is its id and key; each page of history adds a note saying how many histories it held. */
const reader: IssueReader = {
  fields: (issue) => ({ issue: { id: issue.id, key: issue.key, changelog: [] } as unknown as NormalisedIssue['issue'], notes: [] }),
  changelog: (histories, issueKey, notes) => {
    notes.push({ code: 'seen', message: `${issueKey}: ${histories.length}` });
    return normaliseChangelog(histories, issueKey, notes);
  },
};

function pipelineOver(handler: (body: BulkBody) => ReturnType<typeof ok>) {
  const { sleep } = recordingSleep();
  const transport = new FakeTransport((req: JiraRequest) => handler(req.body as BulkBody));
  return { transport, pipeline: new ChangelogPipeline(new JiraClient(transport, { sleep }), FIELD_IDS, reader) };
}

const change = (id: string, created: string, to: string) => ({ id, created, items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: null, fromString: null, to, toString: to }] });

/** Lets queued requests reach the transport (the client's limiter sends them on a later turn). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

const oneHistoryEach = (body: BulkBody) =>
  ok({ issueChangeLogs: body.issueIdsOrKeys.map((id) => ({ issueId: id, changeHistories: [{ id: `h${id}`, created: '2026-01-01T10:00:00.000+0000', items: [] }] })) });

describe('ChangelogPipeline', () => {
  it('sends a batch as soon as 1000 issues wait, the rest at the end, and gives every issue back in the order added', async () => {
    const { transport, pipeline } = pipelineOver(oneHistoryEach);
    pipeline.add(Array.from({ length: 600 }, (_, i) => raw(i)));
    await settle();
    expect(transport.requests).toHaveLength(0);
    pipeline.add(Array.from({ length: 600 }, (_, i) => raw(600 + i)));
    await settle();
    expect(transport.requests.map((r) => (r.body as BulkBody).issueIdsOrKeys.length)).toEqual([1000]);
    const state = new LoadState();
    const result = await pipeline.finish(state);
    expect(transport.requests.map((r) => (r.body as BulkBody).issueIdsOrKeys.length)).toEqual([1000, 200]);
    expect(result.map((n) => n.issue.key)).toEqual(Array.from({ length: 1200 }, (_, i) => `P-${i}`));
    expect(result.every((n) => n.notes.length === 1)).toBe(true);
    expect(state.notes).toEqual([]);
    expect(state.failures).toEqual([]);
  });

  it('normalises a batch whose histories cannot be read without them, and notes it once', async () => {
    const { pipeline } = pipelineOver((body) => (body.issueIdsOrKeys[0] === '1000' ? status(503) : oneHistoryEach(body)));
    pipeline.add(Array.from({ length: 1500 }, (_, i) => raw(i)));
    const state = new LoadState();
    const result = await pipeline.finish(state);
    expect(result).toHaveLength(1500);
    expect(result.slice(0, 1000).every((n) => n.notes.length === 1)).toBe(true);
    expect(result.slice(1000).every((n) => n.notes.length === 0)).toBe(true);
    expect(state.notes.map((n) => n.code)).toEqual(['changelog-unavailable']);
    expect(state.failures).toEqual(['the change history of the issues']);
  });

  it('reads a history that spans two pages into one list in time order, and keeps nothing of a batch whose later page fails', async () => {
    // Issue 1's histories come on two pages (Jira orders a page by time, then issue): a 10:00 change
    // on page 1, an earlier 09:00 and an equal-time 10:00 change on page 2.
    const pageOne = { issueChangeLogs: [{ issueId: '1', changeHistories: [change('h1', '2026-01-01T10:00:00.000+0000', 'A')] }], nextPageToken: 'two', isLast: false };
    const pageTwo = { issueChangeLogs: [{ issueId: '1', changeHistories: [change('h2', '2026-01-01T09:00:00.000+0000', 'B'), change('h3', '2026-01-01T10:00:00.000+0000', 'C')] }], isLast: true };
    const { pipeline } = pipelineOver((body) => (body.issueIdsOrKeys[0] === '1' ? ok(body.nextPageToken ? pageTwo : pageOne) : body.nextPageToken ? status(400) : ok(pageOne)));
    pipeline.add([raw(1)]);
    const state = new LoadState();
    const [only] = await pipeline.finish(state);
    expect(only.issue.changelog.map((event) => `${event.historyId}:${event.to}`)).toEqual(['h2:B', 'h1:A', 'h3:C']);
    expect(only.notes.map((note) => note.message)).toEqual(['P-1: 1', 'P-1: 2']);

    // A batch whose second page cannot be read: its first page is dropped too.
    const failing = pipelineOver((body) => (body.nextPageToken ? status(400) : ok(pageOne)));
    failing.pipeline.add([raw(1)]);
    const failedState = new LoadState();
    const [alone] = await failing.pipeline.finish(failedState);
    expect(alone.issue.changelog).toEqual([]);
    expect(alone.notes).toEqual([]);
    expect(failedState.notes.map((n) => n.code)).toEqual(['changelog-unavailable']);
  });
});
