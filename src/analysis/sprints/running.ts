/**
 * The running sprint so far (docs/metrics.md, "The running sprint"), read like a closed sprint that
 * closed now: committed (from the app's record of the start when it stands for it, else replayed),
 * added and removed since the start, done so far (in the sprint now and done), the burnup against
 * the time left, and the items at risk: in the sprint now and not done, and flagged now, or not
 * started (status category "To Do") with half the planned time or more gone, or left unfinished in
 * an earlier closed sprint of this board.
 */
import type { BoardData, Sprint } from '../../domain/types';
import type { AtRiskItem, RunningSprint, SprintFigures } from '../../domain/report';
import type { SprintLedger } from '../../domain/sprint-ledger';
import type { BoardHistory } from '../history/board-history';
import { toMs } from '../history/parse';
import { valueAt } from '../history/timeline';
import { burnup } from './burnup';
import type { SprintGroupsOf } from './groups';
import { sprintHygiene } from './hygiene';
import { issueRows } from './issue-rows';
import { fieldChanges, usableCaptures } from './ledger/captures';
import { ledgerDifferences } from './ledger/differences';
import { recordNote } from './ledger/record';
import { readingSets, recordedReading } from './ledger/recorded';
import { replayReading } from './reading';
import { compareIssueKeys, groupSprintIssues, workingDaysBetween } from './reconstruct';
import { estimateChanges, scopeChanges } from './sprint-changes';

/** Half the planned time gone: from then on, an item not started is at risk. */
export const NOT_STARTED_RISK_FROM = 0.5;

export interface RunningInput {
  sprint: Sprint;
  data: BoardData;
  history: BoardHistory;
  ledger: SprintLedger | undefined;
  /** Closed sprints of the board, oldest first (for the items carried over before). */
  closed: readonly SprintFigures[];
  now: Date;
}

export function runningSprint(input: RunningInput): RunningSprint {
  const { sprint, data, history } = input;
  const pointsEnabled = data.config.estimation.type === 'field';
  const nowMs = input.now.getTime();
  const t0 = toMs(sprint.startDate);
  const started = t0 !== null && t0 <= nowMs;
  const usable = usableCaptures(input.ledger, t0, null);
  const recordInput = { sprintId: sprint.id, t0, t1: nowMs, running: true, ledger: input.ledger, usable, history, projectKey: data.project.key, pointsEnabled };
  const stories = (history.bySprint.get(sprint.id) ?? []).filter((issue) => !issue.issue.issueType.subtask);
  const groups = groupSprintIssues(sprint.id, started ? stories : [], t0 ?? nowMs, nowMs);
  const keyGroups: SprintGroupsOf<string> = {
    committed: keysOf(groups.committed), added: keysOf(groups.added), removed: keysOf(groups.removed),
    completed: keysOf(groups.completed), notCompleted: keysOf(groups.notCompleted), doneBeforeStart: keysOf(groups.doneBeforeStart),
  };
  const replayed = replayReading(sprint.id, t0 ?? nowMs, nowMs, keyGroups, history);
  const start = started ? usable.start.capture : null;
  const reading = start ? recordedReading({ sprintId: sprint.id, t0: t0 as number, t1: nowMs, projectKey: data.project.key, history, start, close: null }) : replayed;
  const sets = readingSets(reading, pointsEnabled);
  const added = new Set(reading.groups.added);
  const removed = new Set(reading.groups.removed);
  const changes = started ? scopeChanges(sprint.id, groups, t0 as number, nowMs).filter((c) => (c.change === 'added' ? added : removed).has(c.issueKey)) : [];
  const estimates = started ? estimateChanges(sprint.id, [...groups.committed, ...groups.added], t0 as number, nowMs) : [];
  const endMs = toMs(sprint.endDate);
  const elapsed = t0 === null || endMs === null || endMs <= t0 ? null : Math.min(1, Math.max(0, (nowMs - t0) / (endMs - t0)));
  const inPoints = pointsEnabled && (sets.committed.points ?? 0) > 0;
  return {
    record: {
      commitment: start ? 'recorded' : 'replayed',
      close: 'replayed',
      startRecordedAt: start?.recordedAt ?? null,
      closeRecordedAt: null,
      note: recordNote(recordInput),
      replayed: null,
      differences: start ? ledgerDifferences({ replayed, recorded: reading, r0: toMs(start.recordedAt), r1: null, pointsEnabled }) : [],
      changes: fieldChanges(input.ledger?.events ?? []),
    },
    unit: inPoints ? 'points' : 'issues',
    committed: sets.committed,
    added: sets.added,
    removed: sets.removed,
    done: sets.completed,
    notDone: sets.notCompleted,
    doneBeforeStart: sets.doneBeforeStart,
    elapsed,
    workingDaysLeft: workingDaysBetween(input.now.toISOString(), sprint.endDate),
    burnup: started ? burnup(sprint.id, stories, new Set(reading.groups.doneBeforeStart), t0 as number, nowMs, inPoints) : [],
    atRisk: atRisk(reading.groups.notCompleted, history, input.closed, elapsed, nowMs),
    issues: started ? issueRows(reading, changes) : [],
    hygiene: started ? sprintHygiene({ reading, scopeChanges: changes, estimateChanges: estimates, boardSprintIds: new Set(data.sprints.map((s) => s.id)), running: true }) : [],
  };
}

/** The keys of a group, in natural key order (as every issue set of the report). */
function keysOf(group: readonly { issue: { key: string } }[]): string[] {
  return group.map((issue) => issue.issue.key).sort(compareIssueKeys);
}

function atRisk(open: readonly string[], history: BoardHistory, closed: readonly SprintFigures[], elapsed: number | null, nowMs: number): AtRiskItem[] {
  const items: AtRiskItem[] = [];
  for (const key of open) {
    const issue = history.byKey.get(key);
    const flagged = issue ? valueAt(issue.flagged, nowMs) : false;
    const notStarted = issue !== undefined && elapsed !== null && elapsed >= NOT_STARTED_RISK_FROM && issue.issue.status.category === 'new';
    const carriedFrom = closed.filter((figures) => figures.notCompleted.issues.includes(key)).map((figures) => figures.id);
    if (flagged || notStarted || carriedFrom.length > 0) items.push({ issueKey: key, summary: issue?.issue.summary ?? '', flagged, notStarted, carriedFrom });
  }
  return items;
}
