// Issue 16, items 9–11: the reference question service keeps every question it confirmed (kill -9, a torn
// write, a full disk), is hardened (lookup rate limit, hashed codes, ids, CORS, no open redirect), and closes
// the loop (staff reply and publish through demo/questions-cli.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { createQuestionsApi, DEFAULT_RULES } from '../../demo/questions-api.mjs';
import { startDemoServer } from '../../demo/server.mjs';
import { main as questionsCli } from '../../demo/questions-cli.mjs';

const tempDir = () => mkdtempSync(join(tmpdir(), 'gov-trust-'));

function question(overrides = {}) {
  return {
    service_code: 'consult',
    organization_id: 'gov-office',
    title: '新生入学需要哪些材料？',
    description: '孩子明年上小学，报名需要准备什么？'.repeat(10),
    name: '王小明',
    phone: '138 0013 8000',
    email: 'wang@example.cn',
    publish_consent: false,
    consent_version: '2026-01',
    idempotency_key: randomUUID(),
    locale: 'zh-Hans',
    ...overrides,
  };
}

const post = (base, body) =>
  fetch(`${base}/api/questions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': body.idempotency_key },
    body: JSON.stringify(body),
  });

/** The rows of the database, through a connection of its own. */
function rows(file) {
  const db = new Database(file);
  try {
    return db.prepare('SELECT * FROM questions ORDER BY seq').all();
  } finally {
    db.close();
  }
}

/** `node demo/server.mjs` as its own process (optionally under a shell prefix such as `ulimit -f`). */
async function spawnServer(file, { shell, env = {} } = {}) {
  const node = `'${process.execPath}' demo/server.mjs`;
  const child = shell
    ? spawn('/bin/bash', ['-c', `${shell}; exec ${node}`], {
        env: { ...process.env, PORT: '0', QUESTIONS_FILE: file, QUESTIONS_DOCUMENT: '/nonexistent', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawn(process.execPath, ['demo/server.mjs'], {
        env: { ...process.env, PORT: '0', QUESTIONS_FILE: file, QUESTIONS_DOCUMENT: '/nonexistent', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
  let output = '';
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start:\n${output}`)), 15_000);
    const read = (chunk) => {
      output += chunk;
      const match = /gov-widgets demo: (http:\/\/\S+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    exited.then(({ code, signal }) => reject(new Error(`exited ${code ?? signal}:\n${output}`)));
  });
  return {
    url,
    child,
    exited,
    output: () => output,
    kill: (signal = 'SIGTERM') => (child.exitCode !== null || child.signalCode !== null ? exited : (child.kill(signal), exited)),
  };
}

/** Every confirmed receipt is found again, with its code, and its key replays to the same receipt. */
async function assertAllKept(base, confirmed) {
  for (const { body, receipt } of confirmed) {
    const replay = await post(base, body);
    assert.equal(replay.status, 200, `replay of ${receipt.service_request_id}`);
    assert.deepEqual(await replay.json(), receipt);
  }
}

// ── Item 9: a 201 always means committed ─────────────────────────────────────────────────────────────────

test('kill -9 in the middle of a stream of submits: every question answered 201 is there after the restart', { timeout: 60_000 }, async () => {
  const file = join(tempDir(), 'q.sqlite');
  const server = await spawnServer(file);
  const confirmed = [];
  const inFlight = [];
  // Eight writers submit one question after another; after 30 confirmations the server is killed, with
  // requests still under way.
  let killed = false;
  const writer = async () => {
    for (let i = 0; i < 100 && !killed; i++) {
      const body = question();
      try {
        const response = await post(server.url, body);
        if (response.status === 201) confirmed.push({ body, receipt: await response.json() });
        else assert.fail(`unexpected ${response.status}`);
      } catch {
        return; // the connection died with the server: this one was never confirmed
      }
      if (confirmed.length >= 30 && !killed) {
        killed = true;
        server.child.kill('SIGKILL');
      }
    }
  };
  for (let w = 0; w < 8; w++) inFlight.push(writer());
  await Promise.all(inFlight);
  const { signal } = await server.exited;
  assert.equal(signal, 'SIGKILL');
  assert.ok(confirmed.length >= 30);
  assert.ok(existsSync(`${file}-wal`), 'killed before a checkpoint: the questions are in the WAL');

  const again = await spawnServer(file);
  try {
    await assertAllKept(again.url, confirmed);
    const ids = new Set(rows(file).map((r) => r.service_request_id));
    for (const { receipt } of confirmed) assert.ok(ids.has(receipt.service_request_id));
  } finally {
    await again.kill();
  }
});

