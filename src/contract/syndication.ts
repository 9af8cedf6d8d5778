/**
 * RSS 2.0 and Atom 1.0 read as the contract's policies section: a county's 政府信息公开 platform often has a feed
 * already, and the feed widget (through a lazy chunk), `gov-widgets validate` and `gov-widgets convert` read it as
 * the JSON Feed it would have been (issue 13, decision 0019).
 *
 * Pure: no DOM (DOMParser is a Trusted Types sink, and the CLI has none), runs in Node and browsers. The XML is
 * parsed by @rgrove/parse-xml, which never loads an external DTD and never expands an entity declared in one: a
 * "billion laughs" document stays a few bytes of literal `&lol9;` text. What comes out is bounded like JSON input
 * (src/contract/limits.ts): at most `MAX_ITEMS.items` items, strings cut to the contract's lengths, only `http(s)`
 * links (src/contract/url.ts), HTML (RSS descriptions, Atom `type="html"`) reduced to text — never markup.
 *
 * An item that cannot be mapped (no title, no date the contract can state) is left out with a reason, and the
 * rest is kept (decision 0005).
 */
import { parseXml, XmlCdata, XmlElement, XmlError, XmlText, type XmlDocument } from '@rgrove/parse-xml';
import { isRfc3339 } from './check.js';
import { ContractError } from './errors.js';
import { longerThan } from './http.js';
import { MAX_DOCUMENT_BYTES, MAX_ID_LENGTH, MAX_ITEMS, MAX_PROSE_TEXT, MAX_SHORT_TEXT, MAX_TITLE_TEXT } from './limits.js';
import type { PolicyAttachment, PolicyFeed, PolicyItem } from './types.js';
import { safeUrl } from './url.js';

export { isXml, looksLikeXml } from './xml-sniff.js';

/** JSON Feed's version URL, as every feed this module writes states it. */
export const JSON_FEED_1_1 = 'https://jsonfeed.org/version/1.1';

export type SyndicationFormat = 'rss' | 'atom';

/** An item of the XML that is not in the feed, and why (`index` counts the feed's items from 0). */
export interface SkippedItem {
  readonly index: number;
  readonly reason: string;
}

export interface Syndication {
  readonly format: SyndicationFormat;
  /** A JSON Feed 1.1 document in the contract's policies shape (`validatePolicyFeed` accepts it). */
  readonly feed: PolicyFeed;
  readonly skipped: readonly SkippedItem[];
}

export interface SyndicationOptions {
  /** The URL of the feed: the base of relative links, and the JSON Feed's `feed_url` when it is `http(s)`. */
  readonly base?: string;
}

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

/** Times without an offset are China Standard Time: these feeds come from Chinese government sites. */
const CHINA_OFFSET = '+08:00';

/**
 * Decodes the bytes of an XML document in the encoding it declares: a byte order mark first, then the
 * `charset` of its `Content-Type` (RFC 7303), then the `encoding` of its XML declaration (`GB2312`, `GBK`,
 * `GB18030`, `Big5` … as `TextDecoder` knows them), else UTF-8. A byte that is not valid in that encoding is an
 * error, not a U+FFFD: a GBK file declared as UTF-8 would otherwise show as garbage. When the `charset` of the
 * header fails and the declaration names another encoding, the declaration is tried (a server that sends every
 * file as `charset=utf-8`).
 * @throws ContractError `parse` for an unknown encoding or bytes that are not in it
 */
export function decodeXml(bytes: Uint8Array, contentType?: string | null, url?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes, 'utf-8', url);
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe))
    return decodeAs(bytes, bytes[0] === 0xfe ? 'utf-16be' : 'utf-16le', url);
  const header = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  // The declaration is ASCII in every encoding it may name (UTF-16 has a byte order mark, handled above).
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 256); i++) head += String.fromCharCode(bytes[i] ?? 0);
  const declared = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
  if (header !== undefined && declared !== undefined && header.toLowerCase() !== declared.toLowerCase()) {
    try {
      return decodeAs(bytes, header, url);
    } catch {
      return decodeAs(bytes, declared, url);
    }
  }
  return decodeAs(bytes, header ?? declared ?? 'utf-8', url);
}

