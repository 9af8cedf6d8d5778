/**
 * Property tests (fast-check) for the text the widgets read from readers and attributes — the feed's and the
 * directory's search normalisation, the feed's attribute lists, the form's Retry-After — and the URL
 * sanitizer driven by the hostile corpus and checked against the browser's own link parser.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeHref, safeUrl } from '../../src/contract/url.js';
import { normalizeSearch, normalizeSearchWords } from '../../src/core/search.js';
import { parseList } from '../../src/widgets/policy-feed/model/filter.js';
import { encodable } from '../../src/widgets/account-directory/controllers/qr-code.js';
import { MAX_RETRY_AFTER_MS, parseRetryAfter } from '../../src/widgets/ask-form/controllers/send.js';
import { ENTITY_URLS, UNSAFE_URLS } from '../hostile/corpus.js';

/** What titles, 文号 and names are written with: CJK, ASCII, full-width forms, brackets, spaces, punctuation. */
const titleChar = fc.oneof(
  fc.constantFrom(...'政府办公室关于印发通知国办发号年第县教育局'),
  fc.constantFrom(...'abcXYZ0129-_/.'),
  fc.constantFrom(...'ＡＢｃｄ０１２９'),
  fc.constantFrom(...'〔〕[]()【】〖〗'),
  fc.constantFrom(' ', '\u3000', '\t', '\u200b', '，', '、', '。'),
);
const title = fc.array(titleChar, { maxLength: 30 }).map((chars) => chars.join(''));

/** ASCII as a reader with a Chinese input method may type it: full-width forms and the ideographic space. */
const toFullWidth = (text: string): string => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

describe("property: the feed's search normalisation", () => {
  it('finds a title by any part of it, however it is spaced, bracketed, cased or wide', () => {
    fc.assert(
      fc.property(title, fc.nat(), fc.nat(), (text, a, b) => {
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        const part = text.slice(from, to);
        expect(normalizeSearch(text).includes(normalizeSearch(part)), JSON.stringify({ text, part })).to.equal(true);
        expect(normalizeSearch(text).includes(normalizeSearch(toFullWidth(part.toUpperCase())))).to.equal(true);
        expect(normalizeSearch(part.split('').join(' '))).to.equal(normalizeSearch(part));
        expect(normalizeSearch(part.replace(/[〔【〖(]/g, '[').replace(/[〕】〗)]/g, ']'))).to.equal(normalizeSearch(part));
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent, leaves no white space, and never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normalizeSearch(text);
        expect(normalizeSearch(once)).to.equal(once);
        expect(once).not.to.match(/\s/);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads attribute lists (kind, topic, issuer) as the items written, whatever the separators', () => {
    const item = title.map(normalizeSearch).filter((t) => t !== '' && !/[,，、;；]/.test(t));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 5 }), fc.constantFrom(',', '，', '、', ';', '；', ' , '), (items, separator) => {
        expect(parseList(items.join(separator))).to.deep.equal(items);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (value, spaces) => {
        for (const part of parseList(value, spaces)) expect(part).not.to.equal('');
      }),
    );
  });
});

