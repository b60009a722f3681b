/**
 * How a sprint's figures were made: from the app's own record of the sprint (the sprint ledger,
 * kept from Jira's sprint events) or by replaying Jira's history, and where the two disagree, each
 * difference with its reason (docs/metrics.md, "The sprint ledger").
 */
import { type Static, Type } from '@sinclair/typebox';
import { nullOr, oneOfWords } from '../schema-builders';
import { date, nullableDate, nullableText, ratio, strict, text } from './primitives';

/** "recorded": from the app's record of the sprint; "replayed": from Jira's history. */
export const RecordSourceSchema = oneOfWords(['recorded', 'replayed'] as const);

/** The groups of the sprint report an item can be in. */
export const SprintGroupSchema = oneOfWords(['committed', 'added', 'removed', 'completed', 'notCompleted', 'doneBeforeStart'] as const);

/**
 * One item the record and the replay count differently (its groups, or its points). `moment`: the
 * recording it concerns, the start's or the close's. The reason names no issue key (the key is
 * beside it), so that a viewer who may not see the issue sees nothing of it.
 */
export const LedgerDifferenceSchema = strict({
  issueKey: text,
  moment: oneOfWords(['start', 'close'] as const),
  recorded: Type.Array(SprintGroupSchema),
  replayed: Type.Array(SprintGroupSchema),
  reason: text,
});

/** A change of the sprint's own fields, as Jira's sprint updated event carried it. */
export const SprintFieldChangeSchema = strict({
  at: date,
  by: nullableText,
  field: oneOfWords(['goal', 'startDate', 'endDate', 'name'] as const),
  from: nullableText,
  to: nullableText,
});

const replayedRatios = strict({ commitmentReliability: ratio, completionRate: ratio, scopeChurn: ratio, carryOver: ratio });

export const SprintRecordSchema = strict({
  /** Where the commitment (committed, done before the start) comes from. */
  commitment: RecordSourceSchema,
  /** Where the outcome (completed, not completed) comes from; "replayed" while the sprint runs. */
  close: RecordSourceSchema,
  /** When the app read the sprint after its start event, and after its close event (null: not recorded). */
  startRecordedAt: nullableDate,
  closeRecordedAt: nullableDate,
  /** How the figures were made, in plain words. */
  note: text,
  /** The replay's ratios where the figures shown are the record's; null when the figures are the replay's. */
  replayed: nullOr(replayedRatios),
  differences: Type.Array(LedgerDifferenceSchema),
  /** Goal, date and name changes from Jira's sprint updated events, oldest first. */
  changes: Type.Array(SprintFieldChangeSchema),
});

export type RecordSource = Static<typeof RecordSourceSchema>;
export type SprintGroup = Static<typeof SprintGroupSchema>;
export type LedgerDifference = Static<typeof LedgerDifferenceSchema>;
export type SprintFieldChange = Static<typeof SprintFieldChangeSchema>;
export type SprintRecord = Static<typeof SprintRecordSchema>;
