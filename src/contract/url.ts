/**
 * URL safety. Only `http:` and `https:` URLs (absolute, or relative to the document that holds them) may
 * become links or images; everything else — `javascript:`, `data:`, `vbscript:`, `blob:`, `file:` … — is
 * refused. Parsing goes through the WHATWG URL parser, the same one the browser uses when it follows a link,
 * so tabs, newlines, leading spaces and mixed case inside a scheme are read exactly as the browser would.
 */

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/** The longest URL read from data: real links are short; a megabyte "URL" is an attack on the parser. */
export const MAX_URL_LENGTH = 8192;

/** `http://` or `https://` (any case) then printable characters only: no white space, control or format characters. */
const EXACT_HTTP_URL = /^https?:\/\/[^\p{C}\p{Z}\s]+$/iu;

/**
 * Whether `text`, exactly as written, is an absolute `http(s)` URL — nothing trimmed: a leading space, NBSP,
 * U+3000, BOM, NUL, a full-width letter or a control anywhere makes it no. For text that leaves the page as
 * it is (a QR code), where the browser's URL parser would have forgiven what a scanner app may not.
 */
export function isExactHttpUrl(text: unknown): text is string {
  if (typeof text !== 'string' || text.length > MAX_URL_LENGTH || !EXACT_HTTP_URL.test(text)) return false;
  try {
    return SAFE_PROTOCOLS.has(new URL(text).protocol);
  } catch {
    return false;
  }
}

/**
 * Resolves `raw` against `base` and returns the absolute URL when it is `http(s)`, else `null`.
 * @param raw a URL from data (any value is accepted; non-strings give `null`)
 * @param base the URL of the document that holds `raw`
 */
export function safeUrl(raw: unknown, base: string): string | null {
  if (typeof raw !== 'string') return null;
  if (raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
  return url.href;
}

/** Like {@link safeUrl} for values already resolved by validation: returns the string when it is `http(s)`. */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
