/**
 * Data for the ask-form stories: a small discovery document with the questions section inline, and a fake
 * endpoint inside the page (Storybook has no server), so every state can be shown without a network.
 */

/** Requests to this origin are answered by {@link installFakeEndpoint}; nothing leaves the page. */
export const FAKE_ENDPOINT = 'https://fake-endpoint.gov-widgets.invalid';

export type FakeMode = 'ok' | 'invalid' | 'hang';

const organizations = [
  { id: 'gov-office', name: { 'zh-Hans': '县政府办公室', 'zh-Hant': '縣政府辦公室', en: 'County Government Office' } },
  { id: 'edu', name: { 'zh-Hans': '县教育局', 'zh-Hant': '縣教育局', en: 'County Education Bureau' } },
  { id: 'health', name: { 'zh-Hans': '县卫生健康局', 'zh-Hant': '縣衛生健康局', en: 'County Health Bureau' } },
];

export function askFormData(mode: FakeMode = 'ok'): unknown {
  return {
    version: '1.0',
    organizations,
    questions: {
      endpoints: { submit: `${FAKE_ENDPOINT}/${mode}/questions`, lookup: `${FAKE_ENDPOINT}/${mode}/questions/lookup` },
      services: [
        { service_code: 'consult', service_name: { 'zh-Hans': '咨询', 'zh-Hant': '諮詢', en: 'Enquiry' } },
        { service_code: 'complaint', service_name: { 'zh-Hans': '投诉', 'zh-Hant': '投訴', en: 'Complaint' } },
        { service_code: 'suggestion', service_name: { 'zh-Hans': '建议', 'zh-Hant': '建議', en: 'Suggestion' } },
        { service_code: 'help', service_name: { 'zh-Hans': '求助', 'zh-Hant': '求助', en: 'Request for help' } },
      ],
      recipients: ['gov-office', 'edu', 'health'],
      form: { max_title: 25, max_body: 600, fields: { name: 'required', phone: 'required', email: 'optional' }, allow_publish_opt_in: true },
      consent: {
        version: '2026-01',
        notice_url: 'https://example.gov.cn/privacy.html',
        text: { 'zh-Hans': '我已阅读并同意《个人信息处理说明》。', en: 'I have read and agree to the privacy notice.' },
      },
      reply_workdays: 5,
      answered: [
        {
          id: 'q-1002',
          title: { 'zh-Hans': '医保卡丢失怎么补办？', en: 'How do I replace a lost medical insurance card?' },
          question: '上周医保卡丢了，去哪里补办，要带什么？',
          asked_at: '2026-11-10T09:30:00+08:00',
          service_code: 'help',
          organization_id: 'health',
          answer: { text: '请携带身份证到县政务服务中心医保窗口办理，当场可取。', answered_at: '2026-11-12', organization_id: 'health' },
        },
        {
          id: 'q-1001',
          title: '新生入学需要哪些材料？',
          question: '孩子明年上小学，报名需要准备什么？',
          asked_at: '2026-11-02T10:00:00+08:00',
          service_code: 'consult',
          organization_id: 'edu',
          answer: { text: '请准备户口簿、房产证明和预防接种证。', answered_at: '2026-11-05', organization_id: 'edu' },
        },
      ],
      answered_next_url: null,
    },
  };
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

let installed = false;

/** Answers requests to {@link FAKE_ENDPOINT} inside the page: `ok` accepts, `invalid` refuses the phone, `hang` never answers. */
export function installFakeEndpoint(): void {
  if (installed) return;
  installed = true;
  const real = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input.toString() : input.url);
    if (url.origin !== FAKE_ENDPOINT) return real(input, init);
    const [, mode, , lookup] = url.pathname.split('/');
    if (mode === 'hang') return new Promise<Response>(() => {});
    if (lookup === 'lookup') {
      return json(200, {
        service_request_id: url.searchParams.get('service_request_id'),
        status: 'answered',
        status_notes: '已由县教育局答复。',
        requested_datetime: '2026-11-20T09:12:00+08:00',
        updated_datetime: '2026-11-24T15:00:00+08:00',
        reply: { text: '请准备户口簿、房产证明和预防接种证。', replied_at: '2026-11-24', organization_id: 'edu' },
      });
    }
    if (mode === 'invalid') return json(422, { errors: [{ field: 'phone', message: '该手机号码已停机，请填写能接通的号码。' }] });
    return json(201, { service_request_id: '20261120-000123', query_code: 'K7PQ3XMZ', service_notice: '您的留言已受理，我们将在 5 个工作日内答复。' });
  };
}

/** Fills the form in a story's shadow DOM as a reader would. */
export async function fillForm(el: HTMLElement & { loadComplete?: Promise<void>; updateComplete?: Promise<boolean> }): Promise<void> {
  await el.loadComplete;
  const root = el.shadowRoot!;
  root.querySelector<HTMLInputElement>('input[name="service_code"]')!.click();
  const set = (name: string, value: string): void => {
    const control = root.querySelector<HTMLInputElement>(`#panel-ask [name="${name}"]`)!;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  set('organization_id', 'edu');
  set('title', '新生入学需要哪些材料？');
  set('description', '孩子明年上小学，报名需要准备什么？');
  set('name', '王小明');
  set('phone', '138 0013 8000');
  root.querySelector<HTMLInputElement>('#f-consent')!.click();
  await el.updateComplete;
}
