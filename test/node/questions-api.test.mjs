// The reference question endpoint (demo/questions-api.mjs) over real HTTP, and the demo server around it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, get } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { createQuestionsApi, DEFAULT_RULES, rulesFromQuestionsDocument } from '../../demo/questions-api.mjs';
import { startDemoServer } from '../../demo/server.mjs';

const rules = rulesFromQuestionsDocument(JSON.parse(readFileSync('test/fixtures/ask-form/questions.json', 'utf8')));
const tempFile = () => join(mkdtempSync(join(tmpdir(), 'gov-ask-api-')), 'data', 'questions.sqlite');
/** The stored rows, read through a connection of their own (what another process would see). */
const lines = (file) => {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare('SELECT * FROM questions ORDER BY seq')
      .all()
      .map((row) => ({ ...row, question: JSON.parse(row.question) }));
  } finally {
    db.close();
  }
};

async function serve(api) {
  const server = createServer(async (req, res) => {
    if (!(await api.handle(req, res))) {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { base, close: () => new Promise((done) => server.close(done)) };
}

function question(overrides = {}) {
  const key = randomUUID();
  return {
    service_code: 'consult',
    organization_id: 'edu',
    title: '新生入学需要哪些材料？',
    description: '孩子明年上小学，报名需要准备什么？',
    name: '王小明',
    phone: '138 0013 8000',
    publish_consent: false,
    consent_version: '2026-01',
    idempotency_key: key,
    locale: 'zh-Hans',
    ...overrides,
  };
}

const post = (base, body, headers = {}) =>
  fetch(`${base}/api/questions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': body.idempotency_key ?? '', ...headers },
    body: JSON.stringify(body),
  });

async function withApi(fn, file = tempFile()) {
  const api = createQuestionsApi({ file, rules });
  const http = await serve(api);
  try {
    await fn({ api, base: http.base, file });
  } finally {
    await http.close();
    await api.close();
  }
}

test('a new question is answered 201 only after its row is committed', () =>
  withApi(async ({ base, file }) => {
    const body = question();
    const response = await post(base, body);
    assert.equal(response.status, 201);
    const receipt = await response.json();
    assert.match(receipt.service_request_id, /^\d{8}-\d{6}$/);
    assert.match(receipt.query_code, /^[2-9A-HJKMNP-Z]{8}$/);
    assert.ok(receipt.service_notice.includes('工作日'));
    // Read right after the answer, by another connection: the row is committed, with the phone as 11 digits.
    const stored = lines(file);
    assert.equal(stored.length, 1);
    assert.equal(stored[0].service_request_id, receipt.service_request_id);
    assert.equal(stored[0].question.phone, '13800138000');
    assert.equal(stored[0].question.title, body.title);
  }));

test('a replayed key with the same question returns the first receipt with 200 and stores nothing new', () =>
  withApi(async ({ base, file }) => {
    const body = question();
    const first = await (await post(base, body)).json();
    // The same question: a new captcha token, another locale and the phone written differently do not matter.
    const again = await post(base, { ...body, captcha_token: 'xyz', locale: 'en', phone: '+86 13800138000' });
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), first);
    assert.equal(lines(file).length, 1);
  }));

test('a replayed key whose contact details were typed again differently (after a reload) still returns the first receipt', () =>
  withApi(async ({ base, file }) => {
    const body = { ...question(), email: 'wang@example.com' };
    const first = await (await post(base, body)).json();
    const { email, ...withoutEmail } = body;
    assert.equal(email, 'wang@example.com');
    const again = await post(base, { ...withoutEmail, name: '王 小明', phone: '13900139000' });
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), first);
    const stored = lines(file);
    assert.equal(stored.length, 1);
    // The first contact details stay.
    assert.equal(stored[0].question.email, 'wang@example.com');
    assert.equal(stored[0].question.phone, '13800138000');
    // A different publishing choice is a different question.
    assert.equal((await post(base, { ...body, publish_consent: true })).status, 422);
  }));

test('the same key with a different question is refused with 422 naming idempotency_key', () =>
  withApi(async ({ base, file }) => {
    const body = question();
    await post(base, body);
    const changed = await post(base, { ...body, title: '另一个问题' });
    assert.equal(changed.status, 422);
    const { errors } = await changed.json();
    assert.equal(errors[0].field, 'idempotency_key');
    assert.equal(lines(file).length, 1);
  }));

test('two requests with one key at once: one is stored, the other gets the same receipt (200) or is told to wait (409)', () =>
  withApi(async ({ base, file }) => {
    const body = question();
    const [a, b] = await Promise.all([post(base, body), post(base, body)]);
    const statuses = [a.status, b.status].sort();
    assert.ok(['200,201', '201,409'].includes(String(statuses)), String(statuses));
    if (statuses[1] === 409) assert.equal((a.status === 409 ? a : b).headers.get('retry-after'), '1');
    else assert.deepEqual(await a.json(), await b.json());
    assert.equal(lines(file).length, 1);
    assert.equal((await post(base, body)).status, 200);
  }));

test('field problems are answered 422 with every field at once, in the payload locale, and nothing is stored', () =>
  withApi(async ({ base, file }) => {
    const response = await post(
      base,
      question({ title: '题'.repeat(26), phone: '12345', email: 'a@b', name: '', service_code: 'nope', consent_version: '2025-01' }),
    );
    assert.equal(response.status, 422);
    const { errors } = await response.json();
    assert.deepEqual(errors.map((e) => e.field).sort(), ['consent_version', 'email', 'name', 'phone', 'service_code', 'title']);
    assert.ok(errors.find((e) => e.field === 'title').message.includes('25'));
    const en = await (await post(base, question({ phone: '12345', locale: 'en' }))).json();
    assert.equal(en.errors[0].message, 'Enter a valid mobile number (11 digits starting with 1).');
    assert.equal(lines(file).length, 0);
  }));

test('a key that failed validation may be used again for the corrected question', () =>
  withApi(async ({ base }) => {
    const body = question({ phone: '12345' });
    assert.equal((await post(base, body)).status, 422);
    assert.equal((await post(base, { ...body, phone: '13800138000' })).status, 201);
  }));

test('requests without a usable key, body or type are refused (400, 413, 415) and nothing is stored', () =>
  withApi(async ({ base }) => {
    const body = question();
    assert.equal((await post(base, body, { 'Idempotency-Key': 'not-a-uuid' })).status, 400);
    assert.equal((await post(base, body, { 'Idempotency-Key': randomUUID() })).status, 400);
    const notJson = await fetch(`${base}/api/questions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': body.idempotency_key },
      body: '{',
    });
    assert.equal(notJson.status, 400);
    const text = await fetch(`${base}/api/questions`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hi' });
    assert.equal(text.status, 415);
    const huge = await post(base, question({ description: 'x'.repeat(70_000) }));
    assert.equal(huge.status, 413);
    assert.equal((await fetch(`${base}/api/questions`)).status, 405);
  }));

