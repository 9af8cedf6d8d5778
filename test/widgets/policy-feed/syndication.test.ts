/**
 * The feed reads RSS 2.0 and Atom 1.0 as it reads its JSON Feed (issue 13, decision 0019): the same items, dates,
 * links and issuers; hostile feeds stay text; XML that cannot be read ends in the usual error states.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings, fixtureUrl, mockUrl, uniqueKey } from '../../helpers.js';
import { $, $$, clean, items, titles, type GovPolicyFeed } from './helpers.js';

/** Renders a feed and waits until its data shows (or fails), with the warnings it wrote. */
async function feedOf(src: string, attributes: { limit?: number } = {}): Promise<{ el: GovPolicyFeed; warnings: string[] }> {
  const { result: el, warnings } = await captureWarnings(async () => {
    const widget = await fixture<GovPolicyFeed>(html`<gov-policy-feed src=${src} limit=${attributes.limit ?? 10}></gov-policy-feed>`);
    await widget.loadComplete;
    return widget;
  });
  return { el, warnings };
}

const text = (type: string, body: string): string => mockUrl(`text?type=${encodeURIComponent(type)}&body=${encodeURIComponent(body)}&${uniqueKey('xml')}`);

const links = (el: Element): string[] => $$<HTMLAnchorElement>(el, '[part~="item"] a[href]').map((a) => a.getAttribute('href') ?? '');
const dates = (el: Element): string[] => $$(el, '[part~="item"] time').map((t) => t.getAttribute('datetime') ?? '');

