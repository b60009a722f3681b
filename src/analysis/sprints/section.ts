/**
 * The sprint section of the report: every closed sprint reconstructed (oldest first, by completion)
 * with its record (from the app's sprint ledger, or replayed: ledger/record.ts), its issues (the last
 * SPRINT_DETAIL_SPRINTS) and its hygiene notes; the running sprint; velocity; the trend over the last
 * `trendSprints`, carry-over chains, scope changers, and the goals of the sprints that started last.
 */
import type { BoardData, Sprint } from '../../domain/types';
import type { ProjectSettings } from '../../domain/settings';
import type { CarryOverChain, SprintFigures, SprintSection, SprintStart } from '../../domain/report';
import type { LedgerInput, SprintLedger } from '../../domain/sprint-ledger';
import { reconstructSprint } from './reconstruct';
import { mergeGoals, recordedGoals, usableCaptures } from './ledger/captures';
import { withRecord } from './ledger/record';
import { issueRows, SPRINT_DETAIL_SPRINTS } from './issue-rows';
import { sprintHygiene } from './hygiene';
import { runningSprint } from './running';
import { velocity } from './velocity';
import { impediments } from './sprint-changes';
import { goalAtStart, goalChangedAfterStart } from './goals';
import type { BoardHistory } from '../history/board-history';
import { compareText, toMs } from '../history/parse';
import { valueAt } from '../history/timeline';

export interface SprintSectionInput {
  data: BoardData;
  /** The board's history, read once per report (src/analysis/history). */
  history: BoardHistory;
  settings: ProjectSettings;
  now: Date;
  /** The app's records of the board's sprints (absent: none were made). */
  ledger?: LedgerInput;
}

/** Closed sprints oldest first by completion (then end, then start, then id). */
export function closedSprintsInOrder(sprints: readonly Sprint[]): Sprint[] {
  const key = (s: Sprint) => toMs(s.completeDate) ?? toMs(s.endDate) ?? toMs(s.startDate) ?? 0;
  return sprints.filter((s) => s.state === 'closed').sort((a, b) => key(a) - key(b) || a.id - b.id);
}

export function analyseSprints(input: SprintSectionInput): SprintSection {
  const { data, history, settings } = input;
  const pointsEnabled = data.config.estimation.type === 'field';
  const ledgers = new Map<number, SprintLedger>((input.ledger?.sprints ?? []).map((ledger) => [ledger.sprintId, ledger]));
  const boardSprintIds = new Set(data.sprints.map((s) => s.id));
  const inOrder = closedSprintsInOrder(data.sprints);
  const closed = inOrder.map((sprint, index) => {
    const ledger = ledgers.get(sprint.id);
    const t0 = toMs(sprint.startDate);
    const t1 = toMs(sprint.completeDate);
    const usable = usableCaptures(ledger, t0, t1);
    const goalHistory = mergeGoals(data.sprintGoals?.[sprint.id], recordedGoals(usable.start.capture, sprint.startDate, ledger?.events ?? []));
    const replayed = reconstructSprint(sprint, history, { pointsEnabled, goalHistory });
    const recordInput = { sprintId: sprint.id, t0, t1, running: false, ledger, usable, history, projectKey: data.project.key, pointsEnabled };
    const { figures, reading } = withRecord(recordInput, replayed);
    const detailed = index >= inOrder.length - SPRINT_DETAIL_SPRINTS;
    return {
      ...figures,
      issues: reading && detailed ? issueRows(reading, figures.scopeChanges) : null,
      hygiene: reading ? sprintHygiene({ reading, scopeChanges: figures.scopeChanges, estimateChanges: figures.estimateChanges, boardSprintIds, running: false }) : [],
    };
  });
  const trendFigures = closed.slice(Math.max(0, closed.length - settings.trendSprints));
  return {
    closed,
    active: activeSprint(data, history, input.now, ledgers, closed),
    futureCount: data.sprints.filter((s) => s.state === 'future').length,
    trend: trendFigures.map((f) => ({
      sprintId: f.id,
      name: f.name,
      commitmentReliability: f.commitmentReliability,
      completionRate: f.completionRate,
      scopeChurn: f.scopeChurn,
      carryOver: f.carryOver,
    })),
    carryOverChains: carryOverChains(closed, history, input.now),
    scopeChangers: scopeChangers(trendFigures),
    recentlyStarted: recentlyStarted(data, settings.thresholds.missingSprintGoal.ofLast),
    velocity: velocity(closed, pointsEnabled),
  };
}

/**
 * The active sprint (the most recently started when sprints overlap); issueCount excludes sub-tasks.
 * Its impediments are the flag periods from its start t0 until now, found as for a closed sprint
 * that closed now (none when it has no start date, or starts after now).
 */
