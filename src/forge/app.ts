/**
 * The Forge app as plain functions: resolvers, the refresh consumer and the nightly trigger, over
 * injected dependencies (Jira clients as the user and as the app, a store, a queue, a clock).
 * src/forge/resolvers.ts and src/index.ts bind it to Forge; the local preview binds it to HTTP.
 *
 * Every resolver: checks its payload, takes the project from the call context (never the payload),
 * checks AS THE USER that they may browse it (or administer it, to change settings), serves only
 * cached data, filters issue-level evidence to what the user can see, and starts refreshes by
 * queueing events. Resolvers never throw: failures become `{ error: { code, message } }`, with one
 * exception Forge needs: the "user has not allowed access yet" error, which Forge turns into a prompt.
 */
import type { ApiError, ApiResult, ResolverDefs, ResolverName } from '../shared/api';
import { ProjectStores } from '../storage/project-stores';
import { consumeRefresh, isRefreshEvent } from './consume';
import { describeForLog, errorFromException, mustReachForge } from './errors';
import { runNightly } from './nightly';
import { checkPayload } from './payloads';
import { RESOLVER_HANDLERS, type HandlerContext } from './handlers';
import type { App, AppDeps, CallContext, RefreshEvent, Resolvers } from './types';

export type { App, AppDeps, CallContext, RefreshEvent, Resolvers } from './types';

export function createApp(deps: AppDeps): App {
  const stores = new ProjectStores(deps.store, deps.site);

  function resolver<K extends ResolverName>(name: K) {
    return async (payload: unknown, ctx: CallContext): Promise<ApiResult<ResolverDefs[K]['result']>> => {
      const invalid: ApiError | null = checkPayload(name, payload);
      if (invalid) return { error: invalid };
      const context: HandlerContext = { deps, stores, ctx, now: deps.now() };
      try {
        const handler = RESOLVER_HANDLERS[name] as (p: unknown, c: HandlerContext) => Promise<ApiResult<ResolverDefs[K]['result']>>;
        return await handler(payload ?? {}, context);
      } catch (err) {
        if (mustReachForge(err)) throw err;
        console.error(`Resolver ${name} failed: ${describeForLog(err)}`);
        return errorFromException(err);
      }
    };
  }

  const resolvers = Object.fromEntries(
    (Object.keys(RESOLVER_HANDLERS) as ResolverName[]).map((name) => [name, resolver(name)]),
  ) as Resolvers;

  return {
    resolvers,
    async consume(event: RefreshEvent): Promise<void> {
      if (!isRefreshEvent(event)) {
        console.error('Refresh event ignored: it does not name a project.');
        return;
      }
      await consumeRefresh(deps, stores, event);
    },
    async nightly(): Promise<void> {
      await runNightly(deps, stores);
    },
  };
}
