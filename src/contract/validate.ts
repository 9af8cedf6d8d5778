/**
 * Validators for every document of the contract. Each takes any JSON value and the URL of the document
 * (the base for its relative URLs) and returns a typed copy plus the issues found, item by item. Only a
 * document that is wrong as a whole throws a {@link ContractError}: not an object, another major version,
 * or a shape that is not this document at all. Nothing here throws on any other input.
 */
import { INVALID, isRecord, OMIT, own, report, url, type Check, type CheckContext, type Issue } from './check.js';
import { ContractError, toContractError } from './errors.js';
import { accountsDocument, answeredPage, discovery, policyFeed, questionsDocument } from './shapes.js';
import type { AccountsDocument, AnsweredPage, DiscoveryDocument, PolicyFeed, QuestionsDocument, SectionDocuments, SectionName } from './types.js';

export interface Validated<T> {
  readonly value: T;
  readonly issues: readonly Issue[];
}

// ---------------------------------------------------------------------------------------------------
// Versions

const CONTRACT_VERSION = /^(\d+)\.(\d+)$/;
const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\/(\d+)(?:\.(\d+))?$/;

/** The major version this package reads. */
export const CONTRACT_MAJOR = 1;

function checkContractVersion(version: unknown, url: string | undefined): void {
  if (typeof version !== 'string') return;
  const match = CONTRACT_VERSION.exec(version);
  if (match && Number(match[1]) !== CONTRACT_MAJOR) {
    throw new ContractError('version', `version ${version} is not supported; this widget reads 1.x`, { url, version, path: '$.version' });
  }
}

function checkFeedVersion(version: unknown, url: string | undefined): void {
  if (typeof version !== 'string') {
    throw new ContractError('shape', 'a JSON Feed needs a "version" string', { url, path: '$.version' });
  }
  const match = JSON_FEED_VERSION.exec(version);
  if (!match) {
    throw new ContractError('shape', `not a JSON Feed version: ${JSON.stringify(version.slice(0, 80))}`, { url, path: '$.version' });
  }
  if (Number(match[1]) !== 1) {
    throw new ContractError('version', `JSON Feed ${version} is not supported; this widget reads JSON Feed 1.x`, { url, version, path: '$.version' });
  }
}

// ---------------------------------------------------------------------------------------------------
// Documents

/** What a JSON value is, judged by its shape; `undefined` when it is none of the contract's documents. */
export type DocumentKind = 'discovery' | SectionName;

const DISCOVERY_KEYS = ['jurisdiction', 'organizations', 'policies', 'questions', 'generated_at'];

export function detectKind(json: unknown): DocumentKind | undefined {
  if (!isRecord(json)) return undefined;
  const version = own(json, 'version');
  if (typeof version === 'string' && JSON_FEED_VERSION.test(version)) return 'policies';
  if (DISCOVERY_KEYS.some((key) => own(json, key) !== undefined)) return 'discovery';
  if (Array.isArray(own(json, 'items'))) return 'policies';
  if (Array.isArray(own(json, 'accounts'))) return 'accounts';
  if (own(json, 'accounts') !== undefined) return 'discovery';
  if (own(json, 'endpoints') !== undefined || Array.isArray(own(json, 'answered')) || Array.isArray(own(json, 'services'))) {
    return 'questions';
  }
  if (typeof version === 'string' && CONTRACT_VERSION.test(version)) return 'discovery';
  return undefined;
}

function context(base: string, documentUrl: string | undefined): CheckContext {
  return documentUrl === undefined ? { base, issues: [] } : { base, issues: [], documentUrl };
}

function requireObject(json: unknown, what: string, url: string | undefined): Record<string, unknown> {
  if (!isRecord(json)) {
    const got = json === null ? 'null' : Array.isArray(json) ? 'an array' : typeof json;
    throw new ContractError('shape', `expected ${what} (a JSON object), got ${got}`, { url, path: '$' });
  }
  return json;
}

