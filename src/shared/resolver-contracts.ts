/**
 * The resolver contracts: what each resolver takes (its payload) and gives back (its result), as
 * JSON Schema built with TypeBox. This is the one source of both sides: the pages' types
 * (src/shared/api.ts derives them, and the pages import that file's types only, so TypeBox never
 * reaches their bundle) and the payload check of the Forge shell (src/forge/payloads.ts compiles
 * these schemas with ajv). Who may call each resolver is in src/forge/resolver-table.ts.
 *
 * Payloads are strict: an unknown key is refused. The project never travels in a payload (it comes
 * from the Forge context), so a payload that names one is refused too.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { BoardTypeSchema, ScoreAreaSchema, SeveritySchema, TrafficLightSchema, type Report } from '../domain/report';
import type { ProjectSettings } from '../domain/settings';
import { COACH_CONTRACTS } from './coach-contracts';
import { RefreshStatusSchema, literals, nullable, strict } from './contract-helpers';
import { GADGET_MAX_PROJECTS } from './gadget-limit';
import { IssueContextSchema } from './issue-view-contract';

export { RefreshStatusSchema };

// The report and the settings have schemas of their own (src/domain/report, src/domain/settings.ts), each
// with its own $id: here they stand for those types, and a result check validates them with their own schemas.
const ReportValue = Type.Unsafe<Report>({});
const SettingsValue = Type.Unsafe<ProjectSettings>({});

export const ApiErrorSchema = Type.Object(
  {
    /** e.g. "forbidden", "invalid-input", "not-found", "jira-unavailable", "internal". */
    code: Type.String(),
    message: Type.String(),
    /** Field-level problems for invalid settings: JSON pointer path -> message. */
    fieldErrors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }, strict))),
  },
  strict,
);

export const BoardSummarySchema = Type.Object({ id: Type.Integer(), name: Type.String(), type: BoardTypeSchema }, strict);

export const PersonSummarySchema = Type.Object({ accountId: Type.String(), displayName: Type.String(), avatarUrl: nullable(Type.String()) }, strict);

export const PortfolioRowSchema = Type.Object(
  {
    projectKey: Type.String(),
    projectName: Type.String(),
    computedAt: nullable(Type.String()),
    /** Over the signals that could be checked; null when not analysed yet or nothing could be checked. */
    score: nullable(Type.Number()),
    /** null when the score is provisional, or there is none. */
    trafficLight: nullable(TrafficLightSchema),
    /** Too little could be checked: the score is provisional ("Not enough data yet"). */
    provisional: Type.Boolean(),
    /** The points lost before the floor at 0 (they order projects at the same score). */
    pointsLost: Type.Integer({ minimum: 0 }),
    /** The points lost, grouped by cost: the score's sum. */
    scoreTerms: Type.Array(Type.Object({ points: Type.Integer(), count: Type.Integer() }, strict)),
    /** The scores of the last reports, oldest first. */
    scoreTrend: Type.Array(nullable(Type.Number())),
    /** Since the report before (signal names raised and cleared, figure names moved); null for the first. */
    changes: nullable(Type.Object({ since: Type.String(), raised: Type.Array(Type.String()), cleared: Type.Array(Type.String()), moved: Type.Array(Type.String()) }, strict)),
    /** The names of the signals whose thresholds differ from the defaults, and of those switched off. */
    ownThresholds: Type.Array(Type.String()),
    switchedOff: Type.Array(Type.String()),
    /** Areas whose sub-score is not assessed (none of their signals could be checked). */
    notAssessed: Type.Array(ScoreAreaSchema),
    /** Commitment reliability of the trend sprints, oldest first. */
    reliabilityTrend: Type.Array(nullable(Type.Number())),
    readyRunwaySprints: nullable(Type.Number()),
    top10Overlap: nullable(Type.Number()),
    technicalInterleaving: nullable(Type.Number()),
    /** Items finished a week over the last full weeks. */
    throughputPerWeek: nullable(Type.Number()),
    /** When the near-term items will be done, 85% likely. */
    nearTermDoneBy85: nullable(Type.String()),
    /** Most severe first, at most 3. */
    topSignals: Type.Array(Type.Object({ id: Type.String(), severity: SeveritySchema, title: Type.String() }, strict)),
    /** Every signal raised (topSignals names the first of them). */
    signalCount: Type.Integer({ minimum: 0 }),
    /** Refreshed every night and by "Refresh all": false when its settings switch that off, null when they cannot be read. */
    refreshedNightly: nullable(Type.Boolean()),
    refresh: RefreshStatusSchema,
  },
  strict,
);

/** The long lists of issue keys a report is served with a page at a time (src/forge/key-pages.ts). */
export const PagedListSchema = literals('stale', 'overSpecified');
/** Where a paged list stands: its number of keys in the stored report, and where its next page starts (null: none left). */
export const ListPageSchema = Type.Object({ total: Type.Integer({ minimum: 0 }), next: nullable(Type.Integer({ minimum: 0 })) }, strict);

/**
 * What a gadget's edit view stores with the gadget (view.submit): the projects it shows, in order.
 * Jira keeps it with the gadget and gives it back in the context of the gadget's calls; keys Jira
 * adds itself (such as `refresh`, the gadget's refresh interval) are let through.
 */
export const GadgetConfigurationSchema = Type.Object({
  projectKeys: Type.Array(Type.String({ pattern: '^[A-Z][A-Z0-9_]{0,99}$' }), { minItems: 1, maxItems: GADGET_MAX_PROJECTS, uniqueItems: true }),
});

