/**
 * Whole pages, as an integrator builds them from dist/: a strict Content-Security-Policy with Trusted Types,
 * and several copies of the bundles on one page. Each page (test/server/pages-middleware.mjs) opens in an
 * iframe; its probe (test/pages/probe.js) records violations, errors, warnings and definitions, and says when
 * every widget has loaded. The test then uses the widgets as a reader would, inside that page.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers.js';
import { VERSION } from '../../src/version.js';

import { openPage, type OpenPage } from '../pages/open-page.js';

const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function input(control: Element | null, value: string): void {
  if (!control) throw new Error('no control');
  (control as HTMLInputElement).value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function click(root: ShadowRoot, selector: string): void {
  const target = root.querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
}

/** Uses every widget of a page the way a reader would: search, chips, pages, both kinds of QR code, the form's views. */
async function useEveryWidget(page: OpenPage): Promise<void> {
  // The feed: search, a chip, the next page.
  const feed = page.root('gov-policy-feed');
  input(feed.querySelector('[part~="search"]'), '义务教育');
  await waitUntil(() => feed.querySelectorAll('[part~="item"]').length === 1, 'search narrows the feed');
  input(feed.querySelector('[part~="search"]'), '');
  await waitUntil(() => feed.querySelectorAll('[part~="item"]').length === 3, 'search cleared');
  const chip = feed.querySelector<HTMLElement>('.filter-group [part~="chip"][aria-pressed="false"]')!;
  chip.click();
  await waitUntil(() => chip.getAttribute('aria-pressed') === 'true', 'a chip is pressed');
  chip.closest('.filter-group')!.querySelector<HTMLElement>('[part~="chip"]')!.click();
  await waitUntil(() => chip.getAttribute('aria-pressed') === 'false', 'the chip is released');
  click(feed, '[part~="next"]');
  await waitUntil(() => text(feed.querySelector('.page-status')).includes('2'), 'the second page shows');

  // The directory: a code drawn in the page (the lazy encoder chunk) and a same-origin QR image.
  const directory = page.root('gov-account-directory');
  click(directory, 'li[data-id="wx-gov"] [part~="qr-button"]');
  await waitUntil(() => directory.querySelector('dialog[open] svg[part~="qr-code"] path'), 'the drawn QR code shows');
  click(directory, '[part~="close"]');
  await waitUntil(() => !directory.querySelector('dialog'), 'the dialog closes');
  click(directory, 'li[data-id="dy-gov"] [part~="qr-button"]');
  await waitUntil(() => {
    const img = directory.querySelector<HTMLImageElement>('dialog[open] img[part~="qr-code"]');
    return img !== null && img.complete && img.naturalWidth > 0;
  }, 'the QR image loads');
  click(directory, '[part~="close"]');
  await waitUntil(() => !directory.querySelector('dialog'), 'the dialog closes');

  // The form: a submit with nothing filled in, the lookup (a request to the endpoint), the answered pages.
  const form = page.root('gov-ask-form');
  click(form, '[part~="submit"]');
  await waitUntil(() => form.querySelector('[part~="error-summary"]'), 'the error summary shows');
  click(form, '#tab-lookup');
  await waitUntil(() => form.querySelector('#panel-lookup:not([hidden]) #l-service_request_id'), 'the lookup view shows (its code loads on demand)');
  input(form.querySelector('#l-service_request_id'), 'NO-SUCH-ID');
  input(form.querySelector('#l-query_code'), 'ABCD');
  click(form, '[part~="lookup-submit"]');
  await waitUntil(() => form.querySelector('[part~="not-found"]'), 'the lookup answers "not found"');
  click(form, '#tab-answered');
  await waitUntil(() => form.querySelector('#panel-answered:not([hidden]) [part~="answered-list"]'), 'the answered view shows (its code loads on demand)');
  const before = text(form.querySelector('[part~="answered-list"]'));
  click(form, '#panel-answered [part~="pager"] button');
  await waitUntil(() => text(form.querySelector('[part~="answered-list"]')) !== before, 'the next answered page shows');
}

