// What a reader sees and hears in the form: controls, checks, counts, the receipt and its copy button.
import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../helpers.js';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, askForm, fillValid, submitAndSettle, submits, text, type } from './helpers.js';

afterEach(() => localStorage.clear());

const PAYLOAD_NAMES = ['service_code', 'organization_id', 'title', 'description', 'name', 'phone', 'email', 'publish_consent', 'consent'];

describe('ask form: controls', () => {
  it('has native, labelled controls named as the payload fields, with fitting autocomplete', async () => {
    const { el } = await askForm();
    const names = [...new Set($$(el, '#panel-ask form [name]').map((c) => c.getAttribute('name')))];
    expect(names.filter((n) => n !== 'hp_confirm_field')).to.deep.equal(PAYLOAD_NAMES);
    for (const control of $$(el, '#panel-ask [name]:not([name="hp_confirm_field"])') as HTMLInputElement[]) {
      expect(control.labels?.length, control.name).to.be.above(0);
    }
    expect($(el, '[name="name"]').getAttribute('autocomplete')).to.equal('name');
    expect($(el, '[name="phone"]').getAttribute('autocomplete')).to.equal('tel');
    expect($(el, '[name="phone"]').getAttribute('type')).to.equal('tel');
    expect($(el, '[name="email"]').getAttribute('autocomplete')).to.equal('email');
    expect($(el, '[part="submit"]').getAttribute('type')).to.equal('submit');
    expect(text($(el, 'label[for="f-email"]'))).to.contain('选填');
    expect(text($(el, 'label[for="f-organization_id"] ~ select option:nth-child(3)'))).to.equal('县教育局');
  });

  it('marks every required control in code (required) and on screen (（必填）), and optional ones as optional', async () => {
    const { el } = await askForm();
    const required = $$(el, '#panel-ask form [name]:not([name="hp_confirm_field"])')
      .filter((control) => (control as HTMLInputElement).required)
      .map((control) => control.getAttribute('name'));
    expect([...new Set(required)]).to.deep.equal(['service_code', 'organization_id', 'title', 'description', 'name', 'phone', 'consent']);
    for (const label of [
      'legend',
      'label[for="f-organization_id"]',
      'label[for="f-title"]',
      'label[for="f-description"]',
      'label[for="f-name"]',
      'label[for="f-phone"]',
      'label[for="f-consent"]',
    ]) {
      const mark = $(el, `#panel-ask ${label} .required`);
      expect(text(mark), label).to.equal('（必填）');
      // Seen, not read twice: assistive technology says "required" from the control.
      expect(mark.getAttribute('aria-hidden'), label).to.equal('true');
      expect(mark.getBoundingClientRect().width, label).to.be.above(0);
    }
    expect($<HTMLInputElement>(el, '[name="email"]').required).to.equal(false);
    expect(text($(el, 'label[for="f-email"]'))).to.contain('（选填）');
    // The widget's own messages, not the browser's: the form does not validate natively.
    expect($<HTMLFormElement>(el, '#panel-ask form').noValidate).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the consent text with a link to the notice, and leaves out fields the document turns off', async () => {
    const { el } = await askForm({
      change: (q) => {
        (q.form as Record<string, unknown>).fields = { name: 'off', phone: 'optional', email: 'off' };
        (q.form as Record<string, unknown>).allow_publish_opt_in = false;
      },
    });
    expect(text($(el, 'label[for="f-consent"]'))).to.contain('我已阅读并同意《个人信息处理说明》');
    expect($<HTMLAnchorElement>(el, '.notice-link a').href).to.equal(new URL('/privacy.html', location.href).href);
    expect(el.shadowRoot!.querySelector('[name="name"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[name="email"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[name="publish_consent"]')).to.equal(null);
    expect(text($(el, 'label[for="f-phone"]'))).to.contain('选填');
  });

  it('on a failed submit sends nothing, marks each field, and focuses a summary that links to them', async () => {
    const { el, scope } = await askForm();
    type(el, 'phone', '12345');
    const result = await submitAndSettle(el);
    expect(result.kind === 'failure' && result.detail).to.deep.include({
      reason: 'invalid',
      fields: ['service_code', 'organization_id', 'title', 'description', 'name', 'phone', 'consent'],
    });
    expect(await submits(scope)).to.have.length(0);
    const summary = $(el, '[part="error-summary"]');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.querySelector('[role="alert"]')).to.exist;
    const links = [...summary.querySelectorAll('a')];
    expect(links.map(text)).to.deep.equal([
      '请选择留言类型。',
      '请选择受理单位。',
      '请填写标题。',
      '请填写留言内容。',
      '请填写姓名。',
      '请输入正确的手机号码，例如 138 0013 8000。',
      '请阅读个人信息处理说明，并勾选同意。',
    ]);
    for (const id of ['f-organization_id', 'f-title', 'f-description', 'f-name', 'f-phone', 'f-consent']) {
      const control = $(el, `#${id}`);
      expect(control.getAttribute('aria-invalid'), id).to.equal('true');
      const describedBy = control.getAttribute('aria-describedby')!.split(' ');
      expect(describedBy, id).to.include(`${id}-error`);
      expect(text($(el, `#${id}-error`))).to.contain(text(links.find((a) => a.getAttribute('href') === `#${id}`)));
    }
    expect($(el, '#f-service_code-0').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, 'fieldset').getAttribute('aria-describedby')).to.equal('f-service_code-error');
    links[5]!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-phone');
    links[0]!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-service_code-0');
  });

  it('counts characters as the reader types, and announces the count politely only near the limit, after a pause', async () => {
    const { el } = await askForm();
    el.announceDelay = 100;
    const status = $(el, '#announce');
    const count = $(el, '#f-description ~ [part="character-count"]');
    type(el, 'description', '字'.repeat(100));
    await el.updateComplete;
    expect(text(count)).to.equal('还可以输入 500 个字');
    expect(count.getAttribute('aria-hidden')).to.equal('true');
    await new Promise((r) => setTimeout(r, 200));
    expect(text(status)).to.equal('');
    for (const n of [560, 570, 580, 590]) type(el, 'description', '字'.repeat(n));
    expect(text(status), 'not on every keystroke').to.equal('');
    await waitUntil(() => text(status) !== '', 'no announcement');
    expect(text(status)).to.equal('留言内容：还可以输入 10 个字');
    type(el, 'description', '字'.repeat(603));
    await el.updateComplete;
    expect(text(count)).to.equal('已超出 3 个字');
    await waitUntil(() => text(status).includes('已超出 3 个字'));
  });

  it('fires gov-load with the number of answered questions', async () => {
    const el = document.createElement('gov-ask-form');
    const { askDocument, newScope } = await import('./helpers.js');
    el.data = await askDocument('ok', newScope('load'));
    const loaded = oneEvent(el, 'gov-load');
    document.body.append(el);
    expect((await loaded).detail).to.include({ section: 'questions', count: 2 });
    el.remove();
  });
});

