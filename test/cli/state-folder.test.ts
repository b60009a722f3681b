/**
 * The state folder is the user's data: a folder of another site, of an unknown version, or one
 * that is no state at all is refused with the reason and left exactly as it was; one audit at a
 * time; private permissions; left-overs of a stopped run cleaned; the demo keeps no state.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openState } from '../../src/local/cli/state-folder';
import { defaultStateFolder } from '../../src/local/cli/state-location';
import { cleanEnv, runInProcess } from './helpers';

const NOW = new Date('2026-03-02T06:00:00.000Z');
/** Nothing listens there: every refusal below comes before Jira is asked anything. */
const SITE_URL = 'http://127.0.0.1:9';
const SITE = '127.0.0.1:9';
const realSite = () => cleanEnv({ JIRA_BASE_URL: SITE_URL, JIRA_EMAIL: 'coach@example.com', JIRA_API_TOKEN: 'tok-coach-5678' });
const noWait = { clientOptions: { sleep: async () => undefined } };
const posixOnly = process.platform === 'win32' ? it.skip : it;

const parents: string[] = [];
afterAll(() => parents.forEach((p) => rmSync(p, { recursive: true, force: true })));

function newFolder(): string {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'bh-state-folder-'));
  parents.push(parent);
  return path.join(parent, 'history');
}

/** Every file under the folder with its content and permissions, to show that nothing changed. */
function contentsOf(folder: string): Record<string, string> {
  const entries: Record<string, string> = { '.': String(statSync(folder).mode) };
  for (const name of readdirSync(folder).sort()) entries[name] = `${statSync(path.join(folder, name)).mode} ${readFileSync(path.join(folder, name), 'utf8')}`;
  return entries;
}

async function stateOf(site: string): Promise<string> {
  const folder = newFolder();
  await (await openState(folder, site, NOW)).close();
  return folder;
}

async function refused(folder: string): Promise<string> {
  const before = contentsOf(folder);
  const run = await runInProcess(['audit', '--all', '--state', folder], realSite(), noWait);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(contentsOf(folder)).toEqual(before);
  return run.stderr;
}

describe('a state folder that is not this site\'s', () => {
  it('refuses the history of another site', async () => {
    const folder = await stateOf('other-team.atlassian.net');
    expect(await refused(folder)).toBe(
      `The state in ${folder} is the history of other-team.atlassian.net, not of ${SITE}: give another --state folder for ${SITE} (or --no-state). Nothing in it was changed.\n`,
    );
  });

  it('refuses a state of a version it does not know', async () => {
    const folder = await stateOf(SITE);
    const manifest = path.join(folder, 'backlog-health-state.json');
    writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), version: 2 }));
    expect(await refused(folder)).toBe(
      `The state in ${folder} is of version 2, which this version of backlog-health cannot read (it reads version 1): use the backlog-health that wrote it, or another --state folder. Nothing in it was changed.\n`,
    );
  });

  posixOnly('refuses a folder of the user\'s that holds no state, and leaves its permissions alone', async () => {
    const folder = newFolder();
    mkdirSync(folder, { mode: 0o755 });
    chmodSync(folder, 0o755);
    writeFileSync(path.join(folder, 'notes.txt'), 'my notes');
    expect(await refused(folder)).toBe(
      `${folder} is not empty and holds no backlog-health state (no backlog-health-state.json), so it is not used: give --state a new or empty folder. Nothing in it was changed.\n`,
    );
    expect(statSync(folder).mode & 0o777).toBe(0o755);
  });

  it('refuses a manifest that is not one, and a file given as the folder', async () => {
    const folder = newFolder();
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'backlog-health-state.json'), '{"format": "something else"');
    expect(await refused(folder)).toBe(`${path.join(folder, 'backlog-health-state.json')} is not the manifest of a backlog-health state, so ${folder} is not used. Nothing in it was changed.\n`);
    const file = path.join(folder, 'backlog-health-state.json');
    const run = await runInProcess(['audit', '--all', '--state', file], realSite(), noWait);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`The state folder ${file} is a file, not a folder: give --state a folder (or --no-state).\n`);
  });
});

