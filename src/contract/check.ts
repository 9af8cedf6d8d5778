/**
 * A small, schema-shaped validator kit. Each factory (`string()`, `object()` …) returns a {@link Shape}: a
 * description of one JSON value (its kind and rule, which `schema/emit.ts` turns into JSON Schema at build
 * time) and its `check`, which reads a value, reports problems as {@link Issue}s with a JSON path, and returns
 * a fresh, typed copy — or {@link INVALID}, or {@link OMIT} (valid per the schema but not kept, e.g. an
 * unsafe URL). {@link Infer} gives the TypeScript type of what a shape keeps, so the contract's types, its
 * validator and its published schema all follow from the shapes in `shapes.ts` (decision 0009).
 *
 * Copies hold only known keys, read with `Object.hasOwn`, so `__proto__` / `constructor` keys in data
 * neither pollute prototypes nor leak through.
 *
 * The factories only build objects and closures: they are annotated `@__NO_SIDE_EFFECTS__`, so a script bundle
 * drops the shapes its widget never validates.
 */
import { MAX_COMBINING_MARKS, MAX_ID_LENGTH, MAX_LANGUAGES } from './limits.js';
import type { LocalizedText } from './types.js';
import { isExactHttpUrl, safeUrl } from './url.js';

/**
 * One problem found in a document.
 * - `schema`: the JSON Schema rejects the value (the value, or its item, was left out);
 * - `semantic`: schema-valid but not usable (an unsafe URL, a duplicate id), left out as well.
 */
export interface Issue {
  readonly path: string;
  readonly message: string;
  readonly kind: 'schema' | 'semantic';
  /** URL of the document the path belongs to. */
  readonly document?: string;
  /** Set when an element of a list was left out: what the list calls its elements (`item`, `account` …). */
  readonly skipped?: string;
  /** How many elements this one issue stands for (elements past a list's bound); 1 when absent. */
  readonly count?: number;
}

export interface CheckContext {
  /** Base URL for relative URLs: the URL of the document being read. */
  readonly base: string;
  readonly issues: Issue[];
  /** Set on issues as `document`. */
  readonly documentUrl?: string;
}

export const INVALID: unique symbol = Symbol('invalid');
export const OMIT: unique symbol = Symbol('omit');
export type Outcome<T> = T | typeof INVALID | typeof OMIT;
export type Check<T> = (value: unknown, path: Path, ctx: CheckContext) => Outcome<T>;

/**
 * Where a value is in its document: its JSON path as text (`$`, `$.policies`), or a {@link ChildPath} that
 * becomes that text only when an issue names it. Nearly every value of a document has no issue, and writing
 * `$.items[7].title` for each of them was about a fifth of validating a feed (issue 12).
 */
export type Path = string | ChildPath;

/** The path of a child value, kept as its parent and key until {@link pathText} asks for the text. */
export class ChildPath {
  readonly parent: Path;
  readonly key: string | number;

  constructor(parent: Path, key: string | number) {
    this.parent = parent;
    this.key = key;
  }

  /** The same text {@link childPath} gives, step by step from the root. */
  toString(): string {
    return childPath(pathText(this.parent), this.key);
  }
}

/** The JSON path as text (`$.items[3].title`). */
export function pathText(path: Path): string {
  return typeof path === 'string' ? path : path.toString();
}

export function report(ctx: CheckContext, path: Path, message: string, kind: Issue['kind'] = 'schema', skipped?: string, count?: number): void {
  const issue: { -readonly [K in keyof Issue]: Issue[K] } = { path: pathText(path), message, kind };
  if (ctx.documentUrl !== undefined) issue.document = ctx.documentUrl;
  if (skipped !== undefined) issue.skipped = skipped;
  if (count !== undefined) issue.count = count;
  ctx.issues.push(issue);
}

/** How many elements left out issues stand for, of lists that call their elements `noun`. */
export function countSkipped(issues: readonly Issue[], noun: string): number {
  let n = 0;
  for (const issue of issues) if (issue.skipped === noun) n += issue.count ?? 1;
  return n;
}

/** JSON path of a child: `$.items[3].title`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property only (never an inherited one such as `constructor`). */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return `${typeof value} ${String(value)}`;
    default:
      // A function or a symbol: never in JSON, only in a `data` property a page set.
      return typeof value;
  }
}

// ---------------------------------------------------------------------------------------------------
// Scalars

export interface StringRule {
  minLength?: number;
  /** Longer is invalid (identifiers, codes: cutting one would change what it names). */
  maxLength?: number;
  pattern?: RegExp;
  /**
   * Text to show: longer is cut to this many code points (the last one an ellipsis) and reported, and runs
   * of more than {@link MAX_COMBINING_MARKS} combining marks are cut to that many and reported.
   */
  cut?: number;
}

