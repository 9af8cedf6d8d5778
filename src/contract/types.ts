/**
 * TypeScript types for the disclosure contract, version 1.
 *
 * These types describe documents *after* validation (see `validate.ts`): unknown fields are gone, every
 * URL is absolute and safe (`http:` or `https:`), and optional fields that were invalid have been dropped.
 * The same shapes are what an integrator passes to a widget's `data` property; the JSON Schema in
 * `schema/disclosure.schema.json` is the wire-format twin of this file.
 *
 * Field names are snake_case, as in the published JSON.
 */

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

export type JurisdictionLevel = 'province' | 'city' | 'county' | 'township';

export interface Jurisdiction {
  readonly name: LocalizedText;
  /** Administrative division code (GB/T 2260), six digits. */
  readonly code?: string;
  readonly level?: JurisdictionLevel;
  readonly url?: Url;
}

export interface Organization {
  readonly id: string;
  readonly name: LocalizedText;
  readonly parent_id?: string | null;
  readonly url?: Url;
  readonly classification?: LocalizedText;
}

/** The discovery document, conventionally `/disclosure.json`. */
export interface DiscoveryDocument {
  /** `"1.<minor>"`. */
  readonly version: string;
  readonly generated_at?: DateString;
  readonly jurisdiction?: Jurisdiction;
  readonly organizations?: readonly Organization[];
  /** The policies section, inline or as a URL of a JSON Feed document. */
  readonly policies?: PolicyFeed | Url;
  readonly accounts?: AccountsDocument | Url;
  readonly questions?: QuestionsDocument | Url;
  readonly privacy_notice_url?: Url;
  readonly accessibility_statement_url?: Url;
}

// ---------------------------------------------------------------------------------------------------
// Policies: JSON Feed 1.1 with a `_gov` extension per item

export type PolicyKind = 'policy' | 'interpretation' | 'notice' | 'plan' | 'report' | 'other';
export type LegalForce = 'in_force' | 'partially_in_force' | 'not_in_force';
export type InterpretationFormat = 'text' | 'graphic' | 'video' | 'qa';

export const POLICY_KINDS: readonly PolicyKind[] = ['policy', 'interpretation', 'notice', 'plan', 'report', 'other'];
export const LEGAL_FORCES: readonly LegalForce[] = ['in_force', 'partially_in_force', 'not_in_force'];
export const INTERPRETATION_FORMATS: readonly InterpretationFormat[] = ['text', 'graphic', 'video', 'qa'];

export interface PolicyAttachment {
  readonly url: Url;
  readonly mime_type: string;
  readonly title?: LocalizedText;
  readonly size_in_bytes?: number;
  readonly duration_in_seconds?: number;
}

export interface InterpretationLink {
  readonly url: Url;
  readonly title?: LocalizedText;
  readonly format?: InterpretationFormat;
}

/** Government fields of a policy item (JSON Feed extension `_gov`). */
export interface PolicyGovFields {
  /** 文号, e.g. `国办发〔2018〕123号`. */
  readonly doc_number?: string;
  /** 索引号. */
  readonly index_no?: string;
  /** An organization id from the discovery document. */
  readonly issuer_id?: string;
  /** The issuer as text, when it is not an organization of the document. */
  readonly issuer?: LocalizedText;
  readonly kind?: PolicyKind;
  readonly topic?: LocalizedText;
  readonly signed_date?: DateString;
  readonly effective_date?: DateString;
  readonly expiry_date?: DateString;
  readonly legal_force?: LegalForce;
  /** Id of the policy this interpretation explains. */
  readonly interprets?: string;
  readonly interpretations?: readonly InterpretationLink[];
  /** Id of the policy that replaced this one. */
  readonly superseded_by?: string;
}

export interface PolicyItem {
  readonly id: string;
  readonly title: LocalizedText;
  readonly url?: Url;
  readonly external_url?: Url;
  readonly date_published: DateString;
  readonly date_modified?: DateString;
  readonly summary?: LocalizedText;
  readonly content_text?: LocalizedText;
  /** Never rendered as HTML; kept only so it is not lost. */
  readonly content_html?: string;
  readonly image?: Url;
  readonly language?: LanguageTag;
  readonly tags?: readonly string[];
  readonly attachments?: readonly PolicyAttachment[];
  readonly _gov?: PolicyGovFields;
}

export interface FeedAuthor {
  readonly name?: string;
  readonly url?: Url;
  readonly avatar?: Url;
}

/** A JSON Feed 1.1 document (`version: "https://jsonfeed.org/version/1.1"`). */
export interface PolicyFeed {
  readonly version: string;
  readonly title: LocalizedText;
  readonly home_page_url?: Url;
  readonly feed_url?: Url;
  readonly description?: LocalizedText;
  readonly language?: LanguageTag;
  readonly next_url?: Url;
  readonly authors?: readonly FeedAuthor[];
  readonly items: readonly PolicyItem[];
}

// ---------------------------------------------------------------------------------------------------
// Accounts: the official new-media directory

export type Platform =
  | 'wechat_oa'
  | 'wechat_channels'
  | 'weibo'
  | 'douyin'
  | 'kuaishou'
  | 'toutiao'
  | 'bilibili'
  | 'xiaohongshu'
  | 'app'
  | 'miniprogram'
  | 'website'
  | 'other';
export type AccountStatus = 'active' | 'paused' | 'closing' | 'closed' | 'merged';
export type AccountFunction = 'publish' | 'interact' | 'service';

