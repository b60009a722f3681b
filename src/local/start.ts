/**
 * `npm start` (after `npm run build:ui`): the whole app on this machine. Generates the demo site, serves it
 * with the Jira emulator, seeds the store with the demo's settings and backlog snapshots, starts the preview
 * and prints the address of each project page and of the portfolio.
 * With JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN set, it reads that Jira site instead (as that one
 * account, for every simulated viewer); credentials stay in the environment and are never printed.
 * PREVIEW_PORT chooses the preview's port (default 8787; 0 picks a free one); BACKLOG_HEALTH_DEMO_FAULTS
 * turns on the demo emulator's faults (src/local/emulator/faults-from-env.ts).
 */
import type { Workspace } from './workspace';
import type { Transport } from '../jira/transport';
import type { Emulator } from './emulator';
import { DEMO_FAULTS_VARIABLE, demoFaultsFromEnv, describeDemoFaults, type DemoFaults } from './emulator/faults-from-env';
import { createEngineBackend, startPreview, type PreviewOptions, type PreviewServer, type PreviewUser } from './preview';
import { demoGadgets, demoIssues } from './preview/demo-surfaces';
import { createLocalApp, type LocalApp } from './preview/local-app';
import { demoSprintControl } from './preview/demo-sprints';
import { siteAddress } from './site-address';

export interface StartOptions {
  env?: Record<string, string | undefined>;
  /** The demo's "now" (default: the current time). */
  now?: Date;
  seed?: number;
  port?: number;
  /** The app's clock (default: the real clock). */
  clock?: () => Date;
}

export interface Started {
  preview: PreviewServer;
  local: LocalApp;
  projects: { key: string; name: string; url: string }[];
  /** The simulated viewers of the preview bar (alias "admin" first). */
  users: PreviewUser[];
  portfolioUrl: string;
  /** An issue with the issue view, a dashboard with the gadgets, and the coach's panel. */
  issueUrl: string;
  dashboardUrl: string;
  coachUrl: string;
  /** Demo only: what the generator knows to be true. */
  truth: import('./workspace').GroundTruth | null;
  /** Demo only: the emulator serving the demo site. */
  emulator: Emulator | null;
  /** Demo only: the faults its emulator serves (BACKLOG_HEALTH_DEMO_FAULTS), null when none. */
  demoFaults: DemoFaults | null;
  stop(): Promise<void>;
}

const CREDENTIALS = ['JIRA_BASE_URL', 'JIRA_EMAIL', 'JIRA_API_TOKEN'] as const;

export async function startLocal(options: StartOptions = {}): Promise<Started> {
  const env = options.env ?? process.env;
  const present = CREDENTIALS.filter((name) => (env[name] ?? '').trim() !== '');
  if (present.length > 0 && present.length < CREDENTIALS.length) {
    throw new Error(`To preview a real Jira site, set all of ${CREDENTIALS.join(', ')} (missing: ${CREDENTIALS.filter((n) => !present.includes(n)).join(', ')}). Set none of them to use the demo site.`);
  }
  const demoFaults = demoFaultsFromEnv(env);
  if (present.length === 0) return startOnDemo(options, demoFaults);
  if (demoFaults) throw new Error(`${DEMO_FAULTS_VARIABLE} is for the demo site only, and JIRA_BASE_URL names a real site: unset one of them.`);
  return startOnRealSite(env, options);
}

async function startOnDemo(options: StartOptions, demoFaults: DemoFaults | null): Promise<Started> {
  const [{ generateDemo, DEMO_ADMIN, DEMO_VIEWER }, { startEmulator }, { createHttpTransport }] = await Promise.all([
    import('./demo'),
    import('./emulator'),
    import('./http-transport'),
  ]);
  const now = options.now ?? new Date();
  const demo = generateDemo({ now, seed: options.seed });
  const clock = options.clock;
  const emulator = await startEmulator({ workspace: demo.workspace, faults: demoFaults?.faults, seed: demoFaults?.seed, clock: clock && (() => clock().getTime()) });
  const userById = new Map(demo.workspace.users.map((user) => [user.accountId, user]));
  const transportFor = (accountId: string | null): Transport => {
    const user = userById.get(accountId ?? DEMO_ADMIN.accountId);
    // An unknown viewer gets no valid credentials: the emulator answers 401, as Jira would.
    return createHttpTransport({ baseUrl: emulator.url, email: user?.emailAddress ?? 'unknown@demo.example', apiToken: user?.apiToken ?? 'none' });
  };
  const local = createLocalApp({ site: demo.workspace.site, transportFor, now: options.clock });
  for (const project of demo.workspace.projects) {
    await local.seedSettings(project.key, demo.settings[project.key] ?? {});
    await local.seedSnapshots(project.key, demo.snapshots[project.key] ?? []);
  }
  const users: PreviewUser[] = [
    { alias: 'admin', accountId: DEMO_ADMIN.accountId, label: `${DEMO_ADMIN.displayName} (project admin)` },
    { alias: 'viewer', accountId: DEMO_VIEWER.accountId, label: `${DEMO_VIEWER.displayName} (not an admin)` },
  ];
  const projects = projectsOf(demo.workspace);
  const surfaces = { issues: demoIssues(demo.workspace, demo.truth), gadgets: demoGadgets(projects) };
  // Jira Software's sprint events, sent by the emulator when a sprint starts, changes or closes, reach the app as Forge's trigger would.
  emulator.onEvent((event) => local.app.sprintEvent(event));
  const demoSprints = demoSprintControl(transportFor(DEMO_ADMIN.accountId), async () => {
    await emulator.delivered();
    await local.settled();
  }, clock ?? (() => new Date()));
  const started = await serve(local, projects, users, emulator.url, options.port, { ...surfaces, demoSprints });
  return {
    ...started,
    truth: demo.truth,
    emulator,
    demoFaults,
    stop: async () => {
      await started.stop();
      await emulator.stop();
    },
  };
}

