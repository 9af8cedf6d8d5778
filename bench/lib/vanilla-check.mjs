// The vanilla baselines' validation, written by hand the way a careful webmaster would check a document
// before drawing it: the same rules as the widgets' validator (src/contract/shapes.ts through check.ts) —
// types, bounds (list lengths, identifier lengths, text cut to its length, runs of combining marks capped),
// safe URLs resolved against the document, RFC 3339 dates, unique ids, required fields — and a fresh copy of
// what is kept, but none of its machinery: no shapes, no JSON paths, no issue list (a left-out record is
// counted). Used by vanilla-feed.mjs and vanilla-directory.mjs, in the page.

/** The bounds of src/contract/limits.ts. */
export const LIMITS = { id: 200, short: 200, title: 500, prose: 20_000, content: 200_000, languages: 20, perItem: 50, marks: 8, url: 8192 };

const MARK_RUN = /\p{M}{9,}/gu;
const LANGUAGE_KEY = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

export const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** An own property only. */
export const own = (record, key) => (Object.hasOwn(record, key) ? record[key] : undefined);

const codePoints = (text) => [...text].length;

function firstCodePoints(text, count) {
  let out = '';
  let n = 0;
  for (const c of text) {
    if (n++ === count) break;
    out += c;
  }
  return out;
}

/** A string within bounds, or undefined; `cut`: text to show, cut to that many code points (marks capped first). */
export function str(value, { min = 1, max = Infinity, cut, pattern, numbers = false } = {}) {
  if (numbers && typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const length = (max !== Infinity && value.length > max) || min > 1 ? codePoints(value) : value.length;
  if (length < min || length > max) return undefined;
  if (pattern && !pattern.test(value)) return undefined;
  if (cut === undefined) return value;
  MARK_RUN.lastIndex = 0;
  let text = MARK_RUN.test(value) ? value.replace(MARK_RUN, (run) => firstCodePoints(run, LIMITS.marks)) : value;
  if (text.length > cut && codePoints(text) > cut) text = `${firstCodePoints(text, cut - 1)}\u2026`;
  return text;
}

/** An identifier (at most 200 code points; a number read as its string where JSON Feed allows). */
export const id = (value, numbers = false) => str(value, { max: LIMITS.id, numbers });

/** A string, or an object of language tags to strings (at most 20 languages); undefined when invalid. */
export function text(value, rule) {
  if (typeof value === 'string') return str(value, rule);
  if (!isRecord(value)) return undefined;
  const out = Object.create(null);
  let count = 0;
  for (const key of Object.keys(value).slice(0, LIMITS.languages)) {
    const entry = LANGUAGE_KEY.test(key) ? str(value[key], rule) : undefined;
    if (entry === undefined) return undefined;
    out[key] = entry;
    count++;
  }
  return count > 0 ? out : undefined;
}
export const title = (value) => text(value, { cut: LIMITS.title });
export const prose = (value) => text(value, { min: 0, cut: LIMITS.prose });
export const short = (value) => str(value, { cut: LIMITS.short });

function validDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** An RFC 3339 date or date-time, or undefined. */
export function date(value) {
  if (typeof value !== 'string') return undefined;
  const day = DATE.exec(value);
  if (day) return validDate(+day[1], +day[2], +day[3]) ? value : undefined;
  const t = DATE_TIME.exec(value);
  if (!t || !validDate(+t[1], +t[2], +t[3]) || +t[4] > 23 || +t[5] > 59 || +t[6] > 60) return undefined;
  if (t[10] !== undefined && (+t[10] > 23 || +t[11] > 59)) return undefined;
  return value;
}

/** An http(s) URL resolved against the document, or undefined (javascript:, data: … never become links). */
export function url(value, base) {
  if (typeof value !== 'string' || value.length === 0 || value.length > LIMITS.url) return undefined;
  try {
    const resolved = new URL(value, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

export const oneOf = (value, values) => (typeof value === 'string' && values.includes(value) ? value : undefined);
export const bool = (value) => (typeof value === 'boolean' ? value : undefined);
export function count(value, integer = true) {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && (!integer || Number.isInteger(value)) ? value : undefined;
}

/** The records of a list that `check` keeps (at most `max`, unique by `unique` when given); undefined if not a list. */
export function list(value, max, check, unique) {
  if (!Array.isArray(value)) return undefined;
  const out = [];
  const seen = unique ? new Set() : undefined;
  for (let i = 0; i < Math.min(value.length, max); i++) {
    const record = check(value[i]);
    if (record === undefined) continue;
    if (seen) {
      if (seen.has(record[unique])) continue;
      seen.add(record[unique]);
    }
    out.push(record);
  }
  return out;
}

/**
 * A fresh object of the fields `fields` keeps ({ name: value => checked or undefined }); undefined when a
 * `required` one is missing or invalid. Unknown fields are not copied.
 */
export function record(value, fields, required = []) {
  if (!isRecord(value)) return undefined;
  const out = {};
  for (const name in fields) {
    const raw = own(value, name);
    if (raw === undefined) continue;
    const checked = fields[name](raw);
    if (checked !== undefined) out[name] = checked;
  }
  for (const name of required) if (out[name] === undefined) return undefined;
  return out;
}

/** The discovery document's own fields (its sections are read by the caller). */
export function discovery(json, base) {
  const link = (v) => url(v, base);
  return record(json, {
    version: (v) => str(v, { pattern: /^1\.\d+$/ }),
    generated_at: date,
    jurisdiction: (v) =>
      record(v, { name: title, code: (c) => str(c, { pattern: /^\d{6}$/ }), level: (l) => oneOf(l, ['province', 'city', 'county', 'township']), url: link }, [
        'name',
      ]),
    organizations: (v) =>
      list(
        v,
        500,
        (o) => record(o, { id, name: title, parent_id: (p) => (p === null ? null : id(p)), url: link, classification: title }, ['id', 'name']),
        'id',
      ),
    privacy_notice_url: link,
    accessibility_statement_url: link,
  });
}
