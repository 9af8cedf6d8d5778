import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, makeFeed, mockCount, mockUrl, spyFetch, uniqueKey, waitUntil } from '../../helpers.js';
import { $, $$, clean, DISCLOSURE, feed, items, jsonFeed, root, status, titles, type GovPolicyFeed } from './helpers.js';

const search = (el: Element) => $<HTMLInputElement>(el, 'input[part~="search"]')!;
const chip = (el: Element, group: string, label: string) => {
  const hit = $$<HTMLButtonElement>(el, `#filter-${group} + .chips [part~="chip"]`).find((c) => clean(c.textContent) === label);
  if (!hit) throw new Error(`no chip ${label} in ${group}`);
  return hit;
};

async function type(el: GovPolicyFeed, text: string): Promise<void> {
  const input = search(el);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('gov-policy-feed: search', () => {
  it('has a labelled search box that matches title, 文号 and summary as substrings, CJK included', async () => {
    const el = await feed(html`<gov-policy-feed src=${DISCLOSURE} searchable></gov-policy-feed>`);
    const input = search(el);
    expect(input.type).to.equal('search');
    expect(root(el).querySelector(`label[for="${input.id}"]`)!.textContent).to.equal('搜索政策');
    await type(el, '营商');
    expect(titles(el)).to.deep.equal(['营商环境若干措施问答', '《关于进一步优化营商环境的若干措施》政策解读', '关于进一步优化营商环境的若干措施']);
    await type(el, '某教发〔2026〕29号');
    expect(titles(el)).to.deep.equal(['县教育局关于2027年义务教育招生工作的通知']);
    await type(el, '报名方式');
    expect(titles(el)).to.deep.equal(['县教育局关于2027年义务教育招生工作的通知']);
    await expect(el).to.be.accessible();
  });

  it('normalises width, case, white space and 文号 brackets, and matches every language of a field', async () => {
    const el = await feed(html`<gov-policy-feed src=${DISCLOSURE} searchable></gov-policy-feed>`);
    // Full-width digits, spaces and square brackets still find 某教发〔2026〕29号.
    await type(el, '某教发 [２０２６] 29 号');
    expect(titles(el)).to.deep.equal(['县教育局关于2027年义务教育招生工作的通知']);
    // English and Traditional Chinese text of a localized title or summary, whatever the widget's language.
    await type(el, 'BUSINESS  environment');
    expect(titles(el)).to.deep.equal(['关于进一步优化营商环境的若干措施']);
    await type(el, '關於進一步');
    expect(titles(el)).to.deep.equal(['关于进一步优化营商环境的若干措施']);
    await type(el, 'twenty MEASURES');
    expect(titles(el)).to.deep.equal(['关于进一步优化营商环境的若干措施']);
    // Not the issuer or the tags: search is over title, 文号 and summary.
    await type(el, '县农业农村局关于');
    expect(titles(el)).to.have.length(1);
    await type(el, '医疗卫生');
    expect(titles(el)).to.deep.equal([]);
  });

  it('announces the result count politely in a live region that was there before, after typing stops', async () => {
    const el = await feed(html`<gov-policy-feed src=${DISCLOSURE} searchable></gov-policy-feed>`);
    const region = $(el, '[part~="count"]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.textContent).to.equal('');
    // In the accessibility tree already (display: none would take it out, and its first message would be lost).
    expect(getComputedStyle(region).display).not.to.equal('none');
    expect(getComputedStyle(region).visibility).to.equal('visible');
    await type(el, '营商');
    await waitUntil(() => status(el) !== '', 'no announcement');
    expect($(el, '[part~="count"]')).to.equal(region);
    expect(status(el)).to.equal('找到 3 条政策');
    await type(el, '没有这样的政策');
    await waitUntil(() => status(el) === '没有找到符合条件的政策。', 'no empty announcement');
  });

  it('shows an empty state that clears search and filters, keeping focus in the widget', async () => {
    const el = await feed(html`<gov-policy-feed src=${DISCLOSURE} searchable filters></gov-policy-feed>`);
    chip(el, 'year', '2025年').click();
    await el.updateComplete;
    await type(el, '招生');
    const empty = $(el, '[part~="empty"]')!;
    expect(clean(empty.textContent)).to.contain('没有找到符合条件的政策。');
    await expect(el).to.be.accessible();
    const reset = $<HTMLButtonElement>(el, '[part~="reset"]')!;
    reset.focus();
    reset.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(8);
    expect(search(el).value).to.equal('');
    expect(root(el).activeElement).to.equal(search(el));
    expect(status(el)).to.equal('共 8 条政策');
  });
});

describe('gov-policy-feed: filters', () => {
  it('offers chip groups for kind, issuer, topic and publication year', async () => {
    const el = await feed(html`<gov-policy-feed src=${DISCLOSURE} filters></gov-policy-feed>`);
    const groups = $$(el, '[part~="filters"] [role="group"]');
    expect(groups.map((g) => clean(root(el).getElementById(g.getAttribute('aria-labelledby')!)!.textContent))).to.deep.equal([
      '类别',
      '发布机构',
      '主题',
      '年份',
    ]);
    const labels = (group: string) => $$(el, `#filter-${group} + .chips [part~="chip"]`).map((c) => clean(c.textContent));
    expect(labels('kind')).to.deep.equal(['全部', '政策文件', '政策解读', '通知公告', '规划计划', '工作报告']);
    expect(labels('issuer')).to.deep.equal(['全部', '县政府办公室', '县教育局', '县卫生健康局', '县农业农村局']);
    // The year as the publisher wrote it: 2024-12-31T23:30-05:00 is in 2024, though 2025 in UTC.
    expect(labels('year')).to.deep.equal(['全部', '2026年', '2025年', '2024年']);
    await expect(el).to.be.accessible();
  });

  it('narrows by chips (aria-pressed), combines groups, announces the count and goes back to page 1', async () => {
    const el = await feed(html`<gov-policy-feed src=${DISCLOSURE} filters paging limit="2"></gov-policy-feed>`);
    $<HTMLButtonElement>(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect(clean($(el, '.page-status')!.textContent)).to.equal('第 2 页，共 4 页');
    const policy = chip(el, 'kind', '政策文件');
    policy.click();
    await el.updateComplete;
    expect(policy.getAttribute('aria-pressed')).to.equal('true');
    expect(chip(el, 'kind', '全部').getAttribute('aria-pressed')).to.equal('false');
    expect(titles(el)).to.deep.equal(['关于进一步优化营商环境的若干措施', '县农业农村局关于农村集体资产管理的办法']);
    expect(status(el)).to.equal('找到 2 条政策');
    expect($(el, '[part~="pager"]')).to.equal(null);
    chip(el, 'year', '2026年').click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['关于进一步优化营商环境的若干措施']);
    await expect(el).to.be.accessible();
    // Pressing a chosen chip again lets the group go.
    chip(el, 'kind', '政策文件').click();
    await el.updateComplete;
    expect(titles(el)).to.have.length(2);
    expect(status(el)).to.equal('找到 4 条政策');
    expect(clean($(el, '.page-status')!.textContent)).to.equal('第 1 页，共 2 页');
  });

  it('filters by topic from _gov.topic and tags, and by issuer', async () => {
    const el = await feed(html`<gov-policy-feed src=${DISCLOSURE} filters></gov-policy-feed>`);
    chip(el, 'topic', '营商环境').click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['《关于进一步优化营商环境的若干措施》政策解读', '关于进一步优化营商环境的若干措施']);
    chip(el, 'topic', '全部').click();
    chip(el, 'issuer', '县教育局').click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['营商环境若干措施问答', '县教育局关于2027年义务教育招生工作的通知']);
  });

  it('shows the eight most frequent values of a long group, and all of them on request', async () => {
    const data = jsonFeed(
      Array.from({ length: 14 }, (_, i) => ({ id: `t${i}`, title: `文件${i}`, date_published: '2026-01-01', tags: [`主题${i}`, ...(i < 13 ? ['常见'] : [])] })),
    );
    const el = await feed(html`<gov-policy-feed .data=${data} filters></gov-policy-feed>`);
    const chips = () => $$(el, '#filter-topic + .chips [part~="chip"]');
    expect(chips()).to.have.length(10);
    expect(clean(chips()[1]!.textContent)).to.equal('常见');
    const more = chips()[9]!;
    expect(clean(more.textContent)).to.equal('显示全部 15 项');
    more.focus();
    more.click();
    await el.updateComplete;
    expect(chips()).to.have.length(16);
    expect(root(el).activeElement).to.equal(chips()[9]);
  });

  it('is usable from the keyboard: Tab to a chip, Space to press it, type to search', async () => {
    const el = await feed(html`<gov-policy-feed src=${DISCLOSURE} searchable filters></gov-policy-feed>`);
    search(el).focus();
    await sendKeys({ type: '通知' });
    await el.updateComplete;
    expect(titles(el)).to.have.length(3);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(status(el)).to.equal('找到 3 条政策');
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    expect(clean(root(el).activeElement!.textContent)).to.equal('通知公告');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(root(el).activeElement!.getAttribute('aria-pressed')).to.equal('true');
    expect(titles(el)).to.deep.equal(['县教育局关于2027年义务教育招生工作的通知', '县政府关于做好年末安全生产工作的通知']);
    expect(status(el)).to.equal('找到 2 条政策');
  });
});