function decodeAs(bytes: Uint8Array, label: string, url: string | undefined): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch (error) {
    throw new ContractError('parse', `unknown XML encoding ${JSON.stringify(label.slice(0, 40))}`, { url, cause: error });
  }
  try {
    // The byte order mark is not text: XML allows it before the declaration only.
    return decoder.decode(bytes);
  } catch (error) {
    throw new ContractError('parse', `the XML is not valid ${decoder.encoding} (as its declaration or Content-Type says)`, { url, cause: error });
  }
}

// ---------------------------------------------------------------------------------------------------
// The XML tree

/**
 * Named references of HTML that feeds put in XML anyway (`&nbsp;` in a title of a CMS that writes HTML): read as
 * the character, where a strict parser would refuse the whole feed. Other undefined names stay as written, as
 * text, and are never expanded (a DTD's declarations are never read).
 */
const HTML_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  ldquo: '\u201c',
  rdquo: '\u201d',
  lsquo: '\u2018',
  rsquo: '\u2019',
  laquo: '\u00ab',
  raquo: '\u00bb',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  middot: '\u00b7',
  bull: '\u2022',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  times: '\u00d7',
  divide: '\u00f7',
  deg: '\u00b0',
  yen: '\u00a5',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function parse(xml: string, url: string | undefined): XmlDocument {
  try {
    return parseXml(xml, {
      ignoreUndefinedEntities: true,
      resolveUndefinedEntity: (ref) => (Object.hasOwn(HTML_ENTITIES, ref.slice(1, -1)) ? HTML_ENTITIES[ref.slice(1, -1)] : undefined),
    });
  } catch (error) {
    if (error instanceof XmlError) {
      // A transfer cut off ends inside an element, with no end tag after the place of the error (a malformed
      // document has the end tags that do not match there): only that may succeed on a retry.
      const cutOff = /^(Missing end tag|Unclosed|Unterminated)/.test(error.message) && !/<\/[^>]*>/.test(xml.slice(error.pos));
      const what = error.message.split('\n')[0]!.replace(/ \(line \d+, column \d+\)$/, '');
      throw new ContractError(
        'parse',
        cutOff ? `XML is cut off before its end (${what})` : `invalid XML at line ${error.line}, column ${error.column}: ${what}`,
        {
          url,
          cause: error,
        },
      );
    }
    // The parser descends one call per level: a document nested beyond the stack ends here (a RangeError).
    throw new ContractError('parse', `the XML could not be read: ${error instanceof Error ? error.message : String(error)}`, { url, cause: error });
  }
}

/** The namespace URI of a prefix (`''` for the default namespace) in scope at `el`. */
function namespaceOf(el: XmlElement, prefix: string): string | undefined {
  const attr = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
  for (let node: XmlElement | null = el; node; node = node.parent instanceof XmlElement ? node.parent : null) {
    if (Object.hasOwn(node.attributes, attr)) return node.attributes[attr];
  }
  return undefined;
}

/** An element's local name and namespace URI. */
function qname(el: XmlElement): { readonly local: string; readonly ns: string | undefined } {
  const colon = el.name.indexOf(':');
  return colon < 0 ? { local: el.name, ns: namespaceOf(el, '') } : { local: el.name.slice(colon + 1), ns: namespaceOf(el, el.name.slice(0, colon)) };
}

function childElements(el: XmlElement): XmlElement[] {
  return el.children.filter((child): child is XmlElement => child instanceof XmlElement);
}

/** Children called `local` (in namespace `ns`; any namespace when `ns` is undefined and the name has no prefix). */
function children(el: XmlElement, local: string, ns?: string): XmlElement[] {
  return childElements(el).filter((child) => {
    const name = qname(child);
    return name.local === local && (ns === undefined ? !child.name.includes(':') : name.ns === ns);
  });
}

