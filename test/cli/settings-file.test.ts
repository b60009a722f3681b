import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { parseSettingsByProject } from '../../src/local/cli/settings-file';
import { runChild, runInProcess } from './helpers';

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
