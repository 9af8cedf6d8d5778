import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fixtureUrl } from '../../helpers.js';
import { $, $$, directory, directoryIn, disclosure, shadow, shownIds, textOf } from './helpers.js';

const chip = (el: Parameters<typeof $>[0], platform?: string) =>
  $<HTMLButtonElement>(el, platform ? `[part~="chip"][data-key="${platform}"]` : '[part~="chip"]:not([data-key])')!;

describe('gov-account-directory: filters', () => {
  it('offers platform chips with counts, as toggle buttons in a labelled group', async () => {
    const el = await directory();
    const group = $(el, '[role="group"]')!;
    expect(group.getAttribute('aria-label')).to.equal('按平台筛选');
    expect($$(el, '[part~="chip"]').map((c) => textOf(c))).to.deep.equal([
      '全部平台 (11)',
      '微信公众号 (2)',
      '微博 (3)',
      '抖音 (2)',
      '今日头条 (1)',
      '小红书 (1)',
      '移动客户端 (1)',
      '其他平台 (1)',
    ]);
    expect(chip(el).getAttribute('aria-pressed')).to.equal('true');
    chip(el, 'weibo').click();
    await el.updateComplete;
    expect(chip(el, 'weibo').getAttribute('aria-pressed')).to.equal('true');
    expect(chip(el).getAttribute('aria-pressed')).to.equal('false');
    expect(shownIds(el)).to.deep.equal(['wb-gov', 'wb-edu', 'wb-edu-2']);
    await expect(el).to.be.accessible();
    // Pressing it again shows every platform.
    chip(el, 'weibo').click();
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(11);
  });

  it('filters by organization with a labelled select, counting its options under the platform filter', async () => {
    const el = await directory();
    chip(el, 'weibo').click();
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, 'select[part~="organization-select"]')!;
    expect(textOf($(el, `label[for="${select.id}"]`))).to.equal('单位');
    expect([...select.options].map((o) => textOf(o))).to.deep.equal([
      '全部单位',
      '县政府办公室 (1)',
      '县教育局 (2)',
      '县卫生健康局 (0)',
      '县文化和旅游局 (0)',
      '未注明单位 (0)',
    ]);
    select.value = select.options[2]!.value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['wb-edu', 'wb-edu-2']);
    // The chips now count within the organization.
    expect(textOf(chip(el, 'wechat_oa'))).to.equal('微信公众号 (1)');
    select.value = select.options[5]!.value;
    select.dispatchEvent(new Event('change'));
    chip(el).click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['xhs-unknown']);
    await expect(el).to.be.accessible();
  });

  it('searches names in every language and handles, after NFKC and case folding', async () => {
    const el = await directory();
    const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
    expect(textOf($(el, `label[for="${search.id}"]`))).to.equal('搜索账号');
    const type = async (text: string) => {
      search.value = text;
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      return shownIds(el);
    };
    expect(await type('mou county')).to.deep.equal(['wx-gov']);
    expect(await type('ＭＯＵ　ＥＤＵＣＡＴＩＯＮ'), 'full-width letters and space').to.deep.equal(['wb-edu']);
    expect(await type('MOUCOUNTY'), 'the handle').to.deep.equal(['wb-gov']);
    expect(await type('教育')).to.deep.equal(['wb-edu', 'wb-edu-2', 'wx-edu', 'dy-edu']);
    expect(await type('某縣發布'), 'the zh-Hant name').to.deep.equal(['wx-gov']);
  });

  it('announces the result count politely, in a live region that exists before it changes', async () => {
    const el = await directory();
    const region = $(el, '[part~="count"]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(textOf(region)).to.equal('共 11 个账号');
    chip(el, 'douyin').click();
    await el.updateComplete;
    expect($(el, '[part~="count"]'), 'the same element, so the change is announced').to.equal(region);
    expect(textOf(region)).to.equal('找到 2 个账号（共 11 个）');
    chip(el, 'toutiao').click();
    await el.updateComplete;
    expect(textOf(region)).to.equal('找到 1 个账号（共 11 个）');
  });

  it('says when nothing matches and clears the filters with one button, focus back in the search field', async () => {
    const el = await directory();
    const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.value = select.options[1]!.value;
    select.dispatchEvent(new Event('change'));
    search.value = '不存在的账号';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal([]);
    const empty = $(el, '[part~="empty"]')!;
    expect(textOf(empty)).to.contain('没有符合条件的账号。');
    expect(textOf($(el, '[part~="count"]'))).to.equal('找到 0 个账号（共 11 个）');
    await expect(el).to.be.accessible();
    empty.querySelector('button')!.click();
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(11);
    expect(search.value).to.equal('');
    expect(select.selectedIndex).to.equal(0);
    expect(shadow(el).activeElement).to.equal(search);
  });

  it('works from the keyboard alone', async () => {
    const el = await directory();
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ type: '教育' });
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(4);
    chip(el, 'douyin').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['dy-edu']);
    chip(el, 'douyin').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(4);
  });

  it('drops a platform choice that show-inactive took away', async () => {
    const el = await directory('show-inactive');
    chip(el, 'kuaishou').click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['ks-culture']);
    el.showInactive = false;
    await el.updateComplete;
    expect(chip(el, 'kuaishou')).to.equal(null);
    expect(chip(el).getAttribute('aria-pressed')).to.equal('true');
    expect(textOf($(el, '[part~="count"]'))).to.equal('共 11 个账号');
  });

  it('filters in English too', async () => {
    const el = await directoryIn(html`<gov-account-directory lang="en" src=${fixtureUrl('account-directory/disclosure.json')}></gov-account-directory>`);
    chip(el, 'weibo').click();
    await el.updateComplete;
    expect(textOf($(el, '[part~="count"]'))).to.equal('3 accounts found (of 11)');
    expect(textOf(chip(el))).to.equal('All platforms (11)');
  });

  it('leaves out filters that have nothing to choose from', async () => {
    const doc = await disclosure();
    doc.accounts.accounts = doc.accounts.accounts.filter((a) => a['id'] === 'wx-gov');
    const el = await directory('', doc);
    expect($(el, '[part~="platforms"]')).to.equal(null);
    expect($(el, '[part~="organization-select"]')).to.equal(null);
    expect($(el, 'input[type="search"]')).to.exist;
    expect(textOf($(el, '[part~="count"]'))).to.equal('共 1 个账号');
  });
});