function activeSprint(data: BoardData, history: BoardHistory, now: Date, ledgers: ReadonlyMap<number, SprintLedger>, closed: readonly SprintFigures[]): SprintSection['active'] {
  const active = data.sprints
    .filter((s) => s.state === 'active')
    .sort((a, b) => (toMs(b.startDate) ?? 0) - (toMs(a.startDate) ?? 0) || b.id - a.id)[0];
  if (!active) return null;
  const issueCount = data.issues.filter((i) => !i.issueType.subtask && i.sprintIds.includes(active.id)).length;
  const ledger = ledgers.get(active.id);
  const t0 = toMs(active.startDate);
  const observed = mergeGoals(data.sprintGoals?.[active.id], recordedGoals(usableCaptures(ledger, t0, null).start.capture, active.startDate, ledger?.events ?? []));
  const nowMs = now.getTime();
  const soFar = t0 === null || nowMs < t0 ? [] : impediments(active.id, history.bySprint.get(active.id) ?? [], t0, nowMs);
  return {
    id: active.id, name: active.name, startDate: active.startDate, endDate: active.endDate, goal: active.goal, issueCount,
    goalAtStart: goalAtStart(active, observed), goalChangedAfterStart: goalChangedAfterStart(active, observed),
    impediments: soFar,
    running: runningSprint({ sprint: active, data, history, ledger, closed, now }),
  };
}

/** The last `count` sprints to start (closed or active, by start date, then id), oldest first, with the goal each started with. */
export function recentlyStarted(data: BoardData, count: number): SprintStart[] {
  const started = data.sprints
    .filter((s): s is Sprint & { startDate: string } => s.state !== 'future' && toMs(s.startDate) !== null)
    .sort((a, b) => (toMs(a.startDate) ?? 0) - (toMs(b.startDate) ?? 0) || a.id - b.id);
  return started
    .slice(Math.max(0, started.length - count))
    .map((sprint) => ({ sprintId: sprint.id, name: sprint.name, startDate: sprint.startDate, goalAtStart: goalAtStart(sprint, data.sprintGoals?.[sprint.id]) }));
}

/**
 * Carry-over chains: an issue left unfinished in 2 or more of its own sprints in a row. Each
 * issue's sprints are the closed sprints it was in (in any group), in the board's closed order; a
 * run of "not completed" grows along them and ends at a sprint where the issue was completed,
 * removed or done before the start. Sprints the issue was never in do not break it, so chains
 * hold when the board runs overlapping sprints (two teams, or a sprint that closes late while the
 * next has started). One chain per run; `done` = the issue is done now.
 */
export function carryOverChains(closed: readonly SprintFigures[], history: BoardHistory, now: Date): CarryOverChain[] {
  const runs = new Map<string, number[]>(); // issue key -> current run of sprint ids
  const chains: CarryOverChain[] = [];
  const finish = (key: string) => {
    const sprintIds = runs.get(key);
    runs.delete(key);
    if (!sprintIds || sprintIds.length < 2) return;
    const issue = history.byKey.get(key);
    chains.push({
      issueKey: key,
      summary: issue?.issue.summary ?? '',
      sprintIds,
      done: issue ? valueAt(issue.done, now.getTime()) : false,
    });
  };
  for (const figures of closed) {
    for (const key of figures.notCompleted.issues) {
      const run = runs.get(key);
      if (run) run.push(figures.id);
      else runs.set(key, [figures.id]);
    }
    const unfinished = new Set(figures.notCompleted.issues);
    for (const group of [figures.committed, figures.added, figures.removed, figures.completed, figures.doneBeforeStart]) {
      for (const key of group.issues) if (!unfinished.has(key)) finish(key);
    }
  }
  for (const key of [...runs.keys()]) finish(key);
  return chains.sort((a, b) => b.sprintIds.length - a.sprintIds.length || compareText(a.issueKey, b.issueKey));
}

/** Who added or removed items after sprint start, across the given sprints, most changes first. */
export function scopeChangers(figures: readonly SprintFigures[]): SprintSection['scopeChangers'] {
  const byPerson = new Map<string | null, { accountId: string | null; added: number; removed: number }>();
  for (const f of figures) {
    for (const change of f.scopeChanges) {
      const row = byPerson.get(change.by) ?? { accountId: change.by, added: 0, removed: 0 };
      if (change.change === 'added') row.added++;
      else row.removed++;
      byPerson.set(change.by, row);
    }
  }
  return [...byPerson.values()].sort((a, b) => b.added + b.removed - (a.added + a.removed) || compareText(String(a.accountId), String(b.accountId)));
}
