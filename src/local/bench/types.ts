/** What one benchmark size is asked to do, and the figures it gives back (the JSON keys). */
import type { MinimumBreakdown } from './minimum';

export interface SizeRequest {
  issues: number;
  closedSprints: number;
  seed: number;
  /** Delay the emulator adds to every answer. */
  latencyMs: number;
  /** Also run the naive baseline on this size. */
  baseline: boolean;
}

export interface SizeResult {
  issues: number;
  closedSprints: number;
  /** HTTP requests of the full refresh, retries included. */
  requests: number;
  /** The lower bound of minimum.ts for this data. */
  minimumRequests: number;
  minimumBreakdown: MinimumBreakdown;
  /** Full refresh: loadBoardData + buildReport, wall clock. */
  wallMs: number;
  /** CPU (user + system, every thread) of buildReport alone: its first full-size run in the process. */
  analysisCpuMs: number;
  /** The same analysis run again, the median of three (each on a shallow copy, so nothing is reused): the code already compiled, as in a warm Forge function. */
  analysisWarmCpuMs: number;
  /** RSS high-water mark of the measuring process (the emulator runs in another). */
  peakRssMb: number;
  /** Requests of a second, incremental refresh of the unchanged project. */
  incrementalRequests: number;
  baselineRequests?: number;
  baselineWallMs?: number;
}

export interface BenchResult {
  latencyMs: number;
  sizes: SizeResult[];
}
