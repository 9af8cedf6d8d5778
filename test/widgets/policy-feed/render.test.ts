import { expect, html } from '@open-wc/testing';
import { makeFeed } from '../../helpers.js';
import { $, $$, clean, DISCLOSURE, FEED, feed, itemWith, items, jsonFeed, recentItem, root, titles } from './helpers.js';

describe('gov-policy-feed: items', () => {
  it('shows items newest first by date_published, whatever the document order', async () => {
    const el = await feed(html`<gov-policy-feed src=${FEED}></gov-policy-feed>`);
    expect(titles(el)).to.deep.equal([
      '营商环境若干措施问答',
      '《关于进一步优化营商环境的若干措施》政策解读',
      '关于进一步优化营商环境的若干措施',
      '县教育局关于2027年义务教育招生工作的通知',
      '县卫生健康局关于印发基层医疗服务提升方案的通知',
      '县农业农村局关于农村集体资产管理的办法',
      '2025年县政府工作报告',
      '县政府关于做好年末安全生产工作的通知',
    ]);
    expect($(el, 'ol[part~="list"]')).to.exist;
    expect(items(el)[0]!.querySelector('article')).to.exist;
  });

  it('links a title only when the item has a URL, and shows the date in <time datetime> through Intl', async () => {
    const el = await feed(html`<gov-policy-feed src=${FEED}></gov-policy-feed>`);
    const policy = itemWith(el, '关于进一步优化营商环境的若干措施');
    const link = policy.querySelector<HTMLAnchorElement>('[part~="title"] a')!;
    expect(link.href).to.equal('https://example.gov.cn/policies/2026/031.html');
    const time = policy.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-11-20T09:00:00+08:00');
    expect(time.textContent).to.equal(new Intl.DateTimeFormat('zh-Hans', { dateStyle: 'medium' }).format(new Date('2026-11-20T09:00:00+08:00')));
    const report = itemWith(el, '工作报告');
    expect(report.querySelector('[part~="title"] a')).to.equal(null);
    expect(clean(report.querySelector('[part~="title"]')!.textContent)).to.equal('2025年县政府工作报告');
    // A date alone keeps its calendar day in every time zone.
    expect(itemWith(el, '招生').querySelector('time')!.textContent).to.equal('2026年11月12日');
  });

  it('marks items published within new-days (default 7) as new', async () => {
    const data = jsonFeed([recentItem('a', '两天前', 2), recentItem('b', '十天前', 10), recentItem('c', '三十天前', 30)]);
    const el = await feed(html`<gov-policy-feed .data=${data}></gov-policy-feed>`);
    const marked = () =>
      items(el)
        .filter((i) => i.querySelector('[part~="new"]'))
        .map((i) => clean(i.querySelector('[part~="title"]')!.textContent));
    expect(marked()).to.deep.equal(['两天前']);
    expect(clean(items(el)[0]!.querySelector('[part~="new"]')!.textContent)).to.equal('新');
    el.newDays = 14;
    await el.updateComplete;
    expect(marked()).to.deep.equal(['两天前', '十天前']);
    el.setAttribute('new-days', '0');
    await el.updateComplete;
    expect(marked()).to.deep.equal([]);
  });

  it('shows 文号, the issuer from the discovery document or _gov.issuer, the kind and topic tags', async () => {
    const el = await feed(html`<gov-policy-feed src=${DISCLOSURE}></gov-policy-feed>`);
    const policy = itemWith(el, '关于进一步优化营商环境的若干措施');
    const facts = [...policy.querySelectorAll('[part~="facts"] > div')].map(
      (d) => `${d.querySelector('dt')!.textContent}: ${clean(d.querySelector('dd')!.textContent)}`,
    );
    expect(facts).to.deep.equal(['文号: 某政发〔2026〕31号', '发布机构: 县政府办公室']);
    expect(clean(policy.querySelector('[part~="kind"]')!.textContent)).to.equal('政策文件');
    expect([...policy.querySelectorAll('[part~="tag"]')].map((t) => clean(t.textContent))).to.deep.equal(['营商环境', 'Business']);
    expect(clean(itemWith(el, '招生').querySelector('[part~="facts"]')!.textContent)).to.contain('县教育局');
    // Not an organization of the discovery document: the item's own issuer text.
    expect(clean(itemWith(el, '医疗').querySelector('[part~="facts"]')!.textContent)).to.contain('发布机构县卫生健康局');
    expect(clean(itemWith(el, '解读').querySelector('[part~="kind"]')!.textContent)).to.equal('政策解读');
  });

  it('shows legal force, and names the superseding policy, linked when it is in the feed', async () => {
    const el = await feed(html`<gov-policy-feed src=${FEED}></gov-policy-feed>`);
    const old = itemWith(el, '医疗');
    expect(clean(old.querySelector('[part~="force"]')!.textContent)).to.equal('已失效');
    const superseded = old.querySelector('[part~="superseded"]')!;
    expect(clean(superseded.textContent)).to.equal('已被替代，新文件：关于进一步优化营商环境的若干措施');
    expect(superseded.querySelector('a')!.href).to.equal('https://example.gov.cn/policies/2026/031.html');
    const partial = itemWith(el, '集体资产');
    expect(clean(partial.querySelector('[part~="force"]')!.textContent)).to.equal('部分有效');
    expect(clean(partial.querySelector('[part~="superseded"]')!.textContent)).to.equal('已被新文件替代');
    expect(clean(itemWith(el, '关于进一步优化营商环境的若干措施').querySelector('[part~="force"]')!.textContent)).to.equal('现行有效');
  });

  it('lists attachments with title, type and size', async () => {
    const el = await feed(html`<gov-policy-feed src=${FEED}></gov-policy-feed>`);
    const list = [...itemWith(el, '关于进一步优化营商环境的若干措施').querySelectorAll('.attachment')];
    expect(list.map((a) => clean(a.textContent))).to.deep.equal(['措施全文 PDF · 482.1 kB', '031-附表.docx Word · 2.3 MB']);
    expect(list[0]!.querySelector('a')!.href).to.equal('https://example.gov.cn/files/031.pdf');
  });

  it('links a policy and its interpretations both ways', async () => {
    const el = await feed(html`<gov-policy-feed src=${FEED}></gov-policy-feed>`);
    const policy = itemWith(el, '关于进一步优化营商环境的若干措施');
    const links = [...policy.querySelectorAll('[part~="relations"] li')].map((li) => clean(li.textContent));
    // Listed in _gov.interpretations (with their format), then feed items that interpret it.
    expect(links).to.deep.equal(['《若干措施》政策解读 文字解读', '一图读懂《若干措施》 图文解读', '营商环境若干措施问答']);
    const hrefs = [...policy.querySelectorAll<HTMLAnchorElement>('[part~="relations"] a')].map((a) => a.href);
    expect(hrefs).to.include('https://example.gov.cn/policies/2026/031-qa.html');
    for (const name of ['《关于进一步优化营商环境的若干措施》政策解读', '营商环境若干措施问答']) {
      const relation = itemWith(el, name).querySelector('[part~="relations"]')!;
      expect(clean(relation.textContent)).to.equal('解读的政策：关于进一步优化营商环境的若干措施');
      expect(relation.querySelector('a')!.href).to.equal('https://example.gov.cn/policies/2026/031.html');
    }
  });

  it('shows summaries unless compact', async () => {
    const el = await feed(html`<gov-policy-feed src=${FEED}></gov-policy-feed>`);
    expect(clean(itemWith(el, '招生').querySelector('[part~="summary"]')!.textContent)).to.equal('公布招生范围、时间安排与报名方式。');
    el.compact = true;
    await el.updateComplete;
    expect($$(el, '[part~="summary"]')).to.have.length(0);
  });

  it('shows `limit` items (default 10)', async () => {
    const el = await feed(html`<gov-policy-feed .data=${makeFeed(25)}></gov-policy-feed>`);
    expect(items(el)).to.have.length(10);
    el.limit = 3;
    await el.updateComplete;
    expect(items(el)).to.have.length(3);
    const withFeed = await feed(html`<gov-policy-feed src=${FEED} limit="5"></gov-policy-feed>`);
    expect(items(withFeed)).to.have.length(5);
    expect($<HTMLAnchorElement>(withFeed, '[part~="more"]')!.href).to.equal('https://example.gov.cn/policies/');
  });

  it('links the raw feed only with `subscribe`, labelled for people', async () => {
    // A citizen who follows a link to raw JSON learns nothing: no link by default, even when the feed has feed_url.
    const plain = await feed(html`<gov-policy-feed src=${FEED}></gov-policy-feed>`);
    expect($(plain, '[part~="subscribe"]')).to.equal(null);
    expect(clean(root(plain).textContent)).not.to.contain('JSON');
    const el = await feed(html`<gov-policy-feed src=${FEED} subscribe></gov-policy-feed>`);
    const subscribe = $<HTMLAnchorElement>(el, '[part~="subscribe"]')!;
    expect(subscribe.href).to.equal('https://example.gov.cn/policies/feed.json');
    expect(subscribe.type).to.equal('application/feed+json');
    expect(clean(subscribe.textContent)).to.equal('订阅（供阅读器和程序使用的 JSON Feed）');
    // Without feed_url there is nothing to subscribe to.
    const none = await feed(html`<gov-policy-feed .data=${makeFeed(3)} subscribe></gov-policy-feed>`);
    expect($(none, '[part~="subscribe"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('has a heading at heading-level, item titles one level below; without one, the list is labelled by the feed title', async () => {
    const el = await feed(html`<gov-policy-feed src=${FEED} heading="最新政策" heading-level="3"></gov-policy-feed>`);
    const heading = $(el, '[part~="heading"]')!;
    expect(heading.localName).to.equal('h3');
    expect(heading.textContent).to.equal('最新政策');
    expect($(el, '.feed')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect($$(el, '[part~="title"]').every((t) => t.localName === 'h4')).to.equal(true);
    const plain = await feed(html`<gov-policy-feed src=${FEED}></gov-policy-feed>`);
    expect($(plain, '[part~="heading"]')).to.equal(null);
    expect($(plain, '.feed')!.getAttribute('aria-label')).to.equal('某县最新政策');
    expect($$(plain, '[part~="title"]').every((t) => t.localName === 'h2')).to.equal(true);
    plain.setAttribute('heading-level', '9');
    plain.heading = '政策';
    await plain.updateComplete;
    expect($(plain, '[part~="heading"]')!.localName).to.equal('h6');
  });

  it('applies the kind, topic and issuer pre-filters', async () => {
    const kinds = await feed(html`<gov-policy-feed src=${DISCLOSURE} kind="policy notice"></gov-policy-feed>`);
    expect(titles(kinds)).to.deep.equal([
      '关于进一步优化营商环境的若干措施',
      '县教育局关于2027年义务教育招生工作的通知',
      '县农业农村局关于农村集体资产管理的办法',
      '县政府关于做好年末安全生产工作的通知',
    ]);
    // A topic matches _gov.topic or a tag, in any language, ignoring case.
    const topic = await feed(html`<gov-policy-feed src=${DISCLOSURE} topic="business ENVIRONMENT"></gov-policy-feed>`);
    expect(titles(topic)).to.deep.equal(['关于进一步优化营商环境的若干措施']);
    // An issuer matches an organization id or its name in any language, or _gov.issuer.
    const byId = await feed(html`<gov-policy-feed src=${DISCLOSURE} issuer="edu"></gov-policy-feed>`);
    expect(titles(byId)).to.deep.equal(['营商环境若干措施问答', '县教育局关于2027年义务教育招生工作的通知']);
    const byName = await feed(html`<gov-policy-feed src=${DISCLOSURE} issuer="County Health Bureau，县农业农村局"></gov-policy-feed>`);
    expect(titles(byName)).to.have.length(2);
  });

  it('shows an empty state for a feed without items', async () => {
    const el = await feed(html`<gov-policy-feed .data=${jsonFeed([])}></gov-policy-feed>`);
    expect(clean($(el, '[part~="empty"]')!.textContent)).to.equal('暂无政策信息。');
    expect($(el, '[part~="list"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders all of a JSON Feed without _gov fields as a dated list', async () => {
    const el = await feed(html`<gov-policy-feed src=${'/test/fixtures/generic-feed.json'}></gov-policy-feed>`);
    expect(titles(el)).to.deep.equal(['Second', 'Hello']);
    expect(clean(root(el).textContent)).not.to.contain('<p>');
  });
});
