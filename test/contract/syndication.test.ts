/**
 * RSS 2.0 and Atom 1.0 as the policies JSON Feed (src/contract/syndication.ts): properties over generated feeds
 * with hostile strings, and the cases that must stay bounded (entity bombs, nesting, size).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ContractError } from '../../src/contract/errors.js';
import { MAX_DOCUMENT_BYTES, MAX_ITEMS, MAX_TITLE_TEXT } from '../../src/contract/limits.js';
import { decodeXml, feedDate, htmlToText, looksLikeXml, syndicationToFeed } from '../../src/contract/syndication.js';
import { validateDocument, validatePolicyFeed } from '../../src/contract/validate.js';
import type { PolicyFeed } from '../../src/contract/types.js';

const BASE = 'https://www.county.example/zwgk/rss.xml';

/** Escapes text for an XML text node or attribute. */
const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Characters XML 1.0 allows (no C0 controls but tab, LF, CR; no lone surrogates; no U+FFFE/U+FFFF). */
const xmlChar = (text: string): string =>
  text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');

/** Strings an attacker would put in a feed, and any string at all. */
const hostile = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '&lt;b&gt;escaped&lt;/b&gt;',
    '&amp;lt;iframe src=javascript:alert(1)&amp;gt;',
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/x',
    '关于印发《实施方案》的通知',
    '\u202Eevil\u202C',
    'a\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
    '',
    ' ',
    '/relative/path.html',
    'https://www.county.example/a.html',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const dates = fc.oneof(
  fc.constantFrom('Thu, 26 Nov 2026 10:00:00 +0800', '2026-11-26 10:00:00', 'Thu Nov 26 10:00:00 CST 2026', '2026年11月26日', '2026-02-30', 'yesterday', ''),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toUTCString()),
  hostile,
);

/** `text` as CDATA (when it can be) or escaped. */
const content = (text: string, cdata: boolean): string => (cdata && !text.includes(']]>') ? `<![CDATA[${xmlChar(text)}]]>` : esc(xmlChar(text)));

const rssItem = fc
  .record({ title: hostile, link: hostile, guid: hostile, date: dates, description: hostile, category: hostile, creator: hostile, cdata: fc.boolean() })
  .map(
    (i) =>
      `<item><title>${content(i.title, i.cdata)}</title><link>${esc(xmlChar(i.link))}</link><guid>${esc(xmlChar(i.guid))}</guid><pubDate>${esc(xmlChar(i.date))}</pubDate>` +
      `<description>${content(i.description, i.cdata)}</description><category>${esc(xmlChar(i.category))}</category><dc:creator>${esc(xmlChar(i.creator))}</dc:creator></item>`,
  );

const rss = fc
  .record({ title: hostile, link: hostile, items: fc.array(rssItem, { maxLength: 8 }) })
  .map(
    (f) =>
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${esc(xmlChar(f.title))}</title>` +
      `<link>${esc(xmlChar(f.link))}</link>${f.items.join('')}</channel></rss>`,
  );

const atomEntry = fc
  .record({
    title: hostile,
    type: fc.constantFrom('text', 'html', 'xhtml'),
    href: hostile,
    id: hostile,
    date: dates,
    summary: hostile,
    term: hostile,
    author: hostile,
  })
  .map((e) => {
    const title = e.type === 'xhtml' ? `<div xmlns="http://www.w3.org/1999/xhtml">${esc(xmlChar(e.title))}</div>` : esc(xmlChar(e.title));
    return (
      `<entry><title type="${e.type}">${title}</title><link rel="alternate" href="${esc(xmlChar(e.href))}"/><id>${esc(xmlChar(e.id))}</id>` +
      `<updated>${esc(xmlChar(e.date))}</updated><summary type="html">${esc(xmlChar(e.summary))}</summary><category term="${esc(xmlChar(e.term))}"/>` +
      `<author><name>${esc(xmlChar(e.author))}</name></author></entry>`
    );
  });

const atom = fc
  .record({ title: hostile, entries: fc.array(atomEntry, { maxLength: 8 }) })
  .map((f) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(xmlChar(f.title))}</title>${f.entries.join('')}</feed>`);

/** Every URL of a feed. */
function urls(feed: PolicyFeed): string[] {
  return [feed.home_page_url, feed.feed_url, ...feed.items.flatMap((item) => [item.url, ...(item.attachments ?? []).map((a) => a.url)])].filter(
    (u): u is string => typeof u === 'string',
  );
}

