/**
 * Where documents come from and which references may be followed.
 *
 * Documents are named by real URLs: `file:` for local files, `http(s):` for the web. Data never decides that
 * a file is read:
 * - a document on the web is followed only to `http(s)` URLs (the contract's {@link safeUrl});
 * - a local document may name its sections by relative URLs, which are read only inside the folder of the
 *   document the validator was started on (after resolving symbolic links); an absolute `file:` URL or any
 *   other scheme is refused.
 *
 * The contract's validator and rules resolve relative URLs as a browser does and report anything but
 * `http(s)`; for a local document they are given a stand-in `https:` base ({@link contractBase}). That base
 * only ever names a document in findings: nothing reads from it, so a document naming it reaches the
 * network (and fails there), never the disk.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fetchWithin, readBytesWithin } from '../contract/http.js';
import { MAX_DOCUMENT_BYTES } from '../contract/limits.js';
import { DEFAULT_TIMEOUT_MS as TIMEOUT_MS } from '../contract/load.js';
import { MAX_URL_LENGTH, safeUrl } from '../contract/url.js';
import type { Read, ReadFailure, Reference } from './check.js';

export type { Read, ReadFailure, Reference };

const isFileUrl = (url: string): boolean => url.startsWith('file:');

/** The URL of the command line's target: a URL as given, or a path (relative to `cwd`) as a `file:` URL. */
export function targetUrl(target: string, cwd: string): string {
  return /^https?:\/\//i.test(target) ? new URL(target).href : pathToFileURL(resolve(cwd, target)).href;
}

/** How a document is named in the output: a path relative to `cwd` for a local file, else its URL. */
export function displayName(url: string, cwd: string): string {
  if (!isFileUrl(url)) return url;
  try {
    return relative(cwd, fileURLToPath(url)) || '.';
  } catch {
    return url;
  }
}

/** Stand-in http(s) base for the contract's validator and rules (never read from; see the module comment). */
export function contractBase(url: string): string {
  return isFileUrl(url) ? `https://local-file.gov-widgets.invalid${new URL(url).pathname}` : url;
}

const HAS_SCHEME = /^[\s\x00-\x1f]*[A-Za-z][A-Za-z0-9+.-]*:/;

/** Resolves a reference from data; see the module comment for what may be followed. */
export function resolveReference(raw: string, base: string): Reference {
  if (!isFileUrl(base)) {
    const url = safeUrl(raw, base);
    return url === null ? { ok: false } : { ok: true, url };
  }
  const web = safeUrl(raw, 'https://relative.invalid/');
  if (web !== null && HAS_SCHEME.test(raw)) return { ok: true, url: web };
  if (HAS_SCHEME.test(raw) || raw.length === 0 || raw.length > MAX_URL_LENGTH) return { ok: false };
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { ok: false };
  }
  // `//host/share` would be a network path on Windows.
  if (url.protocol !== 'file:' || url.host !== '') return { ok: false };
  url.search = '';
  url.hash = '';
  try {
    fileURLToPath(url); // an encoded "/" (`..%2F`) is no file name
  } catch {
    return { ok: false };
  }
  return { ok: true, url: url.href };
}

/** Reads documents; local reads stay inside the folder of `start` (when it is a local file). */
export class Reader {
  private readonly folder: Promise<string | undefined>;

  constructor(
    private readonly start: string,
    private readonly fetchImpl: typeof fetch = globalThis.fetch,
  ) {
    this.folder = isFileUrl(start) ? realpath(dirname(fileURLToPath(start))).catch(() => dirname(fileURLToPath(start))) : Promise.resolve(undefined);
  }

  async read(url: string): Promise<Read> {
    return isFileUrl(url) ? this.readFile(url) : this.fetch(url);
  }

  private async readFile(url: string): Promise<Read> {
    let path = url;
    try {
      // Throws for an encoded "/" (`..%2F`), which is no file name.
      path = fileURLToPath(url);
      if (url !== this.start) {
        const folder = await this.folder;
        const real = await realpath(path);
        if (folder === undefined || !(real === folder || real.startsWith(folder.endsWith(sep) ? folder : folder + sep))) {
          return { ok: false, reason: { kind: 'outside-folder', path, folder: folder ?? '' } };
        }
      }
      const info = await stat(path);
      if (!info.isFile()) return { ok: false, reason: { kind: 'not-a-file' } };
      if (info.size > MAX_DOCUMENT_BYTES) return { ok: false, reason: { kind: 'too-large', maxBytes: MAX_DOCUMENT_BYTES } };
      return { ok: true, bytes: new Uint8Array(await readFile(path)) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: { kind: 'no-such-file' } };
      return { ok: false, reason: { kind: 'io', detail: error instanceof Error ? error.message : String(error) } };
    }
  }

  private async fetch(url: string): Promise<Read> {
    const answer = await fetchWithin(
      url,
      { headers: { Accept: 'application/feed+json, application/json;q=0.9' } },
      { fetch: this.fetchImpl, timeoutMs: TIMEOUT_MS, maxBytes: MAX_DOCUMENT_BYTES },
      (response) => readBytesWithin(response, MAX_DOCUMENT_BYTES),
    );
    if (!answer.ok) {
      if (answer.tooLarge) return { ok: false, reason: { kind: 'too-large', maxBytes: MAX_DOCUMENT_BYTES } };
      if (answer.timedOut) return { ok: false, reason: { kind: 'timeout', phase: answer.phase, seconds: TIMEOUT_MS / 1000 } };
      return { ok: false, reason: networkFailure(answer.error) };
    }
    const { response } = answer;
    if (!response.ok) return { ok: false, reason: { kind: 'http', status: response.status, statusText: response.statusText } };
    return { ok: true, bytes: answer.body };
  }
}

/**
 * What `fetch failed` hides: undici puts the system's reason (ECONNREFUSED, ENOTFOUND, a certificate code)
 * on `error.cause`, sometimes inside an AggregateError (one per address tried).
 */
export function networkFailure(error: unknown): Extract<ReadFailure, { kind: 'network' }> {
  let cause: unknown = error;
  for (let depth = 0; depth < 4 && cause instanceof Error && cause.cause !== undefined; depth++) cause = cause.cause;
  if (cause instanceof AggregateError && cause.errors.length > 0) cause = cause.errors[0];
  const code = typeof (cause as { code?: unknown })?.code === 'string' ? (cause as { code: string }).code : undefined;
  const message = cause instanceof Error ? cause.message : String(cause);
  return { kind: 'network', code, detail: code && !message.includes(code) ? `${code}: ${message}` : message };
}
