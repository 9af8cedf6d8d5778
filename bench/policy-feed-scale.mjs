#!/usr/bin/env node
// How <gov-policy-feed> scales: a 20-, 1,000- and 10,000-item feed, rendered in headless Chromium from the
// script-tag bundle (dist/gov-policy-feed.js; run `npm run build` first), medians of several runs, each in a
// fresh page. Everything is served from 127.0.0.1 by this script; nothing is downloaded.
//
//   node bench/policy-feed-scale.mjs [--runs 7] [--sizes 20,1000,10000]
//   node bench/policy-feed-scale.mjs --paged [--runs 7]   (issue 12: a 10,000-item feed in pages of 100)
//
// Phases per run (ms, from the moment the element is added to the page):
//   fetch+validate  request, JSON.parse and validation of the discovery document and the feed
//   model           createModel(): sort, issuers, topics, the policy ↔ interpretation index
//   render          from `gov-load` to the next frame after the content is laid out
//   total           element added → content on screen
//   search          typing one query into the search box → results on screen (the first search also
//                   normalises the search text of every item)
// The DOM columns count the elements in the widget's shadow root and the items rendered.
//
// The promise checked (issue 3): the DOM stays bounded and a 10,000-item feed renders within 2× the time
// of a 20-item feed. Fetching, parsing and validating a feed are linear in its size by nature; the table
// shows them apart from rendering so the two can be judged separately.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const DEFAULTS = Object.freeze({
  sizes: [20, 1000, 10_000],
  runs: 7,
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  bundle: `${ROOT}dist/gov-policy-feed.js`,
  /** Attributes of the measured element: a full policies page. */
  attributes: { limit: '10', paging: '', searchable: '', filters: '' },
  query: '第99',
});

const ISSUERS = ['gov-office', 'edu', 'health', 'agri', 'housing', 'finance'];
const KINDS = ['policy', 'policy', 'notice', 'notice', 'plan', 'report', 'interpretation'];
const TOPICS = ['营商环境', '教育', '医疗卫生', '乡村振兴', '住房保障', '财政预算', '安全生产', '社会保障', '交通出行', '生态环境', '文化旅游', '就业创业'];
const FORCES = ['in_force', 'in_force', 'partially_in_force', 'not_in_force'];

/** A discovery document naming its organizations and the feed URL. */
export function makeDiscovery(feedUrl) {
  const names = {
    'gov-office': '县政府办公室',
    edu: '县教育局',
    health: '县卫生健康局',
    agri: '县农业农村局',
    housing: '县住房和城乡建设局',
    finance: '县财政局',
  };
  return {
    version: '1.0',
    jurisdiction: { name: '某县人民政府', code: '330127', level: 'county' },
    organizations: ISSUERS.map((id) => ({ id, name: { 'zh-Hans': names[id], en: id } })),
    policies: feedUrl,
  };
}

