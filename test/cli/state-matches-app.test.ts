/**
 * "--settings and the state together reproduce what the app shows": the same site audited on the
 * same days by the CLI (with --state and a --settings file) and refreshed by the app's queue
 * consumer (createApp, its stores in memory, the same settings saved) gives the same report each
 * day: after a full load, after an incremental one with a goal reworded and the backlog re-ranked,
 * and with the ordering figures of a week before.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/forge/app';
import { withDefaults } from '../../src/domain/settings-schema';
import { JiraClient } from '../../src/jira/client';
import { createHttpTransport } from '../../src/local/http-transport';
import { MemoryStore } from '../../src/storage/memory-store';
import { ProjectStores } from '../../src/storage/project-stores';
import { abcWorkspace, ALICE, FIRST, HistorySite, SECOND, THIRD } from './history-site';

const CLI_REPLAYS = 'This audit receives no sprint events from Jira, so every sprint is replayed from Jira’s history. The app in Jira records each sprint as it starts and closes.';

/** The project's own settings, as saved in the app's Settings tab and given to the CLI. */
const SETTINGS = { horizonSprints: 1, staleDays: 20 };

let site: HistorySite;
let folder: string;

beforeAll(async () => {
  site = await HistorySite.start();
  folder = mkdtempSync(path.join(os.tmpdir(), 'bh-cli-matches-app-'));
});

afterAll(async () => {
  await site.stop();
  rmSync(folder, { recursive: true, force: true });
});

it('gives the report the app shows, day after day', async () => {
  const settingsFile = path.join(folder, 'settings.json');
  writeFileSync(settingsFile, JSON.stringify({ ABC: SETTINGS }));
  const clock = { now: new Date(FIRST) };
  const store = new MemoryStore();
  const client = new JiraClient(createHttpTransport({ baseUrl: site.proxy.url, email: ALICE.email, apiToken: ALICE.apiToken }), { sleep: async () => undefined });
  const app = createApp({ jiraAsUser: () => client, jiraAsApp: () => client, store, queue: { push: async () => undefined }, ledgerQueue: { push: async () => undefined }, now: () => clock.now, site: site.host });
  const stores = new ProjectStores(store, site.host);
  await stores.writeSettings('ABC', withDefaults(SETTINGS), 'acc-alice', clock.now);

  for (const [day, reranked] of [[FIRST, false], [SECOND, true], [THIRD, true]] as const) {
    clock.now = new Date(day);
    await site.serve(abcWorkspace(reranked));
    await app.consume({ projectKey: 'ABC', boardId: null, reason: 'nightly', snapshot: true, requestedAt: day });
    expect(await stores.readProgress('ABC', null)).toMatchObject({ state: 'done' });
    const shown = (await stores.readReport('ABC', null))?.report;

    const audit = await site.audit(abcWorkspace(reranked), day, ['--state', path.join(folder, 'history'), '--settings', settingsFile, '--quiet']);
    expect(audit.code).toBe(0);
    // The one difference: the CLI receives no sprint events, and says so among what its report cannot show.
    const limitations = [...shown!.capabilities.limitations, CLI_REPLAYS];
    expect({ day, report: audit.report }).toEqual({ day, report: { ...shown, capabilities: { ...shown!.capabilities, limitations } } });
  }
  // The days compared above did use the kept history: the goal seen before its sprint started, and the week-old order.
  const last = (await stores.readReport('ABC', null))!.report;
  expect(last.sprints?.active?.goalAtStart).toMatchObject({ goal: 'Refunds', source: 'observed' });
  expect(last.backlog?.ordering.top10Overlap).toBe(0.9);
}, 60_000);
