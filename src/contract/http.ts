/**
 * One HTTP request with a time limit that covers the whole answer, body included — shared by the document
 * loader and the question form. No DOM; `fetch` is injectable.
 */

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Why there is no answer: none in time, or a failure sending or reading. */
export interface TimedFailure {
  readonly ok: false;
  readonly timedOut: boolean;
  /** The body was longer than `maxBytes`: refused, and read no further. */
  readonly tooLarge?: boolean;
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
  /** A body longer than this many bytes is refused as soon as that is known (`Content-Length`, or while reading). */
  readonly maxBytes?: number | undefined;
}

/** Bytes of `text` in UTF-8, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // 4 bytes for the 2 units of a pair
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** Whether `text` is longer than `max` bytes of UTF-8 (counting only when its length leaves a doubt). */
export function longerThan(text: string, max: number): boolean {
  if (text.length > max) return true;
  return text.length * 3 > max && utf8Length(text) > max;
}

/**
 * Reads a response's streamed body chunk by chunk, handing each to `take`: `false`, and the rest unread, once
 * it is known to be longer than `max` bytes (declared so by `Content-Length`, or counted so). `undefined` when
 * the body is not a stream (an old in-app browser): the caller reads it whole.
 */
export async function readChunksWithin(response: Response, max: number, take: (chunk: Uint8Array) => void): Promise<boolean | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel().catch(() => undefined);
    return false;
  }
  if (!response.body) return undefined;
  const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return true;
    bytes += value.byteLength;
    if (bytes > max) {
      await reader.cancel().catch(() => undefined);
      return false;
    }
    take(value);
  }
}

/** The body as text (UTF-8), or `undefined` once it is known to be longer than `max` bytes. */
async function readWithin(response: Response, max: number): Promise<string | undefined> {
  const bytes = await readBytesWithin(response, max);
  return bytes && new TextDecoder().decode(bytes);
}

/**
 * The body as bytes, or `undefined` once it is known to be longer than `max` bytes: for a reader that decodes
 * it itself (an XML feed declares its own encoding).
 */
export async function readBytesWithin(response: Response, max: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  const read = await readChunksWithin(response, max, (chunk) => chunks.push(chunk));
  if (read === undefined) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > max ? undefined : whole;
  }
  if (!read) return undefined;
  const bytes = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Fetches `url` and reads its body as text, aborting when both have not arrived within `timeoutMs`. */
export async function fetchTextWithin(url: string, init: RequestInit, options: TimedRequestOptions): Promise<TimedAnswer> {
  const { maxBytes } = options;
  const answer = await fetchWithin(url, init, options, (response) => (maxBytes === undefined ? response.text() : readWithin(response, maxBytes)));
  return answer.ok ? { ok: true, response: answer.response, text: answer.body } : answer;
}

/**
 * Fetches `url` and reads its body with `read` (e.g. `response.arrayBuffer()`), aborting when both have not
 * arrived within `timeoutMs`; `read` answers `undefined` for a body over `maxBytes` (then `tooLarge`).
 * {@link fetchTextWithin} is this with the body as text, within `maxBytes` when given.
 */
export async function fetchWithin<T>(
  url: string,
  init: RequestInit,
  options: TimedRequestOptions,
  read: (response: Response) => Promise<T | undefined>,
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
    if (body === undefined) {
      controller.abort();
      return { ok: false, timedOut: false, tooLarge: true, phase, error: new RangeError(`body longer than ${options.maxBytes} bytes`) };
    }
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