/** A feed of `n` realistic items (文号, issuer, topic, tags, summary, attachment, interpretations, superseded). */
export function makeFeed(n) {
  const items = [];
  const start = Date.UTC(2026, 10, 20, 1);
  for (let i = 0; i < n; i++) {
    const kind = KINDS[i % KINDS.length];
    const topic = TOPICS[i % TOPICS.length];
    const year = new Date(start - i * 3_600_000 * 5).getUTCFullYear();
    const item = {
      id: `p-${i}`,
      title: `县${topic}工作领导小组关于印发第${i}号${kind === 'interpretation' ? '政策解读' : '实施方案'}的通知`,
      url: `https://example.gov.cn/policies/${i}.html`,
      date_published: new Date(start - i * 3_600_000 * 5).toISOString().replace('.000Z', '+00:00'),
      summary: `为进一步做好${topic}相关工作，结合本县实际，制定本方案。本方案自印发之日起施行，有效期五年（第${i}号）。`,
      tags: [topic, `专项${i % 25}`],
      _gov: {
        doc_number: `某政办发〔${year}〕${i}号`,
        index_no: `330127-01-${year}-${String(i).padStart(5, '0')}`,
        issuer_id: ISSUERS[i % ISSUERS.length],
        kind,
        topic,
        legal_force: FORCES[i % FORCES.length],
        signed_date: '2026-01-01',
      },
    };
    if (i % 5 === 0)
      item.attachments = [{ url: `https://example.gov.cn/files/${i}.pdf`, mime_type: 'application/pdf', title: '正文', size_in_bytes: 100_000 + i }];
    if (kind === 'interpretation' && i > 0) item._gov.interprets = `p-${i - 1}`;
    if (kind === 'policy') item._gov.interpretations = [{ url: `https://example.gov.cn/policies/${i}-jd.html`, title: '图解', format: 'graphic' }];
    if (item._gov.legal_force === 'not_in_force' && i > 10) item._gov.superseded_by = `p-${i - 10}`;
    items.push(item);
  }
  return { version: 'https://jsonfeed.org/version/1.1', title: '某县最新政策', feed_url: 'https://example.gov.cn/feed.json', items };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Serves the page, the bundle (and its lazy chunks) and generated documents on 127.0.0.1; resolves to
 * { url, close, requests } (`requests`: the paths asked for, in order). `feed-<n>.json?per=<p>&page=<k>` is
 * page k (from 0) of the n-item feed cut into pages of p items, each with a `next_url` to the next, as a
 * county's converter writes a large feed.
 */
async function serve(bundlePath) {
  const bundle = await readFile(bundlePath);
  const dist = dirname(bundlePath);
  const feeds = new Map();
  const requests = [];
  const feedOf = (n) => {
    if (!feeds.has(n)) feeds.set(n, makeFeed(n));
    return feeds.get(n);
  };
  const feedText = (n, url, origin) => {
    const per = Number(url.searchParams.get('per'));
    if (!per) return JSON.stringify(feedOf(n));
    const page = Number(url.searchParams.get('page') ?? 0);
    const feed = feedOf(n);
    const next = new URL(url.pathname + url.search, origin);
    next.searchParams.set('page', String(page + 1));
    const items = feed.items.slice(page * per, page * per + per);
    return JSON.stringify({ ...feed, items, ...((page + 1) * per < n ? { next_url: next.href } : {}) });
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    res.setHeader('Cache-Control', 'no-store');
    let match;
    if (url.pathname === '/') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(
        '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>bench</title><body><main id="host"></main><script type="module" src="/gov-policy-feed.js"></script></body></html>',
      );
    } else if (url.pathname === '/gov-policy-feed.js') {
      res.setHeader('Content-Type', 'text/javascript');
      res.end(bundle);
    } else if ((match = /^\/disclosure-(\d+)\.json$/.exec(url.pathname))) {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(makeDiscovery(`feed-${match[1]}.json${url.search}`)));
    } else if ((match = /^\/feed-(\d+)\.json$/.exec(url.pathname))) {
      res.setHeader('Content-Type', 'application/feed+json');
      res.end(feedText(Number(match[1]), url, `http://${req.headers.host}`));
    } else if ((match = /^\/chunks\/([\w.-]+\.js)$/.exec(url.pathname))) {
      res.setHeader('Content-Type', 'text/javascript');
      res.end(await readFile(join(dist, 'chunks', match[1])));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        // A browser that stays open (a shared one) keeps its sockets: do not wait for them.
        server.closeAllConnections();
      }),
  };
}

/** Runs in the page: adds one widget, measures its phases, removes nothing (the page is thrown away). */
async function measureInPage({ n, run, attributes, query, per = 0, across = false }) {
  await customElements.whenDefined('gov-policy-feed');
  let modelMs = 0;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await frame();
  const el = document.createElement('gov-policy-feed');
  // The model is made by the widget's data controller, from the spec the widget gave it (src/core/data-controller.ts).
  const spec = el.loader.spec;
  const createModel = spec.createModel;
  spec.createModel = (loaded) => {
    const t = performance.now();
    try {
      return createModel(loaded);
    } finally {
      modelMs = performance.now() - t;
    }
  };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('src', `/disclosure-${n}.json?run=${run}${per ? `&per=${per}` : ''}`);
  const loaded = new Promise((resolve, reject) => {
    el.addEventListener('gov-load', () => resolve(performance.now()), { once: true });
    el.addEventListener('gov-error', (e) => reject(new Error(e.detail.cause)), { once: true });
  });
  const t0 = performance.now();
  document.getElementById('host').append(el);
  const tLoad = await loaded;
  await el.updateComplete;
  el.shadowRoot.querySelector('[part~="list"]').getBoundingClientRect();
  await frame();
  const tShown = performance.now();
  const result = {
    fetchValidate: tLoad - t0 - modelMs,
    model: modelMs,
    render: tShown - tLoad,
    total: tShown - t0,
    elements: el.shadowRoot.querySelectorAll('*').length,
    items: el.shadowRoot.querySelectorAll('[part~="item"]').length,
    search: NaN,
  };
  const input = el.shadowRoot.querySelector('input[part~="search"]');
  if (input && query && across) {
    // A search that reads every further page: from Enter to the last page read and its results drawn.
    const t = performance.now();
    input.value = query;
    input.dispatchEvent(new InputEvent('input'));
    el.shadowRoot.querySelector('form').requestSubmit();
    await new Promise((resolve) => {
      const check = () =>
        el.loader.model?.nextUrl === undefined && !el.shadowRoot.querySelector('[part~="progress"]') ? resolve() : requestAnimationFrame(check);
      requestAnimationFrame(check);
    });
    await el.updateComplete;
    el.shadowRoot.querySelector('[part~="list"], [part~="empty"]').getBoundingClientRect();
    await frame();
    result.search = performance.now() - t;
    result.found = el.shadowRoot.querySelectorAll('[part~="item"]').length;
    result.pages = el.loader.model.pageUrls.length;
    result.searchElements = el.shadowRoot.querySelectorAll('*').length;
  } else if (input && query) {
    const t = performance.now();
    input.value = query;
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    el.shadowRoot.querySelector('[part~="list"], [part~="empty"]').getBoundingClientRect();
    await frame();
    result.search = performance.now() - t;
  }
  return result;
}

