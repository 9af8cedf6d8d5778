// The bench's browser and server: headless Chromium (/usr/bin/chromium, puppeteer-core, nothing downloaded)
// and a static server on 127.0.0.1 serving demo/ at /, dist/ at /dist/ and bench/lib/ at /bench-lib/ (the
// vanilla-DOM baselines), plus:
//   /slow/<ms>/<path>   a file of demo/ (or of dist/ for /slow/<ms>/dist/…) after a delay
//   /gen/<name>         a document a case generated (ctx.publish(name, json))
//   and any path answered late or empty on demand (ctx.route({ delays, empty })).
// Pages are opened with ctx.open({ head, body }): the server answers the HTML at /page/<n>, so module scripts
// and fetches are same-origin and no request goes through the driver.
import puppeteer from 'puppeteer-core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

/** `dist`: the folder served at /dist/ (default dist/; another build's, to compare). */
export async function startBench({ headless = true, dist = 'dist' } = {}) {
  const generated = new Map();
  const pages = new Map();
  let pageCount = 0;
  /** Paths answered late or empty (see ctx.route()). */
  const rules = { delays: [], empty: [] };
  const server = await startStaticServer({
    mounts: { '/': 'demo', '/dist/': dist, '/bench-lib/': 'bench/lib' },
    async handle(req, res, url) {
      const path = url.pathname;
      if (rules.empty.some((re) => re.test(path))) {
        res.writeHead(200, { 'Content-Type': path.endsWith('.css') ? 'text/css' : 'text/plain', 'Cache-Control': 'no-store' }).end('');
        return true;
      }
      const delay = rules.delays.find(({ match }) => match.test(path));
      if (delay) await new Promise((done) => setTimeout(done, delay.ms));
      const slow = /^\/slow\/(\d+)(\/.*)$/.exec(url.pathname);
      if (slow) {
        await new Promise((done) => setTimeout(done, Number(slow[1])));
        const file = slow[2].startsWith('/dist/') ? join(dist, slow[2].slice(6)) : join('demo', slow[2]);
        const body = await readFile(file).catch(() => null);
        if (!body) return (res.writeHead(404).end(), true);
        const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/json';
        res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
        return true;
      }
      if (path.startsWith('/page/') && pages.has(path.slice(6))) {
        const html = pages.get(path.slice(6));
        pages.delete(path.slice(6));
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
        return true;
      }
      if (url.pathname.startsWith('/gen/')) {
        const body = generated.get(url.pathname.slice(5));
        if (body === undefined) return (res.writeHead(404).end(), true);
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(body);
        return true;
      }
      return false;
    },
  });
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-extensions'],
  });

  /** Opens a fresh page holding `head` and `body` (served at /page/<n>, same origin); resolves once it has loaded. */
  async function open({ head = '', body = '', lang = 'zh-Hans', viewport = { width: 1280, height: 900 } } = {}) {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pageUrl({ head, body, lang }), { waitUntil: 'load' });
    return { page, errors };
  }

  /** The URL of a page holding `head` and `body`, served once. */
  function pageUrl({ head = '', body = '', lang = 'zh-Hans' } = {}) {
    const name = `${++pageCount}`;
    pages.set(name, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
    return `${server.url}/page/${name}`;
  }

  return {
    browser,
    url: server.url,
    requests: server.requests,
    open,
    pageUrl,
    /**
     * Until called again: requests whose path matches a `delays` entry are answered `ms` late, and those matching
     * an `empty` pattern get an empty body (a page without its CSS snippet, say).
     */
    route({ delays = [], empty = [] } = {}) {
      rules.delays = delays;
      rules.empty = empty;
    },
    /** Serves `json` at /gen/<name> for the rest of the run. */
    publish(name, json) {
      generated.set(name, typeof json === 'string' ? json : JSON.stringify(json));
      return `/gen/${name}`;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * In the page: adds `<tag>` with the given attributes (and `data`), and resolves with the time from the
 * append to the frame after `gov-load` (or `gov-error`), and the number of elements in its shadow root.
 */
export function renderInPage({ tag, attributes = {}, data, timeoutMs = 30_000 }) {
  return new Promise((resolve) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    if (data !== undefined) el.data = data;
    const start = performance.now();
    const finish = (outcome) => () =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => resolve({ outcome, ms: performance.now() - start, elements: el.shadowRoot?.querySelectorAll('*').length ?? 0 })),
      );
    el.addEventListener('gov-load', finish('load'), { once: true });
    el.addEventListener('gov-error', finish('error'), { once: true });
    setTimeout(() => resolve({ outcome: 'timeout', ms: Number.NaN, elements: 0 }), timeoutMs);
    document.body.append(el);
  });
}