test(
  'a torn write at the end of the WAL (a crash mid-append): nothing confirmed is lost, the next question is kept and its id is new',
  { timeout: 60_000 },
  async () => {
    const file = join(tempDir(), 'q.sqlite');
    const first = await spawnServer(file);
    const confirmed = [];
    for (let i = 0; i < 5; i++) {
      const body = question();
      const response = await post(first.url, body);
      assert.equal(response.status, 201);
      confirmed.push({ body, receipt: await response.json() });
    }
    await first.kill('SIGKILL');
    // What a crash in the middle of the next append leaves: half a WAL frame (a 24-byte header and part of a
    // 4096-byte page) of a transaction that was never committed, so never answered 201.
    appendFileSync(`${file}-wal`, randomBytes(24 + 1500));

    const second = await spawnServer(file);
    const body = question();
    let next;
    try {
      await assertAllKept(second.url, confirmed);
      const response = await post(second.url, body);
      assert.equal(response.status, 201);
      next = await response.json();
      assert.ok(!confirmed.some(({ receipt }) => receipt.service_request_id === next.service_request_id), 'a new id');
    } finally {
      await second.kill('SIGKILL');
    }
    // The bug of the JSON-lines store: the question after the torn line was lost at the next start.
    const third = await spawnServer(file);
    try {
      await assertAllKept(third.url, [...confirmed, { body, receipt: next }]);
      const db = new Database(file);
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      db.close();
    } finally {
      await third.kill();
    }
  },
);

test(
  'a full disk (ulimit -f): the submit that cannot be written is answered 503, nothing partial is kept, and the retry with the same key is stored once',
  { timeout: 90_000 },
  async () => {
    const file = join(tempDir(), 'q.sqlite');
    // Create the database first, so that the limit hits question rows, not the schema.
    (await spawnServer(file)).kill();
    await new Promise((done) => setImmediate(done));
    const limited = await spawnServer(file, { shell: 'ulimit -f 160' }); // 160 × 1024 bytes for any file
    const confirmed = [];
    let refused;
    try {
      for (let i = 0; i < 500 && !refused; i++) {
        const body = question({ description: `第${i}个问题：${'道路维修'.repeat(140)}` });
        const response = await post(limited.url, body);
        if (response.status === 201) confirmed.push({ body, receipt: await response.json() });
        else {
          assert.equal(response.status, 503, `a disk failure is a 5xx: ${response.status}`);
          assert.ok(Number(response.headers.get('retry-after')) > 0);
          refused = body;
        }
      }
      assert.ok(refused, 'the limit was reached');
      assert.ok(confirmed.length > 0);
      // Still alive, and still refusing rather than half-storing.
      const again = await post(limited.url, refused);
      assert.ok(again.status === 503 || again.status === 201, String(again.status));
      if (again.status === 201) (confirmed.push({ body: refused, receipt: await again.json() }), (refused = undefined));
    } finally {
      await limited.kill('SIGKILL');
    }
    assert.match(limited.output(), /storage failed/);
    // Space again: everything confirmed is there, the refused question was not half-kept, and its retry
    // (same key) is stored once.
    const free = await spawnServer(file);
    try {
      await assertAllKept(free.url, confirmed);
      const before = rows(file).length;
      assert.equal(before, confirmed.length, 'no row for the refused question');
      if (refused) {
        const retry = await post(free.url, refused);
        assert.equal(retry.status, 201);
        assert.equal(rows(file).length, before + 1);
      }
      const db = new Database(file);
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      db.close();
    } finally {
      await free.kill();
    }
  },
);

test('a write error inside the commit (SQLITE_FULL) is answered 503 with no row, and the same key works afterwards', async () => {
  const file = join(tempDir(), 'q.sqlite');
  const api = createQuestionsApi({ file, rules: DEFAULT_RULES });
  const send = (body) =>
    api.respond({
      method: 'POST',
      url: '/api/questions',
      headers: { 'content-type': 'application/json', 'idempotency-key': body.idempotency_key },
      body: JSON.stringify(body),
    });
  // A database that cannot grow past its size now: SQLITE_FULL once its free space is used.
  api.db.pragma(`max_page_count = ${api.db.pragma('page_count', { simple: true }) + 2}`);
  let stored = 0;
  let refused;
  for (let i = 0; i < 200 && !refused; i++) {
    const body = question();
    const answer = await send(body);
    if (answer.status === 201) stored += 1;
    else {
      assert.equal(answer.status, 503);
      assert.equal(answer.headers['Retry-After'], '5');
      refused = body;
    }
  }
  assert.ok(refused, 'the database filled up');
  assert.equal(rows(file).length, stored, 'no partial row');
  api.db.pragma('max_page_count = 1073741823');
  assert.equal((await send(refused)).status, 201);
  assert.equal((await send(refused)).status, 200);
  assert.equal(rows(file).length, stored + 1);
  await api.close();
});

