// The command-line validator, run as a user runs it: `gov-widgets validate <file|url> [--json]`, built from
// src/cli/ by `npm run build`. Every run sets the locale explicitly (LANG, or LC_ALL / LC_MESSAGES).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cliEnvironment as environment, EN, runBin, ZH } from '../lib/cli.mjs';

const DEMO = 'demo/data/disclosure.json';
const BROKEN = 'test/node/fixtures/broken/disclosure.json';
const PACKAGE = JSON.parse(await readFile('package.json', 'utf8'));

/** Runs the CLI in `locale`; resolves with its exit code and output (never rejects on a non-zero exit). */
const run = (locale, ...args) => runBin(args, { locale });

/** Runs the CLI in English (the tests below that do not care about the language). */
const cli = (...args) => run(EN, ...args);

const json = async (...args) => {
  const result = await cli(...args, '--json');
  return { ...result, result: JSON.parse(result.stdout) };
};

/** A temporary folder for one test, removed afterwards. */
async function folder(t) {
  const dir = await mkdtemp(join(tmpdir(), 'gov-widgets-cli-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** An HTTP server answering `routes[path]` (a string, or a function of the request); resolves with its origin. */
async function serve(t, routes) {
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url, 'http://x').pathname];
    if (route === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'Content-Type': 'application/json' }).end(typeof route === 'function' ? route(req) : route);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  t.after(() => new Promise((done) => server.close(done)));
  return `http://127.0.0.1:${server.address().port}`;
}

const feed = (items) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: '测试', items }, null, 2);

test('accepts the demo data with warnings from the account audit only', async () => {
  const { code, stdout } = await cli('validate', DEMO);
  assert.equal(code, 0, stdout);
  assert.match(stdout, /✔ valid: 0 error\(s\)/);
  for (const file of ['policies.json', 'policies-2.json', 'questions.json', 'answered-2.json']) assert.match(stdout, new RegExp(file));
  assert.match(stdout, /\[audit: stale\]/);
});

test('--json: documents, errors and warnings with their document and JSON path', async () => {
  const { code, result } = await json('validate', DEMO);
  assert.equal(code, 0);
  assert.equal(result.valid, true);
  assert.deepEqual(result.errors, []);
  assert.deepEqual(
    result.documents.map((d) => [d.document.replace(/\\/g, '/'), d.kind]),
    [
      ['demo/data/disclosure.json', 'discovery'],
      ['demo/data/disclosure.json', 'accounts'],
      ['demo/data/policies.json', 'policies'],
      ['demo/data/questions.json', 'questions'],
      ['demo/data/policies-2.json', 'policies'],
      ['demo/data/answered-2.json', 'answered'],
    ],
  );
  assert.ok(result.documents.find((d) => d.document.endsWith('policies.json')).count >= 30);
  const audit = result.warnings
    .filter((w) => w.rule === 'audit')
    .map((w) => w.audit)
    .sort();
  assert.deepEqual([...new Set(audit)], ['duplicate', 'no-interaction', 'stale', 'unverified']);
  for (const warning of result.warnings) {
    for (const key of ['document', 'url', 'path', 'message', 'source', 'rule', 'audit'])
      assert.equal(typeof warning[key], 'string', `${key} of ${JSON.stringify(warning)}`);
    assert.equal(warning.source, 'rule');
    assert.match(warning.path, /^\$\.accounts\.accounts\[\d+\]$/);
  }
  assert.ok(Math.abs(Date.parse(result.auditedAt) - Date.now()) < 60_000, `the audit counts from today, not generated_at: ${result.auditedAt}`);
});

test('rejects a broken site with the path of each error and the document it is in', async () => {
  const { code, stdout } = await cli('validate', BROKEN);
  assert.equal(code, 1, stdout);
  assert.match(stdout, /✖ invalid/);
  assert.match(
    stdout,
    /test\/node\/fixtures\/broken\/policies\.json\n(?:.*\n)*? {4}\$\.items\[1\]\._gov\.issuer_id \[p2 「办法二」\] {2}issuer_id "unknown-office"/,
  );
  assert.match(stdout, /\$\.organizations\[1\]\.parent_id/);
});

