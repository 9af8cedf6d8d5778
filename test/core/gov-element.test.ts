import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { captureWarnings, fixtureUrl, mockUrl, readFixture, uniqueKey } from '../helpers.js';
import type { GovLoadDetail } from '../../src/core/events.js';
import './test-widget.js';
import type { TestWidget } from './test-widget.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent.replace(/\s+/g, ' ').trim();

async function ready(el: TestWidget): Promise<TestWidget> {
  await el.loadComplete;
  return el;
}

describe('element base: data sources', () => {
  it('loads from src and fires gov-load with the count', async () => {
    const el = document.createElement('test-gov-widget');
    el.src = fixtureUrl('site/disclosure.json');
    const loaded = oneEvent(el, 'gov-load');
    document.body.append(el);
    const event = (await loaded) as CustomEvent<GovLoadDetail>;
    expect(event.detail.count).to.equal(5);
    expect(event.detail.url).to.equal(fixtureUrl('data/policies.json'));
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('li')).to.have.length(5);
    el.remove();
  });

  it('reads a child <script type="application/json"> and never shows it', async () => {
    const json = JSON.stringify(await readFixture('data/policies.json'));
    const el = await fixture<TestWidget>(`<test-gov-widget><script type="application/json">${json}</script></test-gov-widget>`);
    await ready(el);
    expect(shadow(el).querySelectorAll('li')).to.have.length(5);
    expect(text(el)).not.to.contain('jsonfeed');
  });

  it('prefers the data property, and reloads when it changes', async () => {
    const el = await fixture<TestWidget>(html`<test-gov-widget src=${fixtureUrl('data/policies.json')}></test-gov-widget>`);
    el.data = { version: 'https://jsonfeed.org/version/1.1', title: 't', items: [{ id: '1', title: '只有一条', date_published: '2026-01-01' }] };
    await ready(el);
    expect(text(el)).to.equal('只有一条 重试');
    el.data = undefined;
    await el.updateComplete;
    await ready(el);
    expect(shadow(el).querySelectorAll('li')).to.have.length(5);
  });

  it('shows an error, not a blank box, when no source is given', async () => {
    const { result: el } = await captureWarnings(async () => ready(await fixture<TestWidget>(html`<test-gov-widget></test-gov-widget>`)));
    expect(shadow(el).querySelector('[role="alert"][part~="error"]')).to.exist;
    expect(text(el)).to.contain('没有指定数据来源');
  });

  it('says how many items were left out, and warns with their paths', async () => {
    const { result: el, warnings } = await captureWarnings(async () =>
      ready(await fixture<TestWidget>(html`<test-gov-widget src=${fixtureUrl('feed-some-invalid.json')}></test-gov-widget>`)),
    );
    expect(shadow(el).querySelectorAll('li')).to.have.length(3);
    expect(shadow(el).querySelector('[part="notice"]')!.textContent).to.contain('有 7 条信息');
    expect(warnings.join('\n')).to.contain('$.items[1].title: required, missing');
  });
});

