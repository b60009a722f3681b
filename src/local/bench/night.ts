/**
 * A night of many projects under Jira's request budget (docs/performance.md, "A night of 1,000
 * projects"), in its own process: a site of `projects` small projects served by the emulator with its
 * points quota and per-second rate, and the app as Forge runs it (the nightly trigger, its waves and
 * the refresh consumers, each event in a consumer of its own once its delay has passed, simulated-queue.ts).
 * Time is simulated (virtual-clock.ts): every request takes `latencyMs`, Retry-After and the client's
 * pacing wait as long as they say, and hours pass in seconds. Two nights: the first reads every
 * project in full; the next, a day later, refreshes the unchanged projects incrementally.
 *
 * Message in: { type: 'night', ...NightRequest }. Message out: { type: 'result', result: NightResult } or { type: 'error', message }.
 */
import { createApp } from '../../forge/app';
import type { AppDeps } from '../../forge/types';
import { JiraClient } from '../../jira/client';
import type { Transport } from '../../jira/transport';
import { MemoryStore } from '../../storage/memory-store';
import { ProjectStores } from '../../storage/project-stores';
import { generateSizedSite } from '../demo';
import { startEmulator, type Emulator } from '../emulator';
import { createHttpTransport } from '../http-transport';
import { answerParent } from './child';
import { SimulatedQueue } from './simulated-queue';
import type { NightFigures, NightRequest, NightResult } from './types';
import { VirtualClock } from './virtual-clock';

/** The night starts at 01:00 UTC; the projects are generated as seen from the evening before. */
const FIRST_NIGHT = Date.UTC(2026, 2, 3, 1, 0, 0);
const DAY_MS = 24 * 60 * 60 * 1000;
const SITE = 'night.atlassian.net';

async function oneNight(clock: VirtualClock, emulator: Emulator, request: NightRequest, deps: AppDeps, queue: SimulatedQueue, keys: string[], counter: { requests: number }): Promise<NightFigures> {
  emulator.setRateLimits({ pointsPerHour: request.pointsPerHour, requestsPerSecond: request.requestsPerSecond, burst: request.burst });
  counter.requests = 0;
  queue.figures.events = 0;
  queue.figures.mostEventsInAMinute = 0;
  const started = clock.now();
  const app = createApp(deps);
  queue.consumeWith((event) => app.consume(event));
  await clock.run((async () => {
    await app.nightly();
    await queue.idle();
  })());
  const stores = new ProjectStores(deps.store, SITE);
  const progress = await Promise.all(keys.map((key) => stores.readProgress(key, null)));
  const limits = emulator.rateLimitStats()!;
  return {
    refreshed: progress.filter((p) => p?.state === 'done' && Date.parse(p.finishedAt ?? '') >= started).length,
    requests: counter.requests,
    rateLimited: limits.quotaRefusals + limits.burstRefusals,
    quotaRefusals: limits.quotaRefusals,
    burstRefusals: limits.burstRefusals,
    pointsSpent: limits.pointsSpent,
    durationMinutes: Math.round(((queue.figures.lastEndMs ?? started) - started) / 60_000),
    events: queue.figures.events,
    mostEventsInAMinute: queue.figures.mostEventsInAMinute,
    refusedPushes: queue.figures.refusedPushes,
  };
}

export async function measureNight(request: NightRequest): Promise<NightResult> {
  const { workspace, projectKeys } = generateSizedSite({ projects: request.projects, issues: request.issuesPerProject, closedSprints: request.closedSprints, seed: request.seed, now: new Date(FIRST_NIGHT - 2 * 60 * 60 * 1000) });
  const clock = new VirtualClock(FIRST_NIGHT);
  const emulator = await startEmulator({ workspace, clock: clock.now });
  try {
    const user = workspace.users[0];
    const http = createHttpTransport({ baseUrl: emulator.url, email: user.emailAddress, apiToken: user.apiToken });
    const counter = { requests: 0 };
    // Each request takes the latency on the simulated clock, and holds the clock still while the emulator answers.
    const transport: Transport = {
      async send(req) {
        counter.requests += 1;
        await clock.sleep(request.latencyMs);
        return clock.during(() => http.send(req));
      },
    };
    const client = () => new JiraClient(transport, { sleep: clock.sleep, nowMs: clock.now });
    const queue = new SimulatedQueue(clock);
    const deps: AppDeps = { jiraAsApp: client, jiraAsUser: client, store: new MemoryStore(), queue, ledgerQueue: { push: async () => undefined }, now: () => new Date(clock.now()), site: SITE };
    const first = await oneNight(clock, emulator, request, deps, queue, projectKeys, counter);
    clock.jumpTo(FIRST_NIGHT + DAY_MS);
    const next = await oneNight(clock, emulator, request, deps, queue, projectKeys, counter);
    return { ...request, first, next };
  } finally {
    await emulator.stop();
  }
}

answerParent('night', measureNight);
