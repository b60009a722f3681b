/**
 * The emulator's HTTP server: reads the request, applies faults and auth, routes to a handler,
 * and answers in Jira's shapes (errors as `{ errorMessages, errors }`).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Workspace } from '../workspace';
import { standInUser, userFromBasicAuth } from './auth';
import { JiraHttpError, type JiraErrorBody } from './errors';
import { FaultPlanner, type FaultDecision, type FaultSettings } from './faults';
import { RateBudget, objectsIn, type RateLimitSettings, type RateLimitStats } from './rate-budget';
import { matchRoute } from './routes';
import { StatsRecorder, type EmulatorStats, type FaultKind } from './stats';
import { WorkspaceIndex } from './store';
import type { ProductEvent } from './sprint-writes';

export interface EmulatorOptions {
  workspace: Workspace;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  faults?: FaultSettings;
  /** Require Basic auth (default true). Off: valid credentials still pick the user, else the first user acts. */
  auth?: boolean;
  /** Seed of the PRNG behind serverErrorRate (default 1). */
  seed?: number;
  /** Jira's points quota and per-second rate (rate-budget.ts); none: no limit and no rate-limit headers. */
  rateLimits?: RateLimitSettings;
  /** The site's clock, epoch ms (default Date.now): when a write happens, the quota's hours, the JQL's relative dates. */
  clock?: () => number;
}

export interface Emulator {
  /** Base URL, e.g. "http://127.0.0.1:41234" (no trailing slash). */
  url: string;
  stop(): Promise<void>;
  stats(): EmulatorStats;
  resetStats(): void;
  setFaults(faults: FaultSettings): void;
  /** Starts the quota afresh with these limits (null: none). */
  setRateLimits(limits: RateLimitSettings | null): void;
  /** Points spent and 429s of the quota, since the limits were set; null without limits. */
  rateLimitStats(): RateLimitStats | null;
  /**
   * Receives the Forge product events the site's writes cause (a sprint started, changed or closed),
   * each once, in order, after the write has been answered; returns a function that stops it.
   */
  onEvent(listener: (event: ProductEvent) => void | Promise<void>): () => void;
  /** Resolves once every event sent so far has been handled by the listeners. */
  delivered(): Promise<void>;
  /** Indexes the workspace again: for a workspace another emulator serving it has changed. */
  reindex(): void;
}

const MAX_BODY_BYTES = 20 * 1024 * 1024;

function errorBody(message: string): JiraErrorBody {
  return { errorMessages: [message], errors: {} };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new JiraHttpError(413, 'The request body is too large.'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new JiraHttpError(400, 'The request body is not valid JSON.');
  }
}

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

function faultAnswer(decision: FaultDecision): Answer | null {
  if (decision.kind === 'rate-limit') {
    const headers: Record<string, string> = {};
    if (decision.retryAfterSeconds !== null) headers['Retry-After'] = String(decision.retryAfterSeconds);
    headers['RateLimit-Reason'] = 'jira-burst-based';
    return { status: 429, body: errorBody('Too many requests: slow down and try again later.'), headers };
  }
  if (decision.kind === 'server-error') {
    const message = decision.status === 503 ? 'The service is unavailable for a moment: try again.' : 'Something went wrong on the server.';
    return { status: decision.status, body: errorBody(message) };
  }
  return null;
}