describe('element base: states', () => {
  it('reserves the loading height and announces loading', async () => {
    const el = await fixture<TestWidget>(html`<test-gov-widget src=${mockUrl('slow/1500/data/policies')}></test-gov-widget>`);
    const loading = shadow(el).querySelector<HTMLElement>('[part="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.textContent).to.contain('正在加载');
    expect(loading.getBoundingClientRect().height).to.equal(20 * 16);
    await expect(el).to.be.accessible();
    await ready(el);
    expect(shadow(el).querySelector('[part="loading"]')).to.equal(null);
  });

  it('says it is loading in words on screen, with the no-JavaScript fallback hidden, and shows neither once content shows', async () => {
    const el = await fixture<TestWidget>(
      html`<test-gov-widget src=${mockUrl('slow/800/data/policies')}><p>留言咨询需要开启 JavaScript。</p><a href="/list.html">全部政策</a></test-gov-widget>`,
    );
    const fallback = [...el.children] as HTMLElement[];
    // JavaScript runs, so "需要开启 JavaScript" would be untrue: the widget's own loading state instead.
    expect(fallback.map((node) => node.getBoundingClientRect().height)).to.deep.equal([0, 0]);
    const loading = shadow(el).querySelector<HTMLElement>('[part="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    const words = loading.querySelector<HTMLElement>('.loading-text')!;
    expect(words.textContent).to.equal('正在加载…');
    // Visible, not only for screen readers.
    expect(words.getBoundingClientRect().height).to.be.above(10);
    expect(words.getBoundingClientRect().width).to.be.above(30);
    expect(getComputedStyle(words).clipPath).to.equal('none');
    expect(loading.getBoundingClientRect().height).to.equal(20 * 16);
    await expect(el).to.be.accessible();
    await ready(el);
    expect(fallback.map((node) => node.getBoundingClientRect().height)).to.deep.equal([0, 0]);
    expect(shadow(el).querySelector('[part="loading"]')).to.equal(null);
  });

  it('shows the fallback again under an error', async () => {
    const { result: el } = await captureWarnings(async () =>
      ready(await fixture<TestWidget>(html`<test-gov-widget src=${mockUrl('status/404')}><a href="/list.html">全部政策</a></test-gov-widget>`)),
    );
    const alert = shadow(el).querySelector('[role="alert"]')!;
    const link = el.querySelector('a')!;
    expect(link.getBoundingClientRect().height).to.be.above(0);
    expect(link.getBoundingClientRect().top).to.be.at.least(alert.getBoundingClientRect().bottom);
  });

  it('explains a 404 in the reader language, without a retry, and sends the cause to console.warn', async () => {
    const errors: CustomEvent[] = [];
    const { result: el, warnings } = await captureWarnings(async () => {
      const widget = document.createElement('test-gov-widget');
      widget.addEventListener('gov-error', (e) => errors.push(e));
      widget.src = mockUrl('status/404');
      document.body.append(widget);
      return ready(widget);
    });
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.getAttribute('part')).to.equal('error');
    expect(alert.textContent).to.contain('找不到数据文件');
    expect(shadow(el).querySelector('[part="retry"]')).to.equal(null);
    expect(warnings.join('\n')).to.contain(mockUrl('status/404'));
    expect(errors[0]!.detail).to.include({ code: 'not-found', retryable: false });
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('offers a retry for a 503 that loads the data and keeps focus in the widget', async () => {
    const key = uniqueKey('retry');
    const { result: el } = await captureWarnings(async () =>
      ready(await fixture<TestWidget>(html`<test-gov-widget src=${mockUrl(`sequence/${key}/503,200/data/policies`)}></test-gov-widget>`)),
    );
    expect(text(el)).to.contain('错误代码 503');
    await expect(el).to.be.accessible();
    const retry = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry.textContent).to.equal('重试');
    retry.focus();
    retry.click();
    await ready(el);
    expect(shadow(el).querySelectorAll('li')).to.have.length(5);
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('.base'));
  });

  it('explains a wrong major version and a non-JSON body', async () => {
    const {
      result: [major, notJson],
    } = await captureWarnings(async () =>
      Promise.all([
        fixture<TestWidget>(html`<test-gov-widget src=${fixtureUrl('wrong-major.json')}></test-gov-widget>`).then(ready),
        fixture<TestWidget>(html`<test-gov-widget src=${mockUrl('text?type=application/json&body=oops')}></test-gov-widget>`).then(ready),
      ]),
    );
    expect(text(major)).to.contain('版本（2.0）不受支持');
    expect(text(notJson)).to.contain('格式有误');
  });
});

describe('element base: language', () => {
  it('uses its own lang, else the nearest ancestor across shadow roots, else zh-Hans', async () => {
    const { result: els } = await captureWarnings(async () => {
      const own = await fixture<TestWidget>(html`<test-gov-widget lang="en"></test-gov-widget>`);
      const parent = await fixture<HTMLElement>(html`<div lang="zh-TW"><test-gov-widget></test-gov-widget></div>`);
      const host = await fixture<HTMLElement>(html`<section lang="en"></section>`);
      const root = host.attachShadow({ mode: 'open' });
      const inShadow = document.createElement('test-gov-widget');
      root.append(inShadow);
      const none = await fixture<TestWidget>(html`<test-gov-widget></test-gov-widget>`);
      const nested = parent.querySelector('test-gov-widget')!;
      return Promise.all([own, nested, inShadow, none].map(ready));
    });
    const [own, nested, inShadow, none] = els;
    expect(text(own!)).to.contain('does not say where the data is');
    expect(text(nested!)).to.contain('頁面沒有指定資料來源');
    expect(text(inShadow!)).to.contain('does not say where the data is');
    expect(text(none!)).to.contain('页面没有指定数据来源');
    expect(shadow(own!).querySelector('.base')!.getAttribute('lang')).to.equal('en');
  });

  it('follows a change of lang on an ancestor, and two widgets keep two languages', async () => {
    const { result: wrapper } = await captureWarnings(async () => {
      const div = await fixture<HTMLElement>(
        html`<div lang="zh-CN"><test-gov-widget id="a"></test-gov-widget><test-gov-widget id="b" lang="en"></test-gov-widget></div>`,
      );
      await Promise.all([...div.querySelectorAll('test-gov-widget')].map(ready));
      return div;
    });
    const a = wrapper.querySelector<TestWidget>('#a')!;
    const b = wrapper.querySelector<TestWidget>('#b')!;
    expect(text(a)).to.contain('页面没有指定数据来源');
    expect(text(b)).to.contain('does not say');
    wrapper.lang = 'zh-HK';
    await new Promise(requestAnimationFrame);
    await a.updateComplete;
    expect(text(a)).to.contain('頁面沒有指定資料來源');
    expect(text(b)).to.contain('does not say');
  });

  it('shows localized content in the widget language', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 't',
      items: [{ id: '1', title: { 'zh-Hans': '通知', 'zh-Hant': '通知（繁）', en: 'Notice' }, date_published: '2026-01-01' }],
    };
    const en = await fixture<TestWidget>(html`<test-gov-widget lang="en" .data=${feed}></test-gov-widget>`);
    const hk = await fixture<TestWidget>(html`<test-gov-widget lang="zh-HK" .data=${feed}></test-gov-widget>`);
    await Promise.all([ready(en), ready(hk)]);
    expect(text(en)).to.equal('Notice Try again');
    expect(text(hk)).to.equal('通知（繁） 重試');
  });
});

