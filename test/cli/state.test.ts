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
import { FileStore } from '../../src/storage/file-store';
import { REPO_ROOT, testStateHome } from './helpers';
import { FIRST, HistorySite, SECOND, THIRD, abcWorkspace } from './history-site';

let site: HistorySite;
const folders: string[] = [];

beforeAll(async () => {
  site = await HistorySite.start();
});

afterEach(async () => {
  await site.stopEmulator();
});

afterAll(async () => {
  await site.stop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

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
    const first = await site.audit(abcWorkspace(false), FIRST, ['--state', folder]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`Starting the history of ${site.host} in ${folder}.`);
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

    const second = await site.audit(abcWorkspace(true), SECOND, ['--state', folder]);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`Keeping the history of ${site.host} in ${folder}.`);
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

    const third = await site.audit(abcWorkspace(true), THIRD, ['--state', folder]);
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
    // The score's history: one point per audit, and what changed since the one before.
    expect(third.report.history.points.map((point) => point.computedAt)).toEqual([first.report.computedAt, second.report.computedAt, third.report.computedAt]);
    expect(third.report.history.changes?.since).toBe(second.report.computedAt);
    expect(first.report.history.changes).toBeNull();

    // What the folder holds: the manifest, and the app's records of ABC's default board (its few
    // issues fit in one part of the sync state, named by its content).
    const prefix = `bh:${site.host.replace(':', '_')}:ABC:default:`;
    expect(await new FileStore(folder).listKeys('')).toEqual([
      'backlog-health-state',
      `${prefix}report-history`,
      `${prefix}snapshot-days`,
      `${prefix}snapshot:2026-03-02`,
      `${prefix}snapshot:2026-03-03`,
      `${prefix}snapshot:2026-03-08`,
      `${prefix}sync`,
      expect.stringMatching(new RegExp(`^${prefix}sync:part:[0-9a-f]{32}$`)),
    ]);
    expect(readdirSync(folder)).not.toContain('.lock');
    if (process.platform !== 'win32') {
      expect(statSync(folder).mode & 0o777).toBe(0o700);
      for (const name of readdirSync(folder)) expect({ name, mode: statSync(path.join(folder, name)).mode & 0o777 }).toEqual({ name, mode: 0o600 });
    }
  }, 60_000);

  it('reads everything again with --no-state, and leaves the folder as it was', async () => {
    const folder = newFolder();
    expect((await site.audit(abcWorkspace(false), FIRST, ['--state', folder])).code).toBe(0);
    const before = contentsOf(folder);
    const without = await site.audit(abcWorkspace(true), SECOND, ['--no-state']);
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
    expect((await site.audit(abcWorkspace(false), FIRST, ['--state', folder])).code).toBe(0);
    // A non-empty folder where the sync state's file goes: the next write of it cannot be put in place.
    const syncFile = readdirSync(folder).find((name) => name.endsWith('sync.json')) as string;
    rmSync(path.join(folder, syncFile));
    mkdirSync(path.join(folder, syncFile));
    writeFileSync(path.join(folder, syncFile, 'in-the-way'), '');
    const second = await site.audit(abcWorkspace(true), SECOND, ['--state', folder]);
    expect(second.code).toBe(1);
    expect(second.report.project.key).toBe('ABC');
    expect(second.stderr).toMatch(/^ABC was audited, but its history could not be kept \(EISDIR: .+\): the next audit may read all of it again, and may have no snapshot of today's backlog order\.$/m);
  }, 60_000);

  it('keeps the history whole when an audit is killed halfway, and the next one takes over its lock', async () => {
    const folder = newFolder();
    expect((await site.audit(abcWorkspace(false), FIRST, ['--state', folder])).code).toBe(0);
    const before = contentsOf(folder);
    // An audit killed while it holds the folder and waits for Jira's first answer.
    const asked = site.proxy.hold();
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/backlog-health.cjs'), 'audit', '--project', 'ABC', '--now', SECOND, '--state', folder], { cwd: REPO_ROOT, env: site.env() as NodeJS.ProcessEnv, stdio: 'ignore' });
    const ended = new Promise((resolve) => child.on('exit', resolve));
    await asked;
    child.kill('SIGKILL');
    await ended;
    const { '.lock': left, ...kept } = contentsOf(folder);
    expect(JSON.parse(left)).toMatchObject({ pid: child.pid });
    expect(kept).toEqual(before);

    const next = await site.audit(abcWorkspace(true), SECOND, ['--state', folder]);
    expect(next.code).toBe(0);
    expect(next.requests['GET /rest/api/3/field']).toBeUndefined();
    expect(next.report.backlog?.ordering.snapshotCount).toBe(2);
    expect(readdirSync(folder)).not.toContain('.lock');
  }, 60_000);

  it('keeps the history in the default folder of the site when --state is not given', async () => {
    const first = await site.audit(abcWorkspace(false), FIRST, []);
    expect(first.code).toBe(0);
    const folder = path.join(testStateHome(), 'backlog-health', site.host.replace(':', '_'));
    expect(first.stderr).toContain(`Starting the history of ${site.host} in ${folder}.`);
    expect(JSON.parse(readFileSync(path.join(folder, 'backlog-health-state.json'), 'utf8'))).toEqual({
      format: 'backlog-health-cli-state',
      version: 1,
      site: site.host,
      createdAt: FIRST,
    });
    const second = await site.audit(abcWorkspace(true), SECOND, []);
    expect(second.requests['GET /rest/api/3/field']).toBeUndefined();
    expect(second.report.backlog?.ordering.snapshotCount).toBe(2);
  }, 60_000);
});
