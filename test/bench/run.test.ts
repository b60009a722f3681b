/**
 * `npm run bench -- --json` end to end on a tiny size with no latency: one JSON object with the
 * documented keys, and request counts checked by hand. No timing is asserted.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from '../../src/local/bench/run';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');

describe('npm run bench -- --json', () => {
  it('prints one JSON object with the documented keys for each size', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/local/bench/run.ts', '--json', '--sizes', '40x2', '--latency', '0', '--baseline-up-to', '40'], { cwd: ROOT, timeout: 110_000 });
    const result = JSON.parse(stdout);
    expect(Object.keys(result).sort()).toEqual(['latencyMs', 'sizes']);
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
  }, 120_000);
});

describe('parseArgs', () => {
  it('has the three issue sizes by default, 100 ms latency, and a baseline up to 5000 issues', () => {
    expect(parseArgs([])).toEqual({
      sizes: [{ issues: 1000, closedSprints: 20 }, { issues: 5000, closedSprints: 50 }, { issues: 20000, closedSprints: 100 }],
      latencyMs: 100, baselineUpTo: 5000, seed: 7, json: false,
    });
    expect(parseArgs(['--json', '--sizes', '10x1, 30x2', '--latency', '0'])).toMatchObject({ json: true, latencyMs: 0, sizes: [{ issues: 10, closedSprints: 1 }, { issues: 30, closedSprints: 2 }] });
  });

  it('explains what is wrong with a flag', () => {
    expect(() => parseArgs(['--sizes', '10-1'])).toThrow('--sizes takes ISSUESxSPRINTS pairs');
    expect(() => parseArgs(['--latency'])).toThrow('--latency needs a value.');
    expect(() => parseArgs(['--latency', 'soon'])).toThrow('--latency needs a whole number of at least 0 (got "soon").');
    expect(() => parseArgs(['--fast'])).toThrow('Unknown option --fast.');
  });
});
