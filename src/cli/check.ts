/**
 * What `gov-widgets validate` checks, without the reading: the JSON Schema (Ajv, draft 2020-12, strict, with
 * formats), the widgets' own validator (what a widget would leave out, and why), and the semantic rules across
 * documents (src/contract/rules.ts: unique ids, references that resolve, interpretations linked both ways, the
 * official accounts audit as warnings). A discovery document's sections given as URLs are loaded (relative to
 * the document) and checked too, and so are further feed pages (next_url) and answered pages
 * (answered_next_url).
 *
 * Where documents come from is a {@link DocumentSource}: the command line reads files and fetches URLs
 * (src/cli/sources.ts), the validator page (src/validator/) reads dropped files, pasted text and CORS fetches.
 * Nothing here touches Node or the DOM, so both run the same checks and say the same words.
 */
import { ContractError, toContractError } from '../contract/errors.js';
import { parseJson } from '../contract/load.js';
import { checkRules, type RuleDocument, type RuleDocumentKind } from '../contract/rules.js';
import { decodeXml, syndicationToFeed } from '../contract/syndication.js';
import { detectKind, validateAnsweredPage, validateDocument } from '../contract/validate.js';
import { isXml } from '../contract/xml-sniff.js';
import { decodeDocument } from './decode.js';
import { characterAt, excerpt, findJsonError, FULL_WIDTH, positionOf } from './json-syntax.js';
import type { CliLocale } from './locale.js';
import { recordOf, valueAt, type RecordLabel } from './locate.js';
import type { Messages } from './messages.js';
import type { SchemaError, SchemaKind } from './schema-errors.js';
import { wordContractMessage, wordSchemaError } from './wording.js';

const MAX_DOCUMENTS = 200;

/** The document at a location, as bytes; or why there is none. */
export type Read = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: ReadFailure };

export type ReadFailure =
  | { readonly kind: 'no-such-file' }
  | { readonly kind: 'not-a-file' }
  | { readonly kind: 'outside-folder'; readonly path: string; readonly folder: string }
  | { readonly kind: 'timeout'; readonly phase: 'request' | 'body'; readonly seconds: number }
  /** Longer than the widgets read (MAX_DOCUMENT_BYTES): refused, and read no further. */
  | { readonly kind: 'too-large'; readonly maxBytes: number }
  | { readonly kind: 'http'; readonly status: number; readonly statusText: string }
  | { readonly kind: 'network'; readonly code: string | undefined; readonly detail: string }
  /** Anything else, said in the reader's language by whoever read (a file system error, a page's CORS refusal). */
  | { readonly kind: 'io'; readonly detail: string };

/** What a reference found in a document points at, or that it is not followed. */
export type Reference = { readonly ok: true; readonly url: string } | { readonly ok: false };

export type Source = 'schema' | 'validator' | 'rule' | 'load';

export interface Finding {
  readonly source: Source;
  /** Real URL of the document (file: or http(s)). */
  readonly url: string;
  readonly path: string;
  readonly message: string;
  readonly kind?: string;
  readonly rule?: string;
  readonly audit?: string;
  /** The record the path is in: its id and title. */
  readonly item?: { readonly id?: string; readonly title?: string };
  /** For a JSON syntax error: where, the line, a caret under the character, and a hint. */
  readonly line?: number;
  readonly column?: number;
  readonly excerpt?: readonly [string, string];
  readonly hint?: string;
}

export interface DocumentEntry {
  readonly url: string;
  readonly kind: string;
  readonly root?: string;
  readonly count?: number;
}

export interface Result {
  readonly target: string;
  readonly valid: boolean;
  readonly auditedAt: string;
  readonly documents: readonly (DocumentEntry & { readonly document: string })[];
  readonly errors: readonly (Finding & { readonly document: string })[];
  readonly warnings: readonly (Finding & { readonly document: string })[];
}

/** Where the documents of one check come from, and how they are named. */
export interface DocumentSource {
  /** Real URL of the document the check starts on. */
  readonly start: string;
  read(url: string): Promise<Read>;
  /** What a reference found in the document at `base` points at, or that it is not followed. */
  resolve(raw: string, base: string): Reference;
  /** How a document is named in findings. */
  name(url: string): string;
  /** The http(s) base the contract's validator and rules are given for the document at `url`. */
  base(url: string): string;
}

export interface CheckEnvironment {
  readonly t: Messages;
  readonly locale: CliLocale;
  readonly source: DocumentSource;
  /** The JSON Schema check of one parsed document (Ajv compiled in Node, standalone code in the page). */
  readonly schemaErrors: (json: unknown, kind: SchemaKind) => SchemaError[];
}

export interface CheckOptions {
  readonly now: number;
  readonly staleDays: number | undefined;
}

