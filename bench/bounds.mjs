#!/usr/bin/env node
// What the bounds of src/contract/limits.ts buy: the hostile documents of issue 16 rendered from the script-tag
// bundle (dist/gov-widgets.js; run `npm run build` first) in headless Chromium and Firefox, one fresh page per
// case. Everything is served from 127.0.0.1 by this script; nothing is downloaded.
//
//   node bench/bounds.mjs [--browsers chromium,firefox] [--dist dist] [--timeout 60000] [--cases a,b]
//
// `--dist` serves another build at /dist/ (for example one of the main branch, to compare before and after).
// Results of one run, before and after: bench/bounds-results.md.
// For each case: ms from adding the element to the content (or the error) laid out on screen, the elements in
// the widget's shadow root, and what it shows. A case that has not finished within --timeout is "timeout".
import { startStaticServer } from '../scripts/lib/static-server.mjs';
import puppeteer from 'puppeteer-core';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const browsers = option('browsers', 'chromium,firefox').split(',');
const dist = option('dist', 'dist');
const timeout = Number(option('timeout', '60000'));
const only = option('cases', '')?.split(',').filter(Boolean);

const FEED = 'https://jsonfeed.org/version/1.1';
const item = (i, extra = {}) => ({ id: `i${i}`, title: `第${i}号通知`, date_published: '2026-11-01', ...extra });

/** Each case: a document, the widget and its attributes, and an optional step after loading (in the page). */
const CASES = {
  'categories-100k': () => ({
    tag: 'gov-ask-form',
    doc: {
      version: '1.0',
      organizations: Array.from({ length: 500 }, (_, i) => ({ id: `o${i}`, name: `单位${i}` })),
      questions: {
        endpoints: { submit: '/q' },
        services: Array.from({ length: 100_000 }, (_, i) => ({ service_code: `s${i}`, service_name: `类别${i}` })),
        recipients: Array.from({ length: 100_000 }, (_, i) => `o${i}`),
      },
    },
  }),
  'organizations-100k': () => ({
    tag: 'gov-account-directory',
    doc: {
      version: '1.0',
      organizations: Array.from({ length: 100_000 }, (_, i) => ({ id: `o${i}`, name: `单位${i}` })),
      accounts: { accounts: Array.from({ length: 100_000 }, (_, i) => ({ id: `a${i}`, organization_id: `o${i}`, name: `账号${i}`, platform: 'weibo' })) },
    },
  }),
  'topics-100k-show-all': () => ({
    tag: 'gov-policy-feed',
    attributes: 'filters limit="10"',
    doc: {
      version: FEED,
      title: 'f',
      items: Array.from({ length: 10_000 }, (_, i) => item(i, { tags: Array.from({ length: 10 }, (_, t) => `主题${i * 10 + t}`) })),
    },
    step: 'show-all',
  }),
  'combining-marks-title': () => ({
    tag: 'gov-policy-feed',
    doc: { version: FEED, title: 'f', items: [item(1, { title: `Z${'\u0301'.repeat(100_000)}` }), item(2)] },
  }),
  'items-1m': () => ({
    tag: 'gov-policy-feed',
    doc: { version: FEED, title: 'f', items: Array.from({ length: 1_000_000 }, (_, i) => item(i, { summary: '某县人民政府关于印发通知' })) },
  }),
};

const generated = new Map();
const server = await startStaticServer({
  mounts: { '/dist/': dist },
  async handle(req, res, url) {
    if (url.pathname === '/page') {
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(
          '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><script type="module" src="/dist/gov-widgets.js"></script></head><body></body></html>',
        );
      return true;
    }
    if (url.pathname.startsWith('/gen/')) {
      const body = generated.get(url.pathname.slice(5));
      res.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(body ?? '');
      return true;
    }
    return false;
  },
});

/** Runs in the page: adds the element, waits for gov-load / gov-error and two frames, then the step. */
async function measure(tag, attributes, src, step) {
  const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  await customElements.whenDefined(tag);
  const host = document.createElement('div');
  host.innerHTML = `<${tag} ${attributes} src="${src}"></${tag}>`;
  const el = host.firstElementChild;
  const ended = new Promise((done) => {
    el.addEventListener('gov-load', () => done('load'), { once: true });
    el.addEventListener('gov-error', (e) => done(`error: ${e.detail.code}`), { once: true });
  });
  const started = performance.now();
  document.body.append(host);
  const outcome = await ended;
  await el.updateComplete;
  el.getBoundingClientRect();
  await frames();
  const ms = performance.now() - started;
  const result = { outcome, ms: Math.round(ms), elements: el.shadowRoot.querySelectorAll('*').length };
  if (step === 'show-all') {
    const button = [...el.shadowRoot.querySelectorAll('[part~="show-all"]')].at(-2) ?? el.shadowRoot.querySelector('[part~="show-all"]');
    const t = performance.now();
    button?.click();
    await el.updateComplete;
    el.getBoundingClientRect();
    await frames();
    result.stepMs = Math.round(performance.now() - t);
    result.elementsAfter = el.shadowRoot.querySelectorAll('*').length;
  }
  const notice = el.shadowRoot.querySelector('[part~="notice"], [part~="error"] .error-message');
  result.shows = notice ? notice.textContent.trim().slice(0, 60) : '';
  return result;
}

async function launch(name) {
  if (name === 'firefox') return puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}

const rows = [];
for (const name of browsers) {
  for (const [id, make] of Object.entries(CASES)) {
    if (only?.length && !only.includes(id)) continue;
    const { tag, attributes = '', doc, step } = make();
    const body = JSON.stringify(doc);
    generated.clear();
    generated.set(id, body);
    const browser = await launch(name);
    let row;
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/page`, { waitUntil: 'load' });
      const run = page.evaluate(measure, tag, attributes, `/gen/${id}`, step);
      const timer = new Promise((done) => setTimeout(() => done({ outcome: 'timeout', ms: `>${timeout}` }), timeout));
      row = await Promise.race([run, timer]);
      run.catch(() => undefined);
    } catch (error) {
      row = { outcome: `failed: ${String(error?.message ?? error).slice(0, 80)}` };
    } finally {
      await Promise.race([browser.close(), new Promise((done) => setTimeout(done, 5000))]);
      browser.process()?.kill('SIGKILL');
    }
    rows.push({ browser: name, case: id, MB: (Buffer.byteLength(body) / 1e6).toFixed(1), ...row });
    console.error(JSON.stringify(rows.at(-1)));
  }
}
console.table(rows);
await server.close?.();
process.exit(0);
