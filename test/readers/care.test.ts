/**
 * Care mode (适老化, MIIT 互联网网站适老化通用设计规范 2021) as a reader meets it, measured in the browser
 * (test/lib/care-measure.ts): every state of the three widgets on the demo's data, at a phone's 390 px and a
 * desktop's 1,000 px, with the default size, under `--gov-font-size`, and dark. The figures are the README's:
 * every visible character ≥ 18 px and ≥ 90 % of characters (by count) ≥ 20 px, titles and control text ≥ 22 px,
 * line height ≥ 1.5 on every text, paragraph spacing larger than the line gap, contrast ≥ 7:1 for all text
 * (placeholders, hints, disabled states, badges), every interactive target ≥ 48 × 48 px, and a radio's or
 * checkbox's label row counted as its target only where clicking it activates the control.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/policy-feed/define.js';
import '../../src/widgets/account-directory/define.js';
import '../../src/widgets/ask-form/define.js';
import type { GovPolicyFeed } from '../../src/widgets/policy-feed/policy-feed.js';
import type { GovAccountDirectory } from '../../src/widgets/account-directory/account-directory.js';
import type { GovAskForm } from '../../src/widgets/ask-form/ask-form.js';
import { captureWarnings, waitUntil } from '../helpers.js';
import { careProblems, distribution, labelTargetsActivate, measure, merge, type Measurement } from '../lib/care-measure.js';
import { askForm, fillValid, submitAndSettle } from '../widgets/ask-form/helpers.js';
import { FakeSpeech, installSpeech, voice } from '../core/fake-speech.js';

const DEMO = new URL('/demo/data/disclosure.json', location.href).href;
const WIDTHS = [390, 1000] as const;

interface Placed<T extends HTMLElement> {
  readonly el: T;
  readonly box: HTMLElement;
}

/** A widget in a wrapper of a fixed inline size, so wrapping is the same in every engine. */
async function place<T extends HTMLElement & { loadComplete: Promise<unknown> }>(template: ReturnType<typeof html>): Promise<Placed<T>> {
  const { result } = await captureWarnings(async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: ${WIDTHS[0]}px">${template}</div>`);
    const el = box.firstElementChild as T;
    await el.loadComplete;
    return { el, box };
  });
  return result;
}

/** Measures the widget at each width (the wrapper is left at the phone width). */
function atWidths(placed: Placed<HTMLElement>): Measurement {
  const all: Measurement[] = [];
  for (const width of WIDTHS) {
    placed.box.style.inlineSize = `${width}px`;
    const m = measure(placed.el);
    all.push({
      ...m,
      texts: m.texts.map((t) => ({ ...t, where: `${width}px ${t.where}` })),
      targets: m.targets.map((t) => ({ ...t, where: `${width}px ${t.where}` })),
    });
  }
  placed.box.style.inlineSize = `${WIDTHS[0]}px`;
  return merge(...all);
}

function expectCare(m: Measurement, where: string): void {
  const problems = careProblems(m);
  expect(problems.slice(0, 25), `${where}: ${problems.length} problems. ${distribution(m)}`).to.deep.equal([]);
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const hit = el.shadowRoot!.querySelector<T>(selector);
  if (!hit) throw new Error(`<${el.localName}> has no ${selector}`);
  return hit;
};
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

async function typeInto(el: GovPolicyFeed, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="search"]');
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

