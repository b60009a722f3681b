/**
 * A small real site for the tests of the CLI's history: project ABC on the emulator, behind a fixed
 * address (site-proxy.ts), as it is at the first audit and, re-ranked, from the second on. Between
 * the two, sprint 2 closes and sprint 3, planned with the goal "Refunds", starts and has its goal
 * reworded; ABC-11 is ranked above ABC-10 and ABC-21 moves from 12th to 10th.
 */
import type { Report } from '../../src/domain/report';
import { startEmulator, type Emulator } from '../../src/local/emulator';
import type { WsHistory, WsIssue, Workspace } from '../../src/local/workspace';
import { issue, RANK, tinySite } from '../jira/tiny-site';
import { cleanEnv, runInProcess } from './helpers';
import { startSiteProxy, type SiteProxy } from './site-proxy';

export const FIRST = '2026-03-02T06:00:00.000Z';
export const SECOND = '2026-03-03T06:00:00.000Z';
export const THIRD = '2026-03-08T06:00:00.000Z';
/** Between the first and second audits: ABC-11 ranked above ABC-10, ABC-21 from 12th to 10th. */
const RERANKED_AT = '2026-03-02T14:00:00.000+0000';

const BACKLOG = Array.from({ length: 12 }, (_, n) => `ABC-${10 + n}`);

function ranked(key: string, at: string, higher: boolean): WsHistory {
  const alice = { accountId: 'acc-alice', displayName: 'Alice', active: true };
  return { id: `7${key.slice(4)}`, author: alice, created: at, items: [{ field: 'Rank', fieldtype: 'custom', fieldId: RANK, from: '', fromString: '', to: '', toString: higher ? 'Ranked higher' : 'Ranked lower' }] };
}

/** Project ABC as it is at the first audit, or (reranked) from the second on. */
export function abcWorkspace(reranked: boolean): Workspace {
  const done = [
    issue({ id: '1001', key: 'ABC-1', rank: '0|i00001:', created: '2026-02-01T09:00:00.000+0000', updated: '2026-02-14T09:00:00.000+0000', status: 'done', points: 3, sprints: [1] }),
    issue({ id: '1002', key: 'ABC-2', rank: '0|i00002:', created: '2026-02-10T09:00:00.000+0000', updated: '2026-02-27T09:00:00.000+0000', status: 'done', points: 5, sprints: [2] }),
  ];
  const backlog: WsIssue[] = BACKLOG.map((key, n) => issue({ id: String(1010 + n), key, rank: `0|i000${10 + n}:`, created: `2026-02-0${1 + (n % 9)}T10:00:00.000+0000`, points: 2 }));
  if (reranked) {
    Object.assign(backlog[1], { rank: '0|i00009:', changelog: [ranked('ABC-11', RERANKED_AT, true)] });
    Object.assign(backlog[11], { rank: '0|i00018m:', changelog: [ranked('ABC-21', RERANKED_AT, true)] });
    for (const moved of [backlog[1], backlog[11]]) Object.assign(moved.fields, { [RANK]: moved.rank, updated: RERANKED_AT });
  }
  const workspace = tinySite([...done, ...backlog]);
  workspace.sprints = [
    { id: 1, originBoardId: 1, name: 'ABC Sprint 1', state: 'closed', startDate: '2026-02-02T09:00:00.000Z', endDate: '2026-02-16T09:00:00.000Z', completeDate: '2026-02-16T15:00:00.000Z', createdDate: '2026-01-30T09:00:00.000Z', goal: 'Invoices' },
    reranked
      ? { id: 2, originBoardId: 1, name: 'ABC Sprint 2', state: 'closed', startDate: '2026-02-16T10:00:00.000Z', endDate: '2026-03-02T10:00:00.000Z', completeDate: '2026-03-02T10:30:00.000Z', createdDate: '2026-02-13T09:00:00.000Z', goal: 'Payments' }
      : { id: 2, originBoardId: 1, name: 'ABC Sprint 2', state: 'active', startDate: '2026-02-16T10:00:00.000Z', endDate: '2026-03-02T10:00:00.000Z', createdDate: '2026-02-13T09:00:00.000Z', goal: 'Payments' },
    // Planned with the goal "Refunds", which is reworded once the sprint has started.
    reranked
      ? { id: 3, originBoardId: 1, name: 'ABC Sprint 3', state: 'active', startDate: '2026-03-02T11:00:00.000Z', endDate: '2026-03-16T11:00:00.000Z', createdDate: '2026-02-25T09:00:00.000Z', goal: 'Refunds and receipts' }
      : { id: 3, originBoardId: 1, name: 'ABC Sprint 3', state: 'future', createdDate: '2026-02-25T09:00:00.000Z', goal: 'Refunds' },
  ];
  return workspace;
}

export const ALICE = { email: 'alice@example.com', apiToken: 'alice-token' };
const noWait = { clientOptions: { sleep: async () => undefined } };

/** The site's fixed address and the emulator serving it now. */
export class HistorySite {
  private emulator: Emulator | null = null;

  private constructor(readonly proxy: SiteProxy) {}

  static async start(): Promise<HistorySite> {
    return new HistorySite(await startSiteProxy());
  }

  /** The site's host, as reports and the state folder name it. */
  get host(): string {
    return new URL(this.proxy.url).host;
  }

  /** Serves `workspace` from now on (on a new emulator, whose request counts start at 0). */
  async serve(workspace: Workspace): Promise<Emulator> {
    await this.stopEmulator();
    this.emulator = await startEmulator({ workspace });
    this.proxy.target(this.emulator.url);
    return this.emulator;
  }

  /** The environment of a CLI run against this site as Alice. */
  env(): Record<string, string | undefined> {
    return cleanEnv({ JIRA_BASE_URL: this.proxy.url, JIRA_EMAIL: ALICE.email, JIRA_API_TOKEN: ALICE.apiToken });
  }

  /** One audit of ABC as JSON on the site as `workspace` has it: exit code, stderr, the report, and the requests by endpoint. */
  async audit(workspace: Workspace, now: string, options: string[]): Promise<{ code: number; stderr: string; report: Report; requests: Record<string, number> }> {
    const emulator = await this.serve(workspace);
    const run = await runInProcess(['audit', '--project', 'ABC', '--format', 'json', '--now', now, ...options], this.env(), noWait);
    return { code: run.code, stderr: run.stderr, report: run.stdout ? (JSON.parse(run.stdout) as Report) : (null as never), requests: emulator.stats().byEndpoint };
  }

  async stopEmulator(): Promise<void> {
    await this.emulator?.stop();
    this.emulator = null;
  }

  async stop(): Promise<void> {
    await this.stopEmulator();
    await this.proxy.stop();
  }
}
