// Sending questions to the real reference endpoint (demo/questions-api.mjs), mounted in the test runner
// behind a fault layer (test/server/questions-middleware.mjs).
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { formatDate } from '../../../src/core/format.js';
import { addWorkdays, localDay } from '../../../src/widgets/ask-form/model/workdays.js';
import type { GovAskSubmitDetail } from '../../../src/widgets/ask-form/events.js';
import { captureWarnings, waitUntil } from '../../helpers.js';
import { $, askForm, check, fillValid, formValues, inspect, submitAndSettle, submitButton, submits, text, type, VALID } from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => localStorage.clear());

/**
 * The focused element's ring is the only frame in `box`: no element there (the box included) has a full frame of
 * the ring's colour (2 px or more on every side), which would read as a second focus indicator around it.
 */
function expectOneFocusFrame(box: Element, focused: Element): void {
  const ring = getComputedStyle(focused);
  expect(ring.outlineStyle, 'a visible focus ring').to.not.equal('none');
  const framed = [box, ...box.querySelectorAll('*')].filter((node) => {
    if (node === focused) return false;
    const style = getComputedStyle(node);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const frame = ['top', 'right', 'bottom', 'left'].every(
      (side) => parseFloat(style.getPropertyValue(`border-${side}-width`)) >= 2 && style.getPropertyValue(`border-${side}-color`) === ring.outlineColor,
    );
    return outline || frame;
  });
  expect(framed.map((node) => node.localName + (node.className ? `.${node.className}` : ''))).to.deep.equal([]);
}