describe('gov-policy-feed: RSS and Atom', () => {
  it('shows an RSS 2.0 file: titles newest first, dates, links resolved against the file, issuers; an item without a date is left out and counted', async () => {
    const src = fixtureUrl('policy-feed/county-rss.xml');
    const { el, warnings } = await feedOf(src);
    expect(titles(el)).to.deep.equal([
      '示例县人民政府关于印发《示例县农村人居环境整治提升实施方案》的通知',
      '示例县人民政府办公室关于做好2026年冬季供暖工作的通知',
      '《示例县优化营商环境若干措施》政策解读',
      '示例县2026年第三季度重点民生实事进展情况公示',
      '关于征求《示例县养老服务体系建设规划（征求意见稿）》意见的公告',
    ]);
    expect(dates(el).slice(0, 3)).to.deep.equal(['2026-11-26T10:00:00+08:00', '2026-11-20T09:30:00+08:00', '2026-11-18T15:20:00+08:00']);
    expect(links(el)).to.include(new URL('/zwgk/zcwj/202611/t20261126_1001.html', src).href);
    expect(clean(items(el)[0]!.textContent)).to.contain('县农业农村局');
    expect(clean($(el, '[part~="summary"]')?.textContent)).to.equal(
      '各乡镇人民政府，县政府各部门： 现将《示例县农村人居环境整治提升实施方案》印发给你们，请认真贯彻执行。',
    );
    expect(clean($(el, '[part~="notice"]')!.textContent)).to.equal('有 1 条信息因数据格式有误未能显示。');
    expect(warnings.join('\n')).to.contain('/rss/channel/item[6]: left out: it has no date');
    await expect(el).to.be.accessible();
  });

  it('shows an Atom 1.0 file: html and xhtml titles as text, published dates, the feed’s author as the issuer', async () => {
    const src = fixtureUrl('policy-feed/county-atom.xml');
    const { el } = await feedOf(src);
    expect(titles(el)).to.deep.equal([
      '关于印发《示例县数字政府建设三年行动计划》的通知',
      '示例县2026年政府信息公开工作要点',
      '关于调整城乡居民基本医疗保险缴费标准的通知',
    ]);
    expect(dates(el)).to.deep.equal(['2026-11-25T09:00:00+08:00', '2026-11-10T16:00:00+08:00', '2026-10-30T10:00:00Z']);
    expect(links(el)).to.include(new URL('zwgk/zcwj/202611/t20261125_2001.html', src).href);
    expect(clean(items(el)[1]!.textContent)).to.contain('示例县人民政府办公室');
    expect($(el, '[part~="notice"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('decodes an RSS file in the encoding it declares (GB2312)', async () => {
    const { el } = await feedOf(fixtureUrl('policy-feed/county-rss-gb2312.xml'));
    expect(titles(el)).to.deep.equal(['关于2026年冬季森林防火工作的通告', '示例县城区道路施工期间交通管制的通告']);
    expect(clean(items(el)[1]!.textContent)).to.contain('县公安局交通警察大队');
  });

  it('knows XML by its Content-Type, or by its first character when the server calls it something else (not JSON)', async () => {
    const rss = '<rss version="2.0"><channel><title>t</title><item><title>按类型识别</title><pubDate>2026-11-26</pubDate></item></channel></rss>';
    for (const type of ['application/rss+xml', 'application/atom+xml; charset=utf-8', 'text/plain', 'application/octet-stream']) {
      const { el } = await feedOf(text(type, `\n  ${rss}`));
      expect(titles(el), type).to.deep.equal(['按类型识别']);
    }
  });

  it('keeps a hostile feed text: markup in titles and summaries is not markup, script links are not links, entity bombs do not expand', async () => {
    const pwned = window as unknown as { __pwned?: number };
    delete pwned.__pwned;
    const { el } = await feedOf(fixtureUrl('policy-feed/hostile-rss.xml'));
    expect(titles(el)).to.deep.equal([
      '<script>window.__pwned = 1</script>脚本标题',
      '<img src=x onerror="window.__pwned=6">图片标题',
      '实体炸弹 &lol9; 与外部实体 &xxe;',
    ]);
    expect($$(el, '[part~="item"] script, [part~="item"] img, [part~="item"] iframe')).to.deep.equal([]);
    expect(links(el)).to.deep.equal([]);
    expect(clean($$(el, '[part~="summary"]')[0]?.textContent)).to.equal('图片摘要');
    expect(pwned.__pwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('XML cut off in transfer: says the data did not arrive whole, with a retry', async () => {
    const { el, warnings } = await feedOf(text('application/rss+xml', '<?xml version="1.0"?><rss version="2.0"><channel><item><title>只传了一半'));
    const alert = $(el, '[role="alert"][part~="error"]')!;
    expect(clean(alert.textContent)).to.contain('数据没有完整传输');
    expect($(el, '[part~="retry"]')).to.not.equal(null);
    expect(warnings.join('\n')).to.contain('XML is cut off');
    await expect(el).to.be.accessible();
  });

  it('broken XML, and XML that is not RSS or Atom: the format error, with the place in the warning', async () => {
    const broken = await feedOf(text('application/xml', '<rss version="2.0"><channel></item></rss>'));
    expect(clean($(broken.el, '[role="alert"][part~="error"]')!.textContent)).to.contain('数据文件格式有误');
    expect(broken.warnings.join('\n')).to.contain('invalid XML at line 1');
    const html = await feedOf(text('text/html', '<!doctype html><html><body>维护中</body></html>'));
    expect(clean($(html.el, '[role="alert"][part~="error"]')!.textContent)).to.contain('数据文件格式有误');
    expect(html.warnings.join('\n')).to.contain('an HTML page, not RSS, Atom or JSON');
    const other = await feedOf(text('application/xml', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>'));
    expect(clean($(other.el, '[role="alert"][part~="error"]')!.textContent)).to.contain('数据文件的内容不符合规范');
    expect(other.warnings.join('\n')).to.contain('not RSS 2.0 or Atom 1.0');
    await expect(other.el).to.be.accessible();
  });

  it('a deeply nested file and an entity bomb in every item end in states the page survives', async () => {
    const serve = (body: string) => (): Promise<Response> => Promise.resolve(new Response(body, { headers: { 'Content-Type': 'application/xml' } }));
    const deep = `<rss version="2.0"><channel>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</channel></rss>`;
    const bombItem = '<item><title>&lol9;&lol9;&lol9;</title><pubDate>2026-11-26</pubDate><guid>g</guid></item>';
    const bomb = `<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol9 "${'&lol;'.repeat(10)}">]><rss version="2.0"><channel>${bombItem.repeat(2000)}</channel></rss>`;
    const shown: GovPolicyFeed[] = [];
    for (const body of [deep, bomb]) {
      const { result } = await captureWarnings(async () => {
        const el = document.createElement('gov-policy-feed');
        el.loadOptions = { fetch: serve(body), cache: new Map() };
        el.src = `https://county.example/${uniqueKey('deep')}.xml`;
        document.body.append(el);
        await el.loadComplete;
        return el;
      });
      shown.push(result);
    }
    const [nested, bombed] = shown as [GovPolicyFeed, GovPolicyFeed];
    // The parser's stack runs out (the format error) or it reads the nesting and finds no items: never a hang.
    expect($(nested, '[role="alert"][part~="error"]') ?? $(nested, '[part~="empty"]')).to.not.equal(null);
    // Repeated guids are left out as in JSON; the one kept says &lol9; as written.
    expect(titles(bombed)).to.deep.equal(['&lol9;&lol9;&lol9;']);
    for (const el of shown) el.remove();
  });
});
