/**
 * <gov-policy-feed> against the hostile corpus, through `data`, inline JSON and `src`: every page, every
 * chip and searches for the hostile strings themselves, checking after each step that nothing ran, no unsafe
 * URL and no element from data reached the DOM, no prototype changed, nothing was thrown, bidi controls
 * stayed inside their field, 20,000-character strings did not push the widget wide, and the valid items show.
 */
import { expect } from '@open-wc/testing';
import { BIDI, hostileDiscovery, LONG, MARKUP } from '../hostile/corpus.js';
import {
  $,
  $$,
  bidiLeaks,
  DELIVERIES,
  expectSafe,
  mount,
  overflow,
  setValue,
  settle,
  textOf,
  unwatch,
  until,
  watch,
  warnings,
  type Widget,
} from './helpers.js';

const titles = (el: Widget): string[] => $$(el, '[part~="title"]').map(textOf);

/** Everything a step must leave true. */
function check(el: Widget, step: string): void {
  expectSafe(el, step);
  expect(bidiLeaks(el, BIDI), `${step}: bidi controls reorder the text after them`).to.deep.equal([]);
  expect(overflow(el), `${step}: the widget overflows sideways`).to.deep.equal([]);
}

const ATTRIBUTES = { searchable: '', filters: '', paging: '', limit: '10' };