/**
 * Measures the feed at each size. Sizes are interleaved run by run, so drift on a busy machine spreads
 * evenly. Returns medians per size and the 10,000-to-20 (last-to-first) ratios. `options.browser`: a
 * puppeteer browser to use (and leave open) instead of launching one.
 */
export async function measurePolicyFeedScale(options = {}) {
  const { sizes, runs, executablePath, bundle, attributes, query } = { ...DEFAULTS, ...options };
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first`);
  const server = await serve(bundle);
  // A browser of the caller's (bench/run.mjs shares its own) is used and left open.
  const browser =
    options.browser ??
    (await puppeteer.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--headless', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    }));
  let page;
  const samples = new Map(sizes.map((n) => [n, []]));
  try {
    page = await browser.newPage();
    await page.setViewport({ width: 800, height: 900 });
    for (let run = 0; run < runs; run++) {
      for (const n of sizes) {
        await page.goto(`${server.url}/`, { waitUntil: 'load' });
        samples.get(n).push(await page.evaluate(measureInPage, { n, run, attributes, query }));
      }
    }
    const version = await browser.version();
    const rows = sizes.map((n) => {
      const runsOf = samples.get(n);
      const pick = (key) => median(runsOf.map((r) => r[key]));
      return {
        items: n,
        fetchValidate: pick('fetchValidate'),
        model: pick('model'),
        render: pick('render'),
        total: pick('total'),
        search: pick('search'),
        elements: Math.max(...runsOf.map((r) => r.elements)),
        rendered: Math.max(...runsOf.map((r) => r.items)),
      };
    });
    const [first, last] = [rows[0], rows[rows.length - 1]];
    return {
      browser: version,
      runs,
      attributes,
      rows,
      ratio: { render: last.render / first.render, total: last.total / first.total, from: first.items, to: last.items },
    };
  } finally {
    if (options.browser) await page?.close();
    else await browser.close();
    await server.close();
  }
}

/** The result as a small text table. */
export function formatTable(result) {
  const ms = (v) => (Number.isNaN(v) ? '–' : v.toFixed(1));
  const attrs = Object.entries(result.attributes)
    .map(([k, v]) => (v === '' ? k : `${k}="${v}"`))
    .join(' ');
  const header = ['items', 'fetch+validate', 'model', 'render', 'total', 'search', 'DOM elements', 'items shown'];
  const lines = result.rows.map((r) => [
    r.items.toLocaleString('en'),
    ms(r.fetchValidate),
    ms(r.model),
    ms(r.render),
    ms(r.total),
    ms(r.search),
    String(r.elements),
    String(r.rendered),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const { ratio } = result;
  return [
    `<gov-policy-feed ${attrs}> in ${result.browser}, median of ${result.runs} runs (ms)`,
    row(header),
    row(widths.map((w) => '-'.repeat(w))),
    ...lines.map(row),
    '',
    `${ratio.to.toLocaleString('en')} vs ${ratio.from} items: render ${ratio.render.toFixed(2)}× (promise: ≤ 2×), total ${ratio.total.toFixed(2)}×`,
  ].join('\n');
}

/**
 * Issue 12: the first screen of a large feed published in pages (10,000 items, `next_url` every 100) beside
 * a 20-item feed, end to end (element added → content on screen, fetches included), interleaved run by run in
 * fresh pages, with the requests each made; then a search that reads every further page (to the last item)
 * and what the DOM holds after it. Returns medians and the first-screen ratio (promise: ≤ 1.5×).
 */
export async function measurePagedFeed(options = {}) {
  const { runs, executablePath, bundle, attributes } = { ...DEFAULTS, ...options };
  const total = options.total ?? 10_000;
  const per = options.per ?? 100;
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first`);
  const server = await serve(bundle);
  const browser =
    options.browser ??
    (await puppeteer.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--headless', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    }));
  const variants = [
    { id: 'small', label: '20 items, one document', n: 20, per: 0 },
    { id: 'paged', label: `${total.toLocaleString('en')} items, pages of ${per}`, n: total, per },
  ];
  const samples = new Map(variants.map((v) => [v.id, []]));
  let page;
  try {
    page = await browser.newPage();
    await page.setViewport({ width: 800, height: 900 });
    for (let run = 0; run < runs; run++) {
      // Alternate which goes first, so drift on a busy machine does not favour one.
      for (const v of run % 2 ? [...variants].reverse() : variants) {
        await page.goto(`${server.url}/`, { waitUntil: 'load' });
        const before = server.requests.length;
        const sample = await page.evaluate(measureInPage, { n: v.n, run, attributes, query: v.per ? `第${v.n - 1}号` : '', per: v.per, across: v.per > 0 });
        sample.firstRequests = server.requests.slice(before).filter((path) => /^\/(disclosure|feed)-/.test(path) && !/[?&]page=[1-9]/.test(path)).length;
        sample.allRequests = server.requests.slice(before).filter((path) => /^\/(disclosure|feed)-/.test(path)).length;
        samples.get(v.id).push(sample);
      }
    }
    const version = await browser.version();
    const rows = variants.map((v) => {
      const of = samples.get(v.id);
      const pick = (key) => median(of.map((r) => r[key]));
      return {
        ...v,
        total: pick('total'),
        fetchValidate: pick('fetchValidate'),
        render: pick('render'),
        elements: Math.max(...of.map((r) => r.elements)),
        firstRequests: Math.max(...of.map((r) => r.firstRequests)),
        search: v.per ? pick('search') : NaN,
        pages: v.per ? Math.max(...of.map((r) => r.pages)) : 1,
        found: v.per ? Math.max(...of.map((r) => r.found)) : NaN,
        searchElements: v.per ? Math.max(...of.map((r) => r.searchElements)) : NaN,
        allRequests: Math.max(...of.map((r) => r.allRequests)),
      };
    });
    return { browser: version, runs, attributes, rows, ratio: rows[1].total / rows[0].total };
  } finally {
    if (options.browser) await page?.close();
    else await browser.close();
    await server.close();
  }
}

