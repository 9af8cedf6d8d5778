// `gov-widgets audit <file|url>…`, run as a city's webmaster runs it, built from src/cli/ by `npm run build`.
// Fixtures: test/node/fixtures/audit/ (a good county, a stale-heavy one whose accounts are a document of their
// own, an accounts document with duplicates, a broken JSON file, one that names a file outside its folder).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { csvFile, neutralise } from '../../dist/npm/cli/audit/csv.js';
import { displayWidth } from '../../dist/npm/cli/json-syntax.js';
import { accountMatrix, accountTotals } from '../../dist/npm/contract/matrix.js';
import { BIN, cliEnvironment as environment, EN, runBin, ZH } from '../lib/cli.mjs';

const DIR = 'test/node/fixtures/audit';
const GOOD = `${DIR}/good/disclosure.json`;
const STALE = `${DIR}/stale-heavy/disclosure.json`;
const DUPLICATES = `${DIR}/duplicates/accounts.json`;
const BROKEN = `${DIR}/broken/disclosure.json`;
const OUTSIDE = `${DIR}/outside/disclosure.json`;
const DEMO = 'demo/data/disclosure.json';
/** A fixed day, so that "days since the last post" does not move with the calendar. */
const NOW = ['--now', '2026-11-27T12:00:00+08:00'];

/** Runs the CLI in `locale`; resolves with its exit code and output (never rejects on a non-zero exit). */
const run = (locale, ...args) => runBin(args, { locale });
const audit = (...args) => run(EN, 'audit', ...args);
const auditJson = async (...args) => {
  const result = await audit(...args, '--json');
  return { ...result, result: JSON.parse(result.stdout) };
};

/** An HTTP server; `handle(req, res)` answers, unanswered paths get 404. Resolves with its origin and the requests seen. */
async function serve(t, handle) {
  const seen = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (!handle(req, res)) res.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  t.after(() => new Promise((done) => server.close(done)));
  return { origin: `http://127.0.0.1:${server.address().port}`, seen };
}

/** A port nothing listens on: one that was just closed. */
async function closedPort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * A small RFC 4180 reader for the tests (no dependency): fields separated by commas, records by CRLF, quoted
 * fields with doubled quotes inside. Throws on anything RFC 4180 does not allow.
 */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unclosed quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i === text.length) return rows;
      continue;
    }
    throw new Error(`expected "," or CRLF at ${i}, found ${JSON.stringify(text[i] ?? 'end')}`);
  }
}

/** The CSV bytes as a spreadsheet reads them: BOM first, then UTF-8. */
function readCsv(stdout) {
  assert.ok(stdout.startsWith('\uFEFF'), 'starts with a byte order mark');
  assert.doesNotMatch(stdout.replace(/\r\n/g, ''), /[^\r]\n/, 'every line ends with CRLF');
  return parseCsv(stdout.slice(1));
}

