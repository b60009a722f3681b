/**
 * Starting refreshes: a refresh is a queued event, never work done inside a resolver. A project
 * already queued or running is not queued again (unless that run looks abandoned), and events go
 * to the queue in batches of at most 50, Forge's limit per push.
 */
import { REPORT_SCHEMA_VERSION } from '../domain/report';
import type { RefreshStatus } from '../shared/api';
import type { ProjectStores, CachedReport } from '../storage/project-stores';
import type { RefreshEvent, RefreshQueue } from './types';
import { mapLimit } from './concurrency';

/** Storage calls in flight at once when marking many projects (KVS allows 1000 per second per site). */
const STORAGE_CONCURRENCY = 10;
/** Forge accepts at most 50 events per push. */
export const MAX_EVENTS_PER_PUSH = 50;
/** A cached report older than this is refreshed when the page is opened. */
export const REPORT_STALE_AFTER_MS = 24 * 60 * 60 * 1000;
/** A refresh queued or running for longer than this is taken as lost (consumers stop at 900 s). */
export const IN_FLIGHT_TIMEOUT_MS = 20 * 60 * 1000;

/** One refresh of a project (and board), with a backlog snapshot when the day's is still due. */
export function refreshEvent(projectKey: string, boardId: number | null, reason: RefreshEvent['reason'], now: Date): RefreshEvent {
  return { projectKey, boardId, reason, snapshot: true, requestedAt: now.toISOString() };
}

export function idleStatus(): RefreshStatus {
  return { state: 'idle', progress: null, message: null, startedAt: null, finishedAt: null };
}

/** Shown when a refresh record says queued or running but is older than IN_FLIGHT_TIMEOUT_MS. */
export const STOPPED_MESSAGE = 'The last refresh stopped before it finished. Press Refresh to try again.';
export const NEVER_STARTED_MESSAGE = 'The last refresh waited too long to start and was given up. Press Refresh to try again.';

/**
 * The refresh status as people should see it. A consumer that dies (Forge stops it at 900 s, or it
 * runs out of memory) cannot write "failed", so its record would say "running" for ever: once it is
 * older than the consumer's limit plus a margin (IN_FLIGHT_TIMEOUT_MS), it reads as failed, and a
 * new refresh may start (requestRefreshes queues anything not in flight).
 */
export function currentStatus(status: RefreshStatus | undefined, now: Date): RefreshStatus {
  if (!status) return idleStatus();
  if ((status.state !== 'queued' && status.state !== 'running') || isInFlight(status, now)) return status;
  return {
    state: 'failed',
    progress: null,
    message: status.state === 'running' ? STOPPED_MESSAGE : NEVER_STARTED_MESSAGE,
    startedAt: status.startedAt,
    finishedAt: null,
  };
}

export function isInFlight(status: RefreshStatus | undefined, now: Date): boolean {
  if (!status || (status.state !== 'queued' && status.state !== 'running')) return false;
  const since = status.startedAt ? Date.parse(status.startedAt) : NaN;
  return Number.isFinite(since) && now.getTime() - since < IN_FLIGHT_TIMEOUT_MS;
}

/**
 * The cached report when it has this version's shape; a report stored by an older version of the
 * app (another schemaVersion) is not shown, so that the page never renders a shape it does not know.
 */
export function currentReport(cached: CachedReport | undefined): CachedReport | undefined {
  return cached && cached.report?.schemaVersion === REPORT_SCHEMA_VERSION ? cached : undefined;
}

/** Missing, of another schema version, or older than a day. */
export function isReportStale(cached: CachedReport | undefined, now: Date): boolean {
  const current = currentReport(cached);
  if (!current) return true;
  const computed = Date.parse(current.computedAt);
  return !Number.isFinite(computed) || now.getTime() - computed >= REPORT_STALE_AFTER_MS;
}

/** A snapshot is due when none was stored on today's UTC day (one per day). */
export function isSnapshotDue(snapshotDays: string[], now: Date): boolean {
  const today = now.toISOString().slice(0, 10);
  return snapshotDays.length === 0 || snapshotDays[snapshotDays.length - 1] < today;
}

/**
 * Forge runs at most 500 async events per minute per site: beyond the first 400 events of a run,
 * each further 400 are delivered a minute later (up to Forge's longest delay, 15 minutes).
 */
export const EVENTS_PER_MINUTE = 400;
const MAX_DELAY_SECONDS = 900;

/** Delay for the event at position `index` of one run: 0 for the first 400, 60 s for the next 400... */
export function delayForEvent(index: number): number {
  return Math.min(MAX_DELAY_SECONDS, Math.floor(index / EVENTS_PER_MINUTE) * 60);
}

export async function pushInBatches(queue: RefreshQueue, events: RefreshEvent[]): Promise<void> {
  for (let start = 0; start < events.length; start += MAX_EVENTS_PER_PUSH) {
    const batch = events.slice(start, start + MAX_EVENTS_PER_PUSH);
    // A batch never straddles a minute boundary: 400 is a multiple of 50.
    const delayInSeconds = delayForEvent(start);
    if (delayInSeconds > 0) await queue.push(batch, { delayInSeconds });
    else await queue.push(batch);
  }
}

/**
 * Queues the events whose project and board are not already in flight, marks them queued, and
 * returns the status of each asked-for event (in order) and how many were queued.
 */
export async function requestRefreshes(
  stores: ProjectStores,
  queue: RefreshQueue,
  events: RefreshEvent[],
  now: Date,
): Promise<{ statuses: RefreshStatus[]; queued: number }> {
  const current = await mapLimit(events, STORAGE_CONCURRENCY, (e) => stores.readProgress(e.projectKey, e.boardId));
  const statuses: RefreshStatus[] = [];
  const toQueue: RefreshEvent[] = [];
  const queuedStatus: RefreshStatus = { state: 'queued', progress: null, message: 'Waiting for its turn to refresh.', startedAt: now.toISOString(), finishedAt: null };
  events.forEach((event, index) => {
    const status = current[index];
    if (isInFlight(status, now)) {
      statuses.push(status as RefreshStatus);
    } else {
      toQueue.push(event);
      statuses.push(queuedStatus);
    }
  });
  await mapLimit(toQueue, STORAGE_CONCURRENCY, (e) => stores.writeProgress(e.projectKey, e.boardId, queuedStatus));
  try {
    await pushInBatches(queue, toQueue);
  } catch (err) {
    const failed: RefreshStatus = { ...queuedStatus, state: 'failed', progress: null, message: 'The refresh could not be started. Please try again later.', finishedAt: now.toISOString() };
    await mapLimit(toQueue, STORAGE_CONCURRENCY, (e) => stores.writeProgress(e.projectKey, e.boardId, failed).catch(() => undefined));
    throw err;
  }
  return { statuses, queued: toQueue.length };
}
