/**
 * The shipped script bundles, as built by `npm run build` into dist/ (minified, each with only the translations
 * its own code asks for, the QR encoder and the zh-Hant and English UI strings as lazy chunks), in every engine
 * the run has: each top-level script on a page of its own (test/bundles/bundles-middleware.mjs), in zh-Hans,
 * zh-Hant and English. What a reader sees: the fixture data in the page's language, the UI words of the catalog
 * in that language (none left in zh-Hans in English), the content marked in that language, the error of a widget
 * without a source; the one language chunk of that bundle fetched (none on a zh-Hans page, none from the classic
 * build); gov-load fires with items; the directory's QR code is drawn
 * (from dist/chunks/ for the ES bundles, inlined in the classic build); a second copy of the same script on the
 * page throws nothing and changes nothing. The host-page corpus (test/pages/) and the CSP pages (test/trust/)
 * load the all-in-one too; this file is where every bundle is exercised. Where the language chunks come from (a
 * CDN, a strict CSP, a 404, SRI): languages.test.ts.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers.js';
import { openPage } from '../pages/open-page.js';
import {
  ALL,
  BUNDLES,
  TAGS,
  UI,
  NO_SOURCE,
  chunkRequests,
  english,
  expectCleanPage,
  languageChunk,
  languageChunks,
  loadCatalogs,
  readerText,
  say,
  shadowOf,
  shownLang,
  widgets,
  type Lang,
} from './helpers.js';
import type { OpenPage } from '../pages/open-page.js';

const LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const satisfies readonly Lang[];

/** What the fixture data says, per language: a policy title and an account name. */
const DATA: Record<Lang, { policy: string; account: string }> = {
  'zh-Hans': { policy: '关于进一步优化营商环境的若干措施', account: '某县发布' },
  'zh-Hant': { policy: '關於進一步優化營商環境的若干措施', account: '某縣發布' },
  en: { policy: 'Measures to further improve the business environment', account: 'Mou County Release' },
};

/** The fixture documents the pages use: their text is data, not UI, wherever it appears. */
const FIXTURES = [
  '/test/fixtures/site/disclosure.json',
  '/test/fixtures/data/policies.json',
  '/test/fixtures/account-directory/disclosure.json',
  '/test/fixtures/ask-form/disclosure.json',
  '/test/fixtures/ask-form/questions.json',
];

let fixtureText = '';

declare global {
  interface Window {
    /** The detail of every gov-load on a bundle page (test/bundles/bundles-middleware.mjs). */
    __govLoads?: { tag: string; count: number }[];
  }
}

const loads = (page: OpenPage): { tag: string; count: number }[] => page.doc.defaultView?.__govLoads ?? [];

