import { expect, html, oneEvent } from '@open-wc/testing';
import { DIRECTORY } from '../../../src/core/loading-size.js';
import { captureWarnings, fixtureUrl, mockUrl, uniqueKey } from '../../helpers.js';
import { $, $$, card, directory, factsOf, directoryIn, disclosure, NOW, shadow, shownIds, textOf } from './helpers.js';

describe('gov-account-directory: accounts', () => {
  it('groups accounts by organization by default, in the order of the discovery document', async () => {
    const el = await directory();
    expect($$(el, '[part~="group-title"]').map((h) => textOf(h))).to.deep.equal([
      '县政府办公室 (3)',
      '县教育局 (4)',
      '县卫生健康局 (2)',
      '县文化和旅游局 (1)',
      '未注明单位 (1)',
    ]);
    expect(shownIds(el)).to.deep.equal([
      'wx-gov',
      'wb-gov',
      'dy-gov',
      'wb-edu',
      'wb-edu-2',
      'wx-edu',
      'dy-edu',
      'app-health',
      'tt-health',
      'xq-culture',
      'xhs-unknown',
    ]);
    await expect(el).to.be.accessible();
  });

  it('groups by platform with group-by="platform", each heading with its icon and name', async () => {
    const el = await directory('group-by="platform"');
    const titles = $$(el, '[part~="group-title"]');
    expect(titles.map((h) => textOf(h))).to.deep.equal([
      '微信公众号 (2)',
      '微博 (3)',
      '抖音 (2)',
      '今日头条 (1)',
      '小红书 (1)',
      '移动客户端 (1)',
      '其他平台 (1)',
    ]);
    expect(titles[0]!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('gives every account link and QR button a name of its own: the name, its platform and its organization', async () => {
    const el = await directory();
    // Accessible names: aria-label, else the text (isolates are not read).
    const nameOf = (node: Element): string => (node.getAttribute('aria-label') ?? node.textContent ?? '').replace(/[\u2066-\u2069]/g, '').trim();
    const links = $$(el, 'li[part~="item"] [part~="title"] a').map(nameOf);
    const buttons = $$(el, '[part~="qr-button"]').map(nameOf);
    // 某县发布 on WeChat, Weibo and Douyin, all of the county government office.
    expect(links.filter((name) => name.startsWith('某县发布'))).to.deep.equal([
      '某县发布（微信公众号，县政府办公室）',
      '某县发布（微博，县政府办公室）',
      '某县发布（抖音，县政府办公室）',
    ]);
    expect(new Set(links).size, links.join(' | ')).to.equal(links.length);
    expect(new Set(buttons).size, buttons.join(' | ')).to.equal(buttons.length);
    expect(buttons[0]).to.equal('二维码：某县发布（微信公众号，县政府办公室）');
    // The visible text stays the name: the accessible name starts with it (label in name).
    for (const link of $$(el, 'li[part~="item"] [part~="title"] a')) expect(nameOf(link).startsWith(textOf(link))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows each fact of an account', async () => {
    const el = await directory();
    const wx = card(el, 'wx-gov')!;
    const platform = wx.querySelector('[part~="platform"]')!;
    expect(textOf(platform)).to.equal('微信公众号');
    const icon = platform.querySelector('svg')!;
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    expect(icon.querySelector('image, use, foreignObject')).to.equal(null);
    const link = wx.querySelector<HTMLAnchorElement>('[part~="title"] a')!;
    expect(textOf(link)).to.equal('某县发布');
    expect(link.href).to.equal('https://mp.weixin.qq.com/s/mou');
    expect(textOf(wx.querySelector('[part~="verified"]'))).to.equal('已认证');
    expect(textOf(wx.querySelector('[part~="description"]'))).to.equal('县政府权威信息发布平台');
    expect([...wx.querySelectorAll('[part~="functions"] li')].map(textOf)).to.deep.equal(['信息发布', '互动交流', '办事服务']);
    expect(factsOf(wx)).to.deep.equal({
      单位: '县政府办公室',
      账号: 'gh_0123456789ab',
      功能: '信息发布互动交流办事服务',
      粉丝: '18.2万（截至 2026年11月1日）',
      最近发布: '18小时前',
    });
    const time = wx.querySelector('time')!;
    expect(time.dateTime).to.equal('2026-11-19T18:00:00+08:00');
    expect(textOf(time)).to.equal('18小时前');
    // Unverified accounts carry no mark; a platform of kind "other" is named by its label.
    expect(card(el, 'dy-edu')!.querySelector('[part~="verified"]')).to.equal(null);
    expect(textOf(card(el, 'xq-culture')!.querySelector('[part~="platform"]'))).to.equal('学习强国');
    expect(factsOf(card(el, 'xhs-unknown')!)['单位']).to.equal('未注明单位');
  });

  it('speaks English with lang="en": UI, names, dates and compact numbers', async () => {
    const el = await directoryIn(
      html`<div lang="en"><gov-account-directory src=${fixtureUrl('account-directory/disclosure.json')}></gov-account-directory></div>`,
    );
    expect(textOf($(el, '[part~="group-title"]'))).to.equal('County Government Office (3)');
    const wx = card(el, 'wx-gov')!;
    expect(textOf(wx.querySelector('[part~="title"]'))).to.equal('Mou County Release');
    expect(textOf(wx.querySelector('[part~="platform"]'))).to.equal('WeChat Official Account');
    expect(textOf(wx.querySelector('[part~="verified"]'))).to.equal('Verified');
    expect(factsOf(wx)).to.deep.include({ Followers: '182K (as of Nov 1, 2026)', 'Last post': '18 hours ago', Functions: 'PublishingInteractionServices' });
    expect(textOf(card(el, 'xq-culture')!.querySelector('[part~="platform"]'))).to.equal('Xuexi Qiangguo');
    expect(textOf($(el, '[part~="count"]'))).to.equal('11 accounts');
    // A name given only in Chinese is marked with its language when it falls back.
    expect(card(el, 'wx-edu')!.querySelector('[part~="title"] [lang]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks Traditional Chinese with lang="zh-TW"', async () => {
    const el = await directoryIn(html`<gov-account-directory lang="zh-TW" src=${fixtureUrl('account-directory/disclosure.json')}></gov-account-directory>`);
    expect(textOf($(el, '[part~="group-title"]'))).to.equal('縣政府辦公室 (3)');
    expect(textOf(card(el, 'wx-gov')!.querySelector('[part~="platform"]'))).to.equal('微信公眾號');
    expect(textOf($(el, 'label[for="search"]'))).to.equal('搜尋帳號');
  });

  it('fires gov-load with the number of accounts', async () => {
    const el = document.createElement('gov-account-directory');
    el.src = fixtureUrl('account-directory/disclosure.json');
    const loaded = oneEvent(el, 'gov-load');
    document.body.append(el);
    expect((await loaded).detail).to.include({ section: 'accounts', count: 13 });
    el.remove();
  });
});

describe('gov-account-directory: status', () => {
  it('marks paused and closing accounts in words, and hides closed and merged ones', async () => {
    const el = await directory();
    const paused = card(el, 'app-health')!;
    expect(textOf(paused.querySelector('[part~="badge"]'))).to.equal('暂停更新');
    expect(paused.querySelector<HTMLAnchorElement>('[part~="status-notice"]')!.href).to.equal('https://example.gov.cn/notice/app.html');
    expect(textOf(card(el, 'tt-health')!.querySelector('[part~="badge"]'))).to.equal('即将关停');
    expect(card(el, 'wx-gov')!.querySelector('[part~="badge"]')).to.equal(null);
    expect(card(el, 'ks-culture')).to.equal(null);
    expect(card(el, 'wx-edu-old')).to.equal(null);
    expect(textOf($(el, '[part~="inactive-note"]'))).to.equal('另有 2 个已关停或已合并的账号未显示。');
    // Not colour alone: the border style differs too.
    expect(getComputedStyle(paused).borderTopStyle).to.equal('dashed');
    expect(getComputedStyle(card(el, 'wx-gov')!).borderTopStyle).to.equal('solid');
  });

  it('shows closed and merged accounts with show-inactive, a merged one as replaced by its successor', async () => {
    const el = await directory('show-inactive');
    // The education bureau now has five accounts: the merged one is last, behind "show more".
    const more = $$(el, '[part~="group"]')[1]!.querySelector<HTMLButtonElement>('[part~="more-button"]')!;
    expect(textOf(more)).to.equal('显示更多（还有 1 个）');
    more.click();
    await el.updateComplete;
    expect(shadow(el).activeElement, 'focus moves to the first account shown').to.equal(card(el, 'wx-edu-old'));
    expect(textOf(card(el, 'ks-culture')!.querySelector('[part~="badge"]'))).to.equal('已关停');
    const merged = card(el, 'wx-edu-old')!;
    expect(textOf(merged.querySelector('[part~="badge"]'))).to.equal('已合并');
    const successor = merged.querySelector('[part~="successor"]')!;
    expect(textOf(successor)).to.equal('由此账号接替： 某县教育发布 (微信公众号)');
    expect(successor.querySelector<HTMLAnchorElement>('a')!.href).to.equal('https://mp.weixin.qq.com/s/edu');
    expect(merged.querySelector<HTMLAnchorElement>('[part~="status-notice"]')!.href).to.equal('https://example.gov.cn/notice/merge.html');
    // Inactive accounts come after the active ones of their group and offer no QR code.
    expect(shownIds(el).slice(3, 8)).to.deep.equal(['wb-edu', 'wb-edu-2', 'wx-edu', 'dy-edu', 'wx-edu-old']);
    expect(merged.querySelector('[part~="qr-button"]')).to.equal(null);
    expect($(el, '[part~="inactive-note"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says "1 … account is not shown" in English', async () => {
    const el = await directoryIn(
      html`<gov-account-directory lang="en" organization="culture" src=${fixtureUrl('account-directory/disclosure.json')}></gov-account-directory>`,
    );
    expect(textOf($(el, '[part~="inactive-note"]'))).to.equal('1 closed or merged account is not shown.');
  });

  it('reads show-inactive="false" and care="False" as off (Vue binds :show-inactive="false" as that attribute before the element is defined)', async () => {
    const el = await directory('show-inactive="false" care=" False "');
    expect(el.showInactive).to.equal(false);
    expect(el.care).to.equal(false);
    expect(shownIds(el)).to.not.include('ks-culture');
    el.setAttribute('show-inactive', '');
    el.setAttribute('care', 'care');
    await el.updateComplete;
    expect(el.showInactive).to.equal(true);
    expect(el.care).to.equal(true);
  });

  it('names a successor that is not in the directory without a link', async () => {
    const doc = await disclosure();
    doc.accounts.accounts = [{ id: 'old', name: '旧号', platform: 'weibo', status: 'merged', replaced_by: 'gone' }];
    const el = await directory('show-inactive', doc);
    expect(textOf(card(el, 'old')!.querySelector('[part~="successor"]'))).to.equal('由此账号接替： gone');
    expect(card(el, 'old')!.querySelector('[part~="successor"] a')).to.equal(null);
  });

  it('shows only one organization and those under it with organization="…"', async () => {
    const el = await directory('organization="edu"');
    expect(shownIds(el)).to.deep.equal(['wb-edu', 'wb-edu-2', 'wx-edu', 'dy-edu']);
    expect($(el, '[part~="organization-select"]')).to.equal(null);
  });
});

describe('gov-account-directory: hostile data', () => {
  it('shows markup in names and descriptions as text, and never links or loads a javascript: URL', async () => {
    const { result: el } = await captureWarnings(async () =>
      directory('', {
        version: '1.0',
        organizations: [{ id: 'o', name: '<b>单位</b><script>alert(1)</script>' }],
        accounts: {
          accounts: [
            {
              id: 'x"><img src=x onerror=alert(1)>',
              organization_id: 'o',
              name: '<img src=x onerror="alert(1)">\u202Egnp.exe',
              platform: 'weibo',
              handle: '<svg onload=alert(1)>',
              url: 'javascript:alert(1)',
              qr: { url: 'javascript:alert(2)', payload: 'javascript:alert(3)', alt: '<i>alt</i>' },
              description: '<a href="javascript:alert(4)">点我</a>',
              status: 'merged',
              replaced_by: 'y',
              status_notice_url: 'javascript:alert(5)',
            },
            { id: 'y', organization_id: 'o', name: '<u>接替</u>', platform: 'weibo', url: ' JAVASCRIPT:alert(6)' },
          ],
        },
      }).then(async (d) => {
        d.showInactive = true;
        await d.updateComplete;
        return d;
      }),
    );
    const root = shadow(el);
    expect(root.querySelectorAll('img, script, b, i, u, [onerror], [onload]')).to.have.length(0);
    for (const node of root.querySelectorAll('[href], [src]')) {
      expect(node.getAttribute('href') ?? node.getAttribute('src')).not.to.match(/javascript/i);
    }
    const hostile = card(el, 'x"><img src=x onerror=alert(1)>')!;
    expect(textOf(hostile.querySelector('[part~="title"]'))).to.equal('<img src=x onerror="alert(1)">\u202Egnp.exe');
    expect(hostile.querySelector('[part~="title"] .text')).to.exist;
    expect(textOf(hostile.querySelector('[part~="description"]'))).to.equal('<a href="javascript:alert(4)">点我</a>');
    expect(textOf($(el, '[part~="group-title"]'))).to.contain('<b>单位</b><script>alert(1)</script>');
    expect(hostile.querySelector('[part~="status-notice"]')).to.equal(null);
    expect(hostile.querySelector('[part~="qr-button"]'), 'a merged account offers no code').to.equal(null);
    // Neither account has a code source left: no QR button for the active one either.
    expect($(el, '[part~="qr-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('gov-account-directory: states', () => {
  it('holds a modest skeleton while loading, or the size the page sets', async () => {
    const el = document.createElement('gov-account-directory');
    el.src = mockUrl('slow/1500/account-directory/disclosure');
    document.body.append(el);
    await el.updateComplete;
    const loading = shadow(el).querySelector<HTMLElement>('[part~="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.getBoundingClientRect().height).to.be.closeTo(DIRECTORY * 16, 1);
    el.style.setProperty('--gov-loading-block-size', '612px');
    expect(loading.getBoundingClientRect().height).to.be.closeTo(612, 1);
    await expect(el).to.be.accessible();
    await el.loadComplete;
    expect(shadow(el).querySelector('[part~="loading"]')).to.equal(null);
    el.remove();
  });

  it('says so when there are no accounts', async () => {
    const el = await directory('', { version: '1.0', accounts: { accounts: [] } });
    expect(textOf($(el, '[part~="empty"]'))).to.equal('暂无政务新媒体账号。');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry when the server fails, and the accounts after retrying', async () => {
    const el = document.createElement('gov-account-directory');
    el.now = NOW;
    el.src = mockUrl(`sequence/${uniqueKey('directory-retry')}/503,200/account-directory/disclosure`);
    const { warnings } = await captureWarnings(async () => {
      document.body.append(el);
      await el.loadComplete;
    });
    expect(warnings.join('\n')).to.contain('503');
    const alert = shadow(el).querySelector('[role="alert"][part~="error"]')!;
    expect(textOf(alert)).to.contain('政务新媒体账号暂时无法显示');
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await el.loadComplete;
    expect(shownIds(el)).to.have.length(11);
    el.remove();
  });
});
