// The webmaster's release zip (scripts/release.mjs, `npm run release`): written from the dist/ that `npm test` has
// just built (no build here), unzipped with fflate, served by a plain static server written below (not the demo's:
// "any static server"), and opened in Debian's Chromium (puppeteer-core, one launch): the sample page shows the
// feed, the directory and the form from the sample data, with SRI on its tags that the browser accepted; the
// chunks load through the import map's integrity; nothing is fetched from outside the served folder; and the
// validator page opens. A copy of the bundle changed by one byte is refused, which shows the checks can fail.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { parseXml } from '@rgrove/parse-xml';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { writeRelease } from '../../scripts/release.mjs';
import { sri } from '../../scripts/sri.mjs';

const root = resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const skip = (!existsSync(join(root, 'dist/bundles.json')) && 'dist/ is missing (npm run build)') || (!existsSync(CHROMIUM) && `no ${CHROMIUM}`);
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const folder = `gov-widgets-${version}`;
const policies = JSON.parse(readFileSync(join(root, 'demo/data/policies.json'), 'utf8'));
const disclosure = JSON.parse(readFileSync(join(root, 'demo/data/disclosure.json'), 'utf8'));
/** What any static server knows: a type by extension, nothing else (no charset, no caching, no CORS). */
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

let work;
let release;
let files;
let server;
let origin;
let browser;
/** Set by the last test: the server then sends gov-widgets.js with one byte changed. */
let tamper = false;

before(async () => {
  if (skip) return;
  work = mkdtempSync(join(tmpdir(), 'gov-release-'));
  release = writeRelease({ out: join(work, 'out') });
  files = unzipSync(readFileSync(release.file));
  const site = join(work, 'site');
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), bytes);
  }
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(site + sep) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    let body = readFileSync(file);
    if (tamper && path.endsWith('/gov-widgets/gov-widgets.js')) body = Buffer.concat([body, Buffer.from('\n')]);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Opens `path` (under the release folder) in a new page and records what a webmaster would look for: page
 * errors, console errors, failed responses, and requests that left the served origin.
 */
async function open(path) {
  const page = await browser.newPage();
  const seen = { errors: [], failed: [], foreign: [], requests: [] };
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && seen.errors.push(message.text()));
  // The browser's own favicon request is not the page's.
  page.on(
    'response',
    (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && seen.failed.push(`${response.status()} ${response.url()}`),
  );
  page.on('request', (request) => {
    seen.requests.push(request.url());
    if (!request.url().startsWith(`${origin}/`) && !/^(data|blob):/.test(request.url())) seen.foreign.push(request.url());
  });
  await page.goto(`${origin}/${folder}/${path}`);
  return { page, seen };
}

/** Texts of `selector` inside the shadow root of the element `host`. */
const shadowTexts = (page, host, selector) =>
  page.$eval(host, (el, s) => [...(el.shadowRoot?.querySelectorAll(s) ?? [])].map((n) => n.textContent.replace(/\s+/g, ' ').trim()), selector);

const loaded = (page, host) =>
  page.waitForFunction((h) => document.querySelector(h)?.shadowRoot?.querySelector('[part~="item"], [part~="error"], form'), { timeout: 20_000 }, host);

