// dist/validate.html opened from a file:// URL in Debian's Chromium (puppeteer-core, one launch): files chosen
// and dropped, text pasted, URLs fetched with and without CORS; the findings in the command line's words with
// line numbers, the preview of the widgets, axe in each state, and no request but the ones the test pasted.
// Needs `npm run build` (dist/validate.html) and /usr/bin/chromium.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { run } from '../../dist/npm/cli/main.js';
import { startDemoServer } from '../../demo/server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pageUrl = pathToFileURL(`${root}dist/validate.html`).href;
const fixtures = `${root}test/node/fixtures/validator/`;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The command line's result for a file, as the page must show it (zh-Hans). */
async function cli(file) {
  let out = '';
  const stdout = { write: (text, done) => ((out += text), done?.(), true) };
  await run(['validate', '--json', '--lang', 'zh-Hans', file], { stdout, stderr: stdout, env: {}, cwd: fixtures });
  return JSON.parse(out);
}

let browser;
let page;
let server;
let origin;
const requests = [];
const pasted = new Set([pageUrl]);

before(async () => {
  // A site that allows cross-origin reads (/cors/…) and one that does not (/plain/…).
  const feed = readFileSync(`${fixtures}data/policies.json`);
  server = createServer((req, res) => {
    const cors = req.url.startsWith('/cors/');
    res.writeHead(200, { 'Content-Type': 'application/feed+json', ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}) });
    res.end(feed);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  page = await browser.newPage();
  // A reader whose browser is set to Chinese (China).
  await page.evaluateOnNewDocument(() => {
    Object.defineProperty(navigator, 'languages', { get: () => ['zh-CN', 'zh', 'en'] });
    Object.defineProperty(navigator, 'language', { get: () => 'zh-CN' });
  });
  await page.setViewport({ width: 390, height: 844 });
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  await page.goto(pageUrl);
});

after(async () => {
  await browser?.close();
  server?.close();
});

const text = (selector) => page.$eval(selector, (element) => element.innerText);

/** Waits until the live region says something other than what it said before the action. */
async function act(action) {
  const before = await page.$eval('#status', (element) => element.textContent);
  await action();
  await page.waitForFunction(
    (old) => {
      const now = document.querySelector('#status').textContent;
      return now !== old && !/正在检查|Checking/.test(now);
    },
    {},
    before,
  );
}

async function paste(json) {
  await act(async () => {
    await page.$eval('#paste', (area, value) => (area.value = value), json);
    await page.click('#paste-check');
  });
}

/** Drops files on the drop zone as a browser would (a DataTransfer with File objects). */
async function drop(files) {
  await act(() =>
    page.$eval(
      '#drop',
      (zone, list) => {
        const transfer = new DataTransfer();
        for (const { name, bytes } of list) transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/json' }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      files.map(({ name, bytes }) => ({ name, bytes: [...bytes] })),
    ),
  );
}

async function axe() {
  const result = await page.evaluate(async (source) => {
    (0, eval)(source);
    const { violations } = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, axeSource);
  assert.deepEqual(result, []);
}

test('the page speaks the browser language (zh-Hans here) and is accessible before anything is checked', async () => {
  assert.equal(await page.$eval('html', (html) => html.lang), 'zh-Hans');
  assert.equal(await text('h1'), 'gov-widgets 数据检查');
  assert.match(await text('#status'), /还没有检查任何文档/);
  assert.equal(await page.$eval('#files', (input) => input.labels?.[0]?.textContent), '或选择文件（可多选）');
  await axe();
});

test('a syntax error: line and column, the line shown with a caret, and the full-width punctuation hint', async () => {
  await paste('{\n  "version": "1.0"，\n  "policies": "data/policies.json"\n}\n');
  const results = await text('#results');
  assert.match(await text('#status'), /✖ 未通过：.*1 个错误/);
  assert.match(results, /JSON 语法错误，第 2 行第 19 列：值后应为英文逗号“,”或“}”，实际为 "，"/);
  assert.match(results, /2 \| {3}"version": "1.0"，\n\s+\^/);
  assert.match(results, /是否误用了全角标点「，」？JSON 需要半角「,」/);
  await axe();
});

test('a schema error: the CLI words, the line number, the item id and title', async () => {
  const bytes = readFileSync(`${fixtures}bad-date.json`);
  await drop([{ name: 'bad-date.json', bytes }]);
  const expected = await cli('bad-date.json');
  const shown = await page.$$eval('#results .errors .message', (nodes) => nodes.map((node) => node.textContent));
  assert.deepEqual(
    shown,
    expected.errors.map((error) => error.message),
  );
  const first = await page.$eval('#results .errors .finding', (li) => li.innerText);
  assert.match(first, /第 9 行 \$\.items\[0\]\.date_published p-2026-029 「关于做好冬季安全生产工作的通知」/);
  assert.match(first, /应为 RFC 3339 日期，例如 2026-11-26/);
  await axe();
});

test('a discovery document with its section file: valid, the same findings as the CLI, and the preview shows the feed', async () => {
  const input = await page.$('#files');
  await act(() => input.uploadFile(`${fixtures}disclosure.json`, `${fixtures}data/policies.json`));
  const expected = await cli('disclosure.json');
  assert.equal(expected.valid, true);
  assert.match(await text('#status'), /disclosure\.json: ✔ 通过：3 个文档中 0 个错误、1 个警告/);
  const warnings = await page.$$eval('#results .warnings .message', (nodes) => nodes.map((node) => node.textContent));
  assert.deepEqual(
    warnings,
    expected.warnings.map((warning) => warning.message),
  );
  assert.match(await text('#results'), /policies\.json — policies \(2 条政策\)/);
  // The feed in the preview, on the data checked.
  await page.waitForFunction(() => document.querySelector('#preview gov-policy-feed')?.shadowRoot?.textContent?.includes('关于进一步优化营商环境的若干措施'));
  const feed = await page.$eval('#preview gov-policy-feed', (feed) => feed.shadowRoot.textContent);
  assert.match(feed, /某县义务教育阶段招生入学工作实施方案/);
  await page.waitForFunction(() => document.querySelector('#preview gov-account-directory')?.shadowRoot?.textContent?.includes('某县教育'));
  await axe();
});

test('a file that is not UTF-8 (GBK, what Notepad saves as "ANSI") is refused with the encoding named', async () => {
  // {"title":"中文"} in GBK: 中 = D6 D0, 文 = CE C4.
  const bytes = Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from('"}')]);
  await drop([{ name: 'gbk.json', bytes }]);
  assert.match(await text('#results'), /不是 UTF-8 编码（第 1 行，第 11 字节；看起来是 GBK\/GB18030 编码，即记事本的“ANSI”）：请另存为 UTF-8/);
});