describe('whole pages: strict CSP and Trusted Types', () => {
  it('the probe reports the violations of a page that breaks the policy', async () => {
    const page = await openPage('/pages/csp-control');
    await waitUntil(() => page.probe.violations.length >= 2, 'two violations reported');
    expect(page.probe.violations.some((v) => v.startsWith('style-src'))).to.equal(true, page.probe.violations.join('\n'));
    expect(page.probe.violations.some((v) => v.startsWith('script-src'))).to.equal(true, page.probe.violations.join('\n'));
    expect((page.frame.contentWindow as unknown as { inlineRan?: boolean }).inlineRan).to.equal(undefined);
  });

  const variants = [
    ['the module build', '/pages/csp'],
    ['the module build, with `trusted-types lit-html`', '/pages/csp?tt=lit-html'],
    ['the classic build', '/pages/csp?build=classic'],
  ] as const;
  for (const [name, path] of variants) {
    it(`${name}: all three widgets load, draw QR codes and switch views with no violation and no error`, async () => {
      const page = await openPage(path);
      expect(page.probe.events.sort()).to.deep.equal(['gov-load gov-account-directory', 'gov-load gov-ask-form', 'gov-load gov-policy-feed']);
      expect(text(page.root('gov-policy-feed'))).to.contain('关于进一步优化营商环境的若干措施');
      await useEveryWidget(page);
      expect(page.probe.violations, 'CSP violations').to.deep.equal([]);
      expect(page.probe.errors, 'uncaught errors').to.deep.equal([]);
    });
  }
});

describe('whole pages: several copies on one page', () => {
  for (const csp of ['none', 'strict'] as const) {
    it(`a single-widget bundle, the all-in-one bundle twice and another version (CSP: ${csp}): the first definition wins, one warning per tag from the other version`, async () => {
      const page = await openPage(`/pages/two-copies?csp=${csp}`);
      const { probe } = page;
      expect(probe.errors, 'uncaught errors').to.deep.equal([]);
      expect(probe.violations, 'CSP violations').to.deep.equal([]);
      // Each tag defined once, by the first script that carries it.
      expect(probe.definedBy).to.deep.equal({
        'gov-policy-feed': ['/dist/gov-policy-feed.js'],
        'gov-account-directory': ['/dist/gov-widgets.js'],
        'gov-ask-form': ['/dist/gov-widgets.js'],
      });
      const redefinitions = probe.warnings.filter((w) => w.includes('already defined'));
      expect(redefinitions.map((w) => /<([a-z-]+)>/.exec(w)?.[1]).sort()).to.deep.equal(['gov-account-directory', 'gov-ask-form', 'gov-policy-feed']);
      for (const warning of redefinitions) expect(warning).to.contain('9.9.9').and.to.contain(VERSION);
      // The widgets work: data, the lazy QR encoder of the winning copy, the form's views.
      expect(probe.events).to.have.length(3);
      expect(probe.events.every((e) => e.startsWith('gov-load'))).to.equal(true, probe.events.join());
      await useEveryWidget(page);
      expect(probe.errors, 'uncaught errors').to.deep.equal([]);
      expect(probe.violations, 'CSP violations').to.deep.equal([]);
    });
  }

  it("why docs/embedding.md asks for 'allow-duplicates' with a trusted-types list: without it a second copy of Lit cannot create its policy", async () => {
    const page = await openPage('/pages/two-copies?csp=no-duplicates');
    const { probe } = page;
    // The first script (the feed's bundle) works; every later copy stops at Lit's createPolicy('lit-html').
    expect(probe.definedBy).to.deep.equal({ 'gov-policy-feed': ['/dist/gov-policy-feed.js'] });
    expect(probe.violations.length).to.equal(3);
    expect(probe.violations.every((v) => v.startsWith('trusted-types') && v.includes('lit-html'))).to.equal(true, probe.violations.join('\n'));
    expect(probe.errors.length).to.equal(3);
    expect(probe.events).to.deep.equal(['gov-load gov-policy-feed']);
  });
});