test('zh-Hans: the summary table with a row per county, the totals, and each county’s findings', async () => {
  const { code, stdout } = await run(ZH, 'audit', GOOD, STALE, DUPLICATES, ...NOW);
  assert.equal(code, 0, stdout);
  const lines = stdout.split('\n');
  const header = lines.find((line) => line.startsWith('地区'));
  assert.ok(header, stdout);
  for (const title of ['区划代码', '账号（在用/全部）', '粉丝合计', '14天内更新', '超14天未更新', '重复开设', '无互动', '未认证', '失效链接', '读取/校验错误'])
    assert.ok(header.includes(title), `${title} in ${header}`);
  const row = (start) => lines.find((line) => line.startsWith(start));
  assert.match(row('东湖县人民政府'), /^东湖县人民政府\s+339901\s+正常\s+3\/4\s+2\s+15\.1万（2026-10-15）\s+100%\s+0\s+0\s+0\s+0\s+未检查\s+0$/);
  assert.match(row('=HYPERLINK'), /339902\s+正常\s+4\/4\s+3\s+4\.6万（2026-09-30）\s+25%\s+3\s+0\s+1\s+1\s+未检查\s+0$/);
  assert.match(row(DUPLICATES), /正常\s+4\/5\s+2\s+—\s+100%\s+0\s+3\s+0\s+0\s+未检查\s+0$/);
  assert.match(row('合计'), /^合计\s+正常\s+11\/13\s+4\s+19\.7万（2026-09-30）\s+73%\s+3\s+3\s+1\s+1\s+未检查\s+0$/);
  // Aligned by display width: each column starts at the same terminal column in every row (CJK counts 2).
  const table = lines.slice(lines.indexOf(header), lines.indexOf(row('合计')) + 1).filter((line) => !line.startsWith('─'));
  const statusColumn = (line) => displayWidth(line.slice(0, line.search(/正常|状态/)));
  assert.equal(new Set(table.map(statusColumn)).size, 1, table.join('\n'));
  const end = (line) => displayWidth(line);
  assert.equal(new Set(table.map(end)).size, 1, 'right-aligned last column');
  // Findings: account, platform, organization, what is wrong, days.
  assert.match(stdout, /西山发布\s+微信公众号\s+县政府办公室\s+超过 14 天未更新\s+57 天/);
  assert.match(stdout, /@西山健康\s+微信公众号\s+县卫生健康局\s+无互动渠道\s+104 天/);
  assert.match(stdout, /西山农业, "三农"频道\s+抖音\s+县农业农村局\s+超过 14 天未更新\s+无发布日期/);
  assert.match(stdout, /南岭市场监管\s+微信公众号\s+market\s+同一单位在该平台开设多个账号（另有 南岭食品安全、南岭消费维权）/);
  assert.match(stdout, /东湖县人民政府 \(339901\)[^\n]*\n {2}未发现问题/);
  assert.match(stdout, /共 3 个地区文档，其中 0 个有错误；核查日期 2026-11-2\d/);
});

test('en: the same table in English, followers with grouped digits', async () => {
  const { code, stdout } = await audit(GOOD, STALE, ...NOW);
  assert.equal(code, 0, stdout);
  assert.match(
    stdout,
    /^County\s+Code\s+Status\s+Accounts active\/all\s+Platforms\s+Followers\s+Updated ≤14 d\s+Stale >14 d\s+Duplicate\s+No interaction\s+Unverified\s+Broken links\s+Load\/validate errors$/m,
  );
  assert.match(stdout, /^Donghu County\s+339901\s+ok\s+3\/4\s+2\s+150,500 \(2026-10-15\)\s+100%/m);
  assert.match(stdout, /^Total\s+ok\s+7\/8\s+4\s+196,700 \(2026-09-30\)\s+57%\s+3\s+0\s+1\s+1\s+not checked\s+0$/m);
  assert.match(stdout, /西山发布\s+WeChat official account\s+县政府办公室\s+no post for more than 14 days\s+57 d/);
});

test('--stale-days and --now move the line: the same accounts are stale or not', async () => {
  const { result } = await auditJson(STALE, '--stale-days', '60', ...NOW);
  assert.equal(result.staleDays, 60);
  assert.equal(result.counties[0].figures.byRule.stale, 2);
  const later = await auditJson(GOOD, '--now', '2027-01-01');
  assert.equal(later.result.counties[0].figures.byRule.stale, 3);
  assert.equal(later.result.auditedAt, '2027-01-01T00:00:00.000Z');
});

