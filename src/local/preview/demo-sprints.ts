/**
 * The demo's sprint control: the preview's bar can close a demo project's running sprint or start its
 * next one, as its Scrum Master would in Jira. The change is made in the emulator as the demo's
 * administrator (its sprint endpoints, src/local/emulator/README.md); the emulator then sends Jira
 * Software's sprint events to the local app's trigger handler, which records the sprint and
 * refreshes the report (the sprint ledger of docs/metrics.md). The answer waits for all of that.
 */
import type { Transport } from '../../jira/transport';
import { sized } from '../../vocabulary';

export type DemoSprintAction = 'start' | 'close';

export interface DemoSprints {
  /** Makes the change and says what was done, in plain words (or why nothing was). */
  act(projectKey: string, action: DemoSprintAction): Promise<string>;
}

interface SprintJson {
  id: number;
  name: string;
  state: 'future' | 'active' | 'closed';
  endDate?: string;
}

/** A planned sprint length when the next sprint has none: two weeks. */
const TWO_WEEKS_MS = 14 * 24 * 60 * 60 * 1000;

async function read(jira: Transport, path: string, query?: Record<string, string>): Promise<Record<string, unknown>> {
  const response = await jira.send({ method: 'GET', path, query });
  if (response.status !== 200) throw new Error(`The demo site answered ${response.status} to GET ${path}.`);
  return response.body as Record<string, unknown>;
}

async function write(jira: Transport, path: string, body: unknown): Promise<void> {
  const response = await jira.send({ method: 'POST', path, body });
  if (response.status < 200 || response.status > 299) {
    const messages = (response.body as { errorMessages?: string[] } | null)?.errorMessages ?? [];
    throw new Error(`The demo site refused the change: ${messages.join(' ') || `HTTP ${response.status}`}`);
  }
}

/**
 * `jira`: the demo's emulator as its administrator; `settled`: resolves once the events sent were
 * handled and the app's queues are idle; `now`: the demo's clock.
 */
export function demoSprintControl(jira: Transport, settled: () => Promise<void>, now: () => Date): DemoSprints {
  return {
    async act(projectKey, action) {
      const boards = (await read(jira, '/rest/agile/1.0/board', { projectKeyOrId: projectKey, type: 'scrum' })).values as { id: number }[];
      if (boards.length === 0) return `${projectKey} has no Scrum board, so it runs no sprints.`;
      const sprints = (await read(jira, `/rest/agile/1.0/board/${boards[0].id}/sprint`, { state: 'active,future' })).values as SprintJson[];
      const running = sprints.find((s) => s.state === 'active');
      const next = sprints.find((s) => s.state === 'future');
      if (action === 'close') {
        if (!running) return `No sprint of ${projectKey} is running: start one first.`;
        await write(jira, `/rest/agile/1.0/sprint/${running.id}`, { state: 'closed', ...(next ? { incompleteIssuesDestinationId: next.id } : {}) });
        await settled();
        return `Closed ${running.name}${next ? `; its unfinished work went on to ${next.name}` : ''}. The app recorded the close and refreshed the report.`;
      }
      if (running) return `${running.name} is still running: close it first.`;
      if (!next) return `${projectKey} has no future sprint to start.`;
      const start = now();
      const planned = next.endDate && Date.parse(next.endDate) > start.getTime() ? next.endDate : new Date(start.getTime() + TWO_WEEKS_MS).toISOString();
      await write(jira, `/rest/agile/1.0/sprint/${next.id}`, { state: 'active', startDate: start.toISOString(), endDate: planned });
      await settled();
      const inIt = (await read(jira, '/rest/api/3/search/jql', { jql: `sprint = ${next.id}`, fields: 'id', maxResults: '5000' })).issues as unknown[];
      return `Started ${next.name} with ${sized(inIt.length, 'issues')}. The app recorded what it holds and refreshed the report.`;
    },
  };
}
