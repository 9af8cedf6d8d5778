/**
 * Where the language chunks of the shipped ES bundles come from (decision 0018; pages of
 * test/bundles/bundles-middleware.mjs): they resolve relative to the script, not the page, so a bundle loaded from
 * a CDN (another origin, with CORS) fetches its chunk from there; they load under the strict Content-Security-Policy
 * with Trusted Types; an import map's `integrity` covers them (as docs/embedding.md documents), and a wrong hash
 * blocks the chunk; a chunk that cannot be loaded leaves the widget in zh-Hans — its words, its content marked
 * `lang="zh-Hans"`, a console warning — with the page working and no empty box.
 */
import { expect } from '@open-wc/testing';
import { openPage, type OpenPage } from '../pages/open-page.js';
import {
  ES_BUNDLES,
  NO_SOURCE,
  TAGS,
  UI,
  expectCleanPage,
  languageChunk,
  languageChunks,
  loadCatalogs,
  readerText,
  say,
  shadowOf,
  shownLang,
  widgets,
  type Bundle,
  type Lang,
} from './helpers.js';

/** The other name of the test server: a CDN on another origin (bundles-middleware.mjs). */
const cdnOrigin = (): string => {
  const here = new URL(location.href);
  return `http://${here.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${here.port}`;
};

/** Every widget of the page speaks `lang`: its content marked so, its UI words and the error of the one without data. */
function expectSpoken(page: OpenPage, bundle: Bundle, lang: Lang, where: string): void {
  for (const tag of TAGS[bundle]) {
    const [withData, noSource] = widgets(page, tag);
    for (const el of [withData!, noSource!]) expect(shownLang(el), `${where}: <${tag}> content marked`).to.equal(lang);
    const text = readerText(shadowOf(withData!));
    expect(text.length, `${where}: <${tag}> shows its content`).to.be.greaterThan(20);
    for (const words of UI[tag]) expect(text, `${where}: <${tag}>`).to.include(say(words, lang));
    expect(shadowOf(noSource!).querySelector('[role="alert"][part~="error"]')?.textContent, `${where}: <${tag}> without a source`).to.include(
      say(NO_SOURCE, lang),
    );
  }
  const loads = (page.doc.defaultView as (Window & { __govLoads?: { tag: string }[] }) | null)?.__govLoads ?? [];
  expect(loads.map((l) => l.tag).sort(), `${where}: gov-load`).to.deep.equal([...TAGS[bundle]].sort());
}

describe('languages on demand: where the chunks come from', function () {
  this.timeout(60_000);
  before(loadCatalogs);

  for (const bundle of ES_BUNDLES) {
    describe(bundle, () => {
      it('from a CDN (another origin, CORS): the chunk comes from the CDN, next to the script, not from the page', async () => {
        const page = await openPage(`/bundles/page?bundle=${bundle}&lang=en&from=cdn`);
        const where = `${bundle} from a CDN`;
        expectCleanPage(page, where);
        expectSpoken(page, bundle, 'en', where);
        const fetched = languageChunks(page);
        expect(fetched, `${where}: one language chunk`).to.have.length(1);
        expect(new URL(fetched[0]!).origin, `${where}: from the CDN`).to.equal(cdnOrigin());
        expect(new URL(fetched[0]!).pathname).to.match(languageChunk(bundle, 'en', '/cdn/dist/'));
      });

      it('a language chunk that fails (404): zh-Hans words and lang, a console warning, the page still works', async () => {
        const page = await openPage(`/bundles/page?bundle=${bundle}&lang=en&from=broken`);
        const where = `${bundle}, chunk 404`;
        expectCleanPage(page, where);
        expectSpoken(page, bundle, 'zh-Hans', where);
        const warnings = page.probe.warnings.filter((w) => w.includes('en UI strings not loaded, showing zh-Hans'));
        expect(warnings, `${where}: a warning per widget`).to.have.length(TAGS[bundle].length * 2);
        expect(languageChunks(page).map((url) => new URL(url).pathname)).to.satisfy((paths: string[]) =>
          paths.every((p) => languageChunk(bundle, 'en', '/broken/dist/').test(p)),
        );
        // Still working: the feed searches, in zh-Hans.
        if (TAGS[bundle].includes('gov-policy-feed')) {
          const [feed] = widgets(page, 'gov-policy-feed');
          const input = shadowOf(feed!).querySelector<HTMLInputElement>('[part~="search"]')!;
          input.value = '营商环境';
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await (feed as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          expect(readerText(shadowOf(feed!))).to.include('营商环境');
        }
      });

      it("under the strict CSP with Trusted Types, from the page's origin and from a CDN", async () => {
        for (const from of ['dist', 'cdn'] as const) {
          for (const lang of bundle === 'gov-widgets.js' ? (['en', 'zh-Hant'] as const) : (['en'] as const)) {
            const page = await openPage(`/bundles/page?bundle=${bundle}&lang=${lang}&from=${from}&csp=strict`);
            const where = `${bundle} (${lang}) from ${from} under CSP`;
            expect(page.probe.violations, `${where}: violations`).to.deep.equal([]);
            expectCleanPage(page, where);
            expectSpoken(page, bundle, lang, where);
            expect(languageChunks(page), `${where}: its chunk`).to.have.length(1);
          }
        }
      });
    });
  }

  // Every engine here checks import map integrity (measured: Chromium 156, Firefox 153 ESR, WebKitGTK 2.50), so
  // nothing is skipped; an engine that ignored it would load the chunk of a wrong hash and fail the second half.
  describe('SRI: an import map with integrity covers the chunks (docs/embedding.md)', () => {
    for (const bundle of ['gov-widgets.js', 'gov-policy-feed.js'] as const) {
      it(`${bundle}: with the right hashes the chunk loads; with a wrong one it is blocked and the widgets speak zh-Hans`, async () => {
        const right = await openPage(`/bundles/page?bundle=${bundle}&lang=en&from=raw&sri=right`);
        expectCleanPage(right, `${bundle}, right hashes`);
        expectSpoken(right, bundle, 'en', `${bundle}, right hashes`);
        expect(languageChunks(right)).to.have.length(1);

        const wrong = await openPage(`/bundles/page?bundle=${bundle}&lang=en&from=raw&sri=wrong`);
        expectCleanPage(wrong, `${bundle}, wrong hash`);
        expectSpoken(wrong, bundle, 'zh-Hans', `${bundle}, wrong hash`);
        expect(wrong.probe.warnings.filter((w) => w.includes('en UI strings not loaded'))).to.have.length(TAGS[bundle].length * 2);
      });
    }

    it('from a CDN under the strict CSP (the import map allowed by its hash), in zh-Hant', async () => {
      const page = await openPage('/bundles/page?bundle=gov-widgets.js&lang=zh-Hant&from=cdn&csp=strict&sri=right');
      expect(page.probe.violations).to.deep.equal([]);
      expectCleanPage(page, 'CDN + CSP + SRI');
      expectSpoken(page, 'gov-widgets.js', 'zh-Hant', 'CDN + CSP + SRI');
      expect(new URL(languageChunks(page)[0]!).origin).to.equal(cdnOrigin());
    });
  });
});
