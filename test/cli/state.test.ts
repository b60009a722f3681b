/**
 * The CLI keeps the site's history in --state, as the app keeps it: three audits of a real site
 * (the emulator behind a fixed address), the second a day after the first and the third six days
 * after it. The second and third are incremental (request counts), the second judges a sprint goal
 * from what the first saw, the third compares the backlog's order with the first one's snapshot.
 * --no-state reads everything and leaves the folder as it was.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Report } from '../../src/domain/report';
import { startEmulator, type Emulator } from '../../src/local/emulator';
import type { WsHistory, WsIssue, Workspace } from '../../src/local/workspace';
import { issue, RANK, tinySite } from '../jira/tiny-site';
import { FileStore } from '../../src/storage/file-store';
import { cleanEnv, REPO_ROOT, runInProcess, testStateHome } from './helpers';
import { startSiteProxy, type SiteProxy } from './site-proxy';

const FIRST = '2026-03-02T06:00:00.000Z';
const SECOND = '2026-03-03T06:00:00.000Z';
const THIRD = '2026-03-08T06:00:00.000Z';
/** Between the first and second audits: ABC-11 ranked above ABC-10, ABC-21 from 12th to 10th. */
const RERANKED_AT = '2026-03-02T14:00:00.000+0000';

const BACKLOG = Array.from({ length: 12 }, (_, n) => `ABC-${10 + n}`);

function ranked(key: string, at: string, higher: boolean): WsHistory {
  const alice = { accountId: 'acc-alice', displayName: 'Alice', active: true };
  return { id: `7${key.slice(4)}`, author: alice, created: at, items: [{ field: 'Rank', fieldtype: 'custom', fieldId: RANK, from: '', fromString: '', to: '', toString: higher ? 'Ranked higher' : 'Ranked lower' }] };
}

/** Project ABC as it is at the first audit, or (reranked) from the second on. */
function site(reranked: boolean): Workspace {
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

const noWait = { clientOptions: { sleep: async () => undefined } };
let proxy: SiteProxy;
let emulator: Emulator | null = null;
const folders: string[] = [];

beforeAll(async () => {
  proxy = await startSiteProxy();
});

afterEach(async () => {
  await emulator?.stop();
  emulator = null;
});

afterAll(async () => {
  await proxy.stop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** One audit of ABC as JSON, on the site as `workspace` has it; its report and what it asked of Jira, by endpoint. */
async function audit(workspace: Workspace, now: string, stateOptions: string[]): Promise<{ code: number; stderr: string; report: Report; requests: Record<string, number> }> {
  await emulator?.stop();
  emulator = await startEmulator({ workspace });
  proxy.target(emulator.url);
  const env = cleanEnv({ JIRA_BASE_URL: proxy.url, JIRA_EMAIL: 'alice@example.com', JIRA_API_TOKEN: 'alice-token' });
  const run = await runInProcess(['audit', '--project', 'ABC', '--format', 'json', '--now', now, ...stateOptions], env, noWait);
  return { code: run.code, stderr: run.stderr, report: run.stdout ? (JSON.parse(run.stdout) as Report) : (null as never), requests: emulator.stats().byEndpoint };
}

function newFolder(): string {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'bh-cli-state-'));
  folders.push(parent);
  return path.join(parent, 'history');
}

/** The folder's files and their contents, to show that a run changed nothing. */
function contentsOf(folder: string): Record<string, string> {
  return Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]));
}

