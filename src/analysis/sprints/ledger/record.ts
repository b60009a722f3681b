/**
 * A sprint's figures with their record (docs/metrics.md, "The sprint ledger"): where the app's
 * recordings of the sprint stand for their moments, the figures are the record's and say so, with
 * the replay's ratios and every difference beside them; otherwise they are the replay's, and say
 * why. Scope changes and estimate changes stay the replay's (who and when), kept to the issues the
 * record counts as added, removed or in the sprint.
 */
import type { SprintFigures, SprintRecord } from '../../../domain/report';
import type { SprintLedger } from '../../../domain/sprint-ledger';
import type { BoardHistory } from '../../history/board-history';
import { toMs } from '../../history/parse';
import type { SprintGroupsOf } from '../groups';
import { replayReading, type SprintReading } from '../reading';
import type { ReplayedSprint } from '../reconstruct';
import { fieldChanges, relativeTo, type UsableCapture } from './captures';
import { ledgerDifferences } from './differences';
import { readingRatios, readingSets, recordedReading } from './recorded';

export interface RecordInput {
  sprintId: number;
  t0: number | null;
  /** The completion; for a running sprint, the report's moment (`running` set). */
  t1: number | null;
  running: boolean;
  ledger: SprintLedger | undefined;
  usable: { start: UsableCapture; close: UsableCapture };
  history: BoardHistory;
  projectKey: string;
  pointsEnabled: boolean;
}

const NO_RECORD = 'no record of it was made from Jira’s sprint events';

/** How the figures were made, in plain words (see the file comment). */
export function recordNote(input: RecordInput): string {
  const { start, close } = input.usable;
  const startAt = start.capture && input.t0 !== null ? relativeTo(toMs(start.capture.recordedAt) ?? input.t0, input.t0, 'start') : null;
  const closeAt = close.capture && input.t1 !== null ? relativeTo(toMs(close.capture.recordedAt) ?? input.t1, input.t1, 'close') : null;
  if (input.running) {
    return startAt
      ? `The commitment was recorded by the app ${startAt}; the rest is read from Jira’s history as of now.`
      : `Replayed from Jira’s history, as ${start.problem ?? NO_RECORD}.`;
  }
  if (startAt && closeAt) return `Recorded by the app as it happened: read ${startAt} and ${closeAt}.`;
  if (startAt) return `The commitment was recorded by the app ${startAt}; the outcome is replayed from Jira’s history, as ${close.problem ?? 'the app has no record of the close'}.`;
  if (closeAt) return `The commitment is replayed from Jira’s history, as ${start.problem ?? 'the app did not see this sprint start'}; the outcome was recorded by the app ${closeAt}.`;
  return `Replayed from Jira’s history, as ${start.problem ?? close.problem ?? NO_RECORD}.`;
}

function keysOf(figures: Pick<SprintFigures, 'committed' | 'added' | 'removed' | 'completed' | 'notCompleted' | 'doneBeforeStart'>): SprintGroupsOf<string> {
  return {
    committed: figures.committed.issues,
    added: figures.added.issues,
    removed: figures.removed.issues,
    completed: figures.completed.issues,
    notCompleted: figures.notCompleted.issues,
    doneBeforeStart: figures.doneBeforeStart.issues,
  };
}

/** The figures to show and the reading behind them (for the per-issue report and the hygiene notes). */
export function withRecord(input: RecordInput, replayed: ReplayedSprint): { figures: Omit<SprintFigures, 'issues' | 'hygiene'>; reading: SprintReading | null } {
  const { start, close } = input.usable;
  const record: SprintRecord = {
    commitment: start.capture ? 'recorded' : 'replayed',
    close: close.capture ? 'recorded' : 'replayed',
    startRecordedAt: start.capture?.recordedAt ?? null,
    closeRecordedAt: close.capture?.recordedAt ?? null,
    note: recordNote(input),
    replayed: null,
    differences: [],
    changes: fieldChanges(input.ledger?.events ?? []),
  };
  if (input.t0 === null || input.t1 === null || input.t1 < input.t0) return { figures: { ...replayed, record }, reading: null };
  const replayedReading = replayReading(input.sprintId, input.t0, input.t1, keysOf(replayed), input.history);
  if (!start.capture && !close.capture) return { figures: { ...replayed, record }, reading: replayedReading };

  const reading = recordedReading({ sprintId: input.sprintId, t0: input.t0, t1: input.t1, projectKey: input.projectKey, history: input.history, start: start.capture, close: close.capture });
  const sets = readingSets(reading, input.pointsEnabled);
  const added = new Set(reading.groups.added);
  const removed = new Set(reading.groups.removed);
  const inSprint = new Set([...reading.groups.committed, ...reading.groups.added]);
  record.replayed = {
    commitmentReliability: replayed.commitmentReliability,
    completionRate: replayed.completionRate,
    scopeChurn: replayed.scopeChurn,
    carryOver: replayed.carryOver,
  };
  record.differences = ledgerDifferences({
    replayed: replayedReading,
    recorded: reading,
    r0: start.capture ? toMs(start.capture.recordedAt) : null,
    r1: close.capture ? toMs(close.capture.recordedAt) : null,
    pointsEnabled: input.pointsEnabled,
  });
  const figures = {
    ...replayed,
    ...sets,
    ...readingRatios(reading, input.pointsEnabled),
    scopeChanges: replayed.scopeChanges.filter((change) => (change.change === 'added' ? added : removed).has(change.issueKey)),
    estimateChanges: replayed.estimateChanges.filter((change) => inSprint.has(change.issueKey)),
    record,
  };
  return { figures, reading };
}
