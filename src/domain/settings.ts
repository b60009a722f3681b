/**
 * Per-project settings: the people in each role, the Definition of Ready, the technical
 * classification, and every signal threshold. Defined once as JSON Schema (TypeBox), from which
 * the TypeScript types are derived; each leaf carries an `x-message`, the plain-English sentence
 * shown when that value is wrong. Each signal declares its own thresholds, their schema and their
 * defaults (src/signals/<id>/declaration.ts). Defaults follow docs/metrics.md and docs/signals.md.
 * Validation and repair live in src/domain/settings-schema.ts.
 */
import { type Static, type TProperties, Type } from '@sinclair/typebox';
import { SIGNAL_DECLARATIONS, type SignalId, type Thresholds } from '../signals/declarations';
import { defaultThresholds, thresholdGroups } from '../signals/thresholds';
import { type NumberSchema, count, positiveNumber } from './setting-values';
import { DEFAULT_ACCEPTANCE_PATTERN } from './acceptance-patterns';

/** The signals' thresholds, declared by each signal (src/signals/<id>/declaration.ts). */
export type { Thresholds } from '../signals/declarations';

const flag = () => Type.Boolean({ 'x-message': 'must be true or false' });
/** Every list and text is bounded, so saved settings stay small (docs/security.md); 255 is Jira's own limit for such names. */
const textList = (what: string, most: number) =>
  Type.Array(Type.String({ minLength: 1, maxLength: 255, 'x-message': `must be a ${what} (text of 1 to 255 characters)` }), { maxItems: most, 'x-message': `must be a list of at most ${most} ${what}s` });
/** A number setting of one of the kinds in setting-values.ts. */
const numberOf = (schema: NumberSchema) => Type.Unsafe<number>({ ...schema });
/** A group of settings: every one required, no other allowed. */
function group<P extends TProperties>(properties: P, options: Record<string, unknown> = {}) {
  return Type.Object(properties, { ...options, additionalProperties: false, 'x-message': 'must be a group of settings (an object)' });
}

/** One group per signal with thresholds, each threshold's schema as the signal declares it. */
function thresholdsSchema() {
  const groups = thresholdGroups().map(({ key, declaration }) => [key, group(Object.fromEntries(Object.entries(declaration.thresholds).map(([name, t]) => [name, numberOf(t.schema)])))]);
  return Type.Unsafe<Thresholds>(group(Object.fromEntries(groups)));
}

/** A list of the catalogue's signal ids, each once. */
function switchedOffSchema() {
  const ids = SIGNAL_DECLARATIONS.map((signal) => signal.id);
  const id = Type.Unsafe<SignalId>({ type: 'string', enum: ids, 'x-message': `must be the id of one of the app's signals, such as "${ids[0]}"` });
  return Type.Array(id, { uniqueItems: true, 'x-message': 'must be a list of signal ids, each named once' });
}

const DefinitionOfReadySchema = group({
  /**
   * true: an item needs an estimate; false: it does not; null (the default): as the board estimates,
   * that is, only when the board's own configuration estimates with a field (docs/metrics.md,
   * "Definition of Ready and readiness").
   */
  requireEstimate: Type.Unsafe<boolean | null>({
    type: ['boolean', 'null'],
    'x-message': 'must be true (needed), false (not needed) or empty (as the board estimates)',
  }),
  requireDescription: flag(),
  acceptanceCriteria: group({
    required: flag(),
    /** Custom field id holding acceptance criteria; when null the description is searched. */
    fieldId: Type.Unsafe<string | null>({ type: ['string', 'null'], minLength: 1, maxLength: 255, 'x-message': 'must be a field id such as "customfield_10050", or empty' }),
    /**
     * Case-insensitive regular expression looked for in the description when fieldId is null. The
     * description is plain text with one line per paragraph, heading or list item ("\n" between
     * lines; `.` does not cross them).
     */
    descriptionPattern: Type.String({ minLength: 1, maxLength: 1000, 'x-message': 'must be a regular expression of 1 to 1000 characters' }),
  }),
  requireNotBlocked: flag(),
  requireNotFlagged: flag(),
  /** Largest allowed estimate as a share of capacity (0.5 = half a sprint); null disables the check. */
  maxShareOfSprint: Type.Unsafe<number | null>({ type: ['number', 'null'], exclusiveMinimum: 0, 'x-message': 'must be a number greater than 0 (a share of a sprint), or empty to switch the check off' }),
});

/** Names matched case-insensitively against the issue type name, the labels and the component names. */
const TechnicalClassificationSchema = group({ issueTypes: textList('issue type name', 50), labels: textList('label', 50), components: textList('component name', 50) });

/** The shape of a complete settings object (draft-07, unknown keys rejected). */
export const SETTINGS_SCHEMA = group(
  {
    /** Refreshed by the nightly trigger and by the portfolio's "Refresh all"; listed on the portfolio either way. */
    enabled: flag(),
    /** Account ids of the people named as Product Owner and as Scrum Master. */
    roles: group({ productOwners: textList('account id', 20), scrumMasters: textList('account id', 20) }),
    /** Board to analyse when the project has several; null = the first Scrum board. */
    boardId: Type.Unsafe<number | null>({ type: ['integer', 'null'], minimum: 1, 'x-message': 'must be a board id (a whole number) or empty' }),
    definitionOfReady: DefinitionOfReadySchema,
    technical: TechnicalClassificationSchema,
    /** Near-term horizon, in sprints of capacity. */
    horizonSprints: numberOf(positiveNumber()),
    /** Distant work starts beyond this many sprints of capacity. */
    distantBeyondSprints: numberOf(positiveNumber()),
    /** Closed sprints used for capacity (median). */
    capacitySprints: numberOf(count(1)),
    /** Closed sprints shown in trends. */
    trendSprints: numberOf(count(1)),
    /** Items untouched this many days are stale. */
    staleDays: numberOf(count(1)),
    /** Acceptance criteria longer than this many characters count as detailed (over-specification). */
    longAcceptanceCriteriaChars: numberOf(count(0)),
    /** Board columns whose work counts as in progress besides those with a status in the In Progress category (names, case does not matter). */
    flow: group({ inProgressColumns: textList('column name', 50) }),
    thresholds: thresholdsSchema(),
    /** Signals the team switched off: not evaluated, out of the score, listed as switched off. */
    switchedOffSignals: switchedOffSchema(),
  },
  { $schema: 'http://json-schema.org/draft-07/schema#', $id: 'https://backlog-health.example/settings.schema.json', title: 'Backlog health project settings' },
);

export type ProjectSettings = Static<typeof SETTINGS_SCHEMA>;
export type DefinitionOfReady = Static<typeof DefinitionOfReadySchema>;
export type TechnicalClassification = Static<typeof TechnicalClassificationSchema>;

/** Acceptance criteria in a description, by default (src/domain/acceptance-patterns.ts). */
export { DEFAULT_ACCEPTANCE_PATTERN } from './acceptance-patterns';

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
    requireEstimate: null,
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
  flow: { inProgressColumns: [] },
  thresholds: defaultThresholds(),
  switchedOffSignals: [],
};
