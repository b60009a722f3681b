/**
 * The one place where the Settings form turns shares into percentages and back. Settings store
 * shares from 0 to 1 (0.7); every page shows them as percentages (70%), so the form asks for
 * percentages too: each share threshold of the signals' declarations (share(), or `shownAs`
 * 'percent'), and the Definition of Ready's largest estimate as a part of a sprint's capacity.
 * A value that is not a number is sent as typed, so the server's check names the field; the
 * sentence it gives, about shares, is said again about percentages.
 */
import type { NumberSchema } from '../../../../src/domain/setting-values';
import { shownAsPercent } from '../../../../src/signals/declare';
import { thresholdGroups } from '../../../../src/signals/thresholds';

const MAX_SHARE_PATH = '/definitionOfReady/maxShareOfSprint';

/** How a percentage may be wrong, from the bounds of its share's schema. */
function percentMessage(schema: NumberSchema): string {
  if (schema.minimum === 0 && schema.maximum === 1) return 'must be a percentage from 0 to 100';
  if (schema.exclusiveMinimum === 0) return 'must be a percentage above 0';
  return 'must be a percentage, 0 or more';
}

type PercentSetting = { schemaMessage: string | null; message: string };

/** Every setting asked for as a percentage, with the sentence its schema gives and the one to say instead. */
const PERCENT_SETTINGS: ReadonlyMap<string, PercentSetting> = new Map<string, PercentSetting>([
  ...thresholdGroups().flatMap(({ key, declaration }) =>
    Object.entries(declaration.thresholds)
      .filter(([, threshold]) => shownAsPercent(threshold))
      .map(([name, threshold]): [string, PercentSetting] => [`/thresholds/${key}/${name}`, { schemaMessage: threshold.schema['x-message'], message: percentMessage(threshold.schema) }]),
  ),
  // Any problem with it is about its range: it has no other check.
  [MAX_SHARE_PATH, { schemaMessage: null, message: 'must be a percentage above 0, or empty for no limit' }],
]);

/** Whether the setting at `path` is asked for as a percentage. */
export function isPercentSetting(path: string): boolean {
  return PERCENT_SETTINGS.has(path);
}

/** 0.7 as "70", 0.125 as "12.5". */
export function shareAsPercentText(share: number): string {
  return String(Number((share * 100).toFixed(6)));
}

/** "70" (or "70%") as 0.7; null for empty text; the text as typed when it is not a number. */
export function percentTextAsShare(text: string): number | string | null {
  const trimmed = text.trim().replace(/\s*%$/, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return trimmed !== '' && Number.isFinite(value) ? Number((value / 100).toPrecision(12)) : text;
}

/** The server's sentence about a field, said about percentages where the field is one and the sentence is about its range. */
export function messageAbout(path: string, message: string): string {
  const percent = PERCENT_SETTINGS.get(path);
  if (!percent) return message;
  return percent.schemaMessage === null || percent.schemaMessage === message ? percent.message : message;
}

/** Every path asked for as a percentage. */
export function percentPaths(): string[] {
  return [...PERCENT_SETTINGS.keys()];
}
