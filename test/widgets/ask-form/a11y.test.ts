// axe finds no violation in any state the issue names (empty, validation errors, sending, success,
// lookup), in zh-Hans, in English, and in care mode.
import { expect } from '@open-wc/testing';
import type { GovAskForm } from '../../../src/widgets/ask-form/ask-form.js';
import { captureWarnings, waitUntil } from '../../helpers.js';
import { $, askForm, fillValid, submitAndSettle, submitButton, type FormOptions } from './helpers.js';

afterEach(() => localStorage.clear());

const MODES: { name: string; options: FormOptions }[] = [
  { name: 'zh-Hans', options: { lang: 'zh-Hans' } },
  { name: 'en', options: { lang: 'en' } },
  { name: 'care', options: { care: true } },
];

for (const mode of MODES) {
  describe(`ask form: accessibility (${mode.name})`, () => {
    it('empty', async () => {
      const { el } = await askForm(mode.options);
      await expect(el).to.be.accessible();
    });

    it('validation errors', async () => {
      const { el } = await askForm(mode.options);
      await submitAndSettle(el);
      expect(el.shadowRoot!.querySelector('[part="error-summary"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('sending', async () => {
      const { el } = await askForm({ ...mode.options, scenario: 'hang', timeout: 2500 });
      await fillValid(el);
      await captureWarnings(async () => {
        const failed = new Promise((resolve) => el.addEventListener('gov-ask-failure', resolve, { once: true }));
        submitButton(el).click();
        await el.updateComplete;
        expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
        await expect(el).to.be.accessible();
        await failed; // the request gives up before the test ends
        await el.updateComplete;
        await expect(el).to.be.accessible(); // and the failure message with its retry
      });
    });

    it('success', async () => {
      const { el } = await askForm(mode.options);
      await fillValid(el);
      await submitAndSettle(el);
      expect(el.shadowRoot!.querySelector('[part="success"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('lookup', async () => {
      const { el } = await askForm(mode.options);
      await fillValid(el);
      await submitAndSettle(el);
      ([...el.shadowRoot!.querySelectorAll('[part="success"] button')] as HTMLButtonElement[])
        .find((b) => /^(查询办理进度|Follow this question)$/.test(b.textContent.trim()))!
        .click();
      await el.updateComplete;
      $(el, '[part="lookup-submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="lookup-result"]') !== null, 'no lookup result');
      await expect(el).to.be.accessible();
    });
  });
}

describe('ask form: accessibility (other views)', () => {
  it('answered list and the lookup not found', async () => {
    const { el } = await askForm();
    $(el, '#tab-answered').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    $(el, '#tab-lookup').click();
    await el.updateComplete;
    for (const [name, value] of [
      ['service_request_id', 'x'],
      ['query_code', 'y'],
    ]) {
      const input = $<HTMLInputElement>(el, `#panel-lookup [name="${name}"]`);
      input.value = value!;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await captureWarnings(async () => {
      $(el, '[part="lookup-submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="not-found"]') !== null);
    });
    await expect(el).to.be.accessible();
  });

  it('in care mode no text is under 20 px and targets are at least 48 px', async () => {
    const { el } = await askForm({ care: true });
    const small = [...el.shadowRoot!.querySelectorAll<HTMLElement>('#panel-ask *')].filter(
      (n) => n.offsetParent !== null && n.textContent.trim() !== '' && parseFloat(getComputedStyle(n).fontSize) < 20,
    );
    expect(small.map((n) => n.className || n.tagName)).to.deep.equal([]);
    for (const control of [submitButton(el), $(el, '#f-title'), $(el, '#tab-ask')] as HTMLElement[]) {
      expect(control.getBoundingClientRect().height, control.id).to.be.at.least(48);
    }
  });
});
export type { GovAskForm };
