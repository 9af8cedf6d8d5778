/**
 * Where a JSON text stops being JSON, for messages a person can act on: the offset of the first character
 * that no JSON text could continue with, its line and column, the line itself with a caret, and a hint when
 * the character is full-width punctuation an input method typed in place of ASCII.
 *
 * `JSON.parse` stays the parser; this recognizer only runs after it failed. It follows RFC 8259 as V8 reads
 * it (whitespace is space, tab, LF and CR; no BOM, no trailing commas, no comments) without building values
 * and without recursion, so a deeply nested text cannot overflow the stack.
 */

/** What the text needed at the offset. */
export type JsonExpectation =
  | 'value'
  | 'property-name'
  | 'colon'
  | 'comma-or-close-object'
  | 'comma-or-close-array'
  | 'end-of-text'
  | 'string-character'
  | 'escape'
  | 'hex-digit'
  | 'digit';

export interface JsonSyntaxError {
  /** UTF-16 offset of the offending character; the text's length when the text ends too early. */
  readonly offset: number;
  readonly expected: JsonExpectation;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

class Stop extends Error {
  constructor(readonly error: JsonSyntaxError) {
    super('JSON syntax error');
  }
}

/** The first syntax error of `text`, or `undefined` when `JSON.parse` would accept it. */
export function findJsonError(text: string): JsonSyntaxError | undefined {
  const n = text.length;
  let i = 0;
  const fail = (expected: JsonExpectation): never => {
    throw new Stop({ offset: i, expected });
  };
  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      i++;
    }
  };
  const string = (): void => {
    i++; // the opening quote
    for (;;) {
      if (i >= n) fail('string-character');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail('string-character');
      if (c === 0x5c) {
        i++;
        if (i >= n) fail('escape');
        const e = text.charCodeAt(i);
        if (e === 0x75) {
          for (let k = 0; k < 4; k++) {
            i++;
            if (i >= n || !isHex(text.charCodeAt(i))) fail('hex-digit');
          }
        } else if (!'"\\/bfnrt'.includes(text[i]!)) fail('escape');
      }
      i++;
    }
  };
  const digits = (): void => {
    if (i >= n || !isDigit(text.charCodeAt(i))) fail('digit');
    while (i < n && isDigit(text.charCodeAt(i))) i++;
  };
  const number = (): void => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (i < n && text.charCodeAt(i) === 0x30) i++;
    else digits();
    if (i < n && text.charCodeAt(i) === 0x2e) {
      i++;
      digits();
    }
    if (i < n && (text.charCodeAt(i) | 0x20) === 0x65) {
      i++;
      if (i < n && (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d)) i++;
      digits();
    }
  };
  const literal = (word: string): void => {
    for (let k = 0; k < word.length; k++, i++) {
      if (i >= n || text.charCodeAt(i) !== word.charCodeAt(k)) fail('value');
    }
  };

  // Containers open on a stack: 'o' an object, 'a' an array.
  const stack: ('o' | 'a')[] = [];
  try {
    skipSpace();
    value: for (;;) {
      // A value.
      skipSpace();
      const c: string = i < n ? text[i]! : '';
      if (c === '{') {
        i++;
        skipSpace();
        if (text[i] === '}') i++;
        else {
          stack.push('o');
          member();
          continue value;
        }
      } else if (c === '[') {
        i++;
        skipSpace();
        if (text[i] === ']') i++;
        else {
          stack.push('a');
          continue value;
        }
      } else if (c === '"') string();
      else if (c === '-' || (c !== '' && isDigit(c.charCodeAt(0)))) number();
      else if (c === 't') literal('true');
      else if (c === 'f') literal('false');
      else if (c === 'n') literal('null');
      else fail('value');
      // After a value: close containers, or go on with the next element.
      for (;;) {
        skipSpace();
        const top = stack.at(-1);
        if (top === undefined) {
          if (i < n) fail('end-of-text');
          return undefined;
        }
        const d = text[i];
        if (d === ',') {
          i++;
          if (top === 'o') member();
          continue value;
        }
        if ((top === 'o' && d === '}') || (top === 'a' && d === ']')) {
          i++;
          stack.pop();
          continue;
        }
        fail(top === 'o' ? 'comma-or-close-object' : 'comma-or-close-array');
      }
    }
  } catch (error) {
    if (error instanceof Stop) return error.error;
    throw error;
  }

  /** `"name" :` of an object member; the value follows. */
  function member(): void {
    skipSpace();
    if (text[i] !== '"') fail('property-name');
    string();
    skipSpace();
    if (text[i] !== ':') fail('colon');
    i++;
  }
}

// ---------------------------------------------------------------------------------------------------
// Locating and showing

export interface TextPosition {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in characters (code points) from the start of the line. */
  readonly column: number;
  /** The whole line, without its line break. */
  readonly text: string;
  /** UTF-16 offset of the line's first character. */
  readonly lineStart: number;
}

/** Line and column of a UTF-16 offset (lines end at LF; a CR before it is not shown). */
export function positionOf(text: string, offset: number): TextPosition {
  const at = Math.max(0, Math.min(offset, text.length));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let line = 1;
  for (let k = text.indexOf('\n'); k !== -1 && k < lineStart; k = text.indexOf('\n', k + 1)) line++;
  const end = text.indexOf('\n', lineStart);
  const lineText = text.slice(lineStart, end === -1 ? text.length : end).replace(/\r$/, '');
  const column = [...text.slice(lineStart, at)].length + 1;
  return { line, column, text: lineText, lineStart };
}

/** Columns a character takes in a terminal: 2 for East Asian wide and full-width characters, else 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const c = char.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0x303e) ||
      (c >= 0x3041 && c <= 0x33ff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xa000 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1f64f) ||
      (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** At most this many characters of the line are shown, around the column. */
const WINDOW = 72;

/** The offending line (cut around the column when long) and a caret under the character. */
export function excerpt(position: TextPosition): [line: string, caret: string] {
  const chars = [...position.text];
  const index = position.column - 1;
  let start = 0;
  let end = chars.length;
  if (chars.length > WINDOW) {
    start = Math.max(0, Math.min(index - WINDOW / 2, chars.length - WINDOW));
    end = start + WINDOW;
  }
  // Tabs would move the caret by a terminal's tab width: show them as one space.
  const shown = chars.slice(start, end).map((char) => (char === '\t' ? ' ' : char));
  const before = shown.slice(0, index - start).join('');
  const line = `${start > 0 ? '…' : ''}${shown.join('')}${end < chars.length ? '…' : ''}`;
  const caret = `${' '.repeat(displayWidth(before) + (start > 0 ? 1 : 0))}^`;
  return [line, caret];
}

/** Full-width (and typographic) punctuation an input method types, and the ASCII JSON needs instead. */
export const FULL_WIDTH: ReadonlyMap<string, string> = new Map([
  ['，', ','],
  ['、', ','],
  ['：', ':'],
  ['“', '"'],
  ['”', '"'],
  ['‘', '"'],
  ['’', '"'],
  ['＂', '"'],
  ['｛', '{'],
  ['｝', '}'],
  ['［', '['],
  ['］', ']'],
  ['【', '['],
  ['】', ']'],
  ['「', '"'],
  ['」', '"'],
  ['　', ' '],
  ['；', ','],
  ['．', '.'],
  ['－', '-'],
]);

/** The character at a UTF-16 offset (a whole surrogate pair), or '' at the end. */
export function characterAt(text: string, offset: number): string {
  const c = text.codePointAt(offset);
  return c === undefined ? '' : String.fromCodePoint(c);
}