export const PLATFORMS: readonly Platform[] = [
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
];
export const ACCOUNT_STATUSES: readonly AccountStatus[] = ['active', 'paused', 'closing', 'closed', 'merged'];
export const ACCOUNT_FUNCTIONS: readonly AccountFunction[] = ['publish', 'interact', 'service'];

export interface AccountQr {
  /** An image of the code. */
  readonly url?: Url;
  /** Text the widget encodes itself when there is no image. */
  readonly payload?: string;
  readonly alt?: LocalizedText;
}

export interface Account {
  readonly id: string;
  readonly organization_id?: string;
  readonly name: LocalizedText;
  readonly platform: Platform;
  /** Names the platform when `platform` is `other`. */
  readonly platform_label?: LocalizedText;
  readonly handle?: string;
  readonly url?: Url;
  readonly qr?: AccountQr;
  readonly verified?: boolean;
  readonly functions?: readonly AccountFunction[];
  readonly followers?: { readonly count: number; readonly as_of?: DateString };
  readonly last_post_at?: DateString;
  readonly last_reply_at?: DateString;
  /** Absent means `active`. */
  readonly status?: AccountStatus;
  readonly replaced_by?: string | null;
  readonly status_notice_url?: Url | null;
  readonly description?: LocalizedText;
}

export interface AccountsDocument {
  /** Optional in a section document; when present, `"1.<minor>"`. */
  readonly version?: string;
  readonly accounts: readonly Account[];
}

// ---------------------------------------------------------------------------------------------------
// Questions: the ask-a-question channel

export type FieldRequirement = 'required' | 'optional' | 'off';
export const FIELD_REQUIREMENTS: readonly FieldRequirement[] = ['required', 'optional', 'off'];

export interface QuestionService {
  readonly service_code: string;
  readonly service_name: LocalizedText;
}

export interface QuestionForm {
  readonly max_title?: number;
  readonly max_body?: number;
  readonly fields?: {
    readonly name?: FieldRequirement;
    readonly phone?: FieldRequirement;
    readonly email?: FieldRequirement;
  };
  readonly allow_publish_opt_in?: boolean;
}

export interface QuestionConsent {
  readonly version: string;
  readonly notice_url?: Url;
  readonly text?: LocalizedText;
}

export interface AnsweredQuestion {
  readonly id: string;
  readonly title: LocalizedText;
  readonly question?: LocalizedText;
  readonly asked_at?: DateString;
  readonly service_code?: string;
  readonly organization_id?: string;
  readonly answer?: {
    readonly text: LocalizedText;
    readonly answered_at?: DateString;
    readonly organization_id?: string;
  };
}

/**
 * Days that are not what their weekday says: `holidays` are days off (public holidays), `workdays` are
 * weekend days worked instead (调休). `YYYY-MM-DD`, at most 1000 of each. Other days: Monday to Friday.
 */
export interface WorkingCalendar {
  readonly holidays?: readonly DateString[];
  readonly workdays?: readonly DateString[];
}

export interface QuestionsDocument {
  readonly version?: string;
  readonly endpoints: { readonly submit: Url; readonly lookup?: Url };
  readonly services?: readonly QuestionService[];
  /** Organization ids that accept questions. */
  readonly recipients?: readonly string[];
  readonly form?: QuestionForm;
  readonly consent?: QuestionConsent;
  /** Working days within which a reply is promised (1–365). */
  readonly reply_workdays?: number;
  /** The county's working calendar, for counting `reply_workdays`. */
  readonly working_calendar?: WorkingCalendar;
  readonly answered?: readonly AnsweredQuestion[];
  readonly answered_next_url?: Url | null;
}

/** A further page of answered questions: the document a questions section's `answered_next_url` names. */
export interface AnsweredPage {
  readonly version?: string;
  readonly answered: readonly AnsweredQuestion[];
  readonly answered_next_url?: Url | null;
}

// ---------------------------------------------------------------------------------------------------
// The question HTTP API

export interface SubmitPayload {
  service_code: string;
  organization_id?: string;
  title: string;
  description: string;
  name?: string;
  phone?: string;
  email?: string;
  publish_consent?: boolean;
  consent_version?: string;
  /** A UUID; equal to the `Idempotency-Key` header. */
  idempotency_key: string;
  locale: LanguageTag;
  /** Integrators may add fields (a captcha token) in `gov-ask-submit`. */
  [extension: string]: unknown;
}

export interface SubmitResponse {
  readonly service_request_id: string;
  readonly query_code: string;
  readonly expected_datetime?: DateString;
  readonly service_notice?: string;
}

export interface FieldErrorResponse {
  readonly errors: readonly { readonly field?: string; readonly message: string }[];
}

export type RequestStatus = 'received' | 'accepted' | 'transferred' | 'answered' | 'closed' | 'rejected';
export const REQUEST_STATUSES: readonly RequestStatus[] = [
  'received',
  'accepted',
  'transferred',
  'answered',
  'closed',
  'rejected',
];

export interface LookupResponse {
  readonly service_request_id: string;
  readonly status: RequestStatus;
  readonly status_notes?: string;
  readonly requested_datetime?: DateString;
  readonly updated_datetime?: DateString;
  readonly expected_datetime?: DateString;
  readonly reply?: { readonly text: string; readonly replied_at?: DateString; readonly organization_id?: string };
}

// ---------------------------------------------------------------------------------------------------
// Sections

/** The three sections a discovery document holds, by name. */
export interface SectionDocuments {
  policies: PolicyFeed;
  accounts: AccountsDocument;
  questions: QuestionsDocument;
}
export type SectionName = keyof SectionDocuments;
export const SECTION_NAMES: readonly SectionName[] = ['policies', 'accounts', 'questions'];
