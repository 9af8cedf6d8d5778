/**
 * The line a finding's path is on, in the JSON text it was found in, so the page can say "第 12 行" beside a
 * schema or rule finding as it does for a syntax error. Runs only on text `JSON.parse` accepted; a path that
 * does not reach a value (a missing property) stops at the deepest value it does reach.
 */
import { positionOf } from '../cli/json-syntax.js';
import { parsePath } from '../cli/locate.js';

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Offset after the JSON string that starts at `i` (its opening quote). */
function skipString(text: string, i: number): number {
  let at = i + 1;
  while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
  return at + 1;
}

/** Offset after the JSON value that starts at `i`; nested containers are walked without recursion. */
function skipValue(text: string, i: number): number {
  let depth = 0;
  let at = i;
  do {
    const c = text[at];
    if (c === '"') at = skipString(text, at);
    else {
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
      at++;
      // A scalar at depth 0 ends before the next structural character or space.
      if (depth === 0 && c !== '}' && c !== ']') while (at < text.length && !/[\s,\]}]/.test(text[at]!)) at++;
    }
  } while (depth > 0 && at < text.length);
  return at;
}

function skipSpace(text: string, i: number): number {
  let at = i;
  while (isSpace(text[at])) at++;
  return at;
}

/** Offset of the value a key of the container at `i` names (the last one, as JSON.parse keeps), or -1. */
function child(text: string, i: number, key: string | number): number {
  const open = text[i];
  let at = skipSpace(text, i + 1);
  let found = -1;
  for (let index = 0; at < text.length && text[at] !== (open === '{' ? '}' : ']'); index++) {
    let name: string | number = index;
    if (open === '{') {
      const end = skipString(text, at);
      name = JSON.parse(text.slice(at, end)) as string;
      at = skipSpace(text, end) + 1; // the colon
      at = skipSpace(text, at);
    }
    if (name === key) found = at;
    at = skipSpace(text, skipValue(text, at));
    if (text[at] === ',') at = skipSpace(text, at + 1);
  }
  return found;
}

/** The 1-based line of the value at `path` (or of the deepest value on it) in `text`; undefined if none. */
export function lineOfPath(text: string, path: string): number | undefined {
  const keys = parsePath(path);
  if (!keys) return undefined;
  let at = skipSpace(text, 0);
  if (at >= text.length) return undefined;
  for (const key of keys) {
    const c = text[at];
    if ((typeof key === 'number' && c !== '[') || (typeof key === 'string' && c !== '{')) break;
    const next = child(text, at, key);
    if (next === -1) break;
    at = next;
  }
  return positionOf(text, at).line;
}
