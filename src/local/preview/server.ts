/**
 * The local preview: an HTTP server on 127.0.0.1 that serves both UI builds and routes their `invoke`
 * calls to a PreviewBackend (the resolver table Forge runs, through createEngineBackend). It answers
 * only requests addressed to itself, and calls only from its own pages (request-guard.ts).
 *
 * Routes: GET / (index), GET /project-page/ and /portfolio/ (shell: switch bar + iframe), GET /issue/,
 * /dashboard/ and /coach/ (an issue with the issue view, a dashboard with gadgets, the coach's panel:
 * surface-pages.ts), GET /app/{project-page|portfolio|issue-context|gadget}/... (the builds, host bridge
 * injected), GET /preview/* (preview assets), POST /api/invoke {functionKey, payload,
 * context:{project,user,issue,gadget}, simulateFailure}, POST /api/context, POST /api/gadget-config
 * {gadget, configuration} (a gadget's edit view saving), POST /api/demo-sprint {project, action: "start" | "close"}
 * (the demo site only), GET /api/preview-config.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { CallContext } from '../../forge/types';
import { GadgetConfigurations } from './gadget-store';
import { indexPage, shellPage, type AppName } from './pages';
import { surfacePage, type SurfaceName } from './surface-pages';
import { callRefusal, hostRefusal, newPreviewKey, type Refusal } from './request-guard';
import { contentType, readBuildFile } from './static-files';
import type { PreviewOptions, PreviewServer } from './types';

/** Where this preview listens and the key of this run (see request-guard.ts), and what it keeps for its dashboard. */
interface Access {
  port: number;
  key: string;
  gadgets: GadgetConfigurations;
}

/** Forge's default Custom UI policy, so a CSP problem shows up here before it shows up in Jira. */
export const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-ancestors 'self'; form-action 'self'";

const ASSETS = join(__dirname, 'assets');
const DEFAULT_STATIC_ROOT = join(__dirname, '..', '..', '..', 'static');
const MAX_BODY_BYTES = 5 * 1024 * 1024;

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json', JSON.stringify(value));

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('The request body is larger than 5 MiB.');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

export function resolveUser(options: PreviewOptions, alias: unknown): string {
  const wanted = typeof alias === 'string' && alias !== '' ? alias : options.users[0]?.alias;
  return options.users.find((user) => user.alias === wanted || user.accountId === wanted)?.accountId ?? String(wanted ?? 'anonymous');
}

/** The simulated Forge context of a call: who, and the project, issue or gadget the frame shows. */
export function callContextOf(options: PreviewOptions, gadgets: GadgetConfigurations, context: { project?: unknown; user?: unknown; issue?: unknown; gadget?: unknown } | undefined): CallContext {
  const project = context?.project;
  const issue = context?.issue;
  return {
    accountId: resolveUser(options, context?.user),
    projectKey: typeof project === 'string' && project !== '' ? project : null,
    ...(typeof issue === 'string' && issue !== '' ? { issueKey: issue } : {}),
    ...(context?.gadget !== undefined ? { gadgetConfiguration: gadgets.get(context.gadget) } : {}),
  };
}

async function handleInvoke(req: IncomingMessage, res: ServerResponse, options: PreviewOptions, gadgets: GadgetConfigurations) {
  let body: { functionKey?: unknown; payload?: unknown; context?: { project?: unknown; user?: unknown; issue?: unknown; gadget?: unknown }; simulateFailure?: unknown };
  try {
    body = (await readJson(req)) as typeof body;
  } catch (error) {
    return sendJson(res, 400, { error: { code: 'invalid-input', message: `The preview could not read the call: ${(error as Error).message}` } });
  }
  const functionKey = typeof body.functionKey === 'string' ? body.functionKey : '';
  if (body.simulateFailure === true) {
    return sendJson(res, 200, { error: { code: 'jira-unavailable', message: `Jira did not answer in time (the preview simulated a failure of ${functionKey}).` } });
  }
  const ctx = callContextOf(options, gadgets, body.context);
  try {
    const result = await options.backend.invoke(functionKey, body.payload ?? {}, ctx);
    sendJson(res, 200, result === undefined ? null : result);
  } catch (error) {
    // Resolvers answer with error values; a throw is a bug, reported the same way Forge would flatten it.
    sendJson(res, 200, { error: { code: 'internal', message: `The ${functionKey} call failed: ${(error as Error).message}` } });
  }
}

