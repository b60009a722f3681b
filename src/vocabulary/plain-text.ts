/**
 * Text from Jira made safe to show in every text output (terminal table, Markdown, HTML, CSV).
 * Bidirectional controls (U+202A to U+202E: embeddings and overrides; U+2066 to U+2069: isolates)
 * can make a summary or a name display in another order than it is stored, so that what a reader
 * sees is not what the text says ("Trojan Source"). Each becomes U+FFFD, a visible mark, so the
 * text reads in the order it is stored and shows that something was there. The marks that only
 * set a direction (U+200E, U+200F), which right-to-left names use, are left alone.
 */

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const NEUTRALISED_MARK = '\uFFFD';

export function neutraliseBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, NEUTRALISED_MARK);
}
