/** The benchmark's figures as a Markdown table (the one docs/performance.md shows). */
import type { BenchResult } from './types';

function ratio(a: number, b: number): string {
  return b > 0 ? `${(a / b).toFixed(2)}×` : '-';
}

export function formatTable(result: BenchResult): string {
  const header = '| Issues | Closed sprints | Requests | Minimum | Requests / minimum | Full refresh (ms) | Analysis CPU (ms) | Analysis CPU, warm (ms) | Peak RSS (MB) | Incremental requests | Baseline requests | Baseline (ms) | Baseline / fast |';
  const rule = `|${header.split('|').slice(1, -1).map(() => '---').join('|')}|`;
  const rows = result.sizes.map((s) =>
    [
      s.issues,
      s.closedSprints,
      s.requests,
      s.minimumRequests,
      ratio(s.requests, s.minimumRequests),
      s.wallMs,
      s.analysisCpuMs,
      s.analysisWarmCpuMs,
      s.peakRssMb,
      s.incrementalRequests,
      s.baselineRequests ?? '-',
      s.baselineWallMs ?? '-',
      s.baselineWallMs !== undefined ? ratio(s.baselineWallMs, s.wallMs) : '-',
    ].join(' | '),
  );
  return [`Latency added per request: ${result.latencyMs} ms`, '', header, rule, ...rows.map((r) => `| ${r} |`)].join('\n');
}
