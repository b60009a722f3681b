/**
 * Jira Software's sprint events (manifest: the `sprint-ledger-events` trigger on
 * avi:jira-software:started:sprint, updated:sprint and closed:sprint), the sprint ledger's first
 * step (docs/metrics.md, "The sprint ledger"). The handler's work is bounded: it reads the event,
 * keeps what it carried (one small record per distinct event) and, for a start or a close, queues
 * the reading of the sprint's issues, which is the heavy part (sprint-recording.ts). A repeated
 * event is kept once and queues nothing; the order events arrive in does not matter here.
 *
 * The payload, per Forge's events reference: { eventType, sprint: { id, originBoardId?, name,
 * goal?, state, createDate?, startDate?, endDate?, completeDate? }, oldValue? (update only: the
 * fields that changed, as they were), atlassianId? }. Ids come as text in the reference and as
 * numbers in some examples: both are read.
 */
import type { LedgerEvent, LedgerPrevious, LedgerSprintFields } from '../domain/sprint-ledger';
import type { SprintState } from '../domain/types';
import { SprintLedgerStore } from '../storage/sprint-ledger-store';
import type { AppDeps, LedgerJob } from './types';

const EVENT_KINDS: Readonly<Record<string, LedgerEvent['kind']>> = {
  'avi:jira-software:started:sprint': 'started',
  'avi:jira-software:updated:sprint': 'updated',
  'avi:jira-software:closed:sprint': 'closed',
};

/** The state a sprint is in after each event, when the payload does not say. */
const STATE_AFTER: Readonly<Record<LedgerEvent['kind'], SprintState>> = { started: 'active', updated: 'future', closed: 'closed' };
const STATES: readonly SprintState[] = ['future', 'active', 'closed'];

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** A positive whole number from a number or its text ("6"); null otherwise. */
export function readId(value: unknown): number | null {
  const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,15}$/.test(value.trim()) ? Number(value) : Number.NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function sprintFieldsOf(sprint: Record<string, unknown>, id: number, kind: LedgerEvent['kind']): LedgerSprintFields {
  const state = STATES.includes(sprint.state as SprintState) ? (sprint.state as SprintState) : STATE_AFTER[kind];
  return {
    name: text(sprint.name) ?? `Sprint ${id}`,
    state,
    startDate: text(sprint.startDate),
    endDate: text(sprint.endDate),
    completeDate: text(sprint.completeDate),
    goal: text(sprint.goal),
    originBoardId: readId(sprint.originBoardId),
  };
}

/** The fields an update says changed, as they were (a field the update does not name is left out). */
function previousOf(oldValue: unknown): LedgerPrevious | null {
  const old = record(oldValue);
  if (!old) return null;
  const previous: LedgerPrevious = {};
  if ('name' in old) previous.name = text(old.name) ?? '';
  if ('goal' in old) previous.goal = text(old.goal);
  if ('startDate' in old) previous.startDate = text(old.startDate);
  if ('endDate' in old) previous.endDate = text(old.endDate);
  return previous;
}

/** The event as the ledger keeps it, or why it is not one. */
export function readSprintEvent(payload: unknown, receivedAt: string): { sprintId: number; event: LedgerEvent } | { ignored: string } {
  const body = record(payload);
  const kind = body && typeof body.eventType === 'string' ? EVENT_KINDS[body.eventType] : undefined;
  if (!body || !kind) return { ignored: 'it is not a sprint started, updated or closed event' };
  const sprint = record(body.sprint);
  const sprintId = sprint ? readId(sprint.id) : null;
  if (!sprint || sprintId === null) return { ignored: 'it names no sprint' };
  return {
    sprintId,
    event: {
      kind,
      receivedAt,
      by: text(body.atlassianId),
      sprint: sprintFieldsOf(sprint, sprintId, kind),
      previous: kind === 'updated' ? previousOf(body.oldValue) : null,
    },
  };
}

export async function handleSprintEvent(deps: AppDeps, payload: unknown): Promise<void> {
  const receivedAt = deps.now().toISOString();
  const read = readSprintEvent(payload, receivedAt);
  if ('ignored' in read) {
    console.error(`Sprint event ignored: ${read.ignored}.`);
    return;
  }
  const store = new SprintLedgerStore(deps.store, deps.site);
  await store.markSince(receivedAt);
  const kept = await store.keepEvent(read.sprintId, read.event);
  if (!kept || read.event.kind === 'updated') return;
  const job: LedgerJob = { sprintId: read.sprintId, moment: read.event.kind === 'started' ? 'start' : 'close', receivedAt, sprint: read.event.sprint };
  await deps.ledgerQueue.push([job]);
}
