/**
 * Sprint membership periods of one issue, from its Sprint field history.
 * A period [fromMs, toMs) means the issue was in the sprint from fromMs (inclusive) until toMs
 * (exclusive; Infinity = still in it). Changes made at an instant apply at that instant.
 */
export interface MembershipInterval {
  fromMs: number;
  /** Who put the issue in the sprint (the creator for an issue created into it). */
  fromBy: string | null;
  toMs: number;
  /** Who took it out; null while still in, or when Jira did not say. */
  toBy: string | null;
}

export interface SprintFieldChange {
  ms: number;
  from: Set<number>;
  to: Set<number>;
  by: string | null;
}

/**
 * Builds the periods. The value before the first change is that change's `from`; with no change,
 * the current sprint ids. Either is held from creation (or from the first change, if earlier).
 */
export function buildMembership(currentSprintIds: number[], changes: SprintFieldChange[], createdMs: number, creator: string | null): Map<number, MembershipInterval[]> {
  const periods = new Map<number, MembershipInterval[]>();
  const open = new Map<number, MembershipInterval>();
  const initial = changes.length > 0 ? changes[0].from : new Set(currentSprintIds);
  const startMs = changes.length > 0 ? Math.min(createdMs, changes[0].ms) : createdMs;
  for (const sprintId of initial) enter(periods, open, sprintId, startMs, creator);
  for (const change of changes) {
    for (const [sprintId, interval] of open) {
      if (!change.to.has(sprintId)) {
        interval.toMs = change.ms;
        interval.toBy = change.by;
        open.delete(sprintId);
      }
    }
    for (const sprintId of change.to) {
      if (!open.has(sprintId)) enter(periods, open, sprintId, change.ms, change.by);
    }
  }
  return periods;
}

/** Opens a period in the sprint from `ms`. (A plain function, not a closure: it runs for every issue.) */
function enter(periods: Map<number, MembershipInterval[]>, open: Map<number, MembershipInterval>, sprintId: number, ms: number, by: string | null): void {
  const interval: MembershipInterval = { fromMs: ms, fromBy: by, toMs: Infinity, toBy: null };
  open.set(sprintId, interval);
  const list = periods.get(sprintId);
  if (list) list.push(interval);
  else periods.set(sprintId, [interval]);
}

/** true when one of the periods contains `atMs`. (Few periods per sprint: a linear scan is fastest.) */
export function isMemberAt(periods: readonly MembershipInterval[] | undefined, atMs: number): boolean {
  if (!periods) return false;
  for (const p of periods) if (p.fromMs <= atMs && atMs < p.toMs) return true;
  return false;
}

/**
 * true when the issue was in the sprint at some moment of a window:
 * '(]' = (startMs, endMs], overlapping [from, to) iff from <= endMs and to > startMs;
 * '[)' = [startMs, endMs), overlapping [from, to) iff from < endMs and to > startMs.
 */
export function wasMemberDuring(periods: readonly MembershipInterval[] | undefined, startMs: number, endMs: number, bounds: '(]' | '[)'): boolean {
  if (!periods || endMs <= startMs) return false;
  for (const p of periods) {
    if (p.toMs <= p.fromMs) continue; // in and out at the same instant: never really in
    const startsInTime = bounds === '(]' ? p.fromMs <= endMs : p.fromMs < endMs;
    if (startsInTime && p.toMs > startMs) return true;
  }
  return false;
}
