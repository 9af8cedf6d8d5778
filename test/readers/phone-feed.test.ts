/**
 * Phones see content first (issue 11, ADR 0016): the feed of the demo page on a 390 × 844 phone shows its
 * first policy on the first screen, because in a narrow widget the filter chips fold behind one "筛选" button.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../helpers.js';
import '../../src/widgets/policy-feed/define.js';
import type { GovPolicyFeed } from '../../src/widgets/policy-feed/policy-feed.js';
import { DEMO, PHONE, openFrame, settled } from './phone-frame.js';

/**
 * The demo page (demo/index.html) at 390 px, as measured there: 443 px of site chrome (top bar, masthead,
 * navigation, breadcrumbs, the panel's title) above the feed, and 29 px of page and panel padding on each side.
 */
const DEMO_CHROME = 443;
const DEMO_GUTTER = 29;

const demoPage = (care: boolean): string => `<div style="block-size: ${DEMO_CHROME}px"></div>
<div style="padding-inline: ${DEMO_GUTTER}px">
  <gov-policy-feed src="${DEMO}" limit="8" searchable filters paging heading-level="3"${care ? ' care' : ''}></gov-policy-feed>
</div>`;

const root = (el: Element): ShadowRoot => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
/** Whether the element has a box on screen (not `display: none`, itself or above). */
const rendered = (el: Element): boolean => el.getClientRects().length > 0;
const firstPolicyTop = (el: Element): number => $(el, '[part~="item"]').getBoundingClientRect().top;

