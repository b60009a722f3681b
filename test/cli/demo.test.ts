/**
 * The CLI on the built-in demo site, end to end: demo generator -> in-process emulator -> HTTP
 * transport -> JiraClient -> engine -> formatter. Fixed --now makes runs comparable.
 */
import { generateDemo } from '../../src/local/demo/generate';
import { validateReport } from '../../src/report/schema';
import type { Report } from '../../src/domain/report';
import { runChild, runInProcess } from './helpers';

const NOW = '2026-11-20T08:00:00.000Z';
const noWait = { sleep: async () => undefined };

describe('audit on the demo site', () => {
  const demoKeys = generateDemo({ now: new Date(NOW) }).workspace.projects.map((p) => p.key);
  let cleanRun: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    cleanRun = await runInProcess(['audit', '--all', '--format', 'json', '--now', NOW], undefined, { clientOptions: noWait });
  });

  it('exits 0 and prints a JSON array holding a valid report for every demo project', () => {
    expect(cleanRun.stderr).toContain('auditing the built-in demo site');
    expect(cleanRun.code).toBe(0);
    const reports = JSON.parse(cleanRun.stdout) as Report[];
    expect(reports.map((r) => r.project.key).sort()).toEqual([...demoKeys].sort());
    for (const report of reports) {
      const result = validateReport(report);
      expect({ key: report.project.key, result }).toEqual({ key: report.project.key, result: expect.objectContaining({ ok: true }) });
      expect(report.computedAt).toBe(NOW);
    }
  });

  it('shows progress for each project on stderr', () => {
    for (let i = 1; i <= demoKeys.length; i++) expect(cleanRun.stderr).toContain(`(${i} of ${demoKeys.length})…`);
  });

  it('gives the identical report when Jira answers 429 every 5th request and 2% 5xx', async () => {
    const faulty = await runInProcess(['audit', '--all', '--format', 'json', '--now', NOW, '--quiet'], undefined, {
      clientOptions: noWait,
      demoFaults: { rateLimitEveryN: 5, retryAfterSeconds: 1, serverErrorRate: 0.02 },
    });
    expect(faulty.stderr).toBe('');
    expect(faulty.code).toBe(0);
    expect(JSON.parse(faulty.stdout)).toEqual(JSON.parse(cleanRun.stdout));
  });

  it('prints one project\'s full report as a table from the launcher', async () => {
    const run = await runChild(['audit', '--project', 'CALM', '--now', NOW, '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Backlog health: .+ \(CALM\)\n/);
    expect(run.stdout).toContain('Health score : ');
    expect(run.stderr).toBe('');
  });
});