test('a county whose file is broken is a row saying so; the others are still audited; exit 1', async () => {
  const { code, stdout } = await run(ZH, 'audit', GOOD, BROKEN, OUTSIDE, ...NOW);
  assert.equal(code, 1, stdout);
  assert.match(stdout, new RegExp(`^${BROKEN}\\s+无法读取\\s+—(\\s+—){7}\\s+未检查\\s+1$`, 'm'));
  assert.match(stdout, /^外溪县人民政府\s+339905\s+无法读取/m);
  assert.match(stdout, /^东湖县人民政府\s+339901\s+正常\s+3\/4/m);
  assert.match(stdout, /^合计\s+2 个地区有错误\s+3\/4/m);
  // The JSON error with line and column and the full-width hint, as validate words it.
  assert.match(stdout, /JSON 语法错误，第 3 行第 38 列：[^\n]*全角标点「，」/);
  // The folder rule of validate: a local document reads nothing outside its own folder.
  assert.match(stdout, /good\/disclosure\.json: 无法读取：未读取：/);
  const { result } = await auditJson(GOOD, BROKEN, ...NOW);
  assert.deepEqual(
    result.counties.map((c) => [c.status, c.figures === null]),
    [
      ['ok', false],
      ['failed', true],
    ],
  );
  assert.equal(result.totals.withErrors, 1);
});

test('a document with entries the widgets would leave out is audited and counted as having errors', async (t) => {
  const { origin } = await serve(t, (req, res) => {
    if (req.url !== '/accounts.json') return false;
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(
      JSON.stringify({
        accounts: [
          { id: 'a', name: '好账号', platform: 'weibo', verified: true, functions: ['interact'], last_post_at: '2026-11-26' },
          { id: 'b', name: '坏平台', platform: 'myspace' },
        ],
      }),
    );
    return true;
  });
  const { code, result } = await auditJson(`${origin}/accounts.json`, ...NOW);
  assert.equal(code, 1);
  const [county] = result.counties;
  assert.equal(county.status, 'invalid');
  assert.equal(county.figures.all, 1);
  assert.match(county.errors[0].path, /^\$\.accounts\[1\]/);
});

test('a discovery document without accounts, or a feed given in place of a county, is a row saying so', async (t) => {
  const { origin } = await serve(t, (req, res) => {
    const body = {
      '/no-accounts.json': { version: '1.0', jurisdiction: { name: '无账号县', code: '339909' }, policies: 'feed.json' },
      '/feed.json': { version: 'https://jsonfeed.org/version/1.1', title: '政策', items: [] },
    }[req.url];
    if (body === undefined) return false;
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    return true;
  });
  const { code, stdout } = await run(ZH, 'audit', `${origin}/no-accounts.json`, `${origin}/feed.json`, ...NOW);
  assert.equal(code, 1);
  assert.match(stdout, /^无账号县\s+339909\s+无法读取/m);
  assert.match(stdout, /发现文档中没有账号部分/);
  assert.match(stdout, /既不是发现文档，也不是账号文档/);
});

test('an unreachable URL names its cause', async () => {
  const url = `http://127.0.0.1:${await closedPort()}/disclosure.json`;
  const { code, stdout } = await run(ZH, 'audit', url, GOOD, ...NOW);
  assert.equal(code, 1);
  assert.match(stdout, new RegExp(`^${url.replace(/[.]/g, '\\.')}\\s+无法读取`, 'm'));
  assert.match(stdout, /无法读取：请求失败：连接被拒绝 \(connect ECONNREFUSED/);
  assert.match(stdout, /^东湖县人民政府\s+339901\s+正常/m);
});

test('a remote document cannot make the audit read local files', async (t) => {
  const { origin, seen } = await serve(t, (req, res) => {
    const accounts = { '/a.json': 'file:///etc/passwd', '/b.json': 'https://local-file.gov-widgets.invalid/etc/passwd', '/c.json': '/etc/passwd' }[req.url];
    if (accounts === undefined) return false;
    res
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ version: '1.0', jurisdiction: { name: '远端县', code: '339906' }, accounts }));
    return true;
  });
  const { code, stdout } = await auditJson(`${origin}/a.json`, `${origin}/b.json`, `${origin}/c.json`, ...NOW);
  assert.equal(code, 1);
  const { result } = JSON.parse(JSON.stringify({ result: JSON.parse(stdout) }));
  assert.deepEqual(
    result.counties.map((c) => c.status),
    ['failed', 'failed', 'failed'],
  );
  assert.doesNotMatch(stdout, /root:/);
  // The relative one is read from the county's own site, never from this machine's disk.
  assert.ok(seen.includes('GET /etc/passwd'));
  assert.match(result.counties[2].errors.map((e) => e.message).join(' '), /HTTP 404/);
});

