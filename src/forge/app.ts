/**
 * The Forge app as plain functions: resolvers, the refresh consumer, the nightly trigger, and the
 * sprint ledger's event handler and recording consumer, over injected dependencies (Jira clients as
 * the user and as the app, a store, the queues, a clock).
 * src/forge/resolvers.ts and src/index.ts bind it to Forge; the local preview binds it to HTTP.
 *
 * Every resolver is a row of the resolver table (resolver-table.ts), which checks its payload, takes
 * the project from the call context (never the payload), checks AS THE USER that they may browse it
 * (or administer it, to change settings), and turns failures into `{ error: { code, message } }`
 * (with one exception Forge needs: the "user has not allowed access yet" error, which Forge turns
 * into a prompt). Resolvers serve only cached data, filter issue-level evidence to what the user can
 * see, and start refreshes by queueing events.
 */
import type { ResolverName } from '../shared/api';
import { ProjectStores } from '../storage/project-stores';
import { SiteRecords } from '../storage/site-records';
import { consumeRefresh, isRefreshEvent } from './consume';
import { describeForLog } from './errors';
import { runWave } from './night';
import { runNightly } from './nightly';
import { handleSprintEvent } from './sprint-events';
import { recordSprint } from './sprint-recording';
import { RESOLVER_NAMES, serveResolver } from './resolver-table';
import { isNightWave, type App, type AppDeps, type CallContext, type QueueEvent, type Resolvers } from './types';

export type { App, AppDeps, CallContext, RefreshEvent, Resolvers } from './types';

export function createApp(deps: AppDeps): App {
  const stores = new ProjectStores(deps.store, deps.site);
  const site = new SiteRecords(deps.store, deps.site);
  const resolver = (name: ResolverName) => (payload: unknown, ctx: CallContext) => serveResolver(name, payload, { deps, stores, ctx, now: deps.now() });
  const resolvers = Object.fromEntries(RESOLVER_NAMES.map((name) => [name, resolver(name)])) as Resolvers;

  return {
    resolvers,
    async consume(event: QueueEvent): Promise<void> {
      if (isNightWave(event)) {
        await runWave(deps, stores, site).catch((err: unknown) => console.error(`Night wave failed: ${describeForLog(err)}`));
        return;
      }
      if (!isRefreshEvent(event)) {
        console.error('Refresh event ignored: it does not name a project.');
        return;
      }
      await consumeRefresh(deps, stores, site, event);
    },
    async nightly(): Promise<void> {
      await runNightly(deps, stores, site);
    },
    async sprintEvent(event: unknown): Promise<void> {
      await handleSprintEvent(deps, event);
    },
    async recordSprint(job: unknown): Promise<void> {
      await recordSprint(deps, stores, job);
    },
  };
}
