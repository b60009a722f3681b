/**
 * What the app stores, record by record (keys and lifetimes: docs/security.md). These are storage's
 * own types: the pages' wire types (src/shared/api.ts) may change without changing what is already
 * stored, and the other way round. The resolvers turn records into wire types in one place
 * (src/forge/wire.ts). The sync state and the backlog snapshots are stored as the domain's
 * BoardData and BacklogSnapshot.
 *
 * Each record type is its schema's type: ProjectStores (project-stores.ts) checks every record it
 * reads against its schema, so a damaged record is refused, never served as it is. The report inside
 * a StoredReport is checked against the report's own schema (src/report/schema.ts), and settings by
 * the settings' own (src/domain/settings-schema.ts).
 */
import { Type, type Static, type TLiteral, type TSchema, type TUnion } from '@sinclair/typebox';
import { BoardTypeSchema, ScoreAreaSchema, SeveritySchema, TrafficLightSchema, type Report } from '../domain/report';
import type { ProjectSettings } from '../domain/settings';
import type { BacklogSnapshot, BoardData } from '../domain/types';
import type { LedgerCapture, LedgerEvent } from '../domain/sprint-ledger';

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
function oneOf<const V extends string[]>(...values: V): TUnion<{ [I in keyof V]: TLiteral<V[I]> }> {
  return Type.Union(values.map((value) => Type.Literal(value))) as never;
}

/** The last report of a project's board (the report is checked by its own schema). */
export const StoredReportSchema = Type.Object({ computedAt: Type.String(), report: Type.Unsafe<Report>(Type.Object({})) });
export type StoredReport = Static<typeof StoredReportSchema>;

/** The state of the latest refresh of a project's board, written when it is queued, as it runs, and when it ends. */
export const StoredProgressSchema = Type.Object({
  state: oneOf('queued', 'running', 'done', 'failed'),
  /** 0..1 while running. */
  progress: nullable(Type.Number({ minimum: 0, maximum: 1 })),
  message: nullable(Type.String()),
  startedAt: nullable(Type.String()),
  finishedAt: nullable(Type.String()),
});
export type StoredProgress = Static<typeof StoredProgressSchema>;

/** What the portfolio shows of a project's report (so the portfolio never reads 500 full reports). */
export const StoredSummarySchema = Type.Object({
  projectKey: Type.String(),
  projectName: Type.String(),
  computedAt: Type.String(),
  score: nullable(Type.Number()),
  trafficLight: nullable(TrafficLightSchema),
  /** The score's honesty and history (src/report/format/portfolio.ts); absent in summaries stored before they existed. */
  provisional: Type.Optional(Type.Boolean()),
  pointsLost: Type.Optional(Type.Integer({ minimum: 0 })),
  scoreTerms: Type.Optional(Type.Array(Type.Object({ points: Type.Integer(), count: Type.Integer() }))),
  scoreTrend: Type.Optional(Type.Array(nullable(Type.Number()))),
  changes: Type.Optional(nullable(Type.Object({ since: Type.String(), raised: Type.Array(Type.String()), cleared: Type.Array(Type.String()), moved: Type.Array(Type.String()) }))),
  ownThresholds: Type.Optional(Type.Array(Type.String())),
  switchedOff: Type.Optional(Type.Array(Type.String())),
  /** Areas none of whose signals could be checked; absent in summaries stored before it existed. */
  notAssessed: Type.Optional(Type.Array(ScoreAreaSchema)),
  /** Commitment reliability of the trend sprints, oldest first. */
  reliabilityTrend: Type.Array(nullable(Type.Number())),
  readyRunwaySprints: nullable(Type.Number()),
  top10Overlap: nullable(Type.Number()),
  technicalInterleaving: nullable(Type.Number()),
  /** Absent in summaries stored before the flow figures existed. */
  throughputPerWeek: Type.Optional(nullable(Type.Number())),
  nearTermDoneBy85: Type.Optional(nullable(Type.String())),
  /** Most severe first, at most 3. */
  topSignals: Type.Array(Type.Object({ id: Type.String(), severity: SeveritySchema, title: Type.String() }), { maxItems: 3 }),
  /** Every signal raised, topSignals being the first; absent in summaries stored before it existed. */
  signalCount: Type.Optional(Type.Integer({ minimum: 0 })),
});
export type StoredSummary = Static<typeof StoredSummarySchema>;

/** The boards of a project, as last read from Jira. */
export const StoredBoardsSchema = Type.Object({
  fetchedAt: Type.String(),
  boards: Type.Array(Type.Object({ id: Type.Integer({ minimum: 1 }), name: Type.String(), type: BoardTypeSchema })),
});
export type StoredBoards = Static<typeof StoredBoardsSchema>;

/** A project's settings, one numbered version per save (the settings are checked by their own schema). */
export const StoredSettingsSchema = Type.Object({
  /** 1 for the first save, then one more per save. */
  version: Type.Integer({ minimum: 1 }),
  savedAt: Type.String(),
  savedBy: nullable(Type.String()),
  settings: Type.Unsafe<ProjectSettings>(Type.Object({})),
});
export type StoredSettings = Static<typeof StoredSettingsSchema>;

/** The points of a board's reports, oldest first, as the last report carried them (src/report/history.ts bounds them). */
export const StoredReportHistorySchema = Type.Object({
  points: Type.Array(
    Type.Object({
      computedAt: Type.String(),
      total: nullable(Type.Integer({ minimum: 0, maximum: 100 })),
      provisional: Type.Boolean(),
      trafficLight: nullable(TrafficLightSchema),
      pointsLost: Type.Integer({ minimum: 0 }),
      signals: Type.Array(Type.Object({ id: Type.String(), severity: SeveritySchema })),
      figures: Type.Record(Type.String(), nullable(Type.Number())),
    }),
  ),
});
export type StoredReportHistory = Static<typeof StoredReportHistorySchema>;