test('--check-links: HEAD then GET, a 404 and a 410 are broken, the local-file marker is never requested', async (t) => {
  const { origin, seen } = await serve(t, (req, res) => {
    const path = req.url;
    if (path === '/disclosure.json') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(
        JSON.stringify({
          version: '1.0',
          jurisdiction: { name: '链接县', code: '339907' },
          organizations: [{ id: 'gov', name: '县政府办公室' }],
          policies: 'policies.json',
          accounts: {
            accounts: [
              {
                id: 'ok',
                organization_id: 'gov',
                name: '正常账号',
                platform: 'weibo',
                url: '/ok',
                verified: true,
                functions: ['interact'],
                last_post_at: '2026-11-26',
              },
              {
                id: 'gone',
                organization_id: 'gov',
                name: '失效账号',
                platform: 'douyin',
                url: '/missing',
                verified: true,
                functions: ['interact'],
                last_post_at: '2026-11-26',
              },
              {
                id: 'nohead',
                organization_id: 'gov',
                name: '不认 HEAD',
                platform: 'website',
                url: '/no-head',
                status_notice_url: 'https://local-file.gov-widgets.invalid/etc/passwd',
                verified: true,
                functions: ['interact'],
                last_post_at: '2026-11-26',
              },
            ],
          },
        }),
      );
    } else if (path === '/policies.json') {
      res.writeHead(200, { 'Content-Type': 'application/feed+json' }).end(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: '政策',
          items: [
            { id: 'p1', title: '办法', url: '/ok', date_published: '2026-11-01', attachments: [{ url: '/attachment-gone', mime_type: 'application/pdf' }] },
          ],
        }),
      );
    } else if (path === '/ok') res.writeHead(200).end('ok');
    else if (path === '/no-head') res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    else if (path === '/attachment-gone') res.writeHead(410).end();
    else return false;
    return true;
  });
  const { code, result } = await auditJson(`${origin}/disclosure.json`, '--check-links', '--concurrency', '2', ...NOW);
  assert.equal(code, 0, 'broken links are findings, not errors');
  const [county] = result.counties;
  // Counted per place a link is published (/ok twice: an account and a policy), requested once per URL.
  assert.deepEqual(county.links, { checked: 5, broken: 2, skipped: 1 });
  const broken = county.findings.filter((f) => f.rule === 'broken-link');
  assert.deepEqual(broken.map((f) => [f.account ?? f.policy, f.url.replace(origin, ''), f.message]).sort(), [
    ['办法', '/attachment-gone', 'broken link: HTTP 410'],
    ['失效账号', '/missing', 'broken link: HTTP 404'],
  ]);
  // Each distinct URL once: HEAD, and GET only where HEAD failed.
  assert.equal(seen.filter((r) => r.endsWith(' /ok')).length, 1);
  assert.deepEqual(
    seen.filter((r) => r.endsWith('/no-head')),
    ['HEAD /no-head', 'GET /no-head'],
  );
  assert.equal(result.totals.links.broken, 2);
  // The table: the number, not 未检查.
  const zh = await run(ZH, 'audit', `${origin}/disclosure.json`, '--check-links', ...NOW);
  assert.match(zh.stdout, /^链接县\s+339907\s+正常\s+3\/3(\s+\S+){7}\s+2\s+0$/m);
  assert.match(zh.stdout, /失效账号\s+抖音\s+县政府办公室\s+链接失效：HTTP 404 http:\/\/127\.0\.0\.1:\d+\/missing/);
  assert.match(zh.stdout, /\n {2}办法\s+链接失效：HTTP 410 http:\/\/127\.0\.0\.1:\d+\/attachment-gone/);
  assert.match(zh.stdout, /1 个链接未访问/);
});