describe('ask form: sending', () => {
  it('sends the exact payload with a matching Idempotency-Key, and shows the receipt the endpoint stored', async () => {
    const { el, scope } = await askForm();
    await fillValid(el);
    type(el, 'email', ' wang@example.com ');
    check(el, '#f-publish_consent');
    const result = await submitAndSettle(el);
    expect(result.kind).to.equal('success');

    const [request] = await submits(scope);
    const key = request!.headers['idempotency-key']!;
    expect(key).to.match(UUID);
    expect(request!.url).to.equal('/api/questions');
    expect(request!.headers['content-type']).to.equal('application/json');
    expect(request!.body).to.deep.equal({
      service_code: 'consult',
      organization_id: 'edu',
      title: VALID.title,
      description: VALID.description,
      name: '王小明',
      phone: '13800138000',
      email: 'wang@example.com',
      publish_consent: true,
      consent_version: '2026-01',
      idempotency_key: key,
      locale: 'zh-Hans',
    });

    const { stored } = await inspect(scope);
    expect(stored).to.have.length(1);
    const line = stored[0]!;
    expect(text($(el, '[part="request-id"]'))).to.equal(line.service_request_id);
    expect(text($(el, '[part="query-code"]'))).to.equal(line.query_code);
    if (result.kind === 'success') {
      expect(result.detail).to.deep.include({ idempotencyKey: key, replayed: false });
      expect(result.detail.response.service_request_id).to.equal(line.service_request_id);
    }
    // Focus on the receipt's heading; the reply date counted in working days; the endpoint's notice.
    expect(el.shadowRoot!.activeElement?.id).to.equal('success-title');
    expectOneFocusFrame($(el, '[part="success"]'), $(el, '#success-title'));
    const due = formatDate(addWorkdays(localDay(new Date()), 5), 'zh-Hans', 'long');
    expect(text($(el, '[part="expected"]')))
      .to.contain(`预计在 ${due} 前答复`)
      .and.contain('未计入法定节假日');
    expect(text($(el, '[part="notice-text"]'))).to.contain('5 个工作日内答复');
  });

  it('after a 500, keeps everything typed and retries with the same key: one question stored', async () => {
    const { el, scope } = await askForm({ scenario: '500-once' });
    await fillValid(el);
    const before = formValues(el);
    const { result } = await captureWarnings(() => submitAndSettle(el));
    expect(result).to.deep.include({ kind: 'failure' });
    expect(result.kind === 'failure' && result.detail).to.include({ reason: 'server', status: 500 });
    expect(text($(el, '[part="send-error"]')))
      .to.contain('错误代码 500')
      .and.contain('内容都还在');
    expect(formValues(el)).to.deep.equal(before);

    const retry = await submitAndSettle(el, () => $(el, '[part="retry"]').click());
    expect(retry.kind).to.equal('success');
    const sent = await submits(scope);
    expect(sent).to.have.length(2);
    expect(sent[1]!.headers['idempotency-key']).to.equal(sent[0]!.headers['idempotency-key']);
    expect(sent[1]!.body).to.deep.equal(sent[0]!.body);
    expect((await inspect(scope)).stored).to.have.length(1);
  });

  it('when the answer is lost after the endpoint stored the question, the retry gets the same request id', async () => {
    const { el, scope } = await askForm({ scenario: 'lost-once' });
    await fillValid(el);
    const { result: first } = await captureWarnings(() => submitAndSettle(el));
    expect(first.kind === 'failure' && first.detail.reason).to.equal('network');
    expect(text($(el, '[part="send-error"]'))).to.contain('网络连接中断');
    const [stored] = (await inspect(scope)).stored;
    expect(stored, 'stored before the answer was lost').to.exist;

    const second = await submitAndSettle(el, () => $(el, '[part="retry"]').click());
    expect(second.kind === 'success' && second.detail.replayed).to.equal(true);
    expect(text($(el, '[part="request-id"]'))).to.equal(stored!.service_request_id);
    expect((await inspect(scope)).stored).to.have.length(1);
  });

  it('when the connection closes before any answer, the question is still stored once (a browser may resend by itself)', async () => {
    const { el, scope } = await askForm({ scenario: 'reset-once' });
    await fillValid(el);
    const { result: first } = await captureWarnings(() => submitAndSettle(el));
    // Chromium resends a POST whose reused connection closed without an answer; the endpoint replays.
    const result = first.kind === 'success' ? first : await submitAndSettle(el, () => $(el, '[part="retry"]').click());
    expect(result.kind).to.equal('success');
    const { stored, requests } = await inspect(scope);
    expect(stored).to.have.length(1);
    expect(new Set(requests.map((r) => r.headers['idempotency-key'])).size).to.equal(1);
    expect(text($(el, '[part="request-id"]'))).to.equal(stored[0]!.service_request_id);
  });

  it('shows 422 field errors beside their fields and in the summary, which takes focus', async () => {
    // The document allows 100 characters, the endpoint 25: only the endpoint finds the title too long.
    const { el, scope } = await askForm({ change: (q) => ((q.form as { max_title: number }).max_title = 100) });
    await fillValid(el, { title: '关于城东路十二号附近路灯长期不亮影响夜间出行安全的问题反映' });
    const { result } = await captureWarnings(() => submitAndSettle(el));
    expect(result.kind === 'failure' && result.detail).to.deep.include({ reason: 'invalid', status: 422, fields: ['title'] });

    const title = $<HTMLInputElement>(el, '#f-title');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    const error = $(el, '#f-title-error');
    expect(title.getAttribute('aria-describedby')!.split(' ')).to.include('f-title-error');
    expect(text(error)).to.contain('不能超过 25 个字');
    const summary = $(el, '[part="error-summary"]');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const link = summary.querySelector('a')!;
    expect(text(link)).to.contain('不能超过 25 个字');
    link.click();
    expect(el.shadowRoot!.activeElement).to.equal(title);
    expect(location.hash).to.equal('');
    expect((await inspect(scope)).stored).to.have.length(0);

    // Corrected, the same key goes through (nothing was stored under it).
    type(el, 'title', '路灯不亮');
    const fixed = await submitAndSettle(el);
    expect(fixed.kind).to.equal('success');
    const sent = await submits(scope);
    expect(sent[1]!.headers['idempotency-key']).to.equal(sent[0]!.headers['idempotency-key']);
  });

  it('counts a request with no answer within requestTimeout as failed, and the retry reuses the key', async () => {
    const { el, scope } = await askForm({ scenario: 'hang-once', timeout: 300 });
    await fillValid(el);
    const { result } = await captureWarnings(() => submitAndSettle(el));
    expect(result.kind === 'failure' && result.detail.reason).to.equal('timeout');
    expect(text($(el, '[part="send-error"]'))).to.contain('长时间没有响应');
    expect(formValues(el)).to.include({ title: VALID.title, name: VALID.name, phone: VALID.phone });
    const retry = await submitAndSettle(el, () => $(el, '[part="retry"]').click());
    expect(retry.kind).to.equal('success');
    const sent = await submits(scope);
    expect(sent.map((r) => r.headers['idempotency-key'])).to.deep.equal([sent[0]!.headers['idempotency-key'], sent[0]!.headers['idempotency-key']]);
    expect((await inspect(scope)).stored).to.have.length(1);
  });

  it('waits 20 seconds by default, and the limit cannot be set from markup', async () => {
    const { el } = await askForm();
    expect(el.requestTimeout).to.equal(20_000);
    el.setAttribute('request-timeout', '1');
    el.setAttribute('requesttimeout', '1');
    expect(el.requestTimeout).to.equal(20_000);
  });

  it('a double click sends one request', async () => {
    const { el, scope } = await askForm();
    await fillValid(el);
    submitButton(el).scrollIntoView({ block: 'center' });
    const rect = submitButton(el).getBoundingClientRect();
    const position: [number, number] = [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
    const result = await submitAndSettle(el, async () => {
      await sendMouse({ type: 'click', position });
      await sendMouse({ type: 'click', position });
    });
    expect(result.kind).to.equal('success');
    expect(await submits(scope)).to.have.length(1);
  });

  it('Enter pressed twice in a field sends one request', async () => {
    const { el, scope } = await askForm();
    await fillValid(el);
    $(el, '#f-title').focus();
    const result = await submitAndSettle(el, async () => {
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
    });
    expect(result.kind).to.equal('success');
    expect(await submits(scope)).to.have.length(1);
  });

  it('while a request is out the button is busy but focusable, and clicks or Enter send nothing more', async () => {
    const { el, scope } = await askForm({ scenario: 'hang', timeout: 1500 });
    await fillValid(el);
    const { result } = await captureWarnings(() =>
      submitAndSettle(el, async () => {
        submitButton(el).click();
        await el.updateComplete;
        const button = submitButton(el);
        expect(button.getAttribute('aria-disabled')).to.equal('true');
        expect(button.disabled).to.equal(false);
        expect(text(button)).to.equal('正在发送…');
        button.focus();
        expect(el.shadowRoot!.activeElement).to.equal(button);
        button.click();
        await sendKeys({ press: 'Enter' });
        $(el, '#f-title').focus();
        await sendKeys({ press: 'Enter' });
      }),
    );
    expect(result.kind === 'failure' && result.detail.reason).to.equal('timeout');
    expect(await submits(scope)).to.have.length(1);
  });

  it('after a 429 says when to try again, sends nothing before then, and then sends with the same key', async () => {
    const { el, scope } = await askForm({ scenario: '429-once' });
    await fillValid(el);
    const { result } = await captureWarnings(() => submitAndSettle(el));
    expect(result.kind === 'failure' && result.detail.reason).to.equal('rate-limited');
    if (result.kind === 'failure') expect(result.detail.retryAt! - Date.now()).to.be.within(-100, 1100);
    expect(text($(el, '[part="send-error"]'))).to.match(/请在 1 秒后（.+）再试/);
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    submitButton(el).click();
    expect(await submits(scope)).to.have.length(1);

    await waitUntil(() => submitButton(el).getAttribute('aria-disabled') === 'false', 'the wait did not end');
    expect(text($(el, '[role="status"]'))).to.contain('现在可以重新提交了');
    const retry = await submitAndSettle(el);
    expect(retry.kind).to.equal('success');
    const sent = await submits(scope);
    expect(sent[1]!.headers['idempotency-key']).to.equal(sent[0]!.headers['idempotency-key']);
  });

  it('lets an integrator add a captcha token through gov-ask-submit, but not change the question or its key', async () => {
    const { el, scope } = await askForm();
    await fillValid(el);
    el.addEventListener('gov-ask-submit', (e) => {
      expect(e.cancelable).to.equal(true);
      expect(e.detail.attempt).to.equal(1);
      e.detail.payload.captcha_token = 'tok-123';
      e.detail.payload.title = 'changed';
      e.detail.payload.idempotency_key = 'not-a-key';
    });
    await submitAndSettle(el);
    const [request] = await submits(scope);
    expect(request!.body).to.include({ captcha_token: 'tok-123', title: VALID.title });
    expect(request!.body!.idempotency_key).to.equal(request!.headers['idempotency-key']);
    expect(request!.headers['idempotency-key']).to.match(UUID);
  });

  it('sends nothing when gov-ask-submit is cancelled, and stays ready', async () => {
    const { el, scope } = await askForm();
    await fillValid(el);
    el.addEventListener('gov-ask-submit', (e) => e.preventDefault(), { once: true });
    submitButton(el).click();
    await el.updateComplete;
    expect(await submits(scope)).to.have.length(0);
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
    expect((await submitAndSettle(el)).kind).to.equal('success');
  });

  it('holds the send for a slow captcha (waitUntil): no second request meanwhile, the token and the same key after', async () => {
    const { el, scope } = await askForm({ scenario: '500-once' });
    await fillValid(el);
    const captchas: { pass: (token: string) => void }[] = [];
    el.addEventListener('gov-ask-submit', (e) => {
      const { payload } = e.detail;
      e.detail.waitUntil(
        new Promise<void>((resolve) => {
          captchas.push({
            pass: (token) => {
              payload.captcha_token = token;
              resolve();
            },
          });
        }),
      );
    });
    submitButton(el).click();
    await el.updateComplete;
    expect(captchas).to.have.length(1);
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(text(submitButton(el))).to.equal('正在发送…');
    // Clicks while the captcha is open start nothing: no event, no request.
    submitButton(el).click();
    submitButton(el).click();
    await el.updateComplete;
    expect(captchas).to.have.length(1);
    expect(await submits(scope)).to.have.length(0);

    // The first attempt fails (500): the retry asks for a captcha again and sends under the same key.
    const { result: first } = await captureWarnings(() => submitAndSettle(el, () => captchas[0]!.pass('tok-1')));
    expect(first.kind).to.equal('failure');
    const retry = await submitAndSettle(el, async () => {
      submitButton(el).click();
      await el.updateComplete;
      expect(captchas).to.have.length(2);
      captchas[1]!.pass('tok-2');
    });
    expect(retry.kind).to.equal('success');
    const sent = await submits(scope);
    expect(sent.map((r) => r.body!.captcha_token)).to.deep.equal(['tok-1', 'tok-2']);
    expect(sent[1]!.headers['idempotency-key']).to.equal(sent[0]!.headers['idempotency-key']);
    expect((await inspect(scope)).stored).to.have.length(1);
  });

  it('a rejected waitUntil promise cancels the attempt: nothing sent, the form ready, the reason warned', async () => {
    const { el, scope } = await askForm();
    await fillValid(el);
    let fail!: (reason: Error) => void;
    el.addEventListener('gov-ask-submit', (e) => e.detail.waitUntil(new Promise((_, reject) => (fail = reject))), { once: true });
    submitButton(el).click();
    await el.updateComplete;
    const { warnings } = await captureWarnings(async () => {
      fail(new Error('the reader closed the captcha'));
      await waitUntil(() => submitButton(el).getAttribute('aria-disabled') === 'false', 'the form stayed busy');
    });
    expect(warnings.join('\n')).to.contain('the reader closed the captcha');
    expect(text(submitButton(el))).to.equal('提交留言');
    expect(await submits(scope)).to.have.length(0);
    expect((await submitAndSettle(el)).kind).to.equal('success');
  });

  it('waitUntil after the event was dispatched throws, as ExtendableEvent does', async () => {
    const { el } = await askForm();
    await fillValid(el);
    let late: GovAskSubmitDetail | undefined;
    el.addEventListener('gov-ask-submit', (e) => (late = e.detail), { once: true });
    expect((await submitAndSettle(el)).kind).to.equal('success');
    expect(() => late!.waitUntil(Promise.resolve())).to.throw(DOMException, /while the event is dispatched/);
  });

  it('sends nothing when the honeypot field is filled in', async () => {
    const { el, scope } = await askForm();
    await fillValid(el);
    const hp = $<HTMLInputElement>(el, '#f-hp');
    expect(hp.name).not.to.be.oneOf(['service_code', 'organization_id', 'title', 'description', 'name', 'phone', 'email', 'publish_consent', 'consent']);
    expect(hp.tabIndex).to.equal(-1);
    expect(hp.closest('[aria-hidden="true"]')).to.exist;
    expect(getComputedStyle(hp.closest('.hp')!).clipPath).to.equal('inset(50%)');
    expect(hp.closest('.hp')!.getBoundingClientRect().width).to.be.at.most(1);
    hp.value = 'http://spam.example';
    const result = await submitAndSettle(el);
    expect(result.kind === 'failure' && result.detail.reason).to.equal('bot');
    expect(await submits(scope)).to.have.length(0);
  });

  it('edited after a lost answer: recovers the first receipt instead of storing the question twice', async () => {
    const { el, scope } = await askForm({ scenario: 'lost-once' });
    await fillValid(el);
    await captureWarnings(() => submitAndSettle(el));
    type(el, 'description', `${VALID.description}另外，需要体检证明吗？`);
    const { result } = await captureWarnings(() => submitAndSettle(el));
    expect(result.kind === 'success' && result.detail.replayed).to.equal(true);
    const { stored } = await inspect(scope);
    expect(stored).to.have.length(1);
    expect(stored[0]!.question.description).to.equal(VALID.description);
    expect(text($(el, '[part="request-id"]'))).to.equal(stored[0]!.service_request_id);
    expect(text($(el, '[part="success"]'))).to.contain('之后所做的修改没有发送');
  });

  it('reply_workdays too large to count (100000000): the receipt still shows, and a reload does not send again', async () => {
    const { el, scope } = await askForm({ change: (q) => (q.reply_workdays = 100_000_000) });
    await fillValid(el);
    const { result } = await captureWarnings(() => submitAndSettle(el));
    expect(result.kind).to.equal('success');
    const { stored } = await inspect(scope);
    expect(stored).to.have.length(1);
    expect(text($(el, '[part="request-id"]'))).to.equal(stored[0]!.service_request_id);
    expect(text($(el, '[part="query-code"]'))).to.equal(stored[0]!.query_code);
    expect(el.shadowRoot!.querySelector('[part="submit"]'), 'not stuck on 正在发送…').to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="expected"]'), 'no made-up date').to.equal(null);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('gov-ask-form:draft:'))).to.have.length(0);
  });

  it("counts the reply date with the county's working calendar (holidays and make-up working days)", async () => {
    const today = localDay(new Date());
    const next = (n: number): string => {
      const d = new Date(`${today}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + n);
      return d.toISOString().slice(0, 10);
    };
    // The next 10 days are holidays; the 12th day from today is a make-up working day, whatever weekday it is.
    const holidays = Array.from({ length: 10 }, (_, i) => next(i + 1));
    const calendar = { holidays, workdays: [next(12)] };
    const { el } = await askForm({ change: (q) => ((q.reply_workdays = 1), (q.working_calendar = calendar)) });
    await fillValid(el);
    await submitAndSettle(el);
    const due = addWorkdays(today, 1, calendar);
    expect(due > next(10)).to.equal(true);
    expect(text($(el, '[part="expected"]')))
      .to.contain(formatDate(due, 'zh-Hans', 'long'))
      .and.contain('节假日和调休')
      .and.not.contain('未计入法定节假日');
  });
});
