/**
 * Per-project settings: the people in each role, the Definition of Ready, the technical
 * classification, and every signal threshold. Defaults follow docs/metrics.md and docs/signals.md;
 * each signal declares its own thresholds and their defaults (src/signals/<id>/declaration.ts).
 * The JSON Schema and validation live in src/domain/settings-schema.ts.
 */
import type { Thresholds } from '../signals/declarations';
import { defaultThresholds } from '../signals/thresholds';


export interface DefinitionOfReady {
  requireEstimate: boolean;
  requireDescription: boolean;
  acceptanceCriteria: {
    required: boolean;
    /** Custom field id holding acceptance criteria; when null the description is searched. */
    fieldId: string | null;
    /**
     * Case-insensitive regular expression looked for in the description when fieldId is null. The
     * description is plain text with one line per paragraph, heading or list item ("\n" between
     * lines; `.` does not cross them).
     */
    descriptionPattern: string;
  };
  requireNotBlocked: boolean;
  requireNotFlagged: boolean;
  /** Largest allowed estimate as a share of capacity (0.5 = half a sprint); null disables the check. */
  maxShareOfSprint: number | null;
}

export interface TechnicalClassification {
  /** Matched case-insensitively against the issue type name. */
  issueTypes: string[];
  /** Matched case-insensitively against labels. */
  labels: string[];
  /** Matched case-insensitively against component names. */
  components: string[];
}

/** The signals' thresholds, declared by each signal (src/signals/<id>/declaration.ts). */
export type { Thresholds } from '../signals/declarations';

export interface ProjectSettings {
  /** Refreshed by the nightly trigger and by the portfolio's "Refresh all"; listed on the portfolio either way. */
  enabled: boolean;
  roles: {
    /** Account ids of the people named as Product Owner. */
    productOwners: string[];
    /** Account ids of the people named as Scrum Master. */
    scrumMasters: string[];
  };
  /** Board to analyse when the project has several; null = the first Scrum board. */
  boardId: number | null;
  definitionOfReady: DefinitionOfReady;
  technical: TechnicalClassification;
  /** Near-term horizon, in sprints of capacity. */
  horizonSprints: number;
  /** Distant work starts beyond this many sprints of capacity. */
  distantBeyondSprints: number;
  /** Closed sprints used for capacity (median). */
  capacitySprints: number;
  /** Closed sprints shown in trends. */
  trendSprints: number;
  /** Items untouched this many days are stale. */
  staleDays: number;
  /** Acceptance criteria longer than this many characters count as detailed (over-specification). */
  longAcceptanceCriteriaChars: number;
  thresholds: Thresholds;
}

/**
 * Acceptance criteria in a description, by default (compiled with flag `i` only, like any pattern):
 * - a label "Acceptance criteria:" anywhere;
 * - a heading: the words "Acceptance criteria" alone on their line (marks such as "#", "*" or ":" allowed),
 *   so "There are no acceptance criteria yet" is not one;
 * - Given ... when ... then on one line;
 * - Given ... When ... Then as steps: a line that starts with "Given", and the words "when" and
 *   "then" after it, on the same or later lines (each step on its own line, as rich text gives them).
 */
export const DEFAULT_ACCEPTANCE_PATTERN = [
  String.raw`acceptance criteria\s*:`,
  String.raw`(^|\n)[^\w\n]*acceptance criteria[^\w\n]*(\n|$)`,
  String.raw`\bgiven\b.+\bwhen\b.+\bthen\b`,
  String.raw`(^|\n)[^\w\n]*given\b[\s\S]*?\bwhen\b[\s\S]*?\bthen\b`,
].join('|');

/**
 * Default patterns of earlier versions, which stored settings may still hold: withDefaults replaces
 * them by the current default. The first matched any mention ("no acceptance criteria yet") and
 * missed Given/When/Then written on separate lines.
 */
export const FORMER_DEFAULT_ACCEPTANCE_PATTERNS: readonly string[] = ['(acceptance criteria|given .+ when .+ then)'];

export const DEFAULT_SETTINGS: ProjectSettings = {
  enabled: true,
  roles: { productOwners: [], scrumMasters: [] },
  boardId: null,
  definitionOfReady: {
    requireEstimate: true,
    requireDescription: true,
    acceptanceCriteria: {
      required: true,
      fieldId: null,
      descriptionPattern: DEFAULT_ACCEPTANCE_PATTERN,
    },
    requireNotBlocked: true,
    requireNotFlagged: true,
    maxShareOfSprint: 0.5,
  },
  technical: {
    issueTypes: ['Technical task', 'Tech debt', 'Spike', 'Chore'],
    labels: ['tech', 'technical', 'tech-debt', 'debt', 'refactor', 'refactoring', 'chore', 'infrastructure', 'infra', 'spike'],
    components: ['infrastructure', 'platform', 'tech'],
  },
  horizonSprints: 2,
  distantBeyondSprints: 3,
  capacitySprints: 5,
  trendSprints: 6,
  staleDays: 180,
  longAcceptanceCriteriaChars: 400,
  thresholds: defaultThresholds(),
};
