/**
 * `npm run bench [-- --json] [--sizes 1000x20,5000x50,20000x100,100000x200] [--latency 100] [--baseline-up-to 5000]
 *  [--night-projects 1000] [--page-open 20000x100] [--seed 7]`
 *
 * For each size (issues x closed sprints), in a fresh child process: a generated project served by
 * the emulator (another child) with `latency` ms added to every answer; the requests of a full
 * refresh against the minimum the data needs (minimum.ts), its wall time, the CPU of the analysis
 * alone, the peak memory, the requests of an incremental refresh of the unchanged project, and on
 * sizes up to `--baseline-up-to` issues the naive baseline (naive.ts). Then a night of many small
 * projects under Jira's request budget (night.ts) and the opening of a large project's page
 * (page-open.ts), each in its own child too; the targets they are held to (targets.ts). See docs/performance.md.
 */
import { measureInChild } from './child';
import { formatTables } from './format';
import { NIGHT_SITE, judgeTargets } from './targets';
import type { BenchResult, NightResult, PageOpenResult, SizeRequest, SizeResult } from './types';

interface Size {
  issues: number;
  closedSprints: number;
}

export interface BenchOptions {
  sizes: Size[];
  latencyMs: number;
  baselineUpTo: number;
  /** Projects of the simulated night; 0: no night. */
  nightProjects: number;
  /** The project whose page is opened; null: none. */
  pageOpen: Size | null;
  seed: number;
  json: boolean;
}

export const DEFAULT_SIZES: Size[] = [
  { issues: 1000, closedSprints: 20 },
  { issues: 5000, closedSprints: 50 },
  { issues: 20000, closedSprints: 100 },
  { issues: 100000, closedSprints: 200 },
];

function wholeNumber(text: string, flag: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min) throw new Error(`${flag} needs a whole number of at least ${min} (got "${text}").`);
  return Number(text);
}

function size(part: string, flag: string): Size {
  const match = /^(\d+)x(\d+)$/.exec(part.trim());
  if (!match) throw new Error(`${flag} takes ISSUESxSPRINTS pairs separated by commas, e.g. 1000x20,5000x50 (got "${part}").`);
  return { issues: wholeNumber(match[1], 'issues', 1), closedSprints: wholeNumber(match[2], 'closed sprints', 1) };
}

export function parseArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = { sizes: DEFAULT_SIZES, latencyMs: 100, baselineUpTo: 5000, nightProjects: 1000, pageOpen: { issues: 20000, closedSprints: 100 }, seed: 7, json: false };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value.`);
      return next;
    };
    if (flag === '--json') options.json = true;
    else if (flag === '--latency') options.latencyMs = wholeNumber(value(), flag, 0);
    else if (flag === '--baseline-up-to') options.baselineUpTo = wholeNumber(value(), flag, 0);
    else if (flag === '--seed') options.seed = wholeNumber(value(), flag, 0);
    else if (flag === '--night-projects') options.nightProjects = wholeNumber(value(), flag, 0);
    else if (flag === '--sizes') {
      const text = value();
      options.sizes = text === 'none' ? [] : text.split(',').map((part) => size(part, flag));
    } else if (flag === '--page-open') {
      const text = value();
      options.pageOpen = text === 'none' ? null : size(text, flag);
    } else throw new Error(`Unknown option ${flag}. Options: --json, --sizes, --latency, --baseline-up-to, --night-projects, --page-open, --seed.`);
  }
  return options;
}

export async function runBenchmark(options: BenchOptions, log: (line: string) => void = () => undefined): Promise<BenchResult> {
  const sizes: SizeResult[] = [];
  for (const one of options.sizes) {
    const baseline = one.issues <= options.baselineUpTo;
    log(`Measuring ${one.issues} issues, ${one.closedSprints} closed sprints${baseline ? ' (with the naive baseline: slow by design)' : ''}...`);
    sizes.push(await measureInChild<SizeRequest, SizeResult>('measure-size.ts', 'measure', { ...one, seed: options.seed, latencyMs: options.latencyMs, baseline }));
  }
  let night: NightResult | null = null;
  if (options.nightProjects > 0) {
    log(`Simulating two nights of ${options.nightProjects} projects under Jira's request budget...`);
    night = await measureInChild('night.ts', 'night', { ...NIGHT_SITE, projects: options.nightProjects, latencyMs: options.latencyMs, seed: options.seed });
  }
  let pageOpen: PageOpenResult | null = null;
  if (options.pageOpen) {
    log(`Opening the page of a project of ${options.pageOpen.issues} issues in Chromium...`);
    pageOpen = await measureInChild('page-open.ts', 'page-open', { ...options.pageOpen, seed: options.seed, latencyMs: options.latencyMs });
  }
  const result = { latencyMs: options.latencyMs, sizes, night, pageOpen };
  return { ...result, targets: judgeTargets(result) };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const result = await runBenchmark(options, options.json ? undefined : (line) => console.error(line));
  console.log(options.json ? JSON.stringify(result, null, 2) : formatTables(result));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