/** The paged result as a small text table. */
export function formatPagedTable(result) {
  const ms = (v) => (Number.isNaN(v) ? '–' : v.toFixed(1));
  const header = ['feed', 'first screen ms', 'fetch+validate', 'render', 'requests', 'DOM elements', 'search all pages ms', 'pages read', 'DOM after'];
  const lines = result.rows.map((r) => [
    r.label,
    ms(r.total),
    ms(r.fetchValidate),
    ms(r.render),
    String(r.firstRequests),
    String(r.elements),
    ms(r.search),
    String(r.pages),
    Number.isNaN(r.searchElements) ? '–' : String(r.searchElements),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [
    `first screen (element added → content on screen, fetches included) in ${result.browser}, median of ${result.runs} runs; requests: documents fetched for the first screen`,
    row(header),
    row(widths.map((w) => '-'.repeat(w))),
    ...lines.map(row),
    '',
    `paged ${result.rows[1].n.toLocaleString('en')} vs ${result.rows[0].n} items, first screen: ${result.ratio.toFixed(2)}× (promise: ≤ 1.5×)`,
  ].join('\n');
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') options.runs = Number(argv[++i]);
    else if (argv[i] === '--sizes') options.sizes = argv[++i].split(',').map(Number);
    else if (argv[i] === '--paged') options.paged = true;
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv.includes('--paged')) {
  const result = await measurePagedFeed(parseArgs(process.argv.slice(2)));
  console.log(formatPagedTable(result));
  if (result.ratio > 1.5) process.exitCode = 1;
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await measurePolicyFeedScale(parseArgs(process.argv.slice(2)));
  console.log(formatTable(result));
  if (result.ratio.render > 2) process.exitCode = 1;
}