function finish<T>(check: Check<T>, json: unknown, ctx: CheckContext, what: string, url: string | undefined): Validated<T> {
  const value = check(json, '$', ctx);
  if (value === INVALID || value === OMIT) {
    const first = ctx.issues.find((issue) => issue.path.split(/[.[]/).length <= 2) ?? ctx.issues[0];
    throw new ContractError('shape', `not a usable ${what}${first ? `: ${first.path} ${first.message}` : ''}`, {
      url,
      path: first?.path ?? '$',
    });
  }
  return { value, issues: ctx.issues };
}

/**
 * Validates a policies section: a JSON Feed 1.x document. Items without `id`, `title` or `date_published`
 * are left out and reported; so are repeated ids.
 * @param base URL of the document (for relative URLs); `documentUrl` is what issues name (defaults to base)
 */
export function validatePolicyFeed(json: unknown, base: string, documentUrl: string | undefined = base): Validated<PolicyFeed> {
  const record = requireObject(json, 'a JSON Feed', documentUrl);
  checkFeedVersion(own(record, 'version'), documentUrl);
  if (!Array.isArray(own(record, 'items'))) {
    throw new ContractError('shape', 'a JSON Feed needs an "items" array', { url: documentUrl, path: '$.items' });
  }
  return finish<PolicyFeed>(policyFeed.check, record, context(base, documentUrl), 'JSON Feed', documentUrl);
}

export function validateAccounts(json: unknown, base: string, documentUrl: string | undefined = base): Validated<AccountsDocument> {
  const record = requireObject(json, 'an accounts document', documentUrl);
  checkContractVersion(own(record, 'version'), documentUrl);
  return finish<AccountsDocument>(accountsDocument.check, record, context(base, documentUrl), 'accounts document', documentUrl);
}

export function validateQuestions(json: unknown, base: string, documentUrl: string | undefined = base): Validated<QuestionsDocument> {
  const record = requireObject(json, 'a questions document', documentUrl);
  checkContractVersion(own(record, 'version'), documentUrl);
  return finish<QuestionsDocument>(questionsDocument.check, record, context(base, documentUrl), 'questions document', documentUrl);
}

/**
 * Validates a further page of answered questions (the document `answered_next_url` names): `answered` and
 * its own `answered_next_url`. Invalid questions are left out and reported, as in the questions section.
 */
export function validateAnsweredPage(json: unknown, base: string, documentUrl: string | undefined = base): Validated<AnsweredPage> {
  const record = requireObject(json, 'a page of answered questions', documentUrl);
  checkContractVersion(own(record, 'version'), documentUrl);
  if (!Array.isArray(own(record, 'answered'))) {
    throw new ContractError('shape', 'a page of answered questions needs an "answered" array', { url: documentUrl, path: '$.answered' });
  }
  return finish<AnsweredPage>(answeredPage.check, record, context(base, documentUrl), 'page of answered questions', documentUrl);
}

export const SECTION_VALIDATORS: {
  readonly [S in SectionName]: (json: unknown, base: string, documentUrl?: string) => Validated<SectionDocuments[S]>;
} = {
  policies: validatePolicyFeed,
  accounts: validateAccounts,
  questions: validateQuestions,
};

/** A section as the discovery document gives it: a URL to fetch, or the document inline. */
export type SectionRef = { readonly url: string } | { readonly inline: unknown };

const sectionUrl = url();

export interface ValidatedDiscovery extends Validated<DiscoveryDocument> {
  /** Where each section present is: resolved URL, or raw inline JSON (validated on demand). */
  readonly sections: Readonly<Partial<Record<SectionName, SectionRef>>>;
}

/**
 * Validates a discovery document. Sections are not validated here (a widget needs one of three):
 * `sections` says where each is, and {@link validateSection} reads an inline one.
 */
export function validateDiscovery(json: unknown, base: string, documentUrl: string | undefined = base): ValidatedDiscovery {
  const record = requireObject(json, 'a discovery document', documentUrl);
  checkContractVersion(own(record, 'version'), documentUrl);
  const ctx = context(base, documentUrl);
  const { value } = finish<DiscoveryDocument>(discovery.check, record, ctx, 'discovery document', documentUrl);
  const sections: Partial<Record<SectionName, SectionRef>> = {};
  for (const name of ['policies', 'accounts', 'questions'] as const) {
    const raw = own(record, name);
    if (raw === undefined) continue;
    if (typeof raw === 'string') {
      const resolved = sectionUrl.check(raw, `$.${name}`, ctx);
      if (typeof resolved === 'string') sections[name] = { url: resolved };
    } else if (isRecord(raw)) {
      sections[name] = { inline: raw };
    } else {
      report(ctx, `$.${name}`, 'expected a URL or an inline section document');
    }
  }
  return { value, issues: ctx.issues, sections };
}

/**
 * Validates an inline section of a discovery document; issue paths start at `$.<section>`.
 */
export function validateSection<S extends SectionName>(
  section: S,
  json: unknown,
  base: string,
  documentUrl: string | undefined = base,
): Validated<SectionDocuments[S]> {
  return SECTION_VALIDATORS[section](json, base, documentUrl);
}

/** Prefixes the paths of issues found in an inline section (`$.items[2]` → `$.policies.items[2]`). */
export function nestIssues(issues: readonly Issue[], prefix: string): Issue[] {
  return issues.map((issue) => ({ ...issue, path: prefix + issue.path.slice(1) }));
}

export interface ValidatedDocument {
  readonly kind: DocumentKind;
  readonly issues: readonly Issue[];
  readonly discovery?: ValidatedDiscovery;
  /** Each section validated, inline ones included (URL sections are not fetched). */
  readonly sections: Partial<{ [S in SectionName]: SectionDocuments[S] }>;
}

/**
 * Validates any contract document completely — a discovery document with all its inline sections, or a
 * section document — for tools (the CLI, the schema agreement test). Throws a ContractError only where a
 * widget would show an error state.
 */
export function validateDocument(json: unknown, base: string): ValidatedDocument {
  try {
    const kind = detectKind(json);
    if (kind === undefined) {
      requireObject(json, 'a contract document', base);
      throw new ContractError('shape', 'not a discovery, JSON Feed, accounts or questions document', { url: base, path: '$' });
    }
    if (kind !== 'discovery') {
      const result = SECTION_VALIDATORS[kind](json, base);
      return { kind, issues: result.issues, sections: { [kind]: result.value } };
    }
    const discovery = validateDiscovery(json, base);
    const issues = [...discovery.issues];
    const sections: Partial<{ [S in SectionName]: SectionDocuments[S] }> = {};
    for (const name of ['policies', 'accounts', 'questions'] as const) {
      const ref = discovery.sections[name];
      if (!ref || !('inline' in ref)) continue;
      try {
        const result = validateSection(name, ref.inline, base);
        (sections as Record<string, unknown>)[name] = result.value;
        issues.push(...nestIssues(result.issues, `$.${name}`));
      } catch (error) {
        const err = toContractError(error);
        issues.push({ path: `$.${name}${(err.path ?? '$').slice(1)}`, message: err.message, kind: 'schema', document: base });
      }
    }
    return { kind, issues, discovery, sections };
  } catch (error) {
    throw toContractError(error);
  }
}
