/**
 * The settings form's draft: the settings object with numbers held as typed text while editing,
 * shares as percentages (settings/percentages.ts). Paths are JSON pointers
 * ("/thresholds/absentPo/days"), the same paths saveSettings names in fieldErrors.
 */
import type { ProjectSettings } from '../../../src/domain/settings';
import { isPercentSetting, percentTextAsShare, shareAsPercentText } from './settings/percentages';

export type Draft = Record<string, unknown>;

/** Numbers that may also be empty (null). */
const NULLABLE_NUMBERS = new Set(['/definitionOfReady/maxShareOfSprint']);
/** Text that may be empty (null). */
const NULLABLE_TEXT = new Set(['/definitionOfReady/acceptanceCriteria/fieldId']);
/** Lists edited as comma-separated text. */
export const LIST_PATHS = ['/technical/issueTypes', '/technical/labels', '/technical/components', '/flow/inProgressColumns'];

function segments(path: string): string[] {
  return path.split('/').slice(1);
}

export function getAt(source: unknown, path: string): unknown {
  let current: unknown = source;
  for (const key of segments(path)) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function setAt<T>(source: T, path: string, value: unknown): T {
  const keys = segments(path);
  const copy = structuredClone(source) as Record<string, unknown>;
  let current = copy;
  keys.slice(0, -1).forEach((key) => {
    current[key] = typeof current[key] === 'object' && current[key] !== null ? current[key] : {};
    current = current[key] as Record<string, unknown>;
  });
  current[keys[keys.length - 1]] = value;
  return copy as T;
}

/** Every path whose saved value is a number (or may be), found from the loaded settings. */
export function numberPaths(settings: ProjectSettings): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'number') found.push(path);
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, `${path}/${key}`);
    }
  };
  walk(settings, '');
  for (const path of NULLABLE_NUMBERS) if (!found.includes(path)) found.push(path);
  return found;
}

/** The draft for editing: numbers and lists become text, shares percentages. */
export function toDraft(settings: ProjectSettings): Draft {
  let draft = structuredClone(settings) as unknown as Draft;
  for (const path of numberPaths(settings)) {
    const value = getAt(settings, path);
    const text = typeof value !== 'number' ? '' : isPercentSetting(path) ? shareAsPercentText(value) : String(value);
    draft = setAt(draft, path, text);
  }
  for (const path of LIST_PATHS) {
    const value = getAt(settings, path);
    draft = setAt(draft, path, Array.isArray(value) ? value.join(', ') : '');
  }
  const fieldId = getAt(settings, '/definitionOfReady/acceptanceCriteria/fieldId');
  draft = setAt(draft, '/definitionOfReady/acceptanceCriteria/fieldId', fieldId ?? '');
  return draft;
}

/**
 * What the form sends: text that reads as a number becomes that number; anything else is sent as typed so
 * that the server's validation names the field (the UI does not second-guess the schema).
 */
export function fromDraft(draft: Draft, numericPaths: string[]): unknown {
  let result = structuredClone(draft);
  for (const path of numericPaths) {
    const raw = getAt(draft, path);
    if (typeof raw !== 'string') continue;
    const text = raw.trim();
    if (text === '' && NULLABLE_NUMBERS.has(path)) result = setAt(result, path, null);
    else if (isPercentSetting(path)) result = setAt(result, path, percentTextAsShare(raw) ?? raw);
    else if (text !== '' && Number.isFinite(Number(text))) result = setAt(result, path, Number(text));
    else result = setAt(result, path, raw);
  }
  for (const path of LIST_PATHS) {
    const raw = getAt(draft, path);
    if (typeof raw === 'string') {
      result = setAt(result, path, raw.split(',').map((part) => part.trim()).filter((part) => part.length > 0));
    }
  }
  for (const path of NULLABLE_TEXT) {
    const raw = getAt(draft, path);
    if (typeof raw === 'string' && raw.trim() === '') result = setAt(result, path, null);
  }
  return result;
}

/** "topRankerShareBelow" -> "top ranker share below". */
export function words(camel: string): string {
  return camel.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
