// The bench's browser and server: headless Chromium (/usr/bin/chromium, puppeteer-core, nothing downloaded)
// and a static server on 127.0.0.1 serving demo/ at / and dist/ at /dist/, plus:
//   /slow/<ms>/<path>   a file of demo/ (or of dist/ for /slow/<ms>/dist/…) after a delay
//   /gen/<name>         a document a case generated (ctx.publish(name, json))
// Pages are opened with ctx.open({ head, body }): the HTML is answered by request interception at
// <server>/bench-page, so module scripts and fetches are same-origin.
import puppeteer from 'puppeteer-core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export async function startBench({ headless = true } = {}) {
  const generated = new Map();
  const server = await startStaticServer({
    mounts: { '/': 'demo', '/dist/': 'dist' },
    async handle(req, res, url) {
      const slow = /^\/slow\/(\d+)(\/.*)$/.exec(url.pathname);
      if (slow) {
        await new Promise((done) => setTimeout(done, Number(slow[1])));
        const file = slow[2].startsWith('/dist/') ? join('dist', slow[2].slice(6)) : join('demo', slow[2]);
        const body = await readFile(file).catch(() => null);
        if (!body) return res.writeHead(404).end(), true;
        const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/json';
        res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
        return true;
      }
      if (url.pathname.startsWith('/gen/')) {
        const body = generated.get(url.pathname.slice(5));
        if (body === undefined) return res.writeHead(404).end(), true;
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

  /** Opens a fresh page holding `head` and `body`; resolves once it has loaded. */
  async function open({ head = '', body = '', lang = 'zh-Hans', viewport = { width: 1280, height: 900 } } = {}) {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setRequestInterception(true);
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
    page.on('request', (request) => {
      if (request.url() === `${server.url}/bench-page`) request.respond({ contentType: 'text/html; charset=utf-8', body: html });
      else request.continue();
    });
    await page.goto(`${server.url}/bench-page`, { waitUntil: 'load' });
    return { page, errors };
  }

  return {
    browser,
    url: server.url,
    requests: server.requests,
    open,
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
        requestAnimationFrame(() =>
          resolve({ outcome, ms: performance.now() - start, elements: el.shadowRoot?.querySelectorAll('*').length ?? 0 }),
        ),
      );
    el.addEventListener('gov-load', finish('load'), { once: true });
    el.addEventListener('gov-error', finish('error'), { once: true });
    setTimeout(() => resolve({ outcome: 'timeout', ms: Number.NaN, elements: 0 }), timeoutMs);
    document.body.append(el);
  });
}
