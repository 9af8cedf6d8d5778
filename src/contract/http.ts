/**
 * One HTTP request with a time limit that covers the whole answer, body included — shared by the document
 * loader and the question form. No DOM; `fetch` is injectable.
 */

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The whole answer, or why there is none: no answer in time, or a failure sending or reading. */
export type TimedAnswer =
  | { readonly ok: true; readonly response: Response; readonly text: string }
  | {
      readonly ok: false;
      readonly timedOut: boolean;
      /** Where it failed: before any response, or while reading the body. */
      readonly phase: 'request' | 'body';
      readonly error: unknown;
    };

export interface TimedRequestOptions {
  /** Defaults to the global `fetch`. */
  readonly fetch?: FetchLike | undefined;
  readonly timeoutMs: number;
}

/** Fetches `url` and reads its body as text, aborting when both have not arrived within `timeoutMs`. */
export async function fetchTextWithin(url: string, init: RequestInit, options: TimedRequestOptions): Promise<TimedAnswer> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  let phase: 'request' | 'body' = 'request';
  try {
    const response = await doFetch(url, { ...init, signal: controller.signal });
    phase = 'body';
    const text = await response.text();
    return { ok: true, response, text };
  } catch (error) {
    return { ok: false, timedOut, phase, error };
  } finally {
    clearTimeout(timer);
  }
}

/** `Name: message` of anything thrown. */
export function describeFailure(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