/** The days (YYYY-MM-DD) that have a backlog snapshot, so reading them needs no listing. */
export const StoredSnapshotIndexSchema = Type.Object({ days: Type.Array(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })) });
export type StoredSnapshotIndex = Static<typeof StoredSnapshotIndexSchema>;

/** One day's backlog order. */
export const StoredSnapshotSchema = Type.Unsafe<BacklogSnapshot>(
  Type.Object({ boardId: Type.Integer(), takenAt: Type.String(), keys: Type.Array(Type.String()) }),
);

/**
 * The board data of the last refresh. Only its outline is checked (the lists a refresh reads
 * first): a sync state is a cache, and one that does not fit only costs a full load.
 */
export const StoredSyncStateSchema = Type.Unsafe<BoardData>(
  Type.Object({ fetchedAt: Type.String(), issues: Type.Array(Type.Object({ key: Type.String() })), sprints: Type.Array(Type.Object({ id: Type.Integer() })) }),
);

/** A sprint's own fields as the ledger keeps them (src/domain/sprint-ledger.ts). */
const LedgerSprintFieldsSchema = Type.Object({
  name: Type.String(),
  state: oneOf('future', 'active', 'closed'),
  startDate: nullable(Type.String()),
  endDate: nullable(Type.String()),
  completeDate: nullable(Type.String()),
  goal: nullable(Type.String()),
  originBoardId: nullable(Type.Integer()),
});

/**
 * The sprint ledger (docs/metrics.md, "The sprint ledger"), records of its own per sprint, site-wide
 * (a sprint belongs to its board, not to one project: sprint-ledger-store.ts): what the app read after
 * the sprint's start event and after its close event (the first of each kept), and each distinct
 * sprint event as it arrived. They are the domain's LedgerCapture and LedgerEvent.
 */
export const StoredSprintCaptureSchema = Type.Unsafe<LedgerCapture>(
  Type.Object({
    sprintId: Type.Integer(),
    moment: oneOf('start', 'close'),
    receivedAt: Type.String(),
    recordedAt: Type.String(),
    sprint: LedgerSprintFieldsSchema,
    issues: Type.Array(
      Type.Object({
        key: Type.String(),
        projectKey: Type.String(),
        summary: Type.String(),
        issueType: Type.String(),
        subtask: Type.Boolean(),
        status: Type.String(),
        statusCategory: oneOf('new', 'indeterminate', 'done'),
        estimate: nullable(Type.Number()),
      }),
    ),
    missed: nullable(Type.String()),
  }),
);
export type StoredSprintCapture = Static<typeof StoredSprintCaptureSchema>;

export const StoredSprintEventSchema = Type.Unsafe<LedgerEvent>(
  Type.Object({
    kind: oneOf('started', 'updated', 'closed'),
    receivedAt: Type.String(),
    by: nullable(Type.String()),
    sprint: LedgerSprintFieldsSchema,
    previous: nullable(
      Type.Object({
        name: Type.Optional(Type.String()),
        goal: Type.Optional(nullable(Type.String())),
        startDate: Type.Optional(nullable(Type.String())),
        endDate: Type.Optional(nullable(Type.String())),
      }),
    ),
  }),
);
export type StoredSprintEvent = Static<typeof StoredSprintEventSchema>;

/** When the app received its first sprint event on the site: no sprint completed before it can have a record. */
export const StoredLedgerSinceSchema = Type.Object({ since: Type.String() });
export type StoredLedgerSince = Static<typeof StoredLedgerSinceSchema>;

/**
 * One project as the portfolio lists it, in the portfolio index (portfolio-index.ts): copies of its
 * summary, of whether its settings have it refreshed nightly and of its latest refresh that is not
 * running, each changed when the record it copies is written (project-stores.ts).
 */
export const StoredPortfolioEntrySchema = Type.Object({
  projectKey: Type.String(),
  summary: Type.Optional(StoredSummarySchema),
  /** Absent while no settings were saved (the default: refreshed); null when its settings could not be read. */
  refreshedNightly: Type.Optional(nullable(Type.Boolean())),
  /** Its default board's latest refresh when queued, done or failed (the steps of a running one are not copied). */
  progress: Type.Optional(StoredProgressSchema),
});
export type StoredPortfolioEntry = Static<typeof StoredPortfolioEntrySchema>;

/** One page of the portfolio index: at most PORTFOLIO_PAGE_SIZE entries, read in one storage call. */
export const StoredPortfolioPageSchema = Type.Object({
  entries: Type.Array(Type.Unknown()),
  /** Page 0 only: how many pages there are. */
  pageCount: Type.Optional(Type.Integer({ minimum: 1 })),
  /** Page 0 only: the index was filled from the projects' own records once (portfolio-index.ts). */
  seeded: Type.Optional(Type.Boolean()),
});
/** A page as used: its entries each checked on their own (portfolio-index.ts), so one damaged entry costs one row. */
export type StoredPortfolioPage = Omit<Static<typeof StoredPortfolioPageSchema>, 'entries'> & { entries: StoredPortfolioEntry[] };

/** Which page holds each project, for the writers (readers never need it). */
export const StoredPortfolioDirectorySchema = Type.Object({
  pageOf: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
  /** Entries placed on each page. */
  pageSizes: Type.Array(Type.Integer({ minimum: 0 })),
});
export type StoredPortfolioDirectory = Static<typeof StoredPortfolioDirectorySchema>;
