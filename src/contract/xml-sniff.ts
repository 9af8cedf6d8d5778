/**
 * Whether a body is XML (an RSS or Atom feed) rather than JSON: what the feed widget checks on every document
 * before it loads its RSS/Atom reader (src/contract/syndication.ts, a lazy chunk). Kept apart from that reader so
 * that the JSON path carries these few lines and not the XML parser.
 */

/**
 * Whether `text` looks like XML rather than JSON: its first character, after a byte order mark and white space,
 * is `<`.
 */
export function looksLikeXml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text.slice(0, 1024));
}

/**
 * Whether a body is XML: its `Content-Type` says so (`application/rss+xml`, `application/atom+xml`,
 * `application/xml`, `text/xml` …), or — unless it says JSON — its first byte after a UTF-8 byte order mark and
 * white space is `<` (in every encoding a feed may declare without a byte order mark: UTF-8, GBK, GB18030, Big5 …).
 */
export function isXml(bytes: Uint8Array, contentType: string | null | undefined): boolean {
  if (/^[^;]*[/+]xml\b/i.test(contentType ?? '')) return true;
  // A body that says it is JSON is read as JSON, whatever it starts with: an HTML error page behind a gateway
  // is then "not JSON", as before.
  if (/json/i.test(contentType ?? '')) return false;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 10 || bytes[i] === 13) i++;
  return bytes[i] === 60;
}
