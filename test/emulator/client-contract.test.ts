/**
 * The contract as the app really talks to Jira: the real JiraClient over the HTTP transport, through
 * a transport that checks every request it sends and every answer it gets against Jira's OpenAPI
 * specs (src/local/emulator/contract.ts), while it reads the whole demo site from the emulator:
 * the full load of every demo project, an incremental load of each, the per-issue changelog, the
 * project list, permissions and the visibility search `key in (...)`; and again with 429s and 5xx.
 */
import { withDefaults } from '../../src/domain/settings-schema';
import { readSprintScope } from '../../src/jira/sprint-scope';
import { computeProjectReport } from '../../src/engine/compute';
import { JiraClient } from '../../src/jira/client';
import { JIRA_ENDPOINTS } from '../../src/jira/endpoints';
import { loadNaively } from '../../src/local/bench/naive';
import { DEMO_ADMIN, DEMO_VIEWER, generateDemo, HIDDEN_FROM_VIEWER } from '../../src/local/demo';
import { startEmulator, type Emulator, type FaultSettings } from '../../src/local/emulator';
import { ContractChecker, contractTransport, type ContractTransport } from '../../src/local/emulator/contract';
import { loadSpec } from '../../src/local/emulator/openapi';
import { AGILE_SPEC, PLATFORM_SPEC, specFile } from '../../src/local/emulator/spec-files';
import { createHttpTransport } from '../../src/local/http-transport';

const NOW = new Date('2026-11-20T08:00:00.000Z');
const LATER = new Date('2026-11-20T09:30:00.000Z');
const demo = generateDemo({ now: NOW });
const checker = new ContractChecker({ platform: loadSpec(specFile(PLATFORM_SPEC)), agile: loadSpec(specFile(AGILE_SPEC)) });
const noWait = { sleep: async () => undefined };

function clientAs(emulator: Emulator, user: { emailAddress: string; apiToken: string }): { client: JiraClient; transport: ContractTransport } {
  const transport = contractTransport(createHttpTransport({ baseUrl: emulator.url, email: user.emailAddress, apiToken: user.apiToken }), checker);
  return { client: new JiraClient(transport, noWait), transport };
}

/** Full load of every demo project with its own settings, as the CLI and the preview run it; the data by project. */
async function loadEveryProject(client: JiraClient) {
  const loaded = new Map<string, NonNullable<Awaited<ReturnType<typeof computeProjectReport>>['data']>>();
  for (const project of demo.workspace.projects) {
    const settings = withDefaults(demo.settings[project.key] ?? {});
    const { data } = await computeProjectReport(client, { projectKey: project.key, settings, snapshots: [], now: NOW, site: demo.workspace.site });
    if (data) loaded.set(project.key, data);
  }
  return loaded;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('what the client sends and gets back keeps the specs', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ workspace: demo.workspace });
  });
  afterAll(() => emulator.stop());

  test('the full and incremental loads of every demo project, the per-issue changelog, projects, permissions and visibility', async () => {
    const admin = clientAs(emulator, DEMO_ADMIN);
    const loaded = await loadEveryProject(admin.client);
    expect([...loaded.keys()].sort()).toEqual(demo.workspace.projects.map((p) => p.key).sort());
    for (const [key, previous] of loaded) {
      const settings = withDefaults(demo.settings[key] ?? {});
      await computeProjectReport(admin.client, { projectKey: key, settings, snapshots: [], previous, now: LATER, site: demo.workspace.site });
    }
    await loadNaively(admin.transport, 'CALM', NOW);
    // What the sprint ledger reads after a sprint event: the running sprint of CALM and its issues.
    const running = demo.workspace.sprints.find((s) => s.state === 'active' && demo.workspace.boards.find((b) => b.id === s.originBoardId)?.projectKey === 'CALM')!;
    expect((await readSprintScope(admin.client, running.id)).issues.length).toBeGreaterThan(0);
    await admin.client.listProjects();
    await admin.client.getMyPermissions('CALM', ['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS']);

    // The viewer may not browse SOLO: issue/bulkfetch leaves its key and an unknown one out, without an error.
    const viewer = clientAs(emulator, DEMO_VIEWER);
    const keyOf = (project: string, n: number) => demo.workspace.issues.filter((i) => i.key.startsWith(`${project}-`))[n].key;
    const asked = [keyOf('CALM', 0), keyOf('CALM', 1), keyOf(HIDDEN_FROM_VIEWER, 0), 'CALM-999999'];
    expect([...(await viewer.client.getVisibleKeys(asked))].sort()).toEqual([keyOf('CALM', 0), keyOf('CALM', 1)].sort());
    expect(await viewer.client.getMyPermissions(HIDDEN_FROM_VIEWER, ['BROWSE_PROJECTS'])).toEqual({ BROWSE_PROJECTS: false });
    await viewer.client.listProjects();
    const people = await admin.client.searchUsers('a');
    expect(people.length).toBeGreaterThan(0);
    expect((await admin.client.getUsers([people[0].accountId])).map((p) => p.accountId)).toEqual([people[0].accountId]);

    const exchanges = [...admin.transport.exchanges, ...viewer.transport.exchanges];
    expect([...admin.transport.violations, ...viewer.transport.violations]).toEqual([]);
    // Every endpoint the client calls was seen, the per-issue changelog too, and the visibility check.
    const operations = new Set(exchanges.map((e) => e.operation));
    for (const endpoint of JIRA_ENDPOINTS) expect(operations).toContain(`${endpoint.method} ${endpoint.path}`);
    expect(operations).toContain('GET /rest/api/3/issue/{issueIdOrKey}/changelog');
    const statuses = countBy(exchanges, (e) => `${e.operation} ${e.status}`);
    expect(statuses['POST /rest/api/3/issue/bulkfetch 200']).toBeGreaterThan(0);
    expect(exchanges.filter((e) => e.status === null)).toEqual([]);
  }, 60_000);

  test('with a 429 every 5th request and 5% 5xx, every answer, error or not, keeps the specs', async () => {
    const faults: FaultSettings = { rateLimitEveryN: 5, retryAfterSeconds: 1, serverErrorRate: 0.05 };
    emulator.setFaults(faults);
    try {
      const admin = clientAs(emulator, DEMO_ADMIN);
      await loadEveryProject(admin.client);
      expect(admin.transport.violations).toEqual([]);
      const served = emulator.stats().faults;
      const byStatus = countBy(admin.transport.exchanges, (e) => String(e.status));
      expect(byStatus['429']).toBe(served.rateLimited);
      expect((byStatus['500'] ?? 0) + (byStatus['503'] ?? 0)).toBe(served.serverErrors);
      expect(served.rateLimited).toBeGreaterThan(10);
      expect(served.serverErrors).toBeGreaterThan(1);
    } finally {
      emulator.setFaults({});
    }
  }, 60_000);
});
