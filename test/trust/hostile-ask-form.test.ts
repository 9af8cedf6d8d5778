/**
 * <gov-ask-form> against the hostile corpus, through `data`, inline JSON and `src`: the form (categories,
 * the recipient select, the consent), the answered questions, a lookup answered with hostile data, and a
 * submit answered with hostile field errors and a hostile receipt — checking after each step what must
 * never happen.
 */
import { expect } from '@open-wc/testing';
import { BIDI, hostileDiscovery, LONG, MARKUP, UNSAFE_URLS } from '../hostile/corpus.js';
import {
  $,
  $$,
  bidiLeaks,
  DELIVERIES,
  expectSafe,
  mount,
  optionLeaks,
  overflow,
  setValue,
  settle,
  store,
  textOf,
  unwatch,
  until,
  warnings,
  watch,
  type Widget,
} from './helpers.js';

function check(el: Widget, step: string): void {
  expectSafe(el, step);
  expect(bidiLeaks(el, BIDI), `${step}: bidi controls reorder the text after them`).to.deep.equal([]);
  expect(optionLeaks(el), `${step}: bidi controls reorder an option`).to.deep.equal([]);
  expect(overflow(el), `${step}: the widget overflows sideways`).to.deep.equal([]);
}

/** The hostile discovery document with its question endpoints replaced. */
function withEndpoints(endpoints: { submit: string; lookup?: string }): Record<string, unknown> {
  const doc = hostileDiscovery();
  (doc['questions'] as Record<string, unknown>)['endpoints'] = endpoints;
  return doc;
}

/** Fills the form with a valid question (the valid category and recipient, a title, a description, a name, consent). */
function fillValidQuestion(el: Widget): void {
  const radio = $$<HTMLInputElement>(el, 'input[name="service_code"]').find((r) => textOf(r.closest('label')) === 'VALID-咨询')!;
  radio.click();
  setValue($<HTMLSelectElement>(el, '#f-organization_id'), 'org-a');
  setValue($<HTMLInputElement>(el, '#f-title'), '路灯不亮');
  setValue($<HTMLTextAreaElement>(el, '#f-description'), '某路口的路灯已经一周不亮了。');
  setValue($<HTMLInputElement>(el, '#f-name'), '张三');
  $<HTMLInputElement>(el, '#f-consent').click();
}

