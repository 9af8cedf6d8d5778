/**
 * Whole documents that cannot be used, and documents of 5 MB, for every widget and every way a document
 * arrives: never a blank box, never an uncaught error, a message in the reader's language, and the valid
 * rest of a section document shown.
 */
import { expect, fixture, html } from '@open-wc/testing';
import {
  fiveMegabyteAccounts,
  fiveMegabyteFeed,
  fiveMegabyteQuestions,
  hostileAccounts,
  hostileFeed,
  hostileQuestions,
  UNKNOWN_MAJOR,
} from '../hostile/corpus.js';
import { nothingRan, prototypesClean } from '../hostile/assert.js';
import { $, $$, DELIVERIES, expectSafe, mount, textOf, uncaught, unwatch, watch, warnings, TAGS, type Tag, type Widget } from './helpers.js';

/** The error a widget shows, after checking it is the only thing it shows and nothing escaped. */
function shownError(el: Widget, step: string): string {
  expect(uncaught, `${step}: uncaught errors`).to.deep.equal([]);
  expect(nothingRan() && prototypesClean(), `${step}: a payload ran or a prototype changed`).to.equal(true);
  const alert = $(el, '[part~="error"]');
  expect(alert.getAttribute('role')).to.equal('alert');
  return textOf(alert);
}

/** Which part of a loaded widget lists its records. */
const RECORDS: Record<Tag, string> = {
  'gov-policy-feed': '[part~="item"] [part~="title"]',
  'gov-account-directory': '[part~="item"] [part~="title"]',
  'gov-ask-form': '[part~="answered-item"] .answered-title',
};

