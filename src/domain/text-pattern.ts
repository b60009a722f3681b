/**
 * Patterns people write (the acceptance-criteria pattern of the Definition of Ready), run by RE2's
 * engine (the re2js port) so that matching takes time in proportion to the text, whatever the pattern
 * and whatever the text: no backtracking, so no pattern a project administrator saves and no issue
 * description can make a refresh hang (docs/security.md). Always case-insensitive.
 *
 * A pattern keeps the meaning it had with JavaScript's RegExp and flag `i`, where RE2 reads it
 * differently: `.` stops at any line end (\n, \r, U+2028, U+2029) and `\s` is JavaScript's white
 * space (the no-break space included), so both are rewritten before RE2 compiles them, as is `\uXXXX`.
 * Left as RE2 reads them (see docs/metrics.md): `\S` inside brackets, a character outside the basic
 * plane (an emoji) counted as one character by `.`, and the long s and the Kelvin sign, which match
 * "s" and "k" when case is ignored.
 *
 * What RE2 cannot run in linear time is refused with a plain reason: look-ahead, look-behind and
 * back-references.
 */
import { RE2JS, RE2JSSyntaxException } from 're2js';

export interface TextPattern {
  /** Whether the pattern matches anywhere in the text. */
  test(text: string): boolean;
  /** Where the first match starts, in UTF-16 code units (as String#slice counts); null without a match. */
  firstMatchAt(text: string): number | null;
}

/** Thrown by compileTextPattern; the message completes "The pattern ..." in plain words. */
export class UnsupportedPatternError extends Error {}

const WHY_REFUSED = 'which is not supported: to keep every refresh quick, a pattern may not look ahead, look behind or refer back to a group';
const INVALID = 'is not a valid regular expression; check brackets and special characters';

/** JavaScript's \s, as the contents of an RE2 character class. */
const JS_SPACE = String.raw`\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}`;
/** JavaScript's `.` without flag s: anything but a line end. */
const JS_DOT = String.raw`[^\n\r\x{2028}\x{2029}]`;

/** The plain reason RE2 refused a pattern, from its error: what it names, else a general sentence. */
function refusal(error: unknown): string {
  if (!(error instanceof RE2JSSyntaxException)) return INVALID;
  const at = error.input ?? '';
  if (/^\(\?[=!]/.test(at)) return `uses a look-ahead ("(?=" or "(?!"), ${WHY_REFUSED}`;
  if (/^\(\?<[=!]/.test(at)) return `uses a look-behind ("(?<=" or "(?<!"), ${WHY_REFUSED}`;
  if (/^\\([1-9]|k)/.test(at)) return `refers back to a group ("\\1" or "\\k<name>"), ${WHY_REFUSED}`;
  return INVALID;
}

/** The end of a "[:name:]" class starting at `from` inside brackets, or -1. */
function posixClassEnd(source: string, from: number): number {
  if (source[from] !== '[' || source[from + 1] !== ':') return -1;
  const end = source.indexOf(':]', from + 2);
  return end === -1 ? -1 : end + 2;
}

/**
 * The pattern in RE2's syntax with JavaScript's meaning of `.`, `\s`, `\S` and `\uXXXX` (see above).
 * One pass, tracking whether it is inside brackets or inside \Q...\E (literal text in RE2).
 */
export function toRe2Syntax(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'Q') {
        const end = source.indexOf('\\E', i + 2);
        const stop = end === -1 ? source.length : end + 2;
        out += source.slice(i, stop);
        i = stop - 1;
      } else if (next === 's') {
        out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
        i += 1;
      } else if (next === 'S' && !inClass) {
        out += `[^${JS_SPACE}]`;
        i += 1;
      } else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        out += `\\x{${source.slice(i + 2, i + 6)}}`;
        i += 5;
      } else {
        out += ch + next;
        i += 1;
      }
    } else if (inClass) {
      const posixEnd = posixClassEnd(source, i);
      if (posixEnd !== -1) {
        out += source.slice(i, posixEnd);
        i = posixEnd - 1;
      } else {
        if (ch === ']') inClass = false;
        out += ch;
      }
    } else if (ch === '[') {
      inClass = true;
      out += ch;
      // In RE2 a "]" first in brackets (after an optional "^") is a plain character.
      if (source[i + 1] === '^') out += source[++i];
      if (source[i + 1] === ']') out += source[++i];
    } else {
      out += ch === '.' ? JS_DOT : ch;
    }
  }
  return out;
}

/** Compiles a pattern for linear-time, case-insensitive matching; throws UnsupportedPatternError with the reason. */
export function compileTextPattern(source: string): TextPattern {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(toRe2Syntax(source), RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    throw new UnsupportedPatternError(refusal(error));
  }
  return {
    test: (text) => compiled.test(text),
    firstMatchAt(text) {
      // The quick yes/no first: most texts do not match, and finding where needs the slower engine.
      if (!compiled.test(text)) return null;
      const matcher = compiled.matcher(text);
      return matcher.find() ? matcher.start() : null;
    },
  };
}

/** Why a pattern cannot be used, completing "The pattern ...", or null when it can. */
export function textPatternProblem(source: string): string | null {
  try {
    compileTextPattern(source);
    return null;
  } catch (error) {
    if (error instanceof UnsupportedPatternError) return error.message;
    throw error;
  }
}
