/**
 * The sprint ledger's queue consumer (manifest: sprint-ledger-queue): reads a sprint and its issues
 * as the app after its start or close event (src/jira/sprint-scope.ts) and keeps the reading
 * (docs/metrics.md, "The sprint ledger"). The first reading of a moment is kept, so a repeated job
 * changes nothing. A reading that cannot stand for its moment is kept as missed, with the reason:
 * a start read once the sprint has closed (a close that arrived before its start), or a close read
 * while the sprint still runs; Jira not answering too. Then the reports of the projects whose
 * issues are in the sprint (those the nightly run refreshes) are refreshed, so the page shows the
 * sprint as recorded.
 */
import type { LedgerCapture } from '../domain/sprint-ledger';
import { readSprintScope } from '../jira/sprint-scope';
import type { ProjectStores } from '../storage/project-stores';
import { SprintLedgerStore } from '../storage/sprint-ledger-store';
import { describeForLog } from './errors';
import { nightlyRefreshOf } from './project-settings';
import { readId } from './sprint-events';
import { refreshEvent, requestRefreshes } from './refresh';
import type { AppDeps, LedgerJob } from './types';

/** Projects refreshed after one recording, at most (a sprint usually holds one project's issues). */
const PROJECTS_REFRESHED = 5;

export function isLedgerJob(value: unknown): value is LedgerJob {
  if (typeof value !== 'object' || value === null) return false;
  const job = value as Partial<LedgerJob>;
  return readId(job.sprintId) === job.sprintId && (job.moment === 'start' || job.moment === 'close') && typeof job.receivedAt === 'string'
    && typeof job.sprint === 'object' && job.sprint !== null;
}

/** Why a reading cannot stand for its moment, from the state Jira gave; null when it can. */
function missedBecause(moment: LedgerJob['moment'], state: string): string | null {
  if (moment === 'start' && state === 'closed') return 'the sprint had already closed when the app read its start';
  if (moment === 'start' && state !== 'active') return 'the sprint was not running when the app read its start';
  if (moment === 'close' && state !== 'closed') return 'the sprint was still running when the app read its close';
  return null;
}

async function readCapture(deps: AppDeps, job: LedgerJob): Promise<LedgerCapture> {
  const base = { sprintId: job.sprintId, moment: job.moment, receivedAt: job.receivedAt };
  try {
    const scope = await readSprintScope(deps.jiraAsApp(), job.sprintId);
    const missed = missedBecause(job.moment, scope.sprint.state);
    return { ...base, recordedAt: deps.now().toISOString(), sprint: scope.sprint, issues: missed ? [] : scope.issues, missed };
  } catch (err) {
    console.error(`Recording sprint ${job.sprintId} (${job.moment}) failed: ${describeForLog(err)}`);
    return { ...base, recordedAt: deps.now().toISOString(), sprint: job.sprint, issues: [], missed: `Jira could not be read when the app recorded the ${job.moment}` };
  }
}

export async function recordSprint(deps: AppDeps, stores: ProjectStores, job: unknown): Promise<void> {
  if (!isLedgerJob(job)) {
    console.error('Sprint recording ignored: the job names no sprint.');
    return;
  }
  const ledger = new SprintLedgerStore(deps.store, deps.site);
  if (await ledger.readCapture(job.sprintId, job.moment)) return;
  if (!(await ledger.claimReading(job.sprintId, job.moment, deps.now()))) return;
  const capture = await readCapture(deps, job);
  if (!(await ledger.keepCapture(capture))) return;
  const named = [...new Set(capture.issues.map((issue) => issue.projectKey))].slice(0, PROJECTS_REFRESHED);
  // As the nightly run: a project switched off (or whose settings cannot be read) is left alone.
  const watched = await nightlyRefreshOf(stores, named);
  const projects = named.filter((key) => watched.get(key) === true);
  if (projects.length === 0) return;
  const now = deps.now();
  await requestRefreshes(stores, deps.queue, projects.map((projectKey) => refreshEvent(projectKey, null, 'sprint-event', now)), now);
}
