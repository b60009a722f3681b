/**
 * The refresh consumer: one event = one project (and board). Computes as the app, incrementally
 * from the stored sync state, and stores the report (new version), the facts of single issues, the
 * summary, the sync state and today's backlog snapshot, writing progress as it goes (running -> done or failed).
 * A full load that cannot end in one run goes on in the next from a checkpoint (stepped-refresh.ts).
 */
import type { Board } from '../domain/types';
import { computeProjectReportStep, type ComputeStep } from '../engine/compute';
import { readStoredHistory, saveStoredHistory } from '../engine/stored-history';
import { listProjectBoards } from '../jira/load';
import type { JiraClient } from '../jira/client';
import type { ProjectStores } from '../storage/project-stores';
import type { SiteRecords } from '../storage/site-records';
import type { StoredProgress } from '../storage/records';
import { SprintLedgerStore } from '../storage/sprint-ledger-store';
import { describeForLog, errorFromException } from './errors';
import { readProjectSettings } from './project-settings';
import { betweenRuns, checkpointChoice, continuation, givenUp, nextRunDelaySeconds, stepControl, WATCHDOG_DELAY_SECONDS } from './stepped-refresh';
import { summariseReport } from './summary';
import type { AppDeps, RefreshEvent } from './types';

/** Progress is written when it moved by at least this much (or the message changed). */
const PROGRESS_STEP = 0.05;

export function isRefreshEvent(value: unknown): value is RefreshEvent {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return typeof e.projectKey === 'string' && /^[A-Z][A-Z0-9_]{0,99}$/i.test(e.projectKey)
    && (e.boardId === null || (typeof e.boardId === 'number' && Number.isInteger(e.boardId) && e.boardId > 0))
    && (e.step === undefined || (typeof e.step === 'number' && Number.isInteger(e.step) && e.step > 0));
}

/** Writes progress in order, skipping tiny steps, without holding up the computation. */
function progressWriter(stores: ProjectStores, event: RefreshEvent, startedAt: string) {
  let chain: Promise<void> = Promise.resolve();
  let last: { progress: number; message: string } | null = null;
  return {
    report(progress: number, message: string): void {
      if (last && progress - last.progress < PROGRESS_STEP && message === last.message) return;
      last = { progress, message };
      const status: StoredProgress = { state: 'running', progress: Math.max(0, Math.min(1, progress)), message, startedAt, finishedAt: null };
      chain = chain.then(() => stores.writeProgress(event.projectKey, event.boardId, status)).catch(() => undefined);
    },
    async settle(): Promise<void> {
      await chain;
    },
  };
}

/**
 * Caches the project's board list for the board picker. A full load (the first one, then at least
 * weekly) reads the list anyway, and that list is kept; an incremental refresh reads none, and the
 * cached list stays, so an unchanged project costs no extra request. Only a project with no cached
 * list at all, whose load did not read one, asks Jira for it.
 */
async function cacheBoardList(stores: ProjectStores, client: JiraClient, projectKey: string, read: Board[] | undefined, now: Date): Promise<void> {
  let boards = read;
  if (!boards) {
    if (await stores.readBoards(projectKey).catch(() => undefined)) return;
    boards = await listProjectBoards(client, projectKey);
  }
  await stores.writeBoards(projectKey, { fetchedAt: now.toISOString(), boards: boards.map((b) => ({ id: b.id, name: b.name, type: b.type })) });
}

/** Keeps what Jira's rate-limit headers said to this refresh, for the night's pace (night.ts); a failure to keep it changes nothing else. */
async function keepRateLimit(site: SiteRecords, client: JiraClient): Promise<void> {
  const reading = client.rateLimit;
  if (!reading) return;
  const { limit, remaining, resetAtMs, nearLimit, readAtMs } = reading;
  await site.writeRateLimit({ limit, remaining, resetAt: resetAtMs === null ? null : new Date(resetAtMs).toISOString(), nearLimit, readAt: new Date(readAtMs).toISOString() }).catch(() => undefined);
}

