/**
 * Failing networks, for every widget: 404, 500, 503 then success through the retry button, a refused
 * connection, a body that is not JSON though it says it is, truncated JSON, a response that never ends, a
 * slow one, and a section URL that fails behind a good discovery document. Each shows a message in the
 * reader's language (`role="alert"`, `part="error"`), a retry where retrying can help, the technical
 * cause in `console.warn`, and never an uncaught error. Further pages (the feed's `next_url`, the form's
 * `answered_next_url`) fail without losing what is shown.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { GovErrorDetail } from '../../src/core/events.js';
import { makeFeed, mockUrl, uniqueKey } from '../helpers.js';
import { $, $$, TAGS, textOf, uncaught, unwatch, until, watch, warnings, type Tag, type Widget } from './helpers.js';

/** Mounts a widget reading `src`, with a cache of its own; resolves once its first load has ended. */
async function mount(tag: Tag, src: string, setup: (el: Widget) => void = () => {}): Promise<Widget> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as unknown as Widget;
  el.loadOptions = { cache: new Map() };
  setup(el);
  el.setAttribute('src', src);
  wrapper.append(el);
  await el.loadComplete;
  return el;
}

/** Mounts a widget and returns it with the detail of the `gov-error` it fired (if any). */
async function failing(tag: Tag, src: string, setup?: (el: Widget) => void): Promise<{ el: Widget; detail: GovErrorDetail | undefined }> {
  let detail: GovErrorDetail | undefined;
  const listen = (event: Event) => (detail = (event as CustomEvent<GovErrorDetail>).detail);
  window.addEventListener('gov-error', listen);
  try {
    return { el: await mount(tag, src, setup), detail };
  } finally {
    window.removeEventListener('gov-error', listen);
  }
}

const alertOf = (el: Element) => el.shadowRoot!.querySelector('[role="alert"][part~="error"]');
const retryOf = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="error"] [part~="retry"]');

/** What each widget shows once the site fixture has loaded. */
const CONTENT: Record<Tag, string> = {
  'gov-policy-feed': '关于进一步优化营商环境的若干措施',
  'gov-account-directory': '某县教育',
  'gov-ask-form': '提交留言',
};

/** The technical cause was reported with the URL, and nothing was thrown. */
function reported(url: string): void {
  expect(
    warnings.some((w) => w.includes('[gov-widgets]') && w.includes(url)),
    `a warning naming ${url}:\n${warnings.join('\n')}`,
  ).to.equal(true);
  expect(uncaught).to.deep.equal([]);
}

for (const tag of TAGS) {
  describe(`${tag}: failing networks`, () => {
    beforeEach(watch);
    afterEach(unwatch);

    it('explains a 404 without a retry', async () => {
      const url = mockUrl('status/404');
      const { el, detail } = await failing(tag, url);
      expect(textOf(alertOf(el))).to.contain('找不到数据文件');
      expect(retryOf(el)).to.equal(null);
      expect(detail).to.include({ code: 'not-found', retryable: false, url });
      reported(url);
    });

    it('offers a retry for a 500', async () => {
      const url = mockUrl('status/500');
      const { el, detail } = await failing(tag, url);
      expect(textOf(alertOf(el))).to.contain('500');
      expect(retryOf(el)).to.exist;
      expect(detail).to.include({ code: 'http', retryable: true });
      reported(url);
    });

    it('recovers from a 503 through the retry button', async () => {
      const url = mockUrl(`sequence/${uniqueKey(`${tag}-503`)}/503,200/site/disclosure`);
      const { el } = await failing(tag, url);
      expect(textOf(alertOf(el))).to.contain('503');
      retryOf(el)!.click();
      await until(() => el.shadowRoot!.textContent.includes(CONTENT[tag]), 'the content after the retry');
      expect(alertOf(el)).to.equal(null);
      // Focus stays with the reader: on the content that replaced the retry button.
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part~="base"]'));
      expect(uncaught).to.deep.equal([]);
    });

    it('offers a retry when the connection is refused', async () => {
      const url = 'http://127.0.0.1:9/disclosure.json';
      const { el, detail } = await failing(tag, url);
      expect(textOf(alertOf(el))).to.contain('无法连接到服务器');
      expect(retryOf(el)).to.exist;
      expect(detail).to.include({ code: 'network', retryable: true });
      reported(url);
    });

    it('explains a body that is not JSON though it says it is', async () => {
      const url = mockUrl(`text?type=application/json&body=${encodeURIComponent('<!doctype html><h1>Bad gateway</h1>')}`);
      const { el, detail } = await failing(tag, url);
      expect(textOf(alertOf(el))).to.contain('格式有误');
      expect(retryOf(el)).to.equal(null);
      expect(detail).to.include({ code: 'parse', retryable: false });
      expect(warnings.join('\n')).to.contain('not JSON');
    });

    it('explains truncated JSON and offers a retry', async () => {
      const url = mockUrl('truncated/site/disclosure');
      const { el, detail } = await failing(tag, url);
      expect(textOf(alertOf(el))).to.contain('没有完整传输');
      expect(retryOf(el)).to.exist;
      expect(detail).to.include({ code: 'parse', retryable: true });
      expect(warnings.join('\n')).to.contain('cut off');
    });

    it('gives up on a response that never ends, with a retry', async () => {
      const url = mockUrl('hang');
      const { el, detail } = await failing(tag, url, (w) => {
        w.loadOptions = { cache: new Map(), timeoutMs: 300 };
      });
      expect(textOf(alertOf(el))).to.contain('超时');
      expect(retryOf(el)).to.exist;
      expect(detail).to.include({ code: 'timeout', retryable: true });
      reported(url);
    });

    it('shows its loading state for a slow response, then the content', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag) as unknown as Widget;
      el.loadOptions = { cache: new Map() };
      el.setAttribute('src', mockUrl(`slow/700/site/disclosure`));
      wrapper.append(el);
      await el.updateComplete;
      const loading = $(el, '[part~="loading"]');
      expect(loading.getAttribute('role')).to.equal('status');
      expect(textOf(loading)).to.equal('正在加载…');
      expect(loading.getBoundingClientRect().height).to.be.above(100);
      await el.loadComplete;
      expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
      expect(alertOf(el)).to.equal(null);
      expect(el.shadowRoot!.textContent).to.contain(CONTENT[tag]);
    });

    it('explains a section document that fails behind a good discovery document, with a retry', async () => {
      const section = { 'gov-policy-feed': 'policies', 'gov-account-directory': 'accounts', 'gov-ask-form': 'questions' }[tag];
      // (A path without ".json": with one, the retry met the same 500 again — see mock-middleware.mjs on caching.)
      const url = mockUrl(`sequence/${uniqueKey(`${tag}-section`)}/500,200/data/${section}`);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag) as unknown as Widget;
      el.loadOptions = { cache: new Map() };
      el.data = { version: '1.0', organizations: [{ id: 'gov-office', name: '县政府办公室' }], [section]: url };
      wrapper.append(el);
      await el.loadComplete;
      expect(textOf(alertOf(el))).to.contain('500');
      reported(url);
      retryOf(el)!.click();
      await until(() => el.shadowRoot!.textContent.includes(CONTENT[tag]), 'the content after the retry');
    });
  });
}

