/** JSON Schema and validation for ProjectSettings. */
import type { ProjectSettings } from './settings';
import { DEFAULT_SETTINGS } from './settings';

export const SETTINGS_SCHEMA: Record<string, unknown> = {};

export type SettingsValidation =
  | { ok: true; settings: ProjectSettings }
  | { ok: false; errors: { path: string; message: string }[] };

export function validateSettings(input: unknown): SettingsValidation {
  return { ok: false, errors: [{ path: '', message: 'validation not implemented yet ' + typeof input }] };
}

export function withDefaults(partial: unknown): ProjectSettings {
  void partial;
  return structuredClone(DEFAULT_SETTINGS);
}
