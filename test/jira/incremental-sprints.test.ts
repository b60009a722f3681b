/**
 * Incremental refresh of sprints: only open sprints are asked for while every sprint open last
 * time is still open; a sprint closed since makes it read all sprints again.
 */
import { JiraClient } from '../../src/jira/client';
import { loadBoardData } from '../../src/jira/load';
import type { JiraRequest, Transport } from '../../src/jira/transport';
import { startEmulator, type Emulator } from '../../src/local/emulator';
import { createHttpTransport } from '../../src/local/http-transport';
import type { Workspace } from '../../src/local/workspace';
import { tinySite } from './tiny-site';

const NOW = new Date('2026-02-10T12:00:00.000Z');
const LATER = new Date('2026-02-11T08:00:00.000Z');

let emulators: Emulator[] = [];
afterEach(async () => {
  await Promise.all(emulators.map((e) => e.stop()));
  emulators = [];
});

async function clientFor(workspace: Workspace) {
  const emulator = await startEmulator({ workspace });
  emulators.push(emulator);
  const http = createHttpTransport({ baseUrl: emulator.url, email: 'alice@example.com', apiToken: 'alice-token' });
  const sent: JiraRequest[] = [];
  const transport: Transport = { send: (req) => (sent.push(req), http.send(req)) };
  return { client: new JiraClient(transport, { sleep: async () => undefined }), sent };
}

const sprintStates = (sent: JiraRequest[]) => sent.filter((r) => r.path.endsWith('/sprint')).map((r) => r.query?.state);

describe('incremental refresh: sprints', () => {
  it('asks only for open sprints when the open ones are still open, and keeps the closed ones', async () => {
    const { client, sent } = await clientFor(tinySite());
    const first = await loadBoardData(client, { projectKey: 'ABC', now: NOW });
    sent.length = 0;
    const site = tinySite();
    site.sprints.push({ id: 3, originBoardId: 1, name: 'ABC Sprint 3', state: 'future', createdDate: '2026-02-10T20:00:00.000Z', goal: 'Refunds' });
    site.sprints[1].goal = 'Receipts';
    const later = await clientFor(site);
    const second = await loadBoardData(later.client, { projectKey: 'ABC', now: LATER, previous: first });
    expect(sprintStates(later.sent)).toEqual(['future,active']);
    expect(later.client.requestCount).toBe(3);
    expect(second.sprints.map((s) => [s.id, s.state, s.goal])).toEqual([[1, 'closed', 'Invoices'], [2, 'active', 'Receipts'], [3, 'future', 'Refunds']]);
  });

  it('reads every sprint again when a sprint open last time has closed since', async () => {
    const { client } = await clientFor(tinySite());
    const first = await loadBoardData(client, { projectKey: 'ABC', now: NOW });
    const site = tinySite();
    Object.assign(site.sprints[1], { state: 'closed', completeDate: '2026-02-10T16:00:00.000Z' });
    const later = await clientFor(site);
    const second = await loadBoardData(later.client, { projectKey: 'ABC', now: LATER, previous: first });
    expect(sprintStates(later.sent)).toEqual(['future,active', 'future,active,closed']);
    expect(later.client.requestCount).toBe(4);
    expect(second.sprints.map((s) => [s.id, s.state, s.completeDate])).toEqual([[1, 'closed', '2026-01-19T15:00:00.000Z'], [2, 'closed', '2026-02-10T16:00:00.000Z']]);
  });

  it('records each sprint goal when first seen and when it changes, carried from load to load', async () => {
    const { client } = await clientFor(tinySite());
    const first = await loadBoardData(client, { projectKey: 'ABC', now: NOW });
    expect(first.sprintGoals).toEqual({
      1: [{ at: '2026-02-10T12:00:00.000Z', goal: 'Invoices' }],
      2: [{ at: '2026-02-10T12:00:00.000Z', goal: null }],
    });
    const site = tinySite();
    site.sprints[1].goal = 'Receipts';
    site.sprints.push({ id: 3, originBoardId: 1, name: 'ABC Sprint 3', state: 'future', createdDate: '2026-02-10T20:00:00.000Z', goal: 'Refunds' });
    const later = await clientFor(site);
    const second = await loadBoardData(later.client, { projectKey: 'ABC', now: LATER, previous: first });
    expect(second.sprintGoals).toEqual({
      1: [{ at: '2026-02-10T12:00:00.000Z', goal: 'Invoices' }],
      2: [{ at: '2026-02-10T12:00:00.000Z', goal: null }, { at: '2026-02-11T08:00:00.000Z', goal: 'Receipts' }],
      3: [{ at: '2026-02-11T08:00:00.000Z', goal: 'Refunds' }],
    });
    // A full load a week on (the previous load, stored as JSON, is too old to build on) keeps what was seen.
    const stored = JSON.parse(JSON.stringify(second));
    const week = await loadBoardData(later.client, { projectKey: 'ABC', now: new Date('2026-02-18T08:00:00.000Z'), previous: stored });
    expect(week.fullLoadAt).toBe('2026-02-18T08:00:00.000Z');
    expect(week.sprintGoals).toEqual(second.sprintGoals);
  });
});
