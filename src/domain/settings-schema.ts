/**
 * JSON Schema and validation for ProjectSettings.
 *
 * - SETTINGS_SCHEMA: the shape of a complete settings object (draft-07, unknown keys rejected).
 * - validateSettings: schema check (ajv) plus the cross-field checks a schema cannot express;
 *   every problem comes back with a JSON pointer path and a sentence a project admin understands.
 * - withDefaults: deep-merge of a partial (stored, demo, hand-edited) object over DEFAULT_SETTINGS;
 *   values that would make the settings invalid are replaced by their defaults, and a default of an
 *   earlier version that was never changed by the team (the acceptance pattern) by today's default.
 *
 * Each leaf schema carries an `x-message`, the plain-English sentence shown when that value is wrong.
 */
import Ajv, { type ErrorObject } from 'ajv';
import type { ProjectSettings } from './settings';
import { DEFAULT_SETTINGS, FORMER_DEFAULT_ACCEPTANCE_PATTERNS } from './settings';
import { textPatternProblem } from './text-pattern';

type Schema = Record<string, unknown>;

const share = (): Schema => ({ type: 'number', minimum: 0, maximum: 1, 'x-message': 'must be a number between 0 and 1' });
const count = (minimum: number): Schema => ({
  type: 'integer',
  minimum,
  'x-message': minimum === 0 ? 'must be a whole number, 0 or more' : `must be a whole number, ${minimum} or more`,
});
const positiveNumber = (): Schema => ({ type: 'number', exclusiveMinimum: 0, 'x-message': 'must be a number greater than 0' });
const flag = (): Schema => ({ type: 'boolean', 'x-message': 'must be true or false' });
/** Bounds on every list and text, so saved settings stay small (docs/security.md); 255 is Jira's own limit for such names. */
const textList = (what: string, most: number): Schema => ({
  type: 'array',
  maxItems: most,
  items: { type: 'string', minLength: 1, maxLength: 255, 'x-message': `must be a ${what} (text of 1 to 255 characters)` },
  'x-message': `must be a list of at most ${most} ${what}s`,
});
const object = (properties: Record<string, Schema>): Schema => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
  'x-message': 'must be a group of settings (an object)',
});

export const SETTINGS_SCHEMA: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://backlog-health.example/settings.schema.json',
  title: 'Backlog health project settings',
  ...object({
    enabled: flag(),
    roles: object({ productOwners: textList('account id', 20), scrumMasters: textList('account id', 20) }),
    boardId: { type: ['integer', 'null'], minimum: 1, 'x-message': 'must be a board id (a whole number) or empty' },
    definitionOfReady: object({
      requireEstimate: flag(),
      requireDescription: flag(),
      acceptanceCriteria: object({
        required: flag(),
        fieldId: { type: ['string', 'null'], minLength: 1, maxLength: 255, 'x-message': 'must be a field id such as "customfield_10050", or empty' },
        descriptionPattern: { type: 'string', minLength: 1, maxLength: 1000, 'x-message': 'must be a regular expression of 1 to 1000 characters' },
      }),
      requireNotBlocked: flag(),
      requireNotFlagged: flag(),
      maxShareOfSprint: { type: ['number', 'null'], exclusiveMinimum: 0, 'x-message': 'must be a number greater than 0 (a share of a sprint), or empty to switch the check off' },
    }),
    technical: object({ issueTypes: textList('issue type name', 50), labels: textList('label', 50), components: textList('component name', 50) }),
    horizonSprints: positiveNumber(),
    distantBeyondSprints: positiveNumber(),
    capacitySprints: count(1),
    trendSprints: count(1),
    staleDays: count(1),
    longAcceptanceCriteriaChars: count(0),
    thresholds: object({
      unfinishedSprints: object({ reliabilityBelow: share(), inSprints: count(1), ofLast: count(1) }),
      chronicCarryOver: object({ minSprints: count(2), criticalItems: count(1) }),
      unprotectedSprint: object({ churnAbove: { type: 'number', minimum: 0, 'x-message': 'must be a number, 0 or more' }, inSprints: count(1), ofLast: count(1) }),
      missingSprintGoal: object({ ofLast: count(1) }),
      timeboxDrift: object({ lateWorkingDays: count(0), lengthSpreadWorkingDays: count(0), ofLast: count(2), criticalLateSprints: count(1) }),
      lingeringImpediments: object({ flaggedWorkingDays: count(0) }),
      thinReadyRunway: object({ belowSprints: positiveNumber() }),
      overRefinedBacklog: object({ runwayAboveSprints: positiveNumber(), overSpecificationAbove: share() }),
      churningPriorities: object({ top10OverlapBelow: share() }),
      frozenBacklog: object({ noRerankDays: count(1), createdAtLeast: count(1) }),
      committeeOrdering: object({ minRankers: count(2), topRankerShareBelow: share(), windowDays: count(1) }),
      separateTechPool: object({
        interleavingBelow: share(),
        interleavingAbove: share(),
        minTechnicalItems: count(1),
        quotaMinSprints: count(2),
        quotaMaxSpread: share(),
      }),
      poAssignsWork: object({ shareAbove: share(), minChanges: count(1), windowDays: count(1) }),
      smOrdersBacklog: object({ shareAbove: share(), windowDays: count(1) }),
      absentPo: object({ days: count(1) }),
      doneReopened: object({ minItems: count(1), ofLast: count(1), criticalSprints: count(1) }),
    }),
  }),
};

