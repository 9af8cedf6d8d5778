/**
 * Validators for every document of the contract. Each takes any JSON value and the URL of the document
 * (the base for its relative URLs) and returns a typed copy plus the issues found, item by item. Only a
 * document that is wrong as a whole throws a {@link ContractError}: not an object, another major version,
 * or a shape that is not this document at all. Nothing here throws on any other input.
 */
import {
  boolean,
  date,
  identifier,
  INVALID,
  isRecord,
  isRfc3339,
  list,
  localizedText,
  nullable,
  number,
  object,
  OMIT,
  oneOf,
  own,
  report,
  qrPayload,
  string,
  url,
  type Check,
  type CheckContext,
  type Issue,
} from './check.js';
import { ContractError, toContractError } from './errors.js';
import { MAX_CONTENT_TEXT, MAX_ID_LENGTH, MAX_ITEMS, MAX_PROSE_TEXT, MAX_SHORT_TEXT, MAX_TITLE_TEXT } from './limits.js';
import {
  ACCOUNT_FUNCTIONS,
  ACCOUNT_STATUSES,
  FIELD_REQUIREMENTS,
  INTERPRETATION_FORMATS,
  LEGAL_FORCES,
  PLATFORMS,
  POLICY_KINDS,
  type Account,
  type AccountsDocument,
  type AnsweredQuestion,
  type DiscoveryDocument,
  type JurisdictionLevel,
  type Organization,
  type PolicyFeed,
  type PolicyItem,
  type AnsweredPage,
  type QuestionsDocument,
  type SectionDocuments,
  type SectionName,
} from './types.js';

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
// Shapes (mirrors of schema/disclosure.schema.json)

// Bounds: see limits.ts. Identifiers and codes longer than theirs are invalid; text to show is cut.
const id = identifier();
const code = string({ maxLength: MAX_ID_LENGTH });
const short = string({ cut: MAX_SHORT_TEXT });
const title = localizedText({ cut: MAX_TITLE_TEXT });
const prose = localizedText({ minLength: 0, cut: MAX_PROSE_TEXT });
const perItem = MAX_ITEMS.perItem;
const nonNegativeInteger = number({ integer: true, minimum: 0 });

const organization = object(
  { id, name: title, parent_id: nullable(id), url: url(), classification: title },
  { required: ['id', 'name'] },
) as Check<Organization>;

const jurisdiction = object(
  {
    name: title,
    code: string({ pattern: /^\d{6}$/ }),
    level: oneOf<JurisdictionLevel>(['province', 'city', 'county', 'township']),
    url: url(),
  },
  { required: ['name'] },
);

const attachment = object(
  {
    url: url(),
    mime_type: short,
    title,
    size_in_bytes: nonNegativeInteger,
    duration_in_seconds: number({ minimum: 0 }),
  },
  { required: ['url', 'mime_type'] },
);

const interpretationLink = object(
  { url: url(), title, format: oneOf(INTERPRETATION_FORMATS) },
  { required: ['url'] },
);

const govFields = object({
  doc_number: short,
  index_no: short,
  issuer_id: id,
  issuer: title,
  kind: oneOf(POLICY_KINDS),
  topic: title,
  signed_date: date(),
  effective_date: date(),
  expiry_date: date(),
  legal_force: oneOf(LEGAL_FORCES),
  interprets: id,
  interpretations: list(interpretationLink, { noun: 'interpretation', maxItems: perItem }),
  superseded_by: id,
});

const author = object({ name: string({ cut: MAX_TITLE_TEXT }), url: url(), avatar: url() });

const policyItem = object(
  {
    id: identifier(true),
    url: url(),
    external_url: url(),
    title,
    content_text: localizedText({ minLength: 0, cut: MAX_CONTENT_TEXT }),
    content_html: string({ minLength: 0, cut: MAX_CONTENT_TEXT }),
    summary: prose,
    image: url(),
    date_published: date(),
    date_modified: date(),
    language: short,
    tags: list(string({ cut: MAX_TITLE_TEXT }), { noun: 'tag', maxItems: perItem }),
    attachments: list(attachment, { noun: 'attachment', maxItems: perItem }),
    _gov: govFields,
  },
  { required: ['id', 'title', 'date_published'] },
) as Check<PolicyItem>;

const policyFeed = object(
  {
    version: string(),
    title,
    home_page_url: url(),
    feed_url: url(),
    description: prose,
    language: short,
    next_url: url(),
    authors: list(author, { noun: 'author', maxItems: perItem }),
    items: list(policyItem, { uniqueBy: 'id', maxItems: MAX_ITEMS.items }),
  },
  { required: ['version', 'items'], expected: ['title'] },
) as Check<PolicyFeed>;

const account = object(
  {
    id,
    organization_id: id,
    name: title,
    platform: oneOf(PLATFORMS),
    platform_label: title,
    handle: short,
    url: url(),
    qr: object({ url: url(), payload: qrPayload(), alt: title }),
    verified: boolean(),
    functions: list(oneOf(ACCOUNT_FUNCTIONS), { noun: 'function', maxItems: perItem }),
    followers: object({ count: nonNegativeInteger, as_of: date() }, { required: ['count'] }),
    last_post_at: date(),
    last_reply_at: date(),
    status: oneOf(ACCOUNT_STATUSES),
    replaced_by: nullable(id),
    status_notice_url: nullable(url()),
    description: prose,
  },
  { required: ['id', 'name', 'platform'] },
) as Check<Account>;

const sectionVersion = string({ pattern: CONTRACT_VERSION });

const accountsDocument = object(
  { version: sectionVersion, accounts: list(account, { uniqueBy: 'id', noun: 'account', maxItems: MAX_ITEMS.accounts }) },
  { required: ['accounts'] },
) as Check<AccountsDocument>;

