/**
 * Reading a project's stored settings without guessing. No record means the defaults (a project
 * nobody configured is watched). A record that exists but cannot be read (a broken or partly written
 * value, a storage failure) is not silently replaced by the defaults: that would switch a project
 * that was switched off back on, or drop its named roles. The caller gets the defaults to show with
 * a plain problem to say, and decides: the consumer and the nightly run refresh nothing.
 */
import { DEFAULT_SETTINGS, type ProjectSettings } from '../domain/settings';
import { withDefaults } from '../domain/settings-schema';
import type { DataQualityNote } from '../domain/types';
import type { ProjectStores } from '../storage/project-stores';
import type { StoredSettings } from '../storage/records';
import { mapLimit } from './concurrency';
import { unusedSettingNotes } from './settings-notes';

export const SETTINGS_UNREADABLE =
  'The saved settings of this project could not be read, so the app does not know whether it should be refreshed, or who holds which role. A project administrator can save the settings again on the Settings tab to replace them.';

export interface SettingsRead {
  settings: ProjectSettings;
  /** Set when a stored record exists but could not be read; `settings` are then the defaults. */
  problem: string | null;
  /** The stored version (what a save must name to replace it); null when none is stored or it cannot be read. */
  version: number | null;
  /** Saved values that could not be used as they are (their defaults apply), as notes for the report. */
  notes: DataQualityNote[];
}

/** The defaults, with a problem when a stored record exists but cannot be read. */
function defaults(problem: string | null): SettingsRead {
  return { settings: structuredClone(DEFAULT_SETTINGS), problem, version: null, notes: [] };
}

export async function readProjectSettings(stores: ProjectStores, projectKey: string): Promise<SettingsRead> {
  let stored: StoredSettings | undefined;
  try {
    // Checked against the record's schema: a damaged record (or a pointer that lost its value) throws.
    stored = await stores.readSettings(projectKey);
  } catch {
    return defaults(SETTINGS_UNREADABLE);
  }
  if (stored === undefined) return defaults(null);
  // Settings saved by an older version gain any field added since, at its default.
  const settings = withDefaults(stored.settings);
  return { settings, problem: null, version: stored.version, notes: unusedSettingNotes(stored.settings, settings) };
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
