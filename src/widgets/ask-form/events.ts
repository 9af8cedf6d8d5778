/**
 * The events of `<gov-ask-form>`. All bubble and are composed (see `src/core/events.ts`).
 */
import type { SubmitPayload, SubmitResponse } from '../../contract/index.js';

/**
 * `gov-ask-submit`, cancelable: fired before every attempt to send (retries included), after the form's
 * own checks passed. A listener may add fields to `payload` (a captcha token) or call `preventDefault()` to
 * stop this attempt; the form then stays as it is. `waitUntil(promise)` holds the send until an asynchronous
 * step (a captcha) settles. The contract fields and the idempotency key are the
 * form's: changes to them are undone before sending.
 */
export interface GovAskSubmitDetail {
  readonly payload: SubmitPayload;
  /** 1 for the first attempt with this idempotency key, then 2, 3 … */
  readonly attempt: number;
  /**
   * Holds the send until `promise` settles (a captcha, a consent dialog), like a service worker's
   * `ExtendableEvent.waitUntil`: call it while the event is dispatched (in the listener itself, not later), as
   * often as needed. The form shows 正在发送… and takes no second submit meanwhile; fields added to `payload`
   * before the promise fulfils are sent. A rejected promise cancels this attempt as `preventDefault()` would
   * (nothing is sent, the form stays as it is, the reason goes to `console.warn`). The question sent is the one
   * submitted, under the same idempotency key, however long the wait.
   */
  readonly waitUntil: (promise: PromiseLike<unknown>) => void;
}

/** `gov-ask-success`: the endpoint confirmed the question (201, or 200 for a replay of the same key). */
export interface GovAskSuccessDetail {
  readonly response: SubmitResponse;
  readonly idempotencyKey: string;
  /** True when the endpoint had the question already (an earlier attempt arrived, its answer did not). */
  readonly replayed: boolean;
  /** The reply date shown, `YYYY-MM-DD` (the endpoint's `expected_datetime`, or counted from `reply_workdays`). */
  readonly expectedDate: string | undefined;
}

export type GovAskFailureReason =
  /** The form's own checks, or the endpoint's 400/422, found fields to correct. */
  | 'invalid'
  /** 429: `retryAt` says when the form lets the reader send again. */
  | 'rate-limited'
  /** No complete answer within `requestTimeout`. */
  | 'timeout'
  /** The request failed before an answer (offline, connection cut). */
  | 'network'
  /** 5xx, 408, 409 or an unusable 2xx: the question may be stored; a retry with the same key settles it. */
  | 'server'
  /** Another 4xx (403, 404, 413 …). */
  | 'rejected'
  /** The endpoint answered with a redirect, which the form does not follow: nothing was sent there. */
  | 'redirected'
  /** The key already holds an earlier version of this question (see docs/widgets/ask-form.md). */
  | 'conflict'
  /** The honeypot field was filled in: nothing was sent. */
  | 'bot';

/** `gov-ask-failure`: a submit did not end in a confirmed question. */
export interface GovAskFailureDetail {
  readonly reason: GovAskFailureReason;
  /** The HTTP status, when there was an answer. */
  readonly status: number | undefined;
  /** What the reader is told, in the widget's language. */
  readonly message: string;
  /** The fields shown as invalid, by payload name. */
  readonly fields: readonly string[];
  /** For `rate-limited`: when sending is possible again (ms since the epoch). */
  readonly retryAt: number | undefined;
}

export interface GovAskEventMap {
  'gov-ask-submit': GovAskSubmitDetail;
  'gov-ask-success': GovAskSuccessDetail;
  'gov-ask-failure': GovAskFailureDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-ask-submit': CustomEvent<GovAskSubmitDetail>;
    'gov-ask-success': CustomEvent<GovAskSuccessDetail>;
    'gov-ask-failure': CustomEvent<GovAskFailureDetail>;
  }
}
