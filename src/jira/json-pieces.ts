/**
 * Reads a large JSON answer one element at a time. A page of 10,000 change histories is about 5 MB
 * of text; parsed whole, it is a tree of some 100,000 objects that lives until the page has been
 * read, long enough for the garbage collector to move it to the old generation, where it stays
 * until the next full collection. Cut into its elements, each element is parsed, read and dropped
 * while it is still young and cheap to collect (docs/performance.md, "Peak memory").
 *
 * `splitTopLevelArray(text, name)` finds the member `name` of the top-level object, gives the text
 * of each element of that array (slices of the answer, which copy nothing), and parses the other
 * members. It checks the structure it walks through (strings, brackets, commas); each element is
 * then checked by JSON.parse itself. Anything that is not well-formed throws SyntaxError, as
 * JSON.parse would.
 */

const QUOTE = 34; // "
const BACKSLASH = 92;
const OPEN_OBJECT = 123; // {
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91; // [
const CLOSE_ARRAY = 93;
const COMMA = 44;
const COLON = 58;

export interface SplitAnswer {
  /** The top-level members other than the array, parsed. */
  rest: Record<string, unknown>;
  /** The text of each element of the array, in order; null when the member is absent or not an array. */
  elements: string[] | null;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function fail(at: number): never {
  throw new SyntaxError(`Unexpected JSON at position ${at}`);
}

/** Index just past the string starting at `start` (a quote). */
function endOfString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i++;
    else if (code === QUOTE) return i + 1;
  }
  return fail(start);
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Index just past the JSON value starting at `start` (nested brackets and strings skipped whole). */
function endOfValue(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === QUOTE) return endOfString(text, start);
  if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
    // A number or a literal: up to the next delimiter; JSON.parse checks it.
    let i = start;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === COMMA || code === CLOSE_OBJECT || code === CLOSE_ARRAY || isSpace(code)) break;
      i++;
    }
    return i === start ? fail(start) : i;
  }
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) i = endOfString(text, i) - 1;
    else if (code === OPEN_OBJECT || code === OPEN_ARRAY) depth++;
    else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return fail(start);
}

/** The element texts of the array starting at `start` (a "["), and the index just past it. */
function arrayElements(text: string, start: number): { elements: string[]; end: number } {
  const elements: string[] = [];
  let at = skipSpace(text, start + 1);
  if (text.charCodeAt(at) === CLOSE_ARRAY) return { elements, end: at + 1 };
  for (;;) {
    const end = endOfValue(text, at);
    elements.push(text.slice(at, end));
    at = skipSpace(text, end);
    const code = text.charCodeAt(at);
    if (code === CLOSE_ARRAY) return { elements, end: at + 1 };
    if (code !== COMMA) fail(at);
    at = skipSpace(text, at + 1);
  }
}

export function splitTopLevelArray(text: string, name: string): SplitAnswer {
  const rest: Record<string, unknown> = {};
  let elements: string[] | null = null;
  let at = skipSpace(text, 0);
  if (text.charCodeAt(at) !== OPEN_OBJECT) fail(at);
  at = skipSpace(text, at + 1);
  if (text.charCodeAt(at) === CLOSE_OBJECT) return finish(text, at, rest, elements);
  for (;;) {
    if (text.charCodeAt(at) !== QUOTE) fail(at);
    const keyEnd = endOfString(text, at);
    const key = JSON.parse(text.slice(at, keyEnd)) as string;
    at = skipSpace(text, keyEnd);
    if (text.charCodeAt(at) !== COLON) fail(at);
    at = skipSpace(text, at + 1);
    if (key === name && text.charCodeAt(at) === OPEN_ARRAY) {
      const array = arrayElements(text, at);
      elements = array.elements;
      at = array.end;
    } else {
      const end = endOfValue(text, at);
      // Defined, not assigned: a member named "__proto__" stays a plain member, as JSON.parse keeps it.
      Object.defineProperty(rest, key, { value: JSON.parse(text.slice(at, end)), enumerable: true, writable: true, configurable: true });
      at = end;
    }
    at = skipSpace(text, at);
    const code = text.charCodeAt(at);
    if (code === CLOSE_OBJECT) return finish(text, at, rest, elements);
    if (code !== COMMA) fail(at);
    at = skipSpace(text, at + 1);
  }
}

/** Only white space may follow the top-level object. */
function finish(text: string, closeAt: number, rest: Record<string, unknown>, elements: string[] | null): SplitAnswer {
  if (skipSpace(text, closeAt + 1) !== text.length) fail(closeAt + 1);
  return { rest, elements };
}
