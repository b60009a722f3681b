/**
 * Binding the app to Forge: one `define` per resolver, each a one-line delegation to createApp,
 * plus the queue consumers, the scheduled trigger and the sprint events' trigger. The project and
 * the user come from the Forge context; the site from the installation context.
 */
import Resolver from '@forge/resolver';
import { Queue } from '@forge/events';
import { JiraClient } from '../jira/client';
import { pageClients } from '../jira/page-clients';
import { ForgeKvsStore } from '../storage/forge-kvs-store';
import { createApp } from './app';
import { RESOLVER_NAMES } from './resolver-table';
import { createForgeTransport } from './transport';
import type { AppDeps, CallContext, LedgerJob, PushOptions, QueueEvent, RefreshEvent } from './types';

/** The queues named in manifest.yml (consumer modules). */
export const REFRESH_QUEUE_KEY = 'refresh-queue';
export const LEDGER_QUEUE_KEY = 'sprint-ledger-queue';

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The site: the cloud id from the installation context ("ari:cloud:jira::site/<cloudId>"). */
export function siteFromContext(context: unknown): string {
  const c = record(context);
  const install = typeof c.installContext === 'string' ? c.installContext : '';
  const match = /site\/([A-Za-z0-9-]+)/.exec(install);
  if (match) return match[1];
  if (typeof c.cloudId === 'string' && c.cloudId !== '') return c.cloudId;
  return 'unknown-site';
}

/**
 * Who calls, from which project, issue or gadget: Forge's context, never the payload. The issue view
 * (jira:issueContext) has `extension.issue.key` and `extension.project.key`; a dashboard gadget has
 * `extension.gadgetConfiguration`, what its edit view submitted.
 */
export function callContextFrom(context: unknown): CallContext {
  const c = record(context);
  const extension = record(c.extension);
  const project = record(extension.project);
  const issue = record(extension.issue);
  return {
    accountId: typeof c.accountId === 'string' ? c.accountId : '',
    projectKey: typeof project.key === 'string' && project.key !== '' ? project.key : null,
    issueKey: typeof issue.key === 'string' && issue.key !== '' ? issue.key : null,
    gadgetConfiguration: extension.gadgetConfiguration,
  };
}

export function forgeDeps(site: string): AppDeps {
  const queue = new Queue({ key: REFRESH_QUEUE_KEY });
  const ledgerQueue = new Queue({ key: LEDGER_QUEUE_KEY });
  return {
    // Resolvers must answer within Forge's 25 s: one 15 s budget and short retries for this call's Jira reads.
    jiraAsUser: pageClients(() => createForgeTransport('user')),
    jiraAsApp: () => new JiraClient(createForgeTransport('app')),
    store: new ForgeKvsStore(),
    queue: {
      async push(events: QueueEvent[], options?: PushOptions) {
        await queue.push(
          events.map((event, index) => {
            const delayInSeconds = options?.delaysInSeconds?.[index] ?? options?.delayInSeconds;
            return { body: { ...event }, ...(delayInSeconds ? { delayInSeconds } : {}) };
          }),
        );
      },
    },
    ledgerQueue: {
      async push(jobs: LedgerJob[]) {
        await ledgerQueue.push(jobs.map((job) => ({ body: { ...job } })));
      },
    },
    now: () => new Date(),
    site,
  };
}

const resolver = new Resolver();
for (const name of RESOLVER_NAMES) {
  resolver.define(name, (req) => createApp(forgeDeps(siteFromContext(req.context))).resolvers[name](req.payload, callContextFrom(req.context)));
}

/** Custom UI resolver (manifest: function `resolver`, handler index.handler). */
export const handler = resolver.getDefinitions();

/** Queue consumer (manifest: consumer on refresh-queue, handler index.consumer). */
export async function consumer(event: { body?: unknown }, context?: unknown): Promise<void> {
  const app = createApp(forgeDeps(siteFromContext(context ?? record(event).context)));
  await app.consume(event.body as RefreshEvent);
}

/** Scheduled trigger, daily (manifest: handler index.nightly). */
export async function nightly(request?: unknown, context?: unknown): Promise<void> {
  const app = createApp(forgeDeps(siteFromContext(context ?? record(request).context)));
  await app.nightly();
}

/** The sprint events' trigger (manifest: trigger sprint-ledger-events, handler index.sprintEvents). */
export async function sprintEvents(event: unknown, context?: unknown): Promise<void> {
  const app = createApp(forgeDeps(siteFromContext(context ?? record(event).context)));
  await app.sprintEvent(event);
}

/** The sprint ledger's queue consumer (manifest: consumer on sprint-ledger-queue, handler index.ledgerConsumer). */
export async function ledgerConsumer(event: { body?: unknown }, context?: unknown): Promise<void> {
  const app = createApp(forgeDeps(siteFromContext(context ?? record(event).context)));
  await app.recordSprint(event.body);
}
