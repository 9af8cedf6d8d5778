/**
 * The contract, written once. Every document of the contract is a shape here; from these shapes follow
 * - the validator (`validate.ts`, `api.ts` run each shape's `check`),
 * - the TypeScript types (`types.ts`: `interface Account extends Infer<typeof account> {}`), and
 * - the published JSON Schema (`schema/emit.ts`, run by `npm run build`; the widget bundles never import it).
 * A field added here is validated, typed and published at once; see decision 0009.
 *
 * Bounds: see limits.ts. Identifiers and codes longer than theirs are invalid; text to show is cut.
 */
import {
  boolean,
  calendarDate,
  date,
  identifier,
  list,
  localizedText,
  nullable,
  number,
  object,
  oneOf,
  qrPayload,
  section,
  string,
  url,
  withoutPersonalData,
} from './check.js';
import { MAX_CONTENT_TEXT, MAX_ID_LENGTH, MAX_ITEMS, MAX_PROSE_TEXT, MAX_SHORT_TEXT, MAX_TITLE_TEXT } from './limits.js';

// ---------------------------------------------------------------------------------------------------
// Enumerations

export const JURISDICTION_LEVELS = ['province', 'city', 'county', 'township'] as const;
export const POLICY_KINDS = ['policy', 'interpretation', 'notice', 'plan', 'report', 'other'] as const;
export const LEGAL_FORCES = ['in_force', 'partially_in_force', 'not_in_force'] as const;
export const INTERPRETATION_FORMATS = ['text', 'graphic', 'video', 'qa'] as const;
export const PLATFORMS = [
  'wechat_oa',
  'wechat_channels',
  'weibo',
  'douyin',
  'kuaishou',
  'toutiao',
  'bilibili',
  'xiaohongshu',
  'app',
  'miniprogram',
  'website',
  'other',
] as const;
export const ACCOUNT_STATUSES = ['active', 'paused', 'closing', 'closed', 'merged'] as const;
export const ACCOUNT_FUNCTIONS = ['publish', 'interact', 'service'] as const;
export const FIELD_REQUIREMENTS = ['required', 'optional', 'off'] as const;
export const REQUEST_STATUSES = ['received', 'accepted', 'transferred', 'answered', 'closed', 'rejected'] as const;

// ---------------------------------------------------------------------------------------------------
// Common values (each a definition of the published schema)

export const id = identifier();
export const text = localizedText({ cut: MAX_TITLE_TEXT });
export const prose = localizedText({ minLength: 0, cut: MAX_PROSE_TEXT });
export const contentText = localizedText({ minLength: 0, cut: MAX_CONTENT_TEXT });
export const shortText = string({ cut: MAX_SHORT_TEXT });
export const dateValue = date();
export const urlValue = url();
/** The contract version of a discovery or section document, `"1.<minor>"` (another major is refused first). */
export const version = string({ pattern: /^1\.\d+$/ });

/** A service code or a consent version: invalid when longer than an identifier (a cut code names another). */
const code = string({ maxLength: MAX_ID_LENGTH });
/** A one-line text of a feed or an API answer: cut at the length of a title. */
const line = string({ cut: MAX_TITLE_TEXT });
const perItem = MAX_ITEMS.perItem;
const nonNegativeInteger = number({ integer: true, minimum: 0 });

// ---------------------------------------------------------------------------------------------------
// Discovery

export const organization = object({ id, name: text, parent_id: nullable(id), url: urlValue, classification: text }, { required: ['id', 'name'] });

export const jurisdiction = object(
  { name: text, code: string({ pattern: /^\d{6}$/ }), level: oneOf(JURISDICTION_LEVELS), url: urlValue },
  { required: ['name'] },
);

export const discovery = object(
  {
    version,
    generated_at: dateValue,
    jurisdiction,
    organizations: list(organization, { uniqueBy: 'id', noun: 'organization', maxItems: MAX_ITEMS.organizations }),
    policies: section('policyFeed'),
    accounts: section('accountsDocument'),
    questions: section('questionsDocument'),
    privacy_notice_url: urlValue,
    accessibility_statement_url: urlValue,
  },
  { expected: ['version'] },
);

