/**
 * What several rules share: the evidence list, the reasons a rule cannot be checked when a section
 * is missing, and the last closed sprints. The words and numbers of the sentences come from
 * src/vocabulary.
 */
import type { SignalEvidence } from '../domain/types';
import type { SprintFigures } from '../domain/report';
import type { SignalContext } from './rule';

/** Evidence lists stay short enough to read; the report holds the full figures. */
export const EVIDENCE_LIMIT = 20;

export const DAY_MS = 24 * 60 * 60 * 1000;

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * Each moment once (two spellings of one instant, "…Z" and "…+0000", are one), oldest first; a
 * value that is not a date keeps its place after the dates.
 */
function inTimeOrder(dates: readonly string[]): string[] {
  const seen = new Set<number>();
  const timed: { date: string; at: number }[] = [];
  const other: string[] = [];
  for (const date of dates) {
    const at = Date.parse(date);
    if (Number.isNaN(at)) other.push(date);
    else if (!seen.has(at)) {
      seen.add(at);
      timed.push({ date, at });
    }
  }
  return [...timed.sort((a, b) => a.at - b.at).map((t) => t.date), ...unique(other)];
}

/**
 * Each key, sprint and person once, in the order given; dates once each and oldest first (then cut
 * to the oldest EVIDENCE_LIMIT); at most EVIDENCE_LIMIT issue keys. Sprints are put in the order they
 * ran when the signal is stamped (rule.ts), since only the sections know that order.
 */
export function evidence(parts: Partial<SignalEvidence>): SignalEvidence {
  return {
    issueKeys: unique(parts.issueKeys ?? []).slice(0, EVIDENCE_LIMIT),
    sprintIds: unique(parts.sprintIds ?? []),
    people: unique(parts.people ?? []),
    dates: inTimeOrder(parts.dates ?? []).slice(0, EVIDENCE_LIMIT),
  };
}

/**
 * Sprint ids in the order the sprints ran (by start, as the sprint section lists them: closed
 * sprints oldest first, then the running one); ids the section does not know come last, by id.
 */
export function inSprintOrder(sprintIds: readonly number[], sprints: SignalContext['sprints']): number[] {
  const order = new Map<number, number>();
  const starts = [...(sprints?.closed ?? []).map((s) => ({ id: s.id, start: s.startDate })), ...(sprints?.recentlyStarted ?? []).map((s) => ({ id: s.sprintId, start: s.startDate }))];
  if (sprints?.active) starts.push({ id: sprints.active.id, start: sprints.active.startDate });
  const known = starts
    .map((s, index) => ({ id: s.id, at: s.start ? Date.parse(s.start) : Number.POSITIVE_INFINITY, index }))
    .sort((a, b) => a.at - b.at || a.index - b.index);
  for (const { id } of known) if (!order.has(id)) order.set(id, order.size);
  const rank = (id: number) => order.get(id) ?? Number.POSITIVE_INFINITY;
  return unique(sprintIds).sort((a, b) => rank(a) - rank(b) || a - b);
}

export const NO_SPRINTS = 'This board has no sprint figures (it has not run a sprint yet, or its sprints could not be read this time), so the rule cannot be checked.';
/** Why a sprint signal does not apply to a board without sprints. */
export const NOT_A_SPRINT_BOARD = 'This board runs no sprints (it is a Kanban board), so a rule about sprints does not apply to it.';
/** Why a rule that measures in sprints cannot be checked on a board without sprints. */
export const MEASURED_IN_SPRINTS = 'This board runs no sprints (it is a Kanban board), and the rule measures in sprints, so it cannot be checked here.';
export const NO_BACKLOG = 'This board has no backlog figures (for example a board without sprints), so the rule cannot be checked.';
export const NO_FLOW = 'The flow figures of this board could not be worked out, so the rule cannot be checked.';
export const NO_PO = 'No Product Owner is named in the settings, so the app cannot tell which changes were the Product Owner’s.';
export const NO_SM = 'No Scrum Master is named in the settings, so the app cannot tell which changes were the Scrum Master’s.';

/**
 * The part the named people had in changes counted by person: all the changes, the named people's
 * rows and their changes, and share = their changes / all changes (0 when there were none).
 */
export function partOf(rows: readonly { accountId: string | null; changes: number }[], named: readonly string[]) {
  const total = rows.reduce((n, row) => n + row.changes, 0);
  const theirs = rows.filter((row): row is { accountId: string; changes: number } => row.accountId !== null && named.includes(row.accountId));
  const changes = theirs.reduce((n, row) => n + row.changes, 0);
  return { total, rows: theirs, changes, share: total === 0 ? 0 : changes / total };
}

/** The last `count` closed sprints, oldest first. */
export function lastClosed(ctx: SignalContext, count: number): SprintFigures[] {
  const closed = ctx.sprints?.closed ?? [];
  return closed.slice(Math.max(0, closed.length - count));
}
