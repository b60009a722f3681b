/**
 * Validation and repair of ProjectSettings, against their JSON Schema (SETTINGS_SCHEMA, defined
 * with the type in src/domain/settings.ts; re-exported here for the places that validate).
 *
 * - validateSettings: schema check (ajv) plus the cross-field checks a schema cannot express;
 *   every problem comes back with a JSON pointer path and a sentence a project admin understands.
 * - withDefaults: deep-merge of a partial (stored, demo, hand-edited) object over DEFAULT_SETTINGS;
 *   values that would make the settings invalid are replaced by their defaults, and a default of an
 *   earlier version that was never changed by the team (the acceptance pattern) by today's default.
 *
 * Each leaf schema carries an `x-message`, the plain-English sentence shown when that value is wrong.
 */
import Ajv, { type ErrorObject } from 'ajv';
import { DEFAULT_SETTINGS, FORMER_DEFAULT_ACCEPTANCE_PATTERNS, type ProjectSettings, SETTINGS_SCHEMA } from './settings';
import { textPatternProblem } from './text-pattern';
import { thresholdGroups } from '../signals/thresholds';

export { SETTINGS_SCHEMA };

type Schema = Record<string, unknown>;

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
  const thresholds = settings.thresholds as unknown as Record<string, Record<string, number>>;
  for (const { key, declaration } of thresholdGroups()) {
    for (const check of declaration.checks) {
      const value = thresholds[key][check.field];
      const other = thresholds[key][check.other];
      const holds = check.mustBe === 'below' ? value < other : value <= other;
      if (!holds) errors.push({ path: `/thresholds/${key}/${check.field}`, message: check.message });
    }
  }
  const patternProblem = textPatternProblem(settings.definitionOfReady.acceptanceCriteria.descriptionPattern);
  if (patternProblem) errors.push({ path: '/definitionOfReady/acceptanceCriteria/descriptionPattern', message: patternProblem });
  if (settings.horizonSprints > settings.distantBeyondSprints) {
    errors.push({ path: '/horizonSprints', message: 'cannot reach further than where distant work starts (distantBeyondSprints)' });
  }
  return errors;
}

/** The other field of a cross-field check whose error is at `path`, which is reset with it; none for other errors. */
function partnerOf(path: string): string | null {
  if (path === '/horizonSprints') return '/distantBeyondSprints';
  for (const { key, declaration } of thresholdGroups()) {
    const check = declaration.checks.find((c) => path === `/thresholds/${key}/${c.field}`);
    if (check) return `/thresholds/${key}/${check.other}`;
  }
  return null;
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
      // A cross-field check fails on two values: both go back to their defaults.
      const partner = partnerOf(error.path);
      if (partner !== null) restoreDefault(merged, partner);
    }
  }
  return structuredClone(DEFAULT_SETTINGS);
}