const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' });
const checkSchema = ajv.compile<ProjectSettings>(SETTINGS_SCHEMA);

export interface SettingsError {
  path: string;
  message: string;
}

export type SettingsValidation = { ok: true; settings: ProjectSettings } | { ok: false; errors: SettingsError[] };

/** Turns one ajv error into a path and a plain sentence. */
function describeSchemaError(error: ErrorObject): SettingsError {
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty: string }).missingProperty);
    return { path: `${error.instancePath}/${missing}`, message: 'is missing' };
  }
  if (error.keyword === 'additionalProperty' || error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty: string }).additionalProperty);
    return { path: `${error.instancePath}/${extra}`, message: 'is not a setting this app knows; remove it or check its spelling' };
  }
  const parent = error.parentSchema as Schema | undefined;
  const message = typeof parent?.['x-message'] === 'string' ? (parent['x-message'] as string) : 'has a value this app cannot use';
  return { path: error.instancePath, message };
}

/** The checks that span several fields, run only on input that already matches the schema. */
function crossFieldErrors(settings: ProjectSettings): SettingsError[] {
  const errors: SettingsError[] = [];
  const t = settings.thresholds;
  if (!(t.separateTechPool.interleavingBelow < t.separateTechPool.interleavingAbove)) {
    errors.push({
      path: '/thresholds/separateTechPool/interleavingBelow',
      message: 'must be lower than the upper interleaving limit (interleavingAbove)',
    });
  }
  const patternProblem = textPatternProblem(settings.definitionOfReady.acceptanceCriteria.descriptionPattern);
  if (patternProblem) errors.push({ path: '/definitionOfReady/acceptanceCriteria/descriptionPattern', message: patternProblem });
  for (const name of ['unfinishedSprints', 'unprotectedSprint'] as const) {
    if (t[name].inSprints > t[name].ofLast) {
      errors.push({ path: `/thresholds/${name}/inSprints`, message: 'cannot be more than the number of sprints looked at (ofLast)' });
    }
  }
  const critical = [
    ['timeboxDrift', t.timeboxDrift.criticalLateSprints, t.timeboxDrift.ofLast, 'criticalLateSprints'],
    ['doneReopened', t.doneReopened.criticalSprints, t.doneReopened.ofLast, 'criticalSprints'],
  ] as const;
  for (const [name, value, ofLast, field] of critical) {
    if (value > ofLast) errors.push({ path: `/thresholds/${name}/${field}`, message: 'cannot be more than the number of sprints looked at (ofLast)' });
  }
  if (settings.horizonSprints > settings.distantBeyondSprints) {
    errors.push({ path: '/horizonSprints', message: 'cannot reach further than where distant work starts (distantBeyondSprints)' });
  }
  return errors;
}