test('lookup finds a question by id and code, and answers 404 alike for a wrong code and an unknown id', () =>
  withApi(async ({ api, base }) => {
    const receipt = await (await post(base, question())).json();
    const lookup = (id, code) => fetch(`${base}/api/questions/lookup?service_request_id=${encodeURIComponent(id)}&query_code=${encodeURIComponent(code)}`);
    const found = await lookup(receipt.service_request_id, ` ${receipt.query_code.toLowerCase()} `);
    assert.equal(found.status, 200);
    const status = await found.json();
    assert.equal(status.status, 'received');
    assert.equal(status.service_request_id, receipt.service_request_id);
    assert.equal(status.name, undefined);
    await api.update(receipt.service_request_id, {
      status: 'answered',
      status_notes: '已答复',
      reply: { text: '请准备户口簿。', replied_at: '2026-11-24', organization_id: 'edu' },
    });
    const answered = await (await lookup(receipt.service_request_id, receipt.query_code)).json();
    assert.equal(answered.status, 'answered');
    assert.equal(answered.reply.text, '请准备户口簿。');
    const wrongCode = await lookup(receipt.service_request_id, 'AAAAAAAA');
    const unknownId = await lookup('20260101-999999', receipt.query_code);
    assert.equal(wrongCode.status, 404);
    assert.equal(unknownId.status, 404);
    assert.deepEqual(await wrongCode.json(), await unknownId.json());
  }));

test('after a restart, replays and lookups still work from the file', async () => {
  const file = tempFile();
  const body = question();
  let receipt;
  await withApi(async ({ base }) => {
    receipt = await (await post(base, body)).json();
  }, file);
  await withApi(async ({ base }) => {
    const again = await post(base, body);
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), receipt);
    const next = await (await post(base, question())).json();
    assert.notEqual(next.service_request_id, receipt.service_request_id);
  }, file);
});

test('the demo server serves demo/ and dist/ on 127.0.0.1, with a strict policy, and never outside them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gov-demo-'));
  writeFileSync(join(dir, 'x'), '');
  const { server, api, url } = await startDemoServer({ listenPort: 0, file: join(dir, 'q.sqlite'), rules: DEFAULT_RULES });
  // A raw path, as an attacker sends it (fetch would normalise the dots away).
  const rawStatus = (path) =>
    new Promise((done, fail) => get(new URL(path, url).origin + path, (res) => (res.resume(), done(res.statusCode))).on('error', fail));
  try {
    assert.ok(url.startsWith('http://127.0.0.1:'));
    const page = await fetch(new URL('ask.html', url));
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy'), /require-trusted-types-for 'script'/);
    assert.match(await page.text(), /<gov-ask-form/);
    assert.equal(await rawStatus('/..%2fpackage.json'), 404);
    assert.equal(await rawStatus('/dist/..%2f..%2fpackage.json'), 404);
    assert.equal(await rawStatus('/server.mjs%00.html'), 404);
    assert.equal((await fetch(new URL('/.demo-data/questions.sqlite', url))).status, 404);
    const submitted = await post(url.replace(/\/$/, ''), question({ service_code: 'consult', organization_id: 'gov-office' }));
    assert.equal(submitted.status, 201);
    // Built-in rules enforce no consent version, but the one the reader agreed to is kept.
    assert.equal(lines(join(dir, 'q.sqlite'))[0].question.consent_version, '2026-01');
  } finally {
    await new Promise((done) => server.close(done));
    await api.close();
  }
});
