/** Small helpers shared by the sprint and role signal rules. */
import type { Signal, SignalEvidence } from '../../domain/types';
import type { SprintFigures } from '../../domain/report';
import type { SignalContext } from '../rule';

/** "67%" */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "1 item", "3 items" */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "a, b and c" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Evidence lists stay short enough to read; the report holds the full figures. */
export const EVIDENCE_LIMIT = 20;

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

export function evidence(parts: Partial<SignalEvidence>): SignalEvidence {
  return {
    issueKeys: unique(parts.issueKeys ?? []).slice(0, EVIDENCE_LIMIT),
    sprintIds: unique(parts.sprintIds ?? []),
    people: unique(parts.people ?? []),
    dates: unique(parts.dates ?? []).slice(0, EVIDENCE_LIMIT),
  };
}

/** A fired signal; `alsoFor` defaults to no other role. */
export function fired(fields: Omit<Signal, 'alsoFor'> & Partial<Pick<Signal, 'alsoFor'>>): { fired: Signal } {
  return { fired: { ...fields, alsoFor: fields.alsoFor ?? [] } };
}

export const NO_SPRINTS = 'This board has no sprints (for example a Kanban board), so the rule cannot be checked.';

/** The last `count` closed sprints, oldest first. */
export function lastClosed(ctx: SignalContext, count: number): SprintFigures[] {
  const closed = ctx.sprints?.closed ?? [];
  return closed.slice(Math.max(0, closed.length - count));
}

export const DAY_MS = 24 * 60 * 60 * 1000;
