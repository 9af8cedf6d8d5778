/**
 * Loading: source → fetch (shared, with a time limit) → detect the document → validate → one section with
 * the organizations it refers to. No DOM, no Lit: `fetch` is injectable and this module runs in Node too.
 */
import type { Issue } from './check.js';
import { ContractError, toContractError } from './errors.js';
import { describeFailure, fetchWithin, longerThan, readBytesWithin } from './http.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import type { AnsweredPage, DiscoveryDocument, Organization, PolicyFeed, SectionDocuments, SectionName } from './types.js';
import {
  detectKind,
  nestIssues,
  SECTION_VALIDATORS,
  validateAnsweredPage,
  validateDiscovery,
  validatePolicyFeed,
  type DocumentKind,
  type SectionRef,
  type Validated,
} from './validate.js';

import type { FetchLike } from './http.js';
export type { FetchLike };

/** A fetched, parsed JSON document and the URL it came from (after redirects). */
export interface FetchedJson {
  readonly url: string;
  readonly json: unknown;
  /** Problems found while the document was turned into JSON (items of an RSS feed that could not be mapped). */
  readonly issues?: readonly Issue[];
}

/**
 * Reads a body that is XML (RSS, Atom) as the JSON document it stands for, with the items it left out as
 * issues; `undefined` at once when the body is not XML (src/contract/xml-sniff.ts), which is then read as JSON.
 * The feed widget gives one that loads its RSS/Atom chunk (src/widgets/policy-feed/model/syndication.ts).
 * `url` is the document's URL after redirects (the base of its links); `contentType` its `Content-Type` (whose
 * `charset` decides the encoding). The promise rejects with a ContractError when the XML cannot be read.
 */
export type XmlReader = (
  bytes: Uint8Array,
  contentType: string | null,
  url: string,
) => Promise<{ readonly json: unknown; readonly issues: readonly Issue[] }> | undefined;

/**
 * One document of the page-wide cache. Its parsed JSON is kept only until the document has been validated
 * as what it is (a discovery document, a section document); from then on every widget naming the same URL
 * reads the validated result, and the raw JSON — for a 10,000-item feed about as large again as what
 * validation keeps — can be collected (issue 12). An inline section of a discovery document is let go the
 * same way once validated. A validation that throws keeps nothing (the next reader throws the same). Results
 * are shared: nothing that reads them may change them.
 */
export class CachedDocument {
  /** The URL the document came from, after redirects: the base of its relative URLs. */
  readonly url: string;
  /** What the document is, judged when it arrived. */
  readonly kind: DocumentKind | undefined;
  #json: unknown;
  #discovery: Validated<DiscoveryDocument> | undefined;
  /** The sections of a discovery document: a URL, or inline JSON until validated. */
  #refs: Partial<Record<SectionName, SectionRef>> = {};
  readonly #sections: { [S in SectionName]?: Validated<SectionDocuments[S]> } = {};
  #answered: Validated<AnsweredPage> | undefined;

  /** Issues found before validation (items of an XML feed left out), reported with the section's own. */
  readonly #read: readonly Issue[];

  constructor(url: string, json: unknown, read: readonly Issue[] = []) {
    this.url = url;
    this.#json = json;
    this.kind = detectKind(json);
    this.#read = read;
  }

