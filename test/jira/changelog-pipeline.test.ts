/**
 * The changelog pipeline: batches of 1000 issues sent as search pages arrive, each normalised as its
 * histories come back; a batch whose histories cannot be read is normalised without them, once noted.
 */
import { ChangelogPipeline, type NormalisedIssue } from '../../src/jira/changelog-pipeline';
import { JiraClient } from '../../src/jira/client';
import { LoadState } from '../../src/jira/load-steps';
import type { RawHistory, RawIssue } from '../../src/jira/raw';
import type { JiraRequest } from '../../src/jira/transport';
import { FakeTransport, ok, recordingSleep, status } from './fake-transport';

type BulkBody = { issueIdsOrKeys: string[] };
const FIELD_IDS = { sprint: null, rank: null, estimate: null, flagged: null, acceptanceCriteria: null };

const raw = (n: number): RawIssue => ({ id: String(n), key: `P-${n}`, fields: {} });
/** A stand-in normaliser that records how many histories each issue came with. */
const normalise = (issue: RawIssue, histories: RawHistory[]): NormalisedIssue => ({
  issue: { id: issue.id, key: issue.key } as NormalisedIssue['issue'],
  notes: histories.length ? [{ code: 'seen', message: `${issue.key}: ${histories.length}` }] : [],
});

function pipelineOver(handler: (body: BulkBody) => ReturnType<typeof ok>) {
  const { sleep } = recordingSleep();
  const transport = new FakeTransport((req: JiraRequest) => handler(req.body as BulkBody));
  return { transport, pipeline: new ChangelogPipeline(new JiraClient(transport, { sleep }), FIELD_IDS, normalise) };
}

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
});