describe('further pages that fail keep what is shown', () => {
  beforeEach(watch);
  afterEach(unwatch);

  it('gov-policy-feed: a next_url that answers 503 shows a message under the list and a retry that works', async () => {
    const key = uniqueKey('feed-next');
    const feed = { ...makeFeed(3), next_url: mockUrl(`sequence/${key}/503,200/policy-feed/paged-2`) };
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('gov-policy-feed') as unknown as Widget;
    el.setAttribute('paging', '');
    el.setAttribute('limit', '3');
    el.data = feed;
    wrapper.append(el);
    await el.loadComplete;
    $(el, '[part~="next"]').click();
    await until(() => el.shadowRoot!.querySelector('[part~="page-error"]'), 'the page error');
    expect(textOf($(el, '[part~="page-error"]'))).to.contain('503');
    expect($$(el, '[part~="item"]')).to.have.length(3);
    $(el, '[part~="page-error"] [part~="retry"]').click();
    await until(() => textOf(el.shadowRoot!.querySelector('.page-status')).includes('2'), 'the next page after the retry');
    expect(el.shadowRoot!.querySelector('[part~="page-error"]')).to.equal(null);
    expect($$(el, '[part~="item"]').length).to.be.above(0);
    expect(uncaught).to.deep.equal([]);
  });

  it('gov-ask-form: an answered_next_url that fails shows a message and keeps the first page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('gov-ask-form') as unknown as Widget;
    el.data = {
      endpoints: { submit: '/api/questions' },
      answered: [{ id: 'a1', title: 'FIRST-PAGE', answer: { text: '答复' } }],
      answered_next_url: mockUrl('status/500'),
    };
    wrapper.append(el);
    await el.loadComplete;
    $(el, '#tab-answered').click();
    await el.updateComplete;
    $$(el, '[part~="pager"] button')
      .find((b) => textOf(b) === '下一页')!
      .click();
    await until(() => el.shadowRoot!.querySelector('#panel-answered [role="alert"]'), 'the page error');
    expect(textOf($(el, '#panel-answered [role="alert"]'))).to.contain('下一页暂时无法加载');
    expect(textOf($(el, '[part~="answered-list"]'))).to.contain('FIRST-PAGE');
    expect(uncaught).to.deep.equal([]);
  });

  it('gov-ask-form: a submit endpoint answering 307 (even to its own site) is a refusal, not a network failure to retry', async () => {
    const scope = `redirect-${Math.random().toString(36).slice(2, 10)}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('gov-ask-form') as unknown as Widget;
    el.data = {
      endpoints: { submit: mockUrl(`redirect/307?to=${encodeURIComponent(`/qa/ok/${scope}/api/questions`)}`) },
      services: [{ service_code: 'consult', service_name: '咨询' }],
      form: { fields: { name: 'optional', phone: 'optional', email: 'optional' } },
    };
    wrapper.append(el);
    await el.loadComplete;
    const failure = new Promise<string>((resolve) =>
      el.addEventListener('gov-ask-failure', (e) => resolve((e as CustomEvent<{ reason: string }>).detail.reason), { once: true }),
    );
    $<HTMLInputElement>(el, 'input[name="service_code"]').click();
    for (const [name, value] of [
      ['title', '路灯不亮'],
      ['description', '某路口的路灯不亮。'],
    ] as const) {
      const control = $<HTMLInputElement>(el, `[name="${name}"]`);
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await el.updateComplete;
    $(el, '[part~="submit"]').click();
    expect(await failure).to.equal('redirected');
    await el.updateComplete;
    const problem = $(el, '#panel-ask [part~="send-error"]');
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(textOf(problem)).to.contain('没有发送').and.not.contain('网络连接中断');
    expect(problem.querySelector('[part~="retry"]')).to.equal(null);
    const { requests } = (await (await fetch(`/qa-inspect/${scope}`)).json()) as { requests: unknown[] };
    expect(requests).to.deep.equal([]);
    expect(warnings.join('\n')).to.contain('redirect');
    expect(uncaught).to.deep.equal([]);
  });
});
