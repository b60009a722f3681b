/** The benchmark's figures as Markdown tables (the ones docs/performance.md shows). */
import type { BenchResult, NightFigures, NightResult, PageOpenResult } from './types';

function ratio(a: number, b: number): string {
  return b > 0 ? `${(a / b).toFixed(2)}×` : '-';
}

function table(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

export function formatSizes(result: Pick<BenchResult, 'latencyMs' | 'sizes'>): string {
  const header = ['Issues', 'Closed sprints', 'Requests', 'Minimum', 'Requests / minimum', 'Full refresh (ms)', 'Analysis CPU (ms)', 'Analysis CPU, warm (ms)', 'Peak RSS (MB)', 'Incremental requests', 'Baseline requests', 'Baseline (ms)', 'Baseline / fast'];
  const rows = result.sizes.map((s) => [
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
  ]);
  return [`Latency added per request: ${result.latencyMs} ms`, '', table(header, rows)].join('\n');
}

export function formatNight(night: NightResult): string {
  const row = (name: string, n: NightFigures) => [name, n.refreshed, n.requests, n.rateLimited, `${n.quotaRefusals} / ${n.burstRefusals}`, n.pointsSpent, n.durationMinutes, n.events, n.mostEventsInAMinute, n.refusedPushes];
  const header = ['Night', 'Refreshed', 'Requests', '429s', 'Quota / rate 429s', 'Points', 'Duration (min)', 'Queue events', 'Most events in a minute', 'Refused pushes'];
  const site = `${night.projects} projects of ${night.issuesPerProject} issues and ${night.closedSprints} closed sprints; ${night.pointsPerHour} points an hour, ${night.requestsPerSecond} requests a second per endpoint (burst ${night.burst}); ${night.latencyMs} ms a request, simulated`;
  return [site, '', table(header, [row('First (full loads)', night.first), row('Next (incremental)', night.next)])].join('\n');
}

export function formatPageOpen(open: PageOpenResult): string {
  const header = ['Open', 'First view (ms)', 'Storage reads', 'Storage read (KB)', 'Jira requests', 'Calls: server time, answer'];
  const rows = open.opens.map((o, index) => [
    index + 1,
    o.firstViewMs,
    o.storage.reads,
    Math.round(o.storage.bytes / 1024),
    o.jiraRequests,
    o.calls.map((c) => `${c.name} ${c.ms} ms, ${Math.round(c.answerBytes / 1024)} KB`).join('; '),
  ]);
  return [`The project page of ${open.issues} issues and ${open.closedSprints} closed sprints (${open.storedRecords} records stored), opened in Chromium`, '', table(header, rows)].join('\n');
}

export function formatTables(result: BenchResult): string {
  const parts = [formatSizes(result)];
  if (result.night) parts.push(formatNight(result.night));
  if (result.pageOpen) parts.push(formatPageOpen(result.pageOpen));
  parts.push(table(['Target', 'Measured', 'Met'], result.targets.map((t) => [t.target, t.measured, t.met ? 'yes' : 'NO'])));
  return parts.join('\n\n');
}
