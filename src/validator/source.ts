/**
 * Where the validator page's documents come from: the files a webmaster dropped or chose, the text pasted, and
 * URLs fetched by the browser (CORS).
 *
 * Local documents (files and pasted text) are named by URLs on a stand-in origin that is never fetched
 * ({@link LOCAL_ORIGIN}), so the contract's validator and rules resolve their relative references as a
 * browser would. A reference from a local document to a local URL is read from the files by its last path
 * segment: `"policies": "/data/policies.json"` finds the dropped `policies.json`. A document from the web is
 * followed only to http(s) URLs on the web, never to the dropped files (as the command line never lets one
 * reach the disk).
 */
import type { DocumentSource, Read, Reference } from '../cli/check.js';
import { readBytesWithin } from '../contract/http.js';
import { fetchWithin, type FetchLike } from '../contract/http.js';
import { MAX_DOCUMENT_BYTES } from '../contract/limits.js';
import { DEFAULT_TIMEOUT_MS } from '../contract/load.js';
import { safeUrl } from '../contract/url.js';
import type { PageMessages } from './messages.js';

/** The stand-in origin of local documents; `.invalid` (RFC 2606), so nothing could ever answer for it. */
export const LOCAL_ORIGIN = 'https://local.validate.gov-widgets.invalid';

const isLocal = (url: string): boolean => url.startsWith(`${LOCAL_ORIGIN}/`);

/** The file name a local URL stands for: its last path segment, decoded. */
function fileNameOf(url: string): string {
  const segment = new URL(url).pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The URL a local file (or the pasted text, under `name`) is checked under. */
export function localUrl(name: string): string {
  return `${LOCAL_ORIGIN}/${encodeURIComponent(name)}`;
}

export class PageSource implements DocumentSource {
  /** What was read, by URL: the preview shows the same data that was checked. */
  readonly reads = new Map<string, Uint8Array>();

  /**
   * @param start the URL the check starts on ({@link localUrl} for a file or the pasted text)
   * @param files the dropped or chosen files, by name
   * @param names how local URLs are shown (the pasted text has no file name of its own)
   */
  constructor(
    readonly start: string,
    private readonly files: ReadonlyMap<string, Uint8Array>,
    private readonly t: PageMessages,
    private readonly names: ReadonlyMap<string, string> = new Map(),
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
  ) {}

  async read(url: string): Promise<Read> {
    const read = isLocal(url) ? this.readLocal(url) : await this.fetch(url);
    if (read.ok) this.reads.set(url, read.bytes);
    return read;
  }

  resolve(raw: string, base: string): Reference {
    const url = safeUrl(raw, base);
    if (url === null || (isLocal(url) && !isLocal(base))) return { ok: false };
    return { ok: true, url };
  }

  name(url: string): string {
    return isLocal(url) ? (this.names.get(url) ?? fileNameOf(url)) : url;
  }

  base(url: string): string {
    return url;
  }

  private readLocal(url: string): Read {
    const name = fileNameOf(url);
    const bytes = this.files.get(name);
    if (bytes === undefined) return { ok: false, reason: { kind: 'io', detail: this.t.notDropped(name) } };
    if (bytes.byteLength > MAX_DOCUMENT_BYTES) return { ok: false, reason: { kind: 'too-large', maxBytes: MAX_DOCUMENT_BYTES } };
    return { ok: true, bytes };
  }

  private async fetch(url: string): Promise<Read> {
    const answer = await fetchWithin(
      url,
      // A CORS-safelisted Accept: no preflight, so a server that only sends Access-Control-Allow-Origin will do.
      { headers: { Accept: 'application/feed+json, application/json;q=0.9' }, mode: 'cors', credentials: 'omit' },
      { fetch: this.fetchImpl, timeoutMs: DEFAULT_TIMEOUT_MS, maxBytes: MAX_DOCUMENT_BYTES },
      (response) => readBytesWithin(response, MAX_DOCUMENT_BYTES),
    );
    if (!answer.ok) {
      if (answer.tooLarge) return { ok: false, reason: { kind: 'too-large', maxBytes: MAX_DOCUMENT_BYTES } };
      if (answer.timedOut) return { ok: false, reason: { kind: 'timeout', phase: answer.phase, seconds: DEFAULT_TIMEOUT_MS / 1000 } };
      // A browser tells a CORS refusal and a network failure apart to nobody (the same TypeError): say both.
      return { ok: false, reason: { kind: 'io', detail: this.t.corsOrNetwork } };
    }
    const { response } = answer;
    if (!response.ok) return { ok: false, reason: { kind: 'http', status: response.status, statusText: response.statusText } };
    return { ok: true, bytes: answer.body };
  }
}
