/** The sprint ledger against the replay, on the sprint of ledger-board.ts (its figures are worked out by hand there). */
import { analyseSprints } from '../../../src/analysis/sprints/section';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import type { SprintLedger } from '../../../src/domain/sprint-ledger';
import { boardInput } from '../history/board-input';
import { CLOSE_ISSUES, R0, R1, START_ISSUES, capture, ledgerData, ledgerOf } from './ledger-board';

const now = new Date('2026-03-20T12:00:00.000Z');
const sprintWith = (...ledgers: SprintLedger[]) => analyseSprints({ ...boardInput(ledgerData), settings: DEFAULT_SETTINGS, now, ledger: { received: true, sprints: ledgers } }).closed[0];

describe('a sprint recorded from its start to its close', () => {
  const sprint = sprintWith(ledgerOf({ start: capture('start', R0, START_ISSUES), close: capture('close', R1, CLOSE_ISSUES) }));

  it('takes its groups and points from the record', () => {
    expect(sprint.committed).toEqual({ issues: ['APP-1', 'APP-2', 'APP-3', 'APP-4', 'APP-6'], points: 23 });
    expect(sprint.added).toEqual({ issues: ['APP-5'], points: 1 });
    expect(sprint.removed).toEqual({ issues: ['APP-4'], points: 8 });
    expect(sprint.completed).toEqual({ issues: ['APP-1', 'APP-2', 'APP-3'], points: 10 });
    expect(sprint.notCompleted).toEqual({ issues: ['APP-5', 'APP-6'], points: 6 });
    expect(sprint.commitmentReliability).toBeCloseTo(10 / 23, 12);
    expect(sprint.completionRate).toBeCloseTo(10 / 23, 12);
    expect(sprint.scopeChurn).toBeCloseTo(0.4, 12);
    expect(sprint.carryOver).toBeCloseTo(1 / 3, 12);
  });

  it('says so, and keeps the replay’s ratios beside its own', () => {
    expect(sprint.record).toMatchObject({
      commitment: 'recorded',
      close: 'recorded',
      startRecordedAt: R0,
      closeRecordedAt: R1,
      note: 'Recorded by the app as it happened: read 1 minute after the start and 45 seconds after the close.',
    });
    expect(sprint.record.replayed).toEqual({ commitmentReliability: 3 / 19, completionRate: 5 / 19, scopeChurn: 0.75, carryOver: 0.5 });
  });

  it('lists each difference from the replay with its reason', () => {
    expect(sprint.record.differences).toEqual([
      {
        issueKey: 'APP-2', moment: 'close', recorded: ['committed', 'completed'], replayed: ['committed', 'notCompleted'],
        reason: 'Finished 20 seconds after the close, before the app recorded the sprint: the app’s record counts it as committed and completed, the replay of Jira’s history as committed and not completed.',
      },
      {
        issueKey: 'APP-3', moment: 'start', recorded: ['committed', 'completed'], replayed: ['added', 'completed'],
        reason: 'Added 40 seconds after the start, before the app recorded the sprint: the app’s record counts it as committed and completed, the replay of Jira’s history as added and completed.',
      },
      {
        issueKey: 'APP-6', moment: 'start', recorded: ['committed', 'notCompleted'], replayed: ['committed', 'notCompleted'],
        reason: 'Re-estimated 1 minute after the start, before the app recorded the sprint: the app’s record counts 5 points for it, the replay of Jira’s history 3 points.',
      },
    ]);
  });

  it('keeps the scope changes of the items it counts as added or removed', () => {
    // APP-3's move at t0 + 40 s is before the record: it is committed, so it is no scope change.
    expect(sprint.scopeChanges).toEqual([
      { issueKey: 'APP-5', change: 'added', at: '2026-03-05T10:00:00.000Z', by: 'olga' },
      { issueKey: 'APP-4', change: 'removed', at: '2026-03-13T16:30:00.000Z', by: 'sam' },
    ]);
  });

  it('lists each issue, whose rows add up to the groups', () => {
    const rows = sprint.issues!;
    expect(rows.map((r) => [r.key, r.entry, r.outcome, r.status, r.estimateAtStart, r.estimateAtEnd])).toEqual([
      ['APP-1', 'committed', 'completed', 'Done', 3, 3],
      ['APP-2', 'committed', 'completed', 'Done', 5, 5],
      ['APP-3', 'committed', 'completed', 'Done', 2, 2],
      ['APP-4', 'committed', 'removed', 'To Do', 8, 8],
      ['APP-6', 'committed', 'notCompleted', 'In Progress', 5, 5],
      ['APP-5', 'added', 'notCompleted', 'To Do', 1, 1],
    ]);
    expect(rows.find((r) => r.key === 'APP-4')).toMatchObject({ removedAt: '2026-03-13T16:30:00.000Z', removedBy: 'sam', addedAt: null });
    expect(rows.find((r) => r.key === 'APP-5')).toMatchObject({ addedAt: '2026-03-05T10:00:00.000Z', addedBy: 'olga', finishedOutside: false });
    const sum = (entry: string, field: 'estimateAtStart' | 'estimateAtEnd', outcome?: string) =>
      rows.filter((r) => r.entry === entry && (!outcome || r.outcome === outcome)).reduce((t, r) => t + (r[field] ?? 0), 0);
    expect(sum('committed', 'estimateAtStart')).toBe(sprint.committed.points);
    expect(rows.filter((r) => r.outcome === 'completed').reduce((t, r) => t + (r.estimateAtEnd ?? 0), 0)).toBe(sprint.completed.points);
  });

  it('notes what bends its figures', () => {
    expect(sprint.hygiene.map((note) => [note.kind, note.issueKeys, note.jiraDiffers])).toEqual([
      ['removed-before-close', ['APP-4'], null],
      ['estimate-changed', ['APP-6'], null],
    ]);
  });
});