/** A feed in a column as narrow as the demo's on a phone (332 px), in this page. */
async function narrowFeed(attributes: { lang?: string; care?: boolean } = {}): Promise<GovPolicyFeed> {
  const { result } = await captureWarnings(async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${PHONE.width - 2 * DEMO_GUTTER}px">
      <gov-policy-feed src=${DEMO} lang=${attributes.lang ?? 'zh-Hans'} ?care=${attributes.care ?? false} limit="8" searchable filters paging heading-level="3"></gov-policy-feed>
    </div>`);
    const el = wrapper.querySelector<GovPolicyFeed>('gov-policy-feed')!;
    await el.loadComplete;
    return el;
  });
  return result;
}

describe('phones see content first: the feed at 390 × 844', () => {
  it('starts the first policy on the first screen of the demo page (844 px)', async () => {
    const { widgets } = await openFrame(demoPage(false));
    const top = firstPolicyTop(widgets[0]!);
    expect(top, `the first policy starts ${Math.round(top)} px down`).to.be.at.most(PHONE.height);
  });

  it('in care mode, starts the first policy well within 1.5 screens (at most 1.2, leaving room for larger care text)', async () => {
    const { widgets } = await openFrame(demoPage(true));
    const top = firstPolicyTop(widgets[0]!);
    expect(top, `the first policy starts ${Math.round(top)} px down`).to.be.at.most(PHONE.height * 1.2);
  });

  it('keeps the search field in view and folds the chip groups behind a collapsed "筛选" button', async () => {
    const { widgets } = await openFrame(demoPage(false));
    const el = widgets[0]!;
    expect(rendered($(el, '[part~="search"]'))).to.equal(true);
    const toggle = $(el, '[part~="filter-toggle"]');
    expect(rendered(toggle)).to.equal(true);
    expect(toggle.localName).to.equal('button');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(clean(toggle.textContent)).to.equal('筛选');
    expect(rendered($(el, '[part~="filters"]'))).to.equal(false);
  });
});

describe('phones see content first: the "筛选" button', () => {
  it('opens and closes the chip groups, keeps focus on itself and counts the groups with a choice', async () => {
    const el = await narrowFeed();
    const toggle = $<HTMLButtonElement>(el, '[part~="filter-toggle"]');
    const filters = $(el, '[part~="filters"]');
    expect(toggle.getAttribute('aria-controls')).to.equal(filters.id);
    // The button comes right before what it opens: the next Tab reaches the first chip.
    expect(toggle.nextElementSibling).to.equal(filters);
    await expect(el).to.be.accessible();

    toggle.focus();
    toggle.click();
    await settled(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(rendered(filters)).to.equal(true);
    expect(root(el).activeElement).to.equal(toggle);
    await expect(el).to.be.accessible();

    const chipIn = (group: string, index: number) => [...root(el).querySelectorAll<HTMLButtonElement>(`#filter-${group} + .chips [part~="chip"]`)][index]!;
    chipIn('kind', 1).click();
    await settled(el);
    chipIn('issuer', 1).click();
    await settled(el);
    expect(clean(toggle.textContent)).to.equal('筛选（2）');
    const filtered = clean(root(el).querySelector('[part~="list"]')?.textContent);

    toggle.click();
    await settled(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(rendered(filters)).to.equal(false);
    expect(root(el).activeElement).to.equal(toggle);
    // Folding hides the chips, not the choice: the list stays filtered and the button says so.
    expect(clean(toggle.textContent)).to.equal('筛选（2）');
    expect(clean(root(el).querySelector('[part~="list"]')?.textContent)).to.equal(filtered);
    await expect(el).to.be.accessible();

    toggle.click();
    await settled(el);
    expect(chipIn('kind', 1).getAttribute('aria-pressed')).to.equal('true');
    expect(chipIn('issuer', 1).getAttribute('aria-pressed')).to.equal('true');
  });

  for (const [lang, none, two] of [
    ['zh-Hant', '篩選', '篩選（2）'],
    ['en', 'Filters', 'Filters (2)'],
  ] as const) {
    it(`is labelled "${none}" and "${two}" in ${lang}`, async () => {
      const el = await narrowFeed({ lang });
      const toggle = $<HTMLButtonElement>(el, '[part~="filter-toggle"]');
      expect(clean(toggle.textContent)).to.equal(none);
      toggle.click();
      await settled(el);
      for (const group of ['kind', 'topic']) {
        root(el).querySelectorAll<HTMLButtonElement>(`#filter-${group} + .chips [part~="chip"]`)[1]!.click();
        await settled(el);
      }
      expect(clean(toggle.textContent)).to.equal(two);
    });
  }

  it('after "clear" in the empty state, focus goes to a control the reader can see', async () => {
    const { result: el } = await captureWarnings(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 332px"><gov-policy-feed src=${DEMO} filters></gov-policy-feed></div>`);
      const feed = wrapper.querySelector<GovPolicyFeed>('gov-policy-feed')!;
      await feed.loadComplete;
      return feed;
    });
    const toggle = $<HTMLButtonElement>(el, '[part~="filter-toggle"]');
    toggle.click();
    await settled(el);
    // A kind and an issuer no policy has together: the empty state, with its reset button.
    const chips = (group: string) => [...root(el).querySelectorAll<HTMLButtonElement>(`#filter-${group} + .chips [part~="chip"]`)];
    for (const kind of chips('kind').slice(1)) {
      kind.click();
      await settled(el);
      for (const issuer of chips('issuer').slice(1)) {
        issuer.click();
        await settled(el);
        if (root(el).querySelector('[part~="reset"]')) break;
      }
      if (root(el).querySelector('[part~="reset"]')) break;
    }
    toggle.click();
    await settled(el);
    const reset = $<HTMLButtonElement>(el, '[part~="reset"]');
    reset.click();
    await settled(el);
    const focused = root(el).activeElement;
    expect(focused, 'focus stays in the widget').to.not.equal(null);
    expect(rendered(focused!), 'on something on screen').to.equal(true);
  });
});

describe('phones see content first: wide widgets and narrow columns', () => {
  it('keeps today\'s layout in a wide widget: chips shown, no "筛选" button', async () => {
    const { widgets } = await openFrame(`<gov-policy-feed src="${DEMO}" limit="8" searchable filters paging></gov-policy-feed>`, 1280, 844);
    const el = widgets[0]!;
    expect(rendered($(el, '[part~="filters"]'))).to.equal(true);
    expect(rendered($(el, '[part~="filter-toggle"]'))).to.equal(false);
  });

  it("folds the chips in a narrow column of a desktop page: the widget's width decides, not the screen's", async () => {
    const { widgets } = await openFrame(
      `<div style="display: grid; grid-template-columns: 1fr 300px; gap: 20px"><main></main>
        <aside><gov-policy-feed src="${DEMO}" limit="5" filters compact></gov-policy-feed></aside></div>`,
      1280,
      844,
    );
    const el = widgets[0]!;
    expect(rendered($(el, '[part~="filter-toggle"]'))).to.equal(true);
    expect(rendered($(el, '[part~="filters"]'))).to.equal(false);
  });
});
