/**
 * `npm run bench -- --json` end to end on a tiny size with no latency, a night of 3 projects and the
 * page of a tiny project: one JSON object with the documented keys, and request counts checked by
 * hand. No timing is asserted.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from '../../src/local/bench/run';
import { BOUNDS } from '../../src/local/bench/targets';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');

describe('npm run bench -- --json', () => {
  it('prints one JSON object with the documented keys for each size', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/local/bench/run.ts', '--json', '--sizes', '40x2', '--latency', '0', '--baseline-up-to', '40', '--night-projects', '3', '--page-open', '40x2'], {
      cwd: ROOT,
      timeout: 170_000,
    });
    const result = JSON.parse(stdout);
    expect(Object.keys(result).sort()).toEqual(['latencyMs', 'night', 'pageOpen', 'sizes', 'targets']);
    expect(result.latencyMs).toBe(0);
    expect(result.sizes).toHaveLength(1);
    const size = result.sizes[0];
    expect(Object.keys(size).sort()).toEqual(
      ['analysisCpuMs', 'analysisWarmCpuMs', 'baselineRequests', 'baselineWallMs', 'closedSprints', 'incrementalRequests', 'issues', 'minimumBreakdown', 'minimumRequests', 'peakRssMb', 'requests', 'wallMs'].sort(),
    );
    expect(size.issues).toBe(40);
    expect(size.closedSprints).toBe(2);
    // 2 closed + 1 active + 1 future sprint: one page. 40 issues: one search page, one changelog page.
    expect(size.minimumRequests).toBe(1 + 1 + 1 + 1 + 1 + 1 + 1);
    // Fast: the minimum itself (the issues fit in the first search page).
    expect(size.requests).toBe(7);
    // Unchanged project: configuration, open sprints, one search.
    expect(size.incrementalRequests).toBe(3);
    // Naive: boards, configuration, fields, statuses, sprints, one search page, one changelog request per issue.
    expect(size.baselineRequests).toBe(5 + 1 + 40);
    for (const key of ['wallMs', 'analysisCpuMs', 'analysisWarmCpuMs', 'peakRssMb', 'baselineWallMs']) expect(Number.isFinite(size[key])).toBe(true);

    // The night's projects have 100 issues each: one search page, so 7 requests a full load and 3
    // an incremental one (as above), and one more each night to list the projects.
    const { night } = result;
    expect(night).toMatchObject({ projects: 3, issuesPerProject: 100, closedSprints: 5, pointsPerHour: 65000, latencyMs: 0 });
    expect(night.first).toMatchObject({ refreshed: 3, requests: 3 * 7 + 1, rateLimited: 0, refusedPushes: 0, events: 3 });
    expect(night.next).toMatchObject({ refreshed: 3, requests: 3 * 3 + 1, rateLimited: 0, refusedPushes: 0, events: 3 });
    expect(Object.keys(night.first).sort()).toEqual(['burstRefusals', 'durationMinutes', 'events', 'mostEventsInAMinute', 'pointsSpent', 'quotaRefusals', 'rateLimited', 'refreshed', 'refusedPushes', 'requests'].sort());

    // Opening the page: three opens, each calling the report and the settings, and reading the same storage.
    const { pageOpen } = result;
    expect(pageOpen.opens).toHaveLength(3);
    for (const open of pageOpen.opens) {
      expect(open.calls.map((call: { name: string }) => call.name).sort()).toEqual(['getReport', 'getSettings']);
      expect(open.storage).toEqual(pageOpen.median.storage);
      expect(open.storage.reads).toBeGreaterThan(0);
      expect(open.storage.reads).toBeLessThanOrEqual(BOUNDS.pageOpenReads);
    }
    // One target per size, two for the night, one for the page.
    expect(result.targets.map((t: { target: string }) => t.target)).toEqual([
      '40 issues: requests at most 1.1 × the minimum',
      '3 projects, first night (full loads): all refreshed within 6 h, no push Forge refuses, at most 1% of requests answered 429',
      '3 projects, next night (incremental): all refreshed within 6 h, no push Forge refuses, at most 1% of requests answered 429',
      'Opening the page of 40 issues: at most 10 storage reads of 512 KB in all, first view within 4000 ms',
    ]);
    expect(result.targets[0]).toEqual({ target: '40 issues: requests at most 1.1 × the minimum', measured: '1.000 ×', met: true });
  }, 180_000);
});

describe('parseArgs', () => {
  it('has the four issue sizes by default, 100 ms latency, a baseline up to 5000 issues, a night of 1000 projects and the page of 20,000 issues', () => {
    expect(parseArgs([])).toEqual({
      sizes: [{ issues: 1000, closedSprints: 20 }, { issues: 5000, closedSprints: 50 }, { issues: 20000, closedSprints: 100 }, { issues: 100000, closedSprints: 200 }],
      latencyMs: 100, baselineUpTo: 5000, nightProjects: 1000, pageOpen: { issues: 20000, closedSprints: 100 }, seed: 7, json: false,
    });
    expect(parseArgs(['--sizes', 'none', '--night-projects', '0', '--page-open', 'none'])).toMatchObject({ sizes: [], nightProjects: 0, pageOpen: null });
    expect(parseArgs(['--json', '--sizes', '10x1, 30x2', '--latency', '0'])).toMatchObject({ json: true, latencyMs: 0, sizes: [{ issues: 10, closedSprints: 1 }, { issues: 30, closedSprints: 2 }] });
  });

  it('explains what is wrong with a flag', () => {
    expect(() => parseArgs(['--sizes', '10-1'])).toThrow('--sizes takes ISSUESxSPRINTS pairs');
    expect(() => parseArgs(['--latency'])).toThrow('--latency needs a value.');
    expect(() => parseArgs(['--latency', 'soon'])).toThrow('--latency needs a whole number of at least 0 (got "soon").');
    expect(() => parseArgs(['--fast'])).toThrow('Unknown option --fast.');
  });
});
