// Completing the form with the keyboard alone, and moving between the views with the arrow keys.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GovAskForm } from '../../../src/widgets/ask-form/ask-form.js';
import { $, askDocument, inspect, newScope, submitAndSettle, text } from './helpers.js';
import { visualOrder } from '../../bidi.js';

afterEach(() => localStorage.clear());

/**
 * Types text a key at a time. (WebKitGTK's WebDriver drops a key that repeats an earlier one within one
 * `type` command — "0013" arrives as "013" — so each character is its own command.)
 */
async function typeKeys(value: string): Promise<void> {
  for (const ch of value) await sendKeys({ type: ch });
}

const focusedId = (el: GovAskForm): string => {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  return active ? active.id || active.getAttribute('part') || active.tagName.toLowerCase() : 'outside';
};

describe('ask form: keyboard only', () => {
  it('goes through the form in order, ticks boxes with Space, and sends with Enter', async () => {
    const scope = newScope('keys');
    const data = await askDocument('ok', scope);
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><gov-ask-form .data=${data}></gov-ask-form></div>`);
    const el = wrapper.querySelector('gov-ask-form')!;
    await el.loadComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    const order: string[] = [];
    const tab = async () => {
      await sendKeys({ press: 'Tab' });
      order.push(focusedId(el));
    };
    await tab(); // the tab list: one stop
    await tab(); // the first category
    await sendKeys({ press: ' ' });
    await tab(); // recipient
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await tab();
    await typeKeys('Road lamp out');
    await tab();
    await typeKeys('The lamp near No. 12 East Road has been out for a week.');
    await tab();
    await typeKeys('Wang');
    await tab();
    await typeKeys('138 0013 8000');
    await tab(); // e-mail, optional
    await tab(); // publish
    await sendKeys({ press: ' ' });
    await tab(); // consent
    await sendKeys({ press: ' ' });
    await tab(); // the notice link
    await tab(); // submit
    expect(order).to.deep.equal([
      'tab-ask',
      'f-service_code-0',
      'f-organization_id',
      'f-title',
      'f-description',
      'f-name',
      'f-phone',
      'f-email',
      'f-publish_consent',
      'f-consent',
      'a',
      'submit',
    ]);
    const result = await submitAndSettle(el, () => sendKeys({ press: 'Enter' }));
    expect(result.kind).to.equal('success');
    const [stored] = (await inspect(scope)).stored;
    expect(stored!.question).to.deep.include({
      service_code: 'consult',
      organization_id: 'edu',
      title: 'Road lamp out',
      name: 'Wang',
      phone: '13800138000',
      publish_consent: true,
      consent_version: '2026-01',
    });
    expect(focusedId(el)).to.equal('success-title');
  });

  it('moves between the views with arrow keys, Home and End (one tab stop, panels follow)', async () => {
    const data = await askDocument('ok', newScope('tabs'));
    const el = await fixture<GovAskForm>(html`<gov-ask-form .data=${data}></gov-ask-form>`);
    await el.loadComplete;
    const tabs = el.shadowRoot!.querySelectorAll('[role="tab"]');
    expect([...tabs].map((t) => t.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1']);
    $(el, '#tab-ask').focus();
    const visible = () => [...el.shadowRoot!.querySelectorAll('[role="tabpanel"]')].filter((p) => !(p as HTMLElement).hidden).map((p) => p.id);
    await sendKeys({ press: 'ArrowRight' });
    expect([focusedId(el), visible()]).to.deep.equal(['tab-lookup', ['panel-lookup']]);
    expect($(el, '#tab-lookup').getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'End' });
    expect([focusedId(el), visible()]).to.deep.equal(['tab-answered', ['panel-answered']]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedId(el)).to.equal('tab-ask');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedId(el)).to.equal('tab-answered');
    await sendKeys({ press: 'Home' });
    expect([focusedId(el), visible()]).to.deep.equal(['tab-ask', ['panel-ask']]);
    expect($(el, '#panel-ask').getAttribute('aria-labelledby')).to.equal('tab-ask');
    expect([...tabs].map((t) => text(t))).to.deep.equal(['提问', '查询', '答复']);
  });

  it('opens the view its view attribute names, and the form for one it does not offer', async () => {
    const data = await askDocument('ok', newScope('view'));
    const el = await fixture<GovAskForm>(html`<gov-ask-form view="lookup" .data=${data}></gov-ask-form>`);
    await el.loadComplete;
    expect($(el, '#tab-lookup').getAttribute('aria-selected')).to.equal('true');
    expect($(el, '#panel-lookup').hidden).to.equal(false);
    el.setAttribute('view', 'nonsense');
    await el.updateComplete;
    expect($(el, '#panel-ask').hidden).to.equal(false);
    expect($(el, '#tab-ask').getAttribute('aria-selected')).to.equal('true');
  });

  it('in right-to-left text the arrow keys follow the visual order', async () => {
    const data = await askDocument('ok', newScope('rtl'));
    const el = await fixture<GovAskForm>(html`<gov-ask-form dir="rtl" .data=${data}></gov-ask-form>`);
    await el.loadComplete;
    $(el, '#tab-ask').focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedId(el)).to.equal('tab-lookup');
  });
});

describe('ask form: right to left', () => {
  it('keeps each number, count and address in one isolated piece of its sentence', async () => {
    const data = await askDocument('ok', newScope('rtl-bidi'));
    const el = await fixture<GovAskForm>(html`<div dir="rtl"><gov-ask-form .data=${data}></gov-ask-form></div>`).then(
      (div) => div.firstElementChild as GovAskForm,
    );
    await el.loadComplete;
    const hint = $(el, '#f-title-hint');
    expect(hint.textContent).to.match(/^不超过 \u2068\d+\u2069 个字。$/);
    expect($(el, '[part~="character-count"]').textContent).to.match(/\u2068\d+\u2069/);
    const destination = $(el, '[part~="destination"]');
    expect(destination.textContent).to.contain(`\u2068${location.host}\u2069`);
    // The address reads left to right as one piece (its dots and colon would otherwise take the page's direction).
    expect(visualOrder(destination)).to.contain(location.host.replace(/\s/g, ''));
    await expect(el).to.be.accessible();
  });
});
