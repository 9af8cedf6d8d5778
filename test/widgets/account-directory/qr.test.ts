import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, fixtureUrl, waitUntil } from '../../helpers.js';
import type { GovAccountDirectory } from '../../../src/widgets/account-directory/account-directory.js';
import { QR_OPTIONS, QUIET_ZONE } from '../../../src/widgets/account-directory/controllers/qr-code.js';
import { $, card, directory, directoryIn, disclosure, shadow, textOf } from './helpers.js';

const qrButton = (el: GovAccountDirectory, id: string) => card(el, id)!.querySelector<HTMLButtonElement>('[part~="qr-button"]')!;
const dialogOf = (el: GovAccountDirectory) => $<HTMLDialogElement>(el, 'dialog');

async function openQr(el: GovAccountDirectory, id: string): Promise<HTMLDialogElement> {
  qrButton(el, id).click();
  await el.updateComplete;
  return dialogOf(el)!;
}

/** Waits until the dialog shows a code (an image or a drawn SVG) or a message instead. */
async function settled(el: GovAccountDirectory): Promise<HTMLDialogElement> {
  await waitUntil(() => dialogOf(el)?.querySelector('.qr-code, .qr-message:not([role="status"])'), 'the QR code did not settle');
  return dialogOf(el)!;
}

/** Dark modules of a drawn code: the sum of the run lengths in its path. */
function darkModules(svg: SVGElement): number {
  const d = svg.querySelector('path')!.getAttribute('d')!;
  return [...d.matchAll(/M\d+ \d+h(\d+)v1/g)].reduce((n, m) => n + Number(m[1]), 0);
}