test('the zip holds one folder with the bundles, every chunk they can load, sri.json, the pages, the data and the server notes', { skip }, () => {
  const names = Object.keys(files).sort();
  assert.ok(
    names.every((name) => name.startsWith(`${folder}/`)),
    'one top folder',
  );
  const inside = names.map((name) => name.slice(folder.length + 1));
  for (const name of [
    'README.txt',
    'index.html',
    'validate.html',
    'LICENSE',
    'gov-widgets/gov-widgets.css',
    'gov-widgets/sri.json',
    'gov-widgets/THIRD_PARTY_NOTICES.md',
    'data/disclosure.json',
    'assets/qr-wx-qinghe.svg',
  ]) {
    assert.ok(inside.includes(name), name);
  }
  for (const name of ['server/nginx.conf', 'server/web.config', 'server/.htaccess']) assert.ok(inside.includes(name), name);
  const graph = JSON.parse(readFileSync(join(root, 'dist/bundles.json'), 'utf8'));
  for (const [bundle, entry] of Object.entries(graph)) {
    for (const file of [bundle, ...entry.imports, ...entry.dynamicImports]) assert.ok(inside.includes(`gov-widgets/${file}`), file);
  }
  assert.equal(inside.filter((name) => name.endsWith('.map')).length, 0, 'no source maps');
  assert.equal(release.count, names.length);
  // sri.json is the build's, and describes the bytes zipped.
  const manifest = JSON.parse(new TextDecoder().decode(files[`${folder}/gov-widgets/sri.json`]));
  for (const name of inside.filter((n) => n.startsWith('gov-widgets/') && n.endsWith('.js'))) {
    const key = name.slice('gov-widgets/'.length);
    assert.equal(key.startsWith('chunks/') ? manifest.chunks[key] : manifest[key], sri(files[`${folder}/${name}`]), key);
  }
  // The README opens in old Notepad: a byte order mark and CRLF; it names the real hash.
  const readme = files[`${folder}/README.txt`];
  assert.deepEqual([...readme.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(readme);
  assert.doesNotMatch(text, /[^\r]\n/);
  assert.ok(text.includes(`integrity="${manifest['gov-widgets.js']}"`));
  assert.doesNotMatch(text, /\{\{/);
  // web.config is well-formed XML (IIS refuses the whole folder otherwise).
  const config = parseXml(new TextDecoder().decode(files[`${folder}/server/web.config`]));
  assert.equal(config.root?.name, 'configuration');
});

test('the zip is reproducible: written again, the same bytes', { skip }, () => {
  const again = writeRelease({ out: join(work, 'again') });
  assert.deepEqual(readFileSync(again.file), readFileSync(release.file));
});

test(
  'the sample page, served by a plain static server: the three widgets on the sample data, SRI accepted, nothing fetched from elsewhere',
  { skip },
  async (t) => {
    const { page, seen } = await open('index.html');
    t.after(() => page.close());
    const manifest = JSON.parse(new TextDecoder().decode(files[`${folder}/gov-widgets/sri.json`]));
    const tag = await page.$eval('script[type="module"][src]', (s) => ({ integrity: s.integrity, crossorigin: s.crossOrigin, charset: s.charset, src: s.src }));
    assert.deepEqual(tag, {
      integrity: manifest['gov-widgets.js'],
      crossorigin: 'anonymous',
      charset: 'utf-8',
      src: `${origin}/${folder}/gov-widgets/gov-widgets.js`,
    });
    const css = await page.$eval('link[rel="stylesheet"]', (l) => l.integrity);
    assert.equal(css, sri(files[`${folder}/gov-widgets/gov-widgets.css`]));
    assert.equal(await page.$eval('meta[charset]', (m) => m.getAttribute('charset')), 'utf-8');
    assert.equal(await page.$eval('html', (h) => h.lang), 'zh-Hans');

    for (const host of ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form']) await loaded(page, host);
    // The bundle ran (its integrity was accepted): the elements are defined and show the sample data.
    const titles = await shadowTexts(page, 'gov-policy-feed', '[part~="item"] [part~="title"]');
    assert.equal(titles.length, 5, 'limit="5"');
    assert.ok(titles[0].includes(policies.items[0].title['zh-Hans']), titles[0]);
    const accounts = await shadowTexts(page, 'gov-account-directory', '[part~="item"] [part~="title"]');
    assert.ok(
      accounts.some((name) => name.includes(disclosure.accounts.accounts[0].name['zh-Hans'])),
      accounts.join(' | '),
    );
    assert.deepEqual(await shadowTexts(page, 'gov-ask-form', '[part~="submit"]'), ['提交留言']);
    for (const host of ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form']) {
      assert.deepEqual(await shadowTexts(page, host, '[part~="error"]'), [], `${host} shows no error`);
    }

    // A language chunk, fetched through the import map whose integrity covers it.
    await page.$eval('gov-policy-feed', (feed) => feed.setAttribute('lang', 'en'));
    await page.waitForFunction(
      (title) => document.querySelector('gov-policy-feed').shadowRoot.textContent.includes(title),
      { timeout: 20_000 },
      policies.items[0].title.en,
    );
    const map = JSON.parse(await page.$eval('script[type="importmap"]', (s) => s.textContent));
    const english = seen.requests.find((url) => /\/chunks\/gov-widgets\.en-[\w-]+\.js$/.test(url));
    assert.ok(english, 'the English chunk was fetched');
    assert.equal(map.integrity[`./${english.slice(`${origin}/${folder}/`.length)}`], manifest.chunks[english.slice(`${origin}/${folder}/gov-widgets/`.length)]);

    // A QR code a reader opens, drawn by the QR encoder's chunk, which the import map's integrity covers too.
    await page.$eval('gov-account-directory', (directory) => directory.shadowRoot.querySelector('[part~="qr-button"]').click());
    await page.waitForFunction(() => document.querySelector('gov-account-directory').shadowRoot.querySelector('svg[part~="qr-code"]'), { timeout: 20_000 });
    const encoder = seen.requests.find((url) => /\/chunks\/uqr-[\w-]+\.js$/.test(url));
    assert.ok(encoder, 'the QR encoder chunk was fetched');
    assert.ok(map.integrity[`./${encoder.slice(`${origin}/${folder}/`.length)}`], 'under the import map');

    assert.deepEqual(seen.errors, [], 'no page or console error (an integrity mismatch is one)');
    assert.deepEqual(seen.failed, []);
    assert.deepEqual(seen.foreign, [], 'no request leaves the served folder');
  },
);

test('every module file in gov-widgets/ loads from the served folder, with all it imports', { skip }, async (t) => {
  const { page, seen } = await open('index.html');
  t.after(() => page.close());
  await loaded(page, 'gov-policy-feed');
  const modules = Object.keys(files)
    .map((name) => name.slice(folder.length + 1))
    .filter((name) => name.startsWith('gov-widgets/') && name.endsWith('.js') && !name.endsWith('.classic.js'));
  const failures = await page.evaluate(async (urls) => {
    const failed = [];
    for (const url of urls) await import(`./${url}`).catch((error) => failed.push(`${url}: ${error.message}`));
    return failed;
  }, modules);
  assert.deepEqual(failures, []);
  assert.deepEqual(seen.failed, []);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.foreign, []);
});

test('validate.html from the zip opens and runs', { skip }, async (t) => {
  const { page, seen } = await open('validate.html');
  t.after(() => page.close());
  await page.waitForFunction(() => document.querySelector('#status')?.textContent !== '');
  assert.match(await page.$eval('h1', (h) => h.textContent), /gov-widgets/);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.failed, []);
  assert.deepEqual(seen.foreign, []);
});

test('a bundle changed by one byte is refused: the checks above can fail', { skip }, async (t) => {
  tamper = true;
  t.after(() => (tamper = false));
  const { page, seen } = await open('index.html');
  t.after(() => page.close());
  await page.waitForFunction(() => document.readyState === 'complete');
  assert.equal(await page.evaluate(() => customElements.get('gov-policy-feed')), undefined, 'the bundle did not run');
  assert.ok(
    seen.errors.some((message) => /integrity/i.test(message)),
    seen.errors.join('\n'),
  );
});
