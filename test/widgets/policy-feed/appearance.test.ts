import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings, mockUrl } from '../../helpers.js';
import { $, $$, clean, DISCLOSURE, feed, itemWith, root, status, titles, type GovPolicyFeed } from './helpers.js';

const chipNamed = (el: Element, label: string) => $$<HTMLButtonElement>(el, '[part~="chip"]').find((c) => clean(c.textContent) === label)!;

describe('gov-policy-feed: languages', () => {
  it('speaks English with lang="en": UI, dates, localized content and issuer names', async () => {
    const el = await feed(html`<gov-policy-feed lang="en" src=${DISCLOSURE} searchable filters paging limit="4"></gov-policy-feed>`);
    const policy = itemWith(el, 'Measures to further improve the business environment');
    expect(policy.querySelector('time')!.textContent).to.equal('Nov 20, 2026');
    expect(clean(policy.querySelector('[part~="kind"]')!.textContent)).to.equal('Policy');
    expect(clean(policy.querySelector('[part~="force"]')!.textContent)).to.equal('In force');
    expect(clean(policy.querySelector('[part~="facts"]')!.textContent)).to.contain('County Government Office');
    expect(clean(policy.querySelector('[part~="summary"]')!.textContent)).to.equal('Twenty measures on approvals, land and financing.');
    expect(clean(policy.querySelector('[part~="relations"]')!.textContent)).to.contain('Interpretations:');
    expect(root(el).querySelector('label')!.textContent).to.equal('Search policies');
    expect(clean($(el, '.page-status')!.textContent)).to.equal('Page 1 of 2');
    expect($$(el, '#filter-year + .chips [part~="chip"]').map((c) => clean(c.textContent))).to.deep.equal(['All', '2026', '2025', '2024']);
    chipNamed(el, 'Notice').click();
    await el.updateComplete;
    expect(status(el)).to.equal('Policies found: 2');
    await expect(el).to.be.accessible();
  });

  it('speaks Traditional Chinese with lang="zh-TW", and marks zh-Hans fallbacks with their language', async () => {
    const el = await feed(html`<gov-policy-feed lang="zh-TW" src=${DISCLOSURE} filters></gov-policy-feed>`);
    expect(titles(el)).to.include('關於進一步優化營商環境的若干措施');
    const policy = itemWith(el, '關於進一步優化營商環境的若干措施');
    expect(clean(policy.querySelector('[part~="facts"]')!.textContent)).to.equal('文號某政发〔2026〕31号 發布機關縣政府辦公室');
    expect(clean(policy.querySelector('[part~="kind"]')!.textContent)).to.equal('政策文件');
    expect(clean(policy.querySelector('[part~="force"]')!.textContent)).to.equal('現行有效');
    // The summary exists in zh-Hans and en only: zh-Hans, marked as such.
    const summary = policy.querySelector('[part~="summary"] .text')!;
    expect(summary.textContent).to.equal('从审批、用地、融资等方面提出二十条措施。');
    expect(summary.getAttribute('lang')).to.equal('zh-Hans');
    expect(root(el).querySelector('.base')!.getAttribute('lang')).to.equal('zh-Hant');
    expect(clean(root(el).getElementById('filter-issuer')!.textContent)).to.equal('發布機關');
    expect(policy.querySelector('time')!.textContent).to.equal(
      new Intl.DateTimeFormat('zh-Hant', { dateStyle: 'medium' }).format(new Date('2026-11-20T09:00:00+08:00')),
    );
  });

  it('follows a change of lang on an ancestor', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="zh-CN"><gov-policy-feed src=${DISCLOSURE}></gov-policy-feed></div>`);
    const el = wrapper.querySelector<GovPolicyFeed>('gov-policy-feed')!;
    await el.loadComplete;
    expect(titles(el)).to.include('关于进一步优化营商环境的若干措施');
    wrapper.lang = 'en';
    await new Promise(requestAnimationFrame);
    await el.updateComplete;
    expect(titles(el)).to.include('Measures to further improve the business environment');
  });
});

describe('gov-policy-feed: layout and theme', () => {
  it('lays out right to left under dir="rtl"', async () => {
    const el = await feed(html`<gov-policy-feed dir="rtl" lang="ar" src=${DISCLOSURE} filters paging limit="3"></gov-policy-feed>`);
    const next = $(el, '[part~="next"]')!.getBoundingClientRect();
    const previous = $(el, '[part~="previous"]')!.getBoundingClientRect();
    expect(next.left).to.be.below(previous.left);
    const group = $(el, '.filter-group')!;
    const label = group.querySelector('.label')!.getBoundingClientRect();
    const chips = group.querySelector('.chips')!.getBoundingClientRect();
    expect(label.left).to.be.above(chips.left);
    const meta = itemWith(el, '关于进一步优化营商环境的若干措施').querySelector('[part~="meta"]')!;
    const [time, kind] = [meta.querySelector('time')!, meta.querySelector('[part~="kind"]')!].map((e) => e.getBoundingClientRect());
    expect(time!.left).to.be.above(kind!.left);
    // Chinese data text keeps its own direction inside the RTL layout: 《 stays at its start (left).
    const title = itemWith(el, '《关于进一步优化营商环境的若干措施》政策解读').querySelector<HTMLElement>('[part~="title"] .text')!;
    expect(getComputedStyle(title).direction).to.equal('ltr');
    const range = document.createRange();
    range.setStart(title.firstChild!, 0);
    range.setEnd(title.firstChild!, 1);
    expect(range.getBoundingClientRect().left).to.be.below(title.getBoundingClientRect().left + 24);
    await expect(el).to.be.accessible();
  });

  it('care mode: no text under 20 px, titles 22 px, line height 1.5, targets at least 48 px', async () => {
    const el = await feed(html`<gov-policy-feed care style="--gov-font-size: 14px" src=${DISCLOSURE} searchable filters paging limit="4"></gov-policy-feed>`);
    const base = getComputedStyle($(el, '.base')!);
    expect(parseFloat(base.fontSize)).to.be.at.least(20);
    const texts = $$(el, '.base *').filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()));
    expect(texts.length).to.be.above(50);
    for (const node of texts) {
      const style = getComputedStyle(node);
      expect(parseFloat(style.fontSize), `${node.localName}.${node.className}`).to.be.at.least(20);
    }
    const title = getComputedStyle($(el, '[part~="title"]')!);
    expect(parseFloat(title.fontSize)).to.be.at.least(22);
    expect(parseFloat(title.lineHeight) / parseFloat(title.fontSize)).to.be.at.least(1.5);
    const summary = getComputedStyle($(el, '[part~="summary"]')!);
    expect(parseFloat(summary.fontSize)).to.be.at.least(20);
    expect(parseFloat(summary.lineHeight) / parseFloat(summary.fontSize)).to.be.at.least(1.5);
    // Controls on screen: in a wide widget the "筛选" button of narrow ones is not displayed.
    for (const control of $$(el, 'button, input').filter((c) => c.getClientRects().length > 0)) {
      const box = control.getBoundingClientRect();
      expect(box.height, clean(control.textContent)).to.be.at.least(48);
      expect(box.width).to.be.at.least(48);
    }
    await expect(el).to.be.accessible();
  });

  it('turns dark when the host declares color-scheme: dark, with readable badges and links', async () => {
    const el = await feed(html`<gov-policy-feed style="color-scheme: dark" src=${DISCLOSURE} filters></gov-policy-feed>`);
    expect(getComputedStyle($(el, '.base')!).backgroundColor).to.equal('rgb(27, 28, 31)');
    expect(getComputedStyle($(el, '[part~="title"] a')!).color).to.equal('rgb(158, 193, 255)');
    expect(getComputedStyle($(el, '[part~="chip"][aria-pressed="true"]')!).backgroundColor).to.equal('rgb(158, 193, 255)');
    await expect(el).to.be.accessible();
    const care = await feed(html`<gov-policy-feed care style="color-scheme: dark" src=${DISCLOSURE}></gov-policy-feed>`);
    expect(getComputedStyle($(care, '.base')!).backgroundColor).to.equal('rgb(0, 0, 0)');
    await expect(care).to.be.accessible();
  });

  it('keeps page styles out and reads the theme tokens', async () => {
    const style = document.createElement('style');
    style.textContent = 'ol, li, a, h2 { margin: 40px !important; color: red !important; list-style: square !important }';
    document.head.append(style);
    try {
      const el = await feed(html`<gov-policy-feed style="--gov-color-primary: rgb(0, 90, 0)" src=${DISCLOSURE}></gov-policy-feed>`);
      const list = getComputedStyle($(el, '[part~="list"]')!);
      expect([list.marginTop, list.listStyleType]).to.deep.equal(['0px', 'none']);
      expect(getComputedStyle($(el, '[part~="title"] a')!).color).to.equal('rgb(0, 90, 0)');
    } finally {
      style.remove();
    }
  });
});

describe('gov-policy-feed: accessibility in every state', () => {
  it('is axe-clean loaded (with every piece of an item), compact, and with a heading', async () => {
    const full = await feed(html`<gov-policy-feed src=${DISCLOSURE} heading="最新政策" searchable filters paging limit="8"></gov-policy-feed>`);
    await expect(full).to.be.accessible();
    const compact = await feed(html`<gov-policy-feed src=${DISCLOSURE} compact limit="5"></gov-policy-feed>`);
    await expect(compact).to.be.accessible();
  });

  it('is axe-clean filtered to nothing, and in the error state', async () => {
    const el = await feed(html`<gov-policy-feed src=${DISCLOSURE} filters></gov-policy-feed>`);
    chipNamed(el, '2024年').click();
    await el.updateComplete;
    chipNamed(el, '政策文件').click();
    await el.updateComplete;
    expect($(el, '[part~="empty"]')).to.exist;
    await expect(el).to.be.accessible();
    const { result: broken } = await captureWarnings(async () => {
      const widget = await fixture<GovPolicyFeed>(html`<gov-policy-feed src=${mockUrl('status/500')}></gov-policy-feed>`);
      await widget.loadComplete;
      return widget;
    });
    expect($(broken, '[part~="error"]')).to.exist;
    await expect(broken).to.be.accessible();
  });
});
