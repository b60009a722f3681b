/**
 * Reading a project's stored settings without guessing. No record means the defaults (a project
 * nobody configured is watched). A record that exists but cannot be read (a broken or partly written
 * value, a storage failure) is not silently replaced by the defaults: that would switch a project
 * that was switched off back on, or drop its named roles. The caller gets the defaults to show with
 * a plain problem to say, and decides: the consumer and the nightly run refresh nothing.
 */
import { DEFAULT_SETTINGS, type ProjectSettings } from '../domain/settings';
import { withDefaults } from '../domain/settings-schema';
import type { ProjectStores } from '../storage/project-stores';
import { mapLimit } from './concurrency';

export const SETTINGS_UNREADABLE =
  'The saved settings of this project could not be read, so the app does not know whether it should be refreshed, or who holds which role. A project administrator can save the settings again on the Settings tab to replace them.';

export interface SettingsRead {
  settings: ProjectSettings;
  /** Set when a stored record exists but could not be read; `settings` are then the defaults. */
  problem: string | null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function readProjectSettings(stores: ProjectStores, projectKey: string): Promise<SettingsRead> {
  let stored: Awaited<ReturnType<ProjectStores['readSettings']>>;
  try {
    stored = await stores.readSettings(projectKey);
  } catch {
    return { settings: structuredClone(DEFAULT_SETTINGS), problem: SETTINGS_UNREADABLE };
  }
  if (stored === undefined) return { settings: structuredClone(DEFAULT_SETTINGS), problem: null };
  if (!isPlainObject(stored) || !isPlainObject(stored.settings)) return { settings: structuredClone(DEFAULT_SETTINGS), problem: SETTINGS_UNREADABLE };
  // Settings saved by an older version gain any field added since, at its default.
  return { settings: withDefaults(stored.settings), problem: null };
}

/**
 * Whether each project is refreshed every night: true when its settings say so or it has none (a
 * project nobody configured is watched), false when they switch it off, null when they cannot be
 * read (so nobody can tell; it is not refreshed). One small read a project, ten at a time: listing
 * which projects have settings would list every record of the site, and on Forge a listing
 * downloads the values it lists (reports and sync states included).
 */
export async function nightlyRefreshOf(stores: ProjectStores, projectKeys: readonly string[]): Promise<Map<string, boolean | null>> {
  const states = await mapLimit(projectKeys, 10, async (key): Promise<boolean | null> => {
    const { settings, problem } = await readProjectSettings(stores, key);
    return problem ? null : settings.enabled;
  });
  return new Map(projectKeys.map((key, index) => [key, states[index]]));
}
