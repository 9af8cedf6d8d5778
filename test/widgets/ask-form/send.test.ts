import { expect } from '@open-wc/testing';
import type { SubmitPayload } from '../../../src/contract/index.js';
import { DEFAULT_RETRY_AFTER_MS, lookupQuestion, parseRetryAfter, sendQuestion } from '../../../src/widgets/ask-form/controllers/send.js';

const payload: SubmitPayload = {
  service_code: 'consult',
  title: 't',
  description: 'd',
  idempotency_key: '7c0a5e2f-8d7e-4c3b-9a51-3f4e2b1c0d9e',
  locale: 'zh-Hans',
};
const URL_ = 'https://county.example/api/questions';

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });
  };
  return { fetch, calls };
}

describe('sending a question', () => {
  it('POSTs JSON with the Idempotency-Key header equal to the payload key', async () => {
    const { fetch, calls } = answer(201, { service_request_id: 'A1', query_code: 'QC' });
    const outcome = await sendQuestion(URL_, payload, { fetch });
    expect(outcome).to.deep.include({ kind: 'success', replayed: false });
    const init = calls[0]!.init!;
    expect(init.method).to.equal('POST');
    expect(init.headers).to.include({ 'Content-Type': 'application/json', 'Idempotency-Key': payload.idempotency_key });
    expect(JSON.parse(init.body as string)).to.deep.equal(payload);
  });

  it('sorts answers into outcomes', async () => {
    const cases: [number, unknown, Record<string, string>, string][] = [
      [200, { service_request_id: 'A1', query_code: 'QC' }, {}, 'success'],
      [422, { errors: [{ field: 'phone', message: '手机号码不正确' }] }, {}, 'invalid'],
      [400, 'Bad Request', {}, 'invalid'],
      [422, { errors: [{ field: 'idempotency_key', message: 'reused' }] }, {}, 'conflict'],
      [429, {}, { 'Retry-After': '7' }, 'rate-limited'],
      [500, '<html>oops</html>', {}, 'server'],
      [503, {}, {}, 'server'],
      [409, {}, {}, 'server'],
      [201, '{"service_request_id":', {}, 'server'],
      [201, { query_code: 'only' }, {}, 'server'],
      [403, {}, {}, 'rejected'],
      [413, {}, {}, 'rejected'],
    ];
    for (const [status, body, headers, kind] of cases) {
      const outcome = await sendQuestion(URL_, payload, { fetch: answer(status, body, headers).fetch, now: () => 0 });
      expect(outcome.kind, `${status} ${JSON.stringify(body)}`).to.equal(kind);
      if (outcome.kind === 'rate-limited') expect(outcome.retryAt).to.equal(7000);
      if (outcome.kind === 'success') expect(outcome.replayed).to.equal(true);
    }
  });

  it('gives up after the time limit, and calls a failed fetch a network failure', async () => {
    const hang = (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect((await sendQuestion(URL_, payload, { fetch: hang, timeoutMs: 20 })).kind).to.equal('timeout');
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect((await sendQuestion(URL_, payload, { fetch: offline })).kind).to.equal('network');
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, bounds them, and defaults to 30 s', () => {
    const now = Date.parse('2026-11-20T08:00:00Z');
    expect(parseRetryAfter('120', now)).to.equal(now + 120_000);
    expect(parseRetryAfter('Fri, 20 Nov 2026 08:01:00 GMT', now)).to.equal(now + 60_000);
    expect(parseRetryAfter('Fri, 20 Nov 2026 07:00:00 GMT', now)).to.equal(now);
    expect(parseRetryAfter('999999', now)).to.equal(now + 3_600_000);
    expect(parseRetryAfter(null, now)).to.equal(now + DEFAULT_RETRY_AFTER_MS);
    expect(parseRetryAfter('soon', now)).to.equal(now + DEFAULT_RETRY_AFTER_MS);
  });
});

describe('looking a question up', () => {
  it('GETs the lookup URL with both values in the query', async () => {
    const { fetch, calls } = answer(200, { service_request_id: 'A1', status: 'answered', reply: { text: '答复' } });
    const outcome = await lookupQuestion('https://county.example/api/questions/lookup?v=1', 'A 1', 'Q&C', { fetch });
    expect(outcome.kind).to.equal('found');
    const url = new URL(calls[0]!.url);
    expect(url.searchParams.get('v')).to.equal('1');
    expect(url.searchParams.get('service_request_id')).to.equal('A 1');
    expect(url.searchParams.get('query_code')).to.equal('Q&C');
  });

  it('calls 404 not found, and an answer with an unknown status unusable', async () => {
    expect((await lookupQuestion('https://x.example/l', 'a', 'b', { fetch: answer(404, {}).fetch })).kind).to.equal('not-found');
    expect((await lookupQuestion('https://x.example/l', 'a', 'b', { fetch: answer(200, { service_request_id: 'a', status: 'lost' }).fetch })).kind).to.equal(
      'server',
    );
  });
});
