/**
 * TypeScript types for the disclosure contract, version 1.
 *
 * These types describe documents *after* validation: unknown fields are gone, every URL is absolute and safe
 * (`http:` or `https:`), and optional fields that were invalid have been dropped. Each is inferred from its
 * shape in `shapes.ts` — the one source the validator and the published JSON Schema follow too (decision
 * 0009) — so a field cannot be in one and missing from another. A field the validator only *expects* (reports
 * when missing, but keeps the document without) is optional here and required in the schema.
 *
 * Field names are snake_case, as in the published JSON.
 */
import type { Infer } from './check.js';
import type * as shapes from './shapes.js';

export {
  ACCOUNT_FUNCTIONS,
  ACCOUNT_STATUSES,
  FIELD_REQUIREMENTS,
  INTERPRETATION_FORMATS,
  JURISDICTION_LEVELS,
  LEGAL_FORCES,
  PERSONAL_FIELDS,
  PLATFORMS,
  POLICY_KINDS,
  REQUEST_STATUSES,
} from './shapes.js';

/** A BCP 47 language tag, e.g. `zh-Hans`, `zh-Hant-HK`, `en`. */
export type LanguageTag = string;

/**
 * Human-readable text: one string, or one string per language.
 * @example "县政府办公室"
 * @example { "zh-Hans": "县政府办公室", "en": "County Government Office" }
 */
export type LocalizedText = string | { readonly [lang: LanguageTag]: string };

/** RFC 3339 date (`2026-11-20`) or date-time (`2026-11-20T08:00:00+08:00`). */
export type DateString = string;

/** A URL. After validation always absolute `http(s)`; in published JSON it may be relative. */
export type Url = string;

export type JurisdictionLevel = (typeof shapes.JURISDICTION_LEVELS)[number];
export type PolicyKind = (typeof shapes.POLICY_KINDS)[number];
export type LegalForce = (typeof shapes.LEGAL_FORCES)[number];
export type InterpretationFormat = (typeof shapes.INTERPRETATION_FORMATS)[number];
export type Platform = (typeof shapes.PLATFORMS)[number];
export type AccountStatus = (typeof shapes.ACCOUNT_STATUSES)[number];
export type AccountFunction = (typeof shapes.ACCOUNT_FUNCTIONS)[number];
export type FieldRequirement = (typeof shapes.FIELD_REQUIREMENTS)[number];
export type RequestStatus = (typeof shapes.REQUEST_STATUSES)[number];

// Interfaces (not aliases) so that editors and the API documentation show the names.

/** The jurisdiction of a discovery document; `code` is the GB/T 2260 administrative division code. */
export interface Jurisdiction extends Infer<typeof shapes.jurisdiction> {}
export interface Organization extends Infer<typeof shapes.organization> {}
/**
 * The discovery document, conventionally `/disclosure.json`. Its sections (`policies`, `accounts`,
 * `questions`) are not part of the validated value: `validateDiscovery` says where each is (`sections`), and a
 * widget validates the one it needs.
 */
export interface DiscoveryDocument extends Infer<typeof shapes.discovery> {}

// Policies: JSON Feed 1.1 with a `_gov` extension per item
export interface PolicyAttachment extends Infer<typeof shapes.attachment> {}
export interface InterpretationLink extends Infer<typeof shapes.interpretationLink> {}
/** Government fields of a policy item (JSON Feed extension `_gov`). */
export interface PolicyGovFields extends Infer<typeof shapes.gov> {}
/** A policy; `content_html` is never rendered as HTML, kept only so it is not lost. */
export interface PolicyItem extends Infer<typeof shapes.policyItem> {}
export interface FeedAuthor extends Infer<typeof shapes.feedAuthor> {}
/** A JSON Feed 1.1 document (`version: "https://jsonfeed.org/version/1.1"`); `title` is expected, not required. */
export interface PolicyFeed extends Infer<typeof shapes.policyFeed> {}

// Accounts: the official new-media directory
/** A QR code: an image `url`, or a `payload` the widget encodes itself. */
export interface AccountQr extends Infer<typeof shapes.accountQr> {}
/** An official account; absent `status` means `active`, `platform_label` names an `other` platform. */
export interface Account extends Infer<typeof shapes.account> {}
export interface AccountsDocument extends Infer<typeof shapes.accountsDocument> {}

// Questions: the ask-a-question channel
export interface QuestionService extends Infer<typeof shapes.questionService> {}
export interface QuestionForm extends Infer<typeof shapes.questionForm> {}
export interface QuestionConsent extends Infer<typeof shapes.questionConsent> {}
export interface AnsweredQuestion extends Infer<typeof shapes.answeredQuestion> {}
/**
 * Days that are not what their weekday says: `holidays` are days off (public holidays), `workdays` are
 * weekend days worked instead (调休). `YYYY-MM-DD`, at most 1000 of each. Other days: Monday to Friday.
 */
export interface WorkingCalendar extends Infer<typeof shapes.workingCalendar> {}
export interface QuestionsDocument extends Infer<typeof shapes.questionsDocument> {}
/** A further page of answered questions: the document a questions section's `answered_next_url` names. */
export interface AnsweredPage extends Infer<typeof shapes.answeredPage> {}

// ---------------------------------------------------------------------------------------------------
// The question HTTP API

/** What the form sends, built by the widget (mutable: an integrator may add fields in `gov-ask-submit`). */
export type SubmitPayload = { -readonly [K in keyof Infer<typeof shapes.submitPayload>]: Infer<typeof shapes.submitPayload>[K] } & {
  /** Integrators may add fields (a captcha token) in `gov-ask-submit`. */
  [extension: string]: unknown;
};
export interface SubmitResponse extends Infer<typeof shapes.submitResponse> {}
export interface FieldErrorResponse extends Infer<typeof shapes.fieldErrors> {}
export interface LookupResponse extends Infer<typeof shapes.lookupResponse> {}

// ---------------------------------------------------------------------------------------------------
// Sections

/** The three sections a discovery document holds, by name. */
export interface SectionDocuments {
  policies: PolicyFeed;
  accounts: AccountsDocument;
  questions: QuestionsDocument;
}
export type SectionName = keyof SectionDocuments;

/**
 * A discovery document as a site writes it, and as a widget's `data` property takes it: each section inline
 * or as a URL. Validation keeps the sections apart (see {@link DiscoveryDocument}).
 */
export interface DiscoveryInput extends DiscoveryDocument, Readonly<Partial<{ [S in SectionName]: SectionDocuments[S] | Url }>> {}
export const SECTION_NAMES: readonly SectionName[] = ['policies', 'accounts', 'questions'];