test('--check-links never probes this machine or a private network for a document from elsewhere, not even through a redirect', async (t) => {
  const { origin, seen } = await serve(t, (req, res) => {
    const port = new URL(origin).port;
    if (req.url === '/disclosure.json') {
      const account = (id, url) => ({ id, name: id, platform: 'website', url, verified: true, functions: ['interact'], last_post_at: '2026-11-26' });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(
        JSON.stringify({
          version: '1.0',
          jurisdiction: { name: '探测县', code: '339908' },
          accounts: {
            accounts: [
              // Same host as the document: requested. Another name for this machine: not.
              account('same-host', '/redirect'),
              account('localhost', `http://localhost:${port}/ok`),
              account('private', 'http://192.168.0.1/admin'),
            ],
          },
        }),
      );
    } else if (req.url === '/redirect') res.writeHead(302, { Location: `http://localhost:${port}/ok` }).end();
    else if (req.url === '/ok') res.writeHead(200).end();
    else return false;
    return true;
  });
  const { result } = await auditJson(`${origin}/disclosure.json`, '--check-links', ...NOW);
  const [county] = result.counties;
  assert.deepEqual(county.links, { checked: 1, broken: 1, skipped: 2 });
  assert.match(county.findings.find((f) => f.rule === 'broken-link').message, /redirect not followed: http:\/\/localhost:\d+\/ok/);
  assert.ok(!seen.some((r) => r.endsWith(' /ok')), seen.join(', '));
});

test('without --check-links no link is requested and the column says so, not 0', async (t) => {
  const { origin, seen } = await serve(t, () => false);
  // No --now: counted from today, not from the document's generated_at.
  const { result } = await auditJson(GOOD);
  assert.ok(Math.abs(Date.parse(result.auditedAt) - Date.now()) < 60_000, result.auditedAt);
  assert.equal(result.counties[0].links, null);
  assert.equal(result.totals.links, null);
  assert.deepEqual(seen, []);
  assert.ok(origin);
});

test('--csv: BOM, CRLF, RFC 4180 quoting, a hostile =HYPERLINK(...) name neutralised', async () => {
  const { code, stdout } = await run(ZH, 'audit', GOOD, STALE, BROKEN, '--csv', ...NOW);
  assert.equal(code, 1);
  const rows = readCsv(stdout);
  assert.deepEqual(rows[0].slice(0, 5), ['地区', '区划代码', '状态', '在用账号', '全部账号']);
  assert.equal(rows.length, 1 + 3 + 1, 'header, one row per county, totals');
  assert.deepEqual(rows[1].slice(0, 8), ['东湖县人民政府', '339901', '正常', '3', '4', '2', '150500', '2026-10-15']);
  assert.equal(rows[2][0], `'=HYPERLINK("https://evil.example/","西山县")`);
  assert.equal(rows[3][2], '无法读取');
  assert.equal(rows[1][13], '未检查');
  assert.equal(rows[4][0], '合计');
  for (const row of rows) assert.equal(row.length, rows[0].length);
});

test('--csv-findings: one row per finding, hostile names neutralised, commas and quotes quoted', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'gov-widgets-audit-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'findings.csv');
  const { code, stdout, stderr } = await audit(STALE, DUPLICATES, '--csv', '--csv-findings', file, ...NOW);
  assert.equal(code, 0, stderr);
  readCsv(stdout);
  const rows = readCsv(await readFile(file, 'utf8'));
  assert.match(stderr, /8 finding row\(s\) written to/);
  assert.equal(rows.length, 1 + 8);
  assert.ok(rows.some((row) => row[2] === "'@西山健康" && row[6] === 'no interaction channel'));
  assert.ok(rows.some((row) => row[2] === '西山农业, "三农"频道' && row[7] === ''));
  assert.ok(rows.some((row) => row[0] === `'=HYPERLINK("https://evil.example/","西山县")`));
});