function child(el: XmlElement, local: string, ns?: string): XmlElement | undefined {
  return children(el, local, ns)[0];
}

/** Raw text read from one element: enough for the longest text kept, after markup is taken out. */
const MAX_RAW_TEXT = 4 * MAX_PROSE_TEXT;

/**
 * The text inside `el`, in document order, without markup (text and CDATA of every descendant), read no
 * further than `max` characters. Iterative: a deeply nested XHTML `<content>` cannot exhaust the stack.
 */
function textOf(el: XmlElement | undefined, max = MAX_RAW_TEXT): string {
  if (!el) return '';
  let text = '';
  const stack: (XmlElement['children'][number] | XmlElement)[] = [el];
  while (stack.length > 0 && text.length < max) {
    const node = stack.pop();
    if (node instanceof XmlText || node instanceof XmlCdata) text += node.text;
    else if (node instanceof XmlElement) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return text.slice(0, max);
}

// ---------------------------------------------------------------------------------------------------
// Text

/** One line: white space (line breaks too) collapsed, ends trimmed. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) count++;
  }
  return count;
}

/** At most `max` code points: longer text is cut, with an ellipsis, as the validator would cut it. */
function cut(text: string, max: number): string {
  if (text.length <= max || codePoints(text) <= max) return text;
  let out = '';
  let n = 0;
  for (const ch of text) {
    if (++n >= max) break;
    out += ch;
  }
  return `${out}\u2026`;
}

/** Numeric and common named character references of HTML. */
function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return Object.hasOwn(HTML_ENTITIES, ref.toLowerCase()) ? HTML_ENTITIES[ref.toLowerCase()]! : whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** A complete tag, comment, declaration or processing instruction of HTML. */
const TAG = /<(?:!--[\s\S]*?-->|[a-z/!?][^<>]*>)/gi;

/** Tags that end a block or a line: a space where they were (Chinese text runs on through inline tags). */
const BLOCK_TAG = /^<\/?(?:p|div|br|li|ul|ol|dl|dt|dd|tr|td|th|table|h[1-6]|hr|section|article|blockquote|pre|header|footer)\b/i;

function untag(html: string): string {
  return html.replace(TAG, (tag) => (BLOCK_TAG.test(tag) ? ' ' : ''));
}

/**
 * HTML (an RSS description, an Atom `type="html"` text) as plain text: scripts and styles dropped with their
 * content, other tags dropped, character references decoded, white space collapsed. Text that still held a tag
 * after decoding (`&amp;lt;b&amp;gt;`, escaped twice) loses it too, so nothing that reads like markup is left.
 */
export function htmlToText(html: string): string {
  let text = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  for (let pass = 0; pass < 3; pass++) {
    const next = decodeHtmlEntities(untag(text));
    if (next === text) break;
    text = next;
  }
  return oneLine(untag(text));
}

/** Atom text constructs: `type="text"` (the default), `"html"` or `"xhtml"`, as plain text. */
function atomText(el: XmlElement | undefined): string {
  if (!el) return '';
  const type = (el.attributes.type ?? 'text').toLowerCase();
  // xhtml: the text of the child <div>'s elements, which are markup of the feed itself, not escaped text.
  return type === 'html' || type === 'text/html' ? htmlToText(textOf(el)) : oneLine(textOf(el));
}

// ---------------------------------------------------------------------------------------------------
// Dates

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Zones of RFC 822 by name. `CST` is China Standard Time here, not US Central: Java's `Date.toString()`, which
 * Chinese CMSs print into `pubDate`, writes `CST` for Asia/Shanghai.
 */
const ZONES: Readonly<Record<string, string>> = {
  ut: 'Z',
  utc: 'Z',
  gmt: 'Z',
  z: 'Z',
  cst: CHINA_OFFSET,
  est: '-05:00',
  edt: '-04:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
};

function pad(n: number | string, width = 2): string {
  return String(n).padStart(width, '0');
}

function zone(text: string | undefined): string | undefined {
  if (text === undefined || text === '') return CHINA_OFFSET;
  const numeric = /^([+-])(\d\d):?(\d\d)$/.exec(text);
  if (numeric) return numeric[2] === '00' && numeric[3] === '00' ? 'Z' : `${numeric[1]}${numeric[2]}:${numeric[3]}`;
  return Object.hasOwn(ZONES, text.toLowerCase()) ? ZONES[text.toLowerCase()] : undefined;
}

/** RFC 3339 from parts, or undefined when they are no real date (30 February) or time. */
function dateFrom(y: string, mo: number, d: string, time?: { h: string; mi: string; s: string | undefined }, offset?: string): string | undefined {
  const year = y.length === 2 ? `20${y}` : y;
  if (mo < 1 || mo > 12) return undefined;
  const day = `${pad(year, 4)}-${pad(mo)}-${pad(d)}`;
  const value = time ? `${day}T${pad(time.h)}:${pad(time.mi)}:${pad(time.s ?? '0')}${offset ?? CHINA_OFFSET}` : day;
  return isRfc3339(value) ? value : undefined;
}

/**
 * A feed's date as RFC 3339: RFC 822 (`Thu, 26 Nov 2026 10:00:00 +0800`, `GMT`, two-digit years), Java's
 * `Thu Nov 26 10:00:00 CST 2026`, RFC 3339 and ISO 8601 with or without an offset, and the forms Chinese CMSs
 * write (`2026-11-26 10:00:00`, `2026/11/26 10:00`, `2026.11.26`, `2026年11月26日 10:00`). A time without an
 * offset is China Standard Time; a day alone stays a day. Undefined for anything else.
 */
export function feedDate(raw: string): string | undefined {
  const text = oneLine(raw);
  if (text.length > 100) return undefined;
  if (isRfc3339(text)) return text;
  // RFC 822 / 1123, the day name optional.
  let m = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d\d)(?::(\d\d))?)?(?:\s*([+-]\d{4}|[a-z]{1,5}))?$/i.exec(text);
  if (m) {
    const offset = zone(m[7]);
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    if (offset === undefined) return undefined;
    return dateFrom(m[3]!, month, m[1]!, m[4] === undefined ? undefined : { h: m[4], mi: m[5]!, s: m[6] }, offset);
  }
  // Java's Date.toString(): Thu Nov 26 10:00:00 CST 2026.
  m = /^[a-z]{3}\s+([a-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d\d):(\d\d)\s+([a-z]{1,5}|[+-]\d{4})\s+(\d{4})$/i.exec(text);
  if (m) {
    const offset = zone(m[6]);
    if (offset === undefined) return undefined;
    return dateFrom(m[7]!, MONTHS.indexOf(m[1]!.toLowerCase()) + 1, m[2]!, { h: m[3]!, mi: m[4]!, s: m[5] }, offset);
  }
  // ISO-like and Chinese forms: 2026-11-26, 2026/11/26, 2026.11.26, 2026年11月26日, each with an optional time.
  m =
    /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:(?:\s+|t|T)(\d{1,2})(?::|时|點|点)(\d{1,2})(?:(?::|分)(\d{1,2})(?:\.\d+)?秒?)?分?)?\s*(z|[+-]\d\d:?\d\d)?$/i.exec(
      text,
    );
  if (m) {
    const offset = m[7] === undefined ? undefined : zone(m[7].toUpperCase() === 'Z' ? 'z' : m[7]);
    return dateFrom(m[1]!, Number(m[2]), m[3]!, m[4] === undefined ? undefined : { h: m[4], mi: m[5]!, s: m[6] }, offset);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Ids

/** 64 bits of FNV-1a (two 32-bit lanes) as hex: a stable id for an item that has no usable one. */
function hashId(text: string): string {
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000197) >>> 0;
  }
  return `urn:gov-widgets:item:${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

/** The item's own id (guid, Atom id), else its link, else a hash of what it says; never longer than an id may be. */
function itemId(own: string, link: string | undefined, fallback: string): string {
  for (const candidate of [own, link ?? '']) {
    if (candidate !== '' && codePoints(candidate) <= MAX_ID_LENGTH) return candidate;
    if (candidate !== '') return hashId(candidate);
  }
  return hashId(fallback);
}

// ---------------------------------------------------------------------------------------------------
// Mapping

interface Context {
  readonly base: string | undefined;
  readonly skipped: SkippedItem[];
}

function link(raw: string, ctx: Context): string | undefined {
  const text = raw.trim();
  // Without a base only an absolute http(s) link can be resolved.
  if (text === '' || (ctx.base === undefined && !/^https?:/i.test(text))) return undefined;
  return safeUrl(text, ctx.base ?? text) ?? undefined;
}

function tags(values: readonly string[]): string[] | undefined {
  const kept: string[] = [];
  for (const value of values) {
    const tag = cut(oneLine(value), MAX_TITLE_TEXT);
    if (tag !== '' && !kept.includes(tag)) kept.push(tag);
    if (kept.length >= MAX_ITEMS.perItem) break;
  }
  return kept.length > 0 ? kept : undefined;
}

interface ItemParts {
  readonly id: string;
  readonly title: string;
  readonly url: string | undefined;
  readonly published: string | undefined;
  readonly modified: string | undefined;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly issuer: string;
  readonly attachments?: readonly PolicyAttachment[];
}

/** The JSON Feed item, or the reason there is none. */
function toItem(parts: ItemParts, rawDate: string): PolicyItem | string {
  const title = cut(parts.title, MAX_TITLE_TEXT);
  if (title === '') return 'it has no title';
  if (parts.published === undefined)
    return rawDate === '' ? 'it has no date' : `its date ${JSON.stringify(cut(oneLine(rawDate), 40))} is not one that can be read`;
  const item: { -readonly [K in keyof PolicyItem]: PolicyItem[K] } = {
    id: parts.id,
    title,
    date_published: parts.published,
  };
  if (parts.url !== undefined) item.url = parts.url;
  if (parts.modified !== undefined && parts.modified !== parts.published) item.date_modified = parts.modified;
  const summary = cut(parts.summary, MAX_PROSE_TEXT);
  if (summary !== '' && summary !== title) item.summary = summary;
  const kept = tags(parts.tags);
  if (kept) item.tags = kept;
  if (parts.attachments && parts.attachments.length > 0) item.attachments = parts.attachments.slice(0, MAX_ITEMS.perItem);
  const issuer = cut(oneLine(parts.issuer), MAX_TITLE_TEXT);
  if (issuer !== '') item._gov = { issuer };
  return item;
}

/** The items, at most `MAX_ITEMS.items`; those that cannot be mapped are left out and noted. */
function mapItems(entries: readonly XmlElement[], ctx: Context, map: (entry: XmlElement) => PolicyItem | string): PolicyItem[] {
  const items: PolicyItem[] = [];
  const read = Math.min(entries.length, MAX_ITEMS.items);
  for (let index = 0; index < read; index++) {
    const result = map(entries[index]!);
    if (typeof result === 'string') ctx.skipped.push({ index, reason: result });
    else items.push(result);
  }
  if (entries.length > read) {
    ctx.skipped.push({ index: read, reason: `${entries.length - read} items after the first ${MAX_ITEMS.items} are not read` });
  }
  return items;
}

function rssItem(entry: XmlElement, ctx: Context): PolicyItem | string {
  const guidEl = child(entry, 'guid');
  const guid = oneLine(textOf(guidEl, MAX_URL_TEXT));
  const permalink = guidEl !== undefined && (guidEl.attributes.isPermaLink ?? 'true').toLowerCase() !== 'false' ? link(guid, ctx) : undefined;
  const url = link(textOf(child(entry, 'link'), MAX_URL_TEXT), ctx) ?? permalink;
  const title = oneLine(textOf(child(entry, 'title'), MAX_TITLE_TEXT * 4));
  const rawDate = textOf(child(entry, 'pubDate'), 200) || textOf(child(entry, 'date', DC_NS), 200);
  const attachments: PolicyAttachment[] = [];
  for (const enclosure of children(entry, 'enclosure')) {
    const href = link(enclosure.attributes.url ?? '', ctx);
    const type = cut(oneLine(enclosure.attributes.type ?? ''), MAX_SHORT_TEXT);
    if (href === undefined || type === '') continue;
    const size = Number(enclosure.attributes.length);
    attachments.push(Number.isSafeInteger(size) && size > 0 ? { url: href, mime_type: type, size_in_bytes: size } : { url: href, mime_type: type });
  }
  return toItem(
    {
      id: itemId(guid, url, `${title}\n${rawDate}`),
      title,
      url,
      published: feedDate(rawDate),
      modified: undefined,
      summary: htmlToText(textOf(child(entry, 'description'))),
      tags: children(entry, 'category').map((c) => textOf(c, MAX_TITLE_TEXT)),
      issuer: textOf(child(entry, 'creator', DC_NS), MAX_TITLE_TEXT) || textOf(child(entry, 'author'), MAX_TITLE_TEXT),
      attachments,
    },
    rawDate,
  );
}

/** Characters of a link or id read from the XML: longer ones are no link (src/contract/url.ts). */
const MAX_URL_TEXT = 8192 + 64;

function atomLink(el: XmlElement, ctx: Context): string | undefined {
  const links = children(el, 'link', ATOM_NS);
  const alternate = links.find((l) => (l.attributes.rel ?? 'alternate') === 'alternate' && link(l.attributes.href ?? '', ctx) !== undefined);
  return alternate ? link(alternate.attributes.href ?? '', ctx) : undefined;
}

function atomAuthor(el: XmlElement | undefined): string {
  const author = el ? child(el, 'author', ATOM_NS) : undefined;
  return author ? textOf(child(author, 'name', ATOM_NS), MAX_TITLE_TEXT) : '';
}

function atomEntry(entry: XmlElement, feed: XmlElement, ctx: Context): PolicyItem | string {
  const url = atomLink(entry, ctx);
  const title = atomText(child(entry, 'title', ATOM_NS));
  const published = textOf(child(entry, 'published', ATOM_NS), 200);
  const updated = textOf(child(entry, 'updated', ATOM_NS), 200);
  const rawDate = published || updated;
  const summary = child(entry, 'summary', ATOM_NS) ?? child(entry, 'content', ATOM_NS);
  return toItem(
    {
      id: itemId(oneLine(textOf(child(entry, 'id', ATOM_NS), MAX_URL_TEXT)), url, `${title}\n${rawDate}`),
      title,
      url,
      published: feedDate(rawDate),
      modified: updated === '' ? undefined : feedDate(updated),
      summary: summary && summary.attributes.src === undefined ? atomText(summary) : '',
      tags: children(entry, 'category', ATOM_NS).map((c) => c.attributes.term ?? ''),
      issuer: atomAuthor(entry) || atomAuthor(feed),
    },
    rawDate,
  );
}

/** The feed's own fields (title, home page, description, language) and `feed_url`. */
function feedHead(title: string, home: string | undefined, description: string, language: string, ctx: Context): Omit<PolicyFeed, 'items'> {
  const feed: { -readonly [K in keyof Omit<PolicyFeed, 'items'>]: PolicyFeed[K] } = { version: JSON_FEED_1_1 };
  const name = cut(oneLine(title), MAX_TITLE_TEXT);
  if (name !== '') feed.title = name;
  if (home !== undefined) feed.home_page_url = home;
  const self = ctx.base === undefined ? undefined : link(ctx.base, ctx);
  if (self !== undefined) feed.feed_url = self;
  const about = cut(description, MAX_PROSE_TEXT);
  if (about !== '') feed.description = about;
  const lang = oneLine(language);
  if (/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(lang) && lang.length <= MAX_SHORT_TEXT) feed.language = lang;
  return feed;
}

/**
 * Reads an RSS 2.0 or Atom 1.0 document as the contract's policies section (a JSON Feed 1.1). RSS: item
 * `title`, `link` (else a permalink `guid`), `guid`, `pubDate` (else `dc:date`), `description` (as text),
 * `category`, `dc:creator` (else `author`) as the issuer, `enclosure` as attachments. Atom: entry `title`,
 * `link rel="alternate"`, `id`, `published` (else `updated`), `summary` (else `content`), `category term`,
 * `author name` (else the feed's). Ids are the item's own, else its link, else a hash of its title and date.
 * @param xml the document's text (decode bytes with {@link decodeXml})
 * @param options `base`: the feed's URL, which relative links resolve against; without it only absolute
 *   `http(s)` links are kept
 * @throws ContractError `parse` when the text is not well-formed XML (retryable when it is cut off),
 *   `shape` when it is XML but neither RSS 2.0 nor Atom 1.0, `too-large` beyond `MAX_DOCUMENT_BYTES`
 */
export function syndicationToFeed(xml: string, options: SyndicationOptions = {}): Syndication {
  const url = options.base;
  if (longerThan(xml, MAX_DOCUMENT_BYTES)) {
    throw new ContractError('too-large', `the document is larger than ${MAX_DOCUMENT_BYTES} bytes, the most a widget reads`, { url });
  }
  const text = xml.replace(/^\uFEFF/, '');
  if (/^\s*<(!doctype\s+html|html)\b/i.test(text)) {
    throw new ContractError('parse', `an HTML page, not RSS, Atom or JSON (starts with ${JSON.stringify(text.trim().slice(0, 40))})`, { url });
  }
  const root = parse(text, url).root;
  if (!root) throw new ContractError('parse', 'the XML has no root element', { url });
  const ctx: Context = { base: url, skipped: [] };
  const name = qname(root);
  if (name.local === 'rss' && !root.name.includes(':')) {
    const channel = child(root, 'channel');
    if (!channel) throw new ContractError('shape', 'an RSS document needs a <channel>', { url, path: '/rss/channel' });
    const feed = feedHead(
      textOf(child(channel, 'title'), MAX_TITLE_TEXT * 4),
      link(textOf(child(channel, 'link'), MAX_URL_TEXT), ctx),
      htmlToText(textOf(child(channel, 'description'))),
      textOf(child(channel, 'language'), 100),
      ctx,
    );
    return { format: 'rss', feed: { ...feed, items: mapItems(children(channel, 'item'), ctx, (item) => rssItem(item, ctx)) }, skipped: ctx.skipped };
  }
  if (name.local === 'feed' && name.ns === ATOM_NS) {
    const feed = feedHead(
      atomText(child(root, 'title', ATOM_NS)),
      atomLink(root, ctx),
      atomText(child(root, 'subtitle', ATOM_NS)),
      root.attributes['xml:lang'] ?? '',
      ctx,
    );
    return {
      format: 'atom',
      feed: { ...feed, items: mapItems(children(root, 'entry', ATOM_NS), ctx, (entry) => atomEntry(entry, root, ctx)) },
      skipped: ctx.skipped,
    };
  }
  const what =
    name.local === 'RDF'
      ? 'RSS 1.0 (RDF)'
      : name.local === 'feed'
        ? `an Atom feed of another version (${name.ns ?? 'no namespace'})`
        : `<${cut(root.name, 40)}>`;
  throw new ContractError('shape', `the XML is ${what}, not RSS 2.0 or Atom 1.0`, { url, path: `/${cut(root.name, 40)}` });
}