describe("property: the directory's search folding", () => {
  it('finds a name by any part of it, in either case and width, with runs of spaces as one', () => {
    fc.assert(
      fc.property(title, fc.nat(), fc.nat(), (text, a, b) => {
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        const part = text.slice(from, to);
        expect(normalizeSearchWords(text).includes(normalizeSearchWords(part)), JSON.stringify({ text, part })).to.equal(true);
        expect(normalizeSearchWords(toFullWidth(part).toUpperCase())).to.equal(normalizeSearchWords(part.toLowerCase()));
        expect(normalizeSearchWords(part.replace(/ /g, '  \t'))).to.equal(normalizeSearchWords(part));
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent, trimmed, with single spaces, and never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normalizeSearchWords(text);
        expect(normalizeSearchWords(once), JSON.stringify(text)).to.equal(once);
        expect(once).to.equal(once.trim());
        expect(once).not.to.match(/\s\s/);
      }),
      { numRuns: 1000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------

const BASE = 'https://county.example/data/disclosure.json';

/** How the browser itself reads a URL when it becomes a link: the protocol of an `<a href>`. */
function linkProtocol(url: string): string {
  const a = document.createElement('a');
  a.href = url;
  return a.protocol;
}

/** Noise a hostile publisher puts around and inside a scheme: white space, C0 controls, entities. */
const noise = fc.constantFrom('', ' ', '  ', '\t', '\n', '\r', '\u0000', '\u0001', '\u001f', '\u000b', '\u000c');

describe('property: the URL sanitizer against the hostile corpus', () => {
  it('refuses every unsafe URL of the corpus, with any case and any leading noise', () => {
    fc.assert(
      fc.property(fc.constantFrom(...UNSAFE_URLS), noise, noise, fc.boolean(), (url, before, after, upper) => {
        const raw = `${before}${upper ? url.toUpperCase() : url}${after}`;
        expect(safeUrl(raw, BASE), JSON.stringify(raw)).to.equal(null);
        expect(safeHref(raw), JSON.stringify(raw)).to.equal(undefined);
        expect(encodable(raw), `QR payload ${JSON.stringify(raw)}`).to.equal(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads entity-written "schemes" as what they are to a browser: relative paths on the document\'s site', () => {
    for (const raw of ENTITY_URLS) {
      const safe = safeUrl(raw, BASE)!;
      expect(new URL(safe).origin, raw).to.equal('https://county.example');
      expect(linkProtocol(safe)).to.equal('https:');
    }
  });

  it('lets through only what the browser also reads as http(s), unchanged but for resolution', () => {
    const scheme = fc.constantFrom('javascript', 'data', 'vbscript', 'file', 'blob', 'about', 'http', 'https', 'HTTPS', 'ftp', 'mailto', 'tel', 'wss');
    const piece = fc.oneof(
      scheme,
      noise,
      fc.constantFrom(':', '//', '/', '&#58;', '&colon;', '%3A', '\\', 'evil.example', '?', '#', '@'),
      fc.string({ maxLength: 5 }),
    );
    const raw = fc.oneof(
      fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')),
      fc.string({ unit: 'binary' }),
      fc.webUrl(),
    );
    fc.assert(
      fc.property(raw, (text) => {
        const safe = safeUrl(text, BASE);
        if (safe === null) return;
        expect(['http:', 'https:'], JSON.stringify(text)).to.include(linkProtocol(safe));
        expect(safe).to.equal(new URL(text, BASE).href);
        expect(safeHref(safe)).to.equal(safe);
        expect(safeUrl(safe, 'https://elsewhere.example/')).to.equal(safe);
      }),
      { numRuns: 2000 },
    );
  });

  it('safeHref accepts only absolute http(s) URLs and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.webUrl(), fc.string({ unit: 'binary' })), (value) => {
        const href = safeHref(value);
        if (href !== undefined) expect(['http:', 'https:']).to.include(linkProtocol(href));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('property: what a QR code may carry', () => {
  /** What a hostile publisher hides a payload behind: spaces of every kind, BOM, NUL, controls, invisible characters. */
  const junk = fc.constantFrom(
    ' ',
    '\t',
    '\n',
    '\r',
    '\u0000',
    '\u0001',
    '\u001f',
    '\u007f',
    '\u00a0',
    '\u3000',
    '\ufeff',
    '\u200b',
    '\u200e',
    '\u2028',
    '\u202e',
    '\u2060',
    '\u180e',
  );
  const schemes = fc.constantFrom(
    'intent',
    'itms-services',
    'itms-apps',
    'ms-msdt',
    'ms-officecmd',
    'search-ms',
    'smb',
    'sms',
    'smsto',
    'tel',
    'mailto',
    'WIFI',
    'geo',
    'market',
    'weixin',
    'alipays',
    'javascript',
    'JavaScript',
    'vbscript',
    'data',
    'file',
    'blob',
    'ftp',
    'ws',
    'about',
  );

  it('encodes an http(s) URL as written, and nothing with junk before, after or inside it', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), junk, fc.nat(), (url, noise, at) => {
        expect(encodable(url), url).to.equal(true);
        expect(encodable(`${noise}${url}`), JSON.stringify(`${noise}${url}`)).to.equal(false);
        expect(encodable(`${url}${noise}`), JSON.stringify(`${url}${noise}`)).to.equal(false);
        const i = 8 + (at % Math.max(1, url.length - 8));
        expect(encodable(url.slice(0, i) + noise + url.slice(i)), JSON.stringify(url.slice(0, i) + noise + url.slice(i))).to.equal(false);
        expect(encodable(toFullWidth(url)), toFullWidth(url)).to.equal(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses every other scheme, whatever follows it, and whatever it lets through a browser reads as http(s)', () => {
    fc.assert(
      fc.property(schemes, fc.constantFrom(':', '://', ':/'), fc.string(), fc.boolean(), (scheme, colon, rest, upper) => {
        const raw = `${upper ? scheme.toUpperCase() : scheme}${colon}${rest}`;
        expect(encodable(raw), JSON.stringify(raw)).to.equal(false);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.webUrl().map((u) => u.replace(/^https?/, (m) => m.toUpperCase())),
        ),
        (text) => {
          if (!encodable(text)) return;
          expect(['http:', 'https:']).to.include(linkProtocol(text));
          expect(text).to.match(/^https?:\/\//i);
          expect(text).not.to.match(/[\p{C}\p{Z}\s]/u);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('property: Retry-After', () => {
  it('is always a time within the next hour, seconds or an HTTP date as the server wrote them', () => {
    const now = Date.UTC(2026, 10, 20, 8);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constant(null),
          fc.nat().map(String),
          fc.integer({ min: -7200, max: 7200 }).map((s) => new Date(now + s * 1000).toUTCString()),
        ),
        (header) => {
          const at = parseRetryAfter(header, now);
          expect(Number.isFinite(at), String(header)).to.equal(true);
          expect(at - now, String(header)).to.be.within(0, MAX_RETRY_AFTER_MS);
          if (header !== null && /^\d+$/.test(header.trim())) expect(at - now).to.equal(Math.min(Number(header) * 1000, MAX_RETRY_AFTER_MS));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
