/**
 * The sprint ledger end to end, on the ledger site (ledger-site.ts): Ada runs three sprints in the
 * emulator as she would in Jira, the emulator sends Jira Software's sprint events to the app's real
 * trigger handler, the real recording consumer reads the sprints as the app, and the real refresh
 * consumer builds the report. Every figure is worked out by hand below.
 *
 * Sprint 51 (2 to 13 Nov 2026), recorded from its start to its close: started 09:00:00 with LED-1
 * (3), LED-2 (5), LED-3 (2), LED-4 (8); LED-5 (1) added 40 s later, before the app read it at
 * 09:01:20; LED-1 done on 5 Nov; LED-4 taken out at 16:50 on the 13th, ten minutes before the
 * close at 17:00, the unfinished LED-2, LED-3 and LED-5 going on to sprint 52.
 *   Record: committed LED-1..5 = 19 points; removed LED-4 (8); completed LED-1 (3); not completed
 *   LED-2, LED-3, LED-5 (8). Reliability 3/19, churn 1/5, carry-over 3/5.
 *   Replay: committed LED-1..4 = 18; added LED-5. Reliability 3/18, churn 2/4, carry-over 3/5.
 * Sprint 52 (16 to 27 Nov): its start event reached the app three days late, "half-way": the
 *   commitment is replayed, the close recorded.
 * Sprint 53 (30 Nov to 4 Dec): its close event arrived before its start event.
 */
import { SprintLedgerStore } from '../../src/storage/sprint-ledger-store';
import type { SprintFigures } from '../../src/domain/report';
import { DONE_STATUS_ID, startLedgerHarness, type LedgerHarness } from './ledger-site';

const T0 = Date.parse('2026-11-02T09:00:00.000Z');
const SECOND = 1000;
let h: LedgerHarness;

beforeAll(async () => {
  h = await startLedgerHarness(T0);
});
afterAll(() => h.stop());

const closedSprint = async (id: number): Promise<SprintFigures> => {
  const sprint = (await h.report()).sprints?.closed.find((s) => s.id === id);
  if (!sprint) throw new Error(`sprint ${id} is not among the closed sprints`);
  return sprint;
};
const store = () => new SprintLedgerStore(h.local.store, 'ledger.atlassian.net');
const at = (iso: string) => (h.clock.ms = Date.parse(iso));

describe('a sprint recorded from its start', () => {
  it('records the commitment as the app read it, an item added 40 seconds after the start counted as committed', async () => {
    h.local.ledgerQueue.hold(); // the reading waits in the queue, as a busy Forge queue may make it
    expect(await h.asAda('/rest/agile/1.0/sprint/51', { state: 'active', startDate: '2026-11-02T09:00:00.000Z', endDate: '2026-11-13T17:00:00.000Z' })).toBe(200);
    await h.emulator.delivered();
    h.clock.ms = T0 + 40 * SECOND;
    expect(await h.asAda('/rest/agile/1.0/sprint/51/issue', { issues: ['LED-5'] })).toBe(204);
    h.clock.ms = T0 + 80 * SECOND;
    h.local.ledgerQueue.release();
    await h.settled();

    const running = (await h.report()).sprints!.active!.running;
    expect(running.record).toMatchObject({ commitment: 'recorded', startRecordedAt: '2026-11-02T09:01:20.000Z' });
    expect(running.record.note).toBe('The commitment was recorded by the app 1 minute after the start; the rest is read from Jira’s history as of now.');
    expect(running.committed).toEqual({ issues: ['LED-1', 'LED-2', 'LED-3', 'LED-4', 'LED-5'], points: 19 });
    expect(running.added.issues).toEqual([]);
    expect(running.record.differences).toEqual([
      {
        issueKey: 'LED-5', moment: 'start', recorded: ['committed', 'notCompleted'], replayed: ['added', 'notCompleted'],
        reason: 'Added 40 seconds after the start, before the app recorded the sprint: the app’s record counts it as committed and not completed, the replay of Jira’s history as added and not completed.',
      },
    ]);
  });

  it('takes a repeated start event as the same one: nothing more is kept or read', async () => {
    const before = await store().readCapture(51, 'start');
    await h.local.app.sprintEvent(h.events[0]);
    await h.settled();
    expect(await store().readEvents(51)).toHaveLength(1);
    expect(await store().readCapture(51, 'start')).toEqual(before);
    expect(h.local.ledgerQueue.failures).toEqual([]);
  });

  it('records the close, with an item removed ten minutes before it', async () => {
    at('2026-11-05T10:00:00.000Z');
    expect(await h.asAda('/rest/api/3/issue/LED-1/transitions', { transition: { id: DONE_STATUS_ID } })).toBe(204);
    at('2026-11-13T16:50:00.000Z');
    expect(await h.asAda('/rest/agile/1.0/backlog/issue', { issues: ['LED-4'] })).toBe(204);
    at('2026-11-13T17:00:00.000Z');
    expect(await h.asAda('/rest/agile/1.0/sprint/51', { state: 'closed', incompleteIssuesDestinationId: 52 })).toBe(200);
    await h.settled();

    const sprint = await closedSprint(51);
    expect(sprint.record.note).toBe('Recorded by the app as it happened: read 1 minute after the start and at the close.');
    expect(sprint.committed).toEqual({ issues: ['LED-1', 'LED-2', 'LED-3', 'LED-4', 'LED-5'], points: 19 });
    expect(sprint.added).toEqual({ issues: [], points: 0 });
    expect(sprint.removed).toEqual({ issues: ['LED-4'], points: 8 });
    expect(sprint.completed).toEqual({ issues: ['LED-1'], points: 3 });
    expect(sprint.notCompleted).toEqual({ issues: ['LED-2', 'LED-3', 'LED-5'], points: 8 });
    expect([sprint.commitmentReliability, sprint.scopeChurn, sprint.carryOver]).toEqual([3 / 19, 1 / 5, 3 / 5]);
    expect(sprint.record.replayed).toEqual({ commitmentReliability: 3 / 18, completionRate: 3 / 18, scopeChurn: 2 / 4, carryOver: 3 / 5 });
    expect(sprint.hygiene.map((note) => [note.kind, note.issueKeys])).toEqual([['removed-before-close', ['LED-4']]]);
    expect(sprint.issues?.find((row) => row.key === 'LED-4')).toMatchObject({ outcome: 'removed', removedAt: '2026-11-13T16:50:00.000Z', removedBy: 'acc-ada' });
  });

  it('keeps a goal change made after the close, and says the goal changed', async () => {
    at('2026-11-14T10:00:00.000Z');
    expect(await h.asAda('/rest/agile/1.0/sprint/51', { goal: 'Ledger in place' })).toBe(200);
    await h.settled();
    await h.local.queue.push([{ projectKey: 'LED', boardId: null, reason: 'manual', snapshot: false, requestedAt: '2026-11-14T10:00:00.000Z' }]);
    await h.settled();
    const sprint = await closedSprint(51);
    expect(sprint.record.changes).toEqual([{ at: '2026-11-14T10:00:00.000Z', by: 'acc-ada', field: 'goal', from: null, to: 'Ledger in place' }]);
    expect(sprint.goalChangedAfterStart).toBe(true);
    expect((await h.report()).people['acc-ada']?.displayName).toBe('Ada Admin');
  });
});

