/** Request counters and a bounded request log. */

export type FaultKind = 'rate-limit' | 'server-error' | 'malformed';

export interface RequestLogEntry {
  /** 1-based arrival number since the last reset. */
  seq: number;
  method: string;
  /** Path with query string. */
  url: string;
  /** Route label, or "unknown" for paths the emulator does not serve. */
  endpoint: string;
  status: number;
  fault: FaultKind | null;
}

export interface EmulatorStats {
  total: number;
  byEndpoint: Record<string, number>;
  byStatus: Record<string, number>;
  faults: { rateLimited: number; serverErrors: number; malformed: number; total: number };
  /** The most recent requests, oldest first (at most LOG_LIMIT). */
  log: RequestLogEntry[];
}

const LOG_LIMIT = 5000;

export class StatsRecorder {
  private data: EmulatorStats = StatsRecorder.empty();

  private static empty(): EmulatorStats {
    return { total: 0, byEndpoint: {}, byStatus: {}, faults: { rateLimited: 0, serverErrors: 0, malformed: 0, total: 0 }, log: [] };
  }

  record(entry: Omit<RequestLogEntry, 'seq'>): void {
    const d = this.data;
    d.total += 1;
    d.byEndpoint[entry.endpoint] = (d.byEndpoint[entry.endpoint] ?? 0) + 1;
    d.byStatus[String(entry.status)] = (d.byStatus[String(entry.status)] ?? 0) + 1;
    if (entry.fault === 'rate-limit') d.faults.rateLimited += 1;
    if (entry.fault === 'server-error') d.faults.serverErrors += 1;
    if (entry.fault === 'malformed') d.faults.malformed += 1;
    if (entry.fault) d.faults.total += 1;
    d.log.push({ seq: d.total, ...entry });
    if (d.log.length > LOG_LIMIT) d.log.splice(0, d.log.length - LOG_LIMIT);
  }

  snapshot(): EmulatorStats {
    return structuredClone(this.data);
  }

  reset(): void {
    this.data = StatsRecorder.empty();
  }
}
