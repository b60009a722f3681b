/**
 * Measures one benchmark size in its own process (so its memory figure is its own): starts the
 * emulator child, runs a full refresh (loadBoardData + buildReport), an incremental refresh of the
 * unchanged project, and optionally the naive baseline; sends the figures to the parent.
 *
 * Message in: { type: 'measure', issues, closedSprints, seed, latencyMs, baseline }.
 * Message out: { type: 'result', result: SizeResult } or { type: 'error', message }.
 */
import { DEFAULT_SETTINGS } from '../../domain/settings';
import { JiraClient } from '../../jira/client';
import { loadBoardData } from '../../jira/load';
import { changelogFieldIds } from '../../jira/load-steps';
import { buildReport } from '../../report/build';
import { createHttpTransport } from '../http-transport';
import { answerParent, forkModule, nextMessage } from './child';
import type { MinimumBreakdown } from './minimum';
import { loadNaively } from './naive';
import type { SizeRequest, SizeResult } from './types';

/** The moment the generated projects are seen from (fixed, so every run reads the same data). */
const BENCH_NOW = new Date('2026-03-02T12:00:00.000Z');
const MB = 1024 * 1024;

/** RSS high-water mark: sampled every 10 ms, and the kernel's own maxRSS at the end (the larger). */
class RssWatch {
  private peak = process.memoryUsage.rss();
  private readonly timer = setInterval(() => this.sample(), 10);
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
  }
  stopMb(): number {
    clearInterval(this.timer);
    this.sample();
    // resourceUsage().maxRSS is in kilobytes.
    return Math.max(this.peak, process.resourceUsage().maxRSS * 1024) / MB;
  }
}

export async function measureSize(request: SizeRequest): Promise<SizeResult> {
  const emulator = forkModule('emulator-process.ts');
  try {
    const ready = nextMessage<{ url: string; email: string; apiToken: string; projectKey: string }>(emulator, 'ready');
    emulator.send({ type: 'start', issues: request.issues, closedSprints: request.closedSprints, seed: request.seed, now: BENCH_NOW.toISOString(), latencyMs: request.latencyMs });
    const site = await ready;
    const transport = createHttpTransport({ baseUrl: site.url, email: site.email, apiToken: site.apiToken });
    const client = new JiraClient(transport);

    const rss = new RssWatch();
    const started = performance.now();
    const data = await loadBoardData(client, { projectKey: site.projectKey, now: BENCH_NOW });
    const loadedMs = performance.now() - started;
    // Warm-up on the first 50 issues (not timed): loads the analysis modules and lets the JIT see
    // the code once, as in a warm Forge function; the figures below are then the analysis itself.
    buildReport({ data: { ...data, issues: data.issues.slice(0, 50) }, settings: DEFAULT_SETTINGS, snapshots: [], now: BENCH_NOW });
    const analysisStarted = performance.now();
    const cpuBefore = process.cpuUsage();
    const report = buildReport({ data, settings: DEFAULT_SETTINGS, snapshots: [], now: BENCH_NOW });
    const cpu = process.cpuUsage(cpuBefore);
    const wallMs = loadedMs + (performance.now() - analysisStarted);
    const peakRssMb = rss.stopMb();
    // Again, warm, three times (the median): a shallow copy is a new BoardData, so the replay (cached per
    // BoardData) is done afresh each time. One run alone swings with where a garbage collection falls.
    const warmCpuMs: number[] = [];
    for (let run = 0; run < 3; run++) {
      const warmBefore = process.cpuUsage();
      buildReport({ data: { ...data }, settings: DEFAULT_SETTINGS, snapshots: [], now: BENCH_NOW });
      const warmCpu = process.cpuUsage(warmBefore);
      warmCpuMs.push((warmCpu.user + warmCpu.system) / 1000);
    }
    warmCpuMs.sort((a, b) => a - b);
    const requests = client.requestCount;
    if (data.partial) throw new Error(`The fast load was partial: ${data.partial.reason}`);
    if (report.project.key !== site.projectKey) throw new Error('The report is about another project.');

    const minimum = nextMessage<{ breakdown: MinimumBreakdown }>(emulator, 'minimum');
    emulator.send({ type: 'minimum', boardId: data.board.id, changelogFieldIds: changelogFieldIds(data.fieldIds) });
    const { breakdown } = await minimum;

    client.resetRequestCount();
    const again = await loadBoardData(client, { projectKey: site.projectKey, now: BENCH_NOW, previous: data });
    if (again.issues.length !== data.issues.length) throw new Error('The incremental refresh changed the number of issues of an unchanged project.');
    const incrementalRequests = client.requestCount;

    const result: SizeResult = {
      issues: data.issues.length,
      closedSprints: data.sprints.filter((s) => s.state === 'closed').length,
      requests,
      minimumRequests: breakdown.total,
      minimumBreakdown: breakdown,
      wallMs: Math.round(wallMs),
      analysisCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      analysisWarmCpuMs: Math.round(warmCpuMs[1]),
      peakRssMb: Math.round(peakRssMb),
      incrementalRequests,
    };
    if (request.baseline) {
      const baselineStarted = performance.now();
      const naive = await loadNaively(transport, site.projectKey, BENCH_NOW);
      buildReport({ data: naive.data, settings: DEFAULT_SETTINGS, snapshots: [], now: BENCH_NOW });
      result.baselineWallMs = Math.round(performance.now() - baselineStarted);
      result.baselineRequests = naive.requests;
      if (naive.data.issues.length !== data.issues.length) throw new Error('The baseline read a different number of issues.');
    }
    return result;
  } finally {
    emulator.send({ type: 'stop' });
  }
}

answerParent('measure', measureSize);