/** More than {@link MAX_COMBINING_MARKS} (8) combining marks in a row. */
const MARK_RUN = /\p{M}{9,}/gu;

/** Code points of `text`, counting a lone surrogate as one. */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++, n++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** The first `count` code points of `text`. */
function firstCodePoints(text: string, count: number): string {
  let i = 0;
  for (let n = 0; n < count && i < text.length; n++) {
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
  }
  return text.slice(0, i);
}

/**
 * Cuts runs of combining marks to {@link MAX_COMBINING_MARKS} per base character (a long run stalls
 * Chromium's text layout for seconds) and reports how many were cut.
 */
export function capCombiningMarks(text: string, path: Path, ctx: CheckContext): string {
  MARK_RUN.lastIndex = 0;
  if (!MARK_RUN.test(text)) return text;
  let cut = 0;
  const out = text.replace(MARK_RUN, (run) => {
    cut += codePoints(run) - MAX_COMBINING_MARKS;
    return firstCodePoints(run, MAX_COMBINING_MARKS);
  });
  report(ctx, path, `${cut} combining mark(s) cut: at most ${MAX_COMBINING_MARKS} follow one character`, 'semantic');
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Shapes

/** A description of one JSON value and the check that reads it; `V` is what the check keeps. */
export interface Shape<V> {
  readonly check: Check<V>;
}

/** The type of what a shape keeps: `type Account = Infer<typeof account>`. */
export type Infer<S> = S extends Shape<infer V> ? V : never;

export interface StringShape extends Shape<string> {
  readonly kind: 'string';
  readonly rule: StringRule;
  /** A finite number is read as its string (JSON Feed's rule for `id`). */
  readonly numbers: boolean;
  /** Kept only when it is an absolute http(s) URL exactly as written (a QR payload). */
  readonly exactUrl?: boolean;
}
export interface BooleanShape extends Shape<boolean> {
  readonly kind: 'boolean';
}
export interface NumberShape extends Shape<number> {
  readonly kind: 'number';
  readonly rule: NumberRule;
}
export interface EnumShape<T extends string = string> extends Shape<T> {
  readonly kind: 'enum';
  readonly values: readonly T[];
}
export interface DateShape extends Shape<string> {
  readonly kind: 'date';
  /** A calendar date only (`YYYY-MM-DD`), no time. */
  readonly day: boolean;
}
export interface UrlShape extends Shape<string> {
  readonly kind: 'url';
}
export interface TextShape extends Shape<LocalizedText> {
  readonly kind: 'text';
  /** The rule of the text, alone or per language. */
  readonly text: StringShape;
}
export interface ListShape<T = unknown> extends Shape<readonly T[]> {
  readonly kind: 'list';
  readonly of: AnyShape;
  readonly rule: ListRule;
}
export interface ObjectShape<V = unknown> extends Shape<V> {
  readonly kind: 'object';
  readonly props: Props;
  readonly rule: ObjectRule;
}
export interface NullableShape<T = unknown> extends Shape<T | null> {
  readonly kind: 'nullable';
  readonly of: AnyShape;
}
/**
 * A section of the discovery document (inline or a URL). Never copied: `validateDiscovery` says where each
 * section is, and a widget validates the one it needs. Named by its schema definition, so that a bundle does
 * not pull in the shapes of the other widgets' sections.
 */
export interface SectionShape extends Shape<never> {
  readonly kind: 'section';
  readonly def: string;
}

export type AnyShape =
  StringShape | BooleanShape | NumberShape | EnumShape | DateShape | UrlShape | TextShape | ListShape | ObjectShape | NullableShape | SectionShape;

export type Props = Readonly<Record<string, AnyShape>>;

// ---------------------------------------------------------------------------------------------------
// Scalars

/**
 * A string; by default non-empty. Length counts code points, as JSON Schema does. With `cut`, it is text to
 * show: kept, but cut to its bounds (see {@link StringRule.cut}). With `numbers`, a finite number is read as
 * its string.
 */
/* @__NO_SIDE_EFFECTS__ */
export function string(rule: StringRule = {}, numbers = false): StringShape {
  const min = rule.minLength ?? 1;
  const max = rule.maxLength ?? Infinity;
  const cut = rule.cut;
  return {
    kind: 'string',
    rule,
    numbers,
    check: (value, path, ctx) => {
      if (numbers && typeof value === 'number' && Number.isFinite(value)) return String(value);
      if (typeof value !== 'string') {
        report(ctx, path, `expected a string, got ${describe(value)}`);
        return INVALID;
      }
      // Count code points only when a bound needs it; a string of more than 2 × max UTF-16 units is over anyway.
      const needsCount = (max !== Infinity && value.length > max) || min > 1;
      const length = needsCount && value.length <= 2 * max ? codePoints(value) : value.length;
      if (length < min) {
        report(ctx, path, min === 1 ? 'must not be empty' : `must have at least ${min} characters`);
        return INVALID;
      }
      if (length > max) {
        report(ctx, path, `must have at most ${max} characters`);
        return INVALID;
      }
      if (rule.pattern && !rule.pattern.test(value)) {
        report(ctx, path, `does not match ${rule.pattern.source}`);
        return INVALID;
      }
      if (cut === undefined) return value;
      // Marks first, so that a cut keeps the text after a run of them.
      let text = capCombiningMarks(value, path, ctx);
      if (text.length > cut) {
        const had = codePoints(text);
        if (had > cut) {
          text = `${firstCodePoints(text, cut - 1)}\u2026`;
          report(ctx, path, `cut to ${cut} characters (had ${had})`);
        }
      }
      return text;
    },
  };
}

/** An identifier: a non-empty string, or a number read as its string (JSON Feed's rule for `id`). */
/* @__NO_SIDE_EFFECTS__ */
export function identifier(allowNumber = false): StringShape {
  return string({ maxLength: MAX_ID_LENGTH }, allowNumber);
}

/* @__NO_SIDE_EFFECTS__ */
export function boolean(): BooleanShape {
  return {
    kind: 'boolean',
    check: (value, path, ctx) => {
      if (typeof value === 'boolean') return value;
      report(ctx, path, `expected true or false, got ${describe(value)}`);
      return INVALID;
    },
  };
}

export interface NumberRule {
  integer?: boolean;
  minimum?: number;
  maximum?: number;
}

/* @__NO_SIDE_EFFECTS__ */
export function number(rule: NumberRule = {}): NumberShape {
  return {
    kind: 'number',
    rule,
    check: (value, path, ctx) => {
      if (typeof value !== 'number' || !Number.isFinite(value) || (rule.integer && !Number.isInteger(value))) {
        report(ctx, path, `expected ${rule.integer ? 'an integer' : 'a number'}, got ${describe(value)}`);
        return INVALID;
      }
      if (rule.minimum !== undefined && value < rule.minimum) {
        report(ctx, path, `must be at least ${rule.minimum}`);
        return INVALID;
      }
      if (rule.maximum !== undefined && value > rule.maximum) {
        report(ctx, path, `must be at most ${rule.maximum}`);
        return INVALID;
      }
      return value;
    },
  };
}

/** One of a list of strings; give the list `as const`, and the shape keeps their union type. */
/* @__NO_SIDE_EFFECTS__ */
export function oneOf<const T extends string>(values: readonly T[]): EnumShape<T> {
  const set: ReadonlySet<string> = new Set<string>(values);
  const isMember = (value: unknown): value is T => typeof value === 'string' && set.has(value);
  return {
    kind: 'enum',
    values,
    check: (value, path, ctx) => {
      if (isMember(value)) return value;
      report(ctx, path, `expected one of ${values.join(', ')}, got ${describe(value)}`);
      return INVALID;
    },
  };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

/** True for an RFC 3339 full-date or date-time (with offset). */
export function isRfc3339(value: string): boolean {
  const date = DATE.exec(value);
  if (date) return validDate(+date[1]!, +date[2]!, +date[3]!);
  const dt = DATE_TIME.exec(value);
  if (!dt) return false;
  const [, y, mo, d, h, mi, s, , , , oh, om] = dt;
  if (!validDate(+y!, +mo!, +d!)) return false;
  if (+h! > 23 || +mi! > 59 || +s! > 60) return false;
  if (oh !== undefined && (+oh > 23 || +om! > 59)) return false;
  return true;
}

/** An RFC 3339 date or date-time string. */
/* @__NO_SIDE_EFFECTS__ */
export function date(): DateShape {
  return {
    kind: 'date',
    day: false,
    check: (value, path, ctx) => {
      if (typeof value === 'string' && isRfc3339(value)) return value;
      report(ctx, path, `expected an RFC 3339 date or date-time, got ${describe(value)}`);
      return INVALID;
    },
  };
}

/** A calendar date (`YYYY-MM-DD`), no time. */
/* @__NO_SIDE_EFFECTS__ */
export function calendarDate(): DateShape {
  return {
    kind: 'date',
    day: true,
    check: (value, path, ctx) => {
      if (typeof value === 'string' && DATE.test(value) && isRfc3339(value)) return value;
      report(ctx, path, 'expected a calendar date (YYYY-MM-DD)');
      return INVALID;
    },
  };
}

/**
 * A URL string, resolved against the document. A string that is not an `http(s)` or relative URL is
 * valid JSON for the schema but never becomes a link: it is left out with a `semantic` issue.
 */
/* @__NO_SIDE_EFFECTS__ */
export function url(): UrlShape {
  return {
    kind: 'url',
    check: (value, path, ctx) => {
      if (typeof value !== 'string') {
        report(ctx, path, `expected a URL string, got ${describe(value)}`);
        return INVALID;
      }
      const safe = safeUrl(value, ctx.base);
      if (safe === null) {
        report(ctx, path, `not an http(s) or relative URL, left out: ${describe(value)}`, 'semantic');
        return OMIT;
      }
      return safe;
    },
  };
}

/**
 * Text a QR code is drawn from: only an absolute `http(s)` URL exactly as written — nothing before the scheme,
 * no white space, control or invisible character anywhere (a scanner reads all of it). Anything else is
 * left out with a `semantic` issue, and the code is drawn from the account URL instead.
 */
/* @__NO_SIDE_EFFECTS__ */
export function qrPayload(): StringShape {
  const text = string();
  return {
    ...text,
    exactUrl: true,
    check: (value, path, ctx) => {
      const result = text.check(value, path, ctx);
      if (typeof result !== 'string') return result;
      if (isExactHttpUrl(result)) return result;
      report(ctx, path, `a QR payload must be an http(s) URL with nothing around it, left out: ${describe(result)}`, 'semantic');
      return OMIT;
    },
  };
}

/** A language tag as a key of localized text. */
export const LANGUAGE_KEY = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/** A string, or an object of language tags to strings (at least one entry). */
/* @__NO_SIDE_EFFECTS__ */
export function localizedText(rule: StringRule = {}): TextShape {
  const text = string(rule);
  return {
    kind: 'text',
    text,
    check: (value, path, ctx) => {
      if (typeof value === 'string') return text.check(value, path, ctx);
      if (!isRecord(value)) {
        report(ctx, path, `expected text or an object of language tags to text, got ${describe(value)}`);
        return INVALID;
      }
      const out: Record<string, string> = Object.create(null) as Record<string, string>;
      let ok = true;
      let count = 0;
      const keys = Object.keys(value);
      if (keys.length > MAX_LANGUAGES) {
        report(ctx, path, `${keys.length - MAX_LANGUAGES} language(s) after the first ${MAX_LANGUAGES} left out (at most ${MAX_LANGUAGES})`);
        keys.length = MAX_LANGUAGES;
      }
      for (const key of keys) {
        const entryPath = new ChildPath(path, key);
        if (!LANGUAGE_KEY.test(key)) {
          report(ctx, entryPath, 'not a language tag');
          ok = false;
          continue;
        }
        const entry = text.check(value[key], entryPath, ctx);
        if (typeof entry !== 'string') {
          ok = false;
          continue;
        }
        out[key] = entry;
        count++;
      }
      if (!ok) return INVALID;
      if (count === 0) {
        report(ctx, path, 'must have at least one language');
        return INVALID;
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Combinators

/** The value, or `null` kept as `null`. */
/* @__NO_SIDE_EFFECTS__ */
export function nullable<T>(of: Shape<T> & AnyShape): NullableShape<T> {
  return { kind: 'nullable', of, check: (value, path, ctx) => (value === null ? null : of.check(value, path, ctx)) };
}

/**
 * A section of the discovery document, by the name of its schema definition: never read by the object that
 * holds it (see {@link SectionShape}).
 */
/* @__NO_SIDE_EFFECTS__ */
export function section(def: string): SectionShape {
  return { kind: 'section', def, check: () => OMIT };
}

export interface ListRule {
  /** Drop items whose value of this field repeats an earlier one's (a semantic issue). */
  uniqueBy?: string;
  /** What to call a left-out element in the report. */
  noun?: string;
  /** Elements after this many are left out unread, reported as one issue (see `limits.ts`). */
  maxItems?: number;
}

/**
 * An array. Invalid elements are left out and reported; the rest is kept — one bad item never hides its
 * neighbours.
 */
/* @__NO_SIDE_EFFECTS__ */
export function list<T>(of: Shape<T> & AnyShape, rule: ListRule & { uniqueBy?: keyof T & string } = {}): ListShape<T> {
  const noun = rule.noun ?? 'item';
  return {
    kind: 'list',
    of,
    rule,
    check: (value, path, ctx) => {
      if (!Array.isArray(value)) {
        report(ctx, path, `expected an array, got ${describe(value)}`);
        return INVALID;
      }
      const out: T[] = [];
      const seen = rule.uniqueBy ? new Set<unknown>() : undefined;
      const length = Math.min(value.length, rule.maxItems ?? Infinity);
      for (let i = 0; i < length; i++) {
        const itemPath = new ChildPath(path, i);
        const item = of.check(value[i], itemPath, ctx);
        if (item === INVALID) {
          report(ctx, itemPath, `${noun} left out because it is invalid`, 'schema', noun);
          continue;
        }
        if (item === OMIT) {
          report(ctx, itemPath, `${noun} left out because a value it needs is unusable`, 'semantic', noun);
          continue;
        }
        if (seen && rule.uniqueBy && isRecord(item)) {
          const key = item[rule.uniqueBy];
          if (seen.has(key)) {
            report(ctx, itemPath, `${noun} left out: duplicate ${rule.uniqueBy} ${describe(key)}`, 'semantic', noun);
            continue;
          }
          seen.add(key);
        }
        out.push(item);
      }
      const over = value.length - length;
      if (over > 0) {
        report(ctx, path, `${over} ${noun}(s) after the first ${length} left out: a list holds at most ${length}`, 'schema', noun, over);
      }
      return out;
    },
  };
}

export interface ObjectRule<K extends string = string> {
  /** Missing or invalid: the whole object is invalid. */
  required?: readonly K[];
  /** Missing or invalid: reported as a schema issue, but the object is kept without it (optional in its type). */
  expected?: readonly K[];
}

/**
 * An object shape that must not hold personal data (answered questions are public): each of `fields` present
 * is reported as `semantic` and never read. A wrapper rather than a rule of {@link object}, so that only the
 * bundles that read answered questions carry it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function withoutPersonalData<V>(shape: ObjectShape<V>, fields: readonly string[]): ObjectShape<V> {
  return {
    ...shape,
    check: (value, path, ctx) => {
      if (isRecord(value)) {
        for (const field of fields) {
          if (own(value, field) !== undefined) {
            report(ctx, `${pathText(path)}.${field}`, 'personal data must not be published in answered questions; ignored', 'semantic');
          }
        }
      }
      return shape.check(value, path, ctx);
    },
  };
}

/** A field's key, unless its shape keeps nothing (a section). */
type Kept<S, K> = [Infer<S>] extends [never] ? never : K;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** What an object shape keeps: its required fields, and the others as optional (an invalid one is left out). */
export type ObjectValue<P extends Props, R extends string> = Simplify<
  { readonly [K in keyof P & R as Kept<P[K], K>]: Infer<P[K]> } & {
    readonly [K in Exclude<keyof P, R> as Kept<P[K], K>]?: Infer<P[K]>;
  }
>;

/**
 * An object with known fields. Unknown fields are ignored. An invalid optional field is reported and left
 * out; an invalid required field makes the object invalid (its caller decides what that means, e.g. a list
 * leaves the item out).
 */
/* @__NO_SIDE_EFFECTS__ */
export function object<P extends Props, R extends keyof P & string = never>(
  props: P,
  rule: ObjectRule<keyof P & string> & { required?: readonly R[] } = {},
): ObjectShape<ObjectValue<P, R>> {
  const required = new Set<string>(rule.required ?? []);
  const expected = new Set<string>(rule.expected ?? []);
  const keys = Object.keys(props);
  return {
    kind: 'object',
    props,
    rule,
    check: (value, path, ctx) => {
      if (!isRecord(value)) {
        report(ctx, path, `expected an object, got ${describe(value)}`);
        return INVALID;
      }
      const out: Record<string, unknown> = {};
      let invalid = false;
      let omitted = false;
      for (const key of keys) {
        const raw = own(value, key);
        if (raw === undefined) {
          if (required.has(key) || expected.has(key)) report(ctx, new ChildPath(path, key), 'required, missing');
          if (required.has(key)) invalid = true;
          continue;
        }
        const result = props[key]!.check(raw, new ChildPath(path, key), ctx);
        if (result === INVALID || result === OMIT) {
          if (required.has(key)) {
            if (result === INVALID) invalid = true;
            else omitted = true;
          }
          continue;
        }
        out[key] = result;
      }
      // Schema-invalid wins over "valid but unusable", so that callers report the right kind.
      if (invalid) return INVALID;
      // The one place the compiler takes the kit's word: every key of `out` was kept by its own shape's check,
      // and every required key is there, which is what ObjectValue<P, R> says.
      return omitted ? OMIT : (out as ObjectValue<P, R>);
    },
  };
}
