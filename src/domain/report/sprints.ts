/**
 * The sprint section of the report: every closed sprint reconstructed like Jira's sprint report,
 * the active sprint, trends, carry-over chains and who changed scope (docs/metrics.md).
 */
import { type Static, Type } from '@sinclair/typebox';
import { nullable, nullOr, oneOfWords, reference } from '../schema-builders';
import { date, flag, nullableDate, nullableNumber, nullableText, nullableWhole, ratio, strict, text, texts, whole, wholes } from './primitives';
import { SprintRecordSchema } from './sprint-record';
import { HygieneNoteSchema, RunningSprintSchema, SprintIssueRowsSchema, VelocitySchema } from './sprint-detail';

export const SprintStateSchema = oneOfWords(['future', 'active', 'closed'] as const);

/** A group of issues and their points (null when the board does not estimate in points). */
export const IssueSetSchema = strict({ issues: texts, points: nullableNumber });
const issueSet = reference<typeof IssueSetSchema>('issueSet');

export const EstimateChangeSchema = strict({ issueKey: text, from: nullableNumber, to: nullableNumber, at: date, by: nullableText });
export const ScopeChangeSchema = strict({ issueKey: text, change: oneOfWords(['added', 'removed'] as const), at: date, by: nullableText });
/** A flagged period; `to` is null while still flagged (at the sprint's end, or at the report's moment). */
export const FlagPeriodSchema = strict({ issueKey: text, from: date, to: nullableDate, workingDays: whole });
export const ReopeningSchema = strict({ issueKey: text, at: date, by: nullableText });

/**
 * A sprint's goal when it started, as the app observed it (Jira keeps no history of goals).
 * source 'observed': seen at or before the start; 'later': first seen after the start, so this is
 * the goal at that first sighting; 'current': never observed (or no start date), the goal as Jira
 * holds it now. observedAt: when the observation used was made; null for 'current'.
 */
export const GoalAtStartSchema = strict({ goal: nullableText, source: oneOfWords(['observed', 'later', 'current'] as const), observedAt: nullableDate });
const goalAtStart = reference<typeof GoalAtStartSchema>('goalAtStart');
/** true when a goal observed after the start differs from the goal at the start; null when that cannot be told. */
const goalChangedAfterStart = nullable(Type.Boolean());

/** A sprint that has started (closed or active), with the goal it started with. */
export const SprintStartSchema = strict({ sprintId: whole, name: text, startDate: date, goalAtStart });

/** One closed sprint reconstructed like Jira's sprint report; the ratios' formulas are in docs/metrics.md. */
export const SprintFiguresSchema = strict({
  id: whole,
  name: text,
  state: SprintStateSchema,
  startDate: nullableDate,
  endDate: nullableDate,
  completeDate: nullableDate,
  /** The goal as Jira holds it now (goalAtStart: the goal the sprint started with). */
  goal: nullableText,
  committed: issueSet,
  added: issueSet,
  removed: issueSet,
  completed: issueSet,
  notCompleted: issueSet,
  /** In the sprint at start but already done ("completed outside this sprint"). */
  doneBeforeStart: issueSet,
  commitmentReliability: ratio,
  completionRate: ratio,
  scopeChurn: ratio,
  carryOver: ratio,
  estimateChanges: Type.Array(EstimateChangeSchema),
  scopeChanges: Type.Array(ScopeChangeSchema),
  /** Sub-tasks are reported apart, as Jira does. */
  subtasks: strict({ committed: texts, added: texts, completed: texts, notCompleted: texts }),
  /** Planned length (start to end) in working days. */
  plannedWorkingDays: nullableWhole,
  /** Working days between planned end and actual close (negative = early). */
  lateWorkingDays: nullableWhole,
  impediments: Type.Array(FlagPeriodSchema),
  reopened: Type.Array(ReopeningSchema),
  goalAtStart,
  goalChangedAfterStart,
  /** Recorded by the app from Jira's sprint events, or replayed from Jira's history (sprint-record.ts). */
  record: SprintRecordSchema,
  /** Each issue of the sprint (sprint-detail.ts); null for sprints older than the last SPRINT_DETAIL_SPRINTS. */
  issues: SprintIssueRowsSchema,
  hygiene: Type.Array(HygieneNoteSchema),
});

export const SprintTrendPointSchema = strict({ sprintId: whole, name: text, commitmentReliability: ratio, completionRate: ratio, scopeChurn: ratio, carryOver: ratio });

/** An issue left unfinished in 2 or more of its sprints in a row: the sprint ids oldest first, and whether it is done now. */
export const CarryOverChainSchema = strict({ issueKey: text, summary: text, sprintIds: wholes, done: flag });

export const ActiveSprintSchema = strict({
  id: whole,
  name: text,
  startDate: nullableDate,
  endDate: nullableDate,
  goal: nullableText,
  /** Issues in the sprint now, sub-tasks excluded. */
  issueCount: whole,
  goalAtStart,
  goalChangedAfterStart,
  /** Flag periods from the start until the report's moment. */
  impediments: Type.Array(FlagPeriodSchema),
  running: RunningSprintSchema,
});

export const SprintSectionSchema = strict({
  /** Closed sprints, oldest first. */
  closed: Type.Array(reference<typeof SprintFiguresSchema>('sprintFigures')),
  active: nullOr(ActiveSprintSchema),
  futureCount: whole,
  /** The last `trendSprints` closed sprints, oldest first. */
  trend: Type.Array(SprintTrendPointSchema),
  carryOverChains: Type.Array(CarryOverChainSchema),
  /** Who added or removed items after sprint start, across the trend sprints. */
  scopeChangers: Type.Array(strict({ accountId: nullableText, added: whole, removed: whole })),
  /** The last `thresholds.missingSprintGoal.ofLast` sprints to start (closed or active), oldest first. */
  recentlyStarted: Type.Array(SprintStartSchema),
  velocity: VelocitySchema,
});

export type SprintState = Static<typeof SprintStateSchema>;
export type IssueSet = Static<typeof IssueSetSchema>;
export type EstimateChange = Static<typeof EstimateChangeSchema>;
export type ScopeChange = Static<typeof ScopeChangeSchema>;
export type FlagPeriod = Static<typeof FlagPeriodSchema>;
export type Reopening = Static<typeof ReopeningSchema>;
export type GoalAtStart = Static<typeof GoalAtStartSchema>;
export type SprintStart = Static<typeof SprintStartSchema>;
export type SprintFigures = Static<typeof SprintFiguresSchema>;
export type SprintTrendPoint = Static<typeof SprintTrendPointSchema>;
export type CarryOverChain = Static<typeof CarryOverChainSchema>;
export type SprintSection = Static<typeof SprintSectionSchema>;