const FAULT_KINDS: Record<FaultDecision['kind'], FaultKind | null> = {
  none: null,
  'rate-limit': 'rate-limit',
  'server-error': 'server-error',
  malformed: 'malformed',
};

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  // Indexed again after each write (writes are rare: the demo's and the tests').
  let index = new WorkspaceIndex(options.workspace);
  const clock = options.clock ?? Date.now;
  const listeners = new Set<(event: ProductEvent) => void | Promise<void>>();
  let delivery: Promise<void> = Promise.resolve();
  const writes = {
    changed(events: ProductEvent[]) {
      index = new WorkspaceIndex(options.workspace);
      for (const event of events) {
        // Sent after the answer, one after the other, as a trigger would receive them.
        delivery = delivery.then(() => new Promise((resolve) => setImmediate(resolve))).then(async () => {
          for (const listener of listeners) {
            await Promise.resolve(listener(event)).catch((error: unknown) => console.error(`The emulator's event listener failed: ${error instanceof Error ? error.message : String(error)}`));
          }
        });
      }
    },
  };
  const faults = new FaultPlanner(options.faults ?? {}, options.seed ?? 1);
  const stats = new StatsRecorder();
  let budget = options.rateLimits ? new RateBudget(options.rateLimits) : null;
  const authRequired = options.auth !== false;
  let baseUrl = '';

  async function answer(req: http.IncomingMessage, url: URL, endpoint: string, decision: FaultDecision): Promise<Answer> {
    const text = await readBody(req);
    const injected = faultAnswer(decision);
    if (injected) return injected;
    if (!budget) return handle(req, url, text);
    const nowMs = clock();
    const { refusal } = budget.admit(endpoint, nowMs);
    if (refusal) {
      const headers = { ...budget.headers(nowMs), 'Retry-After': String(refusal.retryAfterSeconds), 'RateLimit-Reason': refusal.reason };
      return { status: 429, body: errorBody('Rate limit exceeded: try again later.'), headers };
    }
    const result = await handle(req, url, text);
    budget.charge(result.status >= 200 && result.status <= 299 ? objectsIn(result.body) : 0, nowMs);
    return { ...result, headers: { ...result.headers, ...budget.headers(nowMs) } };
  }

  async function handle(req: http.IncomingMessage, url: URL, text: string): Promise<Answer> {
    const credentialsUser = userFromBasicAuth(req.headers.authorization, options.workspace);
    if (authRequired && !credentialsUser) {
      return { status: 401, body: errorBody('You need to log in: send Basic auth with your email address and API token.'), headers: { 'WWW-Authenticate': 'Basic realm="emulator"' } };
    }
    const user = credentialsUser ?? standInUser(options.workspace);
    const match = matchRoute(req.method ?? 'GET', url.pathname);
    if (!match) return { status: 404, body: errorBody(`There is no ${req.method} ${url.pathname} here.`) };
    const result = match.route.handler({
      index,
      user,
      browsable: index.browsableKeys(user.accountId),
      baseUrl,
      query: url.searchParams,
      body: parseBody(text),
      params: match.params,
      nowMs: clock(),
      writes,
    });
    return { status: result.status ?? 200, body: result.body };
  }

  const server = http.createServer((req, res) => {
    // Prefixing the origin keeps "//host/path" a path instead of a host.
    const url = new URL(`http://127.0.0.1${(req.url ?? '/').startsWith('/') ? '' : '/'}${req.url ?? '/'}`);
    const endpoint = matchRoute(req.method ?? 'GET', url.pathname)?.route.endpoint ?? 'unknown';
    const decision = faults.next();
    const latency = faults.latencyMs;
    const respond = async () => {
      let result: Answer;
      try {
        result = await answer(req, url, endpoint, decision);
      } catch (error) {
        result =
          error instanceof JiraHttpError
            ? { status: error.status, body: error.body }
            : { status: 500, body: errorBody(`The emulator failed: ${error instanceof Error ? error.message : String(error)}`) };
      }
      let payload = JSON.stringify(result.body);
      const malformed = decision.kind === 'malformed';
      // A malformed answer keeps its status and headers but loses the second half of its body.
      if (malformed) payload = payload.slice(0, Math.floor(payload.length / 2));
      stats.record({ method: req.method ?? 'GET', url: url.pathname + url.search, endpoint, status: result.status, fault: FAULT_KINDS[decision.kind] });
      if (result.status === 204) {
        res.writeHead(204, result.headers);
        res.end();
        return;
      }
      res.writeHead(result.status, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': Buffer.byteLength(payload), ...result.headers });
      res.end(payload);
    };
    const run = () => {
      respond().catch(() => res.destroy());
    };
    if (latency > 0) setTimeout(run, latency);
    else run();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    setFaults: (f) => faults.set(f),
    setRateLimits: (limits) => {
      budget = limits ? new RateBudget(limits) : null;
    },
    rateLimitStats: () => budget?.stats() ?? null,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reindex: () => {
      index = new WorkspaceIndex(options.workspace);
    },
    delivered: async () => {
      let last: Promise<void> | null = null;
      while (last !== delivery) {
        last = delivery;
        await last;
      }
    },
  };
}
