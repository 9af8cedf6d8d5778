/**
 * The form's two requests — sending a question and looking one up — with a time limit, each answer sorted
 * into an outcome the form knows how to explain. No DOM; `fetch` is injectable.
 *
 * Whether a failed send may already have been stored matters for what the form does next:
 * - certainly not stored: `invalid` (400/422), `rate-limited` (429), `rejected` (other 4xx);
 * - maybe stored: `timeout`, `network`, `server` (5xx, 409 "still processing", a 2xx without a usable body).
 * Either way the next attempt carries the same idempotency key, so the server stores the question once.
 */
import {
  describeFailure,
  fetchTextWithin,
  validateFieldErrors,
  validateLookupResponse,
  validateSubmitResponse,
  type FetchLike,
  type LookupResponse,
  type SubmitPayload,
  type SubmitResponse,
} from '../../../contract/index.js';

/** A request with no complete answer within this time counts as failed (contract §5). */
export const REQUEST_TIMEOUT_MS = 20_000;

/** When a 429 has no usable `Retry-After`. */
export const DEFAULT_RETRY_AFTER_MS = 30_000;
/** A server asking for more than this is asked again sooner. */
export const MAX_RETRY_AFTER_MS = 3_600_000;

export interface FieldError {
  readonly field?: string;
  readonly message: string;
}

/** Failures shared by both requests. `cause` is the technical reason, for `console.warn`. */
export type RequestFailure =
  | { readonly kind: 'invalid'; readonly status: number; readonly errors: readonly FieldError[]; readonly cause: string }
  | { readonly kind: 'rate-limited'; readonly status: 429; readonly retryAt: number; readonly cause: string }
  | { readonly kind: 'rejected'; readonly status: number; readonly cause: string }
  | { readonly kind: 'server'; readonly status: number | undefined; readonly cause: string }
  | { readonly kind: 'timeout'; readonly cause: string }
  | { readonly kind: 'network'; readonly cause: string }
  /**
   * The endpoint answered with a redirect. It is never followed (`redirect: 'manual'`): a 307/308 would
   * re-send the question, personal data included, wherever the answer points. Treated as a refusal: the
   * contract's endpoints answer with a receipt, and the key is kept for a later attempt.
   */
  | { readonly kind: 'redirected'; readonly cause: string };

export type SendOutcome =
  | { readonly kind: 'success'; readonly status: number; readonly response: SubmitResponse; readonly replayed: boolean }
  /** 422 naming `idempotency_key`: this key already holds a different question (an earlier version of this one). */
  | { readonly kind: 'conflict'; readonly status: number; readonly cause: string }
  | RequestFailure;

export type LookupOutcome =
  { readonly kind: 'found'; readonly response: LookupResponse } | { readonly kind: 'not-found'; readonly cause: string } | RequestFailure;

export interface RequestOptions {
  readonly fetch?: FetchLike | undefined;
  readonly timeoutMs?: number | undefined;
  readonly now?: (() => number) | undefined;
}

/**
 * When to ask again after a 429: `Retry-After` as seconds or as an HTTP date, bounded to an hour; 30 s when
 * the header is missing or unreadable. Returns a time in ms since the epoch.
 */
export function parseRetryAfter(header: string | null, now: number): number {
  const value = header?.trim() ?? '';
  let wait = DEFAULT_RETRY_AFTER_MS;
  if (/^\d+$/.test(value)) wait = Number(value) * 1000;
  else if (value !== '') {
    const date = Date.parse(value);
    if (!Number.isNaN(date)) wait = date - now;
  }
  return now + Math.min(Math.max(wait, 0), MAX_RETRY_AFTER_MS);
}

interface RawAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly json: unknown;
  readonly url: string;
}

const NOT_JSON = Symbol('not json');

/**
 * One request with a time limit covering the whole answer, body included. Redirects are not followed.
 * `label` names the request in causes (for `console.warn`): the lookup's URL carries the query code, its
 * label does not.
 */
