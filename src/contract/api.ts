/**
 * Parsers for the answers of the question API (contract §4): the submit response, the field errors of a
 * 400/422, and the lookup response. Like the document validators they take any JSON value and return a
 * typed copy holding only known fields; an answer that is unusable as a whole throws a
 * {@link ContractError} (`shape`). Pure: no fetch, no DOM.
 */
import { INVALID, OMIT, type Check, type CheckContext } from './check.js';
import { ContractError } from './errors.js';
import { fieldErrors, lookupResponse, submitResponse } from './shapes.js';
import type { FieldErrorResponse, LookupResponse, SubmitResponse } from './types.js';
import type { Validated } from './validate.js';

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
  return parse<SubmitResponse>(submitResponse.check, json, 'submit response', url);
}

/** The body of a `400`/`422` answer: `{ errors: [{ field?, message }] }`; invalid entries are left out. */
export function validateFieldErrors(json: unknown, url?: string): Validated<FieldErrorResponse> {
  return parse<FieldErrorResponse>(fieldErrors.check, json, 'field error response', url);
}

/** The body of a `200` lookup answer: `service_request_id` and a known `status` are required. */
export function validateLookupResponse(json: unknown, url?: string): Validated<LookupResponse> {
  return parse<LookupResponse>(lookupResponse.check, json, 'lookup response', url);
}
