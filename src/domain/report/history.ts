/**
 * What the report remembers of the reports before it (docs/metrics.md, "The score over time"): one
 * point per stored report of the board, and what changed since the last one. The shells keep the
 * points between refreshes (src/engine/stored-history.ts); nothing here names an issue.
 */
import { type Static, Type } from '@sinclair/typebox';
import { keyed, nullable, nullOr, oneOfWords } from '../schema-builders';
import { date, flag, nullableNumber, strict, text, whole } from './primitives';
import { SeveritySchema } from './signals';

const severityOrNone = oneOfWords(['info', 'warning', 'critical', null] as const);

/** A signal as a history point keeps it: which one, how severe. */
const FiredSchema = strict({ id: text, severity: SeveritySchema });

export const HistoryPointSchema = strict({
  computedAt: date,
  total: nullable(Type.Integer({ minimum: 0, maximum: 100 })),
  provisional: flag,
  trafficLight: oneOfWords(['green', 'amber', 'red', null] as const),
  pointsLost: whole,
  /** The signals that fired, with their severity. */
  signals: Type.Array(FiredSchema),
  /** The followed figures (src/report/history.ts, TRACKED_FIGURES) by id; null where the report had none. */
  figures: keyed(nullableNumber),
});

export const ReportChangesSchema = strict({
  /** When the report compared with was computed. */
  since: date,
  /** Signals firing now that did not then (before null), or now more severe; titles are the signals' names. */
  raised: Type.Array(strict({ id: text, title: text, severity: SeveritySchema, before: severityOrNone })),
  /** Signals that fired then and no longer do, or now less severe. */
  cleared: Type.Array(strict({ id: text, title: text, severity: SeveritySchema, after: severityOrNone })),
  /** Followed figures whose value, as people read it, is not the same. */
  figures: Type.Array(strict({ id: text, before: nullableNumber, after: nullableNumber })),
});

export const ReportHistorySchema = strict({
  /** Oldest first; the last point is this report; at most SCORE_HISTORY_KEPT (src/report/history.ts). */
  points: Type.Array(HistoryPointSchema),
  /** Since the report before this one; null for the first report of the board. */
  changes: nullOr(ReportChangesSchema),
});

export type HistoryPoint = Static<typeof HistoryPointSchema>;
export type ReportChanges = Static<typeof ReportChangesSchema>;
export type ReportHistory = Static<typeof ReportHistorySchema>;
