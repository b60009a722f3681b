import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { withDefaults } from '../../src/domain/settings-schema';
import { computeProjectReport } from '../../src/engine/compute';
import { withRoleNames } from '../../src/engine/role-names';
import { JiraClient } from '../../src/jira/client';
import { CliFailure } from '../../src/local/cli/exit-codes';
import { parseSettingsByProject, settingsFromFile } from '../../src/local/cli/settings-file';
import { DEMO_ADMIN, generateDemo } from '../../src/local/demo';
import { startEmulator } from '../../src/local/emulator';
import { createHttpTransport } from '../../src/local/http-transport';
import { runChild, runInProcess } from './helpers';

const NOW = '2026-11-20T08:00:00.000Z';

function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bh-cli-'));
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('--settings FILE', () => {
  it('lays each project\'s partial settings over the defaults', () => {
    const result = parseSettingsByProject({ CALM: { horizonSprints: 1, roles: { productOwners: ['acc-po'], scrumMasters: [] } } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.CALM.horizonSprints).toBe(1);
    expect(result.settings.CALM.roles.productOwners).toEqual(['acc-po']);
    expect(result.settings.CALM.thresholds).toEqual(DEFAULT_SETTINGS.thresholds);
    expect(result.settings.CALM.staleDays).toBe(180);
  });

  it('names every error by project key and path, unknown keys included', () => {
    const result = parseSettingsByProject({
      CALM: { thresholds: { churningPriorities: { top10OverlapBelow: 'half' } } },
      SPILL: { staleDayz: 90 },
      THIN: 'none',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toEqual(['/CALM/thresholds/churningPriorities/top10OverlapBelow', '/SPILL/staleDayz', '/THIN']);
    expect(result.errors[1].message).toBe('is not a setting this app knows; remove it or check its spelling');
    expect(result.errors[2].message).toBe('must be an object of settings');
  });

  it('lays each project\'s values over that project\'s own settings, and validates the result', () => {
    const own = { ...structuredClone(DEFAULT_SETTINGS), horizonSprints: 4, distantBeyondSprints: 6, roles: { productOwners: ['acc-po'], scrumMasters: ['acc-sm'] } };
    const result = parseSettingsByProject({ CALM: { staleDays: 90 } }, (key) => (key === 'CALM' ? own : DEFAULT_SETTINGS));
    expect(result).toEqual({ ok: true, settings: { CALM: { ...own, staleDays: 90 } } });
    // Valid over the app defaults (horizon 2), not over a project whose horizon is 4.
    const file = { path: 'settings.json', values: { CALM: { distantBeyondSprints: 3 } } };
    expect(settingsFromFile(file, () => DEFAULT_SETTINGS).CALM.distantBeyondSprints).toBe(3);
    expect(() => settingsFromFile(file, () => own)).toThrow(CliFailure);
    expect(() => settingsFromFile(file, () => own)).toThrow(
      'The settings file settings.json was not used, because:\n  /CALM/horizonSprints: cannot reach further than where distant work starts (distantBeyondSprints)',
    );
  });

  it('on the demo, {"CALM":{"horizonSprints":1}} keeps CALM\'s named PO and SM: the report is the engine\'s on CALM\'s own settings with that one change', async () => {
    const file = tempFile('calm.json', JSON.stringify({ CALM: { horizonSprints: 1 } }));
    const run = await runInProcess(['audit', '--project', 'CALM', '--settings', file, '--format', 'json', '--now', NOW, '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const shown = JSON.parse(run.stdout);

    // The same report by another route: the engine over the demo, with CALM's own settings and horizonSprints 1.
    const demo = generateDemo({ now: new Date(NOW) });
    const emulator = await startEmulator({ workspace: demo.workspace });
    try {
      const client = new JiraClient(createHttpTransport({ baseUrl: emulator.url, email: DEMO_ADMIN.emailAddress, apiToken: DEMO_ADMIN.apiToken }));
      const settings = withDefaults({ ...demo.settings.CALM, horizonSprints: 1 });
      // A shell that receives no sprint events, as the CLI.
      const ledger = { received: false, read: async () => [] };
      const { report } = await computeProjectReport(client, { projectKey: 'CALM', settings, snapshots: demo.snapshots.CALM ?? [], now: new Date(NOW), site: demo.workspace.site, ledger });
      // The CLI names the people in the roles by their Jira names (one user lookup), as the page does.
      expect(shown).toEqual(JSON.parse(JSON.stringify(await withRoleNames(client, report))));
    } finally {
      await emulator.stop();
    }
    expect(shown.roles.productOwners).toEqual(demo.settings.CALM.roles?.productOwners);
    expect(shown.roles.scrumMasters).toEqual(demo.settings.CALM.roles?.scrumMasters);
    expect(shown.roles.productOwners).toHaveLength(1);
    // Each named person reads under their name in the workspace, also one the board's data never mentions.
    for (const accountId of [...shown.roles.productOwners, ...shown.roles.scrumMasters]) {
      expect(shown.people[accountId].displayName).toBe(demo.workspace.users.find((u) => u.accountId === accountId)?.displayName);
    }
    // And the one change tells: a one-sprint horizon holds fewer near-term items than CALM's own two.
    const own = JSON.parse((await runInProcess(['audit', '--project', 'CALM', '--format', 'json', '--now', NOW, '--quiet'])).stdout);
    expect(shown.backlog.nearTerm.length).toBeLessThan(own.backlog.nearTerm.length);
    // The near-term forecast follows the horizon too; nothing else moves.
    expect(shown.flow.forecast.when.find((w: { target: string }) => w.target === 'nearTerm').items).toBe(shown.backlog.nearTerm.length);
    expect({ ...shown, backlog: null, flow: { ...shown.flow, forecast: null } }).toEqual({ ...own, backlog: null, flow: { ...own.flow, forecast: null } });
  });

  it('refuses a file that is not an object keyed by project', () => {
    const result = parseSettingsByProject([{ horizonSprints: 1 }]);
    expect(result).toEqual({ ok: false, errors: [{ path: '', message: 'must be a JSON object keyed by project key, e.g. { "CALM": { ... } }' }] });
  });

  it('exits 2 with each error\'s path before reading anything from Jira (child process)', async () => {
    const file = tempFile('settings.json', JSON.stringify({ CALM: { horizonSprints: -2, thresholds: { absentPo: { days: 'two weeks' } } } }));
    const run = await runChild(['audit', '--project', 'CALM', '--settings', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`The settings file ${file} was not used, because:`);
    expect(run.stderr).toMatch(/^ {2}\/CALM\/horizonSprints: .+$/m);
    expect(run.stderr).toMatch(/^ {2}\/CALM\/thresholds\/absentPo\/days: .+$/m);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toContain('Reading CALM');
  });

  it('exits 2 for a file that is not JSON or cannot be read', async () => {
    const broken = await runInProcess(['audit', '--all', '--settings', tempFile('broken.json', '{ "CALM": ')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/is not valid JSON/);
    const missing = await runInProcess(['audit', '--all', '--settings', '/nonexistent/dir/settings.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('Cannot read the settings file /nonexistent/dir/settings.json: ENOENT.\n');
  });
});