describe('a sprint the app saw start half-way', () => {
  it('replays the commitment when the start event came three days late, and records the close', async () => {
    h.deliver.on = false;
    at('2026-11-16T09:00:00.000Z');
    expect(await h.asAda('/rest/agile/1.0/sprint/52', { state: 'active', startDate: '2026-11-16T09:00:00.000Z', endDate: '2026-11-27T17:00:00.000Z' })).toBe(200);
    await h.settled();
    at('2026-11-19T09:00:00.000Z');
    await h.local.app.sprintEvent(h.events[h.events.length - 1]);
    h.deliver.on = true;
    await h.settled();
    at('2026-11-27T17:00:00.000Z');
    expect(await h.asAda('/rest/agile/1.0/sprint/52', { state: 'closed' })).toBe(200);
    await h.settled();

    const sprint = await closedSprint(52);
    expect(sprint.record).toMatchObject({ commitment: 'replayed', close: 'recorded' });
    expect(sprint.record.note).toBe(
      'The commitment is replayed from Jira’s history, as the app read it 3 days after the start, too far from the start to stand for it; the outcome was recorded by the app at the close.',
    );
    expect(sprint.committed).toEqual({ issues: ['LED-2', 'LED-3', 'LED-5'], points: 8 });
  });
});

describe('events late and out of order', () => {
  it('takes a close that arrives before its start: the start is kept as missed, the close recorded', async () => {
    h.deliver.on = false;
    at('2026-11-30T08:00:00.000Z');
    expect(await h.asAda('/rest/agile/1.0/sprint/53/issue', { issues: ['LED-6'] })).toBe(204);
    at('2026-11-30T09:00:00.000Z');
    expect(await h.asAda('/rest/agile/1.0/sprint/53', { state: 'active', startDate: '2026-11-30T09:00:00.000Z', endDate: '2026-12-04T17:00:00.000Z' })).toBe(200);
    at('2026-12-04T17:00:00.000Z');
    expect(await h.asAda('/rest/agile/1.0/sprint/53', { state: 'closed' })).toBe(200);
    await h.settled();
    const [started, closed] = h.events.slice(-2);
    expect([started.eventType, closed.eventType]).toEqual(['avi:jira-software:started:sprint', 'avi:jira-software:closed:sprint']);
    h.deliver.on = true;

    h.clock.ms += 5 * SECOND;
    await h.local.app.sprintEvent(closed);
    await h.settled();
    h.clock.ms += 5 * SECOND;
    await h.local.app.sprintEvent(started);
    await h.local.app.sprintEvent(closed); // and once more, late
    await h.settled();

    expect((await store().readCapture(53, 'start'))?.missed).toBe('the sprint had already closed when the app read its start');
    // A missed reading holds no issue, so it refreshes no project: the next refresh shows it.
    await h.local.queue.push([{ projectKey: 'LED', boardId: null, reason: 'manual', snapshot: false, requestedAt: new Date(h.clock.ms).toISOString() }]);
    await h.settled();
    const sprint = await closedSprint(53);
    expect(sprint.record.note).toBe(
      'The commitment is replayed from Jira’s history, as the sprint had already closed when the app read its start; the outcome was recorded by the app 5 seconds after the close.',
    );
    expect(sprint.committed).toEqual({ issues: ['LED-6'], points: 3 });
    expect(sprint.notCompleted.issues).toEqual(['LED-6']);
    expect(await store().readEvents(53)).toHaveLength(2);
  });

  it('shows velocity over the three sprints, each recorded in part at least', async () => {
    expect((await h.report()).sprints?.velocity).toEqual({
      unit: 'points',
      sprints: [
        { sprintId: 51, name: 'LED Sprint 1', committed: 19, completed: 3, commitmentReliability: 3 / 19, scopeChurn: 1 / 5, record: 'recorded' },
        { sprintId: 52, name: 'LED Sprint 2', committed: 8, completed: 0, commitmentReliability: 0, scopeChurn: 0, record: 'recorded' },
        { sprintId: 53, name: 'LED Sprint 3', committed: 3, completed: 0, commitmentReliability: 0, scopeChurn: 0, record: 'recorded' },
      ],
      averageCompleted: 1,
    });
  });
});
