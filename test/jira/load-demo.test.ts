/**
 * loadBoardData against the demo site served by the emulator, with and without injected faults:
 * every issue of each project comes back, in the workspace's rank order, with its full history.
 */
import { JiraClient } from '../../src/jira/client';
import { loadBoardData } from '../../src/jira/load';
import { generateDemo } from '../../src/local/demo';
import { startEmulator, type Emulator } from '../../src/local/emulator';
import { createHttpTransport } from '../../src/local/http-transport';

const NOW = new Date('2026-03-02T12:00:00.000Z');
const demo = generateDemo({ now: NOW });
const workspace = demo.workspace;
const admin = workspace.users[0];

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ workspace });
});
afterAll(async () => emulator.stop());

function client(waits: number[] = []) {
  const transport = createHttpTransport({ baseUrl: emulator.url, email: admin.emailAddress, apiToken: admin.apiToken });
  return new JiraClient(transport, { sleep: async (ms) => void waits.push(ms), random: () => 0.5 });
}

function expectedKeys(projectKey: string): string[] {
  return workspace.issues
    .filter((i) => i.projectKey === projectKey)
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .map((i) => i.key);
}

describe('loadBoardData on the demo site', () => {
  const scrumProjects = [...new Set(workspace.boards.filter((b) => b.type === 'scrum').map((b) => b.projectKey))];

  it.each(scrumProjects)('project %s: every issue, in rank order, with every history', async (projectKey) => {
    const data = await loadBoardData(client(), { projectKey, now: NOW });
    expect(data.partial).toBeNull();
    expect(data.issues.map((i) => i.key)).toEqual(expectedKeys(projectKey));
    const historyCount = workspace.issues.filter((i) => i.projectKey === projectKey).reduce((n, i) => n + i.changelog.reduce((m, h) => m + h.items.length, 0), 0);
    expect(data.issues.reduce((n, i) => n + i.changelog.length, 0)).toBe(historyCount);
    expect(data.sprints.length).toBe(workspace.sprints.filter((s) => s.originBoardId === data.board.id).length);
  });

  it('survives rate limiting and server errors, waiting what Jira asks', async () => {
    const projectKey = scrumProjects[0];
    emulator.setFaults({ rateLimitEveryN: 4, retryAfterSeconds: 2, serverErrorRate: 0.1 });
    try {
      const waits: number[] = [];
      const c = client(waits);
      const data = await loadBoardData(c, { projectKey, now: NOW });
      expect(data.partial).toBeNull();
      expect(data.issues.map((i) => i.key)).toEqual(expectedKeys(projectKey));
      expect(waits).toContain(2000);
    } finally {
      emulator.setFaults({});
    }
  });
});
