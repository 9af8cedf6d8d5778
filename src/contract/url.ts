/**
 * URL safety. Only `http:` and `https:` URLs (absolute, or relative to the document that holds them) may
 * become links or images; everything else — `javascript:`, `data:`, `vbscript:`, `blob:`, `file:` … — is
 * refused. Parsing goes through the WHATWG URL parser, the same one the browser uses when it follows a link,
 * so tabs, newlines, leading spaces and mixed case inside a scheme are read exactly as the browser would.
 */

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Resolves `raw` against `base` and returns the absolute URL when it is `http(s)`, else `null`.
 * @param raw a URL from data (any value is accepted; non-strings give `null`)
 * @param base the URL of the document that holds `raw`
 */
export function safeUrl(raw: unknown, base: string): string | null {
  if (typeof raw !== 'string') return null;
  // Real links are short; a megabyte "URL" is an attack on the parser, not a document.
  if (raw.length === 0 || raw.length > 8192) return null;
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
