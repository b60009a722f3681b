/**
 * The one report shape, defined once as JSON Schema (TypeBox) with its TypeScript types derived
 * from it. The engine builds it; the UI, the CLI and every export render it; docs/report.schema.json
 * is this schema written out (src/local/write-report-schema.ts; a test keeps the two equal, and
 * tests validate every built report against it). Ratios are numbers in [0, 1] (or larger where
 * stated) and null when their denominator is zero. People are referenced by account id;
 * `Report.people` holds their display names.
 */
import { type Static, Type } from '@sinclair/typebox';
import { keyed, nullOr, reference } from '../schema-builders';
import { byPerson, date, flag, nullableDate, nullableText, strict, text, texts } from './primitives';
import { GoalAtStartSchema, IssueSetSchema, SprintFiguresSchema, SprintSectionSchema } from './sprints';
import { BacklogSectionSchema } from './backlog';
import { FlowSectionSchema } from './flow';
import { DataQualityNoteSchema, BoardSchema } from './board';
import { HealthScoreSchema, RoleSchema, SignalSchema, SilentSignalSchema } from './signals';
import { ReportHistorySchema } from './history';

export * from './sprints';
export * from './sprint-record';
export * from './sprint-detail';
export * from './backlog';
export * from './flow';
export * from './board';
export * from './signals';
export * from './history';

/** A threshold the project's settings set to a value other than its default. */
export const CustomThresholdSchema = strict({ signalId: text, threshold: text, value: Type.Number(), defaultValue: Type.Number() });

/** A change one named person made to an issue. */
export const PersonChangeSchema = strict({ issueKey: text, at: date, by: text });

export const RolesSectionSchema = strict({
  productOwners: texts,
  scrumMasters: texts,
  /** Most rank changes in the last 90 days, shown when no Product Owner is named. */
  actingBacklogOwner: nullableText,
  rankChangesBy: byPerson,
  /** Assignee changes on sprint items, by who made them. */
  assigneeChangesBy: byPerson,
  lastPoBacklogActivity: nullableDate,
  /** The assignee changes on sprint items (as counted in assigneeChangesBy) made by a named Product Owner. */
  productOwnerAssignments: Type.Array(PersonChangeSchema),
  /** The rank changes (as counted in rankChangesBy) made by a named Scrum Master. */
  scrumMasterRankChanges: Type.Array(PersonChangeSchema),
});

/** Raised whenever the report's shape changes; a cached report of another version is rebuilt, not shown. */
export const REPORT_SCHEMA_VERSION = 6;

const ReportProperties = {
  schemaVersion: Type.Unsafe<typeof REPORT_SCHEMA_VERSION>({ const: REPORT_SCHEMA_VERSION }),
  computedAt: date,
  site: text,
  project: strict({ key: text, name: text }),
  board: nullOr(BoardSchema),
  /** What this report can and cannot show (a Kanban board has no sprints). */
  capabilities: strict({
    sprints: flag,
    backlog: flag,
    estimates: flag,
    /**
     * false on a board that has no sprints by its nature (a Kanban board): the sprint figures and
     * signals, capacity, ready runway and depth in sprints do not apply to it.
     */
    runsSprints: flag,
    limitations: texts,
  }),
  sprints: nullOr(reference<typeof SprintSectionSchema>('sprintSection')),
  backlog: nullOr(reference<typeof BacklogSectionSchema>('backlogSection')),
  /** Throughput, cycle time, work in progress and the forecasts; null when they could not be worked out. */
  flow: nullOr(reference<typeof FlowSectionSchema>('flowSection')),
  roles: reference<typeof RolesSectionSchema>('rolesSection'),
  people: keyed(strict({ displayName: text, avatarUrl: nullableText })),
  signals: Type.Array(reference<typeof SignalSchema>('signal')),
  /** The signals that apply to the board but could not be checked, each with the reason. */
  silentSignals: Type.Array(SilentSignalSchema),
  /** The signals that do not apply to the board (sprint signals on a board without sprints), each with the reason. */
  notApplicableSignals: Type.Array(SilentSignalSchema),
  score: reference<typeof HealthScoreSchema>('healthScore'),
  /** The thresholds this project's settings set away from their defaults, in the catalogue's order. */
  customThresholds: Type.Array(CustomThresholdSchema),
  /** The earlier reports of this board, and what changed since the last one. */
  history: reference<typeof ReportHistorySchema>('reportHistory'),
  dataQuality: Type.Array(reference<typeof DataQualityNoteSchema>('dataQualityNote')),
  partial: nullOr(strict({ reason: text })),
};

/** The report's JSON Schema (draft 2020-12), with the shapes it reuses under $defs. */
export const ReportSchema = Type.Object(ReportProperties, {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://backlog-health.example/report.schema.json',
  title: 'Backlog health report',
  description: 'One project board analysed: sprints, backlog, roles, signals and the health score. Ratios are null when their denominator is zero.',
  additionalProperties: false,
  $defs: {
    role: RoleSchema,
    issueSet: IssueSetSchema,
    goalAtStart: GoalAtStartSchema,
    sprintFigures: SprintFiguresSchema,
    sprintSection: SprintSectionSchema,
    backlogSection: BacklogSectionSchema,
    flowSection: FlowSectionSchema,
    rolesSection: RolesSectionSchema,
    signal: SignalSchema,
    healthScore: HealthScoreSchema,
    reportHistory: ReportHistorySchema,
    dataQualityNote: DataQualityNoteSchema,
  },
});

export type PersonChange = Static<typeof PersonChangeSchema>;
export type RolesSection = Static<typeof RolesSectionSchema>;
export type CustomThreshold = Static<typeof CustomThresholdSchema>;
export type Report = Static<typeof ReportSchema>;
