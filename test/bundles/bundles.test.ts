/**
 * The shipped script bundles, as built by `npm run build` into dist/ (minified, each with only the translations
 * its own code asks for, the QR encoder as a lazy chunk), in every engine the run has: each top-level script on
 * a page of its own (test/bundles/bundles-middleware.mjs), in zh-Hans and in English. What a reader sees: the
 * fixture data in the page's language, the UI words of the catalog in that language (none left in zh-Hans in
 * English), the error of a widget without a source; gov-load fires with items; the directory's QR code is drawn
 * (from dist/chunks/ for the ES bundles, inlined in the classic build); a second copy of the same script on the
 * page throws nothing and changes nothing. The host-page corpus (test/pages/) and the CSP pages (test/trust/)
 * load the all-in-one too; this file is where every bundle is exercised.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, type OpenPage } from '../pages/open-page.js';

const BUNDLES = ['gov-widgets.js', 'gov-policy-feed.js', 'gov-account-directory.js', 'gov-ask-form.js', 'gov-widgets.classic.js'] as const;
type Bundle = (typeof BUNDLES)[number];

const ALL = ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form'] as const;
type Tag = (typeof ALL)[number];
const TAGS: Record<Bundle, readonly Tag[]> = {
  'gov-widgets.js': ALL,
  'gov-widgets.classic.js': ALL,
  'gov-policy-feed.js': ['gov-policy-feed'],
  'gov-account-directory.js': ['gov-account-directory'],
  'gov-ask-form.js': ['gov-ask-form'],
};

const LANGS = ['zh-Hans', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** What the fixture data says, per language: a policy title and an account name. */
const DATA: Record<Lang, { policy: string; account: string }> = {
  'zh-Hans': { policy: '关于进一步优化营商环境的若干措施', account: '某县发布' },
  en: { policy: 'Measures to further improve the business environment', account: 'Mou County Release' },
};

/** UI words each widget shows once loaded (zh-Hans, the catalog's source language). */
const UI: Record<Tag, readonly string[]> = {
  'gov-policy-feed': ['搜索政策'],
  'gov-account-directory': [],
  'gov-ask-form': ['提交留言'],
};
const NO_SOURCE = '页面没有指定数据来源。请联系网站管理员。';

/** The fixture documents the pages use: their text is data, not UI, wherever it appears. */
const FIXTURES = [
  '/test/fixtures/site/disclosure.json',
  '/test/fixtures/data/policies.json',
  '/test/fixtures/account-directory/disclosure.json',
  '/test/fixtures/ask-form/disclosure.json',
  '/test/fixtures/ask-form/questions.json',
];

let english: Map<string, string> | undefined;
let fixtureText = '';

/** The English catalog (xliff/en.xlf): zh-Hans source → English target. */
async function catalog(): Promise<Map<string, string>> {
  if (english) return english;
  const xml = new DOMParser().parseFromString(await (await fetch('/xliff/en.xlf')).text(), 'application/xml');
  english = new Map();
  for (const unit of xml.querySelectorAll('trans-unit')) {
    const source = unit.querySelector('source');
    const target = unit.querySelector('target');
    // Messages with placeholders hold <x> elements: their text alone is not what a reader sees.
    if (!source || !target || source.children.length > 0) continue;
    english.set(source.textContent ?? '', target.textContent ?? '');
  }
  return english;
}

const say = (words: string, lang: Lang): string => {
  if (lang === 'zh-Hans') return words;
  const translated = english?.get(words);
  if (translated === undefined) throw new Error(`xliff/en.xlf has no translation of ${words}`);
  return translated;
};

/** What a reader sees and hears in a widget: its shadow tree's text and accessible names, nested roots included. */
function readerText(root: ShadowRoot | Element): string {
  const parts: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'placeholder']) parts.push(node.getAttribute(name) ?? '');
    for (const child of node.childNodes) if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent?.trim() ?? '');
    if (node.shadowRoot) parts.push(readerText(node.shadowRoot));
  }
  return parts.filter(Boolean).join('|');
}

const widgets = (page: OpenPage, tag: Tag): HTMLElement[] => [...page.doc.querySelectorAll<HTMLElement>(tag)];

const shadowOf = (el: HTMLElement): ShadowRoot => {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
};

function expectCleanPage(page: OpenPage, where: string): void {
  expect(page.probe.errors, `${where}: uncaught errors`).to.deep.equal([]);
  expect(page.probe.consoleErrors, `${where}: console errors`).to.deep.equal([]);
}

declare global {
  interface Window {
    /** The detail of every gov-load on a bundle page (test/bundles/bundles-middleware.mjs). */
    __govLoads?: { tag: string; count: number }[];
  }
}

const loads = (page: OpenPage): { tag: string; count: number }[] => page.doc.defaultView?.__govLoads ?? [];

/** The lazy chunks the page fetched. */
const chunkRequests = (page: OpenPage): string[] =>
  page.doc
    .defaultView!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/chunks/'));

describe('shipped bundles: every script of dist/ on a page of its own', function () {
  this.timeout(60_000);

  before(async () => {
    await catalog();
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
          if (lang === 'en') {
            // The bundle's own catalog holds every word it shows: nothing of the UI is left in zh-Hans.
            const untranslated = [...english!.keys()].filter((source) => source.length >= 4 && all.includes(source) && !fixtureText.includes(source));
            expect(untranslated, `${where}: UI words shown untranslated`).to.deep.equal([]);
          }
          expectCleanPage(page, where);
        });
      }

      if (TAGS[bundle].includes('gov-account-directory')) {
        it(`draws a QR code with the encoder ${bundle.endsWith('.classic.js') ? 'inlined' : 'from its lazy chunk'}`, async () => {
          const page = await openPage(`/bundles/page?bundle=${bundle}&lang=en`);
          expect(chunkRequests(page), 'no chunk before a code is opened').to.deep.equal([]);
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
            expect(chunkRequests(page), 'the encoder came from its chunk')
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
