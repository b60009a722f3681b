/**
 * --settings FILE: a JSON object keyed by project key, each value a (possibly partial) settings
 * object as in src/domain/settings-schema.ts. Each project's values are laid over that project's own
 * settings (on the demo site, the demo's; on a real site, whose saved settings live in the app's
 * Forge storage, the app defaults), then validated whole; unknown keys are reported, not dropped.
 * The file is checked twice: over the app defaults when it is read (before Jira is asked anything),
 * and over each project's own settings once they are known. Any error refuses the file (exit 2)
 * with the path of each error prefixed by its project key, e.g.
 * "/CALM/thresholds/churningPriorities/top10OverlapBelow". Names JavaScript gives every object
 * (`__proto__`, `constructor`, `prototype`) are refused wherever they appear, before anything is merged:
 * merged, they would change objects' prototypes instead of reaching the validator.
 */
import { readFile } from 'node:fs/promises';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import type { ProjectSettings } from '../../domain/settings';
import { validateSettings } from '../../domain/settings-schema';
import { CliFailure, EXIT } from './exit-codes';

export type SettingsByProject = Record<string, ProjectSettings>;

export interface SettingsFileError {
  path: string;
  message: string;
}

/** A settings file as read: its path, and its JSON, found valid over the app defaults. */
export interface SettingsFile {
  path: string;
  values: unknown;
}

export async function readSettingsFile(file: string): Promise<SettingsFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new CliFailure(EXIT.usage, `Cannot read the settings file ${file}: ${(err as NodeJS.ErrnoException).code ?? 'unreadable'}.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new CliFailure(EXIT.usage, `The settings file ${file} is not valid JSON (${(err as Error).message}).`);
  }
  const settingsFile = { path: file, values: parsed };
  settingsFromFile(settingsFile, () => DEFAULT_SETTINGS);
  return settingsFile;
}

/** Each project's settings: the file's values over `baseFor(projectKey)`, validated; a CliFailure (exit 2) naming every error otherwise. */
export function settingsFromFile(file: SettingsFile, baseFor: (projectKey: string) => ProjectSettings): SettingsByProject {
  const result = parseSettingsByProject(file.values, baseFor);
  if (result.ok) return result.settings;
  const lines = result.errors.map((e) => `  ${e.path || '/'}: ${e.message}`);
  throw new CliFailure(EXIT.usage, `The settings file ${file.path} was not used, because:\n${lines.join('\n')}`);
}

/** The file's values, each project's over `baseFor(projectKey)` (default: the app defaults). */
export function parseSettingsByProject(
  input: unknown,
  baseFor: (projectKey: string) => ProjectSettings = () => DEFAULT_SETTINGS,
): { ok: true; settings: SettingsByProject } | { ok: false; errors: SettingsFileError[] } {
  if (!isPlainObject(input)) {
    return { ok: false, errors: [{ path: '', message: 'must be a JSON object keyed by project key, e.g. { "CALM": { ... } }' }] };
  }
  const reserved = reservedNames(input);
  if (reserved.length) return { ok: false, errors: reserved };
  const settings: SettingsByProject = {};
  const errors: SettingsFileError[] = [];
  for (const [projectKey, value] of Object.entries(input)) {
    const prefix = `/${escapePointer(projectKey)}`;
    if (!isPlainObject(value)) {
      errors.push({ path: prefix, message: 'must be an object of settings' });
      continue;
    }
    const result = validateSettings(laidOver(baseFor(projectKey), value));
    if (result.ok) settings[projectKey] = result.settings;
    else for (const e of result.errors) errors.push({ path: `${prefix}${e.path}`, message: e.message });
  }
  return errors.length ? { ok: false, errors } : { ok: true, settings };
}

/**
 * `partial` laid over `base`: objects merge key by key (keys only `partial` has are kept, so the
 * validator can name them), arrays and scalars replace.
 */
function laidOver(base: unknown, partial: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(partial)) return structuredClone(partial === undefined ? base : partial);
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(base), ...Object.keys(partial)])) merged[key] = laidOver(base[key], partial[key]);
  return merged;
}

const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Every place a reserved name is used as a key, as an error with its path; walked with a stack, so any depth is fine. */
function reservedNames(input: Record<string, unknown>): SettingsFileError[] {
  const errors: SettingsFileError[] = [];
  const pending: { value: unknown; path: string }[] = [{ value: input, path: '' }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    for (const [key, child] of Object.entries(next.value)) {
      const path = `${next.path}/${escapePointer(key)}`;
      if (RESERVED_NAMES.has(key)) errors.push({ path, message: 'is a name JavaScript keeps for itself, not a setting; remove it' });
      else pending.push({ value: child, path });
    }
  }
  return errors.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