describe('one audit at a time', () => {
  it('refuses a folder another audit of this machine holds, naming it', async () => {
    const folder = await stateOf(SITE);
    const lock = { pid: process.pid, host: os.hostname(), since: '2026-03-02T05:59:00.000Z' };
    writeFileSync(path.join(folder, '.lock'), JSON.stringify(lock));
    expect(await refused(folder)).toBe(
      `Another audit (process ${process.pid} on ${os.hostname()}, since 2026-03-02T05:59:00.000Z) is using the state folder ${folder}. Wait for it to end; if none is running, delete ${path.join(folder, '.lock')}.\n`,
    );
  });

  it('takes over the lock of an audit that stopped, cleans its temporary files, and lets go at the end', async () => {
    const folder = await stateOf(SITE);
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(path.join(folder, '.lock'), JSON.stringify({ pid: ended, host: os.hostname(), since: '2026-03-01T05:00:00.000Z' }));
    writeFileSync(path.join(folder, '.tmp-0b6f1c'), '{"half": ');
    const state = await openState(folder, SITE, NOW);
    expect(JSON.parse(readFileSync(path.join(folder, '.lock'), 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname() });
    expect(readdirSync(folder).sort()).toEqual(['.lock', 'backlog-health-state.json']);
    expect(state.created).toBe(false);
    await state.close();
    expect(readdirSync(folder)).toEqual(['backlog-health-state.json']);
  });

  it('starts a history in a folder where a stopped run left only its lock', async () => {
    const folder = newFolder();
    mkdirSync(folder);
    writeFileSync(path.join(folder, '.lock'), 'not a lock of ours');
    const state = await openState(folder, SITE, NOW);
    expect(state.created).toBe(true);
    await state.close();
    expect(readdirSync(folder)).toEqual(['backlog-health-state.json']);
  });
});

posixOnly('makes an existing state folder private again', async () => {
  const folder = await stateOf(SITE);
  chmodSync(folder, 0o755);
  await (await openState(folder, SITE, NOW)).close();
  expect(statSync(folder).mode & 0o777).toBe(0o700);
});

describe('the choice of state on the command line', () => {
  it('refuses --state for the demo site before the demo is made, creating nothing', async () => {
    const folder = newFolder();
    let demoStarted = false;
    const run = await runInProcess(['audit', '--all', '--state', folder], cleanEnv(), { onDemoEmulator: () => (demoStarted = true) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('The demo site is made afresh on every run, so it keeps no history and --state is not used with it. --state is for a real site (set JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN).\n');
    expect(demoStarted).toBe(false);
    expect(existsSync(folder)).toBe(false);
  });

  it('refuses --state with --no-state, and an empty --state', async () => {
    const both = await runInProcess(['audit', '--all', '--state', newFolder(), '--no-state'], realSite());
    expect(both).toEqual({ code: 2, stdout: '', stderr: 'Use either --state or --no-state, not both.\n' });
    const empty = await runInProcess(['audit', '--all', '--state', ''], realSite());
    expect(empty).toEqual({ code: 2, stdout: '', stderr: '--state needs a folder, e.g. --state ~/backlog-health-history.\n' });
  });
});

describe('the default state folder', () => {
  it('is one folder per site under the user\'s state folder', () => {
    expect(defaultStateFolder('team.atlassian.net', { XDG_STATE_HOME: '/home/kim/.state' }, 'linux', '/home/kim')).toBe('/home/kim/.state/backlog-health/team.atlassian.net');
    expect(defaultStateFolder('team.atlassian.net', {}, 'darwin', '/Users/kim')).toBe('/Users/kim/.local/state/backlog-health/team.atlassian.net');
    // A relative XDG_STATE_HOME is not valid: the XDG rule is to ignore it.
    expect(defaultStateFolder('127.0.0.1:8080', { XDG_STATE_HOME: 'state' }, 'linux', '/home/kim')).toBe('/home/kim/.local/state/backlog-health/127.0.0.1_8080');
    expect(defaultStateFolder('team.atlassian.net', { LOCALAPPDATA: 'C:\\Users\\kim\\AppData\\Local' }, 'win32', 'C:\\Users\\kim')).toBe('C:\\Users\\kim\\AppData\\Local\\backlog-health\\state\\team.atlassian.net');
    expect(defaultStateFolder('team.atlassian.net', {}, 'win32', 'C:\\Users\\kim')).toBe('C:\\Users\\kim\\AppData\\Local\\backlog-health\\state\\team.atlassian.net');
  });
});
