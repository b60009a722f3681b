/**
 * Where the audit reads from: the Jira Cloud site named by JIRA_BASE_URL, JIRA_EMAIL and
 * JIRA_API_TOKEN (environment only), or, when none of them is set, the built-in demo site
 * (generated, then served by the in-process emulator and read over HTTP like a real site).
 */
import type { BacklogSnapshot } from '../../domain/types';
import type { ProjectSettings } from '../../domain/settings';
import { withDefaults } from '../../domain/settings-schema';
import { JiraClient } from '../../jira/client';
import type { JiraClientOptions } from '../../jira/client';
import { generateDemo } from '../demo';
import { DEMO_FAULTS_VARIABLE, demoFaultsFromEnv, startEmulator } from '../emulator';
import type { DemoFaults, Emulator } from '../emulator';
import { createHttpTransport } from '../http-transport';
import { siteAddress } from '../site-address';
import type { Workspace } from '../workspace';
import { CliFailure, EXIT } from './exit-codes';

export const CREDENTIAL_VARIABLES = ['JIRA_BASE_URL', 'JIRA_EMAIL', 'JIRA_API_TOKEN'] as const;

export interface Connection {
  client: JiraClient;
  /** What to call the site in messages: the base URL for a real site, "the demo site" otherwise. */
  siteLabel: string;
  /** The site as reports name it: the host of JIRA_BASE_URL, or the demo workspace's site. */
  site: string;
  demo: boolean;
  /** The faults the demo's emulator serves (BACKLOG_HEALTH_DEMO_FAULTS); null when none. */
  demoFaults: DemoFaults | null;
  /** Settings a project uses when --settings does not name it. */
  defaultSettings(projectKey: string): ProjectSettings;
  /** Stored backlog snapshots of the project (the demo's own history; none for a real site). */
  snapshots(projectKey: string): BacklogSnapshot[];
  close(): Promise<void>;
}

export interface ConnectOptions {
  env: Record<string, string | undefined>;
  now: Date;
  concurrency: number;
  /** Tests: client options (e.g. a sleep that does not wait). */
  clientOptions?: JiraClientOptions;
  /** Tests: the demo's emulator once started (e.g. to read how many faults it served). */
  onDemoEmulator?: (emulator: Emulator) => void;
}

function credentialsPresent(env: Record<string, string | undefined>): string[] {
  return CREDENTIAL_VARIABLES.filter((name) => (env[name] ?? '').trim() !== '');
}

/** Whether the audit reads the built-in demo site: none of the credential variables is set. */
export function usesDemoSite(env: Record<string, string | undefined>): boolean {
  return credentialsPresent(env).length === 0;
}

export async function connect(options: ConnectOptions): Promise<Connection> {
  const present = credentialsPresent(options.env);
  let demoFaults: DemoFaults | null;
  try {
    demoFaults = demoFaultsFromEnv(options.env);
  } catch (err) {
    throw new CliFailure(EXIT.usage, (err as Error).message);
  }
  if (present.length === 0) return connectToDemo(options, demoFaults);
  if (present.length < CREDENTIAL_VARIABLES.length) {
    const missing = CREDENTIAL_VARIABLES.filter((name) => !present.includes(name));
    throw new CliFailure(EXIT.usage, `To audit a Jira site, set all of ${CREDENTIAL_VARIABLES.join(', ')} in the environment (missing: ${missing.join(', ')}). Set none of them to audit the demo site.`);
  }
  if (demoFaults) throw new CliFailure(EXIT.usage, `${DEMO_FAULTS_VARIABLE} is for the built-in demo site only, and JIRA_BASE_URL names a real site: unset one of them.`);
  let baseUrl: string;
  try {
    baseUrl = siteAddress(options.env.JIRA_BASE_URL as string);
  } catch (err) {
    throw new CliFailure(EXIT.usage, (err as Error).message);
  }
  const transport = createHttpTransport({ baseUrl, email: (options.env.JIRA_EMAIL as string).trim(), apiToken: options.env.JIRA_API_TOKEN as string });
  return {
    client: new JiraClient(transport, { maxConcurrency: options.concurrency, ...options.clientOptions }),
    siteLabel: baseUrl,
    site: new URL(baseUrl).host,
    demo: false,
    demoFaults: null,
    defaultSettings: () => withDefaults({}),
    snapshots: () => [],
    close: async () => undefined,
  };
}

async function connectToDemo(options: ConnectOptions, demoFaults: DemoFaults | null): Promise<Connection> {
  // The demo's own default seed: the same site `npm start` shows.
  const demo = generateDemo({ now: options.now });
  const user = demoUserWhoSeesEverything(demo.workspace);
  const emulator = await startEmulator({ workspace: demo.workspace, faults: demoFaults?.faults, seed: demoFaults?.seed });
  options.onDemoEmulator?.(emulator);
  const transport = createHttpTransport({ baseUrl: emulator.url, email: user.emailAddress, apiToken: user.apiToken });
  const settings = demo.settings as Record<string, unknown>;
  const snapshots = demo.snapshots as Record<string, BacklogSnapshot[]>;
  return {
    client: new JiraClient(transport, { maxConcurrency: options.concurrency, ...options.clientOptions }),
    siteLabel: 'the demo site',
    site: demo.workspace.site,
    demo: true,
    demoFaults,
    defaultSettings: (key) => withDefaults(settings[key] ?? {}),
    snapshots: (key) => snapshots[key] ?? [],
    close: () => emulator.stop(),
  };
}

/** The first active demo user who may browse every project (no permission entry means all). */
function demoUserWhoSeesEverything(workspace: Workspace): Workspace['users'][number] {
  const keys = workspace.projects.map((p) => p.key);
  const user = workspace.users.find((u) => {
    if (!u.active) return false;
    const permissions = workspace.permissions[u.accountId];
    return !permissions || keys.every((k) => permissions.browse.includes(k));
  });
  if (!user) throw new CliFailure(EXIT.cannotReachJira, 'The demo site has no user who may browse every project.');
  return user;
}