describe('audits of a real site with --state', () => {
  it('are incremental after the first, carry the sprint goals seen, and compare the order with a week before', async () => {
    const folder = newFolder();
    const first = await audit(site(false), FIRST, ['--state', folder]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`Starting the history of ${new URL(proxy.url).host} in ${folder}.`);
    // A full load: boards, board configuration, sprints, fields, statuses, one page of issues, their history.
    expect(first.requests).toEqual({
      'GET /rest/agile/1.0/board': 1,
      'GET /rest/agile/1.0/board/{boardId}/configuration': 1,
      'GET /rest/agile/1.0/board/{boardId}/sprint': 1,
      'GET /rest/api/3/field': 1,
      'GET /rest/api/3/status': 1,
      'POST /rest/api/3/search/jql': 1,
      'POST /rest/api/3/changelog/bulkfetch': 1,
    });
    expect(first.report.backlog?.ordering).toMatchObject({ snapshotCount: 1, rbo7: null, top10Overlap: null });

    const second = await audit(site(true), SECOND, ['--state', folder]);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`Keeping the history of ${new URL(proxy.url).host} in ${folder}.`);
    // Incremental: the board configuration; the open sprints, then all of them, since sprint 2 closed;
    // the issues updated since the first audit (less its margin); the history of the two re-ranked ones.
    expect(second.requests).toEqual({
      'GET /rest/agile/1.0/board/{boardId}/configuration': 1,
      'GET /rest/agile/1.0/board/{boardId}/sprint': 2,
      'POST /rest/api/3/search/jql': 1,
      'POST /rest/api/3/changelog/bulkfetch': 1,
    });
    expect(second.report.sprints?.active).toMatchObject({
      id: 3,
      goal: 'Refunds and receipts',
      goalAtStart: { goal: 'Refunds', source: 'observed', observedAt: FIRST },
      goalChangedAfterStart: true,
    });
    expect(second.report.backlog?.ordering).toMatchObject({ snapshotCount: 2, rbo7: null, top10Overlap: null });

    const third = await audit(site(true), THIRD, ['--state', folder]);
    expect(third.code).toBe(0);
    // Still incremental (the full load was 6 days ago), and nothing changed: 3 requests, no history read.
    expect(third.requests).toEqual({
      'GET /rest/agile/1.0/board/{boardId}/configuration': 1,
      'GET /rest/agile/1.0/board/{boardId}/sprint': 1,
      'POST /rest/api/3/search/jql': 1,
    });
    const ordering = third.report.backlog!.ordering;
    expect(ordering.snapshotCount).toBe(3);
    expect(ordering.top10Overlap).toBe(0.9);
    expect(ordering.rbo7).toBeCloseTo(0.892955991109091, 12);
    expect(ordering.rbo28).toBeNull();

    // What the folder holds: the manifest, and the app's records of ABC's default board.
    const prefix = `bh:${new URL(proxy.url).host.replace(':', '_')}:ABC:default:`;
    expect(await new FileStore(folder).listKeys('')).toEqual([
      'backlog-health-state',
      `${prefix}snapshot-days`,
      `${prefix}snapshot:2026-03-02`,
      `${prefix}snapshot:2026-03-03`,
      `${prefix}snapshot:2026-03-08`,
      `${prefix}sync`,
    ]);
    expect(readdirSync(folder)).not.toContain('.lock');
    if (process.platform !== 'win32') {
      expect(statSync(folder).mode & 0o777).toBe(0o700);
      for (const name of readdirSync(folder)) expect({ name, mode: statSync(path.join(folder, name)).mode & 0o777 }).toEqual({ name, mode: 0o600 });
    }
  }, 60_000);

  it('reads everything again with --no-state, and leaves the folder as it was', async () => {
    const folder = newFolder();
    expect((await audit(site(false), FIRST, ['--state', folder])).code).toBe(0);
    const before = contentsOf(folder);
    const without = await audit(site(true), SECOND, ['--no-state']);
    expect(without.code).toBe(0);
    expect(without.requests['GET /rest/api/3/field']).toBe(1);
    expect(Object.values(without.requests).reduce((sum, n) => sum + n, 0)).toBe(7);
    // Without the first audit's observation, the goal at the start is the one seen now, after the start.
    expect(without.report.sprints?.active).toMatchObject({ id: 3, goalAtStart: { goal: 'Refunds and receipts', source: 'later' }, goalChangedAfterStart: null });
    expect(without.report.backlog?.ordering.snapshotCount).toBe(0);
    expect(contentsOf(folder)).toEqual(before);
  }, 60_000);

  it('prints the report of a project whose history could not be kept, says so, and exits 1', async () => {
    const folder = newFolder();
    expect((await audit(site(false), FIRST, ['--state', folder])).code).toBe(0);
    // A non-empty folder where the sync state's file goes: the next write of it cannot be put in place.
    const syncFile = readdirSync(folder).find((name) => name.endsWith('sync.json')) as string;
    rmSync(path.join(folder, syncFile));
    mkdirSync(path.join(folder, syncFile));
    writeFileSync(path.join(folder, syncFile, 'in-the-way'), '');
    const second = await audit(site(true), SECOND, ['--state', folder]);
    expect(second.code).toBe(1);
    expect(second.report.project.key).toBe('ABC');
    expect(second.stderr).toMatch(/^ABC was audited, but its history could not be kept \(EISDIR: .+\): the next audit may read all of it again, and may have no snapshot of today's backlog order\.$/m);
  }, 60_000);

  it('keeps the history whole when an audit is killed halfway, and the next one takes over its lock', async () => {
    const folder = newFolder();
    expect((await audit(site(false), FIRST, ['--state', folder])).code).toBe(0);
    const before = contentsOf(folder);
    // An audit killed while it holds the folder and waits for Jira's first answer.
    const asked = proxy.hold();
    const env = cleanEnv({ JIRA_BASE_URL: proxy.url, JIRA_EMAIL: 'alice@example.com', JIRA_API_TOKEN: 'alice-token' });
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/backlog-health.cjs'), 'audit', '--project', 'ABC', '--now', SECOND, '--state', folder], { cwd: REPO_ROOT, env: env as NodeJS.ProcessEnv, stdio: 'ignore' });
    const ended = new Promise((resolve) => child.on('exit', resolve));
    await asked;
    child.kill('SIGKILL');
    await ended;
    const { '.lock': left, ...kept } = contentsOf(folder);
    expect(JSON.parse(left)).toMatchObject({ pid: child.pid });
    expect(kept).toEqual(before);

    const next = await audit(site(true), SECOND, ['--state', folder]);
    expect(next.code).toBe(0);
    expect(next.requests['GET /rest/api/3/field']).toBeUndefined();
    expect(next.report.backlog?.ordering.snapshotCount).toBe(2);
    expect(readdirSync(folder)).not.toContain('.lock');
  }, 60_000);

  it('keeps the history in the default folder of the site when --state is not given', async () => {
    const first = await audit(site(false), FIRST, []);
    expect(first.code).toBe(0);
    const folder = path.join(testStateHome(), 'backlog-health', new URL(proxy.url).host.replace(':', '_'));
    expect(first.stderr).toContain(`Starting the history of ${new URL(proxy.url).host} in ${folder}.`);
    expect(JSON.parse(readFileSync(path.join(folder, 'backlog-health-state.json'), 'utf8'))).toEqual({
      format: 'backlog-health-cli-state',
      version: 1,
      site: new URL(proxy.url).host,
      createdAt: FIRST,
    });
    const second = await audit(site(true), SECOND, []);
    expect(second.requests['GET /rest/api/3/field']).toBeUndefined();
    expect(second.report.backlog?.ordering.snapshotCount).toBe(2);
  }, 60_000);
});
