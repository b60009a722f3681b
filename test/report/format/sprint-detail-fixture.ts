/**
 * The sprint in detail for HARB (fixture.ts): Harbour Sprint 42 recorded by the app at its start
 * and close, with its issues, one difference from the replay and one hygiene note; the running
 * Harbour Sprint 43 halfway through; velocity over Sprints 41 (replayed) and 42 (recorded).
 * The groups agree with fixture.ts: Sprint 42 committed 103 (2), 110 (2), 120 (5), 121 (3) = 12
 * points, added 125 (1), removed 121, completed 103, 120, 125 = 8 points.
 */
import type { RunningSprint, SprintFigures, SprintIssueRow, Velocity } from '../../../src/domain/report';
import { replayedRecord } from '../../support/sprint-parts';

function row(key: string, summary: string, entry: SprintIssueRow['entry'], outcome: SprintIssueRow['outcome'], estimates: [number, number], status: string, moves: Partial<SprintIssueRow> = {}): SprintIssueRow {
  return {
    key, summary, issueType: 'Story', entry, outcome, status, estimateAtStart: estimates[0], estimateAtEnd: estimates[1],
    addedAt: null, addedBy: null, removedAt: null, removedBy: null, finishedOutside: false, ...moves,
  };
}

export function sprint42Detail(): Pick<SprintFigures, 'record' | 'issues' | 'hygiene'> {
  return {
    record: {
      commitment: 'recorded',
      close: 'recorded',
      startRecordedAt: '2026-10-26T09:01:00.000Z',
      closeRecordedAt: '2026-11-10T11:00:00.000Z',
      note: 'Recorded by the app as it happened: read 1 minute after the start and at the close.',
      replayed: { commitmentReliability: 0.5, completionRate: 0.6, scopeChurn: 0.75, carryOver: 0.2 },
      differences: [
        {
          issueKey: 'HARB-121', moment: 'start', recorded: ['committed', 'removed'], replayed: ['added', 'removed'],
          reason: 'Added 30 seconds after the start, before the app recorded the sprint: the app’s record counts it as committed and removed, the replay of Jira’s history as added and removed.',
        },
      ],
      changes: [{ at: '2026-10-28T10:00:00.000Z', by: 'acc-sam', field: 'endDate', from: '2026-11-06T17:00:00.000+0000', to: '2026-11-09T17:00:00.000+0000' }],
    },
    issues: [
      row('HARB-103', 'Refund by card', 'committed', 'completed', [2, 2], 'Done'),
      row('HARB-110', 'Retry failed payouts | nightly', 'committed', 'notCompleted', [2, 2], 'In Progress'),
      row('HARB-120', 'Refund reason codes', 'committed', 'completed', [5, 5], 'Done'),
      row('HARB-121', 'Refund to a wallet', 'committed', 'removed', [3, 3], 'To Do', { removedAt: '2026-11-02T15:00:00.000+0000', removedBy: 'acc-ana' }),
      row('HARB-125', 'Refund e-mail wording', 'added', 'completed', [1, 1], 'Done', { addedAt: '2026-10-29T09:30:00.000+0000', addedBy: 'acc-kit' }),
    ],
    hygiene: [{ kind: 'estimate-changed', issueKeys: ['HARB-120'], effect: 'Completed items weigh their estimate at the close.', jiraDiffers: null }],
  };
}

export function runningSprint43(): RunningSprint {
  return {
    record: { ...replayedRecord(), note: 'Replayed from Jira’s history, as no record of it was made from Jira’s sprint events.' },
    unit: 'points',
    committed: { issues: ['HARB-110', 'HARB-130', 'HARB-131'], points: 10 },
    added: { issues: [], points: 0 },
    removed: { issues: [], points: 0 },
    done: { issues: ['HARB-130'], points: 5 },
    notDone: { issues: ['HARB-110', 'HARB-131'], points: 5 },
    doneBeforeStart: { issues: [], points: 0 },
    elapsed: 0.5,
    workingDaysLeft: 4,
    burnup: [
      { at: '2026-11-10T23:59:59.999Z', scope: 10, done: 0 },
      { at: '2026-11-17T12:00:00.000Z', scope: 10, done: 5 },
    ],
    atRisk: [{ issueKey: 'HARB-110', summary: 'Retry failed payouts | nightly', flagged: false, notStarted: false, carriedFrom: [41, 42] }],
    issues: [
      row('HARB-110', 'Retry failed payouts | nightly', 'committed', 'notCompleted', [2, 2], 'In Progress'),
      row('HARB-130', 'Show refund status on the receipt page', 'committed', 'completed', [5, 5], 'Done'),
      row('HARB-131', 'Escape <script> tags in comment previews', 'committed', 'notCompleted', [3, 3], 'To Do'),
    ],
    hygiene: [],
  };
}

export function harbourVelocity(): Velocity {
  return {
    unit: 'points',
    sprints: [
      { sprintId: 41, name: 'Harbour Sprint 41', committed: 13, completed: 11, commitmentReliability: 11 / 13, scopeChurn: 0.25, record: 'replayed' },
      { sprintId: 42, name: 'Harbour Sprint 42', committed: 12, completed: 8, commitmentReliability: 7 / 12, scopeChurn: 0.5, record: 'recorded' },
    ],
    averageCompleted: 9.5,
  };
}
