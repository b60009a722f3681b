/**
 * The sprint in detail, as a Scrum Master reads it: each issue of a sprint, the notes on what bends
 * its figures (sprint hygiene), velocity over the last closed sprints, and the running sprint
 * (docs/metrics.md, "Per-issue sprint report", "Velocity", "The running sprint", "Sprint hygiene").
 */
import { type Static, Type } from '@sinclair/typebox';
import { nullable, oneOfWords, reference } from '../schema-builders';
import { date, flag, nullableDate, nullableNumber, nullableText, nullableWhole, number, ratio, strict, text, texts, whole, wholes } from './primitives';
import { RecordSourceSchema, SprintRecordSchema } from './sprint-record';
import type { IssueSetSchema } from './sprints';

const issueSet = reference<typeof IssueSetSchema>('issueSet');
const unit = oneOfWords(['points', 'issues'] as const);

/**
 * One issue of a sprint. entry: how it came into the sprint; outcome: how it left it (for a running
 * sprint, "completed" is done so far and "notCompleted" not done yet). Estimates: when it came in
 * (at the start, or when it was added) and at the close (for a running sprint, now).
 */
export const SprintIssueRowSchema = strict({
  key: text,
  summary: text,
  issueType: text,
  entry: oneOfWords(['committed', 'added', 'doneBeforeStart'] as const),
  outcome: oneOfWords(['completed', 'notCompleted', 'removed', 'doneBeforeStart'] as const),
  /** Its status at the close (for a running sprint, now); null when not known. */
  status: nullableText,
  estimateAtStart: nullableNumber,
  estimateAtEnd: nullableNumber,
  addedAt: nullableDate,
  addedBy: nullableText,
  removedAt: nullableDate,
  removedBy: nullableText,
  /** Done before it was in the sprint: done at the start, or added already done. */
  finishedOutside: flag,
});

/** Something in how a sprint was run that bends its figures, with its effect and how Jira's sprint report differs. */
export const HygieneNoteSchema = strict({
  kind: oneOfWords(['removed-before-close', 'estimate-changed', 'finished-outside', 'several-boards'] as const),
  issueKeys: texts,
  /** What it does to our figures, in plain words (no issue key: the keys are beside it). */
  effect: text,
  /** Why our figure differs from Jira's sprint report here; null where both count it alike. */
  jiraDiffers: nullableText,
});

/** Committed against completed for one closed sprint, as Jira's velocity chart shows it. */
export const VelocityPointSchema = strict({
  sprintId: whole,
  name: text,
  committed: number,
  completed: number,
  commitmentReliability: ratio,
  scopeChurn: ratio,
  record: RecordSourceSchema,
});

export const VelocitySchema = strict({
  /** Points where the board estimates in points, else issues. */
  unit,
  /** The last closed sprints (up to VELOCITY_SPRINTS), oldest first. */
  sprints: Type.Array(VelocityPointSchema),
  /** Mean completed over those sprints; null without any. */
  averageCompleted: nullableNumber,
});

/** The scope and the work done at one moment of a running sprint (the end of a day, or now). */
export const BurnupPointSchema = strict({ at: date, scope: number, done: number });

/** An item of the running sprint that may not finish, and why. */
export const AtRiskItemSchema = strict({
  issueKey: text,
  summary: text,
  flagged: flag,
  /** Not started while half the sprint's time or more is gone. */
  notStarted: flag,
  /** Earlier closed sprints it was left unfinished in, oldest first. */
  carriedFrom: wholes,
});

/** The running sprint so far: scope, work done, burnup against the time left, items at risk. */
export const RunningSprintSchema = strict({
  record: SprintRecordSchema,
  unit,
  committed: issueSet,
  added: issueSet,
  removed: issueSet,
  /** In the sprint now and done (not done before the start). */
  done: issueSet,
  /** In the sprint now and not done yet. */
  notDone: issueSet,
  doneBeforeStart: issueSet,
  /** Share of the planned time gone, 0 to 1; null without dates. */
  elapsed: ratio,
  workingDaysLeft: nullableWhole,
  /** From the start to now: the end of each day, then now. */
  burnup: Type.Array(BurnupPointSchema),
  atRisk: Type.Array(AtRiskItemSchema),
  issues: Type.Array(SprintIssueRowSchema),
  hygiene: Type.Array(HygieneNoteSchema),
});

/** The issues of a closed sprint, or null for a sprint older than the last SPRINT_DETAIL_SPRINTS. */
export const SprintIssueRowsSchema = nullable(Type.Array(SprintIssueRowSchema));

export type SprintIssueRow = Static<typeof SprintIssueRowSchema>;
export type HygieneNote = Static<typeof HygieneNoteSchema>;
export type VelocityPoint = Static<typeof VelocityPointSchema>;
export type Velocity = Static<typeof VelocitySchema>;
export type BurnupPoint = Static<typeof BurnupPointSchema>;
export type AtRiskItem = Static<typeof AtRiskItemSchema>;
export type RunningSprint = Static<typeof RunningSprintSchema>;