describe('gov-policy-feed: hostile data', () => {
  beforeEach(watch);
  afterEach(unwatch);

  for (const delivery of DELIVERIES) {
    it(`through ${delivery}: every page shows hostile text as text, links only to http(s), and the valid items`, async () => {
      const el = await mount('gov-policy-feed', hostileDiscovery(), delivery, ATTRIBUTES);
      check(el, 'first page');
      expect(titles(el)).to.include.members(['VALID-1', 'VALID-2', 'VALID-3']);
      // Valid items keep their (relative, resolved) links; the invalid ones are counted in the notice.
      const valid = $$<HTMLAnchorElement>(el, '[part~="title"] a').find((a) => textOf(a) === 'VALID-1')!;
      expect(new URL(valid.href).pathname).to.equal('/valid/1.html');
      expect(textOf($(el, '[part~="notice"]'))).to.match(/\d+/);
      expect(warnings.join('\n')).to.contain('problem(s), the rest is shown');

      const seen = new Set(titles(el));
      for (let page = 2; $(el, '[part~="next"]').getAttribute('aria-disabled') === 'false'; page++) {
        $(el, '[part~="next"]').click();
        await settle(el);
        check(el, `page ${page}`);
        titles(el).forEach((title) => seen.add(title));
      }
      // Markup and bidi text arrive as the literal characters of the document.
      for (const text of [...MARKUP, ...BIDI]) expect(seen.has(text.replace(/\s+/g, ' ').trim()), text).to.equal(true);
      // 20,000-character titles arrive cut to the 500 a title may have, ending in an ellipsis.
      expect([...seen].some((title) => title.length === 500 && title.endsWith('\u2026'))).to.equal(true);
      for (const url of ['unsafe url 0', 'unsafe url 9', 'unsafe url 16']) {
        expect(seen.has(url), url).to.equal(true);
      }
    });
  }

  it('every chip and the "show all" buttons keep the feed safe', async () => {
    const el = await mount('gov-policy-feed', hostileDiscovery(), 'data', ATTRIBUTES);
    for (const more of $$(el, '[part~="show-all"]')) {
      more.click();
      await settle(el);
    }
    check(el, 'all chips shown');
    const chipCount = $$(el, '[part~="chip"]').length;
    expect(chipCount).to.be.above(10);
    for (let i = 0; i < chipCount; i++) {
      const chip = $$(el, '[part~="chip"]')[i]!;
      const label = textOf(chip).slice(0, 40);
      chip.click();
      await settle(el);
      check(el, `chip "${label}"`);
      // Back to everything: the group's "all" chip.
      chip.closest('.filter-group')!.querySelector<HTMLElement>('[part~="chip"]')!.click();
      await settle(el);
    }
  });

  it('searching for the hostile strings finds them as text, and the feed stays responsive with 20,000-character strings', async () => {
    const el = await mount('gov-policy-feed', hostileDiscovery(), 'src', ATTRIBUTES);
    const search = $<HTMLInputElement>(el, '[part~="search"]');
    for (const text of [...MARKUP, ...BIDI, LONG[0]!.slice(0, 200)]) {
      setValue(search, text);
      await settle(el);
      check(el, `search ${JSON.stringify(text.slice(0, 30))}`);
      expect(titles(el).length, `results for ${JSON.stringify(text.slice(0, 30))}`).to.be.above(0);
    }
    setValue(search, 'VALID-2');
    await until(() => titles(el).join() === 'VALID-2', 'the search narrows to VALID-2');
    setValue(search, '');
    await until(() => titles(el).includes('VALID-1'), 'the search is cleared');
    check(el, 'search cleared');
  });

  describe('bounds', () => {
    const FEED = 'https://jsonfeed.org/version/1.1';
    const item = (i: number, extra: Record<string, unknown> = {}) => ({ id: `i${i}`, title: `T${i}`, date_published: '2026-11-01', ...extra });

    it('a title of "Z" and 100,000 combining accents shows at once, with 8 accents, and the cut is reported', async () => {
      const title = `Z${'\u0301'.repeat(100_000)}`;
      // Laid out too (before the cut, Chromium stalled 32 s at layout; `node bench/bounds.mjs`, combining-marks-title,
      // measures it): a stall like that would outlast the test's 20 s timeout.
      const el = await mount('gov-policy-feed', { version: FEED, title: 'f', items: [item(1, { title, summary: title }), item(2)] }, 'data');
      el.getBoundingClientRect();
      expectSafe(el, 'combining marks');
      expect(titles(el)).to.include(`Z${'\u0301'.repeat(8)}`);
      expect(textOf($(el, '[part~="summary"]'))).to.equal(`Z${'\u0301'.repeat(8)}`);
      expect(warnings.join('\n')).to.contain('.title: 99992 combining mark(s) cut: at most 8 follow one character');
    });

    it('100,000 topics: "show all" draws at most 100 chips and counts the rest; the list shows the first 10,000 items', async function () {
      this.timeout(60_000);
      // 10,000 items (the most a document holds) of 10 topics each, plus 5,000 items more that are left out.
      const items = Array.from({ length: 15_000 }, (_, i) => item(i, { tags: Array.from({ length: 10 }, (_, t) => `主题${i * 10 + t}`) }));
      const el = await mount('gov-policy-feed', { version: FEED, title: 'f', items }, 'data', { filters: '', limit: '10' });
      const group = () => el.shadowRoot!.querySelector('#filter-topic')!.closest('.filter-group')!;
      expect(textOf(group().querySelector('[part~="show-all"]'))).to.equal('显示前 100 项（共 100,000 项）');
      // How long the click takes is measured by `node bench/bounds.mjs` (topics-100k-show-all); the element
      // count is what keeps it short.
      group().querySelector<HTMLElement>('[part~="show-all"]')!.click();
      await settle(el);
      expectSafe(el, 'all topics');
      expect(group().querySelectorAll('[part~="chip"]').length, 'chips: "all" and 100 topics').to.equal(101);
      expect(textOf(group().querySelector('[part~="chips-note"]'))).to.equal('另有 99,900 项较少用到的未列出');
      expect(el.shadowRoot!.querySelectorAll('*').length, 'elements in the shadow root').to.be.below(1_500);
      expect(textOf($(el, '[part~="notice"]'))).to.equal('有 5,000 条信息因数据格式有误未能显示。');
      expect(warnings.join('\n')).to.contain('$.items: 5000 item(s) after the first 10000 left out');
    });

    it('year chips read the years as written, 0001 and 0099 too (not 1901 and 1999)', async () => {
      const items = [item(1, { date_published: '2026-03-01' }), item(2, { date_published: '0099-05-01' }), item(3, { date_published: '0001-01-01' })];
      for (const [lang, expected] of [
        ['zh-Hans', ['全部', '2026年', '0099年', '0001年']],
        ['en', ['All', '2026', '0099', '0001']],
      ] as const) {
        const el = await mount('gov-policy-feed', { version: FEED, title: 'f', items }, 'data', { filters: '', lang });
        const chips = [...el.shadowRoot!.querySelector('#filter-year')!.closest('.filter-group')!.querySelectorAll('[part~="chip"]')].map(textOf);
        expect(chips).to.deep.equal(expected);
      }
    });
  });
});
