/**
 * How a team writes acceptance criteria, as the Settings form offers it: named ways instead of a
 * raw pattern (src/domain/acceptance-patterns.ts), a custom field, or the team's own pattern. The
 * way is read from the settings (their field and pattern), and choosing one sets them.
 */
import { ACCEPTANCE_HEADING_PATTERN, DEFAULT_ACCEPTANCE_PATTERN, GIVEN_WHEN_THEN_PATTERN } from '../../../../src/domain/acceptance-patterns';

export type AcceptanceWay = 'either' | 'heading' | 'givenWhenThen' | 'field' | 'own';

export const ACCEPTANCE_WAYS: { way: AcceptanceWay; label: string }[] = [
  { way: 'either', label: 'A heading "Acceptance criteria", or Given / When / Then steps, in the description' },
  { way: 'heading', label: 'A heading or label "Acceptance criteria" in the description' },
  { way: 'givenWhenThen', label: 'Given / When / Then steps in the description' },
  { way: 'field', label: 'A field of their own' },
  { way: 'own', label: 'My own pattern in the description' },
];

const PATTERN_OF: Partial<Record<AcceptanceWay, string>> = {
  either: DEFAULT_ACCEPTANCE_PATTERN,
  heading: ACCEPTANCE_HEADING_PATTERN,
  givenWhenThen: GIVEN_WHEN_THEN_PATTERN,
};

/** The way the settings describe: a field when one is named, else the named pattern they hold, else the team's own. */
export function acceptanceWayOf(fieldId: string, pattern: string): AcceptanceWay {
  if (fieldId.trim() !== '') return 'field';
  const named = (Object.keys(PATTERN_OF) as AcceptanceWay[]).find((way) => PATTERN_OF[way] === pattern);
  return named ?? 'own';
}

/**
 * The field and pattern a way sets, given those the draft holds: a named way sets its pattern and
 * clears the field; "a field" and "my own pattern" keep what was typed (a field left empty is then
 * for the person to fill in, the pattern a starting point to change).
 */
export function settingsOfWay(way: AcceptanceWay, fieldId: string, pattern: string): { fieldId: string; pattern: string } {
  const named = PATTERN_OF[way];
  if (named !== undefined) return { fieldId: '', pattern: named };
  if (way === 'own') return { fieldId: '', pattern };
  return { fieldId, pattern };
}