// ---------------------------------------------------------------------------------------------------
// Policies: JSON Feed 1.1 with a `_gov` extension per item

export const attachment = object(
  { url: urlValue, mime_type: shortText, title: text, size_in_bytes: nonNegativeInteger, duration_in_seconds: number({ minimum: 0 }) },
  { required: ['url', 'mime_type'] },
);

export const interpretationLink = object({ url: urlValue, title: text, format: oneOf(INTERPRETATION_FORMATS) }, { required: ['url'] });

export const gov = object({
  doc_number: shortText,
  index_no: shortText,
  issuer_id: id,
  issuer: text,
  kind: oneOf(POLICY_KINDS),
  topic: text,
  signed_date: dateValue,
  effective_date: dateValue,
  expiry_date: dateValue,
  legal_force: oneOf(LEGAL_FORCES),
  interprets: id,
  interpretations: list(interpretationLink, { noun: 'interpretation', maxItems: perItem }),
  superseded_by: id,
});

export const feedAuthor = object({ name: line, url: urlValue, avatar: urlValue });

export const policyItem = object(
  {
    id: identifier(true),
    url: urlValue,
    external_url: urlValue,
    title: text,
    content_text: contentText,
    content_html: string({ minLength: 0, cut: MAX_CONTENT_TEXT }),
    summary: prose,
    image: urlValue,
    date_published: dateValue,
    date_modified: dateValue,
    language: shortText,
    tags: list(line, { noun: 'tag', maxItems: perItem }),
    attachments: list(attachment, { noun: 'attachment', maxItems: perItem }),
    _gov: gov,
  },
  { required: ['id', 'title', 'date_published'] },
);

export const policyFeed = object(
  {
    version: string({ pattern: /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?$/ }),
    title: text,
    home_page_url: urlValue,
    feed_url: urlValue,
    description: prose,
    language: shortText,
    next_url: urlValue,
    authors: list(feedAuthor, { noun: 'author', maxItems: perItem }),
    items: list(policyItem, { uniqueBy: 'id', maxItems: MAX_ITEMS.items }),
  },
  { required: ['version', 'items'], expected: ['title'] },
);

// ---------------------------------------------------------------------------------------------------
// Accounts: the official new-media directory

export const accountQr = object({ url: urlValue, payload: qrPayload(), alt: text });

export const account = object(
  {
    id,
    organization_id: id,
    name: text,
    platform: oneOf(PLATFORMS),
    platform_label: text,
    handle: shortText,
    url: urlValue,
    qr: accountQr,
    verified: boolean(),
    functions: list(oneOf(ACCOUNT_FUNCTIONS), { noun: 'function', maxItems: perItem }),
    followers: object({ count: nonNegativeInteger, as_of: dateValue }, { required: ['count'] }),
    last_post_at: dateValue,
    last_reply_at: dateValue,
    status: oneOf(ACCOUNT_STATUSES),
    replaced_by: nullable(id),
    status_notice_url: nullable(urlValue),
    description: prose,
  },
  { required: ['id', 'name', 'platform'] },
);

export const accountsDocument = object(
  { version, accounts: list(account, { uniqueBy: 'id', noun: 'account', maxItems: MAX_ITEMS.accounts }) },
  { required: ['accounts'] },
);

// ---------------------------------------------------------------------------------------------------
// Questions: the ask-a-question channel

/** The asker's personal fields of a submit payload: never published, never stored on the device. */
export const PERSONAL_FIELDS = ['name', 'phone', 'email'] as const;

// Answered questions are public: personal data in one is reported (and never copied).
export const answeredQuestion = withoutPersonalData(
  object(
    {
      id,
      title: text,
      question: prose,
      asked_at: dateValue,
      service_code: code,
      organization_id: id,
      answer: object({ text: prose, answered_at: dateValue, organization_id: id }, { required: ['text'] }),
    },
    { required: ['id', 'title'] },
  ),
  PERSONAL_FIELDS,
);

