/**
 * Parsers for the answers of the question API (contract §4): the submit response, the field errors of a
 * 400/422, and the lookup response. Like the document validators they take any JSON value and return a
 * typed copy holding only known fields; an answer that is unusable as a whole throws a
 * {@link ContractError} (`shape`). Pure: no fetch, no DOM.
 */
import {
  date,
  identifier,
  INVALID,
  list,
  object,
  OMIT,
  oneOf,
  string,
  type Check,
  type CheckContext,
} from './check.js';
import { ContractError } from './errors.js';
import { MAX_ID_LENGTH, MAX_ITEMS, MAX_PROSE_TEXT, MAX_TITLE_TEXT } from './limits.js';
import { REQUEST_STATUSES, type FieldErrorResponse, type LookupResponse, type SubmitResponse } from './types.js';
import type { Validated } from './validate.js';

// Answers are shown as the documents are: text cut to the bounds of prose, field messages to those of titles.
const text = string({ minLength: 0, cut: MAX_PROSE_TEXT });
const short = string({ cut: MAX_TITLE_TEXT });
/** A receipt's id and query code: shown whole or not at all (a cut code would name another question). */
const receiptCode = string({ maxLength: MAX_ID_LENGTH });

const submitResponse = object(
  { service_request_id: receiptCode, query_code: receiptCode, expected_datetime: date(), service_notice: text },
  { required: ['service_request_id', 'query_code'] },
) as Check<SubmitResponse>;

const fieldErrors = object(
  { errors: list(object({ field: string({ minLength: 0, cut: MAX_TITLE_TEXT }), message: short }, { required: ['message'] }), { noun: 'error', maxItems: MAX_ITEMS.perItem }) },
  { required: ['errors'] },
) as Check<FieldErrorResponse>;

const lookupResponse = object(
  {
    service_request_id: receiptCode,
    status: oneOf(REQUEST_STATUSES),
    status_notes: text,
    requested_datetime: date(),
    updated_datetime: date(),
    expected_datetime: date(),
    reply: object({ text, replied_at: date(), organization_id: identifier() }, { required: ['text'] }),
  },
  { required: ['service_request_id', 'status'] },
) as Check<LookupResponse>;

function parse<T>(check: Check<T>, json: unknown, what: string, url: string | undefined): Validated<T> {
  const ctx: CheckContext = url === undefined ? { base: 'about:blank', issues: [] } : { base: url, issues: [], documentUrl: url };
  const value = check(json, '$', ctx);
  if (value === INVALID || value === OMIT) {
    const first = ctx.issues[0];
    throw new ContractError('shape', `not a usable ${what}${first ? `: ${first.path} ${first.message}` : ''}`, { url, path: first?.path ?? '$' });
  }
  return { value, issues: ctx.issues };
}

/** The body of a `201`/`200` submit answer: `service_request_id` and `query_code` are required. */
export function validateSubmitResponse(json: unknown, url?: string): Validated<SubmitResponse> {
  return parse(submitResponse, json, 'submit response', url);
}

/** The body of a `400`/`422` answer: `{ errors: [{ field?, message }] }`; invalid entries are left out. */
export function validateFieldErrors(json: unknown, url?: string): Validated<FieldErrorResponse> {
  return parse(fieldErrors, json, 'field error response', url);
}

/** The body of a `200` lookup answer: `service_request_id` and a known `status` are required. */
export function validateLookupResponse(json: unknown, url?: string): Validated<LookupResponse> {
  return parse(lookupResponse, json, 'lookup response', url);
}
