/**
 * What the app stores, record by record (keys and lifetimes: docs/security.md). These are storage's
 * own types: the pages' wire types (src/shared/api.ts) may change without changing what is already
 * stored, and the other way round. The resolvers turn records into wire types in one place
 * (src/forge/wire.ts). The sync state and the backlog snapshots are stored as the domain's
 * BoardData and BacklogSnapshot.
 */
import type { Report, ScoreArea, TrafficLight } from '../domain/report';
import type { ProjectSettings } from '../domain/settings';
import type { BoardType, Severity } from '../domain/types';

/** The last report of a project's board. */
export interface StoredReport {
  computedAt: string;
  report: Report;
}

/** The state of the latest refresh of a project's board, written when it is queued, as it runs, and when it ends. */
export interface StoredProgress {
  state: 'queued' | 'running' | 'done' | 'failed';
  /** 0..1 while running. */
  progress: number | null;
  message: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

/** What the portfolio shows of a project's report (so the portfolio never reads 500 full reports). */
export interface StoredSummary {
  projectKey: string;
  projectName: string;
  computedAt: string;
  score: number | null;
  trafficLight: TrafficLight | null;
  /** Areas none of whose signals could be checked; absent in summaries stored before it existed. */
  notAssessed?: ScoreArea[];
  /** Commitment reliability of the trend sprints, oldest first. */
  reliabilityTrend: (number | null)[];
  readyRunwaySprints: number | null;
  top10Overlap: number | null;
  technicalInterleaving: number | null;
  /** Most severe first, at most 3. */
  topSignals: { id: string; severity: Severity; title: string }[];
  /** Every signal raised, topSignals being the first; absent in summaries stored before it existed. */
  signalCount?: number;
}

/** The boards of a project, as last read from Jira. */
export interface StoredBoards {
  fetchedAt: string;
  boards: { id: number; name: string; type: BoardType }[];
}

/** A project's settings, one numbered version per save. */
export interface StoredSettings {
  /** 1 for the first save, then one more per save. */
  version: number;
  savedAt: string;
  savedBy: string | null;
  settings: ProjectSettings;
}

/** The days (YYYY-MM-DD) that have a backlog snapshot, so reading them needs no listing. */
export interface StoredSnapshotIndex {
  days: string[];
}

/**
 * One project as the portfolio lists it, in the portfolio index (portfolio-index.ts): copies of its
 * summary, of whether its settings have it refreshed nightly and of its latest refresh that is not
 * running, each changed when the record it copies is written (project-stores.ts).
 */
export interface StoredPortfolioEntry {
  projectKey: string;
  summary?: StoredSummary;
  /** Absent while no settings were saved (the default: refreshed); null when its settings could not be read. */
  refreshedNightly?: boolean | null;
  /** Its default board's latest refresh when queued, done or failed (the steps of a running one are not copied). */
  progress?: StoredProgress;
}

/** One page of the portfolio index: at most PORTFOLIO_PAGE_SIZE entries, read in one storage call. */
export interface StoredPortfolioPage {
  entries: StoredPortfolioEntry[];
  /** Page 0 only: how many pages there are. */
  pageCount?: number;
  /** Page 0 only: the index was filled from the projects' own records once (portfolio-index.ts). */
  seeded?: boolean;
}

/** Which page holds each project, for the writers (readers never need it). */
export interface StoredPortfolioDirectory {
  pageOf: Record<string, number>;
  /** Entries placed on each page. */
  pageSizes: number[];
}
