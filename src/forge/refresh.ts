/**
 * Starting refreshes: a refresh is a queued event, never work done inside a resolver. A project
 * already queued or running is not queued again (unless that run looks abandoned), and events go
 * to the queue in batches of at most 50, Forge's limit per push.
 */
import { REPORT_SCHEMA_VERSION } from '../domain/report';
import type { ProjectStores } from '../storage/project-stores';
import { DamagedValueError } from '../storage/pointer';
import type { StoredProgress, StoredReport } from '../storage/records';
import type { RefreshEvent, RefreshQueue } from './types';
import { mapLimit } from './concurrency';
import { describeForLog } from './errors';

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

/**
 * Pushes the events in batches of at most 50. With `spreadOverSeconds`, the events are delivered
 * one after another, evenly over that time (a night's wave, night.ts), each with its own delay, so
 * that no two refreshes start together; otherwise as soon as Forge allows.
 */
export async function pushInBatches(queue: RefreshQueue, events: RefreshEvent[], spreadOverSeconds?: number): Promise<void> {
  for (let start = 0; start < events.length; start += MAX_EVENTS_PER_PUSH) {
    const batch = events.slice(start, start + MAX_EVENTS_PER_PUSH);
    if (spreadOverSeconds !== undefined) {
      const delaysInSeconds = batch.map((_, index) => Math.min(MAX_DELAY_SECONDS, Math.floor(((start + index) / events.length) * spreadOverSeconds)));
      await queue.push(batch, { delaysInSeconds });
      continue;
    }
    // A batch never straddles a minute boundary: 400 is a multiple of 50.
    const delayInSeconds = delayForEvent(start);
    if (delayInSeconds > 0) await queue.push(batch, { delayInSeconds });
    else await queue.push(batch);
  }
}

/** A refresh whose progress record was stored damaged (it no longer fits its schema). */
export const PROGRESS_DAMAGED = 'The state of the last refresh could not be read, because it was stored damaged. Press Refresh to start a new one.';
/** A refresh that could not be queued because storage failed for this project. */
export const NOT_QUEUED = 'The refresh could not be started, because the app\'s storage failed for this project. It is tried again at the next refresh.';
const WAITING = 'Waiting for its turn to refresh.';
/** What a queued refresh says while it waits, when its reason needs saying. */
const WAITING_BECAUSE: Partial<Record<RefreshEvent['reason'], string>> = {
  repair: 'A stored record of this project could not be read, so its report is being built again. Waiting for its turn to refresh.',
};

/** The progress record of a board's refresh; a damaged one reads as a failed refresh that says so. */
export async function readRefreshProgress(stores: ProjectStores, projectKey: string, boardId: number | null): Promise<StoredProgress | undefined> {
  try {
    return await stores.readProgress(projectKey, boardId);
  } catch (err) {
    if (err instanceof DamagedValueError) return { state: 'failed', progress: null, message: PROGRESS_DAMAGED, startedAt: null, finishedAt: null };
    throw err;
  }
}

interface Prepared {
  progress: StoredProgress;
  /** This caller marked it queued and is to push it. */
  push: boolean;
  /** Storage failed for this project, so it was not queued. */
  failed?: true;
  /** Its progress record was written, to be copied into the portfolio index with the others. */
  written?: boolean;
}

/**
 * Marks one event's board queued, unless a refresh is in flight or another caller, having seen the
 * same progress at the same moment, won the claim to queue it (ProjectStores.claimRefresh). A storage
 * failure is this project's alone: it is logged and recorded as its refresh status, when storage lets it.
 */
async function prepare(stores: ProjectStores, event: RefreshEvent, now: Date): Promise<Prepared> {
  const at = now.toISOString();
  try {
    const status = await readRefreshProgress(stores, event.projectKey, event.boardId);
    if (status && isInFlight(status, now)) return { progress: status, push: false };
    const queued: StoredProgress = { state: 'queued', progress: null, message: WAITING_BECAUSE[event.reason] ?? WAITING, startedAt: at, finishedAt: null };
    if (!(await stores.claimRefresh(event.projectKey, event.boardId, status, now))) return { progress: queued, push: false };
    await stores.writeProgress(event.projectKey, event.boardId, queued, 'later');
    return { progress: queued, push: true, written: true };
  } catch (err) {
    console.error(`Refresh of ${event.projectKey} not queued: ${describeForLog(err)}`);
    const failed: StoredProgress = { state: 'failed', progress: null, message: NOT_QUEUED, startedAt: at, finishedAt: at };
    const written = await stores.writeProgress(event.projectKey, event.boardId, failed, 'later').then(() => true, () => false);
    return { progress: failed, push: false, failed: true, written };
  }
}

/**
 * Queues the events whose project and board are not already in flight, marks them queued, and
 * returns the progress record of each asked-for event (in order), how many were queued, and how
 * many could not be (storage failed for that project; the others go on).
 */
export async function requestRefreshes(
  stores: ProjectStores,
  queue: RefreshQueue,
  events: RefreshEvent[],
  now: Date,
  /** Deliver the events evenly over this many seconds (pushInBatches). */
  spreadOverSeconds?: number,
): Promise<{ progress: StoredProgress[]; queued: number; failed: number }> {
  const prepared = await mapLimit(events, STORAGE_CONCURRENCY, (event) => prepare(stores, event, now));
  const toQueue = events.filter((_, index) => prepared[index].push);
  // The portfolio index takes them all at once: one change per page, not one per project.
  await stores.copyProgressToPortfolio(events.flatMap((e, index) => (prepared[index].written ? [{ projectKey: e.projectKey, boardId: e.boardId, status: prepared[index].progress }] : [])));
  try {
    await pushInBatches(queue, toQueue, spreadOverSeconds);
  } catch (err) {
    const failed: StoredProgress = { state: 'failed', progress: null, message: 'The refresh could not be started. Please try again later.', startedAt: now.toISOString(), finishedAt: now.toISOString() };
    await stores.writeProgressMany(toQueue.map((e) => ({ projectKey: e.projectKey, boardId: e.boardId, status: failed }))).catch(() => undefined);
    throw err;
  }
  return { progress: prepared.map((p) => p.progress), queued: toQueue.length, failed: prepared.filter((p) => p.failed).length };
}
