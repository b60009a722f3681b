/**
 * The demo's ground truth against the real engine, end to end: the generated workspace is served by
 * the emulator, read over HTTP by the Jira client, and analysed; each project must raise the
 * signals its story expects (warning or critical) and none of those it lists as silent.
 * Uses a seed and a moment other than the default, with the extra project flavours.
 */
import { generateDemo, DEMO_ADMIN } from '../../src/local/demo';
import type { DemoOutput } from '../../src/local/demo';
import { startEmulator, type Emulator } from '../../src/local/emulator';
import { createHttpTransport } from '../../src/local/http-transport';
import { JiraClient } from '../../src/jira/client';
import { computeProjectReport } from '../../src/engine/compute';
import { withDefaults } from '../../src/domain/settings-schema';

const NOW = new Date('2026-08-01T00:00:00Z');
let demo: DemoOutput;
let emulator: Emulator;
let client: JiraClient;

beforeAll(async () => {
  demo = generateDemo({ now: NOW, seed: 6, extraProjects: 4 });
  emulator = await startEmulator({ workspace: demo.workspace });
  client = new JiraClient(createHttpTransport({ baseUrl: emulator.url, email: DEMO_ADMIN.emailAddress, apiToken: DEMO_ADMIN.apiToken }));
});

afterAll(async () => {
  await emulator?.stop();
});

const KEYS = ['CALM', 'SPILL', 'CHURN', 'SPLIT', 'THIN', 'SOLO', 'FLOW', 'P001', 'P002', 'P003', 'P004'];

test.each(KEYS)('%s raises the signals its story expects and none it lists as silent', async (key) => {
  const { report } = await computeProjectReport(client, {
    projectKey: key,
    settings: withDefaults(demo.settings[key] as Record<string, unknown>),
    snapshots: demo.snapshots[key] ?? [],
    now: NOW,
  });
  const fired = report.signals.filter((s) => s.severity !== 'info').map((s) => s.id);
  const truth = demo.truth.projects[key];
  expect({ key, missing: truth.expectedSignals.filter((id) => !fired.includes(id)) }).toEqual({ key, missing: [] });
  expect({ key, unexpected: truth.silentSignals.filter((id) => fired.includes(id)) }).toEqual({ key, unexpected: [] });
});
