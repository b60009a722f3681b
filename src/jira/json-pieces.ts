/**
 * Reads a large JSON answer one element at a time, as its text arrives. A page of 10,000 change
 * histories is about 5 MB of text. Held whole, as one string or as the tree JSON.parse makes of it,
 * it lives until the page has been read: long enough for the garbage collector to move it to the
 * old generation, where it stays until the next full collection, so every page read raises the
 * process's peak memory. Read piece by piece, each element is parsed, read and dropped while it is
 * still young and cheap to collect (docs/performance.md, "Peak memory").
 *
 * `ArraySplitter` is given the answer's text in pieces (split anywhere, even inside a string); it
 * hands over the text of each element of the top-level object's member `name` as soon as the
 * element is complete, and parses the other members. It checks the structure it walks through
 * (strings, brackets, commas, colons); each element is then checked by JSON.parse itself. Anything
 * that is not well-formed throws SyntaxError, as JSON.parse would.
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

/** The answer's first character is not "{": valid JSON perhaps, but not the object asked for. */
export class NotAnObject extends SyntaxError {}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function isDelimiter(code: number): boolean {
  return code === COMMA || code === CLOSE_OBJECT || code === CLOSE_ARRAY || isSpace(code);
}

type Phase =
  | 'open' // before the top-level "{"
  | 'firstMember' // after "{": a key or "}"
  | 'nextMember' // after ",": a key
  | 'key'
  | 'colon'
  | 'value' // after ":"
  | 'memberValue'
  | 'afterMember' // "," or "}"
  | 'firstElement' // after "[": an element or "]"
  | 'nextElement' // after ",": an element
  | 'element'
  | 'afterElement' // "," or "]"
  | 'done'; // after the top-level "}": only white space

/** Where the key or value being read stands, kept from one piece to the next. */
interface ValueScan {
  kind: 'string' | 'nested' | 'primitive';
  depth: number;
  inString: boolean;
  escaped: boolean;
}

export class ArraySplitter {
  /** The piece being read. */
  private text = '';
  /** Where reading goes on, in `text`. */
  private at = 0;
  /** Characters of the pieces before `text` (for error positions). */
  private dropped = 0;
  private phase: Phase = 'open';
  private key = '';
  /** Start of the key or value being read, in `text`; -1 when none is. */
  private valueStart = -1;
  /**
   * The key or value being read, as far as earlier pieces held it. Kept as a list and joined once
   * complete, so that an element spread over many pieces is copied once, not once per piece.
   */
  private readonly partial: string[] = [];
  private readonly scan: ValueScan = { kind: 'primitive', depth: 0, inString: false, escaped: false };
  private sawArray = false;
  readonly rest: Record<string, unknown> = {};

  constructor(
    private readonly name: string,
    private readonly onElement: (text: string) => void,
  ) {}

  /** Reads the next piece of the answer; each element completed in it goes to onElement, in order. */
  push(piece: string): void {
    this.dropped += this.text.length;
    this.text = piece;
    this.at = 0;
    if (this.valueStart >= 0) this.valueStart = 0;
    this.run();
    // What this piece held of a key or value still being read waits for the rest.
    if (this.valueStart >= 0 && this.valueStart < piece.length) this.partial.push(piece.slice(this.valueStart));
  }

  /**
   * The answer is complete: true when it held the array (as an array), false when not. Throws
   * SyntaxError when the answer stopped short of its end; null when it held nothing but white space.
   */
  end(): boolean | null {
    if (this.phase === 'open') return null;
    if (this.phase !== 'done') this.fail(this.at);
    return this.sawArray;
  }

  private fail(at: number): never {
    throw new SyntaxError(`Unexpected JSON at position ${this.dropped + at}`);
  }

  private run(): void {
    const text = this.text;
    while (this.at < text.length) {
      if (this.phase === 'key' || this.phase === 'memberValue' || this.phase === 'element') {
        if (!this.scanValue()) return;
        let value = text.slice(this.valueStart, this.at);
        if (this.partial.length > 0) {
          this.partial.push(value);
          value = this.partial.join('');
          this.partial.length = 0;
        }
        this.valueStart = -1;
        if (this.phase === 'key') {
          this.key = JSON.parse(value) as string;
          this.phase = 'colon';
        } else if (this.phase === 'memberValue') {
          // Defined, not assigned: a member named "__proto__" stays a plain member, as JSON.parse keeps it.
          Object.defineProperty(this.rest, this.key, { value: JSON.parse(value), enumerable: true, writable: true, configurable: true });
          this.phase = 'afterMember';
        } else {
          this.onElement(value);
          this.phase = 'afterElement';
        }
        continue;
      }
      const code = text.charCodeAt(this.at);
      if (isSpace(code)) {
        this.at++;
        continue;
      }
      this.step(code);
    }
  }

