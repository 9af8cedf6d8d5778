/**
 * JSON paths back to values: the inverse of the contract's {@link childPath}, and the record a finding is
 * about (its id and title), so that "$.items[7]" also says which policy that is.
 */
import { childPath, isRecord, own } from '../contract/check.js';
import { pickText } from '../contract/localized.js';
import type { LocalizedText } from '../contract/types.js';

const STEP = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** The keys of a path built by `childPath` (`$.items[3]["a b"]` → ['items', 3, 'a b']); undefined if not one. */
export function parsePath(path: string): (string | number)[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const keys: (string | number)[] = [];
  STEP.lastIndex = 1;
  while (STEP.lastIndex < path.length) {
    const at = STEP.lastIndex;
    const match = STEP.exec(path);
    if (!match || match.index !== at) return undefined;
    if (match[1] !== undefined) keys.push(match[1]);
    else if (match[2] !== undefined) keys.push(Number(match[2]));
    else keys.push(JSON.parse(match[3]!) as string);
  }
  return keys;
}

/** The value at a path, or undefined. */
export function valueAt(json: unknown, path: string): unknown {
  const keys = parsePath(path);
  if (!keys) return undefined;
  let value: unknown = json;
  for (const key of keys) {
    if (typeof key === 'number') value = Array.isArray(value) ? value[key] : undefined;
    else value = isRecord(value) ? own(value, key) : undefined;
    if (value === undefined) return undefined;
  }
  return value;
}

export interface RecordLabel {
  /** Path of the record: `$.items[7]`. */
  readonly path: string;
  readonly id?: string;
  readonly title?: string;
}

const isText = (value: unknown): value is LocalizedText =>
  typeof value === 'string' || (isRecord(value) && Object.values(value).every((v) => typeof v === 'string'));

const MAX_TITLE = 40;

/** The innermost list element on the path that has an id or a title/name, as the reader would know it. */
export function recordOf(json: unknown, path: string, lang: string): RecordLabel | undefined {
  const keys = parsePath(path);
  if (!keys) return undefined;
  let value: unknown = json;
  let here = '$';
  let found: RecordLabel | undefined;
  for (const key of keys) {
    const inList = typeof key === 'number' && Array.isArray(value);
    value = typeof key === 'number' ? (Array.isArray(value) ? value[key] : undefined) : isRecord(value) ? own(value, key) : undefined;
    here = childPath(here, key);
    if (value === undefined) break;
    if (inList && isRecord(value)) {
      const rawId = own(value, 'id') ?? own(value, 'service_code');
      const id = typeof rawId === 'string' ? rawId : typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : undefined;
      const rawTitle = own(value, 'title') ?? own(value, 'name') ?? own(value, 'service_name');
      let title = isText(rawTitle) ? pickText(rawTitle, lang).replace(/\s+/g, ' ').trim() : '';
      if ([...title].length > MAX_TITLE) title = `${[...title].slice(0, MAX_TITLE - 1).join('')}…`;
      if (id !== undefined || title !== '') found = { path: here, ...(id === undefined ? {} : { id }), ...(title === '' ? {} : { title }) };
    }
  }
  return found;
}