for (const [label, style] of [
  ['the default size', ''],
  ['--gov-font-size: 14px (care keeps its floors)', '--gov-font-size: 14px'],
  ['--gov-font-size: 28px', '--gov-font-size: 28px'],
  ['dark (the host declares color-scheme: dark)', 'color-scheme: dark'],
] as const) {
  describe(`care mode on the demo data, ${label}`, function () {
    this.timeout(60_000);

    it('policy feed: loaded, searched, filtered, empty, and on page 2', async () => {
      const placed = await place<GovPolicyFeed>(
        html`<gov-policy-feed care style=${style} src=${DEMO} heading="最新政策" limit="8" searchable filters paging heading-level="3"></gov-policy-feed>`,
      );
      const { el } = placed;
      const states: Measurement[] = [atWidths(placed)];
      await typeInto(el, '通知');
      states.push(atWidths(placed));
      $$<HTMLButtonElement>(el, '[part~="chip"][aria-pressed="false"]')[0]!.click();
      await el.updateComplete;
      states.push(atWidths(placed));
      await typeInto(el, '没有这样的政策文件');
      expect($$(el, '[part~="empty"]').length, 'the empty state').to.equal(1);
      states.push(atWidths(placed));
      $<HTMLButtonElement>(el, '[part~="reset"]').click();
      await el.updateComplete;
      const next = $<HTMLButtonElement>(el, '[part~="next"]');
      const first = clean($(el, '.page-status').textContent);
      next.click();
      await waitUntil(() => clean($(el, '.page-status').textContent) !== first, 'page 2 not shown');
      await el.updateComplete;
      states.push(atWidths(placed));
      expectCare(merge(...states), 'feed');
      await expect(el).to.be.accessible();
    });

    it('account directory: with its filters, filtered, the audit view, and a QR dialog', async () => {
      const placed = await place<GovAccountDirectory>(html`<gov-account-directory care style=${style} src=${DEMO}></gov-account-directory>`);
      const { el } = placed;
      const states: Measurement[] = [atWidths(placed)];
      $$<HTMLButtonElement>(el, '[part~="chip"][aria-pressed="false"]')[0]!.click();
      await el.updateComplete;
      states.push(atWidths(placed));
      $<HTMLButtonElement>(el, '[part~="qr-button"]').click();
      await waitUntil(
        () => el.shadowRoot!.querySelector('dialog[open]') && !el.shadowRoot!.querySelector('dialog .qr-message[role="status"]'),
        'the QR dialog did not draw',
      );
      states.push(atWidths(placed));
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, 'dialog [part~="close"]').click();
      await el.updateComplete;

      const audit = await place<GovAccountDirectory>(html`<gov-account-directory care audit show-inactive style=${style} src=${DEMO}></gov-account-directory>`);
      states.push(atWidths(audit));
      expect(labelTargetsActivate(audit.el), 'label rows that do not activate their control').to.deep.equal([]);
      expectCare(merge(...states), 'directory');
      await expect(audit.el).to.be.accessible();
    });

    it('ask form: the question with its errors shown, the lookup, the answered list', async () => {
      const placed = await place<GovAskForm>(html`<gov-ask-form care style=${style} src=${DEMO}></gov-ask-form>`);
      const { el } = placed;
      const states: Measurement[] = [atWidths(placed)];
      expect(labelTargetsActivate(el), 'label rows that do not activate their control').to.deep.equal([]);
      $<HTMLButtonElement>(el, '[part~="submit"]').click();
      await el.updateComplete;
      expect($$(el, '[part~="field-error"]').length, 'errors shown').to.be.above(2);
      states.push(atWidths(placed));
      const tabs = $$<HTMLButtonElement>(el, '[role="tab"]');
      tabs[1]!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part~="lookup-submit"]').click();
      await el.updateComplete;
      states.push(atWidths(placed));
      tabs[2]!.click();
      await waitUntil(() => $$(el, '.answered-item').length > 0, 'no answered questions');
      states.push(atWidths(placed));
      expectCare(merge(...states), 'ask form');
      await expect(el).to.be.accessible();
    });
  });
}

describe('care mode after sending a question', function () {
  this.timeout(60_000);

  // The demo's questions go to an endpoint with the demo's rules; the test server's endpoint has the fixture's,
  // so the sent question is the fixture's (the same widget, the same styles).
  it('ask form: the receipt, then the lookup of that question', async () => {
    const { el } = await askForm({ care: true });
    const box = el.parentElement!;
    box.style.inlineSize = `${WIDTHS[0]}px`;
    const placed = { el: el as HTMLElement, box };
    await fillValid(el);
    const settled = await submitAndSettle(el);
    expect(settled.kind).to.equal('success');
    const states: Measurement[] = [atWidths(placed)];
    $$<HTMLButtonElement>(el, '[part~="success"] button')
      .find((b) => clean(b.textContent) === '查询办理进度')!
      .click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~="lookup-submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#lookup-result-title'), 'no lookup result');
    states.push(atWidths(placed));
    expectCare(merge(...states), 'ask form after sending');
    await expect(el).to.be.accessible();
  });
});

describe('care mode with read aloud (a browser with an on-device Chinese voice)', function () {
  this.timeout(60_000);
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('the 朗读 and 停止 buttons of policies, accounts and answers meet the figures too', async () => {
    const speech = new FakeSpeech();
    speech.voices = [voice('zh-CN')];
    restore = installSpeech(speech);
    const feed = await place<GovPolicyFeed>(html`<gov-policy-feed care src=${DEMO} limit="4"></gov-policy-feed>`);
    const directory = await place<GovAccountDirectory>(html`<gov-account-directory care src=${DEMO}></gov-account-directory>`);
    const form = await place<GovAskForm>(html`<gov-ask-form care view="answered" src=${DEMO}></gov-ask-form>`);
    await waitUntil(() => $$(form.el, '.answered-item').length > 0, 'no answered questions');
    const states: Measurement[] = [];
    for (const placed of [feed, directory, form]) {
      const buttons = $$<HTMLButtonElement>(placed.el, '[part~="read-aloud"]');
      expect(buttons.length, `<${placed.el.localName}>: read-aloud buttons`).to.be.above(0);
      states.push(atWidths(placed));
      buttons[0]!.click();
      await (placed.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(clean(buttons[0]!.textContent), `<${placed.el.localName}>: the reading button`).to.equal('停止');
      states.push(atWidths(placed));
    }
    expectCare(merge(...states), 'read aloud');
  });
});
