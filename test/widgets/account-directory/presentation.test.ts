import { expect, html } from '@open-wc/testing';
import { fixtureUrl, waitUntil } from '../../helpers.js';
import type { GovAccountDirectory } from '../../../src/widgets/account-directory/account-directory.js';
import { $, $$, card, directory, directoryIn, disclosure, shadow, textOf } from './helpers.js';
import { visualOrder } from '../../bidi.js';

const src = fixtureUrl('account-directory/disclosure.json');
const rect = (el: Element) => el.getBoundingClientRect();

/** Every element that shows text of its own. */
function textElements(el: GovAccountDirectory): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('*')].filter(
    (node) => [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== '') && node.getClientRects().length > 0,
  );
}

describe('gov-account-directory: presentation', () => {
  it('lays out right to left with dir="rtl"', async () => {
    const el = await directoryIn(html`<div dir="rtl" lang="ar"><gov-account-directory audit src=${src}></gov-account-directory></div>`);
    const wx = card(el, 'wx-gov')!;
    const platform = wx.querySelector('[part~="platform"]')!;
    expect(rect(wx).right - rect(platform).right, 'platform at the start (right)').to.be.below(30);
    // The first fact shown (grouped by organization, the 单位 fact is left to the group's heading).
    const dt = [...wx.querySelectorAll('dt')].find((d) => d.getClientRects().length > 0)!;
    expect(rect(dt).right).to.be.above(rect(dt.nextElementSibling!).right);
    const failing = getComputedStyle(card(el, 'dy-edu')!);
    expect(parseFloat(failing.borderRightWidth)).to.be.above(parseFloat(failing.borderLeftWidth));
    const search = $(el, 'input[type="search"]')!;
    const select = $(el, 'select')!;
    expect(rect(search).left, 'search first, on the right').to.be.above(rect(select).left);
    // A language the widget has no strings for gets the English UI.
    expect(textOf($(el, '[part~="count"]'))).to.equal('11 accounts');
    await expect(el).to.be.accessible();
  });

  it('keeps care mode large: no text under 20 px, titles at least 22 px, targets at least 48 px', async () => {
    const el = await directory('care audit');
    const small = textElements(el).filter((node) => parseFloat(getComputedStyle(node).fontSize) < 20);
    expect(small.map((node) => `${node.localName}.${node.className}: ${getComputedStyle(node).fontSize}`)).to.deep.equal([]);
    expect(parseFloat(getComputedStyle($(el, '[part~="title"]')!).fontSize), 'title').to.be.at.least(22);
    expect(parseFloat(getComputedStyle($(el, '[part~="description"]')!).fontSize), 'description').to.be.at.least(20);
    expect(parseFloat(getComputedStyle($(el, '[part~="description"]')!).lineHeight) / 20).to.be.at.least(1.5);
    const targets = $$(el, 'button, input[type="search"], select, [part~="chip"], .failing-only');
    expect(targets.length).to.be.above(10);
    for (const target of targets) {
      expect(rect(target).height, `${target.localName}.${target.className}`).to.be.at.least(48);
    }
    await expect(el).to.be.accessible();
  });

  it('is axe-clean in care mode with the QR dialog open', async () => {
    const el = await directory('care');
    card(el, 'wx-gov')!.querySelector<HTMLButtonElement>('[part~="qr-button"]')!.click();
    await waitUntil(() => $(el, 'dialog svg.qr-code'));
    const close = $(el, 'dialog [part~="close"]')!;
    expect(rect(close).height).to.be.at.least(48);
    await expect(el).to.be.accessible();
  });

  it('follows a lang change of an ancestor after loading', async () => {
    const el = await directoryIn(html`<div lang="zh-CN"><gov-account-directory src=${src}></gov-account-directory></div>`);
    expect(textOf($(el, '[part~="count"]'))).to.equal('共 11 个账号');
    el.parentElement!.setAttribute('lang', 'zh-HK');
    await waitUntil(() => textOf($(el, '[part~="count"]')) === '共 11 個帳號', 'did not switch to zh-Hant');
    expect(textOf($(el, '[part~="group-title"]'))).to.equal('縣政府辦公室 (3)');
    el.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => textOf($(el, '[part~="count"]')) === '11 accounts', 'did not switch to English');
  });

  it('turns dark when the host page opts into a dark colour scheme', async () => {
    const el = await directoryIn(html`<div style="color-scheme: dark"><gov-account-directory src=${src}></gov-account-directory></div>`);
    const background = getComputedStyle(card(el, 'wx-gov')!).backgroundColor;
    expect(background).not.to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });
});

describe('gov-account-directory: bidi', () => {
  it('keeps numbers and dates in one piece inside its own sentences on a right-to-left page', async () => {
    const doc = await disclosure();
    const wx = doc.accounts.accounts.find((a) => a['id'] === 'wx-gov')!;
    wx['followers'] = { count: 9100, as_of: '2026-11-01' };
    const el = await directoryIn(html`<div dir="rtl"><gov-account-directory audit .data=${doc}></gov-account-directory></div>`);
    const followers = [...card(el, 'wx-gov')!.querySelectorAll('dt')].find((dt) => textOf(dt) === '粉丝')!.nextElementSibling!;
    expect(textOf(followers)).to.equal('9100（截至 2026年11月1日）');
    // Read from the right, as the page runs: the count, then the bracket with "as of" and the date, each piece
    // whole. Without isolation the leading number took the bracket and the date took the words' direction.
    expect(visualOrder(followers)).to.equal('）2026年11月1日截至（9100');
    expect(followers.textContent).to.contain('\u20682026年11月1日\u2069');
    // The same pieces in every sentence the directory builds: counts, dates, platform names.
    const audit = $(el, '[part~="audit"] .hint')!;
    expect(audit.textContent).to.match(/\u2068\d{4}年\d{1,2}月\d{1,2}日\u2069/);
    expect($(el, '[part~="count"]')!.textContent).to.contain('\u206811\u2069');
    await expect(el).to.be.accessible();
  });
});