// ── Item 10: hardening ────────────────────────────────────────────────────────────────────────────────────

const lookupOf = (api, client, id = '20260101-000000', code = 'AAAAAAAA') =>
  api.respond({ method: 'GET', url: `/api/questions/lookup?service_request_id=${id}&query_code=${code}`, headers: {}, body: '', client });

test('lookups are rate-limited per client: 429 with Retry-After, other clients unaffected', async () => {
  const api = createQuestionsApi({ file: join(tempDir(), 'q.sqlite'), lookupLimit: { max: 3, windowMs: 60_000 } });
  for (let i = 0; i < 3; i++) assert.equal((await lookupOf(api, '203.0.113.5')).status, 404);
  const limited = await lookupOf(api, '203.0.113.5');
  assert.equal(limited.status, 429);
  const wait = Number(limited.headers['Retry-After']);
  assert.ok(Number.isInteger(wait) && wait >= 1 && wait <= 60, String(wait));
  assert.equal((await lookupOf(api, '198.51.100.7')).status, 404);
  await api.close();
});

test('the database keeps neither the query code nor the idempotency key in clear; ids do not follow each other', async () => {
  const file = join(tempDir(), 'q.sqlite');
  const api = createQuestionsApi({ file, rules: DEFAULT_RULES });
  const receipts = [];
  const keys = [];
  for (let i = 0; i < 12; i++) {
    const body = question();
    keys.push(body.idempotency_key);
    const answer = await api.respond({
      method: 'POST',
      url: '/api/questions',
      headers: { 'content-type': 'application/json', 'idempotency-key': body.idempotency_key },
      body: JSON.stringify(body),
    });
    assert.equal(answer.status, 201);
    receipts.push(answer.body);
  }
  // The lookup still works with the code the reader holds.
  assert.equal((await lookupOf(api, 'me', receipts[0].service_request_id, receipts[0].query_code)).status, 200);
  await api.close();
  const bytes = Buffer.concat(readdirSync(join(file, '..')).map((name) => readFileSync(join(file, '..', name)))).toString('latin1');
  for (const { query_code } of receipts) assert.ok(!bytes.includes(query_code), `code ${query_code} in clear`);
  for (const key of keys) assert.ok(!bytes.includes(key), `key ${key} in clear`);
  const numbers = receipts.map((r) => Number(r.service_request_id.split('-')[1]));
  const steps = numbers.slice(1).map((n, i) => n - numbers[i]);
  assert.ok(!steps.every((s) => s === 1), `sequential ids: ${numbers}`);
  assert.equal(new Set(receipts.map((r) => r.service_request_id)).size, receipts.length);
});

test('CORS is off unless configured: no Access-Control header, preflight refused; a configured origin is allowed', async () => {
  const off = createQuestionsApi({ file: join(tempDir(), 'q.sqlite') });
  const get = await off.respond({ method: 'GET', url: '/api/questions/lookup', headers: { origin: 'https://evil.example' }, body: '', client: 'x' });
  assert.equal(get.headers['Access-Control-Allow-Origin'], undefined);
  const preflight = await off.respond({ method: 'OPTIONS', url: '/api/questions', headers: { origin: 'https://evil.example' }, body: '' });
  assert.equal(preflight.status, 403);
  assert.equal(preflight.headers['Access-Control-Allow-Origin'], undefined);
  await off.close();
  const on = createQuestionsApi({ file: join(tempDir(), 'q.sqlite'), corsOrigins: ['https://www.county.gov.cn'] });
  const ok = await on.respond({ method: 'OPTIONS', url: '/api/questions', headers: { origin: 'https://www.county.gov.cn' }, body: '' });
  assert.equal(ok.status, 204);
  assert.equal(ok.headers['Access-Control-Allow-Origin'], 'https://www.county.gov.cn');
  assert.match(ok.headers['Access-Control-Allow-Headers'], /Idempotency-Key/);
  const other = await on.respond({ method: 'GET', url: '/api/questions/lookup', headers: { origin: 'https://evil.example' }, body: '', client: 'x' });
  assert.equal(other.headers['Access-Control-Allow-Origin'], undefined);
  await on.close();
});

