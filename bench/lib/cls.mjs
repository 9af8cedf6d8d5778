// Cumulative layout shift while the script arrives 300 ms late and the data 700 ms after it is asked for, with
// and without the host-page snippet (dist/gov-widgets.css), split at the moment the first widget shows data:
//   at definition  every shift before that (the script defines the elements, the placeholders replace the
//                  undefined elements or the snippet's boxes);
//   data arrives   every shift after (the placeholders become content).
// Pages:
//   three widgets  a plain page: a heading, the form, a paragraph, a 5-item feed, a paragraph, the directory,
//                  a footer, at 1280×2400 (every widget in view, so every misestimate shows);
//   demo page      demo/index.html as served by `npm start` (fallback content inside the feed and the form),
//                  at 1280×900 (desktop) and 375×812 (phone).
// The shift score only counts what moves inside the viewport.
import { median } from './format.mjs';

export const TAGS = ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form'];
const SCRIPT_DELAY = 300;
const DATA_DELAY = 700;

/** Before anything else in the page: records layout shifts and the time the first widget shows data. */
const RECORDER = `(() => {
  window.__shifts = [];
  window.__settled = 0;
  window.__firstData = Infinity;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push([e.startTime, e.value]);
  }).observe({ type: 'layout-shift', buffered: true });
  for (const type of ['gov-load', 'gov-error']) {
    document.addEventListener(type, () => {
      window.__firstData = Math.min(window.__firstData, performance.now());
      window.__settled++;
    }, true);
  }
})();`;

const PLAIN_BODY =
  '<h1>青禾县人民政府</h1><p>正文段落：本页嵌入三个组件。</p>' +
  '<gov-ask-form src="/data/disclosure.json"></gov-ask-form><p>段落。</p>' +
  '<gov-policy-feed src="/data/disclosure.json" limit="5"></gov-policy-feed><p>段落。</p>' +
  '<gov-account-directory src="/data/disclosure.json"></gov-account-directory>' +
  '<footer><p>页脚：主办单位、网站标识码。</p></footer>';

export const CLS_PAGES = [
  { id: 'plain', label: 'three widgets, 1280×2400', viewport: { width: 1280, height: 2400 } },
  { id: 'demo-desktop', label: 'demo page, 1280×900', viewport: { width: 1280, height: 900 }, demo: true },
  { id: 'demo-phone', label: 'demo page, 375×812', viewport: { width: 375, height: 812 }, demo: true },
];

async function once(ctx, pageSpec, snippet) {
  ctx.route({
    delays: [
      { match: /^\/data\//, ms: DATA_DELAY },
      { match: /^\/dist\/gov-widgets\.js$/, ms: SCRIPT_DELAY },
    ],
    empty: snippet ? [] : [/^\/dist\/gov-widgets\.css$/],
  });
  const page = await ctx.browser.newPage();
  try {
    await page.setViewport(pageSpec.viewport);
    await page.evaluateOnNewDocument(RECORDER);
    if (pageSpec.demo) await page.goto(`${ctx.url}/`, { waitUntil: 'load' });
    else {
      const head = '<link rel="stylesheet" href="/dist/gov-widgets.css"><script type="module" src="/dist/gov-widgets.js"></script>';
      await page.goto(ctx.pageUrl({ head, body: PLAIN_BODY }), { waitUntil: 'load' });
    }
    const count = await page.evaluate((tags) => document.querySelectorAll(tags.join(',')).length, TAGS);
    await page.waitForFunction((n) => window.__settled >= n, { timeout: 30_000 }, count);
    // Let the last frames report their shifts.
    await new Promise((done) => setTimeout(done, 300));
    return page.evaluate(() => {
      let definition = 0;
      let data = 0;
      for (const [time, value] of window.__shifts) {
        if (time < window.__firstData) definition += value;
        else data += value;
      }
      return { definition, data, total: definition + data };
    });
  } finally {
    await page.close();
    ctx.route();
  }
}

/** Medians over `runs` loads per page and snippet setting. */
export async function measureCls(ctx, { runs }) {
  const rows = [];
  for (const spec of CLS_PAGES) {
    for (const snippet of [true, false]) {
      const samples = [];
      for (let run = 0; run < runs; run++) samples.push(await once(ctx, spec, snippet));
      const pick = (key) => median(samples.map((s) => s[key]));
      rows.push({ page: spec.id, label: spec.label, snippet, runs, definition: pick('definition'), data: pick('data'), total: pick('total'), max: Math.max(...samples.map((s) => s.total)) });
    }
  }
  return { scriptDelay: SCRIPT_DELAY, dataDelay: DATA_DELAY, rows };
}
