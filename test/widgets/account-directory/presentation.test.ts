import { expect, html, waitUntil } from '@open-wc/testing';
import { fixtureUrl } from '../../helpers.js';
import type { GovAccountDirectory } from '../../../src/widgets/account-directory/account-directory.js';
import { $, $$, card, directory, directoryIn, shadow, textOf } from './helpers.js';

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

  it('keeps care mode large: no text under 16 px, body text at least 20 px, targets at least 48 px', async () => {
    const el = await directory('care audit');
    const small = textElements(el).filter((node) => parseFloat(getComputedStyle(node).fontSize) < 16);
    expect(small.map((node) => `${node.localName}.${node.className}: ${getComputedStyle(node).fontSize}`)).to.deep.equal([]);
    for (const selector of ['[part~="title"]', '[part~="description"]']) {
      expect(parseFloat(getComputedStyle($(el, selector)!).fontSize), selector).to.be.at.least(20);
    }
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