test('the demo server redirects a folder only to its own site: no open redirect for //evil.example or /\\evil.example', async () => {
  const { server, api, url } = await startDemoServer({ listenPort: 0, file: join(tempDir(), 'q.sqlite'), rules: DEFAULT_RULES });
  const raw = (path) =>
    new Promise((done, fail) => {
      const { hostname, port } = new URL(url);
      request({ hostname, port, path, method: 'GET' }, (res) => (res.resume(), done({ status: res.statusCode, location: res.headers.location })))
        .on('error', fail)
        .end();
    });
  try {
    for (const path of ['//evil.example/%2e%2e/data', '/\\evil.example/%2e%2e/data', '//evil.example/x', '/\\evil.example', '///evil.example/..//data']) {
      const { status, location } = await raw(path);
      if (location !== undefined) {
        assert.equal(new URL(location, url).origin, new URL(url).origin, `${path} → ${location}`);
        assert.doesNotMatch(location, /^[\\/]{2}|\\/, `${path} → ${location}`);
      }
      assert.ok([301, 404].includes(status), `${path}: ${status}`);
    }
    assert.deepEqual(await raw('/data'), { status: 301, location: '/data/' });
  } finally {
    await new Promise((done) => server.close(done));
    await api.close();
  }
});

// ── Item 11: staff reply, lookup shows it, published answers without personal data ───────────────────────

test('npm run questions: list, reply <id> shows in the lookup, publish puts consented answers in the document without personal data', async () => {
  const dir = tempDir();
  const file = join(dir, 'q.sqlite');
  const rules = { ...DEFAULT_RULES, allowPublish: true };
  const api = createQuestionsApi({ file, rules });
  const submit = async (body) =>
    (
      await api.respond({
        method: 'POST',
        url: '/api/questions',
        headers: { 'content-type': 'application/json', 'idempotency-key': body.idempotency_key },
        body: JSON.stringify(body),
      })
    ).body;
  const shared = await submit(question({ title: '路灯什么时候修', publish_consent: true }));
  const privateOne = await submit(question({ title: '家里的事', publish_consent: false }));
  const unanswered = await submit(question({ title: '还没答复', publish_consent: true }));
  assert.ok(shared.service_request_id && privateOne.service_request_id && unanswered.service_request_id);

  const out = [];
  const err = [];
  const cli = (...argv) => questionsCli([...argv, '--file', file], { out: (s) => out.push(s), err: (s) => err.push(s) });
  assert.equal(cli('list'), 0);
  assert.ok(out.join('\n').includes(shared.service_request_id) && out.join('\n').includes('路灯什么时候修'));
  assert.ok(!out.join('\n').includes('13800138000'), 'the list shows no phone');
  assert.equal(cli('reply', shared.service_request_id, '本月底前修复。', '--org', 'gov-office'), 0);
  assert.equal(cli('reply', privateOne.service_request_id, '已电话联系。'), 0);
  assert.equal(cli('reply', '20200101-000000', 'x'), 1);
  assert.match(err.join('\n'), /找不到问题 \/ no question/);

  // The lookup (the running service, same file) shows the reply.
  const looked = await lookupOf(api, 'me', shared.service_request_id, shared.query_code);
  assert.equal(looked.status, 200);
  assert.equal(looked.body.status, 'answered');
  assert.equal(looked.body.reply.text, '本月底前修复。');

  const documentFile = join(dir, 'questions.json');
  writeFileSync(
    documentFile,
    JSON.stringify({
      version: '1',
      answered: [{ id: 'sample-1', title: '样例', question: '…', asked_at: '2026-01-01', answer: { text: '…', answered_at: '2026-01-02' } }],
    }),
  );
  assert.equal(cli('publish', '--document', documentFile), 0);
  const published = JSON.parse(readFileSync(documentFile, 'utf8'));
  assert.deepEqual(
    published.answered.map((a) => a.id),
    [shared.service_request_id, 'sample-1'],
    'only the consented, answered one, then the samples',
  );
  const entry = published.answered[0];
  assert.equal(entry.title, '路灯什么时候修');
  assert.equal(entry.answer.text, '本月底前修复。');
  assert.equal(entry.answer.organization_id, 'gov-office');
  const text = JSON.stringify(published);
  for (const personal of ['王小明', '13800138000', '138 0013 8000', 'wang@example.cn', 'query_code', shared.query_code])
    assert.ok(!text.includes(personal), `published ${personal}`);
  assert.deepEqual(Object.keys(entry).sort(), ['answer', 'asked_at', 'id', 'organization_id', 'question', 'service_code', 'title']);
  await api.close();
});