async function expectDrawn(svg: SVGElement, text: string): Promise<void> {
  const { encode } = await import('uqr');
  const expected = encode(text, QR_OPTIONS);
  const side = expected.size + 2 * QUIET_ZONE;
  expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${side} ${side}`);
  expect(darkModules(svg)).to.equal(expected.data.flat().filter(Boolean).length);
}

const uqrLoaded = () => performance.getEntriesByType('resource').some((entry) => /\/uqr\//.test(entry.name));

describe('gov-account-directory: QR codes', () => {
  it('loads the encoder only when a code is opened, and draws qr.payload as an SVG with the modules uqr gives', async () => {
    const el = await directory();
    expect(uqrLoaded(), 'uqr before any code is opened').to.equal(false);
    const button = qrButton(el, 'wx-gov');
    expect(button.getAttribute('aria-label')!.replace(/[\u2066-\u2069]/g, '')).to.equal('二维码：某县发布（微信公众号，县政府办公室）');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    await openQr(el, 'wx-gov');
    const dialog = await settled(el);
    expect(uqrLoaded()).to.equal(true);
    expect(dialog.open && dialog.matches(':modal')).to.equal(true);
    expect(textOf(dialog.querySelector('#qr-title'))).to.equal('“某县发布”的二维码');
    const svg = dialog.querySelector<SVGElement>('svg.qr-code')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')!.replace(/[\u2066-\u2069]/g, '')).to.equal('微信公众号“某县发布”的二维码');
    await expectDrawn(svg, 'https://weixin.qq.com/r/example');
    // The link for readers who cannot scan, and the handle to search for.
    const link = dialog.querySelector<HTMLAnchorElement>('[part~="qr-link"]')!;
    expect(link.href).to.equal('https://mp.weixin.qq.com/s/mou');
    expect(textOf(dialog)).to.contain('无法扫码？打开账号页面：');
    expect(textOf(dialog)).to.contain('gh_0123456789ab');
    await expect(el).to.be.accessible();
  });

  it('shows the qr.url image with qr.alt', async () => {
    const el = await directory();
    const dialog = await openQr(el, 'dy-gov');
    const img = dialog.querySelector<HTMLImageElement>('img.qr-code')!;
    expect(img.src).to.equal(fixtureUrl('account-directory/qr/dy-gov.svg'));
    expect(img.alt).to.equal('抖音“某县发布”的二维码图片');
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the image did not load');
    await expect(el).to.be.accessible();
    // Nothing was asked of another origin: data, image and encoder all come from the page's own.
    const origins = new Set(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin));
    expect([...origins]).to.deep.equal([location.origin]);
  });

  it('encodes the account URL when there is neither an image nor a payload', async () => {
    const el = await directory();
    await openQr(el, 'wb-gov');
    const dialog = await settled(el);
    await expectDrawn(dialog.querySelector<SVGElement>('svg.qr-code')!, 'https://weibo.com/moucounty');
  });

  it('draws the code itself when the qr.url image does not load', async () => {
    const doc = await disclosure();
    doc.accounts.accounts = [
      { id: 'a', name: '某号', platform: 'weibo', url: 'https://weibo.com/a', qr: { url: 'qr/missing.png', payload: 'https://weibo.com/a?from=qr' } },
    ];
    const el = await directory('', doc);
    const { warnings } = await captureWarnings(async () => {
      await openQr(el, 'a');
      await waitUntil(() => dialogOf(el)?.querySelector('svg.qr-code'), 'no fallback drawing');
    });
    expect(warnings.join('\n')).to.contain('qr/missing.png');
    await expectDrawn(dialogOf(el)!.querySelector<SVGElement>('svg.qr-code')!, 'https://weibo.com/a?from=qr');
  });

  it('never makes a javascript: account or QR URL an href or src', async () => {
    const doc = await disclosure();
    doc.accounts.accounts = [
      { id: 'a', name: '某号', platform: 'weibo', url: 'javascript:alert(1)', qr: { url: 'javascript:alert(2)', payload: 'https://ok.example/p' } },
      { id: 'b', name: '另一号', platform: 'douyin', url: 'https://ok.example/b', qr: { url: 'jAvAsCrIpT:alert(3)', payload: '\tjavascript:alert(4)' } },
    ];
    const el = await captureWarnings(() => directory('', doc)).then((r) => r.result);
    await openQr(el, 'a');
    let dialog = await settled(el);
    await expectDrawn(dialog.querySelector<SVGElement>('svg.qr-code')!, 'https://ok.example/p');
    expect(dialog.querySelector('[part~="qr-link"]'), 'no safe account URL, no link').to.equal(null);
    dialog.close();
    await waitUntil(() => !dialogOf(el));
    await openQr(el, 'b');
    dialog = await settled(el);
    // Neither the image nor the payload may be used: the account URL is encoded.
    await expectDrawn(dialog.querySelector<SVGElement>('svg.qr-code')!, 'https://ok.example/b');
    for (const node of shadow(el).querySelectorAll('[href], [src]')) {
      expect(node.getAttribute('href') ?? node.getAttribute('src')).not.to.match(/javascript/i);
    }
  });

  it('shows the link alone, and warns, when the payload is too long to encode', async () => {
    const doc = await disclosure();
    doc.accounts.accounts = [
      { id: 'long', name: '长号', platform: 'app', url: 'https://example.gov.cn/app', qr: { payload: `https://example.gov.cn/app?${'x'.repeat(3000)}` } },
    ];
    const el = await directory('', doc);
    const { warnings } = await captureWarnings(async () => {
      await openQr(el, 'long');
      await settled(el);
    });
    const dialog = dialogOf(el)!;
    expect(dialog.querySelector('.qr-code')).to.equal(null);
    expect(textOf(dialog.querySelector('.qr-message'))).to.equal('二维码无法显示，请使用旁边的链接。');
    expect(dialog.querySelector<HTMLAnchorElement>('[part~="qr-link"]')!.href).to.equal('https://example.gov.cn/app');
    expect(warnings.join('\n')).to.contain('"long"');
    await expect(el).to.be.accessible();
  });

  // ' ' is the Space key in every engine's driver (Firefox's refuses the name "Space").
  for (const [name, key] of [
    ['Enter', 'Enter'],
    ['Space', ' '],
  ] as const) {
    it(`opens from the keyboard with ${name}, moves focus in, closes with Esc and returns focus to the opener`, async () => {
      const el = await directory();
      const opener = qrButton(el, 'wb-gov');
      opener.focus();
      await sendKeys({ press: key });
      await el.updateComplete;
      const dialog = await settled(el);
      expect(dialog.open).to.equal(true);
      expect(dialog.contains(shadow(el).activeElement), 'focus inside the dialog').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialogOf(el), 'Esc did not close the dialog');
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(opener);
    });
  }

  it('closes with its close button and returns focus to the opener', async () => {
    const el = await directory();
    const opener = qrButton(el, 'wx-edu');
    opener.focus();
    opener.click();
    await el.updateComplete;
    const close = dialogOf(el)!.querySelector<HTMLButtonElement>('[part~="close"]')!;
    expect(textOf(close)).to.equal('关闭');
    expect(shadow(el).activeElement).to.equal(close);
    close.click();
    await waitUntil(() => !dialogOf(el));
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(opener);
  });

  it('speaks English in the dialog with lang="en"', async () => {
    const el = await directoryIn(html`<gov-account-directory lang="en" src=${fixtureUrl('account-directory/disclosure.json')}></gov-account-directory>`);
    expect(textOf(qrButton(el, 'wx-gov'))).to.equal('QR code');
    expect(
      qrButton(el, 'wx-gov')
        .getAttribute('aria-label')!
        .replace(/[\u2066-\u2069]/g, ''),
    ).to.equal('QR code: Mou County Release (WeChat Official Account, County Government Office)');
    await openQr(el, 'wx-gov');
    const dialog = await settled(el);
    expect(textOf(dialog.querySelector('#qr-title'))).to.equal('QR code of “Mou County Release”');
    expect(
      dialog
        .querySelector('svg.qr-code')!
        .getAttribute('aria-label')!
        .replace(/[\u2066-\u2069]/g, ''),
    ).to.equal('QR code of “Mou County Release” on WeChat Official Account');
    expect(textOf(dialog)).to.contain('Cannot scan? Open the account page:');
    await expect(el).to.be.accessible();
  });
});
