// zh-Hant and English UI strings are loaded on demand (decision 0018): a widget in one of them shows its loading
// state, in its own language, until the catalog has arrived, then its content; never a word of zh-Hans UI in
// between, never an empty box. One request per catalog for the page, whichever widgets ask. A language change at
// run time: test/core/i18n-language-change.test.ts; a chunk that fails to load: on the built bundles,
// test/bundles/languages.test.ts. The tests run in order: the first ones need catalogs that nothing has loaded.
import { expect } from '@open-wc/testing';
import { hasCatalog, loadCatalog, loadingWords, localizer } from '../../src/core/i18n.js';
import { mount } from './i18n-mount.js';

/** Any Han character: zh-Hans UI words shown to an English reader. */
const HAN = /\p{Script=Han}/u;

const requestsFor = (locale: string): number =>
  performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === `/src/generated/locales/${locale}.ts`).length;

describe('UI catalogs on demand', () => {
  const mounted: HTMLElement[] = [];
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

  it('an English widget says "Loading…" in English until its catalog arrives, then shows its content; no Chinese at any moment', async () => {
    expect(hasCatalog('en'), 'nothing has asked for English yet').to.equal(false);
    expect(hasCatalog('zh-Hans'), 'zh-Hans is in the script').to.equal(true);
    const { el, seen } = await mount('en');
    mounted.push(el);
    expect(seen[0], 'the first render').to.equal('en: Loading…');
    expect(seen.at(-1)).to.equal('en: Alpha Try again');
    expect(
      seen.filter((state) => HAN.test(state)),
      'states with Chinese',
    ).to.deep.equal([]);
    expect(
      seen.every((state) => state.startsWith('en: ') && state.length > 'en: '.length),
      `every state in English, none empty: ${seen.join(' / ')}`,
    ).to.equal(true);
  });

  it('a zh-Hans widget needs no catalog: its first render after the data is its content', async () => {
    const { el, seen } = await mount('zh-CN');
    mounted.push(el);
    expect(seen.at(-1)).to.equal('zh-Hans: 甲乙简 重试');
    expect(requestsFor('zh-Hant'), 'no zh-Hant catalog fetched').to.equal(0);
  });

  it('widgets in English, zh-Hant and zh-Hans side by side: each its own, one request per catalog, gov-error in its language', async () => {
    const messages: string[] = [];
    const onError = (e: Event) => messages.push(`${(e.target as HTMLElement).lang}: ${(e as CustomEvent<{ message: string }>).detail.message}`);
    document.addEventListener('gov-error', onError);
    try {
      const widgets = await Promise.all(['en', 'zh-Hant', 'zh-Hant', 'zh-Hans', 'en'].map((lang) => mount(lang)));
      mounted.push(...widgets.map((w) => w.el));
      expect(widgets.map((w) => w.seen.at(-1))).to.deep.equal([
        'en: Alpha Try again',
        'zh-Hant: 甲乙 重試',
        'zh-Hant: 甲乙 重試',
        'zh-Hans: 甲乙简 重试',
        'en: Alpha Try again',
      ]);
      expect(widgets[1]!.seen[0], 'zh-Hant waits in zh-Hant').to.equal('zh-Hant: 正在載入…');
      // A widget without data, in a language whose catalog is not here yet: the error it fires is in that language.
      const noSource = await mount('zh-TW', false);
      mounted.push(noSource.el);
    } finally {
      document.removeEventListener('gov-error', onError);
    }
    expect(messages).to.deep.equal(['zh-TW: 頁面沒有指定資料來源。請聯絡網站管理員。']);
    expect([requestsFor('en'), requestsFor('zh-Hant')], 'one request per catalog').to.deep.equal([1, 1]);
  });

  it('the inline "Loading…" words are the catalogs\' own', async () => {
    await Promise.all([loadCatalog('en'), loadCatalog('zh-Hant')]);
    for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      expect(loadingWords(locale), locale).to.equal(localizer(locale)('正在加载…', { id: 'core.loading' }));
    }
  });
});