async function startOnRealSite(env: Record<string, string | undefined>, options: StartOptions): Promise<Started> {
  const { createHttpTransport } = await import('./http-transport');
  const baseUrl = siteAddress(env.JIRA_BASE_URL as string);
  const transport = createHttpTransport({ baseUrl, email: (env.JIRA_EMAIL as string).trim(), apiToken: env.JIRA_API_TOKEN as string });
  const local = createLocalApp({ site: new URL(baseUrl).host, transportFor: () => transport, now: options.clock });
  const myself = (await local.app.resolvers.getPortfolio({}, { accountId: 'self', projectKey: null })) as { rows?: { projectKey: string; projectName: string }[] };
  const projects = (myself.rows ?? []).map((row) => ({ key: row.projectKey, name: row.projectName }));
  const users: PreviewUser[] = [{ alias: 'admin', accountId: 'self', label: 'You (the account of JIRA_EMAIL)' }];
  const started = await serve(local, projects, users, baseUrl, options.port, { issues: [], gadgets: demoGadgets(projects) });
  return { ...started, truth: null, emulator: null, demoFaults: null };
}

function projectsOf(workspace: Workspace) {
  return workspace.projects.map((project) => ({ key: project.key, name: project.name }));
}

async function serve(local: LocalApp, projects: { key: string; name: string }[], users: PreviewUser[], siteUrl: string, port: number | undefined, surfaces: Pick<PreviewOptions, 'issues' | 'gadgets' | 'demoSprints'>) {
  const preview = await startPreview({ backend: createEngineBackend(local.app), projects, users, siteUrl, port, ...surfaces });
  return {
    preview,
    local,
    users,
    projects: projects.map((project) => ({ ...project, url: `${preview.url}/project-page/?project=${encodeURIComponent(project.key)}&user=admin` })),
    portfolioUrl: `${preview.url}/portfolio/?user=admin`,
    issueUrl: `${preview.url}/issue/?user=admin`,
    dashboardUrl: `${preview.url}/dashboard/?user=admin`,
    coachUrl: `${preview.url}/coach/?user=admin`,
    stop: async () => {
      await preview.stop();
      await local.settled();
    },
  };
}

const DEFAULT_PORT = 8787;

/** PREVIEW_PORT: a port number, 0 for any free port; unset gives 8787. */
export function previewPort(env: Record<string, string | undefined>): number {
  const text = (env.PREVIEW_PORT ?? '').trim();
  if (text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new Error(`PREVIEW_PORT must be a port number from 0 to 65535, 0 for any free port (got "${text}").`);
  return port;
}

async function main(): Promise<void> {
  const started = await startLocal({ port: previewPort(process.env) });
  const lines = [
    `Backlog health preview: ${started.preview.url}/`,
    ...(started.demoFaults ? [`Faults on, as ${DEMO_FAULTS_VARIABLE} asks: ${describeDemoFaults(started.demoFaults)}.`] : []),
    '',
    'Project pages:',
    ...started.projects.map((project) => `  ${project.key.padEnd(8)} ${project.url}`),
    '',
    `Portfolio: ${started.portfolioUrl}`,
    `An issue with the Backlog health panel: ${started.issueUrl}`,
    `A dashboard with the gadgets: ${started.dashboardUrl}`,
    `The coach's actions: ${started.coachUrl}`,
    '',
    started.emulator
      ? 'Switch project, viewer (admin or not) and theme in the bar above the page; close the running sprint or start the next one there too, and the app records it from Jira’s sprint events. Press Ctrl+C to stop.'
      : 'Switch project, viewer (admin or not) and theme in the bar above the page. Press Ctrl+C to stop.',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  const stop = () => {
    started.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`The preview could not start: ${error.message}\n`);
    process.exit(1);
  });
}