describe('element base: theme', () => {
  const feed = { version: 'https://jsonfeed.org/version/1.1', title: 't', items: [] };

  it('reads the --gov-* tokens, and sizes from its own font size, not the root one', async () => {
    document.documentElement.style.fontSize = '40px';
    try {
      const el = await fixture<TestWidget>(
        html`<test-gov-widget style="--gov-color-danger: rgb(1, 2, 3); --gov-font-family: monospace" src=${mockUrl('status/500')}></test-gov-widget>`,
      );
      await captureWarnings(() => ready(el));
      const title = shadow(el).querySelector('.error-title')!;
      expect(getComputedStyle(title).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(title).fontFamily).to.equal('monospace');
      expect(getComputedStyle(shadow(el).querySelector('.base')!).fontSize).to.equal('16px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('keeps host page text styles out', async () => {
    const style = document.createElement('style');
    style.textContent = 'body * { letter-spacing: 9px; text-transform: uppercase; line-height: 3px; color: red }';
    document.head.append(style);
    try {
      const { result: el } = await captureWarnings(async () => ready(await fixture<TestWidget>(html`<test-gov-widget lang="en"></test-gov-widget>`)));
      const message = getComputedStyle(shadow(el).querySelector('.error-message')!);
      expect([message.letterSpacing, message.textTransform, message.color]).to.deep.equal(['normal', 'none', 'rgb(31, 31, 31)']);
      expect(parseFloat(message.lineHeight)).to.be.above(16 * 1.5 - 0.01);
    } finally {
      style.remove();
    }
  });

  it('turns dark when the host page opts into a dark color-scheme', async () => {
    const el = await fixture<TestWidget>(html`<test-gov-widget style="color-scheme: dark" .data=${feed}></test-gov-widget>`);
    await ready(el);
    expect(getComputedStyle(shadow(el).querySelector('.base')!).backgroundColor).to.equal('rgb(27, 28, 31)');
    const light = await fixture<TestWidget>(html`<test-gov-widget .data=${feed}></test-gov-widget>`);
    await ready(light);
    expect(getComputedStyle(shadow(light).querySelector('.base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('care mode: text at least 20 px, line height at least 1.5, targets at least 48 px', async () => {
    const el = await fixture<TestWidget>(html`<test-gov-widget care style="--gov-font-size: 14px" src=${mockUrl('status/500')}></test-gov-widget>`);
    await captureWarnings(() => ready(el));
    const base = getComputedStyle(shadow(el).querySelector('.base')!);
    expect(parseFloat(base.fontSize)).to.be.at.least(20);
    expect(parseFloat(base.lineHeight) / parseFloat(base.fontSize)).to.be.at.least(1.5);
    const retry = shadow(el).querySelector('[part="retry"]')!.getBoundingClientRect();
    expect(retry.height).to.be.at.least(48);
    await expect(el).to.be.accessible();
  });

  it('lays the error out right to left under dir="rtl"', async () => {
    const el = await fixture<TestWidget>(html`<test-gov-widget dir="rtl" lang="ar" src=${mockUrl('status/500')}></test-gov-widget>`);
    await captureWarnings(() => ready(el));
    const box = getComputedStyle(shadow(el).querySelector('.error')!);
    expect(parseFloat(box.borderRightWidth)).to.be.above(parseFloat(box.borderLeftWidth));
  });
});
