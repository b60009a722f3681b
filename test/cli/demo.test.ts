/**
 * The CLI on the built-in demo site, end to end: demo generator -> in-process emulator -> HTTP
 * transport -> JiraClient -> engine -> formatter. Fixed --now makes runs comparable.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDemo } from '../../src/local/demo';
import { validateReport } from '../../src/report/schema';
import type { Report } from '../../src/domain/report';
import type { Emulator } from '../../src/local/emulator';
import { mulberry32 } from '../../src/local/emulator/faults';
import { cleanEnv, publishedSchemas, runChild, runInProcess, schemaErrors, testStateHome } from './helpers';

const NOW = '2026-11-20T08:00:00.000Z';
const noWait = { sleep: async () => undefined };
const schemas = publishedSchemas();

/**
 * The faults the emulator serves while a client, asking each refused request once more, gets the
 * `answers` a clean run needs: the nth request is a 429 when n is a multiple of rateLimitEveryN,
 * else a 5xx when the nth draw of the seeded PRNG is below the rate (the emulator's rule).
 */
function faultsServed(answers: number, f: { rateLimitEveryN: number; serverErrorRate: number; seed: number }) {
  const draw = mulberry32(f.seed);
  let answered = 0;
  let rateLimited = 0;
  let serverErrors = 0;
  for (let n = 1; answered < answers; n++) {
    const below = draw() < f.serverErrorRate;
    if (n % f.rateLimitEveryN === 0) rateLimited++;
    else if (below) serverErrors++;
    else answered++;
  }
  return { rateLimited, serverErrors };
}

