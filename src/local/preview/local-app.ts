/**
 * Wires the Forge app (createApp) for local use: Jira clients per viewer over HTTP, a memory store seeded
 * with settings and backlog snapshots, and the in-process queues (refreshes, and the sprint ledger's
 * readings). Used by `npm start` and the browser tests; Jira's sprint events reach it through
 * `app.sprintEvent`, as Forge's trigger would deliver them (the demo's emulator sends them).
 */
import { createApp } from '../../forge/app';
import type { App, CallContext, LedgerJob, RefreshEvent } from '../../forge/types';
import { JiraClient, type JiraClientOptions } from '../../jira/client';
import type { Transport } from '../../jira/transport';
import { withDefaults } from '../../domain/settings-schema';
import type { BacklogSnapshot } from '../../domain/types';
import { MemoryStore, ProjectStores } from '../../storage';
import type { KeyValueStore } from '../../storage';
import { createInProcessQueue, type InProcessQueue } from './queue';

export interface LocalAppOptions {
  site: string;
  /** A transport acting as this account (the viewer), or as the app when accountId is null. */
  transportFor(accountId: string | null): Transport;
  now?: () => Date;
  store?: KeyValueStore;
  /** Options of every Jira client (the browser tests give a sleep that does not wait out retries). */
  clientOptions?: JiraClientOptions;
}

export interface LocalApp {
  app: App;
  queue: InProcessQueue<RefreshEvent>;
  /** The sprint ledger's queue: readings of sprints after their start and close events. */
  ledgerQueue: InProcessQueue<LedgerJob>;
  /** Resolves once both queues are idle (a reading may queue refreshes). */
  settled(): Promise<void>;
  store: KeyValueStore;
  stores: ProjectStores;
  /** Stores settings (partial settings are completed with the defaults) as a project admin would. */
  seedSettings(projectKey: string, partial: unknown): Promise<void>;
  /** Stores backlog snapshots for the project's default board and for the board they name. */
  seedSnapshots(projectKey: string, snapshots: BacklogSnapshot[]): Promise<void>;
}

export function createLocalApp(options: LocalAppOptions): LocalApp {
  const now = options.now ?? (() => new Date());
  const store = options.store ?? new MemoryStore();
  const stores = new ProjectStores(store, options.site);
  const clients = new Map<string, JiraClient>();
  const clientFor = (accountId: string | null) => {
    const key = accountId ?? '\0app';
    let client = clients.get(key);
    if (!client) {
      client = new JiraClient(options.transportFor(accountId), options.clientOptions);
      clients.set(key, client);
    }
    return client;
  };
  let app: App | null = null;
  const queue = createInProcessQueue<RefreshEvent>((event) => (app as App).consume(event));
  const ledgerQueue = createInProcessQueue<LedgerJob>((job) => (app as App).recordSprint(job));
  app = createApp({
    jiraAsUser: (ctx: CallContext) => clientFor(ctx.accountId),
    jiraAsApp: () => clientFor(null),
    store,
    queue,
    ledgerQueue,
    now,
    site: options.site,
  });
  return {
    app,
    queue,
    ledgerQueue,
    async settled() {
      await ledgerQueue.idle();
      await queue.idle();
    },
    store,
    stores,
    async seedSettings(projectKey, partial) {
      await stores.writeSettings(projectKey, withDefaults(partial ?? {}), null, now());
    },
    async seedSnapshots(projectKey, snapshots) {
      for (const snapshot of snapshots) {
        await stores.appendSnapshot(projectKey, null, snapshot);
        await stores.appendSnapshot(projectKey, snapshot.boardId, snapshot);
      }
    },
  };
}
