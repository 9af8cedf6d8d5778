// The draft across reloads, and the promise that personal data never reaches any storage.
import { expect, fixture, html } from '@open-wc/testing';
import type { GovAskForm } from '../../../src/widgets/ask-form/ask-form.js';
import { captureWarnings, waitUntil } from '../../helpers.js';
import {
  $,
  askDocument,
  askForm,
  check,
  fillValid,
  formValues,
  inspect,
  newScope,
  submitAndSettle,
  submitButton,
  submits,
  submitsSettled,
  text,
  type,
  VALID,
  type Scenario,
} from './helpers.js';

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

/**
 * Sends, and "reloads the page" once the first attempt has reached the server and been stored (under
 * `lost-once` its answer is cut, so the page never learnt it): the reloaded form, its contact details empty.
 */
async function sentThenReloaded(el: GovAskForm, scope: string): Promise<GovAskForm> {
  submitButton(el).click();
  await submitsSettled(scope, 1);
  return reload(el, 'lost-once', scope);
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
    expect(text($(again, '[part="draft-note"]')))
      .to.contain('已恢复')
      .and.contain('请重新填写');
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
      expect(text($(again, '[part="draft-note"]')))
        .to.contain('可能已经送达')
        .and.contain('不会重复');
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
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to be put back on the prototype, never called here
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

  /** The key this page's form keeps its draft under (as another tab of the same page would find it). */
  const onlyEntry = (): string => {
    const entries = draftEntries();
    expect(entries).to.have.length(1);
    return entries[0]!;
  };

  it('keeps a draft for 24 hours: an older one is not restored and is deleted, as are expired drafts of other pages', async () => {
    const scope = newScope('expiry');
    const { el } = await askForm({ scope });
    el.draftDelay = 0;
    type(el, 'description', '事情经过：某某路口，昨天晚上。');
    await waitUntil(() => draftEntries().length === 1);
    const key = onlyEntry();
    const saved = JSON.parse(localStorage.getItem(key)!) as Record<string, unknown>;
    const hour = 3_600_000;
    // 23 hours old: still restored.
    localStorage.setItem(key, JSON.stringify({ ...saved, saved_at: Date.now() - 23 * hour }));
    let again = await reload(el, 'ok', scope);
    expect(formValues(again).description).to.equal('事情经过：某某路口，昨天晚上。');
    // 25 hours old: not restored, and gone from the device; so is another page's draft of last month.
    localStorage.setItem(key, JSON.stringify({ ...saved, saved_at: Date.now() - 25 * hour }));
    const other = 'gov-ask-form:draft:v1:http://localhost/some/other/page|http://localhost/api/questions';
    localStorage.setItem(other, JSON.stringify({ description: '别人的事情经过', saved_at: Date.now() - 30 * 24 * hour }));
    localStorage.setItem('unrelated-key', 'kept');
    again = await reload(again, 'ok', scope);
    expect(formValues(again).description).to.equal('');
    expect(again.shadowRoot!.querySelector('[part="draft-note"]')).to.equal(null);
    expect(localStorage.getItem(key)).to.equal(null);
    expect(localStorage.getItem(other)).to.equal(null);
    expect(localStorage.getItem('unrelated-key')).to.equal('kept');
  });

  it('keeps one draft per page whatever the query string (WeChat adds ?from=timeline)', async () => {
    const scope = newScope('query');
    const page = location.href;
    try {
      const { el } = await askForm({ scope });
      el.draftDelay = 0;
      type(el, 'title', '同一个页面');
      await waitUntil(() => draftEntries().length === 1);
      history.replaceState(null, '', `${location.pathname}?from=timeline&isappinstalled=0#top`);
      const again = await reload(el, 'ok', scope);
      expect(formValues(again).title).to.equal('同一个页面');
      again.draftDelay = 0;
      type(again, 'title', '同一个页面，改过');
      await waitUntil(() => draftEntries().some((k) => localStorage.getItem(k)!.includes('改过')), 'the edit was not saved');
      expect(draftEntries()).to.have.length(1);
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('says that the text is kept on this device, and its button deletes it', async () => {
    const scope = newScope('notice');
    const { el } = await askForm({ scope });
    el.draftDelay = 0;
    expect(el.shadowRoot!.querySelector('[part="draft-notice"]'), 'nothing kept yet').to.equal(null);
    type(el, 'description', '事情经过');
    await waitUntil(() => draftEntries().length === 1);
    await el.updateComplete;
    const notice = $(el, '[part="draft-notice"]');
    expect(text(notice)).to.contain('内容暂存在本设备').and.contain('24 小时').and.contain('姓名和联系方式不保存');
    const button = notice.querySelector<HTMLButtonElement>('button')!;
    expect(text(button)).to.equal('清除暂存内容');
    button.click();
    await el.updateComplete;
    expect(draftEntries()).to.have.length(0);
    expect(formValues(el).description).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="draft-notice"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-service_code-0');
    expect(text($(el, '#announce'))).to.contain('已清除');
  });

  it("two tabs with one draft: the second tab sends under the first tab's key, and one question is stored", async () => {
    const scope = newScope('tabs');
    const { el } = await askForm({ scope });
    el.draftDelay = 0;
    await fillValid(el);
    await waitUntil(() => draftEntries().length === 1);
    const key = onlyEntry();
    const draft = JSON.parse(localStorage.getItem(key)!) as Record<string, unknown>;
    // The other tab (the same page, the same draft restored) sends first: it writes its key to the draft,
    // the endpoint stores the question, the other tab's success removes the draft. The browser tells this
    // tab of each change with a storage event.
    const otherKey = crypto.randomUUID();
    const tell = (newValue: string | null, oldValue: string | null): void => {
      if (newValue === null) localStorage.removeItem(key);
      else localStorage.setItem(key, newValue);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue, oldValue, storageArea: localStorage, url: location.href }));
    };
    const sent = JSON.stringify({ ...draft, idempotency_key: otherKey, sent: true, saved_at: Date.now() });
    tell(sent, JSON.stringify(draft));
    const response = await fetch(`/qa/ok/${scope}/api/questions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': otherKey },
      body: JSON.stringify({
        service_code: 'consult',
        organization_id: 'edu',
        title: VALID.title,
        description: VALID.description,
        name: '王小明',
        phone: '13800138000',
        publish_consent: false,
        consent_version: '2026-01',
        idempotency_key: otherKey,
        locale: 'zh-Hans',
      }),
    });
    expect(response.status).to.equal(201);
    const receipt = (await response.json()) as { service_request_id: string; query_code: string };
    tell(null, sent);
    // This tab's reader presses submit too.
    const result = await submitAndSettle(el);
    expect(result.kind).to.equal('success');
    const { stored } = await inspect(scope);
    expect(stored).to.have.length(1);
    expect(text($(el, '[part="request-id"]'))).to.equal(receipt.service_request_id);
    expect(text($(el, '[part="query-code"]'))).to.equal(receipt.query_code);
  });

  it('a reload in mid-flight, then contact details typed again without the optional e-mail: one question, its receipt shown', async () => {
    const scope = newScope('retyped');
    const { el } = await askForm({ scenario: 'lost-once', scope });
    await fillValid(el);
    type(el, 'email', 'wang@example.com');
    await el.updateComplete;
    await captureWarnings(async () => {
      const again = await sentThenReloaded(el, scope);
      type(again, 'name', VALID.name);
      type(again, 'phone', VALID.phone);
      check(again, '#f-consent');
      await again.updateComplete;
      const result = await submitAndSettle(again);
      expect(result.kind, JSON.stringify(result.detail)).to.equal('success');
      const { stored } = await inspect(scope);
      expect(stored).to.have.length(1);
      expect(text($(again, '[part="request-id"]'))).to.equal(stored[0]!.service_request_id);
      expect(text($(again, '[part="query-code"]'))).to.equal(stored[0]!.query_code);
    });
  });

  it('a reload in mid-flight, then the text edited too: the original receipt, a note that the edits were not sent, one question', async () => {
    const scope = newScope('edited');
    const { el } = await askForm({ scenario: 'lost-once', scope });
    await fillValid(el);
    check(el, '#f-publish_consent');
    await el.updateComplete;
    await captureWarnings(async () => {
      const again = await sentThenReloaded(el, scope);
      type(again, 'description', `${VALID.description}（补充：需要体检证明吗？）`);
      type(again, 'name', VALID.name);
      type(again, 'phone', VALID.phone);
      check(again, '#f-consent');
      await again.updateComplete;
      const result = await submitAndSettle(again);
      expect(result.kind, JSON.stringify(result.detail)).to.equal('success');
      const { stored } = await inspect(scope);
      expect(stored).to.have.length(1);
      expect(stored[0]!.question.description).to.equal(VALID.description);
      expect(text($(again, '[part="request-id"]'))).to.equal(stored[0]!.service_request_id);
      expect(text($(again, '[part="success"]'))).to.contain('之后所做的修改没有发送');
    });
  });
});
