/**
 * The 50-project demo, refreshed through the queue path (nightly -> queue -> consume) against the
 * Jira emulator: every cached report equals the one computed directly by the engine, and a second
 * refresh of an unchanged project costs at most 3 requests to Jira.
 */
import { createApp } from '../../src/forge/app';
import type { AppDeps, RefreshEvent } from '../../src/forge/types';
import { computeProjectReport } from '../../src/engine/compute';
import { JiraClient } from '../../src/jira/client';
import { toQueryString, type Transport } from '../../src/jira/transport';
import { withDefaults } from '../../src/domain/settings-schema';
import { isSnapshotDue } from '../../src/forge/refresh';
import { validateReport } from '../../src/report/schema';
import { MemoryStore } from '../../src/storage/memory-store';
import { ProjectStores } from '../../src/storage/project-stores';
import { generateDemo, DEMO_ADMIN, DEMO_VIEWER, HIDDEN_FROM_VIEWER, type DemoOutput } from '../../src/local/demo';
import { startEmulator, basicAuthHeader, type Emulator } from '../../src/local/emulator';

const NOW = new Date('2026-03-02T06:00:00.000Z');
const SITE = 'demo.atlassian.net';

/** A plain fetch transport as one emulator user (the test's own, so it depends on nothing local). */
function httpTransport(baseUrl: string, email: string, token: string): Transport {
  const authorization = basicAuthHeader(email, token);
  return {
    async send(req) {
      const response = await fetch(`${baseUrl}${req.path}${toQueryString(req.query)}`, {
        method: req.method,
        headers: { authorization, accept: 'application/json', ...(req.body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
      });
      const text = await response.text();
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
      return { status: response.status, headers, body: text.trim() === '' ? null : JSON.parse(text) };
    },
  };
}

let demo: DemoOutput;
let emulator: Emulator;
let appClient: JiraClient;
let stores: ProjectStores;
let deps: AppDeps;
let viewerClient: JiraClient;
const pushes: RefreshEvent[][] = [];
/** The app's clock: NOW unless a test moves it. */
const clock = { now: NOW };

beforeAll(async () => {
  demo = generateDemo({ now: NOW, extraProjects: 43 });
  emulator = await startEmulator({ workspace: demo.workspace });
  const admin = demo.workspace.users.find((u) => u.accountId === DEMO_ADMIN.accountId) ?? demo.workspace.users[0];
  appClient = new JiraClient(httpTransport(emulator.url, admin.emailAddress, admin.apiToken));
  const viewer = demo.workspace.users.find((u) => u.accountId === DEMO_VIEWER.accountId);
  if (!viewer) throw new Error('the demo has no viewer');
  viewerClient = new JiraClient(httpTransport(emulator.url, viewer.emailAddress, viewer.apiToken));
  const store = new MemoryStore();
  stores = new ProjectStores(store, SITE);
  deps = {
    jiraAsUser: (ctx) => (ctx.accountId === DEMO_VIEWER.accountId ? viewerClient : appClient),
    jiraAsApp: () => appClient,
    store,
    // A nightly run of 50 projects is one wave (src/forge/night.ts): refresh events only, so a wave event would fail the checks below.
    queue: { push: async (events) => void pushes.push(events as RefreshEvent[]) },
    ledgerQueue: { push: async () => undefined },
    now: () => clock.now,
    site: SITE,
  };
  for (const [key, partial] of Object.entries(demo.settings)) await stores.writeSettings(key, withDefaults(partial), null, NOW);
  for (const [key, snapshots] of Object.entries(demo.snapshots)) {
    for (const snapshot of snapshots) await stores.appendSnapshot(key, null, snapshot);
  }
}, 120_000);

afterAll(async () => {
  await emulator?.stop();
});

describe('refresh through the queue, against the emulator', () => {
  it('has 50 projects', () => {
    expect(demo.workspace.projects).toHaveLength(50);
  });

  it('caches, for every project, exactly the report the engine computes directly', async () => {
    const app = createApp(deps);
    // What the consumers will read, captured before they run.
    const expected = new Map<string, unknown>();
    for (const project of demo.workspace.projects) {
      const stored = await stores.readSettings(project.key);
      const settings = stored ? stored.settings : withDefaults({});
      const direct = await computeProjectReport(appClient, {
        projectKey: project.key,
        settings,
        snapshots: await stores.readSnapshots(project.key, null),
        previous: null,
        now: NOW,
        // The consumer snapshots only when none was taken today (the demo seeds one for today).
        takeSnapshot: isSnapshotDue(await stores.snapshotDays(project.key, null), NOW),
        site: SITE,
      });
      expected.set(project.key, direct.report);
    }

    await app.nightly();
    expect(pushes.every((batch) => batch.length <= 50)).toBe(true);
    const events = pushes.flat();
    expect(events.map((e) => e.projectKey).sort()).toEqual(demo.workspace.projects.map((p) => p.key).sort());
    for (const event of events) await app.consume(event);

    for (const project of demo.workspace.projects) {
      const cached = await stores.readReport(project.key, null);
      expect({ key: project.key, report: cached?.report }).toEqual({ key: project.key, report: expected.get(project.key) });
      expect({ key: project.key, problems: validateReport(cached?.report) }).toEqual({ key: project.key, problems: [] });
      expect(await stores.readProgress(project.key, null)).toMatchObject({ state: 'done' });
    }
  }, 600_000);

  it('refreshes an unchanged project again with at most 3 requests to Jira', async () => {
    const app = createApp(deps);
    const scrumProject = demo.workspace.boards.find((b) => b.type === 'scrum')?.projectKey as string;
    expect(await stores.readSyncState(scrumProject, null)).toBeDefined();
    appClient.resetRequestCount();
    await app.consume({ projectKey: scrumProject, boardId: null, reason: 'manual', snapshot: true, requestedAt: NOW.toISOString() });
    expect(await stores.readProgress(scrumProject, null)).toMatchObject({ state: 'done' });
    expect(appClient.requestCount).toBeLessThanOrEqual(3);
  }, 120_000);

  it('shows the viewer the cached reports of projects they may browse, and nothing of the one they may not', async () => {
    const app = createApp(deps);
    const visibleProject = demo.workspace.projects.find((p) => p.key !== HIDDEN_FROM_VIEWER)?.key as string;
    const shown = await app.resolvers.getReport({}, { accountId: DEMO_VIEWER.accountId, projectKey: visibleProject });
    expect(shown).toMatchObject({ report: { project: { key: visibleProject } }, refresh: { state: 'done' } });
    expect(validateReport((shown as { report: unknown }).report)).toEqual([]);
    const hidden = await app.resolvers.getReport({}, { accountId: DEMO_VIEWER.accountId, projectKey: HIDDEN_FROM_VIEWER });
    expect(hidden).toMatchObject({ error: { code: 'forbidden' } });
    const portfolio = await app.resolvers.getPortfolio({}, { accountId: DEMO_VIEWER.accountId, projectKey: null });
    const keys = 'rows' in portfolio ? portfolio.rows.map((r) => r.projectKey) : [];
    expect(keys).toHaveLength(49);
    expect(keys).not.toContain(HIDDEN_FROM_VIEWER);
    expect('rows' in portfolio && portfolio.rows.every((r) => r.computedAt === NOW.toISOString())).toBe(true);
  }, 120_000);

  // Last: it moves the clock, and the reports it refreshes are no longer the ones computed at NOW.
  it('refreshes an unchanged project the next nights with at most 3 requests each, keeping its board list', async () => {
    const app = createApp(deps);
    const scrumProject = demo.workspace.boards.find((b) => b.type === 'scrum')?.projectKey as string;
    const boardsBefore = await stores.readBoards(scrumProject);
    expect(boardsBefore?.boards.length).toBeGreaterThan(0);
    try {
      // One, two and six days later: still within the week before the next full load.
      for (const days of [1, 2, 6]) {
        clock.now = new Date(NOW.getTime() + days * 24 * 60 * 60 * 1000);
        appClient.resetRequestCount();
        await app.consume({ projectKey: scrumProject, boardId: null, reason: 'nightly', snapshot: true, requestedAt: clock.now.toISOString() });
        expect({ days, progress: (await stores.readProgress(scrumProject, null))?.state, requests: appClient.requestCount <= 3 }).toEqual({ days, progress: 'done', requests: true });
      }
      expect(await stores.readBoards(scrumProject)).toEqual(boardsBefore);
    } finally {
      clock.now = NOW;
    }
  }, 120_000);
});
