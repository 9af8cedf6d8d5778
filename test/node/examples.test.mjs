// The framework examples under examples/: each typechecks, builds with Vite from this package (dist/npm, as an
// app importing `gov-widgets` gets it) and renders the widgets in Debian's Chromium — including widgets defined
// only after the framework's first render, whose object props must still arrive as properties.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';

const root = resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const skip = (!existsSync(join(root, 'dist/npm/react/index.js')) && 'dist/ is missing (npm run build)') || (!existsSync(CHROMIUM) && `no ${CHROMIUM}`);
const run = promisify(execFile);
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** Serves `dir` on 127.0.0.1 (module scripts do not run from file:). */
async function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) };
}

/** Text of the element `selector` inside the light DOM element `host`'s shadow root. */
const shadowText = (page, host, selector) =>
  page.$eval(host, (el, s) => [...(el.shadowRoot?.querySelectorAll(s) ?? [])].map((n) => n.textContent.replace(/\s+/g, ' ').trim()), selector);

/**
 * Builds `examples/<name>` with its own Vite config into a temporary folder, serves it, opens it in Chromium and
 * waits until all three widgets said gov-load; returns the page (closed with the test).
 */
async function openExample(t, name) {
  const out = mkdtempSync(join(tmpdir(), `gov-widgets-${name}-`));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  const { build } = await import('vite');
  await build({ root: join(root, 'examples', name), logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  const server = await serve(out);
  t.after(server.close);
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
  t.after(() => browser.close());
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
  // The browser's own favicon request is not the page's.
  page.on(
    'response',
    (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && errors.push(`${response.status()} ${response.url()}`),
  );
  const foreign = [];
  page.on('request', (request) => !request.url().startsWith(server.url) && foreign.push(request.url()));
  t.after(() => {
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, [], 'no request leaves the page’s own server');
  });
  await page.goto(server.url);
  // gov-load from all three, through the framework's own listeners.
  await page.waitForFunction(() => document.querySelector('#loaded')?.textContent === 'loaded: accounts, policies, questions', { timeout: 20_000 });
  return page;
}

const policies = JSON.parse(readFileSync(join(root, 'demo/data/policies.json'), 'utf8'));

/** What both examples show: three feed items, the directory by platform, the form, `data` never an attribute. */
async function expectWidgets(page) {
  const titles = await shadowText(page, '#feed', '[part~="item"] [part~="title"]');
  assert.equal(titles.length, 3, 'limit 3');
  assert.match(titles[0], new RegExp(policies.items[0].title['zh-Hans']));
  for (const id of ['#feed', '#form', '#directory']) assert.equal(await page.$eval(id, (el) => el.getAttribute('data')), null, id);
  assert.ok((await shadowText(page, '#directory', '[part~="group-title"]')).length > 0, 'the directory shows its groups');
  assert.equal(await page.$eval('#directory', (el) => el.groupBy), 'platform');
  assert.deepEqual(await shadowText(page, '#form', '[part~="submit"]'), ['提交留言']);
}

test('React 19: the example typechecks, builds and renders the widgets, defined before and after React renders', { skip }, async (t) => {
  await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'examples/react/tsconfig.json')]).catch((error) =>
    assert.fail(`examples/react does not typecheck:\n${error.stdout}`),
  );
  const page = await openExample(t, 'react');
  // The feed and the form were defined after the first render: the wrappers' props still arrived.
  await expectWidgets(page);
  // The plain tag, typed by gov-widgets/jsx, reads its src in English.
  await page.waitForFunction(() => document.querySelector('#plain')?.shadowRoot?.querySelector('[part~="item"]'), { timeout: 20_000 });
  assert.match((await shadowText(page, '#plain', '[part~="item"] [part~="title"]'))[0], new RegExp(policies.items[0].title.en));
});

test('Vue 3: the example passes vue-tsc (strictTemplates), builds and renders the widgets, defined before and after mount', { skip }, async (t) => {
  await run(process.execPath, [join(root, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', join(root, 'examples/vue/tsconfig.json')]).catch((error) =>
    assert.fail(`examples/vue does not typecheck:\n${error.stdout}`),
  );
  const page = await openExample(t, 'vue');
  await expectWidgets(page);
  // Defined after mount, :show-inactive="false" arrived as the attribute "false": off (HTML's rule would say on).
  assert.equal(await page.$eval('#directory', (el) => el.showInactive), false);
});

test('a misspelt attribute fails vue-tsc in a template', { skip }, async (t) => {
  const dir = join(root, 'examples/vue');
  const typo = join(dir, `Typo-${process.pid}.vue`);
  const config = join(dir, `tsconfig.typo-${process.pid}.json`);
  t.after(() => {
    rmSync(typo, { force: true });
    rmSync(config, { force: true });
  });
  writeFileSync(typo, readFileSync(join(dir, 'App.vue'), 'utf8').replace('group-by="platform"', 'group-bye="platform"'));
  writeFileSync(config, JSON.stringify({ extends: './tsconfig.json', files: [typo] }));
  const failed = await run(process.execPath, [join(root, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', config]).then(
    () => undefined,
    (error) => error,
  );
  assert.ok(failed, 'group-bye must not typecheck');
  assert.match(failed.stdout, /groupBye/);
});
