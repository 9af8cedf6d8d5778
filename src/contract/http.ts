/**
 * One HTTP request with a time limit that covers the whole answer, body included — shared by the document
 * loader and the question form. No DOM; `fetch` is injectable.
 */

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Why there is no answer: none in time, or a failure sending or reading. */
export interface TimedFailure {
  readonly ok: false;
  readonly timedOut: boolean;
  /** Where it failed: before any response, or while reading the body. */
  readonly phase: 'request' | 'body';
  readonly error: unknown;
}

/** The whole answer, or why there is none: no answer in time, or a failure sending or reading. */
export type TimedAnswer = { readonly ok: true; readonly response: Response; readonly text: string } | TimedFailure;

/** Like {@link TimedAnswer}, with the body as `read` gave it (bytes for a tool that checks the encoding). */
export type TimedBody<T> = { readonly ok: true; readonly response: Response; readonly body: T } | TimedFailure;

export interface TimedRequestOptions {
  /** Defaults to the global `fetch`. */
  readonly fetch?: FetchLike | undefined;
  readonly timeoutMs: number;
}

/** Fetches `url` and reads its body as text, aborting when both have not arrived within `timeoutMs`. */
export async function fetchTextWithin(url: string, init: RequestInit, options: TimedRequestOptions): Promise<TimedAnswer> {
  const answer = await fetchWithin(url, init, options, (response) => response.text());
  return answer.ok ? { ok: true, response: answer.response, text: answer.body } : answer;
}

/**
 * Fetches `url` and reads its body with `read` (e.g. `response.arrayBuffer()`), aborting when both have not
 * arrived within `timeoutMs`. {@link fetchTextWithin} is this with `response.text()`.
 */
export async function fetchWithin<T>(
  url: string,
  init: RequestInit,
  options: TimedRequestOptions,
  read: (response: Response) => Promise<T>,
): Promise<TimedBody<T>> {
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
    const body = await read(response);
    return { ok: true, response, body };
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
