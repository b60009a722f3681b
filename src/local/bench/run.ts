/**
 * `npm run bench [-- --json] [--sizes 1000x20,5000x50,20000x100] [--latency 100] [--baseline-up-to 5000] [--seed 7]`
 *
 * For each size (issues x closed sprints), in a fresh child process: a generated project served by
 * the emulator (another child) with `latency` ms added to every answer; the requests of a full
 * refresh against the minimum the data needs (minimum.ts), its wall time, the CPU of the analysis
 * alone, the peak memory, the requests of an incremental refresh of the unchanged project, and on
 * sizes up to `--baseline-up-to` issues the naive baseline (naive.ts). See docs/performance.md.
 */
import { forkModule, nextMessage } from './child';
import { formatTable } from './format';
import type { BenchResult, SizeRequest, SizeResult } from './types';

export interface BenchOptions {
  sizes: { issues: number; closedSprints: number }[];
  latencyMs: number;
  baselineUpTo: number;
  seed: number;
  json: boolean;
}

export const DEFAULT_SIZES = [
  { issues: 1000, closedSprints: 20 },
  { issues: 5000, closedSprints: 50 },
  { issues: 20000, closedSprints: 100 },
];

function wholeNumber(text: string, flag: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min) throw new Error(`${flag} needs a whole number of at least ${min} (got "${text}").`);
  return Number(text);
}

export function parseArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = { sizes: DEFAULT_SIZES, latencyMs: 100, baselineUpTo: 5000, seed: 7, json: false };
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
    else if (flag === '--sizes') {
      options.sizes = value().split(',').map((part) => {
        const match = /^(\d+)x(\d+)$/.exec(part.trim());
        if (!match) throw new Error(`--sizes takes ISSUESxSPRINTS pairs separated by commas, e.g. 1000x20,5000x50 (got "${part}").`);
        return { issues: wholeNumber(match[1], 'issues', 1), closedSprints: wholeNumber(match[2], 'closed sprints', 1) };
      });
    } else throw new Error(`Unknown option ${flag}. Options: --json, --sizes, --latency, --baseline-up-to, --seed.`);
  }
  return options;
}

async function runSize(request: SizeRequest): Promise<SizeResult> {
  const child = forkModule('measure-size.ts');
  try {
    const result = nextMessage<{ result: SizeResult }>(child, 'result');
    child.send({ type: 'measure', ...request });
    return (await result).result;
  } finally {
    child.disconnect();
  }
}

export async function runBenchmark(options: BenchOptions, log: (line: string) => void = () => undefined): Promise<BenchResult> {
  const sizes: SizeResult[] = [];
  for (const size of options.sizes) {
    const baseline = size.issues <= options.baselineUpTo;
    log(`Measuring ${size.issues} issues, ${size.closedSprints} closed sprints${baseline ? ' (with the naive baseline: slow by design)' : ''}...`);
    sizes.push(await runSize({ ...size, seed: options.seed, latencyMs: options.latencyMs, baseline }));
  }
  return { latencyMs: options.latencyMs, sizes };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const result = await runBenchmark(options, options.json ? undefined : (line) => console.error(line));
  console.log(options.json ? JSON.stringify(result, null, 2) : formatTable(result));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