describe('shipped bundles: every script of dist/ on a page of its own', function () {
  this.timeout(60_000);

  before(async () => {
    await loadCatalogs();
    const texts = await Promise.all(FIXTURES.map(async (url) => JSON.stringify(await (await fetch(url)).json())));
    fixtureText = texts.join('\n');
  });

  for (const bundle of BUNDLES) {
    describe(bundle, () => {
      for (const lang of LANGS) {
        it(`${lang}: defines its elements, shows the fixture data and the catalog's words in ${lang}, and fires gov-load`, async () => {
          const page = await openPage(`/bundles/page?bundle=${bundle}&lang=${lang}`);
          const where = `${bundle} (${lang})`;
          const view = page.doc.defaultView!;
          for (const tag of TAGS[bundle]) expect(view.customElements.get(tag), `${where}: <${tag}> defined`).to.not.equal(undefined);
          for (const tag of ALL.filter((t) => !TAGS[bundle].includes(t))) {
            expect(view.customElements.get(tag), `${where}: <${tag}> is not this bundle's`).to.equal(undefined);
          }

          // Events: a gov-load with items for each widget with data, a gov-error for each without a source.
          expect(
            loads(page)
              .map((l) => l.tag)
              .sort(),
            `${where}: gov-load`,
          ).to.deep.equal([...TAGS[bundle]].sort());
          for (const load of loads(page)) expect(load.count, `${where}: <${load.tag}> gov-load count`).to.be.greaterThan(0);
          expect(page.probe.events.filter((e) => e.startsWith('gov-error')).length, `${where}: gov-error`).to.equal(TAGS[bundle].length);

          const texts: string[] = [];
          for (const tag of TAGS[bundle]) {
            const [withData, noSource] = widgets(page, tag);
            const text = readerText(shadowOf(withData!));
            texts.push(text);
            for (const words of UI[tag]) expect(text, `${where}: <${tag}> says ${say(words, lang)}`).to.include(say(words, lang));
            const error = shadowOf(noSource!).querySelector('[role="alert"][part~="error"]');
            expect(error?.textContent, `${where}: <${tag}> without a source`).to.include(say(NO_SOURCE, lang));
            texts.push(readerText(shadowOf(noSource!)));
          }
          const all = texts.join('|');
          if (TAGS[bundle].includes('gov-policy-feed')) expect(all, `${where}: the policy title`).to.include(DATA[lang].policy);
          if (TAGS[bundle].includes('gov-account-directory')) expect(all, `${where}: the account name`).to.include(DATA[lang].account);
          for (const tag of TAGS[bundle]) for (const el of widgets(page, tag)) expect(shownLang(el), `${where}: <${tag}> content marked`).to.equal(lang);
          // zh-Hans is in the script; zh-Hant and English come as one chunk of this bundle's own (inlined in the classic build).
          const fetched = languageChunks(page).map((url) => new URL(url).pathname);
          if (lang === 'zh-Hans' || bundle.endsWith('.classic.js')) expect(fetched, `${where}: language chunks fetched`).to.deep.equal([]);
          else {
            expect(fetched, `${where}: one language chunk`).to.have.length(1);
            expect(fetched[0], `${where}: the chunk of this bundle and language`).to.match(languageChunk(bundle, lang));
          }
          if (lang === 'en') {
            // The bundle's own catalog holds every word it shows: nothing of the UI is left in zh-Hans.
            const untranslated = [...english().keys()].filter((source) => source.length >= 4 && all.includes(source) && !fixtureText.includes(source));
            expect(untranslated, `${where}: UI words shown untranslated`).to.deep.equal([]);
          }
          expectCleanPage(page, where);
        });
      }

      if (TAGS[bundle].includes('gov-account-directory')) {
        it(`draws a QR code with the encoder ${bundle.endsWith('.classic.js') ? 'inlined' : 'from its lazy chunk'}`, async () => {
          const page = await openPage(`/bundles/page?bundle=${bundle}&lang=en`);
          const encoder = (): string[] =>
            chunkRequests(page)
              .map((url) => new URL(url).pathname)
              .filter((path) => path.includes('/uqr-'));
          expect(encoder(), 'no encoder before a code is opened').to.deep.equal([]);
          const [directory] = widgets(page, 'gov-account-directory');
          const root = shadowOf(directory!);
          const button = root.querySelector<HTMLButtonElement>('li[data-id="wx-gov"] [part~="qr-button"]');
          expect(button, 'the account offers its code').to.not.equal(null);
          button!.click();
          await waitUntil(() => root.querySelector('dialog svg.qr-code path'), 'the QR code is drawn', { timeout: 10_000 });
          const d = root.querySelector('dialog svg.qr-code path')!.getAttribute('d') ?? '';
          expect(d.length, 'the code has modules').to.be.greaterThan(100);
          expect(readerText(root)).to.include(say('关闭', 'en'));
          if (bundle.endsWith('.classic.js')) expect(chunkRequests(page), 'the classic build inlines the encoder').to.deep.equal([]);
          else
            expect(encoder(), 'the encoder came from its chunk')
              .to.have.length(1)
              .and.satisfy((paths: string[]) => /^\/dist\/chunks\/uqr-[\w-]+\.js$/.test(paths[0]!));
          expectCleanPage(page, bundle);
        });
      }

      it('a second copy of the same script on the page throws nothing and every widget still shows its data', async () => {
        const page = await openPage(`/bundles/page?bundle=${bundle}&lang=zh-Hans&copies=2`);
        expectCleanPage(page, `${bundle} twice`);
        expect(
          loads(page)
            .map((l) => l.tag)
            .sort(),
        ).to.deep.equal([...TAGS[bundle]].sort());
        for (const tag of TAGS[bundle]) {
          const [withData] = widgets(page, tag);
          expect(readerText(shadowOf(withData!)).length, `<${tag}> shows its content`).to.be.greaterThan(20);
        }
      });
    });
  }
});