test('a URL: read with CORS and previewed; a server without CORS is named as the cause', async () => {
  const url = `${origin}/cors/policies.json`;
  pasted.add(url);
  await act(async () => {
    await page.$eval('#url', (input, value) => (input.value = value), url);
    await page.click('#url-check');
  });
  assert.match(await text('#status'), /✔ 通过/);
  await page.waitForFunction(() => document.querySelector('#preview gov-policy-feed')?.shadowRoot?.textContent?.includes('关于进一步优化营商环境的若干措施'));

  const plain = `${origin}/plain/policies.json`;
  pasted.add(plain);
  await act(async () => {
    await page.$eval('#url', (input, value) => (input.value = value), plain);
    await page.click('#url-check');
  });
  assert.match(await text('#results'), /无法读取：服务器不允许跨域读取（CORS），或网络不通/);
  await axe();
});

test('the language switch: zh-Hant and English, findings included', async () => {
  await act(() => page.select('#lang', 'zh-Hant'));
  assert.equal(await page.$eval('html', (html) => html.lang), 'zh-Hant');
  assert.match(await text('#results'), /伺服器不允許跨來源讀取（CORS）/);
  await paste('{"version": "1.0"，}');
  await act(() => page.select('#lang', 'en'));
  assert.match(await text('#results'), /invalid JSON at line 1, column 18/);
  assert.equal(await text('h1'), 'gov-widgets data check');
});

test('works at 390 px without sideways scrolling', async () => {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the viewport`);
});

test('the page made no request but the page itself and the URLs pasted', () => {
  const others = requests.filter((url) => !pasted.has(url) && !/^(data|blob):/.test(url));
  assert.deepEqual(others, []);
});

test('the demo serves the page at /validate.html, linked from its footer, and it runs under the headers served', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'gov-validate-demo-'));
  const demo = await startDemoServer({ listenPort: 0, listenHost: '127.0.0.1', file: join(folder, 'questions.sqlite') });
  try {
    const answer = await fetch(`${demo.url}validate.html`);
    assert.equal(answer.status, 200);
    assert.match(answer.headers.get('content-type'), /^text\/html/);
    assert.equal(await answer.text(), readFileSync(`${root}dist/validate.html`, 'utf8'));
    assert.match(await (await fetch(demo.url)).text(), /<a href="\/validate\.html">/);
    const served = await browser.newPage();
    const errors = [];
    served.on('pageerror', (error) => errors.push(error.message));
    await served.goto(`${demo.url}validate.html`);
    await served.waitForFunction(() => document.querySelector('#status').textContent !== '');
    assert.deepEqual(errors, []);
    await served.close();
  } finally {
    demo.server.close();
    await demo.api.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
