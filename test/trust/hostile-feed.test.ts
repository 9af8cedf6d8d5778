/**
 * <gov-policy-feed> against the hostile corpus, through `data`, inline JSON and `src`: every page, every
 * chip and searches for the hostile strings themselves, checking after each step that nothing ran, no unsafe
 * URL and no element from data reached the DOM, no prototype changed, nothing was thrown, bidi controls
 * stayed inside their field, 20,000-character strings did not push the widget wide, and the valid items show.
 */
import { expect } from '@open-wc/testing';
import { BIDI, hostileDiscovery, LONG, MARKUP } from '../hostile/corpus.js';
import { $, $$, bidiLeaks, DELIVERIES, expectSafe, mount, overflow, setValue, settle, textOf, unwatch, until, watch, warnings, type Widget } from './helpers.js';

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
      expect([...seen].some((title) => title.length === 20_000)).to.equal(true);
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
});