  /** One structural character (not white space) outside any key or value. */
  private step(code: number): void {
    switch (this.phase) {
      case 'open':
        if (code !== OPEN_OBJECT) throw new NotAnObject(`Unexpected JSON at position ${this.dropped + this.at}`);
        this.at++;
        this.phase = 'firstMember';
        return;
      case 'firstMember':
      case 'nextMember':
        if (this.phase === 'firstMember' && code === CLOSE_OBJECT) {
          this.at++;
          this.phase = 'done';
          return;
        }
        if (code !== QUOTE) this.fail(this.at);
        this.startValue('key');
        return;
      case 'colon':
        if (code !== COLON) this.fail(this.at);
        this.at++;
        this.phase = 'value';
        return;
      case 'value':
        if (this.key === this.name && code === OPEN_ARRAY) {
          // A second list of that name would have JSON.parse keep only the last: refused instead.
          if (this.sawArray) this.fail(this.at);
          this.sawArray = true;
          this.at++;
          this.phase = 'firstElement';
        } else this.startValue('memberValue');
        return;
      case 'afterMember':
        if (code === COMMA) this.phase = 'nextMember';
        else if (code === CLOSE_OBJECT) this.phase = 'done';
        else this.fail(this.at);
        this.at++;
        return;
      case 'firstElement':
        if (code === CLOSE_ARRAY) {
          this.at++;
          this.phase = 'afterMember';
        } else this.startValue('element');
        return;
      case 'nextElement':
        this.startValue('element');
        return;
      case 'afterElement':
        if (code === COMMA) this.phase = 'nextElement';
        else if (code === CLOSE_ARRAY) this.phase = 'afterMember';
        else this.fail(this.at);
        this.at++;
        return;
      default: // 'done', or a phase run() handles itself
        this.fail(this.at);
    }
  }

  /** Starts reading the key or value whose first character is at `at`. */
  private startValue(phase: 'key' | 'memberValue' | 'element'): void {
    const code = this.text.charCodeAt(this.at);
    const scan = this.scan;
    scan.depth = 0;
    scan.escaped = false;
    scan.inString = false;
    if (code === QUOTE) scan.kind = 'string';
    else if (code === OPEN_OBJECT || code === OPEN_ARRAY) scan.kind = 'nested';
    else if (isDelimiter(code)) this.fail(this.at); // no value at all (a trailing comma, say)
    else scan.kind = 'primitive';
    this.valueStart = this.at;
    this.phase = phase;
    if (scan.kind !== 'primitive') {
      scan.inString = scan.kind === 'string';
      scan.depth = scan.kind === 'nested' ? 1 : 0;
      this.at++;
    }
  }

  /** Reads on through the key or value; true when it ended (`at` just past it), false when the text ran out first. */
  private scanValue(): boolean {
    const text = this.text;
    const scan = this.scan;
    let i = this.at;
    if (scan.kind === 'primitive') {
      // A number or a literal: up to the next delimiter; JSON.parse checks it.
      while (i < text.length && !isDelimiter(text.charCodeAt(i))) i++;
      this.at = i;
      return i < text.length;
    }
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (scan.inString) {
        if (scan.escaped) scan.escaped = false;
        else if (code === BACKSLASH) scan.escaped = true;
        else if (code === QUOTE) {
          scan.inString = false;
          if (scan.kind === 'string') {
            this.at = i + 1;
            return true;
          }
        }
      } else if (code === QUOTE) scan.inString = true;
      else if (code === OPEN_OBJECT || code === OPEN_ARRAY) scan.depth++;
      else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
        scan.depth--;
        if (scan.depth === 0) {
          this.at = i + 1;
          return true;
        }
      }
    }
    this.at = i;
    return false;
  }
}

/** The whole answer at once: the elements' texts and the other members (see ArraySplitter). */
export function splitTopLevelArray(text: string, name: string): SplitAnswer {
  const elements: string[] = [];
  const splitter = new ArraySplitter(name, (element) => elements.push(element));
  splitter.push(text);
  const sawArray = splitter.end();
  if (sawArray === null) throw new SyntaxError('Unexpected end of JSON input');
  return { rest: splitter.rest, elements: sawArray ? elements : null };
}
