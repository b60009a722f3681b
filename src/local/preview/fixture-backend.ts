/**
 * A preview backend that answers from prepared reports instead of the engine: for developing the UI and for
 * browser tests of its states. Settings are validated by the real settings validator and saving is refused
 * to non-administrators, like the real resolvers; a refresh runs for a set number of status polls.
 */
import type { Report } from '../../domain/report';
import type { ProjectSettings } from '../../domain/settings';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import { validateSettings } from '../../domain/settings-schema';
import type { BoardSummary, PersonSummary, PortfolioRow, RefreshStatus } from '../../shared/api';
import type { CallContext } from '../../forge/types';
import type { PreviewBackend } from './types';

export interface FixtureProject {
  report: Report | null;
  boards: BoardSummary[];
  settings?: ProjectSettings;
  /** Status polls a refresh takes before it is done (default 1). */
  refreshPolls?: number;
  /** The refresh fails with this message instead of finishing. */
  refreshFailure?: string;
  /**
   * A refresh already runs when the page opens, for this many status polls; until it finishes,
   * getReport answers no report (the project's first report is being built).
   */
  buildingFor?: number;
  /** The status of the last refresh before any is asked for here (e.g. one that failed); default idle. */
  lastRefresh?: RefreshStatus;
}

export interface FixtureBackendOptions {
  projects: Record<string, FixtureProject>;
  /** Everyone on the simulated site (the user search looks here; getSettings offers those a report or the roles name). */
  people: PersonSummary[];
  /** Account ids allowed to save settings (project administrators). */
  admins: string[];
  portfolio: PortfolioRow[];
}

const IDLE: RefreshStatus = { state: 'idle', progress: null, message: null, startedAt: null, finishedAt: null };
const error = (code: string, message: string, fieldErrors?: { path: string; message: string }[]) => ({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } });

export function createFixtureBackend(options: FixtureBackendOptions): PreviewBackend & { savedSettings(key: string): ProjectSettings } {
  const settings = new Map<string, ProjectSettings>();
  const pollsLeft = new Map<string, number>();
  const settingsOf = (key: string) => settings.get(key) ?? options.projects[key]?.settings ?? DEFAULT_SETTINGS;
  for (const [key, project] of Object.entries(options.projects)) if (project.buildingFor) pollsLeft.set(key, project.buildingFor);
  const building = (key: string) => options.projects[key]?.buildingFor !== undefined && (pollsLeft.get(key) ?? 0) > 0;

  const status = (key: string): RefreshStatus => {
    const left = pollsLeft.get(key);
    if (left === undefined) return options.projects[key]?.lastRefresh ?? IDLE;
    if (left > 0) return { state: 'running', progress: 0.5, message: 'Reading sprint history', startedAt: null, finishedAt: null };
    const failure = options.projects[key]?.refreshFailure;
    return failure
      ? { state: 'failed', progress: null, message: failure, startedAt: null, finishedAt: null }
      : { state: 'done', progress: 1, message: null, startedAt: null, finishedAt: null };
  };

  const handlers: Record<string, (payload: unknown, ctx: CallContext, project: FixtureProject | undefined) => unknown> = {
    getProjectSummary: (_p, ctx, project) => ({ projectKey: ctx.projectKey, boards: (project?.boards ?? []).map((b) => ({ ...b, sprintCount: 0 })) }),
    getReport: (_p, ctx, project) => ({ report: building(ctx.projectKey!) ? null : project?.report ?? null, refresh: status(ctx.projectKey!), boards: project?.boards ?? [] }),
    refresh: (_p, ctx, project) => {
      pollsLeft.set(ctx.projectKey!, project?.refreshPolls ?? 1);
      return { refresh: { ...IDLE, state: 'queued', message: 'Waiting for the refresh to start' } };
    },
    getRefreshStatus: (_p, ctx) => {
      const current = status(ctx.projectKey!);
      const left = pollsLeft.get(ctx.projectKey!);
      if (left !== undefined && left > 0) pollsLeft.set(ctx.projectKey!, left - 1);
      return { refresh: current };
    },
    getSettings: (_p, ctx, project) => {
      // As the real resolver: the people the report knows, plus the people named now.
      const current = settingsOf(ctx.projectKey!);
      const named = new Set([...current.roles.productOwners, ...current.roles.scrumMasters]);
      const people = options.people.filter((p) => p.accountId in (project?.report?.people ?? {}) || named.has(p.accountId));
      return { settings: current, canEdit: options.admins.includes(ctx.accountId), people, problem: null };
    },
    saveSettings: (payload, ctx) => {
      if (!options.admins.includes(ctx.accountId)) return error('forbidden', 'Only administrators of this project can change its settings.');
      const checked = validateSettings((payload as { settings?: unknown } | null)?.settings);
      if (!checked.ok) return error('invalid-input', 'Some settings are not valid; nothing was saved.', checked.errors.map((e) => ({ path: e.path, message: e.message })));
      settings.set(ctx.projectKey!, checked.settings);
      return { settings: checked.settings };
    },
    searchPeople: (payload, ctx) => {
      if (!options.admins.includes(ctx.accountId)) return error('forbidden', 'Only administrators of this project can change its settings.');
      const query = String((payload as { query?: unknown } | null)?.query ?? '').trim().toLowerCase();
      return { people: options.people.filter((p) => p.displayName.toLowerCase().split(' ').some((word) => query !== '' && word.startsWith(query))) };
    },
    getPortfolio: () => ({ rows: options.portfolio }),
    refreshPortfolio: () => {
      const queued = options.portfolio.filter((row) => row.refreshedNightly === true).length;
      return { queued, left: options.portfolio.length - queued };
    },
  };

  return {
    savedSettings: settingsOf,
    async invoke(functionKey, payload, ctx) {
      const handler = handlers[functionKey];
      if (!handler) return error('not-found', `There is no resolver called "${functionKey}".`);
      const needsProject = functionKey !== 'getPortfolio' && functionKey !== 'refreshPortfolio';
      if (needsProject && (!ctx.projectKey || !(ctx.projectKey in options.projects))) {
        return error('not-found', `The project ${ctx.projectKey ?? '(none)'} is not in this preview.`);
      }
      return handler(payload, ctx, ctx.projectKey ? options.projects[ctx.projectKey] : undefined);
    },
  };
}
