/**
 * Loading sizes (src/core/loading-size.ts): the space a widget holds while its script and then its data load.
 *
 * 1. The host-page snippet (dist/gov-widgets.css, built from the same module) reserves exactly the block size
 *    the defined widget's placeholder then takes, so nothing moves when the script arrives — in every engine,
 *    with the default skeleton and with a size the page sets in `--gov-loading-block-size` (px, or em of the
 *    widget's own font size).
 * 2. The default is a modest skeleton from what the attributes say, not a guess at one county's data: a
 *    county with a few accounts is not given screenfuls of blank space.
 *
 * This file imports no widget at first: the elements start undefined, as on a page before the script.
 */
import { expect } from '@open-wc/testing';
import { ASK_FORM, DIRECTORY, FEED_FILTERS, FEED_HEADING, FEED_PAGING, FEED_SEARCH, feedSkeleton } from '../../src/core/loading-size.js';
import { mockUrl } from '../helpers.js';

const CASES: [tag: string, attributes: Record<string, string>][] = [
  ['gov-policy-feed', {}],
  ['gov-policy-feed', { limit: '1' }],
  ['gov-policy-feed', { limit: '2', compact: '' }],
  ['gov-policy-feed', { limit: '8', searchable: '', filters: '', paging: '', heading: '最新政策' }],
  ['gov-policy-feed', { care: '' }],
  ['gov-policy-feed', { style: '--gov-font-size: 18px' }],
  ['gov-policy-feed', { style: '--gov-loading-block-size: 700px' }],
  ['gov-policy-feed', { style: '--gov-loading-block-size: 30em' }],
  ['gov-policy-feed', { care: '', style: '--gov-loading-block-size: 30em' }],
  ['gov-account-directory', {}],
  ['gov-account-directory', { audit: '', 'show-inactive': '', care: '' }],
  ['gov-account-directory', { style: '--gov-loading-block-size: 1200px' }],
  ['gov-ask-form', {}],
  ['gov-ask-form', { view: 'lookup' }],
  ['gov-ask-form', { view: 'answered' }],
];

const describeCase = ([tag, attributes]: (typeof CASES)[number]): string =>
  `<${tag}${Object.entries(attributes)
    .map(([k, v]) => ` ${k}${v ? `="${v}"` : ''}`)
    .join('')}>`;

function place(tag: string, attributes: Record<string, string>, src: string): HTMLElement {
  const box = document.createElement('div');
  box.style.inlineSize = '600px';
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
    document.body.style.fontSize = '13px';
    const placed = CASES.map((entry) => ({ entry, el: place(entry[0], entry[1], mockUrl('hang')) }));
    // Fallback content for readers without JavaScript: shown inside the reserved space before the script runs;
    // then the widget says it is loading, in the same space.
    const withFallback = place('gov-ask-form', {}, mockUrl('hang'));
    withFallback.innerHTML = '<p>留言咨询需要开启 JavaScript。</p><ul><li><a href="/faq.html">常见问题</a></li></ul>';
    placed.push({ entry: ['gov-ask-form', { '(fallback)': '' }], el: withFallback });
    await frame();
    const before = placed.map(({ el }) => height(el));
    expect(placed.every(({ el }) => !el.matches(':defined'))).to.equal(true);
    await defineAll();
    await Promise.all(placed.map(({ el }) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await frame();
    placed.forEach(({ entry, el }, i) => {
      expect(el.shadowRoot!.querySelector('[role="status"]'), describeCase(entry)).to.not.equal(null);
      expect(height(el), describeCase(entry)).to.be.closeTo(before[i]!, 1);
    });
    // The sizes themselves: the skeleton in em of the widget's font size, or what the page set.
    const sizeOf = (i: number): number => before[i]!;
    expect(sizeOf(0)).to.be.closeTo(feedSkeleton({}) * 16, 1);
    expect(sizeOf(1)).to.be.closeTo(feedSkeleton({ rows: 1 }) * 16, 1);
    expect(sizeOf(2)).to.be.closeTo(feedSkeleton({ rows: 2, compact: true }) * 16, 1);
    expect(sizeOf(3)).to.be.closeTo(feedSkeleton({ rows: 8, searchable: true, filters: true, paging: true, heading: true }) * 16, 1);
    expect(sizeOf(4)).to.be.closeTo(feedSkeleton({}) * 20, 1);
    expect(sizeOf(5)).to.be.closeTo(feedSkeleton({}) * 18, 1);
    expect(sizeOf(6)).to.be.closeTo(700, 1);
    expect(sizeOf(7)).to.be.closeTo(30 * 16, 1);
    expect(sizeOf(8)).to.be.closeTo(30 * 20, 1);
    expect(sizeOf(9)).to.be.closeTo(DIRECTORY * 16, 1);
    expect(sizeOf(11)).to.be.closeTo(1200, 1);
    expect(sizeOf(12)).to.be.closeTo(ASK_FORM * 16, 1);
    for (const { el } of placed) el.parentElement!.remove();
    document.documentElement.style.fontSize = '';
    document.body.style.fontSize = '';
    link.remove();
  });

  it("a small county's directory is not given screenfuls of blank space while its data loads", async () => {
    await defineAll();
    const el = place('gov-account-directory', { audit: '' }, mockUrl('slow/300/counted/disclosure')) as HTMLElement & {
      updateComplete: Promise<unknown>;
      loadComplete: Promise<void>;
    };
    await el.updateComplete;
    const reserved = height(el);
    await el.loadComplete;
    await frame();
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    // A modest skeleton (a first row of cards: under 400 px at 16 px), whatever the number of accounts; the
    // curves fitted to the demo's 16 accounts held 3,300 px here.
    expect(reserved, `placeholder ${reserved} px, content ${height(el)} px`).to.be.below(400);
    el.parentElement!.remove();
  });

  it("the feed's skeleton follows limit, compact and the blocks the attributes add", () => {
    expect(feedSkeleton({ rows: 3 })).to.be.below(feedSkeleton({ rows: 10 }));
    expect(feedSkeleton({ rows: 10, compact: true })).to.be.below(feedSkeleton({ rows: 10 }));
    expect(feedSkeleton({ rows: 5, searchable: true, filters: true, paging: true, heading: true }) - feedSkeleton({ rows: 5 })).to.equal(
      FEED_SEARCH + FEED_FILTERS + FEED_PAGING + FEED_HEADING,
    );
  });
});
