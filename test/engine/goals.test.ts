/**
 * Sprint goals through real loads: the first load observes every sprint's goal, the next one
 * (incremental, built on the first) sees a goal reworded after its sprint started; the report
 * judges the goal at start from the observations and says how it knows.
 */
import { computeProjectReport } from '../../src/engine/compute';
import { JiraClient } from '../../src/jira/client';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { validateReport } from '../../src/report/schema';
import { startEmulator, type Emulator } from '../../src/local/emulator';
import { createHttpTransport } from '../../src/local/http-transport';
import type { Workspace } from '../../src/local/workspace';
import { tinySite } from '../jira/tiny-site';

const FIRST = new Date('2026-02-10T12:00:00.000Z');
const SECOND = new Date('2026-02-12T08:00:00.000Z');

let emulators: Emulator[] = [];
afterEach(async () => {
  await Promise.all(emulators.map((e) => e.stop()));
  emulators = [];
});

async function clientFor(workspace: Workspace): Promise<JiraClient> {
  const emulator = await startEmulator({ workspace });
  emulators.push(emulator);
  return new JiraClient(createHttpTransport({ baseUrl: emulator.url, email: 'alice@example.com', apiToken: 'alice-token' }), { sleep: async () => undefined });
}

it('judges each goal at its start from what earlier loads saw, and shows a goal changed after the start', async () => {
  // First load: sprint 1 closed (goal "Invoices"), sprint 2 running without a goal, sprint 3 planned with "Refunds".
  const before = tinySite();
  before.sprints.push({ id: 3, originBoardId: 1, name: 'ABC Sprint 3', state: 'future', createdDate: '2026-02-09T09:00:00.000Z', goal: 'Refunds' });
  const first = await computeProjectReport(await clientFor(before), { projectKey: 'ABC', settings: DEFAULT_SETTINGS, snapshots: [], now: FIRST });

  // Then sprint 2 closed, sprint 3 started on 11 Feb and its goal was reworded during it.
  const after = tinySite();
  Object.assign(after.sprints[1], { state: 'closed', completeDate: '2026-02-11T09:00:00.000Z' });
  after.sprints.push({
    id: 3, originBoardId: 1, name: 'ABC Sprint 3', state: 'active', createdDate: '2026-02-09T09:00:00.000Z',
    startDate: '2026-02-11T10:00:00.000Z', endDate: '2026-02-25T10:00:00.000Z', goal: 'Refunds and receipts',
  });
  const { report, data } = await computeProjectReport(await clientFor(after), { projectKey: 'ABC', settings: DEFAULT_SETTINGS, snapshots: [], previous: first.data, now: SECOND });

  expect(data!.sprintGoals![3]).toEqual([
    { at: '2026-02-10T12:00:00.000Z', goal: 'Refunds' },
    { at: '2026-02-12T08:00:00.000Z', goal: 'Refunds and receipts' },
  ]);
  expect(report.sprints!.active).toMatchObject({
    id: 3,
    goal: 'Refunds and receipts',
    goalAtStart: { goal: 'Refunds', source: 'observed', observedAt: '2026-02-10T12:00:00.000Z' },
    goalChangedAfterStart: true,
  });
  // Sprints 1 and 2 had started before the app first looked: their goals at the start are from that first look.
  expect(report.sprints!.closed.map((s) => [s.id, s.goalAtStart, s.goalChangedAfterStart])).toEqual([
    [1, { goal: 'Invoices', source: 'later', observedAt: '2026-02-10T12:00:00.000Z' }, null],
    [2, { goal: null, source: 'later', observedAt: '2026-02-10T12:00:00.000Z' }, null],
  ]);
  const missing = report.signals.find((s) => s.id === 'missing-sprint-goal')!;
  expect(missing.severity).toBe('warning');
  expect(missing.evidence.sprintIds).toEqual([2]);
  expect(missing.observation).toBe(
    '1 sprint of the last 3 started without a goal: ABC Sprint 2 (first seen by the app after it started, on 2026-02-10). ' +
      'For a sprint first seen after it started, the goal it started with is not known for sure: it had none when the app first saw it.',
  );
  expect(validateReport(report)).toEqual([]);
});