export function loadReason(reason: ReadFailure, t: Messages): string {
  switch (reason.kind) {
    case 'no-such-file':
      return t.noSuchFile;
    case 'not-a-file':
      return t.notAFile;
    case 'outside-folder':
      return t.outsideFolder(reason.path, reason.folder);
    case 'too-large':
      return t.tooLarge(reason.maxBytes);
    case 'timeout':
      return reason.phase === 'body' ? t.bodyNotWithin(reason.seconds) : t.noResponseWithin(reason.seconds);
    case 'http':
      return `HTTP ${reason.status} ${reason.statusText}`.trim();
    case 'network': {
      const code = reason.code ?? '';
      const plain = t.causes[code] ?? (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code) ? t.causes['certificate'] : undefined);
      return t.requestFailed(plain ? `${plain} (${reason.detail})` : reason.detail);
    }
    case 'io':
      return reason.detail;
  }
}

/**
 * What an XML file is instead of JSON: an RSS or Atom feed (read by the feed widget, turned into JSON by
 * `convert`), or not.
 */
function xmlMessage(bytes: Uint8Array, url: string, source: DocumentSource, t: Messages): string {
  try {
    const { format, feed } = syndicationToFeed(decodeXml(bytes, null, url), { base: source.base(url) });
    const file = source.name(url);
    return t.syndicationFeed(format, feed.items.length, /[\s"'$`\\]/.test(file) ? JSON.stringify(file) : file);
  } catch (error) {
    return t.xmlNotAFeed(toContractError(error).message);
  }
}

/** A JSON syntax error as a finding: line:column, the line with a caret, a hint for full-width punctuation. */
export function syntaxFinding(text: string, error: unknown, t: Messages): Pick<Finding, 'message' | 'line' | 'column' | 'excerpt' | 'hint'> {
  const fallback = error instanceof Error ? error.message : String(error);
  const at = text.trim() === '' ? undefined : findJsonError(text);
  if (!at) return { message: fallback };
  const position = positionOf(text, at.offset);
  const char = characterAt(text, at.offset);
  const ascii = FULL_WIDTH.get(char);
  const what = `${t.expected[at.expected]}${t.separator}${char === '' ? t.endOfText : t.found(char)}`;
  return {
    message: t.invalidJsonAt(position.line, position.column, what),
    line: position.line,
    column: position.column,
    excerpt: excerpt(position),
    ...(ascii === undefined ? {} : { hint: t.fullWidthHint(char, ascii) }),
  };
}

export async function check(env: CheckEnvironment, target: string, options: CheckOptions): Promise<Result> {
  const { t, locale, source, schemaErrors } = env;
  const startUrl = source.start;

  const documents: DocumentEntry[] = [];
  const ruleDocuments: RuleDocument[] = [];
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  /** The parsed documents by real URL, to find the record a path is in. */
  const parsed = new Map<string, unknown>();
  /** Stand-in base (what the contract names) → real URL. */
  const realOf = new Map<string, string>();
  const real = (url: string): string => realOf.get(url) ?? url;

  const seen = new Set<string>();
  const push = (list: Finding[], finding: Finding): void => {
    const key = `${finding.url}|${finding.path}|${finding.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push(finding);
  };
  const label = (url: string, path: string): Pick<Finding, 'item'> => {
    const record: RecordLabel | undefined = recordOf(parsed.get(url), path, locale);
    return record && (record.id !== undefined || record.title !== undefined)
      ? { item: { ...(record.id === undefined ? {} : { id: record.id }), ...(record.title === undefined ? {} : { title: record.title }) } }
      : {};
  };
  const problem = (source: Source, url: string, path: string, message: string, extra: Partial<Finding> = {}): void =>
    push(errors, { source, url, path, message, ...label(url, path), ...extra });
  /** Paths the validator reported, per document: a duplicate it left out is not reported again by the rules. */
  const validatorPaths = new Set<string>();
  /** Contract messages name documents by their stand-in base: name them as the output does. */
  const names = (message: string): string => {
    let out = message;
    for (const [base, url] of realOf) if (base !== url) out = out.split(base).join(source.name(url));
    return out;
  };
  const word = (url: string, path: string, message: string): string => names(wordContractMessage(message, locale, valueAt(parsed.get(url), path)));

  const visited = new Set<string>();
  const queue: { url: string; expected: RuleDocumentKind | undefined; via: { url: string; path: string } | undefined }[] = [
    { url: startUrl, expected: undefined, via: undefined },
  ];

  while (queue.length > 0) {
    const { url, expected, via } = queue.shift()!;
    if (visited.has(url)) continue;
    if (visited.size >= MAX_DOCUMENTS) {
      push(warnings, { source: 'load', url: via?.url ?? url, path: via?.path ?? '$', message: t.stoppedAfter(MAX_DOCUMENTS, source.name(url)) });
      continue;
    }
    visited.add(url);
    const loadFailure = (message: string): void =>
      via ? problem('load', via.url, via.path, `${source.name(url)}: ${message}`) : problem('load', url, '$', message);

    const read = await source.read(url);
    if (!read.ok) {
      loadFailure(t.couldNotLoad(loadReason(read.reason, t)));
      continue;
    }
    // Before the UTF-8 check: an XML feed declares its own encoding (GB2312 is fine there).
    if (isXml(read.bytes, null)) {
      problem('validator', url, '$', xmlMessage(read.bytes, url, source, t));
      continue;
    }
    const decoded = decodeDocument(read.bytes);
    if (!decoded.ok) {
      const line = read.bytes.subarray(0, decoded.offset).reduce((lines, byte) => (byte === 0x0a ? lines + 1 : lines), 1);
      problem('load', url, '$', t.notUtf8(decoded.encoding, decoded.offset + 1, line));
      continue;
    }
    const text = decoded.text;
    const base = source.base(url);
    realOf.set(base, url);
    let json: unknown;
    try {
      json = parseJson(text, base);
    } catch (error) {
      problem('validator', url, '$', '', syntaxFinding(text, error, t));
      continue;
    }
    parsed.set(url, json);

    const detected = detectKind(json);
    const kind: RuleDocumentKind | undefined = expected ?? detected;
    if (kind === undefined) {
      problem('validator', url, '$', t.notAContractDocument);
      documents.push({ url, kind: 'unknown' });
      continue;
    }
    if (expected && expected !== 'answered' && detected !== expected) problem('validator', url, '$', t.expectedKind(expected, detected));

    // The widgets' validator first (its messages say what a widget leaves out), then the schema.
    try {
      const issues = kind === 'answered' ? validateAnsweredPage(json, base).issues : validateDocument(json, base).issues;
      for (const issue of issues) {
        const at = issue.document === undefined ? url : real(issue.document);
        validatorPaths.add(`${at}|${issue.path}`);
        problem('validator', at, issue.path, word(at, issue.path, issue.message), { kind: issue.kind });
      }
    } catch (error) {
      const err = error instanceof ContractError ? error : undefined;
      const at = err?.url === undefined ? url : real(err.url);
      const message = error instanceof Error ? error.message : String(error);
      problem('validator', at, err?.path ?? '$', `${word(at, err?.path ?? '$', message)}${err?.code ? ` (${err.code})` : ''}`);
    }
    for (const error of schemaErrors(json, kind)) {
      if (validatorPaths.has(`${url}|${error.path}`)) continue;
      problem('schema', url, error.path, names(wordSchemaError(error, locale, valueAt(json, error.path))));
    }

    const record = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
    documents.push({ url, kind, ...countOf(kind, record) });
    ruleDocuments.push({ url: base, kind, json, root: '$' });

    const follow = (raw: unknown, nextKind: RuleDocumentKind, path: string): void => {
      if (typeof raw !== 'string' || raw === '') return;
      const next = source.resolve(raw, url);
      // A refused reference is the validator's finding already when the contract refuses it too.
      if (!next.ok) {
        if (!validatorPaths.has(`${url}|${path}`)) problem('load', url, path, t.refusedReference(JSON.stringify(raw.slice(0, 200))));
        return;
      }
      queue.push({ url: next.url, expected: nextKind, via: { url, path } });
    };
    if (kind === 'discovery') {
      for (const name of ['policies', 'accounts', 'questions'] as const) {
        const section = record[name];
        if (typeof section === 'string') follow(section, name, `$.${name}`);
        else if (section && typeof section === 'object' && !Array.isArray(section)) {
          const inline = section as Record<string, unknown>;
          ruleDocuments.push({ url: base, kind: name, json: inline, root: `$.${name}` });
          documents.push({ url, kind: name, root: `$.${name}`, ...countOf(name, inline) });
          if (name === 'policies') follow(inline['next_url'], 'policies', '$.policies.next_url');
          if (name === 'questions') follow(inline['answered_next_url'], 'answered', '$.questions.answered_next_url');
        }
      }
    }
    if (kind === 'policies') follow(record['next_url'], 'policies', '$.next_url');
    if (kind === 'questions' || kind === 'answered') follow(record['answered_next_url'], 'answered', '$.answered_next_url');
  }

  // The rules across documents; the audit counts from --now, else today (as the directory widget does).
  const findings = checkRules(ruleDocuments, { now: options.now, ...(options.staleDays === undefined ? {} : { staleDays: options.staleDays }) });
  for (const finding of findings) {
    const at = real(finding.document);
    if (finding.rule === 'unique-id' && validatorPaths.has(`${at}|${finding.path.replace(/\.id$/, '')}`)) continue;
    const out: Finding = {
      source: 'rule',
      rule: finding.rule,
      url: at,
      path: finding.path,
      message: word(at, finding.path, finding.message),
      ...(finding.audit ? { audit: finding.audit } : {}),
      ...label(at, finding.path),
    };
    push(finding.severity === 'error' ? errors : warnings, out);
  }

  const shape = <F extends { url: string }>(finding: F): F & { document: string } => ({ document: source.name(finding.url), ...finding });
  return {
    target,
    valid: errors.length === 0,
    auditedAt: new Date(options.now).toISOString(),
    documents: documents.map(shape),
    errors: errors.map(shape),
    warnings: warnings.map(shape),
  };
}

function countOf(kind: string, record: Record<string, unknown>): { count?: number } {
  const list = { policies: record['items'], accounts: record['accounts'], questions: record['answered'], answered: record['answered'] }[kind];
  return Array.isArray(list) ? { count: list.length } : {};
}
