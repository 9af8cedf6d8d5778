// The draft across reloads, and the promise that personal data never reaches any storage.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { GovAskForm } from '../../../src/widgets/ask-form/ask-form.js';
import { captureWarnings } from '../../helpers.js';
import { $, askDocument, askForm, check, fillValid, formValues, inspect, newScope, submitAndSettle, submits, submitsSettled, text, type, VALID, type Scenario } from './helpers.js';

afterEach(() => localStorage.clear());

const draftEntries = (): string[] => Object.keys(localStorage).filter((k) => k.startsWith('gov-ask-form:draft:'));

/** "Reloads the page": removes the element and makes a new one with the same data. */
async function reload(el: GovAskForm, scenario: Scenario, scope: string): Promise<GovAskForm> {
  el.remove();
  const data = await askDocument(scenario, scope);
  const again = await fixture<GovAskForm>(html`<gov-ask-form .data=${data}></gov-ask-form>`);
  await again.loadComplete;
  return again;
}

/** Every string any storage or cookie of this page holds. */
function everythingStored(): string {
  const parts = [document.cookie];
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)!;
      parts.push(key, storage.getItem(key) ?? '');
    }
  }
  return parts.join('\n');
}

describe('ask form: draft', () => {
  it('saves category, recipient, title and description as the reader types (debounced) and restores them on reload', async () => {
    const scope = newScope('draft');
    const { el } = await askForm({ scope });
    el.draftDelay = 50;
    await fillValid(el);
    type(el, 'email', 'wang@example.com');
    await waitUntil(() => draftEntries().length === 1, 'no draft written');
    const again = await reload(el, 'ok', scope);
    expect(formValues(again)).to.deep.include({
      service_code: 'consult',
      organization_id: 'edu',
      title: VALID.title,
      description: VALID.description,
      name: '',
      phone: '',
      email: '',
      consent: false,
    });
    expect(text($(again, '[part="draft-note"]'))).to.contain('已恢复').and.contain('请重新填写');
  });

  it('writes a pending change when the element goes away before the delay has passed', async () => {
    const scope = newScope('flush');
    const { el } = await askForm({ scope });
    el.draftDelay = 60_000;
    type(el, 'title', '最后一刻写下的标题');
    expect(draftEntries()).to.have.length(0);
    const again = await reload(el, 'ok', scope);
    expect(formValues(again).title).to.equal('最后一刻写下的标题');
  });

  it('never writes name, phone or e-mail to any storage or cookie, while typing or after sending', async () => {
    const { el } = await askForm();
    el.draftDelay = 0;
    await fillValid(el, { name: '王小明', phone: '139 1234 5678' });
    type(el, 'email', 'xiaoming.wang@example.com');
    await waitUntil(() => draftEntries().length === 1);
    await new Promise((r) => setTimeout(r, 20));
    for (const secret of ['王小明', '139 1234 5678', '13912345678', 'xiaoming.wang']) expect(everythingStored()).not.to.contain(secret);
    await submitAndSettle(el);
    for (const secret of ['王小明', '13912345678', 'xiaoming.wang']) expect(everythingStored()).not.to.contain(secret);
  });

  it('clears the draft after a success, and starts the next question empty with a new key', async () => {
    const { el, scope } = await askForm();
    el.draftDelay = 0;
    await fillValid(el);
    await waitUntil(() => draftEntries().length === 1);
    await submitAndSettle(el);
    expect(draftEntries()).to.have.length(0);
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === '再提一个问题')!.click();
    await el.updateComplete;
    expect(formValues(el)).to.deep.include({ title: '', description: '', name: '', phone: '' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-service_code-0');
    await fillValid(el, { title: '第二个问题' });
    await submitAndSettle(el);
    const sent = await submits(scope);
    expect(sent[1]!.headers['idempotency-key']).not.to.equal(sent[0]!.headers['idempotency-key']);
    expect((await inspect(scope)).stored).to.have.length(2);
  });

  it('keeps the key with the draft across a reload in mid-flight, so sending again does not duplicate the question', async () => {
    const scope = newScope('midflight');
    const { el } = await askForm({ scenario: 'lost-once', scope });
    await fillValid(el);
    await captureWarnings(async () => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
      // The page goes away while the request is out.
      const again = await reload(el, 'lost-once', scope);
      expect(text($(again, '[part="draft-note"]'))).to.contain('可能已经送达').and.contain('不会重复');
      // Contact details were not kept: the reader types them again.
      type(again, 'name', VALID.name);
      type(again, 'phone', '13800138000');
      check(again, '#f-consent');
      await again.updateComplete;
      // The first attempt has reached the server and been stored (its answer was cut): the server says when,
      // so sending again meets a finished first attempt, not one still being stored (which would be a 409).
      await submitsSettled(scope, 1);
      expect((await inspect(scope)).stored).to.have.length(1);
      const result = await submitAndSettle(again);
      expect(result.kind === 'success' && result.detail.replayed).to.equal(true);
    });
    const { stored, requests } = await inspect(scope);
    expect(stored).to.have.length(1);
    expect(new Set(requests.map((r) => r.headers['idempotency-key'])).size).to.equal(1);
  });

  it('offers to discard a restored draft, which forgets its key too', async () => {
    const scope = newScope('discard');
    const { el } = await askForm({ scope });
    el.draftDelay = 0;
    type(el, 'title', '不想要了');
    await waitUntil(() => draftEntries().length === 1);
    const again = await reload(el, 'ok', scope);
    $(again, '[part="draft-note"] button').click();
    await again.updateComplete;
    expect(formValues(again).title).to.equal('');
    expect(draftEntries()).to.have.length(0);
    expect(again.shadowRoot!.querySelector('[part="draft-note"]')).to.equal(null);
  });

  it('works without storage: every access throwing (private mode) breaks nothing', async () => {
    const proto = Storage.prototype;
    const saved = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
    const fail = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Object.assign(proto, { getItem: fail, setItem: fail, removeItem: fail });
    try {
      const { el, scope } = await askForm();
      el.draftDelay = 0;
      await fillValid(el);
      await new Promise((r) => setTimeout(r, 20));
      const result = await submitAndSettle(el);
      expect(result.kind).to.equal('success');
      expect((await inspect(scope)).stored).to.have.length(1);
    } finally {
      Object.assign(proto, saved);
    }
  });
});