describe('ask form: receipt', () => {
  async function succeeded() {
    const { el, scope } = await askForm();
    await fillValid(el);
    await submitAndSettle(el);
    return { el, scope };
  }

  it('copies request id and query code with the Clipboard API', async () => {
    const { el } = await succeeded();
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
    try {
      $(el, '[part="copy"]').click();
      await waitUntil(() => written.length === 1);
      expect(written[0]).to.equal(`受理编号：${text($(el, '[part="request-id"]'))}，查询码：${text($(el, '[part="query-code"]'))}`);
      await waitUntil(() => text($(el, '#announce')).includes('已复制'));
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('shows on the copy button that the receipt was copied, until the reader does something else', async () => {
    const { el } = await succeeded();
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
    try {
      const button = $<HTMLButtonElement>(el, '[part="copy"]');
      expect(text(button)).to.equal('复制受理编号和查询码');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(button).includes('已复制'), 'the button did not say it copied');
      expect(text(button)).to.equal('✓ 已复制');
      // Still there while nothing else happens (no timer takes it away under a slow reader).
      await el.updateComplete;
      expect(text(button)).to.equal('✓ 已复制');
      // The next action ends it.
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(text(button)).to.equal('复制受理编号和查询码');
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('where the Clipboard API is missing (a plain-http county site), shows the receipt as a focused field with its text selected', async () => {
    const { el } = await succeeded();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      $(el, '[part="copy"]').click();
      await waitUntil(() => /已复制|已选中/.test(text($(el, '#announce'))));
      const field = $<HTMLTextAreaElement>(el, '[part="copy-text"]');
      expect(field.value)
        .to.contain(text($(el, '[part="request-id"]')))
        .and.contain(text($(el, '[part="query-code"]')));
      expect(field.readOnly).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(field);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
      expect(text($(el, '#announce'))).to.match(/已复制|已选中/);
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('shows the whole receipt in the copy fallback, full width and unclipped, even on a narrow phone in care mode', async () => {
    const { el } = await succeeded();
    el.care = true;
    el.style.display = 'block';
    el.style.inlineSize = '300px';
    await el.updateComplete;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      $(el, '[part="copy"]').click();
      await waitUntil(() => /已复制|已选中/.test(text($(el, '#announce'))));
      const field = $<HTMLTextAreaElement>(el, '[part="copy-text"]');
      // Nothing scrolled out of sight, either way.
      expect(field.scrollWidth, 'clipped sideways').to.be.at.most(field.clientWidth);
      expect(field.scrollHeight, 'clipped below').to.be.at.most(field.clientHeight);
      // As wide as the receipt's box, and the code visible in it.
      const box = $(el, '[part="success"]').getBoundingClientRect();
      const style = getComputedStyle($(el, '[part="success"]'));
      const inner =
        box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
      expect(field.getBoundingClientRect().width).to.be.closeTo(inner, 1);
      expect(field.value).to.contain(text($(el, '[part="query-code"]')));
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('opens the lookup with the receipt filled in', async () => {
    const { el } = await succeeded();
    const id = text($(el, '[part="request-id"]'));
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === '查询办理进度')!.click();
    await el.updateComplete;
    expect($(el, '#tab-lookup').getAttribute('aria-selected')).to.equal('true');
    expect($<HTMLInputElement>(el, '#l-service_request_id').value).to.equal(id);
    expect(el.shadowRoot!.activeElement?.id).to.equal('tab-lookup');
  });
});

describe('ask form: languages', () => {
  it('speaks English, with content in English where the document has it', async () => {
    const { el } = await askForm({ lang: 'en' });
    expect(text($(el, '#tab-ask'))).to.equal('Ask');
    expect(text($(el, '#tab-lookup'))).to.equal('Look up');
    expect(text($(el, '#tab-answered'))).to.equal('Answered');
    expect(text($(el, 'label:has(#f-service_code-0)'))).to.equal('Enquiry');
    expect(text($(el, '#f-organization_id option:nth-child(3)'))).to.equal('County Education Bureau');
    const result = await submitAndSettle(el);
    expect(result.kind === 'failure' && result.detail.message).to.equal('Please correct the following before sending');
  });

  it('speaks Traditional Chinese for zh-TW', async () => {
    const { el } = await askForm({ lang: 'zh-TW' });
    expect(text($(el, '#tab-lookup'))).to.equal('查詢');
    expect(text($(el, 'label:has(#f-service_code-0)'))).to.equal('諮詢');
  });
});
