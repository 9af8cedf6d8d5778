/**
 * The words of the published JSON Schema, by place: a definition (`account`), a property (`account.qr`), a
 * property of a nested object (`account.qr.payload`) or of a list's elements (`policyFeed.authors[].name`).
 * Tooling only: `emit.ts` reads it at build time, no widget bundle imports it. A test fails when a place named
 * here does not exist, or a definition has no description.
 */
export const SCHEMA_DESCRIPTION =
  'The discovery document and, under $defs, every other document of the contract: policyFeed, accountsDocument, questionsDocument, answeredPage, and the question API\'s submitPayload, submitResponse, fieldErrors and lookupResponse. Unknown fields are allowed and ignored. Bounds (maxItems, maxLength, maxProperties) are what the widgets read: larger values are cut or left out and reported; they are far above what a county publishes (see README, "Bounds"). Beyond what a schema can say: a document is at most 16 MiB of UTF-8, and text keeps at most 8 combining marks after one character. Generated from src/contract/shapes.ts, the source of the widgets\' validator and types.';

export const DESCRIPTIONS: Readonly<Record<string, string>> = {
  text: "Human-readable text: a non-empty string, or an object of BCP 47 language tags to strings. A widget picks its own language, then the language's base, then zh-Hans, then the first entry. At most 500 characters (code points) and 20 languages; longer text is cut.",
  prose: 'Like text, but may be empty (summaries, notes, descriptions). At most 20,000 characters and 20 languages; longer text is cut.',
  contentText: "A policy's full text (never drawn by the widgets): like prose, at most 200,000 characters.",
  shortText: 'Short text (文号, 索引号, a handle, a MIME type, a language tag): at most 200 characters; longer is cut.',
  id: 'An identifier, unique within its list. At most 200 characters; a longer one is invalid.',
  date: 'An RFC 3339 date (2026-11-20) or date-time with an offset (2026-11-20T08:00:00+08:00).',
  url: 'An absolute URL or one relative to the document that holds it. Only http: and https: URLs ever become links or images; any other scheme is kept as text (a validator reports it).',
  version: 'The contract version, "1.<minor>". A widget refuses another major version.',
  organization: 'An organization of the county (a government office, a department); ids are unique within the document.',
  'organization.parent_id': 'The id of the organization this one belongs to, or null for a top-level one.',
  jurisdiction: 'The county (or other division) that publishes the document.',
  'jurisdiction.code': 'Administrative division code, GB/T 2260.',
  discovery:
    'The discovery document a county publishes (conventionally /disclosure.json). Each section is inlined or a URL of a separate document. A validator reports a missing version but still reads the document.',
  'discovery.organizations': 'Organizations, ids unique; policies (issuer_id), accounts and questions refer to them. At most 500.',
  'discovery.policies': 'The policies section: a JSON Feed inline, or its URL.',
  'discovery.accounts': 'The accounts section, inline or its URL.',
  'discovery.questions': 'The questions section, inline or its URL.',
  attachment: 'A file attached to a policy (JSON Feed attachment).',
  interpretationLink: 'An interpretation of a policy published elsewhere: a text, a graphic, a video or questions and answers.',
  gov: 'Government fields of a policy item (the JSON Feed extension object _gov).',
  'gov.doc_number': '文号, e.g. 国办发〔2018〕123号.',
  'gov.index_no': '索引号.',
  'gov.issuer_id': 'The issuing organization, an id of the discovery document.',
  'gov.issuer': 'The issuer as text, when it is not an organization of the document.',
  'gov.interprets': 'Id of the policy an interpretation explains.',
  'gov.superseded_by': 'Id of the policy that replaced this one.',
  policyItem: 'A policy, interpretation or notice: a JSON Feed item with government fields under _gov.',
  'policyItem.id': 'Required; a number is read as its string, as JSON Feed says.',
  'policyItem.content_html': 'Never rendered as HTML by the widgets.',
  'policyItem.tags': 'Topics.',
  policyFeed: 'The policies section: a JSON Feed 1.1 document. A validator reports a missing title but still reads the feed.',
  'policyFeed.next_url': 'The next page of items (JSON Feed paging).',
  'policyFeed.items': 'Item ids unique. Widgets show items newest first by date_published. At most 10,000 per document (page on with next_url).',
  account: 'An official new-media account of an organization.',
  'account.platform_label': 'Names the platform when platform is other.',
  'account.qr': 'The QR code: an image url, or a payload the widget encodes; with neither, the account url is encoded.',
  'account.qr.url': 'An image of the code.',
  'account.qr.payload':
    'An absolute http(s) URL, exactly as written (nothing before the scheme, no spaces or invisible characters), that the widget encodes itself when there is no image. Anything else is never encoded: the account url is.',
  'account.status': 'Absent means active.',
  'account.replaced_by': 'The id of the account that took over (status merged or closed).',
  accountsDocument: 'The accounts section: the official new-media directory.',
  'accountsDocument.accounts': 'Account ids unique.',
  answeredQuestion: 'A published question and its answer. Personal data (name, phone, email) never appears here.',
  questionsDocument: 'The questions section: the ask-a-question channel.',
  'questionsDocument.recipients': 'Organization ids that accept questions.',
  'questionsDocument.reply_workdays': 'Working days within which a reply is promised.',
  'questionsDocument.working_calendar':
    "The county's working calendar, for counting reply_workdays: public holidays (days off that would be working days) and make-up working days (调休, weekend days that are worked). Other days: Monday to Friday.",
  answeredPage: "A further page of answered questions: the document a questions section's answered_next_url names. Paged on by its own answered_next_url.",
  submitPayload: 'POST endpoints.submit, Content-Type application/json, header Idempotency-Key. Integrators may add fields (a captcha token).',
  'submitPayload.idempotency_key': 'A UUID, equal to the Idempotency-Key header.',
  submitResponse: '201 Created, or 200 for a replay of the same idempotency key.',
  fieldErrors: '400 or 422: errors shown beside their fields.',
  lookupResponse: '200 answer of GET endpoints.lookup?service_request_id=…&query_code=… (404 for an unknown id or a wrong code alike).',
};
