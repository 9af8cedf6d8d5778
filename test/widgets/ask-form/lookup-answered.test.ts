// The lookup view against the real endpoint, and the answered questions with their next page.
import { expect } from '@open-wc/testing';
import type { GovAskForm } from '../../../src/widgets/ask-form/ask-form.js';
import { captureWarnings, mockUrl, waitUntil } from '../../helpers.js';
import { $, $$, askForm, inspect, text, VALID } from './helpers.js';

/** Sends a question straight to the endpoint (as another visit would have) and answers it as the department. */
async function storedQuestion(scope: string, answer = true): Promise<{ id: string; code: string }> {
  const key = crypto.randomUUID();
  const response = await fetch(`/qa/ok/${scope}/api/questions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify({
      service_code: 'consult',
      organization_id: 'edu',
      title: VALID.title,
      description: VALID.description,
      name: VALID.name,
      phone: VALID.phone,
      consent_version: '2026-01',
      idempotency_key: key,
      locale: 'zh-Hans',
    }),
  });
  const receipt = (await response.json()) as { service_request_id: string; query_code: string };
  if (answer) {
    await fetch('/qa-admin/update', {
      method: 'POST',
      body: JSON.stringify({
        service_request_id: receipt.service_request_id,
        status: 'answered',
        status_notes: '已由县教育局答复。',
        reply: { text: '请准备户口簿、房产证明和预防接种证。', replied_at: '2026-11-24', organization_id: 'edu' },
      }),
    });
  }
  return { id: receipt.service_request_id, code: receipt.query_code };
}

function lookupType(el: GovAskForm, name: string, value: string): void {
  const input = $<HTMLInputElement>(el, `#panel-lookup [name="${name}"]`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function lookUp(el: GovAskForm, id: string, code: string): Promise<void> {
  $(el, '#tab-lookup').click();
  await el.updateComplete;
  lookupType(el, 'service_request_id', id);
  lookupType(el, 'query_code', code);
  $(el, '[part="lookup-submit"]').click();
  await el.updateComplete;
  await waitUntil(() => $(el, '[part="lookup-submit"]').getAttribute('aria-disabled') === 'false', 'the lookup did not end');
  await el.updateComplete;
}

describe('ask form: lookup', () => {
  it('has controls named service_request_id and query_code under a tab labelled 查询', async () => {
    const { el } = await askForm();
    expect(text($(el, '#tab-lookup'))).to.equal('查询');
    // The view's code loads when the reader opens it (a chunk of its own in the bundles).
    $(el, '#tab-lookup').click();
    await el.updateComplete;
    expect($$(el, '#panel-lookup input').map((i) => i.getAttribute('name'))).to.deep.equal(['service_request_id', 'query_code']);
  });

  it('finds a question and shows its localized status, notes and the reply', async () => {
    const { el, scope } = await askForm();
    const { id, code } = await storedQuestion(scope);
    await lookUp(el, id, ` ${code.toLowerCase()} `);
    const get = (await inspect(scope)).requests.find((r) => r.method === 'GET')!;
    const url = new URL(get.url, location.href);
    expect(url.pathname).to.equal('/api/questions/lookup');
    expect(url.searchParams.get('service_request_id')).to.equal(id);
    const result = $(el, '[part="lookup-result"]');
    expect(text(result.querySelector('[part="status"]'))).to.equal('已答复');
    expect(text(result)).to.contain(id).and.contain('已由县教育局答复。');
    expect(text($(el, '[part="reply"]')))
      .to.contain('县教育局')
      .and.contain('2026年11月24日')
      .and.contain('请准备户口簿');
    expect(el.shadowRoot!.activeElement?.id).to.equal('lookup-result-title');
  });

  it('says "not found" alike for a wrong code and an unknown id, without saying which', async () => {
    const { el, scope } = await askForm();
    const { id, code } = await storedQuestion(scope, false);
    const messages: string[] = [];
    await captureWarnings(async () => {
      await lookUp(el, id, 'WRONG234');
      messages.push(text($(el, '[part="not-found"]')));
      await lookUp(el, '20000101-000000', code);
      messages.push(text($(el, '[part="not-found"]')));
    });
    expect(messages[0]).to.equal('没有找到这条留言。请核对受理编号和查询码后再试。');
    expect(messages[1]).to.equal(messages[0]);
    expect($(el, '[part="not-found"]').getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.querySelector('[part="lookup-result"]')).to.equal(null);
  });

  it('asks for both values before sending anything', async () => {
    const { el, scope } = await askForm();
    $(el, '#tab-lookup').click();
    await el.updateComplete;
    $(el, '[part="lookup-submit"]').click();
    await el.updateComplete;
    expect((await inspect(scope)).requests).to.have.length(0);
    expect($(el, '#l-service_request_id').getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#l-query_code-error'))).to.contain('请填写查询码');
    expect(el.shadowRoot!.activeElement?.id).to.equal('l-service_request_id');
  });

  it('never writes the request id or the query code to the console when a lookup fails', async () => {
    const id = '20261120-654321';
    const code = 'K7WQ2MZP';
    for (const lookup of [mockUrl('status/500'), mockUrl('status/404'), mockUrl('status/400')]) {
      const { el } = await askForm({ change: (q) => (q.endpoints = { submit: '/api/questions', lookup }) });
      const { warnings } = await captureWarnings(() => lookUp(el, id, code));
      expect(warnings.join('\n'), lookup).to.contain('lookup');
      expect(warnings.join('\n'), lookup).not.to.contain(id).and.not.to.contain(code);
    }
  });
});

describe('ask form: answered questions', () => {
  it('lists answered questions with dates and departments, and pages through answered_next_url', async () => {
    const { el } = await askForm();
    $(el, '#tab-answered').click();
    await el.updateComplete;
    const items = () => $$(el, '[part="answered-item"]');
    expect(items()).to.have.length(2);
    const first = text(items()[0]);
    expect(first)
      .to.contain('医保卡丢失怎么补办？')
      .and.contain('求助')
      .and.contain('县卫生健康局')
      .and.contain('2026年11月10日')
      .and.contain('2026年11月12日');
    expect(text(items()[0]!.querySelector('.reply'))).to.contain('请携带身份证');
    const next = [...el.shadowRoot!.querySelectorAll('[part="pager"] button')].find((b) => text(b) === '下一页') as HTMLButtonElement;
    next.click();
    await waitUntil(() => items().length === 1, 'the next page did not come');
    await el.updateComplete;
    expect(text(items()[0])).to.contain('路灯不亮了').and.contain('县政府办公室').and.contain('2026年10月23日');
    expect(text($(el, '#answered-heading'))).to.contain('第 2 页');
    // Focus on the first new question (its heading, focusable by script only), not left on the button below.
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused).to.equal(items()[0]!.querySelector('.answered-title'));
    expect(focused.tabIndex).to.equal(-1);
    const buttons = [...el.shadowRoot!.querySelectorAll('[part="pager"] button')].map((b) => text(b));
    expect(buttons).to.deep.equal(['上一页']);
    ([...el.shadowRoot!.querySelectorAll('[part="pager"] button')][0] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(items()).to.have.length(2);
    expect(el.shadowRoot!.activeElement).to.equal(items()[0]!.querySelector('.answered-title'));
    await expect(el).to.be.accessible();
  });

  it('says so when the next page cannot be loaded, and keeps the current one', async () => {
    const { el } = await askForm({ change: (q) => (q.answered_next_url = mockUrl('status/503')) });
    $(el, '#tab-answered').click();
    await el.updateComplete;
    const { warnings } = await captureWarnings(async () => {
      ([...el.shadowRoot!.querySelectorAll('[part="pager"] button')].find((b) => text(b) === '下一页') as HTMLButtonElement).click();
      await waitUntil(() => el.shadowRoot!.querySelector('#panel-answered [role="alert"]') !== null);
    });
    expect(text($(el, '#panel-answered [role="alert"]'))).to.contain('下一页暂时无法加载');
    expect($(el, '#panel-answered [role="alert"]').getAttribute('part'), "named like the feed's failed page").to.equal('page-error');
    expect($$(el, '[part="answered-item"]')).to.have.length(2);
    expect(warnings.join()).to.contain('503');
  });

  it('stops at a page it has shown before (answered_next_url looping A → B → A)', async () => {
    const keyA = `loop-a-${Math.random().toString(36).slice(2)}`;
    const keyB = `loop-b-${Math.random().toString(36).slice(2)}`;
    const urlOf = (key: string): string => new URL(`/pages/store/${key}`, location.href).href;
    const put = (key: string, body: unknown) => fetch(urlOf(key), { method: 'PUT', body: JSON.stringify(body) });
    await put(keyA, { answered: [{ id: 'a', title: 'PAGE-A', answer: { text: '答复 A' } }], answered_next_url: urlOf(keyB) });
    await put(keyB, { answered: [{ id: 'b', title: 'PAGE-B', answer: { text: '答复 B' } }], answered_next_url: `${urlOf(keyA)}#again` });
    const { el } = await askForm({ change: (q) => (q.answered_next_url = urlOf(keyA)) });
    $(el, '#tab-answered').click();
    await el.updateComplete;
    const nextButton = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="pager"] button')].find((b) => text(b) === '下一页');
    const seen: string[] = [];
    const { warnings } = await captureWarnings(async () => {
      for (let step = 0; step < 6 && nextButton(); step++) {
        const before = text($(el, '#answered-heading'));
        nextButton()!.click();
        await waitUntil(() => text($(el, '#answered-heading')) !== before, 'the next page did not come');
        await el.updateComplete;
        seen.push(...$$(el, '[part="answered-item"] h3, [part="answered-item"] .title').map((n) => text(n)));
      }
    });
    expect(nextButton(), 'no next page after B').to.equal(undefined);
    expect(text($(el, '[part="answered-list"]'))).to.contain('PAGE-B');
    expect(text($(el, '#answered-heading'))).to.contain('第 3 页');
    expect(warnings.join()).to.contain('loop');
  });

  it('shows no tabs when the document offers neither a lookup nor answered questions', async () => {
    const { el } = await askForm({
      change: (q) => {
        q.answered = [];
        q.answered_next_url = null;
        q.endpoints = { submit: '/api/questions' };
      },
    });
    expect(el.shadowRoot!.querySelector('[role="tablist"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('#panel-answered')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="form"]')).to.exist;
  });
});
