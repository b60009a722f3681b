/**
 * `npx tsx src/local/bench/adversarial-text.ts [--runs 5] [--items 30] [--chars 30000]`
 *
 * How long the CLI's audit of the whole demo site takes when `items` backlog items carry
 * `chars`-character descriptions made to make the acceptance-criteria pattern backtrack ("given when "
 * over and over, never "then"), against the same site without them. Both sites are served by the
 * emulator in this process and audited as `audit --all` does (auditProjects, 4 at a time); the items
 * are taken from the backlogs the first audit reports, so the readiness check reads every one. The
 * runs alternate after one untimed run of each, and the medians are printed. See docs/performance.md.
 */
import { withDefaults } from '../../domain/settings-schema';
import type { Report } from '../../domain/report';
import type { BacklogSnapshot } from '../../domain/types';
import { JiraClient } from '../../jira/client';
import { auditProjects } from '../cli/audit';
import type { Connection } from '../cli/connect';
import { generateDemo } from '../demo';
import { startEmulator } from '../emulator';
import { createHttpTransport } from '../http-transport';
import type { Workspace } from '../workspace';
import { median } from '../../domain/stats';

const NOW = new Date('2026-11-20T08:00:00Z');

/** The text that made RegExp backtrack: "given when " repeated to `chars` characters. */
export function adversarialText(chars: number): string {
  return 'given when '.repeat(Math.ceil(chars / 11)).slice(0, chars);
}

/**
 * A copy of the workspace where `items` backlog items, taken in turn from each project's backlog
 * (`backlogKeys`, in rank order), have an adversarial description of `chars` characters. Gives the
 * copy and their keys.
 */
export function withAdversarialDescriptions(workspace: Workspace, backlogKeys: string[][], items: number, chars: number): { workspace: Workspace; keys: string[] } {
  const copy = structuredClone(workspace);
  const byKey = new Map(copy.issues.map((issue) => [issue.key, issue]));
  const keys: string[] = [];
  const description = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: adversarialText(chars) }] }] };
  for (let round = 0; keys.length < items && backlogKeys.some((list) => round < list.length); round += 1) {
    for (const list of backlogKeys) {
      const issue = byKey.get(list[round]);
      if (keys.length >= items || !issue) continue;
      issue.fields.description = structuredClone(description);
      keys.push(issue.key);
    }
  }
  return { workspace: copy, keys };
}

/** A CLI connection to an emulator of `workspace`, with the demo's settings and snapshots. */
async function connectTo(workspace: Workspace, demo: ReturnType<typeof generateDemo>): Promise<Connection> {
  const emulator = await startEmulator({ workspace });
  const user = workspace.users.find((u) => u.active && !workspace.permissions[u.accountId])!;
  const snapshots = demo.snapshots as Record<string, BacklogSnapshot[]>;
  return {
    client: new JiraClient(createHttpTransport({ baseUrl: emulator.url, email: user.emailAddress, apiToken: user.apiToken }), { maxConcurrency: 4 }),
    siteLabel: 'the demo site',
    site: workspace.site,
    demo: true,
    demoFaults: null,
    defaultSettings: (key) => withDefaults(demo.settings[key] ?? {}),
    snapshots: (key) => snapshots[key] ?? [],
    close: () => emulator.stop(),
  };
}

/** One `audit --all` of the connection's site: its reports and the milliseconds it took. */
async function audit(connection: Connection, projects: { key: string }[]): Promise<{ reports: Report[]; ms: number }> {
  const started = performance.now();
  const outcome = await auditProjects(connection, { projects, settingsFor: connection.defaultSettings, now: NOW, parallel: 4, progress: () => undefined });
  if (outcome.failures.length || outcome.unreachable) throw new Error(`The audit failed: ${outcome.unreachable ?? outcome.failures[0].message}`);
  return { reports: outcome.reports, ms: performance.now() - started };
}

function option(argv: string[], flag: string, fallback: number): number {
  const at = argv.indexOf(flag);
  if (at === -1) return fallback;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a whole number of at least 1.`);
  return value;
}

async function main(argv: string[]): Promise<void> {
  const runs = option(argv, '--runs', 5);
  const items = option(argv, '--items', 30);
  const chars = option(argv, '--chars', 30_000);
  const demo = generateDemo({ now: NOW });
  const projects = demo.workspace.projects.map((p) => ({ key: p.key }));
  const plain = await connectTo(demo.workspace, demo);
  // The backlog items as the analysis sees them (each report's strip holds its backlog in rank order).
  const { reports } = await audit(plain, projects);
  const bent = withAdversarialDescriptions(demo.workspace, reports.map((r) => r.backlog?.strip.map((item) => item.key) ?? []), items, chars);
  const adversarial = await connectTo(bent.workspace, demo);
  try {
    await audit(adversarial, projects);
    const times = { plain: [] as number[], adversarial: [] as number[] };
    for (let run = 0; run < runs; run += 1) {
      times.plain.push((await audit(plain, projects)).ms);
      times.adversarial.push((await audit(adversarial, projects)).ms);
    }
    const plainMs = median(times.plain)!;
    const adversarialMs = median(times.adversarial)!;
    const round = (ms: number[]) => ms.map((t) => Math.round(t)).join(', ');
    process.stdout.write(
      `${items} items with ${chars}-character adversarial descriptions (${bent.keys.join(', ')})\n` +
        `audit without them: median ${Math.round(plainMs)} ms (${round(times.plain)})\n` +
        `audit with them:    median ${Math.round(adversarialMs)} ms (${round(times.adversarial)})\n` +
        `ratio: ${(adversarialMs / plainMs).toFixed(2)}\n`,
    );
  } finally {
    await Promise.all([plain.close(), adversarial.close()]);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
