/**
 * Where the form may send: personal data (name, phone, e-mail) and query codes go only to the page's own
 * origin, or to an origin the page itself lists in the element's `endpoint-origins` attribute. The
 * document cannot widen this: it is written by whoever has CMS access, and must not choose where a
 * reader's personal data goes. Pure.
 */

/**
 * The origins an `endpoint-origins` attribute lists (separated by spaces or commas), each read by the URL
 * parser; entries that are not an http(s) origin are returned in `ignored`.
 */
export function parseEndpointOrigins(attribute: string | null | undefined): { origins: Set<string>; ignored: string[] } {
  const origins = new Set<string>();
  const ignored: string[] = [];
  for (const entry of (attribute ?? '').split(/[\s,]+/)) {
    if (entry === '') continue;
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    if (url && (url.protocol === 'https:' || url.protocol === 'http:') && url.pathname === '/' && !url.search && !url.hash && !url.username) {
      origins.add(url.origin);
    } else ignored.push(entry.slice(0, 200));
  }
  return { origins, ignored };
}

/** An endpoint as the form shows it: its host, and whether the page lets the form send there. */
export interface Destination {
  readonly url: string;
  readonly host: string;
  readonly allowed: boolean;
}

/** Where `url` (already resolved, absolute) points, judged against the page's origin and the allowed ones. */
export function destinationOf(url: string, pageOrigin: string, allowed: ReadonlySet<string>): Destination {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url, host: url.slice(0, 200), allowed: false };
  }
  const http = parsed.protocol === 'https:' || parsed.protocol === 'http:';
  return { url: parsed.href, host: parsed.host, allowed: http && (parsed.origin === pageOrigin || allowed.has(parsed.origin)) };
}