describe('gov-ask-form: hostile data', () => {
  beforeEach(watch);
  afterEach(unwatch);

  for (const delivery of DELIVERIES) {
    it(`through ${delivery}: the form, its options and the answered questions show hostile text as text`, async () => {
      const el = await mount('gov-ask-form', hostileDiscovery(), delivery);
      check(el, 'form');
      // Categories: the valid one and the hostile names as literal text; the one with a number for a name is left out.
      const categories = $$(el, 'input[name="service_code"]').map((radio) => textOf(radio.closest('label')));
      expect(categories).to.include('VALID-咨询');
      for (const text of MARKUP) expect(categories, text).to.include(text.replace(/\s+/g, ' ').trim());
      // Recipients: the organizations' names, hostile ones as text; ids that are not strings left out.
      const options = $$<HTMLOptionElement>(el, '#f-organization_id option').map((o) => o.value);
      expect(options).to.deep.equal(['', 'org-a', 'org-hostile', 'org-long', 'org-bidi']);
      expect(textOf($(el, '#f-organization_id option[value="org-hostile"]'))).to.equal(MARKUP[1]);
      for (const value of options) {
        setValue($<HTMLSelectElement>(el, '#f-organization_id'), value);
        await settle(el);
        check(el, `recipient ${value}`);
      }
      // The consent text is text; its unsafe notice URL became no link.
      expect(textOf($(el, 'label[for="f-consent"] .text'))).to.equal(MARKUP[0]);
      expect(el.shadowRoot!.querySelector('.notice-link')).to.equal(null);
      // The lookup endpoint is unsafe: there is no lookup view to send anything to it.
      const tabs = $$(el, '[role="tab"]').map((tab) => tab.id);
      expect(tabs).to.deep.equal(['tab-ask', 'tab-answered']);

      $(el, '#tab-answered').click();
      await settle(el);
      // Every page of answered questions; the unsafe `answered_next_url` is never followed.
      const answered: string[] = [];
      for (let page = 1; ; page++) {
        check(el, `answered page ${page}`);
        answered.push(...$$(el, '[part~="answered-item"]').map(textOf));
        const next = $$(el, '[part~="pager"] button').find((button) => textOf(button) === '下一页');
        if (!next) break;
        next.click();
        await settle(el);
      }
      expect(answered.some((text) => text.includes('VALID-1') && text.includes('VALID-1 answer'))).to.equal(true, 'VALID-1 shows');
      for (const text of [...MARKUP, ...BIDI]) {
        expect(
          answered.some((item) => item.includes(text.replace(/\s+/g, ' ').trim())),
          text,
        ).to.equal(true);
      }
      expect(answered.some((item) => item.length >= 20_000)).to.equal(true);
      // Personal data in an answered question is never shown.
      expect(answered.join()).not.to.contain('13800000000');
    });
  }

  it('a lookup answered with hostile text shows it as text', async () => {
    const lookup = await store({
      service_request_id: MARKUP[0],
      status: 'answered',
      status_notes: BIDI[4],
      requested_datetime: '2026-11-01T08:00:00+08:00',
      expected_datetime: '2026-11-08',
      reply: { text: `${MARKUP[2]} ${LONG[1]}`, replied_at: '2026-11-05', organization_id: 'org-hostile' },
      __proto__: { polluted: true },
      url: UNSAFE_URLS[0],
    });
    const el = await mount('gov-ask-form', withEndpoints({ submit: '/api/questions', lookup }), 'data');
    $(el, '#tab-lookup').click();
    await settle(el);
    setValue($<HTMLInputElement>(el, '#l-service_request_id'), MARKUP[1]!);
    setValue($<HTMLInputElement>(el, '#l-query_code'), BIDI[2]!);
    $(el, '[part~="lookup-submit"]').click();
    await until(() => el.shadowRoot!.querySelector('[part~="lookup-result"]'), 'the lookup result');
    check(el, 'lookup result');
    const result = $(el, '[part~="lookup-result"]');
    expect(textOf(result)).to.contain(MARKUP[0]).and.to.contain(MARKUP[2]!);
    expect(textOf(result.querySelector('.status-notes'))).to.equal(BIDI[4]);
  });

  it('a lookup answered with wrong types is a failure message, not a thrown error', async () => {
    for (const body of [null, [], 'text', { service_request_id: 7, status: 'hacked' }, { status: ['answered'] }]) {
      const lookup = await store(body);
      const el = await mount('gov-ask-form', withEndpoints({ submit: '/api/questions', lookup }), 'data');
      $(el, '#tab-lookup').click();
      await settle(el); // the lookup view's code loads on demand
      setValue($<HTMLInputElement>(el, '#l-service_request_id'), 'A1');
      setValue($<HTMLInputElement>(el, '#l-query_code'), 'B2');
      $(el, '[part~="lookup-submit"]').click();
      await until(() => el.shadowRoot!.querySelector('#panel-lookup [part~="send-error"]'), `a problem for ${JSON.stringify(body)}`);
      expectSafe(el, `lookup answered ${JSON.stringify(body)}`);
    }
  });

  it('field errors and a receipt from the endpoint show as text', async () => {
    const invalid = await store(
      {
        errors: [
          { field: 'title', message: MARKUP[0] },
          { field: 'name', message: BIDI[4] },
          { field: '__proto__', message: MARKUP[1] },
          { field: 7, message: 'wrong field type' },
          { message: LONG[1] },
          null,
        ],
      },
      422,
    );
    const el = await mount('gov-ask-form', withEndpoints({ submit: invalid }), 'data');
    fillValidQuestion(el);
    await settle(el);
    $(el, '[part~="submit"]').click();
    await until(() => el.shadowRoot!.querySelector('#f-title-error'), "the endpoint's error beside the title");
    check(el, 'endpoint field errors');
    expect(textOf($(el, '#f-title-error'))).to.contain(MARKUP[0]);
    expect(textOf($(el, '[part~="error-summary"]'))).to.contain(MARKUP[0]);

    const accepted = await store(
      { service_request_id: MARKUP[1], query_code: BIDI[2], service_notice: `${MARKUP[3]} ${LONG[0]}`, expected_datetime: 'not a date' },
      201,
    );
    const sent = await mount('gov-ask-form', withEndpoints({ submit: accepted }), 'data');
    fillValidQuestion(sent);
    await settle(sent);
    $(sent, '[part~="submit"]').click();
    await until(() => sent.shadowRoot!.querySelector('[part~="success"]'), 'the receipt');
    check(sent, 'hostile receipt');
    expect(textOf($(sent, '[part~="request-id"]'))).to.equal(MARKUP[1]);
    expect(textOf($(sent, '[part~="notice-text"]'))).to.contain(MARKUP[3]!);
  });

  it('100,000 categories and 100,000 recipients: the form draws at most 100 and 500 of them, at once, and works', async function () {
    this.timeout(60_000);
    const organizations = Array.from({ length: 500 }, (_, i) => ({ id: `o${i}`, name: `单位${i}` }));
    const questions = {
      endpoints: { submit: '/api/questions' },
      services: Array.from({ length: 100_000 }, (_, i) => ({ service_code: `s${i}`, service_name: `类别${i}` })),
      recipients: Array.from({ length: 100_000 }, (_, i) => `o${i}`),
    };
    // How long this takes, against the build before the bounds, is measured by `node bench/bounds.mjs`
    // (categories-100k), not here: the element count below is what keeps it fast on every machine.
    const el = await mount('gov-ask-form', { version: '1.0', organizations, questions }, 'data');
    check(el, '100,000 categories');
    const radios = $$<HTMLInputElement>(el, 'input[name="service_code"]');
    expect(radios.length).to.equal(100);
    expect(textOf(radios.at(-1)!.closest('label'))).to.equal('类别99');
    const options = $$<HTMLOptionElement>(el, '#f-organization_id option');
    expect(options.length, '"please choose" and 500 recipients').to.equal(501);
    expect(textOf(options.at(-1))).to.equal('单位499');
    expect(el.shadowRoot!.querySelectorAll('*').length, 'elements in the shadow root').to.be.below(2_500);
    expect(warnings.join('\n')).to.contain('$.questions.services: 99900 service(s) after the first 100 left out');
    expect(warnings.join('\n')).to.contain('$.questions.recipients: 99500 recipient(s) after the first 500 left out');
    radios.at(-1)!.click();
    setValue($<HTMLSelectElement>(el, '#f-organization_id'), 'o499');
    await settle(el);
    expect(radios.at(-1)!.checked).to.equal(true);
    expect($<HTMLSelectElement>(el, '#f-organization_id').value).to.equal('o499');
  });
});

