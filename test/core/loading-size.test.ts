/**
 * Loading sizes (src/core/loading-size.ts): the shape of the placeholders, not their timing.
 *
 * 1. The host-page snippet (dist/gov-widgets.css, built from the same module) reserves exactly the block size
 *    the defined widget's placeholder then takes, so nothing moves when the script arrives — in every engine,
 *    which is what checks that its CSS (a float with `max()`/`min()` of lengths and percentages in padding) works.
 * 2. With the demo data (demo/data/), each widget's placeholder is within 15% of the height of what replaces it,
 *    on a phone-sized and a desktop-sized inline size.
 *
 * This file imports no widget at first: the elements start undefined, as on a page before the script.
 */
import { expect } from '@open-wc/testing';
import { curveAt, DIRECTORY, feedBlockSize, FEED_COMPACT_ROW, FEED_FILTERS, FEED_ROW, MIN_INLINE_EM, type Curve } from '../../src/core/loading-size.js';
import { mockUrl } from '../helpers.js';

/** Phone (a 375 px screen less the page's margins) and desktop (a 1180 px content column less its padding). */
const WIDTHS = [343, 1148];
const DEMO = '/demo/data/disclosure.json';
/** How far a placeholder may be from the final height (final / placeholder). */
const RATIO: [number, number] = [0.85, 1.15];

const CASES: [tag: string, attributes: Record<string, string>][] = [
  ['gov-policy-feed', {}],
  ['gov-policy-feed', { limit: '8', searchable: '', filters: '', paging: '', 'heading-level': '3' }],
  ['gov-policy-feed', { limit: '5', compact: '', heading: '最新政策' }],
  ['gov-account-directory', {}],
  ['gov-account-directory', { audit: '', 'show-inactive': '' }],
  ['gov-account-directory', { 'group-by': 'platform' }],
  ['gov-ask-form', {}],
  ['gov-ask-form', { view: 'answered' }],
  ['gov-ask-form', { care: '' }],
];

const describeCase = ([tag, attributes]: (typeof CASES)[number], width: number): string =>
  `<${tag}${Object.entries(attributes).map(([k, v]) => ` ${k}${v ? `="${v}"` : ''}`).join('')}> at ${width}px`;

function place(tag: string, attributes: Record<string, string>, width: number, src: string): HTMLElement {
  const box = document.createElement('div');
  box.style.inlineSize = `${width}px`;
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('src', src);
  box.append(el);
  document.body.append(box);
  return el;
}

const height = (el: Element): number => el.getBoundingClientRect().height;
const frame = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => done()));

async function defineAll(): Promise<void> {
  await import('../../src/widgets/policy-feed/define.js');
  await import('../../src/widgets/account-directory/define.js');
  await import('../../src/widgets/ask-form/define.js');
}

describe('loading sizes', () => {
  it('are curves that never grow with the inline size and stop growing below the narrowest', () => {
    const curves: Curve[] = [FEED_ROW, FEED_COMPACT_ROW, FEED_FILTERS, ...DIRECTORY];
    for (const curve of curves) {
      expect(curveAt(curve, 0)).to.equal(curveAt(curve, MIN_INLINE_EM));
      for (let w = MIN_INLINE_EM; w < 100; w += 5) expect(curveAt(curve, w + 5)).to.be.at.most(curveAt(curve, w));
    }
    expect(feedBlockSize({ rows: 6 }, 40) - feedBlockSize({ rows: 3 }, 40)).to.be.closeTo(3 * curveAt(FEED_ROW, 40), 1e-9);
  });

  it('the host-page snippet reserves exactly what the placeholder then takes', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/dist/gov-widgets.css';
    const loaded = new Promise((done, fail) => {
      link.onload = done;
      link.onerror = () => fail(new Error('dist/gov-widgets.css is missing: run npm run build'));
    });
    document.head.append(link);
    await loaded;
    // A host page with another root and body font size: the snippet sizes from the widget's own.
    document.documentElement.style.fontSize = '14px';
    const placed = CASES.flatMap((entry) => WIDTHS.map((width) => ({ entry, width, el: place(entry[0], entry[1], width, mockUrl('hang')) })));
    placed.push({ entry: ['gov-policy-feed', { limit: '3' }], width: 600, el: place('gov-policy-feed', { limit: '3', style: '--gov-font-size: 18px' }, 600, mockUrl('hang')) });
    // Fallback content for readers without JavaScript: shown inside the reserved space, before and after.
    const withFallback = place('gov-ask-form', {}, 500, mockUrl('hang'));
    withFallback.innerHTML = '<p>留言咨询需要开启 JavaScript。</p><ul><li><a href="/faq.html">常见问题</a></li></ul>';
    placed.push({ entry: ['gov-ask-form', { '(fallback)': '' }], width: 500, el: withFallback });
    await frame();
    const before = placed.map(({ el }) => height(el));
    expect(placed.every(({ el }) => !el.matches(':defined'))).to.equal(true);
    await defineAll();
    await Promise.all(placed.map(({ el }) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await frame();
    placed.forEach(({ entry, width, el }, i) => {
      expect(el.shadowRoot!.querySelector('[role="status"]'), describeCase(entry, width)).to.not.equal(null);
      expect(before[i], describeCase(entry, width)).to.be.above(15 * 16);
      expect(height(el), describeCase(entry, width)).to.be.closeTo(before[i]!, 1);
    });
    for (const { el } of placed) el.parentElement!.remove();
    document.documentElement.style.fontSize = '';
    link.remove();
  });

  it('with the demo data, each placeholder is within 15% of the height of the content that replaces it', async () => {
    await defineAll();
    for (const entry of CASES) {
      for (const width of WIDTHS) {
        const el = place(entry[0], entry[1], width, DEMO) as HTMLElement & { updateComplete: Promise<unknown>; loadComplete: Promise<void> };
        await el.updateComplete;
        const placeholder = el.shadowRoot!.querySelector('[part~="loading"]');
        expect(placeholder, describeCase(entry, width)).to.not.equal(null);
        const reserved = height(el);
        await el.loadComplete;
        await frame();
        expect(el.shadowRoot!.querySelector('[part~="error"]'), describeCase(entry, width)).to.equal(null);
        const ratio = height(el) / reserved;
        expect(ratio, `${describeCase(entry, width)}: final ${height(el)} px, placeholder ${reserved} px`).to.be.within(...RATIO);
        el.parentElement!.remove();
      }
    }
  });
});
