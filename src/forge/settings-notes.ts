/**
 * Saved settings a refresh could not use as they are. Settings are read with withDefaults
 * (src/domain/settings-schema.ts), which puts a value it cannot use back to its default: a pattern
 * RE2 refuses (saved before patterns were checked), a number out of range, a wrong type. That must
 * not pass without a word: each such value becomes a data-quality note of the report, with why.
 */
import { FORMER_DEFAULT_ACCEPTANCE_PATTERNS } from '../domain/settings';
import type { ProjectSettings } from '../domain/settings';
import { validateSettings } from '../domain/settings-schema';
import type { DataQualityNote } from '../domain/types';

const PATTERN_PATH = '/definitionOfReady/acceptanceCriteria/descriptionPattern';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Paths of the saved values that differ from the ones used (values the saved object leaves out are not counted). */
function replacedPaths(saved: unknown, used: unknown, path = ''): string[] {
  if (isPlainObject(used)) {
    if (!isPlainObject(saved)) return path === '' ? [] : [path];
    return Object.keys(used).flatMap((key) => (key in saved ? replacedPaths(saved[key], used[key], `${path}/${key}`) : []));
  }
  if (JSON.stringify(saved) === JSON.stringify(used)) return [];
  // An earlier version's default pattern, saved word for word, is upgraded on purpose.
  if (path === PATTERN_PATH && FORMER_DEFAULT_ACCEPTANCE_PATTERNS.includes(saved as string)) return [];
  return [path];
}

/** The settings used, with the saved value put back at one path. */
function withSavedValue(used: ProjectSettings, saved: unknown, path: string): unknown {
  const copy = structuredClone(used) as unknown as Record<string, unknown>;
  const segments = path.split('/').slice(1);
  let node: Record<string, unknown> = copy;
  let from: unknown = saved;
  for (const segment of segments.slice(0, -1)) {
    node = node[segment] as Record<string, unknown>;
    from = isPlainObject(from) ? from[segment] : undefined;
  }
  const last = segments[segments.length - 1];
  node[last] = isPlainObject(from) ? from[last] : undefined;
  return copy;
}

/** "/thresholds/absentPo/days" -> "thresholds, absent po, days". */
function named(path: string): string {
  return path.split('/').slice(1).map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()).join(', ');
}

/** A note for each saved value the refresh could not use, saying why and that its default applied. */
export function unusedSettingNotes(saved: unknown, used: ProjectSettings): DataQualityNote[] {
  return replacedPaths(saved, used).map((path) => {
    const check = validateSettings(withSavedValue(used, saved, path));
    const reason = (!check.ok && check.errors.find((error) => error.path === path)?.message) || 'does not fit with the other saved settings';
    const what = path === PATTERN_PATH ? 'The saved pattern that marks acceptance criteria in descriptions' : `The saved setting "${named(path)}"`;
    return {
      code: 'settings-value-not-used',
      message: `${what} ${reason}, so its default was used instead. A project administrator can change it on the Settings tab.`,
    };
  });
}
