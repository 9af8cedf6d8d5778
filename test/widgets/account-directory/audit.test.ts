import { expect, html } from '@open-wc/testing';
import { fixtureUrl } from '../../helpers.js';
import type { GovAccountDirectory } from '../../../src/widgets/account-directory/account-directory.js';
import { $, $$, card, directory, directoryIn, disclosure, shownIds, textOf } from './helpers.js';

/** The summary as { label: value }. */
function summary(el: GovAccountDirectory): Record<string, string> {
  return Object.fromEntries($$(el, '[part~="audit"] dt').map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]));
}
const reasons = (el: GovAccountDirectory, id: string) => [...card(el, id)!.querySelectorAll('[part~="flags"] li')].map((li) => textOf(li));

describe('gov-account-directory: audit', () => {
  it('shows no audit without the attribute', async () => {
    const el = await directory();
    expect($(el, '[part~="audit"]')).to.equal(null);
    expect($(el, '[part~="audit-result"]')).to.equal(null);
  });

  it('sums up how many accounts there are, how many were audited, how many fail, and per rule', async () => {
    const el = await directory('audit');
    const section = $(el, '[part~="audit"]')!;
    expect(textOf(section.querySelector('h3'))).to.equal('合规检查');
    expect(textOf(section)).to.contain('检查日期：2026年11月20日');
    expect(summary(el)).to.deep.equal({
      账号总数: '13',
      检查的在用账号: '9',
      未通过: '3',
      '超过 14 天未更新（“僵尸”账号）': '2',
      同一单位在同一平台有多个在用账号: '2',
      没有互动渠道: '1',
      未经平台认证: '1',
    });
    await expect(el).to.be.accessible();
  });

  it('flags each failing account with the reason in words', async () => {
    const el = await directory('audit');
    expect(reasons(el, 'wb-edu')).to.deep.equal(['已 19 天未更新', '县教育局在微博有 2 个在用账号']);
    expect(reasons(el, 'wb-edu-2')).to.deep.equal(['县教育局在微博有 2 个在用账号']);
    expect(reasons(el, 'dy-edu')).to.deep.equal(['已 111 天未更新', '没有互动渠道', '未认证']);
    expect(textOf(card(el, 'dy-edu')!.querySelector('.audit-result-title'))).to.equal('未通过检查（3 项）：');
    expect(textOf(card(el, 'wx-gov')!.querySelector('[part~="audit-result"]'))).to.equal('检查通过');
    expect(textOf(card(el, 'app-health')!.querySelector('[part~="audit-result"]'))).to.equal('不检查：非在用账号');
    // A failing card is marked by more than colour: its list of reasons, and a wider border.
    expect(card(el, 'dy-edu')!.classList.contains('failing')).to.equal(true);
    expect(parseFloat(getComputedStyle(card(el, 'dy-edu')!).borderInlineStartWidth)).to.be.above(
      parseFloat(getComputedStyle(card(el, 'wx-gov')!).borderInlineStartWidth),
    );
  });

  it('says "no post for N days" and names the organization and platform in English', async () => {
    const el = await directoryIn(html`<gov-account-directory audit lang="en" src=${fixtureUrl('account-directory/disclosure.json')}></gov-account-directory>`);
    expect(reasons(el, 'wb-edu')).to.deep.equal(['No post for 19 days', '2 active accounts of County Education Bureau on Weibo']);
    expect(reasons(el, 'dy-edu')).to.deep.equal(['No post for 111 days', 'No interaction channel', 'Not verified']);
    expect(summary(el)).to.include({ Accounts: '13', 'Active accounts checked': '9', Failing: '3' });
    await expect(el).to.be.accessible();
  });

  it('counts stale days from stale-days and from "now"', async () => {
    const el = await directory('audit stale-days="3"');
    expect(reasons(el, 'xq-culture')).to.deep.equal(['已 5 天未更新']);
    expect(summary(el)['超过 3 天未更新（“僵尸”账号）']).to.equal('4');
    el.staleDays = 14;
    el.now = Date.parse('2026-12-31T12:00:00+08:00');
    await el.updateComplete;
    expect(reasons(el, 'wx-gov')).to.deep.equal(['已 41 天未更新']);
  });

  it('says "1 day" in English for one day', async () => {
    const el = await directoryIn(
      html`<gov-account-directory audit stale-days="0" lang="en" src=${fixtureUrl('account-directory/disclosure.json')}></gov-account-directory>`,
    );
    expect(reasons(el, 'wb-edu-2')).to.deep.equal(['No post for 1 day', '2 active accounts of County Education Bureau on Weibo']);
    expect(reasons(el, 'wb-gov')).to.deep.equal(['No post for 2 days']);
    el.staleDays = 1;
    await el.updateComplete;
    expect(summary(el)).to.have.property('No post for more than 1 day (“zombie” account)');
  });

  it('reports an account without a post date', async () => {
    const doc = await disclosure();
    doc.accounts.accounts = [{ id: 'x', organization_id: 'edu', name: '无日期', platform: 'weibo', verified: true, functions: ['interact'] }];
    const el = await directory('audit', doc);
    expect(reasons(el, 'x')).to.deep.equal(['没有最近发布日期']);
  });

  it('shows only failing accounts when asked', async () => {
    const el = await directory('audit');
    const box = $<HTMLInputElement>(el, 'input[type="checkbox"][name="failing"]')!;
    expect(textOf(box.closest('label'))).to.equal('只看未通过检查的账号');
    box.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['wb-edu', 'wb-edu-2', 'dy-edu']);
    expect(textOf($(el, '[part~="count"]'))).to.equal('找到 3 个账号（共 11 个）');
    await expect(el).to.be.accessible();
  });

  it('audits only the accounts of organization="…" and those under it', async () => {
    const el = await directory('audit organization="health"');
    expect(summary(el)).to.include({ 账号总数: '2', 检查的在用账号: '0', 未通过: '0' });
  });
});
