/**
 * Refreshing many projects (the nightly run, "Refresh all") within Forge's limits on async events
 * and Jira's request budget (docs/performance.md, "A night of 1,000 projects").
 *
 * A plan (src/storage/site-records.ts) lists the projects, those refreshed longest ago first, so a
 * project left over one night goes first the next. The plan is worked off in waves: a wave queues
 * some projects' refreshes, spread over the WAVE_SECONDS until the next wave, and queues that next
 * wave on the same queue. Forge takes at most 50 events per push, 500 a minute, and delays an event
 * by 900 s at most: a wave pushes at most MAX_WAVE events, in pushes of 50, and waves are 900 s apart.
 *
 * How many projects a wave takes comes from Jira's request budget, as the last refresh read it in
 * Jira's rate-limit headers (what each refresh stores: consume.ts):
 * - the night spends at most NIGHT_SHARE of the hourly budget an hour, and never the last fifth
 *   (Jira says a budget is near its limit there, and pages opened in the morning need it);
 * - what one project's refresh costs is learned from how much of the budget the last wave's refreshes
 *   spent; until it is known, a wave takes UNKNOWN_COST_WAVE projects;
 * - when the budget's fifth is reached, the next wave waits for the hour to turn.
 * Without any rate-limit headers (a site that sends none), each wave takes UNKNOWN_COST_WAVE projects.
 * Each project is queued on its own (requestRefreshes): a project whose records fail does not stop
 * the others, and one already refreshing is not queued twice.
 */
import { describeForLog } from './errors';
import { mapLimit } from './concurrency';
import { readRefreshProgress, refreshEvent, requestRefreshes } from './refresh';
import type { ProjectStores } from '../storage/project-stores';
import type { SiteRecords, StoredNightPlan, StoredRateLimit } from '../storage/site-records';
import type { AppDeps, NightWaveEvent } from './types';

/** Time between two waves: Forge's longest delay. */
export const WAVE_SECONDS = 900;
/** Most refreshes one wave queues: Forge takes 500 pushed events a minute; continuations and pages need the rest. */
export const MAX_WAVE = 400;
/** Refreshes a wave queues while what one costs is not known yet. */
export const UNKNOWN_COST_WAVE = 50;
/** Share of the hourly budget the night may spend in an hour. */
export const NIGHT_SHARE = 0.8;
/** Share of the budget never spent by the night (Jira flags the budget as near its limit below it). */
export const RESERVE_SHARE = 0.2;
/** A plan not done after this many waves (a day) is ended: the next night starts over, oldest first. */
export const MAX_WAVES = 96;
const HOUR_SECONDS = 3600;

export interface WaveSize {
  /** Projects this wave queues. */
  count: number;
  /** Seconds until the next wave. */
  waitSeconds: number;
  /** What one refresh costs, as now known (null: not yet). */
  pointsPerProject: number | null;
}

/** What one refresh cost, from the budget left before the last wave and now. */
function learnedCost(plan: StoredNightPlan, rate: StoredRateLimit, limit: number, remaining: number): number | null {
  const last = plan.lastWave;
  if (!last || last.released === 0 || Date.parse(rate.readAt) <= Date.parse(last.at)) return plan.pointsPerProject;
  // Within the same hour, what the wave's refreshes spent; after the hour turned, all spent in this one.
  const spent = last.remaining !== null && last.resetAt === rate.resetAt ? last.remaining - remaining : limit - remaining;
  return spent > 0 ? spent / last.released : plan.pointsPerProject;
}