describe('gov-policy-feed: paging', () => {
  it('pages through everything, limit at a time, moving focus to the first new item, and announces the page', async () => {
    const el = await feed(html`<gov-policy-feed .data=${makeFeed(25)} paging></gov-policy-feed>`);
    expect(items(el)).to.have.length(10);
    const next = $<HTMLButtonElement>(el, '[part~="next"]')!;
    const previous = $<HTMLButtonElement>(el, '[part~="previous"]')!;
    const firstLink = () => items(el)[0]!.querySelector('[part~="link"]');
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    next.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('第10号文件 关于某项工作的通知');
    expect(status(el)).to.equal('第 2 页，共 3 页');
    // The reader continues at the first policy of the new page, not at the button a screen below it.
    expect(root(el).activeElement).to.equal(firstLink());
    next.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(items(el)).to.have.length(5);
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    expect(root(el).activeElement).to.equal(firstLink());
    // At the end, next does nothing and focus stays.
    next.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('第20号文件 关于某项工作的通知');
    expect(root(el).activeElement).to.equal(next);
    await expect(el).to.be.accessible();
    previous.click();
    await el.updateComplete;
    expect(status(el)).to.equal('第 2 页，共 3 页');
    expect(root(el).activeElement).to.equal(firstLink());
  });

  it('focuses the title itself after paging when an item has no link', async () => {
    const data = makeFeed(12);
    for (const item of data.items) delete (item as { url?: string }).url;
    const el = await feed(html`<gov-policy-feed .data=${data} paging></gov-policy-feed>`);
    $<HTMLButtonElement>(el, '[part~="next"]')!.click();
    await el.updateComplete;
    const title = items(el)[0]!.querySelector<HTMLElement>('[part~="title"]')!;
    expect(root(el).activeElement).to.equal(title);
    expect(title.tabIndex).to.equal(-1);
    await expect(el).to.be.accessible();
  });

  it('follows next_url only when the reader pages, and skips items repeated across pages', async () => {
    const key = uniqueKey('paging');
    const el = await feed(html`<gov-policy-feed src=${mockUrl(`counted/${key}/policy-feed/paged-1`)} paging limit="5"></gov-policy-feed>`);
    expect(await mockCount(key)).to.equal(1);
    expect(items(el)).to.have.length(5);
    expect(clean($(el, '.page-status')!.textContent)).to.equal('第 1 页');
    const next = $<HTMLButtonElement>(el, '[part~="next"]')!;
    next.focus();
    next.click();
    await el.updateComplete;
    // Page 2 (items 6–10) needs the second feed page.
    await waitUntil(() => titles(el)[0] === '分页测试文件05', 'page 2 not shown');
    expect(await mockCount(key)).to.equal(2);
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(items(el)[0]!.querySelector('[part~="link"]'));
    const { warnings } = await captureWarnings(async () => {
      for (const page of [3, 4, 5]) {
        next.click();
        await waitUntil(() => status(el).startsWith(`第 ${page} 页`), `page ${page} not reached`);
      }
    });
    expect(warnings.join('\n')).to.contain('$.items[7].id: repeats the id of an earlier page');
    expect(clean($(el, '.page-status')!.textContent)).to.equal('第 5 页，共 5 页');
    expect(await mockCount(key)).to.equal(3);
    expect(items(el)).to.have.length(1);
    expect(clean($(el, '[part~="notice"]')!.textContent)).to.contain('有 1 条信息');
  });

  it('without paging, never asks for next_url', async () => {
    const spy = spyFetch();
    const el = document.createElement('gov-policy-feed');
    el.loadOptions = { fetch: spy.fetch, cache: new Map() };
    el.src = mockUrl(`counted/${uniqueKey('nopaging')}/policy-feed/paged-1`);
    el.limit = 20;
    document.body.append(el);
    await el.loadComplete;
    expect(items(el)).to.have.length(7);
    expect(spy.calls).to.have.length(1);
    el.remove();
  });

  it('says when the next feed page fails, offers a retry, and keeps the current page', async () => {
    const feedWithBrokenNext = jsonFeed(
      Array.from({ length: 3 }, (_, i) => ({ id: `b${i}`, title: `第一页${i}`, date_published: '2026-01-0' + (i + 1) })),
      { next_url: mockUrl('status/503') },
    );
    const el = await feed(html`<gov-policy-feed .data=${feedWithBrokenNext} paging limit="3"></gov-policy-feed>`);
    const next = $<HTMLButtonElement>(el, '[part~="next"]')!;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      next.click();
      await waitUntil(() => $(el, '[part~="page-error"]'), 'no page error');
    } finally {
      console.warn = warn;
    }
    expect(clean($(el, '[part~="page-error"]')!.textContent)).to.contain('下一页未能加载');
    expect($(el, '[part~="page-error"]')!.getAttribute('role')).to.equal('alert');
    expect(titles(el)).to.have.length(3);
    expect(warnings.join('\n')).to.contain('status/503');
    await expect(el).to.be.accessible();
  });
});
