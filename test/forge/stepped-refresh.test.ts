/**
 * A refresh in steps (src/forge/stepped-refresh.ts), run by the real consumer against the emulator:
 * a run whose time is up keeps a checkpoint and queues the next; a run killed mid-way (it never
 * hears from Jira again, so it writes nothing more) is taken over by its watchdog, which goes on
 * from the checkpoint the killed run started from. The result is the data and report of the same
 * load in one run: nothing lost, nothing counted twice, and no history asked for twice over the
 * runs that were kept.
 */
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { computeProjectReport } from '../../src/engine/compute';
import { createApp, type AppDeps, type RefreshEvent } from '../../src/forge/app';
import { STEP_BUDGET_MS, WATCHDOG_DELAY_SECONDS } from '../../src/forge/stepped-refresh';
import { isNightWave } from '../../src/forge/types';
import { JiraClient } from '../../src/jira/client';
import type { JiraRequest, Transport } from '../../src/jira/transport';
import { generateSizedProject } from '../../src/local/demo';
import { startEmulator, type Emulator } from '../../src/local/emulator';
import { createHttpTransport } from '../../src/local/http-transport';
import { buildReport } from '../../src/report/build';
import { MemoryStore } from '../../src/storage/memory-store';
import { ProjectStores } from '../../src/storage/project-stores';

const NOW = new Date('2026-03-02T12:00:00.000Z');
const SITE = 'steps.atlassian.net';
/** Each request moves the app's clock by a minute, so a run's time is up after ten of them. */
const MINUTE = 60 * 1000;

let emulator: Emulator;
let projectKey: string;
let http: Transport;

beforeAll(async () => {
  const { workspace } = generateSizedProject({ issues: 2600, closedSprints: 6, seed: 3, now: NOW });
  projectKey = workspace.projects[0].key;
  emulator = await startEmulator({ workspace });
  const user = workspace.users[0];
  http = createHttpTransport({ baseUrl: emulator.url, email: user.emailAddress, apiToken: user.apiToken });
}, 60_000);

afterAll(async () => {
  await emulator?.stop();
});

interface World {
  deps: AppDeps;
  pushes: { events: RefreshEvent[]; delayInSeconds?: number }[];
  sent: JiraRequest[];
  clock: { ms: number };
}

/** The app's surroundings on one shared store: a clock that requests move, a recording queue, and a transport that may die. */
function world(store: MemoryStore, clock: { ms: number }, dieAfter: number | null = null, over: Transport = http): World {
  const pushes: World['pushes'] = [];
  const sent: JiraRequest[] = [];
  const transport: Transport = {
    send(req) {
      if (dieAfter !== null && sent.length >= dieAfter) return new Promise(() => undefined); // killed: no answer ever comes
      sent.push(req);
      clock.ms += MINUTE;
      return over.send(req);
    },
  };
  // The client's own waits (retries, pacing) move the same clock.
  const client = new JiraClient(transport, { sleep: async (ms) => void (clock.ms += ms), nowMs: () => clock.ms });
  const deps: AppDeps = {
    jiraAsUser: () => client,
    jiraAsApp: () => client,
    store,
    queue: { push: async (events, options) => void pushes.push({ events: events.filter((event): event is RefreshEvent => !isNightWave(event)), delayInSeconds: options?.delayInSeconds }) },
    ledgerQueue: { push: async () => undefined },
    now: () => new Date(clock.ms),
    site: SITE,
  };
  return { deps, pushes, sent, clock };
}