test('property: any cells written by the CSV writer read back as written (formulas neutralised)', () => {
  const cell = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '"', ',', '\r', '\n', '\t', 'a', '县') }),
    fc.integer(),
  );
  fc.assert(
    fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), (rows) => {
      const text = csvFile(rows);
      assert.ok(text.startsWith('\uFEFF'));
      const expected = rows.map((row) => row.map((value) => (typeof value === 'number' ? String(value) : neutralise(value))));
      assert.deepEqual(parseCsv(text.slice(1)), expected);
      // No field a spreadsheet would run as a formula.
      for (const row of expected) for (const field of row) if (typeof field === 'string' && /^[=+@]/.test(field)) assert.fail(field);
    }),
    { numRuns: 300 },
  );
});

test('--json is complete through a pipe, whatever its size', async () => {
  const targets = Array.from({ length: 80 }, () => DEMO);
  const child = spawn(`"${process.execPath}" "${BIN}" audit ${targets.join(' ')} --json --now 2026-11-27 | cat`, { shell: true, env: environment(EN) });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
  const code = await new Promise((done) => child.on('close', done));
  assert.equal(code, 0);
  assert.ok(out.length > 65_536, `${out.length} bytes`);
  const result = JSON.parse(out);
  assert.equal(result.counties.length, 80);
});

test('the demo county’s figures are the matrix model’s, the figures the directory widget shows', async () => {
  const now = '2026-11-27T12:00:00+08:00';
  const { result } = await auditJson(DEMO, '--now', now);
  const demo = JSON.parse(await readFile(DEMO, 'utf8'));
  const source = { accounts: demo.accounts.accounts, organizations: demo.organizations };
  const totals = accountTotals(source, Date.parse(now));
  const matrix = accountMatrix(source, Date.parse(now));
  const [county] = result.counties;
  assert.deepEqual(county.jurisdiction, { name: "Qinghe County People's Government", code: '339903' });
  const f = county.figures;
  assert.deepEqual(
    [f.all, f.active, f.platforms, f.followers.total, f.followers.counted, f.followers.oldestAsOf, f.updated, f.updatedShare],
    [totals.all, totals.active, totals.platforms, totals.followers, totals.withFollowers, totals.followersAsOf, totals.updated, totals.updatedShare],
  );
  assert.equal(f.byRule.duplicate, matrix.duplicates.size);
  assert.equal(f.byRule.stale, matrix.stale.size);
  // Every account the matrix marks is a finding of the audit, and no other.
  const ids = (rule) => new Set(county.findings.filter((x) => x.rule === rule).map((x) => x.accountId));
  assert.deepEqual(ids('duplicate'), matrix.duplicates);
  assert.deepEqual(ids('stale'), matrix.stale);
  assert.ok(matrix.duplicates.size > 0 && matrix.stale.size > 0, 'the demo has both');
});

test('exit 2 on a usage error, with the audit’s own help', async () => {
  for (const args of [[], ['--concurrency', '0', GOOD], ['--csv', '--json', GOOD], ['--now', 'yesterday', GOOD], ['--bogus', GOOD]]) {
    const { code, stderr } = await audit(...args);
    assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
    assert.match(stderr, /Usage: gov-widgets audit/);
  }
  const zh = await run(ZH, 'audit', '--concurrency', 'many', GOOD);
  assert.match(zh.stderr, /--concurrency：应为 1 到 64 的整数：many/);
  const help = await run(ZH, 'audit', '--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /UTF-8 带 BOM，中文 Windows 上的 Excel 和 WPS/);
  const global = await run(EN, '--help');
  assert.match(global.stdout, /gov-widgets audit <file\|url>…/);
});