/** The question fields that are personal data: never published in answered questions, never stored by the form. */
export const PERSONAL_FIELDS = ['name', 'phone', 'email'] as const;

const answeredShape = object(
  {
    id,
    title,
    question: prose,
    asked_at: date(),
    service_code: code,
    organization_id: id,
    answer: object({ text: prose, answered_at: date(), organization_id: id }, { required: ['text'] }),
  },
  { required: ['id', 'title'] },
) as Check<AnsweredQuestion>;

/** Answered questions are public: personal data in one is reported (and never copied). */
const answered: Check<AnsweredQuestion> = (value, path, ctx) => {
  if (isRecord(value)) {
    for (const field of PERSONAL_FIELDS) {
      if (own(value, field) !== undefined) {
        report(ctx, `${path}.${field}`, 'personal data must not be published in answered questions; ignored', 'semantic');
      }
    }
  }
  return answeredShape(value, path, ctx);
};

const fieldRequirement = oneOf(FIELD_REQUIREMENTS);

/** The most dates each list of a working calendar keeps (about three years of holidays). */
const MAX_CALENDAR_DAYS = 1000;
const calendarDay: Check<string> = (value, path, ctx) => {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isRfc3339(value)) return value;
  report(ctx, path, 'expected a calendar date (YYYY-MM-DD)');
  return INVALID;
};
/** A working calendar's list of dates: the first {@link MAX_CALENDAR_DAYS}, the rest reported and left out. */
const calendarDays = list(calendarDay, { noun: 'date', maxItems: MAX_CALENDAR_DAYS });

const questionsDocument = object(
  {
    version: sectionVersion,
    endpoints: object({ submit: url(), lookup: url() }, { required: ['submit'] }),
    services: list(object({ service_code: code, service_name: title }, { required: ['service_code', 'service_name'] }), {
      uniqueBy: 'service_code',
      noun: 'service',
      maxItems: MAX_ITEMS.services,
    }),
    recipients: list(id, { noun: 'recipient', maxItems: MAX_ITEMS.recipients }),
    form: object({
      max_title: number({ integer: true, minimum: 1 }),
      max_body: number({ integer: true, minimum: 1 }),
      fields: object({ name: fieldRequirement, phone: fieldRequirement, email: fieldRequirement }),
      allow_publish_opt_in: boolean(),
    }),
    consent: object({ version: code, notice_url: url(), text: prose }, { required: ['version'] }),
    reply_workdays: number({ integer: true, minimum: 1, maximum: 365 }),
    working_calendar: object({ holidays: calendarDays, workdays: calendarDays }),
    answered: list(answered, { uniqueBy: 'id', noun: 'answered question', maxItems: MAX_ITEMS.answered }),
    answered_next_url: nullable(url()),
  },
  { required: ['endpoints'] },
) as Check<QuestionsDocument>;

const answeredPage = object(
  {
    version: sectionVersion,
    answered: list(answered, { uniqueBy: 'id', noun: 'answered question', maxItems: MAX_ITEMS.answered }),
    answered_next_url: nullable(url()),
  },
  { required: ['answered'] },
) as Check<AnsweredPage>;

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
  return finish(policyFeed, record, context(base, documentUrl), 'JSON Feed', documentUrl);
}

export function validateAccounts(json: unknown, base: string, documentUrl: string | undefined = base): Validated<AccountsDocument> {
  const record = requireObject(json, 'an accounts document', documentUrl);
  checkContractVersion(own(record, 'version'), documentUrl);
  return finish(accountsDocument, record, context(base, documentUrl), 'accounts document', documentUrl);
}

export function validateQuestions(json: unknown, base: string, documentUrl: string | undefined = base): Validated<QuestionsDocument> {
  const record = requireObject(json, 'a questions document', documentUrl);
  checkContractVersion(own(record, 'version'), documentUrl);
  return finish(questionsDocument, record, context(base, documentUrl), 'questions document', documentUrl);
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
  return finish(answeredPage, record, context(base, documentUrl), 'page of answered questions', documentUrl);
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

export interface ValidatedDiscovery extends Validated<DiscoveryDocument> {
  /** Where each section present is: resolved URL, or raw inline JSON (validated on demand). */
  readonly sections: Readonly<Partial<Record<SectionName, SectionRef>>>;
}

const discoveryShape = object(
  {
    version: string({ pattern: CONTRACT_VERSION }),
    generated_at: date(),
    jurisdiction,
    organizations: list(organization, { uniqueBy: 'id', noun: 'organization', maxItems: MAX_ITEMS.organizations }),
    privacy_notice_url: url(),
    accessibility_statement_url: url(),
  },
  { expected: ['version'] },
) as Check<DiscoveryDocument>;

/**
 * Validates a discovery document. Sections are not validated here (a widget needs one of three):
 * `sections` says where each is, and {@link validateSection} reads an inline one.
 */
export function validateDiscovery(json: unknown, base: string, documentUrl: string | undefined = base): ValidatedDiscovery {
  const record = requireObject(json, 'a discovery document', documentUrl);
  checkContractVersion(own(record, 'version'), documentUrl);
  const ctx = context(base, documentUrl);
  const { value } = finish(discoveryShape, record, ctx, 'discovery document', documentUrl);
  const sections: Partial<Record<SectionName, SectionRef>> = {};
  for (const name of ['policies', 'accounts', 'questions'] as const) {
    const raw = own(record, name);
    if (raw === undefined) continue;
    if (typeof raw === 'string') {
      const resolved = url()(raw, `$.${name}`, ctx);
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
  return SECTION_VALIDATORS[section](json, base, documentUrl) as Validated<SectionDocuments[S]>;
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