async function request(url: string, init: RequestInit, options: RequestOptions, label: string = url): Promise<RawAnswer | RequestFailure> {
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const answer = await fetchTextWithin(url, { ...init, redirect: 'manual' }, { fetch: options.fetch, timeoutMs });
  if (!answer.ok) {
    if (answer.timedOut) return { kind: 'timeout', cause: `${label}: no complete answer within ${timeoutMs} ms` };
    const what = answer.phase === 'body' ? 'reading the answer' : 'request';
    return { kind: 'network', cause: `${label}: ${what} failed: ${describeFailure(answer.error)}` };
  }
  const { response, text } = answer;
  // An opaque redirect (status 0) in browsers; a 3xx from a fetch that shows it (Node, a test's fake).
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    return { kind: 'redirected', cause: `${label}: answered with a redirect${response.status ? ` (HTTP ${response.status})` : ''}, not followed` };
  }
  let json: unknown = NOT_JSON;
  try {
    json = JSON.parse(text);
  } catch {
    // Proxies answer errors in HTML; the status still says what happened.
  }
  return { status: response.status, headers: response.headers, json, url: label };
}

function isFailure(answer: RawAnswer | RequestFailure): answer is RequestFailure {
  return 'kind' in answer;
}

/** The outcome of an answer that is not a success, common to both requests. */
function failureOf(answer: RawAnswer, now: number): RequestFailure {
  const { status } = answer;
  const cause = `${answer.url}: HTTP ${status}`;
  if (status === 400 || status === 422) {
    let errors: readonly FieldError[] = [];
    try {
      errors = validateFieldErrors(answer.json, answer.url).value.errors;
    } catch {
      // No usable error list: the reader is told the question was refused, without details.
    }
    return { kind: 'invalid', status, errors, cause };
  }
  if (status === 429) return { kind: 'rate-limited', status, retryAt: parseRetryAfter(answer.headers.get('Retry-After'), now), cause };
  // 408 and 409 ("the same key is still being processed") are worth another try, as is any 5xx.
  if (status >= 500 || status === 408 || status === 409) return { kind: 'server', status, cause };
  return { kind: 'rejected', status, cause };
}

/**
 * POSTs a question as JSON with its `Idempotency-Key` header (the payload's own key).
 */
export async function sendQuestion(url: string, payload: SubmitPayload, options: RequestOptions = {}): Promise<SendOutcome> {
  const now = options.now ?? Date.now;
  const answer = await request(
    url,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': payload.idempotency_key },
      body: JSON.stringify(payload),
      credentials: 'same-origin',
      cache: 'no-store',
    },
    options,
  );
  if (isFailure(answer)) return answer;
  const { status } = answer;
  if (status >= 200 && status < 300) {
    try {
      const response = validateSubmitResponse(answer.json, answer.url).value;
      return { kind: 'success', status, response, replayed: status === 200 };
    } catch (error) {
      // Stored or not, we cannot tell: a retry with the same key will say.
      return { kind: 'server', status, cause: `${answer.url}: HTTP ${status} without a usable receipt: ${(error as Error).message}` };
    }
  }
  const failure = failureOf(answer, now());
  if (failure.kind === 'invalid' && status === 422 && failure.errors.some((e) => e.field === 'idempotency_key')) {
    return { kind: 'conflict', status, cause: `${failure.cause}: the idempotency key holds a different question` };
  }
  return failure;
}

/** GETs `lookup?service_request_id=…&query_code=…`. A 404 is "not found", whichever of the two was wrong. */
export async function lookupQuestion(url: string, id: string, code: string, options: RequestOptions = {}): Promise<LookupOutcome> {
  const now = options.now ?? Date.now;
  const target = new URL(url);
  target.searchParams.set('service_request_id', id);
  target.searchParams.set('query_code', code);
  const answer = await request(
    target.href,
    { method: 'GET', headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' },
    options,
    url.split(/[?#]/)[0],
  );
  if (isFailure(answer)) return answer;
  if (answer.status === 404 || answer.status === 410) return { kind: 'not-found', cause: `${answer.url}: HTTP ${answer.status}` };
  if (answer.status >= 200 && answer.status < 300) {
    try {
      return { kind: 'found', response: validateLookupResponse(answer.json, answer.url).value };
    } catch (error) {
      return { kind: 'server', status: answer.status, cause: `${answer.url}: ${(error as Error).message}` };
    }
  }
  return failureOf(answer, now());
}
