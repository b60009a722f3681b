/**
 * The analysis CPU of one generated project on its own, as in docs/performance.md ("The flow
 * figures and forecasts at 20k"): loads the project from the emulator (a child process, no added
 * latency), runs `buildReport` once untimed on the first 50 issues, then timed on the whole
 * project (the first run), then five times more on shallow copies (warm, the median).
 *
 *   npx tsx src/local/bench/first-run.ts [ISSUESxSPRINTS] [--report FILE]
 *
 * Prints one JSON line { issues, firstCpuMs, warmCpuMs, warmRunsMs }; --report writes the first
 * run's report as JSON (to compare two versions byte for byte).
 */
import { writeFileSync } from 'node:fs';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import { JiraClient } from '../../jira/client';
import { loadBoardData } from '../../jira/load';
import { buildReport } from '../../report/build';
import { createHttpTransport } from '../http-transport';
import { forkModule, nextMessage } from './child';

const NOW = new Date('2026-03-02T12:00:00.000Z');

function cpuMs(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const size = args.find((arg) => /^\d+x\d+$/.test(arg)) ?? '20000x100';
  const reportAt = args.indexOf('--report');
  const [issues, closedSprints] = size.split('x').map(Number);
  const emulator = forkModule('emulator-process.ts');
  try {
    const ready = nextMessage<{ url: string; email: string; apiToken: string; projectKey: string }>(emulator, 'ready');
    emulator.send({ type: 'start', issues, closedSprints, seed: 7, now: NOW.toISOString(), latencyMs: 0 });
    const site = await ready;
    const client = new JiraClient(createHttpTransport({ baseUrl: site.url, email: site.email, apiToken: site.apiToken }));
    const data = await loadBoardData(client, { projectKey: site.projectKey, now: NOW });
    buildReport({ data: { ...data, issues: data.issues.slice(0, 50) }, settings: DEFAULT_SETTINGS, snapshots: [], now: NOW });
    const before = process.cpuUsage();
    const report = buildReport({ data, settings: DEFAULT_SETTINGS, snapshots: [], now: NOW });
    const firstCpuMs = cpuMs(before);
    const warmRunsMs: number[] = [];
    for (let run = 0; run < 5; run++) {
      const warmBefore = process.cpuUsage();
      buildReport({ data: { ...data }, settings: DEFAULT_SETTINGS, snapshots: [], now: NOW });
      warmRunsMs.push(Math.round(cpuMs(warmBefore)));
    }
    const warmCpuMs = [...warmRunsMs].sort((a, b) => a - b)[2];
    if (reportAt >= 0) writeFileSync(args[reportAt + 1], JSON.stringify(report));
    console.log(JSON.stringify({ issues: data.issues.length, firstCpuMs: Math.round(firstCpuMs), warmCpuMs, warmRunsMs }));
  } finally {
    emulator.send({ type: 'stop' });
  }
}

main().then(
  () => setTimeout(() => process.exit(0), 50),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
