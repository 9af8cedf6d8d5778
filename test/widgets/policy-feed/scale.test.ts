import { expect, html } from '@open-wc/testing';
import { $, $$, feed, items, root, status, titles } from './helpers.js';

/** A feed of `n` items with many issuers, topics and years, in no particular order. */
function bigFeed(n: number): object {
  const items = [];
  for (let i = 0; i < n; i++) {
    const k = (i * 7919) % n; // a permutation: the widget has to sort
    items.push({
      id: `p-${k}`,
      title: `第${k}号文件 关于某项工作的通知`,
      url: `https://example.gov.cn/p/${k}.html`,
      date_published: new Date(Date.UTC(2026, 10, 20) - k * 3_600_000).toISOString(),
      summary: `摘要${k}`,
      tags: [`主题${k % 40}`],
      _gov: { doc_number: `某政发〔2026〕${k}号`, kind: k % 3 ? 'notice' : 'policy', issuer: `第${k % 30}局` },
    });
  }
  return { version: 'https://jsonfeed.org/version/1.1', title: 'big', items };
}

const elementCount = (el: Element) => root(el).querySelectorAll('*').length;

describe('gov-policy-feed: scale', () => {
  it('keeps the DOM of a 10,000-item feed as small as that of a 20-item one', async () => {
    const small = await feed(html`<gov-policy-feed .data=${bigFeed(20)} paging searchable filters></gov-policy-feed>`);
    const large = await feed(html`<gov-policy-feed .data=${bigFeed(10_000)} paging searchable filters></gov-policy-feed>`);
    expect(items(large)).to.have.length(10);
    expect(titles(large)[0]).to.equal('第0号文件 关于某项工作的通知');
    expect(clean$(large, '.page-status')).to.equal('第 1 页，共 1,000 页');
    // The same items, plus at most a few more chips (topics and issuers are capped until "show all").
    expect(elementCount(large)).to.be.at.most(elementCount(small) + 30);
    expect($$(large, '[part~="chip"]').length).to.be.at.most(4 * 10);
  });

  it('pages, searches and filters a 10,000-item feed, rendering one page at a time', async () => {
    const el = await feed(html`<gov-policy-feed .data=${bigFeed(10_000)} paging searchable filters limit="20"></gov-policy-feed>`);
    const next = $<HTMLButtonElement>(el, '[part~="next"]')!;
    for (let i = 0; i < 3; i++) {
      next.click();
      await el.updateComplete;
    }
    expect(titles(el)[0]).to.equal('第60号文件 关于某项工作的通知');
    expect(items(el)).to.have.length(20);
    const input = $<HTMLInputElement>(el, 'input[part~="search"]')!;
    input.value = '某政发〔2026〕9999号';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['第9999号文件 关于某项工作的通知']);
    input.value = '第99';
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    // 99, 990–999, 9900–9999: 111 matches, on 6 pages, starting again at page 1.
    expect(clean$(el, '.page-status')).to.equal('第 1 页，共 6 页');
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await el.updateComplete;
    expect(status(el)).to.equal('找到 111 条政策');
    expect(items(el)).to.have.length(20);
  });
});

function clean$(el: Element, selector: string): string {
  return ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
