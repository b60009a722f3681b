/**
 * Role-relevant events from the board's history: who re-ranks, who assigns work on sprint items,
 * and who tends the backlog. Pure functions of the history and the sprints; times are epoch
 * milliseconds.
 */
import type { Sprint } from '../../domain/types';
import type { BoardHistory } from '../history/board-history';
import { isMemberAt } from '../history/membership';
import { compareText, toMs } from '../history/parse';
import { valueAt } from '../history/timeline';

export interface PersonEvent {
  issueKey: string;
  atMs: number;
  at: string;
  by: string | null;
}

const DAY_MS = 86_400_000;

export function windowStart(now: Date, days: number): number {
  return now.getTime() - days * DAY_MS;
}

/** Rank changes ("Ranked higher/lower") made in [sinceMs, now]. */
export function rankChanges(history: BoardHistory, sinceMs: number, nowMs: number): PersonEvent[] {
  const fieldId = history.fieldIds.rank;
  if (fieldId === null) return [];
  const events: PersonEvent[] = [];
  for (const r of history.issues) {
    const changelog = r.issue.changelog;
    for (let i = 0; i < changelog.length; i++) {
      const e = changelog[i];
      if (e.fieldId !== fieldId) continue;
      const atMs = r.eventMs[i];
      if (atMs >= sinceMs && atMs <= nowMs) events.push({ issueKey: r.issue.key, atMs, at: e.at, by: e.author?.accountId ?? null });
    }
  }
  return events;
}

/** Sprint start and completion (Infinity while open) by sprint id, for the board's started sprints. */
function startedSprints(sprints: readonly Sprint[]): Map<number, { startMs: number; endMs: number }> {
  const map = new Map<number, { startMs: number; endMs: number }>();
  for (const s of sprints) {
    const startMs = toMs(s.startDate);
    if (startMs === null || s.state === 'future') continue;
    map.set(s.id, { startMs, endMs: toMs(s.completeDate) ?? Infinity });
  }
  return map;
}

/**
 * Assignee changes made in [sinceMs, now] on sprint items: issues that, at the moment of the change,
 * were in a sprint of this board that is active or closed (so assignments made at sprint planning,
 * just before the start, count; items in future sprints or the backlog do not).
 */
export function assigneeChangesOnSprintItems(history: BoardHistory, sprints: readonly Sprint[], sinceMs: number, nowMs: number): PersonEvent[] {
  const runOrRunning = new Set(sprints.filter((s) => s.state === 'active' || s.state === 'closed').map((s) => s.id));
  const events: PersonEvent[] = [];
  for (const r of history.issues) {
    const changelog = r.issue.changelog;
    for (let i = 0; i < changelog.length; i++) {
      const e = changelog[i];
      if (e.fieldId !== 'assignee') continue;
      const atMs = r.eventMs[i];
      if (Number.isNaN(atMs) || atMs < sinceMs || atMs > nowMs) continue;
      let inSprint = false;
      for (const [sprintId, periods] of r.membership) {
        if (runOrRunning.has(sprintId) && isMemberAt(periods, atMs)) {
          inSprint = true;
          break;
        }
      }
      if (inSprint) events.push({ issueKey: r.issue.key, atMs, at: e.at, by: e.author?.accountId ?? null });
    }
  }
  return events;
}

/**
 * Backlog activity: rank, sprint and estimate changes on backlog items (not a sub-task, not done
 * and not in a running sprint just before the change), by the given people. Latest first.
 */
export function backlogActivityBy(history: BoardHistory, boardSprints: readonly Sprint[], people: ReadonlySet<string>): PersonEvent[] {
  if (people.size === 0) return [];
  const sprints = startedSprints(boardSprints);
  const { rank, sprint, estimate } = history.fieldIds;
  const fields = new Set([rank, sprint, estimate].filter((f): f is string => f !== null));
  const events: PersonEvent[] = [];
  for (const r of history.issues) {
    if (r.issue.issueType.subtask) continue;
    const changelog = r.issue.changelog;
    for (let i = 0; i < changelog.length; i++) {
      const e = changelog[i];
      const by = e.author?.accountId ?? null;
      if (by === null || !people.has(by) || !fields.has(e.fieldId)) continue;
      const atMs = r.eventMs[i];
      if (Number.isNaN(atMs)) continue;
      const before = atMs - 1;
      if (valueAt(r.done, before)) continue;
      let inRunningSprint = false;
      for (const [sprintId, periods] of r.membership) {
        const sprint = sprints.get(sprintId);
        if (sprint && sprint.startMs <= before && before < sprint.endMs && isMemberAt(periods, before)) {
          inRunningSprint = true;
          break;
        }
      }
      if (!inRunningSprint) events.push({ issueKey: r.issue.key, atMs, at: e.at, by });
    }
  }
  return events.sort((a, b) => b.atMs - a.atMs);
}

/** Counts events by person, most first (ties by account id; unknown authors as null). */
export function countByPerson(events: readonly PersonEvent[]): { accountId: string | null; changes: number }[] {
  const counts = new Map<string | null, number>();
  for (const e of events) counts.set(e.by, (counts.get(e.by) ?? 0) + 1);
  return [...counts.entries()]
    .map(([accountId, changes]) => ({ accountId, changes }))
    .sort((a, b) => b.changes - a.changes || compareText(String(a.accountId), String(b.accountId)));
}
