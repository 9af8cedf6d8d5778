// The demo as `npm start` serves it (after the build): demo/server.mjs, started as its own process on a free
// port, and demo/index.html in headless Chromium under the page's strict CSP and Trusted Types. Every widget
// shows the demo data; a reader asks a question through the form (keyboard and mouse, as a person would), the
// local endpoint stores it, and the reader looks it up with the receipt's request number and query code.
//
// DEMO_URL=http://127.0.0.1:8080/ runs the same checks against a demo already running (`npm start`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import Database from 'better-sqlite3';

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const skip = (!process.env.DEMO_URL && !existsSync('dist/gov-widgets.js') && 'dist/ is missing (npm run build)') || (!existsSync(CHROMIUM) && `no ${CHROMIUM}`);

/** Starts `node demo/server.mjs` with PORT=0; resolves with its URL and a stop function. */
async function startDemo(questionsFile) {
  const child = spawn(process.execPath, ['demo/server.mjs'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', QUESTIONS_FILE: questionsFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo server did not start:\n${output}`)), 15_000);
    const read = (chunk) => {
      output += chunk;
      const match = /gov-widgets demo: (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`the demo server exited (${code}):\n${output}`)));
  });
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGTERM');
    });
  return { url, stop, output: () => output };
}

/** In the page: every widget has fired gov-load (or gov-error); what each shows. */
function widgetsShown() {
  const tags = ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form'];
  const els = [...document.querySelectorAll(tags.join(','))];
  return Promise.all(els.map((el) => customElements.whenDefined(el.localName).then(() => el.loadComplete))).then(() =>
    els.map((el) => {
      const root = el.shadowRoot;
      const count = (selector) => root.querySelectorAll(selector).length;
      return {
        tag: el.localName,
        audit: el.hasAttribute('audit'),
        matrix: el.getAttribute('view') === 'matrix',
        error: root.querySelector('[part~="error"]')?.textContent.trim() ?? null,
        items: count('[part~="item"]'),
        chips: count('[part~="chip"]'),
        search: count('[part~="search"]'),
        pager: count('[part~="pager"]'),
        summary: count('[part~="audit-summary"], [part~="summary"]'),
        tabs: count('[part~="tab"]'),
        fields: count('input, select, textarea'),
        matrixRows: count('[part~="matrix-table"] tbody th[scope="row"]'),
        marks: count('[part~="matrix-table"] .mark'),
        totals: count('[part~="totals"]'),
        fallbackHidden: [...el.children].every((child) => child.getBoundingClientRect().height === 0),
      };
    }),
  );
}

test('npm start: the demo serves all three widgets, takes a question and finds it again', { skip, timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gov-widgets-demo-'));
  const questions = join(dir, 'questions.sqlite');
  const demo = process.env.DEMO_URL ? { url: process.env.DEMO_URL, stop: async () => {} } : await startDemo(questions);
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const problems = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      // A failed load is logged without its URL; the response listener below names it (the favicon aside).
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console.error: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()} ${response.url()}`);
    });
    const response = await page.goto(demo.url, { waitUntil: 'load' });
    assert.match(response.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);

    // 1. Every widget shows the demo data, and the fallback content is gone.
    const shown = await page.evaluate(widgetsShown);
    assert.equal(shown.length, 5, 'feed, form, directory, matrix, audit directory');
    for (const w of shown) {
      assert.equal(w.error, null, `<${w.tag}> shows no error`);
      assert.ok(w.fallbackHidden, `<${w.tag}> hides its fallback`);
    }
    const [feed] = shown.filter((w) => w.tag === 'gov-policy-feed');
    assert.equal(feed.items, 8, 'the feed shows limit="8" policies');
    assert.ok(feed.search === 1 && feed.chips > 4 && feed.pager === 1, 'search, chips and pager');
    const directories = shown.filter((w) => w.tag === 'gov-account-directory' && !w.matrix);
    assert.ok(
      directories.every((d) => d.items >= 10),
      'accounts in both directories',
    );
    // The matrix (issue 15): a row per organization with accounts, the accounts' marks, and the totals line.
    const [matrix] = shown.filter((w) => w.matrix);
    assert.ok(matrix.matrixRows >= 8 && matrix.marks >= 4 && matrix.totals === 1, `the matrix: ${JSON.stringify(matrix)}`);
    assert.ok(directories.find((d) => d.audit).items > directories.find((d) => !d.audit).items, 'the audit shows the inactive accounts too');
    const [form] = shown.filter((w) => w.tag === 'gov-ask-form');
    assert.equal(form.tabs, 3, 'ask, look up, answered');

    // 2. A question, typed and sent like a reader would.
    const ask = (selector) => `gov-ask-form >>> ${selector}`;
    // What a view whose code loads on demand draws (the receipt, the lookup form and its result) appears through a
    // change inside the form's shadow root, which a locator's wait may not notice: poll for it instead.
    const appears = (selector) =>
      page.waitForFunction((s) => document.querySelector('gov-ask-form')?.shadowRoot?.querySelector(s) != null, { polling: 100, timeout: 30_000 }, selector);
    await page.locator(ask('#f-service_code-0')).click();
    await page.locator(ask('#f-organization_id')).wait();
    await page.select(ask('#f-organization_id'), 'education');
    await page.locator(ask('#f-title')).fill('学校周边道路何时修好');
    await page.locator(ask('#f-description')).fill('青禾县第二小学门前的道路坑洼较多，雨天积水，接送孩子很不方便，请问什么时候维修？');
    await page.locator(ask('#f-name')).fill('张三');
    await page.locator(ask('#f-phone')).fill('138 0013 8000');
    await page.locator(ask('#f-consent')).click();
    const sent = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/questions' && r.request().method() === 'POST');
    await page.locator(ask('[part~="submit"]')).click();
    assert.equal((await sent).status(), 201, 'the endpoint stored the question');
    await appears('[part~="query-code"]');
    const receipt = await page.evaluate(() => {
      const root = document.querySelector('gov-ask-form').shadowRoot;
      return { id: root.querySelector('[part~="request-id"]').textContent.trim(), code: root.querySelector('[part~="query-code"]').textContent.trim() };
    });
    assert.match(receipt.id, /\S/);
    assert.match(receipt.code, /\S/);
    if (!process.env.DEMO_URL) {
      const db = new Database(questions, { readonly: true });
      const stored = db.prepare('SELECT question FROM questions').all();
      db.close();
      assert.equal(stored.length, 1, 'one question stored, once');
      assert.ok(JSON.stringify(stored[0]).includes('学校周边道路何时修好'));
    }

    // 3. Looked up with the receipt, in the form's own lookup view.
    await page.locator(ask('#tab-lookup')).click();
    await appears('#l-service_request_id');
    await page.locator(ask('#l-service_request_id')).fill(receipt.id);
    await page.locator(ask('#l-query_code')).fill(receipt.code);
    const looked = page.waitForResponse((r) => new URL(r.url()).pathname.startsWith('/api/questions/lookup'));
    await page.locator(ask('[part~="lookup-submit"]')).click();
    assert.equal((await looked).status(), 200, 'the endpoint found it');
    await appears('[part~="lookup-result"] [part~="status"]');
    const status = await page.evaluate(() =>
      document.querySelector('gov-ask-form').shadowRoot.querySelector('[part~="lookup-result"]').textContent.replace(/\s+/g, ' '),
    );
    assert.match(status, /受理|办理|待/, `a status is shown: ${status}`);

    assert.deepEqual(problems, [], 'no errors, no failed requests');
  } finally {
    await browser.close();
    await demo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