test('--json of a broken site: every kind of check reports', async () => {
  const { code, result } = await json('validate', BROKEN);
  assert.equal(code, 1);
  assert.equal(result.valid, false);
  const find = (file, path) => result.errors.find((e) => e.document.endsWith(file) && e.path === path);
  // The schema (through the validator's message), the validator's semantic checks, loading, and the rules.
  assert.ok(find('broken/disclosure.json', '$.jurisdiction.code'));
  assert.equal(find('broken/disclosure.json', '$.questions.answered[0].phone')?.source, 'validator');
  assert.equal(find('broken/disclosure.json', '$.accounts')?.source, 'load');
  assert.equal(find('broken/policies.json', '$.items[3].date_published')?.source, 'validator');
  assert.equal(find('broken/policies.json', '$.items[4]')?.message, 'item left out: duplicate id "p1"');
  assert.equal(find('broken/policies.json', '$.items[1]._gov.issuer_id')?.rule, 'reference');
  assert.equal(find('broken/policies.json', '$.items[1]._gov.superseded_by')?.rule, 'reference');
  assert.equal(find('broken/policies.json', '$.items[0]._gov.interpretations[0].url')?.rule, 'interpretation');
  assert.equal(find('broken/disclosure.json', '$.questions.recipients[1]')?.rule, 'reference');
  // The duplicate the validator left out is not reported a second time by the rules.
  assert.equal(result.errors.filter((e) => e.document.endsWith('policies.json') && e.path.startsWith('$.items[4]')).length, 1);
  assert.ok(result.warnings.some((w) => w.rule === 'interpretation' && w.path === '$.items[2]._gov.interprets'));
  for (const error of result.errors) {
    assert.equal(typeof error.message, 'string');
    assert.match(error.path, /^\$/);
    assert.ok(['schema', 'validator', 'rule', 'load'].includes(error.source));
  }
});

test('checks a section document alone, without the organizations it cannot see', async () => {
  const { result } = await json('validate', 'test/node/fixtures/broken/policies.json');
  // A section document alone: organization references cannot be checked, the rest can.
  assert.equal(result.documents[0].kind, 'policies');
  assert.ok(!result.errors.some((e) => e.path.endsWith('issuer_id')));
  assert.ok(result.errors.some((e) => e.path === '$.items[1]._gov.superseded_by'));
});