/** The test server under another origin (the other of `localhost` and `127.0.0.1`): a host the data must not send to. */
const OTHER_HOST = `${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const OTHER_ORIGIN = `${location.protocol}//${OTHER_HOST}`;

/** Every request that reached the question endpoint under `scope` (from any origin, preflights included). */
async function arrived(scope: string): Promise<unknown[]> {
  return ((await (await fetch(`/qa-inspect/${scope}`)).json()) as { requests: unknown[] }).requests;
}

const scopeOf = (label: string): string => `${label}-${Math.random().toString(36).slice(2, 10)}`;

describe('gov-ask-form: where personal data goes', () => {
  beforeEach(watch);
  afterEach(unwatch);

  const spellings = (scope: string): Record<string, string> => ({
    absolute: `${OTHER_ORIGIN}/qa/ok/${scope}/api/questions`,
    'scheme-relative': `//${OTHER_HOST}/qa/ok/${scope}/api/questions`,
    backslash: `/\\${OTHER_HOST}/qa/ok/${scope}/api/questions`,
  });

  for (const spelling of ['absolute', 'scheme-relative', 'backslash']) {
    it(`refuses a submit endpoint on another origin (${spelling}) and sends nothing`, async () => {
      const scope = scopeOf('origin');
      const target = spellings(scope)[spelling]!;
      const el = await mount('gov-ask-form', withEndpoints({ submit: target, lookup: target.replace('questions', 'questions/lookup') }), 'data');
      const alert = el.shadowRoot!.querySelector('#panel-ask [role="alert"]');
      expect(textOf(alert), 'the refusal names the other host').to.contain(OTHER_HOST).and.contain('不是本网站');
      expect(el.shadowRoot!.querySelector('#panel-ask [name="name"]'), 'no contact fields to type into').to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="submit"]')).to.equal(null);
      // The lookup sends the query code: it refuses the other origin just the same.
      $(el, '#tab-lookup').click();
      await settle(el);
      expect(textOf(el.shadowRoot!.querySelector('#panel-lookup [role="alert"]'))).to.contain(OTHER_HOST);
      expect(el.shadowRoot!.querySelector('#panel-lookup [name="query_code"]')).to.equal(null);
      expect(await arrived(scope)).to.deep.equal([]);
      expect(warnings.join('\n')).to.contain('endpoint-origins');
      expectSafe(el, spelling);
    });
  }

  it('shows the destination host by the submit button; the page (not the data) may allow another origin', async () => {
    const same = await mount('gov-ask-form', withEndpoints({ submit: '/api/questions' }), 'data');
    expect(textOf($(same, '[part~="destination"]'))).to.contain(location.host);

    const scope = scopeOf('allowed');
    const doc = withEndpoints({ submit: `${OTHER_ORIGIN}/qa/ok/${scope}/api/questions` });
    const allowed = await mount('gov-ask-form', doc, 'data', { 'endpoint-origins': `https://other.example ${OTHER_ORIGIN}` });
    expect(allowed.shadowRoot!.querySelector('#panel-ask [role="alert"]')).to.equal(null);
    expect(textOf($(allowed, '[part~="destination"]'))).to.contain(OTHER_HOST);
    // An attribute naming some other origin allows only that one.
    const other = await mount('gov-ask-form', doc, 'data', { 'endpoint-origins': 'https://other.example' });
    expect(textOf(other.shadowRoot!.querySelector('#panel-ask [role="alert"]'))).to.contain(OTHER_HOST);
  });

  for (const status of [307, 308]) {
    it(`does not follow a ${status} of the submit endpoint to another origin`, async () => {
      const scope = scopeOf(`redirect-${status}`);
      const submit = new URL(`/mock/redirect/${status}?to=${encodeURIComponent(`${OTHER_ORIGIN}/qa/ok/${scope}/api/questions`)}`, location.href).href;
      const el = await mount('gov-ask-form', withEndpoints({ submit }), 'data');
      fillValidQuestion(el);
      await settle(el);
      $(el, '[part~="submit"]').click();
      await until(() => el.shadowRoot!.querySelector('#panel-ask [part~="send-error"]'), 'the refusal');
      const problem = $(el, '#panel-ask [part~="send-error"]');
      expect(textOf(problem)).to.contain('转到了别的地址');
      // Not a network hiccup: retrying would only meet the same redirect.
      expect(problem.querySelector('[part~="retry"]')).to.equal(null);
      expect(await arrived(scope)).to.deep.equal([]);
      expectSafe(el, `submit ${status}`);
    });
  }

  it('does not follow a redirect of the lookup endpoint to another origin', async () => {
    const scope = scopeOf('redirect-lookup');
    const lookup = new URL(`/mock/redirect/307?to=${encodeURIComponent(`${OTHER_ORIGIN}/qa/ok/${scope}/api/questions/lookup`)}`, location.href).href;
    const el = await mount('gov-ask-form', withEndpoints({ submit: '/api/questions', lookup }), 'data');
    $(el, '#tab-lookup').click();
    await settle(el);
    setValue($<HTMLInputElement>(el, '#l-service_request_id'), '20261120-123456');
    setValue($<HTMLInputElement>(el, '#l-query_code'), 'SECRETCODE');
    $(el, '[part~="lookup-submit"]').click();
    await until(() => el.shadowRoot!.querySelector('#panel-lookup [part~="send-error"]'), 'the refusal');
    expect(textOf($(el, '#panel-lookup [part~="send-error"]'))).to.contain('转到了别的地址');
    expect(await arrived(scope)).to.deep.equal([]);
  });
});