export async function consumeRefresh(deps: AppDeps, stores: ProjectStores, site: SiteRecords, event: RefreshEvent): Promise<void> {
  const now = deps.now();
  const startedAt = now.toISOString();
  // A refresh in steps (stepped-refresh.ts): a continuation whose checkpoint moved on has nothing to do.
  const stored = await stores.readCheckpoint(event.projectKey, event.boardId).catch(() => undefined);
  const choice = checkpointChoice(event, stored, now);
  if (choice.kind === 'nothing') return;
  const progress = progressWriter(stores, event, startedAt);
  progress.report(0, 'Starting the refresh.');
  let usedClient: JiraClient | null = null;
  try {
    const { settings, problem, notes } = await readProjectSettings(stores, event.projectKey);
    if (problem) {
      // Refreshing with the defaults could refresh a project switched off, or lose its named roles.
      await progress.settle();
      await stores.writeProgress(event.projectKey, event.boardId, { state: 'failed', progress: null, message: problem, startedAt, finishedAt: deps.now().toISOString() });
      return;
    }
    if (choice.kind === 'given-up') {
      await progress.settle();
      await stores.removeCheckpoint(event.projectKey, event.boardId).catch(() => undefined);
      await stores.writeProgress(event.projectKey, event.boardId, givenUp(choice.stored.checkpoint, deps.now()));
      return;
    }
    const acceptanceCriteriaFieldId = settings.definitionOfReady.acceptanceCriteria.fieldId;
    // A checkpoint of a load that read another acceptance-criteria field is of no use: start afresh.
    const resume = choice.kind === 'resume' && choice.stored.checkpoint.acceptanceCriteriaFieldId === acceptanceCriteriaFieldId ? choice.stored : null;
    if (resume) await deps.queue.push([continuation(event, resume.checkpoint.steps, now)], { delayInSeconds: WATCHDOG_DELAY_SECONDS });
    const history = await readStoredHistory(stores, event.projectKey, event.boardId, now, event.snapshot, { boardId: event.boardId ?? settings.boardId, acceptanceCriteriaFieldId });
    const client = deps.jiraAsApp();
    usedClient = client;
    let boardsRead: Board[] | undefined;

    const step: ComputeStep = await computeProjectReportStep(client, {
      projectKey: event.projectKey,
      settings,
      ...history,
      boardId: event.boardId ?? undefined,
      now,
      site: deps.site,
      onProgress: (p) => progress.report(p.progress * 0.9, p.message),
      onBoardsRead: (boards) => (boardsRead = boards),
      resume: resume ? { checkpoint: resume.checkpoint, issues: resume.issues } : null,
      control: stepControl(deps, now.getTime()),
      // The app's own records of the board's sprints, from Jira's sprint events (sprint-events.ts).
      ledger: new SprintLedgerStore(deps.store, deps.site).source(),
    });
    if (step.kind === 'paused') {
      await progress.settle();
      await stores.saveCheckpoint(event.projectKey, event.boardId, step.checkpoint, step.read, step.awaiting, deps.now());
      const delayInSeconds = nextRunDelaySeconds(step.waitMs);
      await deps.queue.push([continuation(event, step.checkpoint.steps, deps.now())], delayInSeconds > 0 ? { delayInSeconds } : undefined);
      await stores.writeProgress(event.projectKey, event.boardId, betweenRuns(step.checkpoint, delayInSeconds, deps.now()));
      return;
    }
    const result = step.result;
    progress.report(0.9, 'Saving the report.');
    // Saved settings the refresh could not use as they are come first among the notes.
    const report = notes.length > 0 ? { ...result.report, dataQuality: [...notes, ...result.report.dataQuality] } : result.report;
    await saveStoredHistory(stores, event.projectKey, event.boardId, result);
    // Before the report: facts never stand beside a newer report than theirs (the issue view compares the two).
    if (result.issueFacts) await stores.writeIssueFacts(event.projectKey, event.boardId, result.issueFacts);
    await stores.writeReport(event.projectKey, event.boardId, report);
    if (event.boardId === null) await stores.writeSummary(event.projectKey, summariseReport(report));
    if (stored) await stores.removeCheckpoint(event.projectKey, event.boardId).catch(() => undefined);
    try {
      await cacheBoardList(stores, client, event.projectKey, boardsRead, now);
    } catch {
      // The board picker keeps its last list; the report itself is saved.
    }
    await progress.settle();
    const finishedAt = deps.now().toISOString();
    await stores.writeProgress(event.projectKey, event.boardId, { state: 'done', progress: 1, message: 'Up to date.', startedAt, finishedAt });
  } catch (err) {
    await progress.settle();
    console.error(`Refresh of ${event.projectKey} failed: ${describeForLog(err)}`);
    const { error } = errorFromException(err);
    await stores
      .writeProgress(event.projectKey, event.boardId, { state: 'failed', progress: null, message: error.message, startedAt, finishedAt: deps.now().toISOString() })
      .catch(() => undefined);
  } finally {
    if (usedClient) await keepRateLimit(site, usedClient);
  }
}
