// Each widget resolves its language at every msg() call (decision 0010): two widgets in two languages on one
// page render and announce in their own, also for text built outside render — an announcement after a timer,
// a gov-error message, a string built in a handler. (Before, a module-global locale was swapped around each
// widget's update and around such code by hand; a forgotten wrap showed zh-Hans.)
import { expect, fixture, html } from '@open-wc/testing';
import { str } from '@lit/localize';
import { loadCatalog, localizer } from '../../src/core/i18n.js';
import { captureWarnings, waitUntil } from '../helpers.js';
import { $, FEED, status, type GovPolicyFeed } from '../widgets/policy-feed/helpers.js';
import type { TestWidget } from './test-widget.js';
import './test-widget.js';

describe('each widget speaks its own language, per msg() call', () => {
  // zh-Hant and English are loaded on demand (decision 0018; test/core/i18n-catalogs.test.ts): here, up front.
  before(() => Promise.all([loadCatalog('en'), loadCatalog('zh-Hant')]));

  it("looks up literals and str templates by id in all three locales, values in the translation's order", () => {
    expect((['zh-Hans', 'zh-Hant', 'en'] as const).map((l) => localizer(l)('重试', { id: 'core.try-again' }))).to.deep.equal(['重试', '重試', 'Try again']);
    const accounts = (locale: 'zh-Hans' | 'zh-Hant' | 'en') =>
      localizer(locale)(str`${'县教育局'}在${'微博'}有 ${3} 个在用账号`, { id: 'directory.active-accounts-of-on' });
    expect(accounts('zh-Hans')).to.equal('县教育局在微博有 3 个在用账号');
    expect(accounts('zh-Hant')).to.equal('县教育局在微博有 3 個使用中的帳號');
    expect(accounts('en')).to.equal('3 active accounts of 县教育局 on 微博');
    // No translation under that id: the zh-Hans source, values filled in.
    expect(localizer('en')(str`第 ${2} 页`, { id: 'core.no-such-message' })).to.equal('第 2 页');
    expect(localizer('en')('重试')).to.equal('重试');
  });

  it("announces search results from a timer, outside render, in each feed's own language", async () => {
    const wrapper = await fixture(html`<div>
      <gov-policy-feed lang="en" searchable src=${FEED}></gov-policy-feed>
      <gov-policy-feed lang="zh-Hant" searchable src=${FEED}></gov-policy-feed>
    </div>`);
    const feeds = [...wrapper.querySelectorAll<GovPolicyFeed>('gov-policy-feed')];
    await captureWarnings(() => Promise.all(feeds.map((el) => el.loadComplete)));
    for (const el of feeds) {
      const input = $<HTMLInputElement>(el, '[part~="search"]')!;
      input.value = 'zzzz-nothing-matches';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await waitUntil(() => feeds.every((el) => status(el) !== ''), 'no announcement');
    expect(feeds.map(status)).to.deep.equal(['No policies match your search or filters.', '沒有找到符合條件的政策。']);
  });

  it("gives each gov-error message, built outside render, in the failing widget's language", async () => {
    const messages = new Map<string, string>();
    await captureWarnings(async () => {
      const wrapper = await fixture(html`<div
        @gov-error=${(e: CustomEvent<{ message: string }>) => messages.set((e.target as Element).getAttribute('lang') ?? '', e.detail.message)}
      >
        <gov-policy-feed lang="en" src="/no-such-document.json"></gov-policy-feed>
        <gov-policy-feed lang="zh-TW" src="/no-such-document.json"></gov-policy-feed>
        <gov-policy-feed lang="zh-CN" src="/no-such-document.json"></gov-policy-feed>
      </div>`);
      await Promise.all([...wrapper.querySelectorAll<GovPolicyFeed>('gov-policy-feed')].map((el) => el.loadComplete));
    });
    expect(Object.fromEntries(messages)).to.deep.equal({
      en: 'The data file was not found. Please contact the webmaster.',
      'zh-TW': '找不到資料檔案。請聯絡網站管理員。',
      'zh-CN': '找不到数据文件。请联系网站管理员。',
    });
  });

  it('builds text outside render in the language the widget has at that moment', async () => {
    const wrapper = await fixture(html`<div lang="en">
      <test-gov-widget></test-gov-widget>
      <div lang="zh-Hant"><test-gov-widget></test-gov-widget></div>
    </div>`);
    const [english, traditional] = [...wrapper.querySelectorAll<TestWidget>('test-gov-widget')];
    expect([english!.retryLabelNow(), traditional!.retryLabelNow()]).to.deep.equal(['Try again', '重試']);
    // The page switches the outer language: the next string built follows it, with no render in between.
    wrapper.setAttribute('lang', 'zh-Hans');
    await waitUntil(() => english!.retryLabelNow() === '重试', "the widget did not follow its ancestor's lang");
    expect(traditional!.retryLabelNow()).to.equal('重試');
  });
});
