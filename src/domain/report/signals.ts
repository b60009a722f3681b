/** The signals of the report and the health score they make up (docs/signals.md). */
import { type Static, Type } from '@sinclair/typebox';
import { nullable, oneOfWords, reference } from '../schema-builders';
import { date, flag, strict, text, texts, whole, wholes } from './primitives';

export const RoleSchema = oneOfWords(['PO', 'SM', 'team'] as const);
const role = reference<typeof RoleSchema>('role');
export const SeveritySchema = oneOfWords(['info', 'warning', 'critical'] as const);
/** The areas the score is split into; every signal counts against one. */
export const ScoreAreaSchema = oneOfWords(['backlog', 'sprints', 'flow', 'roles'] as const);

export const SignalEvidenceSchema = strict({
  issueKeys: texts,
  sprintIds: wholes,
  /** Account ids; display names are looked up in Report.people. */
  people: texts,
  dates: Type.Array(date),
});

/** A fired signal. Its id, roles, area and title (its name) come from its declaration (src/signals/<id>/declaration.ts). */
export const SignalSchema = strict({
  id: text,
  /** The role the signal speaks to first (who would usually open the conversation). */
  role,
  /** Other roles it concerns as much; usually none. */
  alsoFor: Type.Array(role),
  /** Which sub-score the signal counts against. */
  area: ScoreAreaSchema,
  severity: SeveritySchema,
  title: text,
  /** What the data shows, with numbers. */
  observation: text,
  evidence: SignalEvidenceSchema,
  /** An open question for the team. */
  question: text,
  /** The rule and its threshold in words, e.g. "commitment reliability below 70% in 2 of the last 3 sprints". */
  rule: text,
});

/**
 * A signal that was not evaluated, and why: one that applies but could not be checked (e.g. no Scrum
 * Master named), or one that does not apply to the board (a sprint signal on a board without sprints).
 */
export const SilentSignalSchema = strict({ id: text, reason: text });

export const TrafficLightSchema = oneOfWords(['green', 'amber', 'red'] as const);
const subScore = nullable(Type.Integer({ minimum: 0, maximum: 100 }));

export const ScoreDeductionSchema = strict({ signalId: text, area: ScoreAreaSchema, severity: SeveritySchema, points: whole });

const signalsOfAnArea = Type.Array(strict({ signalId: text, area: ScoreAreaSchema }));

export const HealthScoreSchema = strict({
  /**
   * 100 minus the cost of each firing signal (critical 25, warning 10, info 0), floored at 0, over
   * the signals that could be checked; null when none could be (a project without a board).
   */
  total: subScore,
  /** null when the total is null or provisional. */
  trafficLight: oneOfWords(['green', 'amber', 'red', null] as const),
  /** Fewer than 60% of the applicable signals could be checked: the total is shown as provisional, without a traffic light. */
  provisional: flag,
  /** Each sub-score is null ("not assessed") when none of its area's signals could be checked. */
  backlog: subScore,
  sprints: subScore,
  flow: subScore,
  roles: subScore,
  deductions: Type.Array(ScoreDeductionSchema),
  /** The points of every deduction added up, before the floor at 0. */
  pointsLost: whole,
  /** The signals that apply to the board (neither not applicable nor switched off), and how many of them were checked. */
  applicable: whole,
  checked: whole,
  /** The signals that apply but could not be checked, so the score leaves them out (reasons: Report.silentSignals). */
  notChecked: signalsOfAnArea,
  /** The signals that do not apply to the board (reasons: Report.notApplicableSignals). */
  notApplicable: signalsOfAnArea,
  /** The signals the project's settings switch off (switchedOffSignals): not evaluated. */
  switchedOff: signalsOfAnArea,
});

export type Role = Static<typeof RoleSchema>;
export type Severity = Static<typeof SeveritySchema>;
export type ScoreArea = Static<typeof ScoreAreaSchema>;
export type SignalEvidence = Static<typeof SignalEvidenceSchema>;
export type Signal = Static<typeof SignalSchema>;
export type SilentSignal = Static<typeof SilentSignalSchema>;
export type TrafficLight = Static<typeof TrafficLightSchema>;
export type ScoreDeduction = Static<typeof ScoreDeductionSchema>;
export type HealthScore = Static<typeof HealthScoreSchema>;
