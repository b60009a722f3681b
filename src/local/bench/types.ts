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
  /** null when not asked for (--night-projects 0, --page-open none). */
  night: NightResult | null;
  pageOpen: PageOpenResult | null;
  /** Each target of docs/performance.md the figures above can be held to (targets.ts). */
  targets: TargetResult[];
}

export interface TargetResult {
  target: string;
  measured: string;
  met: boolean;
}

/** The night of many projects (night.ts): the site and Jira's request budget. */
export interface NightRequest {
  projects: number;
  issuesPerProject: number;
  closedSprints: number;
  /** Simulated time every request takes. */
  latencyMs: number;
  /** The emulator's points quota per hour, and its rate per second per endpoint with its burst. */
  pointsPerHour: number;
  requestsPerSecond: number;
  burst: number;
  seed: number;
}

/** What one night did. */
export interface NightFigures {
  /** Projects whose refresh ended this night with a report. */
  refreshed: number;
  /** HTTP requests to Jira, retries included. */
  requests: number;
  /** 429 answers: all, those of the points quota, those of the per-second rate. */
  rateLimited: number;
  quotaRefusals: number;
  burstRefusals: number;
  /** Points of the quota spent. */
  pointsSpent: number;
  /** From the nightly trigger to the end of the last refresh, simulated. */
  durationMinutes: number;
  /** Queue events pushed (refreshes, continuations, waves), the most pushed within a minute, and pushes Forge would refuse. */
  events: number;
  mostEventsInAMinute: number;
  refusedPushes: number;
}

export interface NightResult extends NightRequest {
  /** Every project read in full (the first night, or a weekly full load). */
  first: NightFigures;
  /** A day later: unchanged projects, refreshed incrementally. */
  next: NightFigures;
}

/** Opening the project page of a sized project (page-open.ts). */
export interface PageOpenRequest {
  issues: number;
  closedSprints: number;
  seed: number;
  /** Delay the emulator adds to every answer (the resolvers ask Jira who may see what). */
  latencyMs: number;
}

/** One resolver call the page made: its time on the server and the size of its answer. */
export interface ResolverCallFigure {
  name: string;
  ms: number;
  answerBytes: number;
}

export interface PageOpen {
  /** From asking for the page until its first view (the Overview tab) is drawn, in a fresh browser. */
  firstViewMs: number;
  /** Storage read by every call the page made while opening: reads and the bytes of their values. */
  storage: { reads: number; bytes: number };
  /** Requests the calls made to Jira (as the viewer: which boards and issues they may see, people's names). */
  jiraRequests: number;
  calls: ResolverCallFigure[];
}

export interface PageOpenResult extends PageOpenRequest {
  /** Records the app keeps for the project after one refresh (what the page could read). */
  storedRecords: number;
  /** The open with the median first-view time, and all of them. */
  median: PageOpen;
  opens: PageOpen[];
}