/** The issues whose history was asked for: each batch's first page names them (its further pages name them again). */
const bulkIds = (sent: JiraRequest[]) =>
  sent
    .filter((r) => r.path.endsWith('/changelog/bulkfetch') && (r.body as { nextPageToken?: string }).nextPageToken === undefined)
    .flatMap((r) => (r.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys);

/** A fresh store and clock, and a refresh's first run done: its time ran out, so it kept a checkpoint. */
async function afterFirstRun() {
  const store = new MemoryStore();
  const stores = new ProjectStores(store, SITE);
  const clock = { ms: NOW.getTime() };
  const event: RefreshEvent = { projectKey, boardId: null, reason: 'manual', snapshot: false, requestedAt: NOW.toISOString() };
  const first = world(store, clock);
  await createApp(first.deps).consume(event);
  return { store, stores, clock, event, first };
}

describe('a refresh in steps', () => {
  it('goes on from its checkpoint after a run is killed mid-way, with nothing lost or counted twice', async () => {
    // Run 1: its time is up after ten requests; it keeps a checkpoint and queues run 2 at once.
    const { store, stores, clock, event, first } = await afterFirstRun();
    expect(STEP_BUDGET_MS).toBe(10 * MINUTE);
    const saved = (await stores.readCheckpoint(projectKey, null))!;
    expect(saved.checkpoint.steps).toBe(1);
    const readInRunOne = saved.issues.readIds;
    expect(readInRunOne.length).toBeGreaterThan(0);
    expect(first.pushes).toEqual([{ events: [{ ...event, requestedAt: expect.any(String), step: 1 }], delayInSeconds: undefined }]);
    const between = (await stores.readProgress(projectKey, null))!;
    expect(between).toMatchObject({ state: 'running' });
    expect(between.message).toMatch(/^This large project is read in steps: [\d,]+ of about [\d,]+ issues read so far\. It goes on at once\.$/);

    // Run 2 goes on from the checkpoint, queues its watchdog, and is killed after five requests.
    const second = world(store, clock, 5);
    void createApp(second.deps).consume(first.pushes[0].events[0]);
    for (let turn = 0; turn < 200 && second.sent.length < 5; turn += 1) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(second.sent).toHaveLength(5);
    expect(second.pushes).toEqual([{ events: [{ ...event, requestedAt: expect.any(String), step: 1 }], delayInSeconds: WATCHDOG_DELAY_SECONDS }]);
    expect((await stores.readCheckpoint(projectKey, null))!.checkpoint.steps).toBe(1);

    // The watchdog goes on from run 1's checkpoint, as many runs as it takes.
    let pending = second.pushes[0].events;
    const later: JiraRequest[] = [];
    for (let run = 0; pending.length > 0 && run < 20; run += 1) {
      const next = world(store, clock);
      for (const queued of pending) await createApp(next.deps).consume(queued);
      later.push(...next.sent);
      // Each run that goes on queues its watchdog (the step it started from) and then the next step.
      pending = next.pushes.flatMap((p) => p.events).filter((queued) => queued.step !== pending[0].step);
    }
    expect(await stores.readCheckpoint(projectKey, null)).toBeUndefined();
    expect((await stores.readProgress(projectKey, null))!.state).toBe('done');

    // The same load in one run, from the same start: the same issues, each once, with the same history.
    const oneRun = await computeProjectReport(new JiraClient(http), { projectKey, settings: DEFAULT_SETTINGS, snapshots: [], now: NOW, site: SITE });
    const stepped = (await stores.readSyncState(projectKey, null))!;
    expect(stepped.issues.map((i) => i.id)).toEqual(oneRun.data!.issues.map((i) => i.id));
    expect(new Set(stepped.issues.map((i) => i.id)).size).toBe(stepped.issues.length);
    expect(stepped).toEqual(oneRun.data);
    // Its report is that data's, analysed when the last run ended.
    const report = (await stores.readReport(projectKey, null))!.report;
    expect(report).toEqual(buildReport({ data: oneRun.data!, settings: DEFAULT_SETTINGS, snapshots: [], now: new Date(report.computedAt) }));

    // No history asked for twice over the runs that were kept: not run 1's issues again, nor any issue twice after the kill.
    const askedLater = bulkIds(later);
    expect(askedLater.filter((id) => readInRunOne.includes(id))).toEqual([]);
    expect(new Set(askedLater).size).toBe(askedLater.length);
  }, 120_000);

  it("stops when Jira's request budget is spent, and goes on when Jira said, until the load is done", async () => {
    const clock = { ms: NOW.getTime() };
    // A budget the project's load cannot fit in one hour: the quota runs out part of the way.
    const { workspace } = generateSizedProject({ issues: 2600, closedSprints: 6, seed: 3, now: NOW });
    const limited = await startEmulator({ workspace, rateLimits: { pointsPerHour: 3000, requestsPerSecond: 100, burst: 100 }, clock: () => clock.ms });
    try {
      const over = createHttpTransport({ baseUrl: limited.url, email: workspace.users[0].emailAddress, apiToken: workspace.users[0].apiToken });
      const store = new MemoryStore();
      const stores = new ProjectStores(store, SITE);
      let pending: World['pushes'] = [{ events: [{ projectKey, boardId: null, reason: 'nightly', snapshot: false, requestedAt: NOW.toISOString() }] }];
      const delays: number[] = [];
      let runs = 0;
      while (pending.length > 0 && runs < 40) {
        const [next, ...rest] = pending;
        clock.ms += (next.delayInSeconds ?? 0) * 1000;
        const run = world(store, clock, null, over);
        for (const queued of next.events) await createApp(run.deps).consume(queued);
        runs += 1;
        // A run that went on from a checkpoint first queued its watchdog, which repeats the step it started from.
        const continued = run.pushes.filter((p) => p.events[0].step !== next.events[0].step);
        delays.push(...continued.map((p) => p.delayInSeconds ?? 0));
        pending = [...rest, ...continued];
      }
      expect((await stores.readProgress(projectKey, null))!.state).toBe('done');
      // Some run stopped for Jira's wait and queued the next for later (at most Forge's 900 s at a time).
      expect(delays.some((delay) => delay > 0 && delay <= 900)).toBe(true);
      const oneRun = await computeProjectReport(new JiraClient(http), { projectKey, settings: DEFAULT_SETTINGS, snapshots: [], now: NOW, site: SITE });
      expect(await stores.readSyncState(projectKey, null)).toEqual(oneRun.data);
    } finally {
      await limited.stop();
    }
  }, 120_000);

  it('gives up a load not done a day after it began, saying why', async () => {
    const { store, stores, clock, first } = await afterFirstRun();
    const saved = (await stores.readCheckpoint(projectKey, null))!.checkpoint;
    expect(saved.issuesExpected).not.toBeNull();
    clock.ms += 25 * 60 * MINUTE;
    const late = world(store, clock);
    await createApp(late.deps).consume(first.pushes[0].events[0]);
    expect(late.sent).toEqual([]);
    expect(await stores.readCheckpoint(projectKey, null)).toBeUndefined();
    const progress = (await stores.readProgress(projectKey, null))!;
    expect(progress.state).toBe('failed');
    const soFar = `${saved.issuesRead.toLocaleString('en-GB')} of about ${saved.issuesExpected!.toLocaleString('en-GB')} issues read so far`;
    expect(progress.message).toBe(`This refresh could not finish: the project is read in steps and it was not done a day after it began (${soFar}), most often because Jira's request budget for the app ran out. The next refresh starts it again.`);
  }, 60_000);
});