describe('a sprint the app did not record', () => {
  const sprint = sprintWith();

  it('is replayed and says so', () => {
    expect(sprint.committed).toEqual({ issues: ['APP-1', 'APP-2', 'APP-4', 'APP-6'], points: 19 });
    expect(sprint.added).toEqual({ issues: ['APP-3', 'APP-5'], points: 3 });
    expect(sprint.completed).toEqual({ issues: ['APP-1', 'APP-3'], points: 5 });
    expect(sprint.commitmentReliability).toBeCloseTo(3 / 19, 12);
    expect(sprint.record).toEqual({
      commitment: 'replayed', close: 'replayed', startRecordedAt: null, closeRecordedAt: null,
      note: 'Replayed from Jira’s history, as no record of it was made from Jira’s sprint events.',
      replayed: null, differences: [], changes: [],
    });
  });
});

describe('a sprint whose start the app recorded too late, or missed', () => {
  it('replays the commitment when the start was read 3 hours after it, and uses the close', () => {
    const sprint = sprintWith(ledgerOf({ start: capture('start', '2026-03-02T12:00:00.000Z', START_ISSUES), close: capture('close', R1, CLOSE_ISSUES) }));
    expect(sprint.record.commitment).toBe('replayed');
    expect(sprint.record.close).toBe('recorded');
    expect(sprint.record.note).toBe(
      'The commitment is replayed from Jira’s history, as the app read it 3 hours after the start, too far from the start to stand for it; the outcome was recorded by the app 45 seconds after the close.',
    );
    expect(sprint.committed.issues).toEqual(['APP-1', 'APP-2', 'APP-4', 'APP-6']);
    expect(sprint.added.issues).toEqual(['APP-3', 'APP-5']);
    expect(sprint.completed.issues).toEqual(['APP-1', 'APP-2', 'APP-3']);
    expect(sprint.record.differences.map((d) => [d.issueKey, d.moment])).toEqual([['APP-2', 'close']]);
  });

  it('replays a sprint whose start was read after it had closed, saying why', () => {
    const sprint = sprintWith(ledgerOf({ start: capture('start', '2026-03-14T09:00:00.000Z', [], 'the sprint had already closed when the app read its start') }));
    expect(sprint.record.note).toBe('Replayed from Jira’s history, as the sprint had already closed when the app read its start.');
    expect(sprint.committed.points).toBe(19);
  });

  it('replays the commitment of a sprint the app saw only close, and records its outcome', () => {
    const sprint = sprintWith(ledgerOf({ close: capture('close', R1, CLOSE_ISSUES) }));
    expect(sprint.record.note).toBe('The commitment is replayed from Jira’s history, as the app did not see this sprint start; the outcome was recorded by the app 45 seconds after the close.');
  });
});

describe('goal and date changes from the update events', () => {
  it('lists them and reads the goal at the start from the record', () => {
    const start = capture('start', R0, START_ISSUES);
    const update = {
      kind: 'updated' as const, receivedAt: '2026-03-04T10:00:00.000Z', by: 'acc-sm',
      sprint: { ...start.sprint, goal: 'A new goal', endDate: '2026-03-16T17:00:00.000Z' },
      previous: { goal: 'Goal of sprint 7', endDate: '2026-03-13T17:00:00.000Z' },
    };
    const sprint = sprintWith(ledgerOf({ start, events: [update] }));
    expect(sprint.record.changes).toEqual([
      { at: '2026-03-04T10:00:00.000Z', by: 'acc-sm', field: 'goal', from: 'Goal of sprint 7', to: 'A new goal' },
      { at: '2026-03-04T10:00:00.000Z', by: 'acc-sm', field: 'endDate', from: '2026-03-13T17:00:00.000Z', to: '2026-03-16T17:00:00.000Z' },
    ]);
    expect(sprint.goalAtStart).toEqual({ goal: 'Goal of sprint 7', source: 'observed', observedAt: '2026-03-02T09:00:00.000Z' });
    expect(sprint.goalChangedAfterStart).toBe(true);
  });
});