/** How many projects the next wave queues, and when the one after comes. */
export function waveSize(plan: StoredNightPlan, rate: StoredRateLimit | null, now: Date): WaveSize {
  const left = plan.keys.length - plan.released;
  if (!rate || rate.limit === null || rate.remaining === null) return { count: Math.min(UNKNOWN_COST_WAVE, left), waitSeconds: WAVE_SECONDS, pointsPerProject: plan.pointsPerProject };
  const limit = rate.limit;
  const resetMs = rate.resetAt === null ? NaN : Date.parse(rate.resetAt);
  const turned = Number.isFinite(resetMs) && now.getTime() >= resetMs;
  const remaining = turned ? limit : rate.remaining;
  const pointsPerProject = learnedCost(plan, rate, limit, rate.remaining);
  const available = remaining - RESERVE_SHARE * limit;
  if (available <= 0) {
    const untilReset = Number.isFinite(resetMs) ? Math.ceil((resetMs - now.getTime()) / 1000) + 1 : WAVE_SECONDS;
    return { count: 0, waitSeconds: Math.min(WAVE_SECONDS, Math.max(1, untilReset)), pointsPerProject };
  }
  const budget = Math.min(available, (NIGHT_SHARE * limit * WAVE_SECONDS) / HOUR_SECONDS);
  const affordable = pointsPerProject ? Math.floor(budget / pointsPerProject) : UNKNOWN_COST_WAVE;
  return { count: Math.max(0, Math.min(MAX_WAVE, left, affordable)), waitSeconds: WAVE_SECONDS, pointsPerProject };
}

/** The projects, those whose last refresh finished longest ago (or never) first. */
async function oldestFirst(stores: ProjectStores, keys: string[]): Promise<string[]> {
  const finished = await mapLimit(keys, 10, async (key) => (await readRefreshProgress(stores, key, null).catch(() => undefined))?.finishedAt ?? '');
  return keys.map((key, index) => ({ key, at: finished[index] })).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((entry) => entry.key);
}

function isActive(plan: StoredNightPlan | undefined): plan is StoredNightPlan {
  return plan !== undefined && plan.released < plan.keys.length && plan.waves < MAX_WAVES;
}

/**
 * Starts a plan for these projects and runs its first wave; when a plan is still being worked off,
 * adds to it the projects it does not hold yet. Gives how many projects were added.
 */
export async function planRefreshes(deps: AppDeps, stores: ProjectStores, site: SiteRecords, keys: string[], reason: StoredNightPlan['reason']): Promise<{ planned: number }> {
  const current = await site.readPlan().catch(() => undefined);
  if (isActive(current)) {
    const waiting = new Set(current.keys.slice(current.released));
    const added = keys.filter((key) => !waiting.has(key));
    await site.writePlan({ ...current, keys: [...current.keys, ...added] });
    return { planned: added.length };
  }
  const now = deps.now();
  await site.writePlan({ startedAt: now.toISOString(), reason, keys: await oldestFirst(stores, keys), released: 0, waves: 0, lastWave: null, pointsPerProject: null });
  const first = await runWave(deps, stores, site);
  // Those of the first wave that storage kept from being queued are not planned any more.
  return { planned: keys.length - first.failed };
}

/**
 * One wave: queues the projects the budget allows, spread until the next wave, and queues that wave.
 * Gives how many projects it could not queue because storage failed for them (requestRefreshes).
 */
export async function runWave(deps: AppDeps, stores: ProjectStores, site: SiteRecords): Promise<{ failed: number }> {
  const now = deps.now();
  const plan = await site.readPlan().catch(() => undefined);
  if (!isActive(plan)) return { failed: 0 };
  const rate = (await site.readRateLimit().catch(() => undefined)) ?? null;
  const size = waveSize(plan, rate, now);
  const keys = plan.keys.slice(plan.released, plan.released + size.count);
  const reason = plan.reason === 'portfolio' ? 'portfolio' : 'nightly';
  let failed = 0;
  if (keys.length > 0) {
    try {
      failed = (await requestRefreshes(stores, deps.queue, keys.map((key) => refreshEvent(key, null, reason, now)), now, WAVE_SECONDS)).failed;
    } catch (err) {
      // The queue refused (Forge's limits): these projects wait for the next wave.
      console.error(`Night wave: the refreshes could not be queued: ${describeForLog(err)}`);
      keys.length = 0;
    }
  }
  const released = plan.released + keys.length;
  const lastWave = { at: now.toISOString(), released: keys.length, remaining: rate?.remaining ?? null, resetAt: rate?.resetAt ?? null };
  await site.writePlan({ ...plan, released, waves: plan.waves + 1, lastWave, pointsPerProject: size.pointsPerProject });
  if (released < plan.keys.length) {
    const wave: NightWaveEvent = { kind: 'night-wave', requestedAt: now.toISOString() };
    await deps.queue.push([wave], { delayInSeconds: size.waitSeconds });
  }
  return { failed };
}