test('validates a URL, loading its sections relative to it', async () => {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    try {
      const body = await readFile(join('demo/data', path.replace(/^\/site\//, '')));
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  try {
    const url = `http://127.0.0.1:${server.address().port}/site/disclosure.json`;
    const { code, result } = await json('validate', url);
    assert.equal(code, 0, JSON.stringify(result.errors));
    assert.ok(result.documents.some((d) => d.url === `http://127.0.0.1:${server.address().port}/site/policies-2.json`));
    const missing = await json('validate', url.replace('disclosure', 'nothing-here'));
    assert.equal(missing.code, 1);
    assert.match(missing.result.errors[0].message, /HTTP 404/);
  } finally {
    server.close();
  }
});

test('a missing file, a non-JSON file and usage errors', async () => {
  const missing = await json('validate', 'no/such/file.json');
  assert.equal(missing.code, 1);
  assert.deepEqual(
    missing.result.errors.map((e) => [e.path, e.source]),
    [['$', 'load']],
  );
  const notJson = await json('validate', 'README.md');
  assert.equal(notJson.code, 1);
  assert.equal(notJson.result.errors[0].path, '$');

  const help = await cli('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: gov-widgets validate <file\|url>/);
  assert.equal((await cli('validate')).code, 2);
  assert.equal((await cli('validate', DEMO, '--frobnicate')).code, 2);
  assert.equal((await cli('publish', DEMO)).code, 2);
});

test('--now moves the audit date', async () => {
  const { result } = await json('validate', DEMO, '--now', '2026-11-10');
  assert.equal(result.auditedAt, '2026-11-10T00:00:00.000Z');
  const stale = (await json('validate', DEMO, '--now', '2027-06-01')).result.warnings.filter((w) => w.audit === 'stale');
  assert.ok(stale.length > 5, 'half a year later, every account is stale');
});

// ---------------------------------------------------------------------------------------------------
// The reader's language

test('speaks Chinese where the locale is Chinese, and English otherwise', async () => {
  const hans = await run(ZH, 'validate', DEMO);
  assert.equal(hans.code, 0, hans.stdout);
  assert.match(hans.stdout, /^文档：$/m);
  assert.match(hans.stdout, /✔ 通过：6 个文档中 0 个错误/);
  assert.match(hans.stdout, /\[核查：stale\]/);
  assert.match(hans.stdout, /天前最后发布：“僵尸”账号/);

  const hant = await run({ LANG: 'en_US.UTF-8', LC_ALL: 'zh_TW.UTF-8' }, 'validate', DEMO);
  assert.match(hant.stdout, /✔ 通過：6 個文件中 0 個錯誤/);
  const messages = await run({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.GB18030' }, 'validate', DEMO);
  assert.match(messages.stdout, /✔ 通过/);

  // LC_ALL wins over LANG; --lang wins over both.
  assert.match((await run({ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }, 'validate', DEMO)).stdout, /✔ valid: 0 error\(s\)/);
  assert.match((await run(ZH, 'validate', DEMO, '--lang', 'en')).stdout, /✔ valid: 0 error\(s\)/);
  assert.match((await run(EN, '--lang=zh-Hant', 'validate', DEMO)).stdout, /✔ 通過/);
  assert.match((await run(EN, 'validate', DEMO, '--lang', 'zh-Hans')).stdout, /✔ 通过/);
  assert.match((await run({ LANG: 'fr_FR.UTF-8' }, 'validate', DEMO)).stdout, /✔ valid/);

  const help = await run(ZH, '--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^用法：gov-widgets validate <文件\|网址>/);
  const usage = await run(ZH, 'validate');
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /^gov-widgets: validate 需要一个文件或网址\n/);
  const badLang = await run(EN, 'validate', DEMO, '--lang', 'fr');
  assert.equal(badLang.code, 2);
  assert.match(badLang.stderr, /--lang: not a language of the command line: fr/);
});

test('every finding of the broken site reads in Chinese (contract messages reworded, none left in English)', async () => {
  for (const locale of [ZH, { LANG: 'zh_TW.UTF-8' }]) {
    const result = JSON.parse((await run(locale, 'validate', BROKEN, '--json')).stdout);
    const findings = [...result.errors, ...result.warnings];
    assert.ok(findings.length >= 12);
    assert.deepEqual(
      findings.filter((f) => !/[\u4e00-\u9fff]/.test(f.message)).map((f) => f.message),
      [],
      JSON.stringify(locale),
    );
  }
  const hant = JSON.parse((await run({ LANG: 'zh_TW.UTF-8' }, 'validate', BROKEN, '--json')).stdout);
  assert.ok(hant.errors.some((e) => /不是探索文件中的機構/.test(e.message)));
});

test('--version prints the package version', async () => {
  const { code, stdout } = await run(ZH, '--version');
  assert.equal(code, 0);
  assert.equal(stdout, `${PACKAGE.version}\n`);
});

// ---------------------------------------------------------------------------------------------------
// Files as people save them

test('a UTF-8 byte order mark is accepted, as the widgets accept it', async (t) => {
  const dir = await folder(t);
  await cp('demo/data', dir, { recursive: true });
  for (const file of ['disclosure.json', 'policies.json']) {
    const bytes = await readFile(join(dir, file));
    await writeFile(join(dir, file), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]));
  }
  const { code, result } = await json('validate', join(dir, 'disclosure.json'));
  assert.equal(code, 0, JSON.stringify(result.errors));
  assert.equal(result.documents.length, 6);
});

test('a GBK file (Notepad\'s "ANSI") is refused with what was detected, not passed full of U+FFFD', async () => {
  const file = 'test/node/fixtures/encoding/gbk-policies.json';
  const zh = await run(ZH, 'validate', file);
  assert.equal(zh.code, 1, zh.stdout);
  assert.match(zh.stdout, /不是 UTF-8 编码（第 3 行，第 \d+ 字节；看起来是 GBK\/GB18030 编码，即记事本的“ANSI”）：请另存为 UTF-8/);
  assert.match(zh.stdout, /✖ 未通过/);
  const en = await json('validate', file);
  assert.equal(en.code, 1);
  assert.deepEqual(
    en.result.errors.map((e) => [e.path, e.source]),
    [['$', 'load']],
  );
  assert.match(en.result.errors[0].message, /not UTF-8 .*GBK\/GB18030.*save the file as UTF-8/);
});

test('a JSON syntax error says line and column, shows the line with a caret, and spots full-width punctuation', async (t) => {
  const dir = await folder(t);
  const file = join(dir, 'policies.json');
  await writeFile(file, '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "测试"，\n  "items": []\n}\n');
  const zh = await run(ZH, 'validate', file);
  assert.equal(zh.code, 1);
  assert.match(zh.stdout, /\$ {2}JSON 语法错误，第 3 行第 16 列：值后应为英文逗号“,”或“}”，实际为 "，"/);
  const lines = zh.stdout.split('\n');
  const at = lines.findIndex((line) => line === '      3 |   "title": "测试"，');
  assert.ok(at > 0, zh.stdout);
  // The caret sits under the comma: "测试" takes two columns a character in a terminal.
  assert.equal(lines[at + 1], `${' '.repeat(6 + 4 + 17)}^`);
  assert.equal(lines[at + 2], '      是否误用了全角标点「，」？JSON 需要半角「,」');

  const en = await json('validate', file);
  const [error] = en.result.errors;
  assert.equal(error.line, 3);
  assert.equal(error.column, 16);
  assert.match(error.message, /^invalid JSON at line 3, column 16: expected "," or "}" after the value, found "，"$/);
  assert.deepEqual(error.excerpt, ['  "title": "测试"，', `${' '.repeat(17)}^`]);
  assert.match(error.hint, /full-width/);

  // A key in typographic quotes, as an IME types them.
  await writeFile(file, '{“version”: "1.0"}');
  const quotes = await run(ZH, 'validate', file);
  assert.match(quotes.stdout, /第 1 行第 2 列：此处应为用英文双引号括起的字段名，实际为 "“"/);
  assert.match(quotes.stdout, /是否误用了全角标点「“」？/);
});

test('date and enum messages give examples; item locations carry the id and title', async (t) => {
  const dir = await folder(t);
  const file = join(dir, 'policies.json');
  await writeFile(
    file,
    feed([
      { id: 'p1', title: '关于做好冬季供暖工作的通知', date_published: '2026年11月26日' },
      { id: 'p2', title: '招生入学实施意见', date_published: '2026/11/03' },
      { id: 'p3', title: '政府工作报告', date_published: '2026-11-01', _gov: { kind: 'report-doc' } },
    ]),
  );
  const zh = await run(ZH, 'validate', file, '--json');
  const errors = JSON.parse(zh.stdout).errors;
  const at = (path) => errors.find((e) => e.path === path);
  assert.match(
    at('$.items[0].date_published').message,
    /^应为 RFC 3339 日期，例如 2026-11-26（或日期时间，如 2026-11-26T08:00:00\+08:00）；实际为 "2026年11月26日"$/,
  );
  assert.match(at('$.items[1].date_published').message, /例如 2026-11-03/);
  assert.match(at('$.items[2]._gov.kind').message, /^应为以下值之一：policy、interpretation、notice、plan、report、other；实际为 "report-doc"$/);
  assert.deepEqual(at('$.items[0]').item, { id: 'p1', title: '关于做好冬季供暖工作的通知' });
  assert.deepEqual(at('$.items[2]._gov.kind').item, { id: 'p3', title: '政府工作报告' });
  assert.equal(at('$.items[0]').message, '此条目无效，已略去');

  const text = await run(ZH, 'validate', file);
  assert.match(text.stdout, /^ {4}\$\.items\[0\]\.date_published \[p1 「关于做好冬季供暖工作的通知」\] {2}应为 RFC 3339 日期，例如 2026-11-26/m);
  const en = await json('validate', file);
  assert.match(
    en.result.errors.find((e) => e.path === '$.items[1].date_published').message,
    /^expected an RFC 3339 date or date-time, e\.g\. 2026-11-03, got "2026\/11\/03"$/,
  );
});

// ---------------------------------------------------------------------------------------------------
// Output, dates, network

test('--json through a pipe is complete at any size (a 300-error document)', async (t) => {
  const dir = await folder(t);
  const file = join(dir, 'policies.json');
  const items = Array.from({ length: 300 }, (_, i) => ({
    id: `p${i}`,
    title: `第 ${i} 号通知：${'很长的标题'.repeat(20)}`,
    date_published: `2026年11月${(i % 28) + 1}日`,
  }));
  await writeFile(file, feed(items));
  // stdout is a pipe(2), as in `gov-widgets validate --json … | cat` (Node's own 'pipe' stdio is a socket,
  // which does not show the loss). PIPESTATUS is bash; POSIX sh gives the status of cat, so it is echoed.
  const child = spawn('sh', ['-c', '"$0" "$1" validate "$2" --json | cat; exit 0', process.execPath, BIN, file], {
    env: environment(EN),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const chunks = [];
  child.stdout.on('data', (chunk) => chunks.push(chunk));
  await new Promise((done) => child.on('close', done));
  const stdout = Buffer.concat(chunks).toString('utf8');
  const { code } = await cli('validate', file, '--json');
  assert.equal(code, 1);
  assert.ok(stdout.length > 65_536, `${stdout.length} bytes: big enough to overflow a pipe buffer`);
  const result = JSON.parse(stdout);
  assert.ok(result.errors.length >= 200, `${result.errors.length} errors`);
});

test('a reader that stops early (| head) ends the output quietly, without a stack trace', async (t) => {
  const dir = await folder(t);
  const file = join(dir, 'policies.json');
  const items = Array.from({ length: 300 }, (_, i) => ({ id: `p${i}`, title: '很长的标题'.repeat(20), date_published: '2026年11月1日' }));
  await writeFile(file, feed(items));
  for (const flag of ['--json', '--lang=en']) {
    const child = spawn('sh', ['-c', '"$0" "$1" validate "$2" "$3" | head -c 10 > /dev/null', process.execPath, BIN, file, flag], {
      env: environment(EN),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await new Promise((done) => child.on('close', done));
    assert.equal(stderr, '', flag);
  }
});

test('the audit counts from now by default, as the directory widget does', async () => {
  const before = Date.now();
  const byDefault = (await json('validate', DEMO)).result;
  const after = Date.now();
  const stale = (result) => result.warnings.filter((w) => w.audit === 'stale').length;
  const auditedAt = Date.parse(byDefault.auditedAt);
  assert.ok(auditedAt >= before && auditedAt <= after, `audited at ${byDefault.auditedAt}`);
  // The same instant given explicitly gives the same audit. (Comparing with --now <today> compared with midnight,
  // which differs whenever an account crosses the stale line during the day.)
  assert.equal(stale(byDefault), stale((await json('validate', DEMO, '--now', byDefault.auditedAt)).result));
});

test('a network failure names its cause (ECONNREFUSED, not only "fetch failed")', async () => {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const port = server.address().port;
  await new Promise((done) => server.close(done));
  const en = await json('validate', `http://127.0.0.1:${port}/disclosure.json`);
  assert.equal(en.code, 1);
  assert.match(en.result.errors[0].message, /^could not load: request failed: connection refused \(.*ECONNREFUSED.*\)$/);
  const zh = await run(ZH, 'validate', `http://127.0.0.1:${port}/disclosure.json`);
  assert.match(zh.stdout, /无法读取：请求失败：连接被拒绝 \(.*ECONNREFUSED/);
});

test('a certificate error is named, not hidden behind "fetch failed"', async (t) => {
  const server = createHttpsServer(
    {
      key: await readFile('test/node/fixtures/tls/self-signed.key'),
      cert: await readFile('test/node/fixtures/tls/self-signed.crt'),
    },
    (req, res) => res.end('{}'),
  );
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  t.after(() => new Promise((done) => server.close(done)));
  const url = `https://127.0.0.1:${server.address().port}/disclosure.json`;
  const { code, result } = await json('validate', url);
  assert.equal(code, 1);
  assert.match(
    result.errors[0].message,
    /^could not load: request failed: the server certificate is not valid \(DEPTH_ZERO_SELF_SIGNED_CERT: self[- ]signed certificate\)$/,
  );
  assert.match((await run(ZH, 'validate', url)).stdout, /无法读取：请求失败：服务器证书无效 \(DEPTH_ZERO_SELF_SIGNED_CERT/);
});

// ---------------------------------------------------------------------------------------------------
// Hostile data: a document never makes the CLI read a local file

test('a document on the web never makes the CLI read a local file', async (t) => {
  const dir = await folder(t);
  const secret = join(dir, 'secret.txt');
  await writeFile(secret, 'TOP-SECRET-7f3a local file content');
  const origin = await serve(t, {
    '/disclosure.json': JSON.stringify({
      version: '1.0',
      policies: `https://local-file.gov-widgets.invalid${secret}`,
      accounts: `file://${secret}`,
      questions: { endpoints: { submit: 'https://county.example/submit' }, answered: [], answered_next_url: `file:${secret}` },
    }),
  });
  const { code, stdout, stderr } = await run(EN, 'validate', `${origin}/disclosure.json`, '--json');
  assert.equal(code, 1);
  assert.doesNotMatch(stdout + stderr, /TOP-SECRET/);
  const result = JSON.parse(stdout);
  assert.ok(
    result.documents.every((d) => /^https?:/.test(d.url)),
    JSON.stringify(result.documents),
  );
  assert.ok(result.errors.some((e) => e.path === '$.policies' && e.source === 'load'));
  assert.ok(result.errors.some((e) => e.path === '$.accounts'));
});

test('a local document reads its sections from its own folder only', async (t) => {
  const dir = await folder(t);
  await writeFile(join(dir, 'secret.json'), 'TOP-SECRET-9b1c');
  await cp('demo/data', join(dir, 'site'), { recursive: true });
  const discovery = JSON.parse(await readFile(join(dir, 'site/disclosure.json'), 'utf8'));
  await writeFile(
    join(dir, 'site/disclosure.json'),
    JSON.stringify({ ...discovery, policies: '../secret.json', questions: `file://${dir}/secret.json`, accounts: '..%2Fsecret.json' }),
  );
  const { code, stdout, stderr } = await run(EN, 'validate', join(dir, 'site/disclosure.json'), '--json');
  assert.equal(code, 1);
  assert.doesNotMatch(stdout + stderr, /TOP-SECRET/);
  const result = JSON.parse(stdout);
  assert.match(result.errors.find((e) => e.path === '$.policies').message, /outside the folder of the document checked/);
  assert.ok(result.errors.some((e) => e.path === '$.questions'));
  assert.equal(result.errors.find((e) => e.path === '$.accounts')?.source, 'load');
});

test('a document over 16 MiB is refused as the widgets refuse it, from a file or from a server that never stops', async (t) => {
  const dir = await folder(t);
  const file = join(dir, 'policies.json');
  // Valid JSON of 16 MiB + 1 byte: the size alone refuses it.
  const padding = 16 * 1024 * 1024 + 1 - feed([]).length - 2;
  await writeFile(file, feed([]).replace('"items"', `"x": "${'a'.repeat(padding - 8)}", "items"`));
  const local = await json('validate', file);
  assert.equal(local.code, 1);
  assert.match(local.result.errors[0].message, /^could not load: larger than 16 MB, which the widgets refuse too/);

  // A server that declares no length and sends without end: the CLI stops reading past the bound.
  let sent = 0;
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const push = () => {
      while (sent < 64 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
      if (sent < 64 * 1024 * 1024) res.once('drain', push);
      else res.end();
    };
    res.on('close', () => res.removeAllListeners('drain'));
    push();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  t.after(() => new Promise((done) => server.close(done)));
  const url = `http://127.0.0.1:${server.address().port}/disclosure.json`;
  const remote = await json('validate', url);
  assert.equal(remote.code, 1);
  assert.match(remote.result.errors[0].message, /^could not load: larger than 16 MB/);
  assert.ok(sent < 32 * 1024 * 1024, `the server sent ${sent} bytes before the CLI stopped reading`);
  const zh = await run(ZH, 'validate', url);
  assert.match(zh.stdout, /无法读取：超过 16 MB，组件同样拒绝读取/);
});