/** The demo's sprint control (demo-sprints.ts): answers `{ message }`, or an error value. */
async function handleDemoSprint(req: IncomingMessage, res: ServerResponse, options: PreviewOptions) {
  if (!options.demoSprints) return sendJson(res, 404, { error: { code: 'not-found', message: 'Sprints can be started and closed from here on the demo site only.' } });
  const body = (await readJson(req).catch(() => ({}))) as { project?: unknown; action?: unknown };
  const project = typeof body.project === 'string' ? body.project : '';
  if (!options.projects.some((p) => p.key === project) || (body.action !== 'start' && body.action !== 'close')) {
    return sendJson(res, 400, { error: { code: 'invalid-input', message: 'Name a project of the demo and an action, "start" or "close".' } });
  }
  try {
    return sendJson(res, 200, { message: await options.demoSprints.act(project, body.action) });
  } catch (error) {
    return sendJson(res, 200, { error: { code: 'internal', message: (error as Error).message } });
  }
}

function refuse(res: ServerResponse, refusal: Refusal, asJson: boolean) {
  if (asJson) return sendJson(res, refusal.status, { error: { code: refusal.status === 415 ? 'invalid-input' : 'forbidden', message: refusal.message } });
  return send(res, refusal.status, 'text/plain; charset=utf-8', refusal.message);
}

async function route(req: IncomingMessage, res: ServerResponse, options: PreviewOptions, access: Access) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname;
  const wrongHost = hostRefusal(req, access.port);
  if (wrongHost) return refuse(res, wrongHost, path.startsWith('/api/'));
  if (req.method === 'POST') {
    const refusal = callRefusal(req, access.port, access.key);
    if (refusal) return refuse(res, refusal, true);
  }
  if (req.method === 'POST' && path === '/api/invoke') return handleInvoke(req, res, options, access.gadgets);
  if (req.method === 'POST' && path === '/api/demo-sprint') return handleDemoSprint(req, res, options);
  if (req.method === 'POST' && path === '/api/context') {
    const body = (await readJson(req).catch(() => ({}))) as { context?: { user?: unknown; gadget?: unknown } };
    return sendJson(res, 200, { accountId: resolveUser(options, body.context?.user), gadgetConfiguration: access.gadgets.get(body.context?.gadget) ?? null });
  }
  if (req.method === 'POST' && path === '/api/gadget-config') {
    const body = (await readJson(req).catch(() => ({}))) as { gadget?: unknown; configuration?: unknown };
    const refused = access.gadgets.submit(body.gadget, body.configuration);
    return refused ? sendJson(res, 400, { error: { code: 'invalid-input', message: refused } }) : sendJson(res, 200, { saved: true });
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
  if (path === '/api/preview-config') {
    return sendJson(res, 200, { siteUrl: options.siteUrl ?? null, projects: options.projects, users: options.users.map(({ alias, label }) => ({ alias, label })) });
  }
  if (path === '/') return send(res, 200, 'text/html; charset=utf-8', indexPage(options));
  const shell = /^\/(project-page|portfolio)\/?$/.exec(path);
  if (shell) return send(res, 200, 'text/html; charset=utf-8', shellPage(shell[1] as AppName, url.searchParams, options, access.key));
  const surface = /^\/(issue|dashboard|coach)\/?$/.exec(path);
  if (surface) return send(res, 200, 'text/html; charset=utf-8', await surfacePage(surface[1] as SurfaceName, url.searchParams, options, access));
  const asset = /^\/preview\/(host-bridge\.js|shell\.js|shell\.css|coach\.js)$/.exec(path);
  if (asset) return send(res, 200, contentType(asset[1]), await readFile(join(ASSETS, asset[1])));
  const app = /^\/app\/(project-page|portfolio|issue-context|gadget)\/(.*)$/.exec(path);
  if (app) {
    const root = join(options.staticRoot ?? DEFAULT_STATIC_ROOT, app[1], 'build');
    const file = await readBuildFile(root, app[2], access.key);
    if (!file) return send(res, 404, 'text/plain', `Not found: ${path}. Run "npm run build:ui" first if the build is missing.`);
    return send(res, 200, file.type, file.body, { 'content-security-policy': APP_CSP });
  }
  return send(res, 404, 'text/plain', `Not found: ${path}`);
}

/** Starts the preview on 127.0.0.1 only (a free port unless one is given), with a new key for this run. */
export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const access: Access = { port: 0, key: newPreviewKey(), gadgets: new GadgetConfigurations(options.gadgets ?? []) };
  const server = createServer((req, res) => {
    route(req, res, options, access).catch((error: Error) => {
      if (!res.headersSent) send(res, 500, 'text/plain', `The preview failed: ${error.message}`);
      else res.end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { address, port } = server.address() as AddressInfo;
  access.port = port;
  return {
    url: `http://${address}:${port}`,
    stop: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections?.();
        server.close(() => resolveClose());
      }),
  };
}