describe('every widget: unusable and very large documents', () => {
  beforeEach(watch);
  afterEach(unwatch);

  for (const tag of TAGS) {
    describe(tag, () => {
      for (const delivery of DELIVERIES) {
        it(`through ${delivery}: refuses another major version with a message, not a blank box`, async () => {
          const el = await mount(tag, UNKNOWN_MAJOR, delivery);
          expect(shownError(el, 'version 2.0')).to.contain('2.0').and.to.contain('1.x');
          expect(warnings.join('\n')).to.contain(`<${tag}> version`);
        });

        it(`through ${delivery}: a document of the wrong type is a message`, async () => {
          for (const document of [null, [], 'text', 42, true, {}, { version: ['1.0'] }, { __proto__: { version: '1.0' } }]) {
            const el = await mount(tag, document, delivery);
            expect(shownError(el, JSON.stringify(document)), JSON.stringify(document)).to.contain('请联系网站管理员');
          }
        });
      }

      it('inline JSON that is not JSON is a message', async () => {
        for (const text of ['', '<b>not json</b>', '{"version": "1.0",', '{"a": 1}}']) {
          const wrapper = document.createElement('div');
          document.body.append(wrapper);
          const el = document.createElement(tag) as unknown as Widget;
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = text;
          el.append(script);
          wrapper.append(el);
          await el.loadComplete;
          expect(shownError(el, JSON.stringify(text)), JSON.stringify(text)).to.match(/格式有误|没有完整传输/);
          wrapper.remove();
        }
      });
    });
  }

  describe('a src that is not http(s) is a page error, said as such, with no request and no retry', () => {
    const SOURCES = [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'blob:https://county.example/0b6e3f0c-5a4e-4d55-9b8e-0c6f1f4f4e00',
      'file:///etc/passwd',
      'data:application/json,{"version":"1.0"}',
    ];
    for (const tag of TAGS) {
      it(`${tag}`, async () => {
        for (const src of SOURCES) {
          for (const lang of ['zh-Hans', 'en']) {
            warnings.length = 0;
            const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
            const el = document.createElement(tag) as unknown as Widget;
            el.setAttribute('lang', lang);
            el.setAttribute('src', src);
            el.loadOptions = { cache: new Map(), fetch: () => Promise.reject(new Error(`fetched ${src}`)) };
            wrapper.append(el);
            await el.loadComplete;
            const text = shownError(el, src);
            expect(text, `${src} (${lang})`).to.contain(lang === 'en' ? 'not a valid address' : '数据地址无效');
            expect(el.shadowRoot!.querySelector('[part~="retry"]'), `${src}: a retry button`).to.equal(null);
            expect(warnings.join('\n'), src).to.contain('bad-source: src is not an http(s) or relative URL');
            wrapper.remove();
          }
        }
      });
    }
  });

  describe('a document over 16 MiB is refused with a clear message, not read into a stall', () => {
    /** A valid feed of about 17 MB (one item with a long summary). */
    const huge = () => ({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'huge',
      items: [{ id: 'x', title: 'HUGE', date_published: '2026-11-01', summary: 'x'.repeat(17_000_000) }],
    });
    for (const delivery of ['src', 'src streamed', 'inline'] as const) {
      it(`through ${delivery}`, async function () {
        this.timeout(60_000);
        let el: Widget;
        if (delivery === 'inline') el = await mount('gov-policy-feed', huge(), delivery);
        else {
          el = await mount('gov-policy-feed', null, 'data');
          el.data = undefined;
          el.src = new URL(`/mock/huge/17000000${delivery === 'src' ? '' : '?stream'}`, location.href).href;
          await el.updateComplete;
          await el.loadComplete;
        }
        const text = shownError(el, 'huge');
        expect(text).to.contain('数据文件太大（超过 16 MB）');
        expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.equal(null);
        expect(warnings.join('\n')).to.contain('too-large');
      });
    }
  });

  it('each hostile section document on its own shows its valid records', async () => {
    const cases: [Tag, Record<string, unknown>, string][] = [
      ['gov-policy-feed', hostileFeed(), 'VALID-1'],
      ['gov-account-directory', hostileAccounts(), 'VALID-1'],
      ['gov-ask-form', hostileQuestions(), 'VALID-1'],
    ];
    for (const [tag, document, sentinel] of cases) {
      const el = await mount(tag, document, 'src');
      if (tag === 'gov-ask-form') $(el, '#tab-answered').click();
      await el.updateComplete;
      expectSafe(el, `${tag} section`);
      expect($$(el, RECORDS[tag]).map(textOf), tag).to.include(sentinel);
    }
  });

  const big: [Tag, () => unknown, string][] = [
    ['gov-policy-feed', fiveMegabyteFeed, 'BIG-0'],
    ['gov-account-directory', fiveMegabyteAccounts, 'BIG-0'],
    ['gov-ask-form', fiveMegabyteQuestions, 'BIG-0'],
  ];
  for (const [tag, make, first] of big) {
    for (const delivery of ['src', 'data'] as const) {
      it(`${tag}: a 5 MB document through ${delivery} shows its first records and keeps the DOM bounded`, async function () {
        this.timeout(60_000);
        const document = make();
        expect(new TextEncoder().encode(JSON.stringify(document)).length).to.be.above(5_000_000);
        let loaded: CustomEvent<{ count: number }> | undefined;
        const listen = (event: Event) => (loaded = event as CustomEvent<{ count: number }>);
        window.addEventListener('gov-load', listen);
        try {
          const el = await mount(tag, document, delivery);
          if (tag === 'gov-ask-form') $(el, '#tab-answered').click();
          await el.updateComplete;
          expectSafe(el, `${tag} 5 MB`);
          expect(loaded?.detail.count, 'records read').to.be.above(1_500);
          const shown = $$(el, RECORDS[tag]).map(textOf);
          expect(shown[0]).to.equal(first);
          expect(shown.length, 'records drawn').to.be.at.most(100);
          expect(el.shadowRoot!.querySelectorAll('*').length, 'elements in the shadow root').to.be.below(3_000);
        } finally {
          window.removeEventListener('gov-load', listen);
        }
      });
    }
  }
});
