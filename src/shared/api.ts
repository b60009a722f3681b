/**
 * The resolver contract, shared by the Forge backend (src/forge/resolvers.ts) and the Custom UI
 * (static/*), and served over HTTP by the local preview. Resolvers answer with data or with an
 * error value, never by throwing (Forge flattens thrown errors on their way to the UI).
 */
import type { Report, ScoreArea } from '../domain/report';
import type { ProjectSettings } from '../domain/settings';

export interface ApiError {
  /** e.g. "forbidden", "invalid-input", "not-found", "jira-unavailable", "internal". */
  code: string;
  message: string;
  /** Field-level problems for invalid settings: JSON pointer path -> message. */
  fieldErrors?: { path: string; message: string }[];
}

export type ApiResult<T> = T | { error: ApiError };

export function isApiError(value: unknown): value is { error: ApiError } {
  return typeof value === 'object' && value !== null && 'error' in value && typeof (value as { error: unknown }).error === 'object';
}

export interface RefreshStatus {
  state: 'idle' | 'queued' | 'running' | 'done' | 'failed';
  /** 0..1 while running. */
  progress: number | null;
  /** What is happening, in plain words ("Reading sprint history (3 of 7)"). */
  message: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface BoardSummary {
  id: number;
  name: string;
  type: 'scrum' | 'kanban' | 'simple';
}

export interface PersonSummary {
  accountId: string;
  displayName: string;
  avatarUrl: string | null;
}

export interface PortfolioRow {
  projectKey: string;
  projectName: string;
  computedAt: string | null;
  /** Over the signals that could be checked; null when not analysed yet or nothing could be checked. */
  score: number | null;
  trafficLight: 'green' | 'amber' | 'red' | null;
  /** Areas whose sub-score is not assessed (none of their signals could be checked). */
  notAssessed: ScoreArea[];
  /** Commitment reliability of the trend sprints, oldest first. */
  reliabilityTrend: (number | null)[];
  readyRunwaySprints: number | null;
  top10Overlap: number | null;
  technicalInterleaving: number | null;
  /** Most severe first, at most 3. */
  topSignals: { id: string; severity: 'info' | 'warning' | 'critical'; title: string }[];
  /** Refreshed every night and by "Refresh all": false when its settings switch that off, null when they cannot be read. */
  refreshedNightly: boolean | null;
  refresh: RefreshStatus;
}

/** Every resolver: its payload and its successful result. */
export interface ResolverDefs {
  /** Boards of the project in context and their sprint counts (the smallest end-to-end call). */
  getProjectSummary: { payload: Record<string, never>; result: { projectKey: string; boards: (BoardSummary & { sprintCount: number })[] } };
  /** The cached report for the project in context; starts a refresh when missing or stale. */
  getReport: { payload: { boardId?: number }; result: { report: Report | null; refresh: RefreshStatus; boards: BoardSummary[] } };
  /** Starts a refresh of the project in context. */
  refresh: { payload: { boardId?: number }; result: { refresh: RefreshStatus } };
  getRefreshStatus: { payload: { boardId?: number }; result: { refresh: RefreshStatus } };
  /** `problem`: the stored settings could not be read, so `settings` are the defaults (saving replaces them). */
  getSettings: { payload: Record<string, never>; result: { settings: ProjectSettings; canEdit: boolean; people: PersonSummary[]; problem: string | null } };
  /** Project administrators only (checked as the user); invalid settings are refused whole. */
  saveSettings: { payload: { settings: unknown }; result: { settings: ProjectSettings } };
  /** People to name in the roles, from Jira's user search (project administrators only). */
  searchPeople: { payload: { query: string }; result: { people: PersonSummary[] } };
  /** The coach's page: every project the viewer may browse, switched off or not. */
  getPortfolio: { payload: Record<string, never>; result: { rows: PortfolioRow[] } };
  /** Queues the projects refreshed nightly; `left`: those left out (switched off, or settings unreadable). */
  refreshPortfolio: { payload: Record<string, never>; result: { queued: number; left: number } };
}

export type ResolverName = keyof ResolverDefs;