export const questionService = object({ service_code: code, service_name: text }, { required: ['service_code', 'service_name'] });

const fieldRequirement = oneOf(FIELD_REQUIREMENTS);

export const questionForm = object({
  max_title: number({ integer: true, minimum: 1 }),
  max_body: number({ integer: true, minimum: 1 }),
  fields: object({ name: fieldRequirement, phone: fieldRequirement, email: fieldRequirement }),
  allow_publish_opt_in: boolean(),
});

export const questionConsent = object({ version: code, notice_url: urlValue, text: prose }, { required: ['version'] });

/** The most dates each list of a working calendar keeps (about three years of holidays). */
const MAX_CALENDAR_DAYS = 1000;
/** A working calendar's list of dates: the first {@link MAX_CALENDAR_DAYS}, the rest reported and left out. */
const calendarDays = list(calendarDate(), { noun: 'date', maxItems: MAX_CALENDAR_DAYS });

export const workingCalendar = object({ holidays: calendarDays, workdays: calendarDays });

const answeredList = list(answeredQuestion, { uniqueBy: 'id', noun: 'answered question', maxItems: MAX_ITEMS.answered });

export const questionsDocument = object(
  {
    version,
    endpoints: object({ submit: urlValue, lookup: urlValue }, { required: ['submit'] }),
    services: list(questionService, { uniqueBy: 'service_code', noun: 'service', maxItems: MAX_ITEMS.services }),
    recipients: list(id, { noun: 'recipient', maxItems: MAX_ITEMS.recipients }),
    form: questionForm,
    consent: questionConsent,
    reply_workdays: number({ integer: true, minimum: 1, maximum: 365 }),
    working_calendar: workingCalendar,
    answered: answeredList,
    answered_next_url: nullable(urlValue),
  },
  { required: ['endpoints'] },
);

export const answeredPage = object({ version, answered: answeredList, answered_next_url: nullable(urlValue) }, { required: ['answered'] });

// ---------------------------------------------------------------------------------------------------
// The question HTTP API

// Answers are shown as the documents are: text cut to the bounds of prose, field messages to those of titles.
const answerText = string({ minLength: 0, cut: MAX_PROSE_TEXT });
/** A receipt's id and query code: shown whole or not at all (a cut code would name another question). */
const receiptCode = string({ maxLength: MAX_ID_LENGTH });

/** What the form sends; integrators may add fields (a captcha token) in `gov-ask-submit`. */
export const submitPayload = object(
  {
    service_code: string(),
    organization_id: id,
    title: string(),
    description: string(),
    name: string({ minLength: 0 }),
    phone: string({ minLength: 0 }),
    email: string({ minLength: 0 }),
    publish_consent: boolean(),
    consent_version: string({ minLength: 0 }),
    idempotency_key: string({ pattern: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/ }),
    locale: string(),
  },
  { required: ['service_code', 'title', 'description', 'idempotency_key', 'locale'] },
);

export const submitResponse = object(
  { service_request_id: receiptCode, query_code: receiptCode, expected_datetime: dateValue, service_notice: answerText },
  { required: ['service_request_id', 'query_code'] },
);

export const fieldError = object({ field: string({ minLength: 0, cut: MAX_TITLE_TEXT }), message: line }, { required: ['message'] });

export const fieldErrors = object({ errors: list(fieldError, { noun: 'error', maxItems: MAX_ITEMS.perItem }) }, { required: ['errors'] });

export const lookupReply = object({ text: answerText, replied_at: dateValue, organization_id: id }, { required: ['text'] });

export const lookupResponse = object(
  {
    service_request_id: receiptCode,
    status: oneOf(REQUEST_STATUSES),
    status_notes: answerText,
    requested_datetime: dateValue,
    updated_datetime: dateValue,
    expected_datetime: dateValue,
    reply: lookupReply,
  },
  { required: ['service_request_id', 'status'] },
);
