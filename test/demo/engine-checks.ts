/**
 * The demo's ground truth against the real engine, end to end: the generated workspace is served by
 * the emulator, read over HTTP by the Jira client, and analysed. Each project must raise the signals
 * its story expects (warning or critical) and none of those it lists as silent (CALM lists them
 * all), its report must validate against the schema, and every closed sprint must be reconstructed
 * as the generator recorded it: groups, points, ratios, sub-tasks and estimate changes.
 */
import { generateDemo, DEMO_ADMIN } from '../../src/local/demo';
import type { DemoOptions, DemoOutput } from '../../src/local/demo';
import { startEmulator, type Emulator } from '../../src/local/emulator';
import { createHttpTransport } from '../../src/local/http-transport';
import { JiraClient } from '../../src/jira/client';
import { computeProjectReport } from '../../src/engine/compute';
import { withDefaults } from '../../src/domain/settings-schema';
import { validateReport } from '../../src/report/schema';

const STORIES = ['CALM', 'SPILL', 'CHURN', 'SPLIT', 'THIN', 'SOLO', 'FLOW'];
const GROUPS = ['committed', 'added', 'removed', 'completed', 'notCompleted', 'doneBeforeStart'] as const;
const RATIOS = ['commitmentReliability', 'completionRate', 'scopeChurn', 'carryOver'] as const;

/** Registers the checks for one demo (`options` as generateDemo takes them). */
export function engineChecks(options: DemoOptions): void {
  const keys = [...STORIES, ...Array.from({ length: options.extraProjects ?? 0 }, (_, n) => `P${String(n + 1).padStart(3, '0')}`)];
  let demo: DemoOutput;
  let emulator: Emulator;
  let client: JiraClient;

  beforeAll(async () => {
    demo = generateDemo(options);
    emulator = await startEmulator({ workspace: demo.workspace });
    client = new JiraClient(createHttpTransport({ baseUrl: emulator.url, email: DEMO_ADMIN.emailAddress, apiToken: DEMO_ADMIN.apiToken }));
  });

  afterAll(async () => {
    await emulator?.stop();
  });

  const reports = new Map<string, Promise<Awaited<ReturnType<typeof computeProjectReport>>>>();
  /** The engine's report for a project, computed once per demo. */
  function reportFor(key: string) {
    if (!reports.has(key)) {
      reports.set(key, computeProjectReport(client, {
        projectKey: key,
        settings: withDefaults(demo.settings[key] as Record<string, unknown>),
        snapshots: demo.snapshots[key] ?? [],
        now: options.now,
      }));
    }
    return reports.get(key)!;
  }

  test.each(keys)('%s raises the signals its story expects and none it lists as silent', async (key) => {
    const { report } = await reportFor(key);
    const fired = report.signals.filter((s) => s.severity !== 'info').map((s) => s.id);
    const truth = demo.truth.projects[key];
    expect({ key, missing: truth.expectedSignals.filter((id) => !fired.includes(id)) }).toEqual({ key, missing: [] });
    expect({ key, unexpected: truth.silentSignals.filter((id) => fired.includes(id)) }).toEqual({ key, unexpected: [] });
  });

  test.each(keys)('%s: the report validates against the schema', async (key) => {
    const { report } = await reportFor(key);
    expect({ key, errors: validateReport(report) }).toEqual({ key, errors: [] });
  });

  test.each(keys.filter((k) => k !== 'FLOW'))('%s: the engine reconstructs every closed sprint as the ground truth says', async (key) => {
    const { report } = await reportFor(key);
    const truth = demo.truth.projects[key].sprints;
    const closed = report.sprints!.closed;
    expect(closed.map((s) => s.id).sort((a, b) => a - b)).toEqual(Object.keys(truth).map(Number).sort((a, b) => a - b));
    for (const sprint of closed) {
      for (const group of GROUPS) {
        expect({ sprint: sprint.id, group, issues: sprint[group].issues }).toEqual({ sprint: sprint.id, group, issues: truth[sprint.id][group].issues });
      }
      for (const group of GROUPS) {
        expect({ sprint: sprint.id, group, points: sprint[group].points }).toEqual({ sprint: sprint.id, group, points: truth[sprint.id][group].points });
      }
      for (const name of RATIOS) {
        expect({ sprint: sprint.id, name, value: sprint[name] }).toEqual({ sprint: sprint.id, name, value: truth[sprint.id][name] });
      }
      expect({ sprint: sprint.id, subtasks: sprint.subtasks }).toEqual({ sprint: sprint.id, subtasks: truth[sprint.id].subtasks });
      const changes = sprint.estimateChanges.map(({ issueKey, from, to }) => ({ issueKey, from, to }));
      expect({ sprint: sprint.id, changes }).toEqual({ sprint: sprint.id, changes: truth[sprint.id].estimateChanges });
    }
  });
}
