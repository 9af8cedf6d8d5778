import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { captureWarnings, fixtureUrl, mockUrl, uniqueKey } from '../../helpers.js';
import { $, $$, clean, FEED, feed, items, root, titles, type GovPolicyFeed } from './helpers.js';

describe('gov-policy-feed: loading, errors, fallback', () => {
  it('reserves the height of `limit` rows while loading, close to the loaded height', async () => {
    const slow = (limit: number) =>
      fixture<GovPolicyFeed>(html`<gov-policy-feed limit=${limit} src=${mockUrl(`slow/3000/policy-feed/feed?${uniqueKey('h')}`)}></gov-policy-feed>`);
    const [three, six] = await Promise.all([slow(3), slow(6)]);
    const height = (el: Element) => $(el, '[part~="loading"]')!.getBoundingClientRect().height;
    // Three more rows (the footer and the gaps are there whatever the limit).
    expect(height(six) - height(three)).to.be.within(0.25 * height(six), 0.6 * height(six));
    expect($(six, '[part~="loading"]')!.getAttribute('role')).to.equal('status');
    // Measured before axe, which can take longer than the answer on a busy machine (the loading state is gone then).
    const loading = height(six);
    await expect(six).to.be.accessible();
    await six.loadComplete;
    const loaded = six.getBoundingClientRect().height;
    expect(loading / loaded).to.be.within(0.6, 1.4);
  });

  it('shows an error with a retry when the feed answers 503, and loads on retry', async () => {
    const key = uniqueKey('retry');
    const errors: CustomEvent[] = [];
    const { result: el, warnings } = await captureWarnings(async () => {
      const widget = document.createElement('gov-policy-feed');
      widget.addEventListener('gov-error', (e) => errors.push(e));
      widget.src = mockUrl(`sequence/${key}/503,200/policy-feed/feed`);
      document.body.append(widget);
      await widget.loadComplete;
      return widget;
    });
    const alert = $(el, '[role="alert"][part~="error"]')!;
    expect(clean(alert.textContent)).to.contain('政策信息暂时无法显示');
    expect(clean(alert.textContent)).to.contain('错误代码 503');
    expect(errors[0]!.detail).to.include({ code: 'http', retryable: true });
    expect(warnings.join('\n')).to.contain(key);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~="retry"]')!.click();
    await el.loadComplete;
    expect(items(el)).to.have.length(8);
    el.remove();
  });

  it('treats a discovery document without policies as an error, not an empty list', async () => {
    const el = await feed(html`<gov-policy-feed src=${fixtureUrl('no-policies.json')}></gov-policy-feed>`);
    expect(clean($(el, '[part~="error"]')!.textContent)).to.contain('数据文件中没有政策信息');
  });

  it('skips invalid items, says how many, and shows the rest', async () => {
    const { result: el, warnings } = await captureWarnings(async () => {
      const widget = await fixture<GovPolicyFeed>(html`<gov-policy-feed src=${fixtureUrl('feed-some-invalid.json')}></gov-policy-feed>`);
      await widget.loadComplete;
      return widget;
    });
    expect(items(el)).to.have.length(3);
    expect(clean($(el, '[part~="notice"]')!.textContent)).to.equal('有 7 条信息因数据格式有误未能显示。');
    expect(warnings.join('\n')).to.contain('$.items[1].title');
  });

  it('fires gov-load with the item count', async () => {
    const el = document.createElement('gov-policy-feed');
    el.src = FEED;
    const loaded = oneEvent(el, 'gov-load');
    document.body.append(el);
    const event = await loaded;
    expect(event.detail).to.include({ section: 'policies', count: 8, url: FEED });
    el.remove();
  });

  it('keeps the light-DOM fallback hidden while loading (it says so itself) and once the feed shows', async () => {
    const el = await fixture<GovPolicyFeed>(html`<gov-policy-feed src=${mockUrl(`slow/500/policy-feed/feed?${uniqueKey('fb')}`)}>
      <ul><li><a href="/policies/031.html">关于进一步优化营商环境的若干措施</a></li></ul>
      <a href="/policies/">全部政策</a>
    </gov-policy-feed>`);
    const links = [...el.querySelectorAll('a')];
    expect(links.every((a) => a.getBoundingClientRect().height === 0)).to.equal(true);
    expect(clean($(el, '[part~="loading"]')!.textContent)).to.equal('正在加载…');
    await el.loadComplete;
    expect(items(el)).to.have.length(8);
    expect(links.every((a) => a.getBoundingClientRect().height === 0)).to.equal(true);
    expect($(el, 'slot')).to.equal(null);
  });

  it('shows the fallback again beside an error', async () => {
    const { result: el } = await captureWarnings(async () => {
      const widget = await fixture<GovPolicyFeed>(html`<gov-policy-feed src=${mockUrl('status/404')}><a href="/policies/">全部政策</a></gov-policy-feed>`);
      await widget.loadComplete;
      return widget;
    });
    expect($(el, '[part~="error"]')).to.exist;
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.above(0);
  });

  it('reads a document from a child <script type="application/json">', async () => {
    const doc = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 't',
      items: [{ id: '1', title: '内联数据', date_published: '2026-01-01' }],
    });
    const el = await fixture<GovPolicyFeed>(`<gov-policy-feed><script type="application/json">${doc}</script></gov-policy-feed>`);
    await el.loadComplete;
    expect(titles(el)).to.deep.equal(['内联数据']);
  });
});