describe('property: any RSS 2.0 or Atom 1.0 feed', () => {
  for (const [name, arbitrary] of [
    ['RSS', rss],
    ['Atom', atom],
  ] as const) {
    it(`${name}: the feed is one the validator accepts whole: nothing left out, nothing cut`, () => {
      fc.assert(
        fc.property(arbitrary, (xml) => {
          const { feed, skipped } = syndicationToFeed(xml, { base: BASE });
          const result = validatePolicyFeed(feed, BASE);
          // What the validator still says is the feed's own doing: two items with one guid, a run of combining
          // marks past the contract's cap, a channel without a title.
          for (const issue of result.issues) expect(`${issue.path} ${issue.message}`).to.match(/duplicate id|combining mark|^\$\.title required/);
          expect(validateDocument(feed, BASE).kind).to.equal('policies');
          expect(result.value.items.length).to.equal(feed.items.length - result.issues.filter((issue) => issue.skipped === 'item').length);
          expect(skipped.every(({ reason }) => /^it has no (title|date)$|^its date .* is not one that can be read$/.test(reason))).to.equal(true);
        }),
        { numRuns: 300 },
      );
    });

    it(`${name}: summaries (HTML in the feed) hold no markup; every link is absolute http(s); titles fit`, () => {
      fc.assert(
        fc.property(arbitrary, (xml) => {
          const { feed } = syndicationToFeed(xml, { base: BASE });
          // Titles, issuers and tags are plain text in RSS and stay as written (the widget draws them as text).
          for (const text of [feed.description, ...feed.items.map((item) => item.summary)]) expect(text ?? '').to.not.match(/<[a-z!/?][^<>]*>/i);
          for (const url of urls(feed)) expect(new URL(url).protocol).to.be.oneOf(['http:', 'https:']);
          for (const item of feed.items) expect([...(typeof item.title === 'string' ? item.title : '')].length).to.be.at.most(MAX_TITLE_TEXT);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('text that is not XML, or XML that is not a feed, throws a ContractError and nothing else', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          rss.map((x) => x.slice(0, x.length / 2)),
          atom.map((x) => x.replace('feed', 'fed')),
        ),
        (text) => {
          try {
            syndicationToFeed(text, { base: BASE });
          } catch (error) {
            expect(error).to.be.instanceOf(ContractError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('syndicationToFeed: bounds', () => {
  it('a billion laughs stays a few bytes: DTD entities are never expanded (nor external ones read)', () => {
    const lol = Array.from({ length: 9 }, (_, n) => `<!ENTITY lol${n + 1} "${`&lol${n};`.repeat(10)}">`).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${lol}<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;&xxe;</title><pubDate>2026-11-26</pubDate></item></channel></rss>`;
    const { feed } = syndicationToFeed(xml, { base: BASE });
    expect(feed.title).to.equal('&lol9;');
    expect(feed.items[0]!.title).to.equal('&lol9;&xxe;');
  });

  it('nesting deeper than the stack ends in a parse error', () => {
    const deep = `<rss version="2.0"><channel>${'<x>'.repeat(200_000)}${'</x>'.repeat(200_000)}</channel></rss>`;
    let thrown: unknown;
    try {
      syndicationToFeed(deep);
    } catch (error) {
      thrown = error;
    }
    // Either the parser's stack ran out (a parse error) or the engine's stack held it and no items were found.
    if (thrown !== undefined) expect(thrown).to.be.instanceOf(ContractError).and.to.have.property('code', 'parse');
  });

  it('reads at most MAX_ITEMS.items items and notes the rest', () => {
    const item = '<item><title>t</title><pubDate>2026-11-26</pubDate></item>';
    const { feed, skipped } = syndicationToFeed(`<rss version="2.0"><channel>${item.repeat(MAX_ITEMS.items + 3)}</channel></rss>`);
    expect(feed.items).to.have.length(MAX_ITEMS.items);
    expect(skipped).to.deep.equal([{ index: MAX_ITEMS.items, reason: `3 items after the first ${MAX_ITEMS.items} are not read` }]);
  });

  it('refuses text longer than the contract reads', () => {
    expect(() => syndicationToFeed(`<rss>${' '.repeat(MAX_DOCUMENT_BYTES)}</rss>`))
      .to.throw(ContractError)
      .with.property('code', 'too-large');
  });

  it('a cut-off file is a retryable parse error; a malformed one is not; XML of another kind is a shape error', () => {
    const cut = (() => {
      try {
        syndicationToFeed('<rss version="2.0"><channel><item><title>只传了一半');
      } catch (error) {
        return error as ContractError;
      }
      return undefined;
    })();
    expect(cut?.code).to.equal('parse');
    expect(cut?.retryable).to.equal(true);
    expect(() => syndicationToFeed('<rss version="2.0"><channel></item></rss>'))
      .to.throw(ContractError)
      .that.satisfies((e: ContractError) => e.code === 'parse' && !e.retryable);
    expect(() => syndicationToFeed('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'))
      .to.throw(ContractError, 'RSS 1.0')
      .with.property('code', 'shape');
  });
});

describe('syndicationToFeed: mapping', () => {
  it('ids: the guid or Atom id, else the link, else a stable hash; relative links resolve against the base', () => {
    const xml = (base?: string) =>
      syndicationToFeed(
        `<rss version="2.0"><channel><item><title>a</title><guid>g-1</guid><link>/a.html</link><pubDate>2026-11-26</pubDate></item>` +
          `<item><title>b</title><link>/b.html</link><pubDate>2026-11-25</pubDate></item><item><title>c</title><pubDate>2026-11-24</pubDate></item></channel></rss>`,
        base === undefined ? {} : { base },
      ).feed.items;
    const [a, b, c] = xml(BASE);
    expect(a).to.include({ id: 'g-1', url: 'https://www.county.example/a.html' });
    expect(b).to.include({ id: 'https://www.county.example/b.html', url: 'https://www.county.example/b.html' });
    expect(c!.id).to.match(/^urn:gov-widgets:item:[0-9a-f]{16}$/);
    expect(xml(BASE)[2]!.id, 'the same on every read').to.equal(c!.id);
    // Without a base, a relative link is no link.
    expect(xml()[0]!.url).to.equal(undefined);
  });

  it('dates: RFC 822, Java, RFC 3339 and the forms Chinese CMSs write', () => {
    expect(feedDate('Thu, 26 Nov 2026 10:00:00 +0800')).to.equal('2026-11-26T10:00:00+08:00');
    expect(feedDate('Thu, 26 Nov 2026 02:00:00 GMT')).to.equal('2026-11-26T02:00:00Z');
    expect(feedDate('26 Nov 26 10:00 EST')).to.equal('2026-11-26T10:00:00-05:00');
    expect(feedDate('Thu Nov 26 10:00:00 CST 2026')).to.equal('2026-11-26T10:00:00+08:00');
    expect(feedDate('2026-11-26 10:00:00')).to.equal('2026-11-26T10:00:00+08:00');
    expect(feedDate('2026-11-26 10:00:00.0')).to.equal('2026-11-26T10:00:00+08:00');
    expect(feedDate('2026/11/3 9:05')).to.equal('2026-11-03T09:05:00+08:00');
    expect(feedDate('2026年11月26日')).to.equal('2026-11-26');
    expect(feedDate('2026.11.26')).to.equal('2026-11-26');
    expect(feedDate('2026-11-26T10:00:00Z')).to.equal('2026-11-26T10:00:00Z');
    for (const bad of ['2026-02-30', '2026-13-01', 'yesterday', '26 Foo 2026', '']) expect(feedDate(bad), bad).to.equal(undefined);
  });

  it('HTML becomes text: tags and scripts go, references are decoded, text escaped twice loses its tags too', () => {
    expect(htmlToText('<p>第一段</p><p>第二<b>段</b></p><script>alert(1)</script><style>p{}</style>')).to.equal('第一段 第二段');
    expect(htmlToText('A&amp;B &nbsp;&#x4E2D;&#25991; &lt;img src=x onerror=alert(1)&gt;')).to.equal('A&B 中文');
    expect(htmlToText('a < b and c > d')).to.equal('a < b and c > d');
  });

  it('decodes bytes by their byte order mark, Content-Type charset or declaration; wrong bytes are an error, not U+FFFD', () => {
    const gbk = new Uint8Array([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="GB2312"?><r>'),
      0xd6,
      0xd0,
      0xce,
      0xc4,
      ...new TextEncoder().encode('</r>'),
    ]);
    expect(decodeXml(gbk)).to.contain('<r>中文</r>');
    expect(decodeXml(gbk, 'text/xml; charset=utf-8'), 'a server that calls everything UTF-8').to.contain('<r>中文</r>');
    expect(() => decodeXml(new Uint8Array([0x3c, 0x72, 0x3e, 0xd6, 0xd0]), 'text/xml; charset=utf-8'))
      .to.throw(ContractError)
      .with.property('code', 'parse');
    expect(() => decodeXml(new TextEncoder().encode('<?xml version="1.0" encoding="x-nonsense"?><r/>'))).to.throw(ContractError, 'unknown XML encoding');
    expect(decodeXml(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x72, 0x2f, 0x3e]))).to.equal('<r/>');
  });

  it('looksLikeXml: the first character after a byte order mark and white space', () => {
    expect(looksLikeXml('\uFEFF \n<?xml version="1.0"?>')).to.equal(true);
    expect(looksLikeXml('{"items": []}')).to.equal(false);
  });
});
