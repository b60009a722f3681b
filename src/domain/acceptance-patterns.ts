/**
 * How acceptance criteria are found in an issue's description (the Definition of Ready's pattern,
 * compiled with flag `i` only, src/domain/text-pattern.ts), in two parts a team may use alone or
 * together, which the Settings form offers by name. Plain data: the pages import it.
 */

/**
 * A label "Acceptance criteria:" anywhere, or a heading: the words "Acceptance criteria" alone on
 * their line (marks such as "#", "*" or ":" allowed), so "There are no acceptance criteria yet" is not one.
 */
export const ACCEPTANCE_HEADING_PATTERN = [String.raw`acceptance criteria\s*:`, String.raw`(^|\n)[^\w\n]*acceptance criteria[^\w\n]*(\n|$)`].join('|');

/**
 * Given ... when ... then on one line; or as steps: a line that starts with "Given", and the words
 * "when" and "then" after it, on the same or later lines (each step on its own line, as rich text gives them).
 */
export const GIVEN_WHEN_THEN_PATTERN = [String.raw`\bgiven\b.+\bwhen\b.+\bthen\b`, String.raw`(^|\n)[^\w\n]*given\b[\s\S]*?\bwhen\b[\s\S]*?\bthen\b`].join('|');

/** Either of them: the default. */
export const DEFAULT_ACCEPTANCE_PATTERN = [ACCEPTANCE_HEADING_PATTERN, GIVEN_WHEN_THEN_PATTERN].join('|');
