// Cumulative layout shift while the script arrives 300 ms late and the data 700 ms after it is asked for, in
// three settings: without the host-page snippet (dist/gov-widgets.css), with it (the default skeleton), and with
// it and each widget's `--gov-loading-block-size` set to its height on an earlier load (what an integrator who
// measured once does), split at the moment the first widget shows data:
//   at definition  every shift before that (the script defines the elements, the placeholders replace the
//                  undefined elements or the snippet's boxes);
//   data arrives   every shift after (the placeholders become content).
// Pages:
//   three widgets  a plain page: a heading, the form, a paragraph, a 5-item feed, a paragraph, the directory,
//                  a footer, at 1280×2400 (every widget in view, so every misestimate shows), with the demo's
//                  data, a small county's (2 policies, 3 accounts) and a large one's (100 policies, 120 accounts);
//   demo page      demo/index.html as served by `npm start` (fallback content inside the feed and the form),
//                  at 1280×900 (desktop) and 375×812 (phone).
// The shift score only counts what moves inside the viewport.
import { readFileSync } from 'node:fs';
import { median } from './format.mjs';

export const TAGS = ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form'];
const SCRIPT_DELAY = 300;
const DATA_DELAY = 700;

/**
 * Before anything else in the page: records layout shifts and the time the first widget shows data, and, given
 * `sizes` (px by widget, in document order), sets each widget's --gov-loading-block-size as the parser adds it.
 */
const recorder = (sizes) => `(() => {
  const sizes = ${JSON.stringify(sizes ?? null)};
  if (sizes) {
    let n = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const node of r.addedNodes) {
        if (node.nodeType === 1 && ${JSON.stringify(TAGS)}.includes(node.localName) && sizes[n] !== undefined) {
          node.style.setProperty('--gov-loading-block-size', sizes[n++] + 'px');
        }
      }
    }).observe(document, { childList: true, subtree: true });
  }
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

const plainBody = (src) =>
  '<h1>青禾县人民政府</h1><p>正文段落：本页嵌入三个组件。</p>' +
  `<gov-ask-form src="${src}"></gov-ask-form><p>段落。</p>` +
  `<gov-policy-feed src="${src}" limit="5"></gov-policy-feed><p>段落。</p>` +
  `<gov-account-directory src="${src}"></gov-account-directory>` +
  '<footer><p>页脚：主办单位、网站标识码。</p></footer>';

export const CLS_PAGES = [
  { id: 'plain', label: 'three widgets, demo data, 1280×2400', viewport: { width: 1280, height: 2400 }, src: '/data/disclosure.json' },
  { id: 'small', label: 'three widgets, small county, 1280×2400', viewport: { width: 1280, height: 2400 }, county: 'small' },
  { id: 'large', label: 'three widgets, large county, 1280×2400', viewport: { width: 1280, height: 2400 }, county: 'large' },
  { id: 'demo-desktop', label: 'demo page, 1280×900', viewport: { width: 1280, height: 900 }, demo: true },
  { id: 'demo-phone', label: 'demo page, 375×812', viewport: { width: 375, height: 812 }, demo: true },
];

/** The settings each page is loaded in. */
export const SETTINGS = ['none', 'snippet', 'sized'];

/** A county built from the demo's data: `policies` policies (inline, one page) and `accounts` accounts. */
function county(policies, accounts) {
  const read = (name) => JSON.parse(readFileSync(new URL(`../../demo/data/${name}`, import.meta.url), 'utf8'));
  const discovery = read('disclosure.json');
  const feed = read('policies.json');
  const items = [...feed.items, ...read('policies-2.json').items];
  const allAccounts = discovery.accounts.accounts;
  const cycle = (list, n, make) => Array.from({ length: n }, (_, i) => make(structuredClone(list[i % list.length]), i));
  return {
    ...discovery,
    policies: {
      ...feed,
      next_url: undefined,
      items: cycle(items, policies, (item, i) => ({ ...item, id: `${item.id}-${i}`, url: `https://qinghe.example/p/${i}` })),
    },
    accounts: { ...discovery.accounts, accounts: cycle(allAccounts, accounts, (account, i) => ({ ...account, id: `${account.id}-${i}`, qr: undefined })) },
    // Inline, as the other sections: the discovery document is served from /gen/, where its relative URLs lead nowhere.
    questions: { ...read('questions.json'), answered_next_url: undefined },
  };
}

/** The page's widgets' heights once their data has shown (no delays), in document order. */
async function finalHeights(ctx, pageSpec) {
  const page = await ctx.browser.newPage();
  try {
    await page.setViewport(pageSpec.viewport);
    await page.evaluateOnNewDocument(recorder());
    await page.goto(pageUrlOf(ctx, pageSpec), { waitUntil: 'load' });
    const count = await page.evaluate((tags) => document.querySelectorAll(tags.join(',')).length, TAGS);
    await page.waitForFunction((n) => window.__settled >= n, { timeout: 30_000 }, count);
    return page.evaluate((tags) => [...document.querySelectorAll(tags.join(','))].map((el) => Math.round(el.getBoundingClientRect().height)), TAGS);
  } finally {
    await page.close();
  }
}

function pageUrlOf(ctx, pageSpec) {
  if (pageSpec.demo) return `${ctx.url}/`;
  const head = '<link rel="stylesheet" href="/dist/gov-widgets.css"><script type="module" src="/dist/gov-widgets.js"></script>';
  return ctx.pageUrl({ head, body: plainBody(pageSpec.src) });
}

async function once(ctx, pageSpec, setting, sizes) {
  const snippet = setting !== 'none';
  ctx.route({
    delays: [
      { match: /^\/(data|gen)\//, ms: DATA_DELAY },
      { match: /^\/dist\/gov-widgets\.js$/, ms: SCRIPT_DELAY },
    ],
    empty: snippet ? [] : [/^\/dist\/gov-widgets\.css$/],
  });
  const page = await ctx.browser.newPage();
  try {
    await page.setViewport(pageSpec.viewport);
    await page.evaluateOnNewDocument(recorder(setting === 'sized' ? sizes : undefined));
    await page.goto(pageUrlOf(ctx, pageSpec), { waitUntil: 'load' });
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

/** Medians over `runs` loads per page and setting. */
export async function measureCls(ctx, { runs }) {
  const rows = [];
  for (const spec of CLS_PAGES) {
    if (spec.county) spec.src = ctx.publish(`county-${spec.county}.json`, spec.county === 'small' ? county(2, 3) : county(100, 120));
    const sizes = await finalHeights(ctx, spec);
    for (const setting of SETTINGS) {
      const samples = [];
      for (let run = 0; run < runs; run++) samples.push(await once(ctx, spec, setting, sizes));
      const pick = (key) => median(samples.map((s) => s[key]));
      rows.push({
        page: spec.id,
        label: spec.label,
        setting,
        runs,
        finalHeights: sizes,
        definition: pick('definition'),
        data: pick('data'),
        total: pick('total'),
        max: Math.max(...samples.map((s) => s.total)),
      });
    }
  }
  return { scriptDelay: SCRIPT_DELAY, dataDelay: DATA_DELAY, rows };
}