/** Checks a complete settings object. Never throws. */
export function validateSettings(input: unknown): SettingsValidation {
  if (!checkSchema(input)) {
    const seen = new Set<string>();
    const errors: SettingsError[] = [];
    for (const error of checkSchema.errors ?? []) {
      const described = describeSchemaError(error);
      if (seen.has(described.path)) continue; // one sentence per field is enough
      seen.add(described.path);
      errors.push(described);
    }
    return { ok: false, errors };
  }
  const crossErrors = crossFieldErrors(input);
  if (crossErrors.length > 0) return { ok: false, errors: crossErrors };
  return { ok: true, settings: input };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges `partial` over `base`: objects recurse, everything else (arrays included) replaces. */
function deepMerge(base: unknown, partial: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(partial)) return partial === undefined ? structuredClone(base) : structuredClone(partial);
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(base)) merged[key] = deepMerge(base[key], partial[key]);
  return merged; // keys unknown to the defaults are dropped
}

function pathSegments(pointer: string): string[] {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Puts the default value back at a JSON pointer (or deletes the key when the defaults lack it). */
function restoreDefault(target: Record<string, unknown>, pointer: string): void {
  const segments = pathSegments(pointer);
  if (segments.length === 0) return;
  let node: unknown = target;
  let fallback: unknown = DEFAULT_SETTINGS;
  for (const segment of segments.slice(0, -1)) {
    if (!isPlainObject(node)) return;
    node = node[segment];
    fallback = isPlainObject(fallback) ? fallback[segment] : undefined;
  }
  const last = segments[segments.length - 1];
  if (Array.isArray(node)) {
    const defaultList = Array.isArray(fallback) ? fallback : [];
    node.splice(0, node.length, ...defaultList);
    return;
  }
  if (!isPlainObject(node)) return;
  if (isPlainObject(fallback) && last in fallback) node[last] = structuredClone(fallback[last]);
  else delete node[last];
}

/**
 * Settings saved by an earlier version hold that version's default acceptance pattern word for word;
 * it becomes today's default (a pattern the team wrote is kept as it is).
 */
function upgradeFormerDefaults(merged: Record<string, unknown>): void {
  const dor = merged.definitionOfReady;
  const criteria = isPlainObject(dor) ? dor.acceptanceCriteria : undefined;
  if (isPlainObject(criteria) && typeof criteria.descriptionPattern === 'string' && FORMER_DEFAULT_ACCEPTANCE_PATTERNS.includes(criteria.descriptionPattern)) {
    criteria.descriptionPattern = DEFAULT_SETTINGS.definitionOfReady.acceptanceCriteria.descriptionPattern;
  }
}

/**
 * Complete settings from a partial object: deep-merged over DEFAULT_SETTINGS, keys the defaults do
 * not have dropped, and any value that fails validation put back to its default. Never throws.
 */
export function withDefaults(partial: unknown): ProjectSettings {
  const merged = deepMerge(DEFAULT_SETTINGS, isPlainObject(partial) ? partial : {}) as Record<string, unknown>;
  upgradeFormerDefaults(merged);
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = validateSettings(merged);
    if (result.ok) return result.settings;
    for (const error of result.errors) {
      // A bad item inside a list resets the whole list.
      const pointer = error.path.replace(/\/\d+$/, '');
      restoreDefault(merged, pointer);
      if (error.path === '/thresholds/separateTechPool/interleavingBelow') restoreDefault(merged, '/thresholds/separateTechPool/interleavingAbove');
      if (error.path === '/horizonSprints') restoreDefault(merged, '/distantBeyondSprints');
      if (/^\/thresholds\/\w+\/inSprints$/.test(error.path)) restoreDefault(merged, error.path.replace(/inSprints$/, 'ofLast'));
      if (/^\/thresholds\/\w+\/critical\w*Sprints$/.test(error.path)) restoreDefault(merged, error.path.replace(/critical\w*Sprints$/, 'ofLast'));
    }
  }
  return structuredClone(DEFAULT_SETTINGS);
}
