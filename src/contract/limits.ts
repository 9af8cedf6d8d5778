/**
 * The bounds every document is read within. Each is far above what a real county publishes and low enough
 * that a browser lays out the most a document can hold in well under a second (see `bench/bounds.mjs`).
 * Validation keeps what fits and reports the rest as issues; the JSON Schema states the same numbers as
 * `maxItems` / `maxLength` / `maxProperties`, so a document within them is schema-valid.
 */

/** The largest document read, in bytes of UTF-8 (a larger one is refused with a `too-large` error). */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/** Combining marks (`\p{M}`) kept in a row after one base character; further ones are cut. */
export const MAX_COMBINING_MARKS = 8;

/** Code points of identifiers and codes (`id`, `organization_id`, `service_code` …): longer is invalid. */
export const MAX_ID_LENGTH = 200;
/** Code points of short text (文号, 索引号, handles, MIME types, language tags): longer is cut. */
export const MAX_SHORT_TEXT = 200;
/** Code points of titles and names (policy titles, organization and account names, topics, labels): longer is cut. */
export const MAX_TITLE_TEXT = 500;
/** Code points of prose (summaries, descriptions, questions, answers, consent text): longer is cut. */
export const MAX_PROSE_TEXT = 20_000;
/** Code points of a policy's full text (`content_text`, `content_html`, never drawn): longer is cut. */
export const MAX_CONTENT_TEXT = 200_000;
/** Languages in one localized text object; further ones are left out. */
export const MAX_LANGUAGES = 20;

/** Items of lists; elements after these are left out (and not read). */
export const MAX_ITEMS = {
  /** Feed items per document (a page; `next_url` pages on). */
  items: 10_000,
  /** Organizations of the discovery document (the directory's organization `<select>`). */
  organizations: 500,
  accounts: 5_000,
  /** Answered questions per document (`answered_next_url` pages on). */
  answered: 5_000,
  /** The form's categories (radio buttons). */
  services: 100,
  /** The form's recipients (an `<option>` each). */
  recipients: 500,
  /** Per item: `tags`, `attachments`, `_gov.interpretations`, `authors`, an account's `functions`. */
  perItem: 50,
} as const;
