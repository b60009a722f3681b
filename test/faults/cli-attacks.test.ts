/**
 * Attack on the local tools' inputs: credentials written into JIRA_BASE_URL (printed back before),
 * an output file that cannot be written (found only after the whole audit), names such as
 * `__proto__` in a settings file (silently dropped), and fault knobs named after what every object
 * has (`valueOf` crashed the lookup). Each is refused up front, in plain words, quoting no secret.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocal } from '../../src/local/start';
import { cleanEnv, runInProcess } from '../cli/helpers';

const SECRET = 's3cret-Pa55word-in-url';
const CREDENTIAL_URL = `http://coach%40example.com:${SECRET}@127.0.0.1:9`;
const NOT_USED =
  'JIRA_BASE_URL holds a user name or password, so it was not used (and is not shown here). Give the address alone, e.g. https://your-team.atlassian.net, and the credentials in JIRA_EMAIL and JIRA_API_TOKEN.';

describe('JIRA_BASE_URL with credentials in it', () => {
  it('the CLI refuses it (exit 2) without printing any of it', async () => {
    const run = await runInProcess(['audit', '--all'], cleanEnv({ JIRA_BASE_URL: CREDENTIAL_URL, JIRA_EMAIL: 'coach@example.com', JIRA_API_TOKEN: 'tok-coach-77a1' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${NOT_USED}\n`);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(run.stdout + run.stderr).not.toContain('coach%40');
  });

  it('npm start refuses it too, before it serves anything', async () => {
    const started = startLocal({ env: { JIRA_BASE_URL: CREDENTIAL_URL, JIRA_EMAIL: 'coach@example.com', JIRA_API_TOKEN: 'tok-coach-77a1' }, port: 0 });
    await expect(started).rejects.toThrow(NOT_USED);
  });
});

it('an --out file that cannot be written is refused before the audit reads anything', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'bh-out-')), 'missing-folder', 'report.html');
  let emulatorStarted = false;
  const run = await runInProcess(['audit', '--all', '--out', out], cleanEnv(), { onDemoEmulator: () => (emulatorStarted = true) });
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(`Cannot write ${out}: its folder does not exist (ENOENT).\n`);
  expect(emulatorStarted).toBe(false);
});

it('__proto__, constructor and prototype in a --settings file are refused with their paths', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'bh-settings-')), 'settings.json');
  writeFileSync(file, '{"CALM":{"__proto__":{"horizonSprints":2},"thresholds":{"absentPo":{"constructor":{"days":1}}}},"prototype":{}}');
  const run = await runInProcess(['audit', '--project', 'CALM', '--settings', file]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    [
      `The settings file ${file} was not used, because:`,
      '  /CALM/__proto__: is a name JavaScript keeps for itself, not a setting; remove it',
      '  /CALM/thresholds/absentPo/constructor: is a name JavaScript keeps for itself, not a setting; remove it',
      '  /prototype: is a name JavaScript keeps for itself, not a setting; remove it',
      '',
    ].join('\n'),
  );
});

it('fault knobs count only as their own names: valueOf and __proto__ are refused by name', async () => {
  const known = 'use latencyMs, rateLimitEveryN, retryAfterSeconds, serverErrorRate, malformedEveryN, seed';
  const valueOf = await runInProcess(['audit', '--all'], cleanEnv({ BACKLOG_HEALTH_DEMO_FAULTS: '{"valueOf":1}' }));
  expect(valueOf.code).toBe(2);
  expect(valueOf.stderr).toBe(`BACKLOG_HEALTH_DEMO_FAULTS was not used: valueOf is not a fault setting (${known}) (got 1).\n`);
  const proto = await runInProcess(['audit', '--all'], cleanEnv({ BACKLOG_HEALTH_DEMO_FAULTS: '{"__proto__":{"latencyMs":5}}' }));
  expect(proto.code).toBe(2);
  expect(proto.stderr).toBe(`BACKLOG_HEALTH_DEMO_FAULTS was not used: __proto__ is not a fault setting (${known}) (got {"latencyMs":5}).\n`);
});
