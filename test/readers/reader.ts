/**
 * Text follows the reader (docs/decisions/0014-text-follows-the-reader.md), checked in a browser whose default font
 * size the reader changed: the test runner's `reader-20` and `reader-32` groups launch Chromium, Firefox and WebKit
 * with that setting (test/server/browsers.mjs, `readerBrowsers`) and run only the matching font-size-*.test.ts.
 *
 * What a reader sees: each widget's body text (its `base` part) is the reader's size, and every visible character is
 * drawn at its size at 16 px times the reader's size / 16 (smaller text is smaller by the same proportion), and neither the page's root size nor the page's text moves
 * it. An integrator's `--gov-font-size` in px stays px; in em it is em of the reader's size.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/widgets/policy-feed/define.js';
import '../../src/widgets/account-directory/define.js';
import '../../src/widgets/ask-form/define.js';
import type { GovElement } from '../../src/core/gov-element.js';
import { fixtureUrl } from '../helpers.js';
import { visibleTexts } from '../lib/care-measure.js';

/** The size the browser gives `font-size: medium`: the reader's setting. */
export function readerSize(): number {
  const probe = document.createElement('span');
  probe.style.cssText = 'font: medium sans-serif; position: absolute';
  probe.textContent = '字';
  document.body.append(probe);
  const size = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return size;
}

/** Visible characters of a widget, counted by the font size they are drawn in (px → characters). */
function charactersBySize(el: Element): Map<number, number> {
  const counts = new Map<number, number>();
  for (const { fontSize, chars } of visibleTexts(el)) {
    const size = Math.round(fontSize * 100) / 100;
    counts.set(size, (counts.get(size) ?? 0) + chars);
  }
  return counts;
}

/** The widget's body text: the size of its `base` part, which every other size is an em of. */
const bodySize = (el: Element): number => parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).fontSize);

const WIDGETS: [name: string, render: (style: string) => TemplateResult][] = [
  [
    'gov-policy-feed',
    (style) => html`<gov-policy-feed style=${style} src=${fixtureUrl('site/disclosure.json')} limit="3" searchable filters></gov-policy-feed>`,
  ],
  [
    'gov-account-directory',
    (style) => html`<gov-account-directory style=${style} src=${fixtureUrl('account-directory/disclosure.json')}></gov-account-directory>`,
  ],
  ['gov-ask-form', (style) => html`<gov-ask-form style=${style} src=${fixtureUrl('ask-form/disclosure.json')}></gov-ask-form>`],
];

/** Places a widget in a box `width` px wide (the layout is in em, so a box scaled with the text lays out alike). */
async function place(render: TemplateResult, width = 900): Promise<GovElement<never, unknown>> {
  const el = await fixture<GovElement<never, unknown>>(html`<div style="inline-size: ${width}px">${render}</div>`);
  const widget = el.firstElementChild as GovElement<never, unknown>;
  await widget.loadComplete;
  return widget;
}

/** The tests, for a browser whose default font size is `expected` px. */
export function readerTests(expected: number): void {
  describe(`a reader whose browser's default font size is ${expected} px`, function () {
    this.timeout(30_000);

    it('the browser has the reader setting (else this run proves nothing)', () => {
      expect(readerSize()).to.equal(expected);
    });

    for (const [name, render] of WIDGETS) {
      it(`<${name}>: body text is the reader's size and smaller text scales with it, whatever the page's root and text`, async () => {
        document.documentElement.style.fontSize = '62.5%';
        document.body.style.fontSize = '12px';
        try {
          // A box as many em wide as the 16 px one, so both lay out alike (a narrow feed folds its filters).
          const el = await place(render(''), (900 * expected) / 16);
          expect(bodySize(el), `${name}: body text`).to.equal(expected);
          const counts = charactersBySize(el);
          // Every character is drawn at the size it has at 16 px (the same widget with --gov-font-size: 16px),
          // times the reader's size / 16: nothing is fixed in px, nothing is left behind.
          const at16 = charactersBySize(await place(render('--gov-font-size: 16px')));
          const scaled = [...at16].map(([size, n]) => `${Math.round(((size * expected) / 16) * 100) / 100} px × ${n}`).sort();
          expect([...counts].map(([size, n]) => `${size} px × ${n}`).sort(), `${name}: sizes (px × characters)`).to.deep.equal(scaled);
        } finally {
          document.documentElement.style.fontSize = '';
          document.body.style.fontSize = '';
        }
      });
    }

    it('inside <pre> (a monospace page text, whose medium is the smaller fixed-width default) too', async () => {
      const [, render] = WIDGETS[0]!;
      const pre = await fixture<HTMLElement>(html`<pre>${render('')}</pre>`);
      const widget = pre.firstElementChild as GovElement<never, unknown>;
      await widget.loadComplete;
      expect(parseFloat(getComputedStyle(pre).fontSize)).to.be.below(expected);
      expect(bodySize(widget)).to.equal(expected);
    });

    it("care mode: body text is the reader's size, never under care's 20 px floor", async () => {
      for (const [name, render] of WIDGETS) {
        const el = await place(render(''));
        el.care = true;
        await el.updateComplete;
        expect(bodySize(el), `${name} in care`).to.equal(Math.max(20, expected));
      }
    });

    it("--gov-font-size in em is em of the reader's size; in px it stays px", async () => {
      const [, render] = WIDGETS[0]!;
      expect(bodySize(await place(render('--gov-font-size: 1.25em')))).to.equal(expected * 1.25);
      expect(bodySize(await place(render('--gov-font-size: 18px')))).to.equal(18);
    });
  });
}