describe('gov-policy-feed: hostile data', () => {
  async function hostile(): Promise<GovPolicyFeed> {
    const { result } = await captureWarnings(async () => {
      const el = await fixture<GovPolicyFeed>(
        html`<gov-policy-feed src=${fixtureUrl('policy-feed/hostile.json')} filters searchable subscribe></gov-policy-feed>`,
      );
      await el.loadComplete;
      return el;
    });
    return result;
  }

  it('shows markup in titles, summaries, tags and names as text', async () => {
    const el = await hostile();
    expect(titles(el)[0]).to.equal('<img src=x onerror="alert(1)">恶意标题<script>alert(2)</script>');
    expect($$(el, 'img, script, b, i, em')).to.have.length(0);
    const text = clean(root(el).textContent);
    expect(text).to.contain('<a href="javascript:alert(3)">点我</a>');
    expect(text).to.contain('<i>标签</i>');
    expect(text).to.contain('<em>机构</em>');
    expect(text).to.contain('<script>文号</script>');
    expect(text).not.to.contain('HTML 正文');
    // Bidi overrides in data cannot reorder the text around it.
    const summary = $(el, '[part~="summary"] .text')!;
    expect(getComputedStyle(summary).unicodeBidi).to.equal('isolate');
  });

  it('never turns javascript:, vbscript: or data: URLs into links', async () => {
    const el = await hostile();
    const hrefs = $$<HTMLAnchorElement>(el, 'a[href]').map((a) => a.getAttribute('href')!);
    expect(hrefs).to.deep.equal(['https://example.gov.cn/ok.pdf']);
    // Titles without a safe URL show as plain text; the bad attachment is left out, the good one kept.
    expect($$(el, '[part~="title"] a')).to.have.length(0);
    expect(titles(el)).to.include('外部链接');
    expect(clean($(el, '[part~="attachments"]')!.textContent)).to.equal('附件： <b>好附件</b> PDF');
    // Nor the feed's own links.
    expect($(el, '[part~="subscribe"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps unsafe URLs out even when a document bypasses the loader', async () => {
    // An integrator hands a document to `data`: it is validated like any other.
    const data = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 't',
      items: [
        { id: '1', title: '直接数据', url: 'javascript:alert(1)', date_published: '2026-01-01', _gov: { interpretations: [{ url: 'java\nscript:alert(2)' }] } },
      ],
    };
    const { result: el } = await captureWarnings(async () => {
      const widget = await fixture<GovPolicyFeed>(html`<gov-policy-feed .data=${data}></gov-policy-feed>`);
      await widget.loadComplete;
      return widget;
    });
    expect($$(el, 'a')).to.have.length(0);
    expect(titles(el)).to.deep.equal(['直接数据']);
  });
});
