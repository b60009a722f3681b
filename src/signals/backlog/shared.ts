/** Small helpers shared by the backlog signal rules. */
import type { Signal, SignalEvidence } from '../../domain/types';

/** "67%" */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "0.4", "2", "1.3": at most one decimal, no trailing zero. */
export function decimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** "1 item", "3 items" */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Evidence lists stay short enough to read; the report holds the full figures. */
export const EVIDENCE_LIMIT = 20;

export function evidence(parts: Partial<SignalEvidence>): SignalEvidence {
  return {
    issueKeys: (parts.issueKeys ?? []).slice(0, EVIDENCE_LIMIT),
    sprintIds: parts.sprintIds ?? [],
    people: parts.people ?? [],
    dates: parts.dates ?? [],
  };
}

/** A fired backlog signal (area backlog, role PO). */
export function backlogSignal(fields: Omit<Signal, 'role' | 'area' | 'alsoFor'>): { fired: Signal } {
  return { fired: { ...fields, role: 'PO', alsoFor: [], area: 'backlog' } };
}

export const NO_BACKLOG = 'This board has no backlog figures (for example a board without sprints), so the rule cannot be checked.';

export const DAY_MS = 24 * 60 * 60 * 1000;
