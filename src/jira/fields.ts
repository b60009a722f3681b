/**
 * Field discovery: which field ids hold the sprint, the rank, the estimate and the Flagged marker
 * on this site and board. Ids, never names, wherever an id exists; names are used only as the last
 * fallback (for story points and Flagged, whose ids vary per site). Each fallback or miss adds a
 * data-quality note so the report can say what it assumed (a Flagged field found by its English
 * name, as it is on English sites, adds none).
 */
import type { BoardConfig, DataQualityNote, Estimation, FieldIds } from '../domain/types';
import type { RawField } from './raw';

export const SPRINT_FIELD_TYPE = 'com.pyxis.greenhopper.jira:gh-sprint';
export const RANK_FIELD_TYPE = 'com.pyxis.greenhopper.jira:gh-lexo-rank';
export const STORY_POINTS_FIELD_TYPE = 'com.pyxis.greenhopper.jira:jsw-story-points';
export const MULTI_CHECKBOX_FIELD_TYPE = 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes';
/** Codes of the notes discoverFields raises (kept across incremental refreshes, which skip discovery). */
export const DISCOVERY_NOTE_CODES: ReadonlySet<string> = new Set([
  'missing-sprint-field',
  'rank-field-from-field-list',
  'missing-rank-field',
  'estimation-field-from-field-list',
  'missing-estimation-field',
  'missing-flagged-field',
  'flagged-field-by-localised-name',
  'missing-acceptance-criteria-field',
]);
const STORY_POINT_NAMES = ['story points', 'story point estimate'];
/**
 * Jira Software's Flagged field is a checkbox field (one option, "Impediment") whose name Jira
 * translates ("Signalé" on a French site), and whose id varies per site. Jira sends custom fields
 * with `untranslatedName`, the name they were created with (the platform spec's FieldDetails
 * examples carry it), so that is matched first; the names below are the fallback when it is absent.
 * Apart from English and French they are the usual words in each language, not checked against
 * Jira's own translations, so a field found by one of them gets a note saying so.
 */
const FLAGGED_NAME = 'flagged';
const FLAGGED_LOCALISED_NAMES = ['signalé', 'markiert', 'gekennzeichnet', 'marcado', 'sinalizado', 'contrassegnato', 'segnalato', 'gemarkeerd', 'flaggad', 'oflagowane', 'フラグ付き', '已标记'];

export interface DiscoveredFields {
  fieldIds: FieldIds;
  /**
   * How estimates are read: the board's own setting when the board names one; otherwise the story
   * points field found on the site (with a note), or none.
   */
  estimation: Estimation;
  notes: DataQualityNote[];
}

function byCustomType(fields: RawField[], type: string): RawField | undefined {
  return fields.find((f) => f.schema?.custom === type);
}

/** A field name as compared: trimmed, lower case, accents composed ("Signalé" typed either way). */
function nameKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

function byName(fields: RawField[], names: string[], predicate: (f: RawField) => boolean): RawField | undefined {
  return fields.find((f) => names.includes(nameKey(f.name)) && predicate(f));
}

/**
 * The Flagged field: a checkbox field whose untranslated name is "Flagged", else whose name is
 * "Flagged", else one of FLAGGED_LOCALISED_NAMES (`localised` true: worth a note).
 */
function findFlagged(fields: RawField[]): { field: RawField; localised: boolean } | null {
  const checkboxes = fields.filter((f) => f.schema?.custom === MULTI_CHECKBOX_FIELD_TYPE);
  const untranslated = checkboxes.find((f) => typeof f.untranslatedName === 'string' && nameKey(f.untranslatedName) === FLAGGED_NAME);
  if (untranslated) return { field: untranslated, localised: false };
  const english = byName(checkboxes, [FLAGGED_NAME], () => true);
  if (english) return { field: english, localised: false };
  const localised = byName(checkboxes, FLAGGED_LOCALISED_NAMES, () => true);
  return localised ? { field: localised, localised: true } : null;
}

/**
 * @param fields GET /rest/api/3/field
 * @param config the board configuration, or null when it could not be read
 * @param acceptanceCriteriaFieldId from the project's settings, or null
 */
export function discoverFields(fields: RawField[], config: BoardConfig | null, acceptanceCriteriaFieldId: string | null = null): DiscoveredFields {
  const notes: DataQualityNote[] = [];
  const known = new Set(fields.map((f) => f.id));

  const sprintField = byCustomType(fields, SPRINT_FIELD_TYPE);
  if (!sprintField) {
    notes.push({ code: 'missing-sprint-field', message: 'This site has no Sprint field, so sprint membership cannot be read: each issue is taken to have been in its current sprints since it was created, and additions and removals during a sprint cannot be seen.' });
  }

  let rank: string | null = config?.rankFieldId ?? null;
  if (rank === null) {
    rank = byCustomType(fields, RANK_FIELD_TYPE)?.id ?? null;
    if (rank !== null) {
      notes.push({ code: 'rank-field-from-field-list', message: `The board did not name its rank field, so we used the site's Rank field (${rank}).`, fieldId: rank });
    } else {
      notes.push({ code: 'missing-rank-field', message: 'No Rank field was found, so re-ranking history cannot be read.' });
    }
  }

  let estimation: Estimation = config?.estimation ?? { type: 'none' };
  if (estimation.type === 'none') {
    const points =
      byCustomType(fields, STORY_POINTS_FIELD_TYPE) ??
      byName(fields, STORY_POINT_NAMES, (f) => f.schema?.type === 'number' || f.schema?.custom?.endsWith(':float') === true);
    if (points) {
      estimation = { type: 'field', fieldId: points.id, displayName: points.name, source: 'site' };
      notes.push({
        code: 'estimation-field-from-field-list',
        message: `The board does not say how it estimates, so we read estimates from the "${points.name}" field (${points.id}).`,
        fieldId: points.id,
      });
    } else {
      notes.push({ code: 'missing-estimation-field', message: 'The board names no estimation field and no story points field was found: figures use issue counts.' });
    }
  }

  const found = findFlagged(fields);
  const flagged = found?.field;
  if (!found) {
    notes.push({ code: 'missing-flagged-field', message: 'No Flagged field was found, so impediments (items marked with a flag) cannot be seen or measured.' });
  } else if (found.localised) {
    notes.push({
      code: 'flagged-field-by-localised-name',
      message: `Jira did not say which field is its Flagged field, so we took the checkbox field "${found.field.name}" (${found.field.id}) for it by its name. If flagged impediments look wrong, check that field.`,
      fieldId: found.field.id,
    });
  }

  let acceptanceCriteria = acceptanceCriteriaFieldId;
  if (acceptanceCriteria !== null && !known.has(acceptanceCriteria)) {
    notes.push({
      code: 'missing-acceptance-criteria-field',
      message: `The acceptance criteria field set in the settings (${acceptanceCriteria}) does not exist on this site; descriptions are searched instead.`,
      fieldId: acceptanceCriteria,
    });
    acceptanceCriteria = null;
  }

  return {
    fieldIds: {
      sprint: sprintField?.id ?? null,
      rank,
      estimate: estimation.type === 'field' ? estimation.fieldId : null,
      flagged: flagged?.id ?? null,
      acceptanceCriteria,
    },
    estimation,
    notes,
  };
}
