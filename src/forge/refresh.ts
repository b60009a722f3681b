/**
 * Starting refreshes: a refresh is a queued event, never work done inside a resolver. A project
 * already queued or running is not queued again (unless that run looks abandoned), and events go
 * to the queue in batches of at most 50, Forge's limit per push.
 */
import { REPORT_SCHEMA_VERSION } from '../domain/report';
import type { ProjectStores } from '../storage/project-stores';
import type { StoredProgress, StoredReport } from '../storage/records';
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

/** Whether a refresh is queued or running and still young enough to be alive (see IN_FLIGHT_TIMEOUT_MS). */
export function isInFlight(status: StoredProgress | undefined, now: Date): boolean {
  if (!status || (status.state !== 'queued' && status.state !== 'running')) return false;
  const since = status.startedAt ? Date.parse(status.startedAt) : NaN;
  return Number.isFinite(since) && now.getTime() - since < IN_FLIGHT_TIMEOUT_MS;
}

/**
 * The cached report when it has this version's shape; a report stored by an older version of the
 * app (another schemaVersion) is not shown, so that the page never renders a shape it does not know.
 */
export function currentReport(cached: StoredReport | undefined): StoredReport | undefined {
  return cached && cached.report?.schemaVersion === REPORT_SCHEMA_VERSION ? cached : undefined;
}

/** Missing, of another schema version, or older than a day. */
export function isReportStale(cached: StoredReport | undefined, now: Date): boolean {
  const current = currentReport(cached);
  if (!current) return true;
  const computed = Date.parse(current.computedAt);
  return !Number.isFinite(computed) || now.getTime() - computed >= REPORT_STALE_AFTER_MS;
}

/** A snapshot is due when none was stored on today's UTC day (the rule lives with the stored history). */
export { isSnapshotDue } from '../engine/stored-history';

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
 * returns the progress record of each asked-for event (in order) and how many were queued.
 */
export async function requestRefreshes(
  stores: ProjectStores,
  queue: RefreshQueue,
  events: RefreshEvent[],
  now: Date,
): Promise<{ progress: StoredProgress[]; queued: number }> {
  const current = await mapLimit(events, STORAGE_CONCURRENCY, (e) => stores.readProgress(e.projectKey, e.boardId));
  const progress: StoredProgress[] = [];
  const toQueue: RefreshEvent[] = [];
  const queuedStatus: StoredProgress = { state: 'queued', progress: null, message: 'Waiting for its turn to refresh.', startedAt: now.toISOString(), finishedAt: null };
  events.forEach((event, index) => {
    const status = current[index];
    if (status && isInFlight(status, now)) {
      progress.push(status);
    } else {
      toQueue.push(event);
      progress.push(queuedStatus);
    }
  });
  await stores.writeProgressMany(toQueue.map((e) => ({ projectKey: e.projectKey, boardId: e.boardId, status: queuedStatus })));
  try {
    await pushInBatches(queue, toQueue);
  } catch (err) {
    const failed: StoredProgress = { ...queuedStatus, state: 'failed', progress: null, message: 'The refresh could not be started. Please try again later.', finishedAt: now.toISOString() };
    await stores.writeProgressMany(toQueue.map((e) => ({ projectKey: e.projectKey, boardId: e.boardId, status: failed }))).catch(() => undefined);
    throw err;
  }
  return { progress, queued: toQueue.length };
}