describe('audit on the demo site', () => {
  const demoKeys = generateDemo({ now: new Date(NOW) }).workspace.projects.map((p) => p.key);
  let cleanRun: { code: number; stdout: string; stderr: string };
  /** Requests the clean run sent. */
  let cleanRequests = 0;

  beforeAll(async () => {
    let emulator: Emulator | null = null;
    cleanRun = await runInProcess(['audit', '--all', '--format', 'json', '--now', NOW], undefined, { clientOptions: noWait, onDemoEmulator: (e) => (emulator = e) });
    cleanRequests = (emulator as unknown as Emulator).stats().total;
  });

  it('exits 0 and prints the audit document: valid against docs/audit.schema.json, a valid report for every demo project', () => {
    expect(cleanRun.stderr).toContain('auditing the built-in demo site');
    expect(cleanRun.code).toBe(0);
    const document = JSON.parse(cleanRun.stdout) as { schemaVersion: number; auditedAt: string; site: string; reports: Report[]; failures: unknown[] };
    expect(schemaErrors(schemas.audit, document)).toEqual([]);
    expect({ schemaVersion: document.schemaVersion, auditedAt: document.auditedAt, site: document.site, failures: document.failures }).toEqual({
      schemaVersion: 1,
      auditedAt: NOW,
      site: generateDemo({ now: new Date(NOW) }).workspace.site,
      failures: [],
    });
    const reports = document.reports;
    expect(reports.map((r) => r.project.key).sort()).toEqual([...demoKeys].sort());
    for (const report of reports) {
      expect({ key: report.project.key, errors: validateReport(report) }).toEqual({ key: report.project.key, errors: [] });
      expect({ key: report.project.key, errors: schemaErrors(schemas.report, report) }).toEqual({ key: report.project.key, errors: [] });
      expect(report.computedAt).toBe(NOW);
    }
    // The demo is made afresh on every run: it keeps no history, in the default folder or anywhere.
    expect(existsSync(path.join(testStateHome(), 'backlog-health'))).toBe(false);
  });

  it('lists the projects it could not audit in the audit document, and prints one --project as its report alone', async () => {
    const many = await runInProcess(['audit', '--project', 'FLOW', '--project', 'NOPE', '--format', 'json', '--now', NOW, '--quiet'], undefined, { clientOptions: noWait });
    expect(many.code).toBe(1);
    const document = JSON.parse(many.stdout);
    expect(schemaErrors(schemas.audit, document)).toEqual([]);
    expect(document.reports.map((r: Report) => r.project.key)).toEqual(['FLOW']);
    expect(document.failures).toEqual([{ projectKey: 'NOPE', message: expect.stringMatching(/^Could not list the boards of project NOPE/) }]);
    expect(many.stderr).toBe(`NOPE could not be audited: ${document.failures[0].message}\n`);
    const one = await runInProcess(['audit', '--project', 'FLOW', '--format', 'json', '--now', NOW, '--quiet'], undefined, { clientOptions: noWait });
    expect(one.code).toBe(0);
    const report = JSON.parse(one.stdout);
    expect(schemaErrors(schemas.report, report)).toEqual([]);
    expect(report).toEqual(JSON.parse(JSON.stringify(document.reports[0])));
  });

  it('shows progress for each project on stderr', () => {
    for (let i = 1; i <= demoKeys.length; i++) expect(cleanRun.stderr).toContain(`(${i} of ${demoKeys.length})…`);
  });

  it('gives the identical report when Jira answers 429 every 5th request and 2% 5xx (BACKLOG_HEALTH_DEMO_FAULTS)', async () => {
    // Seed 14 picks a 5xx pattern that hits 5 of the run's requests (seed 1 would hit only 1).
    const faults = { rateLimitEveryN: 5, serverErrorRate: 0.02, seed: 14 };
    let emulator: Emulator | null = null;
    const faulty = await runInProcess(['audit', '--all', '--format', 'json', '--now', NOW, '--quiet'], cleanEnv({ BACKLOG_HEALTH_DEMO_FAULTS: JSON.stringify(faults) }), {
      clientOptions: noWait,
      onDemoEmulator: (e) => (emulator = e),
    });
    expect(faulty.stderr).toBe('');
    const stats = (emulator as unknown as Emulator).stats();
    const expected = faultsServed(cleanRequests, faults);
    expect(expected.serverErrors).toBeGreaterThanOrEqual(3);
    expect(stats.faults).toEqual({ rateLimited: expected.rateLimited, serverErrors: expected.serverErrors, malformed: 0, total: expected.rateLimited + expected.serverErrors });
    expect(stats.byStatus['429']).toBe(expected.rateLimited);
    expect((stats.byStatus['500'] ?? 0) + (stats.byStatus['503'] ?? 0)).toBe(expected.serverErrors);
    // Each refused request was asked again once, and nothing else changed.
    expect(stats.total).toBe(cleanRequests + expected.rateLimited + expected.serverErrors);
    expect(faulty.code).toBe(0);
    expect(JSON.parse(faulty.stdout)).toEqual(JSON.parse(cleanRun.stdout));
  });

  it('says on stderr which faults are on', async () => {
    const run = await runInProcess(['audit', '--project', 'FLOW', '--now', NOW], cleanEnv({ BACKLOG_HEALTH_DEMO_FAULTS: '{"rateLimitEveryN":5,"serverErrorRate":0.02}' }), { clientOptions: noWait });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Faults on, as BACKLOG_HEALTH_DEMO_FAULTS asks: a 429 every 5th request (Retry-After 1 s), 2% answered 500 or 503.\n');
  });

  it('prints one project\'s full report as a table from the launcher', async () => {
    const run = await runChild(['audit', '--project', 'CALM', '--now', NOW, '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Backlog health: .+ \(CALM\)\n/);
    expect(run.stdout).toContain('Health score                : 100\nHealth                      : Healthy\nHow the score is worked out : 100: no points lost\n');
    // The CLI names the windows its settings set.
    expect(run.stdout).toContain('People re-ranking (last 90 days) ');
    expect(run.stderr).toBe('');
  });

  it('exits 1 and names the project it could not audit, still printing the others', async () => {
    const run = await runInProcess(['audit', '--project', 'CALM', '--project', 'NOPE', '--format', 'csv', '--now', NOW], undefined, { clientOptions: noWait });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'Project,Name,Health score,Health,How the score is worked out,"Health score, last refreshes",Since the last refresh,Own settings,"Reliability, last closed sprints",Ready runway,Top 10 kept from a week ago,Technical interleaving,Throughput (last 12 full weeks),Near-term items done by (85% likely),Most severe signals,Computed,Status',
    );
    expect(lines[1]).toMatch(/^CALM,.*,"20 Nov 2026, 08:00 UTC",audited in full$/);
    expect(lines[2]).toMatch(/^NOPE,{16}"not audited: Could not list the boards of project NOPE/);
    expect(run.stderr).toMatch(/^NOPE could not be audited: .+$/m);
  });

  it('writes a self-contained HTML portfolio to --out and nothing to stdout', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'bh-demo-')), 'portfolio.html');
    const run = await runInProcess(['audit', '--all', '--format', 'html', '--out', out, '--now', NOW], undefined, { clientOptions: noWait });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Wrote ${out}.`);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    for (const key of demoKeys) expect(html).toContain(`<section id="${key}-overview">`);
    expect(html).not.toMatch(/<script/i);
  });

  it('exits 1 when Jira keeps failing for some projects, naming each one that failed or is partial', async () => {
    // Every request answers 5xx: each project fails after its retries, the audit goes on to the next, and ends with 1.
    const run = await runInProcess(['audit', '--project', 'CALM', '--project', 'SPILL', '--now', NOW, '--quiet', '--concurrency', '1'], cleanEnv({ BACKLOG_HEALTH_DEMO_FAULTS: '{"serverErrorRate":1}' }), {
      clientOptions: noWait,
    });
    expect(run.code).toBe(1);
    for (const key of ['CALM', 'SPILL']) expect(run.stderr).toMatch(new RegExp(`^${key} (could not be audited|is partial): .+$`, 'm'));
    expect(run.stdout).toContain('Backlog health across 2 projects');
  });
});