  /** Validated as a discovery document (once; the JSON is then let go, the sections' places kept). */
  discovery(): Validated<DiscoveryDocument> {
    if (!this.#discovery) {
      const { value, issues, sections } = validateDiscovery(this.#json, this.url);
      this.#discovery = { value, issues };
      this.#refs = { ...sections };
      this.#json = undefined;
    }
    return this.#discovery;
  }

  /**
   * Where {@link discovery}'s section is: its URL to fetch, or — inline — the section validated (once, its
   * issues under `$.<section>`; the inline JSON is then let go); undefined when the document has none.
   */
  sectionIn<S extends SectionName>(section: S, validate: SectionValidator<S>): { readonly url: string } | Validated<SectionDocuments[S]> | undefined {
    let result: Validated<SectionDocuments[S]> | undefined = this.#sections[section];
    if (!result) {
      const ref = this.#refs[section];
      if (!ref || 'url' in ref) return ref;
      const { value, issues } = validate(ref.inline, this.url);
      result = { value, issues: nestIssues(issues, `$.${section}`) };
      // Object.assign: TypeScript cannot write a mapped type through a generic key, though this is its own entry.
      Object.assign(this.#sections, { [section]: result });
      delete this.#refs[section];
    }
    return result;
  }

  /**
   * Validated as the section document `section` (once per section). The JSON is then let go, except from a
   * questions document, which is also read as a page of answered questions (its `answered_next_url` pages).
   */
  section<S extends SectionName>(section: S, validate: SectionValidator<S>): Validated<SectionDocuments[S]> {
    let result: Validated<SectionDocuments[S]> | undefined = this.#sections[section];
    if (!result) {
      result = validate(this.#json, this.url);
      if (this.#read.length > 0) result = { value: result.value, issues: [...this.#read, ...result.issues] };
      Object.assign(this.#sections, { [section]: result });
      if (this.kind === section && section !== 'questions') this.#json = undefined;
    }
    return result;
  }

  /**
   * Validated as a further page of answered questions (once), by `validate` (validateAnsweredPage: given by
   * the caller, so that bundles without answered questions leave it out).
   */
  answeredPage(validate: (json: unknown, base: string) => Validated<AnsweredPage>): Validated<AnsweredPage> {
    this.#answered ??= validate(this.#json, this.url);
    return this.#answered;
  }
}

/**
 * The page-wide cache of documents: one request per distinct URL, however many widgets (or copies of this
 * library) ask, and one validation per document and use (see {@link CachedDocument}). Failed requests are
 * not kept, so a retry asks again.
 */
export type DocumentCache = Map<string, Promise<CachedDocument>>;

// v2: the entries are CachedDocuments (v1 held the raw JSON); a copy of an older release on the same page
// keeps its own cache rather than misreading this one.
const CACHE_KEY = Symbol.for('gov-widgets.document-cache.v2');

/** The cache shared by every copy of gov-widgets on the page. */
export function sharedCache(): DocumentCache {
  const holder = globalThis as { [CACHE_KEY]?: unknown };
  const existing = holder[CACHE_KEY];
  if (existing instanceof Map) return existing as DocumentCache;
  const cache: DocumentCache = new Map();
  Object.defineProperty(holder, CACHE_KEY, { value: cache, configurable: true });
  return cache;
}

/** The longest a document may take, from request to parsed body. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface LoadOptions {
  /** Defaults to the global `fetch`. */
  readonly fetch?: FetchLike;
  /** Defaults to {@link DEFAULT_TIMEOUT_MS}; at most 15 s is sensible for a page widget. */
  readonly timeoutMs?: number;
  /** Defaults to {@link sharedCache}. */
  readonly cache?: DocumentCache;
  /**
   * Reads a body that is XML as a JSON document (see {@link XmlReader}); without it, XML is a `parse` error like
   * any other text that is not JSON. The feed widget gives one that loads the RSS/Atom reader on demand, so a
   * JSON page never fetches it.
   */
  readonly readXml?: XmlReader;
}

async function fetchOnce(url: string, options: LoadOptions): Promise<FetchedJson> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const answer = await fetchWithin(
    url,
    { credentials: 'same-origin', headers: { Accept: 'application/feed+json, application/json;q=0.9' } },
    { fetch: options.fetch, timeoutMs, maxBytes: MAX_DOCUMENT_BYTES },
    (response) => readBytesWithin(response, MAX_DOCUMENT_BYTES),
  );
  if (!answer.ok) {
    const cause = answer.error;
    if (answer.tooLarge) throw tooLarge(url);
    if (answer.timedOut) {
      throw new ContractError('timeout', `${answer.phase === 'body' ? 'body not complete' : 'no response'} within ${timeoutMs} ms`, { url, cause });
    }
    const what = answer.phase === 'body' ? 'reading the body failed' : 'request failed';
    throw new ContractError('network', `${what}: ${describeFailure(cause)}`, { url, cause });
  }
  const { response, body } = answer;
  if (!response.ok) {
    const code = response.status === 404 || response.status === 410 ? 'not-found' : 'http';
    throw new ContractError(code, `HTTP ${response.status} ${response.statusText}`.trim(), { url, status: response.status });
  }
  const from = response.url || url;
  const xml = options.readXml?.(body, response.headers.get('content-type'), from);
  return xml ? { url: from, ...(await xml) } : { url: from, json: parseJson(new TextDecoder().decode(body), url) };
}

/**
 * `JSON.parse` with a message that says what went wrong. A body that ends too early (a cut-off transfer) is
 * told apart from one that is not JSON at all, since only the first may succeed on a retry.
 */
export function parseJson(text: string, url?: string): unknown {
  if (longerThan(text, MAX_DOCUMENT_BYTES)) throw tooLarge(url);
  try {
    return JSON.parse(text);
  } catch (error) {
    const trimmed = text.trim();
    const looksJson = trimmed.startsWith('{') || trimmed.startsWith('[');
    const cutOff = looksJson && endsEarly(trimmed);
    const message =
      trimmed === ''
        ? 'empty body, expected JSON'
        : cutOff
          ? 'JSON is cut off before its end'
          : looksJson
            ? `invalid JSON: ${describeFailure(error)}`
            : `not JSON (starts with ${JSON.stringify(trimmed.slice(0, 20))})`;
    throw new ContractError('parse', message, { url, cause: error });
  }
}

function tooLarge(url: string | undefined): ContractError {
  return new ContractError('too-large', `the document is larger than ${MAX_DOCUMENT_BYTES} bytes, the most a widget reads`, { url });
}

/** True when JSON text stops inside a string or with brackets still open: a transfer that was cut off. */
function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}

/**
 * Fetches and parses one JSON document within the time and size limits. Not cached: widgets load through
 * {@link loadSection}, whose cache shares each document's request and its validated result.
 */
export function fetchJson(url: string, options: LoadOptions = {}): Promise<FetchedJson> {
  return fetchOnce(url, options);
}

/** The document at `url`, fetched once per URL and page (see {@link DocumentCache}). */
function fetchDocument(url: string, options: LoadOptions): Promise<CachedDocument> {
  const cache = options.cache ?? sharedCache();
  const cached = cache.get(url);
  if (cached) return cached;
  const pending = fetchOnce(url, options).then(({ url: from, json, issues }) => new CachedDocument(from, json, issues));
  cache.set(url, pending);
  pending.catch(() => {
    if (cache.get(url) === pending) cache.delete(url);
  });
  return pending;
}

// ---------------------------------------------------------------------------------------------------

/** Where a widget's data comes from: a URL, or a document already in hand (inline JSON, `data`). */
export type Source = { readonly url: string } | { readonly document: unknown; /** Base URL for relative URLs in the document. */ readonly base: string };

export interface LoadedSection<S extends SectionName> {
  readonly section: S;
  readonly document: SectionDocuments[S];
  /** The URL of the section document: the base of its relative URLs and of `next_url`. */
  readonly documentUrl: string;
  /** The discovery document, when the source was one (its sections are not filled in). */
  readonly discovery?: DiscoveryDocument;
  /** Organizations of the discovery document by id (empty for a section document loaded directly). */
  readonly organizations: ReadonlyMap<string, Organization>;
  /** Problems found item by item, in the discovery document and the section. */
  readonly issues: readonly Issue[];
}

const SECTION_LABEL: Record<SectionName, string> = {
  policies: 'policies (a JSON Feed)',
  accounts: 'accounts',
  questions: 'questions',
};

/** The validator of one section document ({@link validatePolicyFeed}, {@link validateAccounts}, …). */
export type SectionValidator<S extends SectionName> = (json: unknown, base: string, documentUrl?: string) => Validated<SectionDocuments[S]>;

/**
 * Loads the section a widget needs. The source may be a discovery document (inline section or a URL,
 * resolved against the discovery document) or the section document itself.
 * @throws ContractError for a document that cannot be used as a whole
 */
export function loadSection<S extends SectionName>(section: S, source: Source, options: LoadOptions = {}): Promise<LoadedSection<S>> {
  return loadSectionWith(section, SECTION_VALIDATORS[section] as SectionValidator<S>, source, options);
}

/**
 * {@link loadSection} with the section's validator given: a widget passes its own, so that a script bundle of
 * one widget leaves the other sections' validators out.
 */
export async function loadSectionWith<S extends SectionName>(
  section: S,
  validateSection: SectionValidator<S>,
  source: Source,
  options: LoadOptions = {},
): Promise<LoadedSection<S>> {
  try {
    if (!('url' in source)) return await sectionFrom(new CachedDocument(source.base, source.document), section, validateSection, options);
    return await sectionFrom(await fetchDocument(source.url, options), section, validateSection, options);
  } catch (error) {
    throw toContractError(error);
  }
}

/** {@link loadSectionWith} from a document in hand (cached or not). */
async function sectionFrom<S extends SectionName>(
  doc: CachedDocument,
  section: S,
  validateSection: SectionValidator<S>,
  options: LoadOptions,
): Promise<LoadedSection<S>> {
  const { url, kind } = doc;
  if (kind === section) {
    const result = doc.section(section, validateSection);
    return { section, document: result.value, documentUrl: url, organizations: new Map(), issues: result.issues };
  }
  if (kind !== 'discovery') {
    if (kind === undefined) {
      // Let the section's own validator say what is wrong (not an object, a wrong major, no items …).
      doc.section(section, validateSection);
    }
    throw new ContractError('shape', kind ? `this is a ${kind} document, not ${SECTION_LABEL[section]}` : 'not a document of the disclosure contract', {
      url,
      path: '$',
    });
  }
  const discovery = doc.discovery();
  const organizations = new Map((discovery.value.organizations ?? []).map((org) => [org.id, org] as const));
  const where = doc.sectionIn(section, validateSection);
  if (!where) {
    throw new ContractError('missing-section', `the discovery document has no "${section}" section`, { url, path: `$.${section}` });
  }
  if (!('url' in where)) {
    return { section, document: where.value, documentUrl: url, discovery: discovery.value, organizations, issues: [...discovery.issues, ...where.issues] };
  }
  const fetched = await fetchDocument(where.url, options);
  if (fetched.kind === 'discovery') {
    throw new ContractError('shape', `the "${section}" URL points at a discovery document`, { url: fetched.url, path: '$' });
  }
  const result = fetched.section(section, validateSection);
  return {
    section,
    document: result.value,
    documentUrl: fetched.url,
    discovery: discovery.value,
    organizations,
    issues: [...discovery.issues, ...result.issues],
  };
}

/** Loads the next page of a feed (its `next_url`); only a widget that pages calls this. */
export async function loadFeedPage(url: string, options: LoadOptions = {}): Promise<{ feed: PolicyFeed; issues: readonly Issue[]; documentUrl: string }> {
  try {
    const doc = await fetchDocument(url, options);
    const result = doc.section('policies', validatePolicyFeed);
    return { feed: result.value, issues: result.issues, documentUrl: doc.url };
  } catch (error) {
    throw toContractError(error);
  }
}

/** Loads a further page of answered questions (a questions section's `answered_next_url`). */
export async function loadAnsweredPage(url: string, options: LoadOptions = {}): Promise<{ page: AnsweredPage; issues: readonly Issue[]; documentUrl: string }> {
  try {
    const doc = await fetchDocument(url, options);
    const result = doc.answeredPage(validateAnsweredPage);
    return { page: result.value, issues: result.issues, documentUrl: doc.url };
  } catch (error) {
    throw toContractError(error);
  }
}
