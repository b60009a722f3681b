/**
 * --settings FILE: a JSON object keyed by project key, each value a (possibly partial) settings
 * object as in src/domain/settings-schema.ts. Values are laid over the defaults, then validated
 * whole; unknown keys are reported, not dropped. Any error refuses the file (exit 2) with the path
 * of each error prefixed by its project key, e.g. "/CALM/thresholds/churningPriorities/top10OverlapBelow".
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

export async function readSettingsFile(file: string): Promise<SettingsByProject> {
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
  const result = parseSettingsByProject(parsed);
  if (!result.ok) {
    const lines = result.errors.map((e) => `  ${e.path || '/'}: ${e.message}`);
    throw new CliFailure(EXIT.usage, `The settings file ${file} was not used, because:\n${lines.join('\n')}`);
  }
  return result.settings;
}

export function parseSettingsByProject(input: unknown): { ok: true; settings: SettingsByProject } | { ok: false; errors: SettingsFileError[] } {
  if (!isPlainObject(input)) {
    return { ok: false, errors: [{ path: '', message: 'must be a JSON object keyed by project key, e.g. { "CALM": { ... } }' }] };
  }
  const settings: SettingsByProject = {};
  const errors: SettingsFileError[] = [];
  for (const [projectKey, value] of Object.entries(input)) {
    const prefix = `/${escapePointer(projectKey)}`;
    if (!isPlainObject(value)) {
      errors.push({ path: prefix, message: 'must be an object of settings' });
      continue;
    }
    const result = validateSettings(overDefaults(DEFAULT_SETTINGS, value));
    if (result.ok) settings[projectKey] = result.settings;
    else for (const e of result.errors) errors.push({ path: `${prefix}${e.path}`, message: e.message });
  }
  return errors.length ? { ok: false, errors } : { ok: true, settings };
}

/**
 * `partial` laid over `base`: objects merge key by key (keys only `partial` has are kept, so the
 * validator can name them), arrays and scalars replace.
 */
function overDefaults(base: unknown, partial: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(partial)) return structuredClone(partial === undefined ? base : partial);
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(base), ...Object.keys(partial)])) merged[key] = overDefaults(base[key], partial[key]);
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