/**
 * A gadget's view: `configured` false until its edit view has stored a valid configuration; `rows`
 * the configured projects the viewer may browse, as the portfolio shows them, in the configured
 * order; `hidden` how many configured projects are not shown (the viewer may not browse them, or
 * they are gone), which is all that is said of them.
 */
export const GadgetViewSchema = Type.Object(
  { configured: Type.Boolean(), rows: Type.Array(PortfolioRowSchema), hidden: Type.Integer({ minimum: 0 }) },
  strict,
);

const NoPayload = Type.Object({}, strict);
/** The board picked on the page; absent = the project's default board. */
const BoardPayload = Type.Object({ boardId: Type.Optional(Type.Integer({ minimum: 1 })) }, strict);

/** Every resolver: its payload and its successful result (a failure is an ApiError value instead). */
export const RESOLVER_CONTRACTS = {
  /** Boards of the project in context and their sprint counts (the smallest end-to-end call). */
  getProjectSummary: {
    payload: NoPayload,
    result: Type.Object({ projectKey: Type.String(), boards: Type.Array(Type.Object({ ...BoardSummarySchema.properties, sprintCount: Type.Integer({ minimum: 0 }) }, strict)) }, strict),
  },
  /**
   * The cached report for the project in context; starts a refresh when missing, stale or damaged.
   * `boards`: the project's boards the viewer can see. The paged lists hold their first page of keys;
   * `keyLists` says where each stands.
   */
  getReport: {
    payload: BoardPayload,
    result: Type.Object(
      {
        report: nullable(ReportValue),
        refresh: RefreshStatusSchema,
        boards: Type.Array(BoardSummarySchema),
        keyLists: Type.Object({ stale: ListPageSchema, overSpecified: ListPageSchema }, strict),
      },
      strict,
    ),
  },
  /**
   * The next page of a paged list of the report computed at `computedAt` (the one on the page), from
   * the key at index `from`, keeping the keys the viewer may see.
   */
  getMoreIssueKeys: {
    payload: Type.Object(
      { ...BoardPayload.properties, list: PagedListSchema, from: Type.Integer({ minimum: 0 }), computedAt: Type.String({ minLength: 1, maxLength: 40 }) },
      strict,
    ),
    result: Type.Object({ keys: Type.Array(Type.String()), ...ListPageSchema.properties }, strict),
  },
  /** Starts a refresh of the project in context. */
  refresh: { payload: BoardPayload, result: Type.Object({ refresh: RefreshStatusSchema }, strict) },
  getRefreshStatus: { payload: BoardPayload, result: Type.Object({ refresh: RefreshStatusSchema }, strict) },
  /**
   * `problem`: the stored settings could not be read, so `settings` are the defaults (saving replaces them).
   * `version`: the stored version, which a save must name; null when none is stored (or it cannot be read).
   */
  getSettings: {
    payload: NoPayload,
    result: Type.Object(
      {
        settings: SettingsValue,
        /** The app's default settings, for the form's "reset to defaults". */
        defaults: SettingsValue,
        version: nullable(Type.Integer({ minimum: 1 })),
        canEdit: Type.Boolean(),
        people: Type.Array(PersonSummarySchema),
        problem: nullable(Type.String()),
      },
      strict,
    ),
  },
  /**
   * Project administrators only; invalid settings are refused whole. The settings are checked by their own schema, which names each bad field.
   * `version`: the version the page loaded (null: none was stored); when the stored settings changed since, nothing is saved ("settings-changed").
   */
  saveSettings: {
    payload: Type.Object({ settings: Type.Unknown(), version: nullable(Type.Integer({ minimum: 1 })) }, strict),
    result: Type.Object({ settings: SettingsValue, version: Type.Integer({ minimum: 1 }) }, strict),
  },
  /** People to name in the roles, from Jira's user search (project administrators only). */
  searchPeople: {
    payload: Type.Object({ query: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }) }, strict),
    result: Type.Object({ people: Type.Array(PersonSummarySchema) }, strict),
  },
  /**
   * The coach's page, one page of the portfolio index at a time (page 0 first; its `pageCount` says
   * how many pages there are): the projects of that page the viewer may browse, switched off or not.
   * `projectsYouMayBrowse` (page 0 only, else null): how many projects Jira lets the viewer browse,
   * so the page can say how many are not listed yet.
   */
  getPortfolio: {
    payload: Type.Object({ page: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })) }, strict),
    result: Type.Object(
      {
        rows: Type.Array(PortfolioRowSchema),
        page: Type.Integer({ minimum: 0 }),
        /** Page 0 only, else null. */
        pageCount: nullable(Type.Integer({ minimum: 1 })),
        projectsYouMayBrowse: nullable(Type.Integer({ minimum: 0 })),
      },
      strict,
    ),
  },
  /**
   * Queues the projects refreshed nightly; `left`: those left out (switched off, or settings
   * unreadable); `projectKeys`: the projects asked to refresh (queued now, or already on their way);
   * `requestedAt`: when, so the page can tell which refreshes ended after it.
   */
  refreshPortfolio: {
    payload: NoPayload,
    result: Type.Object(
      { queued: Type.Integer({ minimum: 0 }), left: Type.Integer({ minimum: 0 }), projectKeys: Type.Array(Type.String()), requestedAt: Type.String() },
      strict,
    ),
  },
  /** The issue view: what the stored report and facts say of the issue in context (never its payload). */
  getIssueContext: { payload: NoPayload, result: IssueContextSchema },
  /** A dashboard gadget: the projects its stored configuration names that the viewer may browse. */
  getGadget: { payload: NoPayload, result: GadgetViewSchema },
  /** The coach's actions (Rovo), each answering from the stored report of the project the conversation names. */
  ...COACH_CONTRACTS,
} satisfies Record<string, { payload: TSchema; result: TSchema }>;
