/**
 * Stored records as the pages receive them: the one place where what the app keeps
 * (src/storage/records.ts) becomes what the resolvers answer (src/shared/api.ts). Each field is
 * copied by name, so nothing stored beside it reaches a page.
 */
import type { BoardSummary, PortfolioRow, RefreshStatus } from '../shared/api';
import type { Board } from '../domain/types';
import type { StoredProgress, StoredSummary } from '../storage/records';
import { isInFlight } from './refresh';

/** Shown when a refresh record says queued or running but is older than IN_FLIGHT_TIMEOUT_MS (refresh.ts). */
export const STOPPED_MESSAGE = 'The last refresh stopped before it finished. Press Refresh to try again.';
export const NEVER_STARTED_MESSAGE = 'The last refresh waited too long to start and was given up. Press Refresh to try again.';

const IDLE: RefreshStatus = { state: 'idle', progress: null, message: null, startedAt: null, finishedAt: null };

/**
 * The refresh status as people should see it: idle when no refresh was ever asked for. A consumer
 * that dies (Forge stops it at 900 s, or it runs out of memory) cannot write "failed", so its record
 * would say "running" for ever: once it is older than the consumer's limit plus a margin, it reads
 * as failed, and a new refresh may start (requestRefreshes queues anything not in flight).
 */
export function refreshStatusOf(progress: StoredProgress | undefined, now: Date): RefreshStatus {
  if (!progress) return { ...IDLE };
  if ((progress.state === 'queued' || progress.state === 'running') && !isInFlight(progress, now)) {
    const message = progress.state === 'running' ? STOPPED_MESSAGE : NEVER_STARTED_MESSAGE;
    return { state: 'failed', progress: null, message, startedAt: progress.startedAt, finishedAt: null };
  }
  const { state, message, startedAt, finishedAt } = progress;
  return { state, progress: progress.progress, message, startedAt, finishedAt };
}

/** The board picker's list (the boards the viewer can see, as Jira lists them to the viewer). */
export function boardSummariesOf(boards: readonly Pick<Board, 'id' | 'name' | 'type'>[]): BoardSummary[] {
  return boards.map(({ id, name, type }) => ({ id, name, type }));
}

/**
 * One portfolio row: the project as Jira names it now, its stored summary (empty until its first
 * report), whether it is refreshed nightly, and its refresh status.
 */
export function portfolioRowOf(
  project: { key: string; name: string },
  summary: StoredSummary | undefined,
  refreshedNightly: boolean | null,
  progress: StoredProgress | undefined,
  now: Date,
): PortfolioRow {
  return {
    projectKey: project.key,
    projectName: project.name,
    computedAt: summary?.computedAt ?? null,
    score: summary?.score ?? null,
    trafficLight: summary?.trafficLight ?? null,
    // A summary stored before the score's honesty and history existed reads as the score alone until its next refresh.
    provisional: summary?.provisional ?? false,
    pointsLost: summary?.pointsLost ?? 0,
    scoreTerms: (summary?.scoreTerms ?? []).map(({ points, count }) => ({ points, count })),
    scoreTrend: summary?.scoreTrend ?? (summary ? [summary.score] : []),
    changes: summary?.changes ? { since: summary.changes.since, raised: summary.changes.raised, cleared: summary.changes.cleared, moved: summary.changes.moved } : null,
    ownThresholds: summary?.ownThresholds ?? [],
    switchedOff: summary?.switchedOff ?? [],
    // A summary stored before notAssessed existed reads as "every area assessed" until its next refresh.
    notAssessed: summary?.notAssessed ?? [],
    reliabilityTrend: summary?.reliabilityTrend ?? [],
    readyRunwaySprints: summary?.readyRunwaySprints ?? null,
    top10Overlap: summary?.top10Overlap ?? null,
    technicalInterleaving: summary?.technicalInterleaving ?? null,
    throughputPerWeek: summary?.throughputPerWeek ?? null,
    nearTermDoneBy85: summary?.nearTermDoneBy85 ?? null,
    topSignals: (summary?.topSignals ?? []).map(({ id, severity, title }) => ({ id, severity, title })),
    // A summary stored before signalCount existed counts the signals it names.
    signalCount: summary?.signalCount ?? summary?.topSignals.length ?? 0,
    refreshedNightly,
    refresh: refreshStatusOf(progress, now),
  };
}
