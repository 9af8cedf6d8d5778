// The bench's cases, run in order by bench/run.mjs. Each case:
//   { id, title, browser?: true, requires?: [files], run(ctx, options) → { summary, detail, data } }
// where `summary` is rows of the one table [measure, gov-widgets, baseline, baseline value, ratio], `detail`
// a text block printed with --details, and `data` what goes into the JSON results. ctx is the shared browser
// and server of bench/lib/browser.mjs (null for cases without `browser`); options carries --runs.
// Every measurement stands beside a baseline measured in the same run.
import { existsSync } from 'node:fs';
import { ALL_IN_ONE as ALL_IN_ONE_FILE, KB, budgetOf, checkSizes, measure } from '../../scripts/check-size.mjs';
import { formatPagedTable, measurePagedFeed, measurePolicyFeedScale, formatTable as scaleTable } from '../policy-feed-scale.mjs';
import { bytesTable, litBaseline } from './bytes.mjs';
import { measureCls, TAGS } from './cls.mjs';
import { mb, ms, table } from './format.mjs';
import { measureNpmApps } from './npm-app.mjs';
import { measureRender, publishFeed } from './render.mjs';

const ALL_IN_ONE = 'dist/gov-widgets.js';
const kb = (n) => (n / KB).toFixed(1);
const times = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '-');

async function bytes() {
  // Every file of dist/ and every page measured once (scripts/check-size.mjs, as `npm run size` does).
  const { files, pages } = checkSizes();
  const rows = files.map((f) => ({ ...f, budget: budgetOf(f.name) }));
  const baseline = await litBaseline();
  const summary = rows
    .filter((r) => !r.lazy && r.name !== 'gov-widgets.classic.js')
    .map((r) => [
      `bytes ${r.name} (min / gzip / brotli KB)`,
      `${kb(r.min)} / ${kb(r.gzip)} / ${kb(r.brotli)}`,
      'bare Lit + localize',
      `${kb(baseline.min)} / ${kb(baseline.gzip)} / ${kb(baseline.brotli)}`,
      times(r.brotli / baseline.brotli),
    ]);
  // What a page really fetches on a first visit (the entry and its static chunks): the three compositions of
  // issue 12, beside the same bare build.
  const page = (bundle) => pages.find((p) => p.bundle === bundle);
  const compositions = [
    ['zh-Hans page with the feed (gov-policy-feed.js)', page('gov-policy-feed.js'), 'zh-Hans'],
    ['zh-Hans page with all three (gov-widgets.js)', page(ALL_IN_ONE_FILE), 'zh-Hans'],
    ['en page with all three (gov-widgets.js + its en chunk)', page(ALL_IN_ONE_FILE), 'en'],
  ]
    .filter(([, row]) => row !== undefined)
    .map(([label, row, lang]) => {
      const sizes = lang === 'en' && row.en ? row.en : row;
      return { label, files: sizes.files.length, gzip: sizes.gzip, brotli: sizes.brotli, budget: lang === 'en' ? undefined : row.budget };
    });
  for (const c of compositions) {
    summary.push([
      `bytes fetched, ${c.label}, ${c.files} file${c.files === 1 ? '' : 's'} (gzip / brotli KB${c.budget ? `; issue 12 budget ${kb(c.budget)}` : ''})`,
      `${kb(c.gzip)} / ${kb(c.brotli)}`,
      'bare Lit + localize',
      `${kb(baseline.gzip)} / ${kb(baseline.brotli)}`,
      times(c.brotli / baseline.brotli),
    ]);
  }
  return { summary, detail: bytesTable(rows, baseline), data: { bundles: rows, baseline, pages: compositions } };
}

async function render(ctx, { runs }) {
  const rows = await measureRender(ctx, { runs });
  const summary = rows.map((r) => [
    `render ${r.label}, ms${r.target ? ` (issue 12: ≤ ${r.target}×)` : ''}`,
    ms(r.widgetMs),
    'vanilla DOM, same markup and work',
    ms(r.vanillaMs),
    times(r.ratio),
  ]);
  const detail = [
    `append → frame after the content, median of ${runs} runs each, every sample in a fresh page; feed: limit="10" searchable filters paging;`,
    'the baseline makes its stylesheet and Intl formatters and validates by hand inside its timer, like the widget (bench/lib/vanilla-*.mjs)',
    table(
      ['case', 'widget ms', 'vanilla ms', 'ratio', 'elements (widget / vanilla)'],
      rows.map((r) => [r.label, ms(r.widgetMs), ms(r.vanillaMs), times(r.ratio), `${r.widgetElements} / ${r.vanillaElements}`]),
    ),
  ].join('\n');
  return { summary, detail, data: rows };
}

async function feedScale(ctx, { runs }) {
  const result = await measurePolicyFeedScale({ runs, browser: ctx.browser });
  const first = result.rows[0];
  const last = result.rows.at(-1);
  const summary = [
    [
      `<gov-policy-feed> render phase, ${last.items.toLocaleString('en')} vs ${first.items} items (issue 3: ≤ 2×)`,
      `${ms(last.render)} ms`,
      `${first.items} items`,
      `${ms(first.render)} ms`,
      times(result.ratio.render),
    ],
  ];
  return { summary, detail: scaleTable(result), data: result };
}

/** In the page: resolves when `count` widgets have fired gov-load or gov-error (listeners set up early). */
const settled = (count) =>
  new Promise((done) => {
    const check = () => (window.__govSettled >= count ? done(window.__govSettled) : setTimeout(check, 20));
    check();
  });
const COUNT_EVENTS = `<script>window.__govSettled=0;for(const t of ['gov-load','gov-error'])document.addEventListener(t,()=>window.__govSettled++,true);</script>`;

async function sharedSrc(ctx) {
  const before = ctx.requests.length;
  const { page } = await ctx.open({
    head: `${COUNT_EVENTS}<script type="module" src="/dist/gov-widgets.js"></script>`,
    body: TAGS.map((tag) => `<${tag} src="/data/disclosure.json"></${tag}>`).join('\n'),
  });
  await page.evaluate(settled, TAGS.length);
  await page.close();
  const data = ctx.requests.slice(before).filter((path) => path.startsWith('/data/'));
  const counts = new Map();
  for (const path of data) counts.set(path, (counts.get(path) ?? 0) + 1);
  const summary = [
    [`requests, ${TAGS.length} widgets sharing one src`, String(data.length), 'distinct documents', String(counts.size), times(data.length / counts.size)],
  ];
  const detail = [`${TAGS.join(', ')} with src="/data/disclosure.json"`, table(['document', 'requests'], [...counts])].join('\n');
  return { summary, detail, data: Object.fromEntries(counts) };
}

async function cls(ctx, { runs }) {
  const result = await measureCls(ctx, { runs: Math.min(runs, 3) });
  const f = (n) => n.toFixed(4);
  const summary = [];
  const settingLabel = { none: 'no snippet', snippet: 'snippet', sized: 'snippet + --gov-loading-block-size' };
  for (const page of new Set(result.rows.map((r) => r.page))) {
    const [none, snippet, sized] = ['none', 'snippet', 'sized'].map((setting) => result.rows.find((r) => r.page === page && r.setting === setting));
    summary.push([`CLS ${snippet.label}: at definition, with dist/gov-widgets.css`, f(snippet.definition), 'without the snippet', f(none.definition), '']);
    summary.push([`CLS ${snippet.label}: data 700 ms late, with the snippet (default skeleton)`, f(snippet.data), 'without the snippet', f(none.data), '']);
    summary.push([`CLS ${snippet.label}: data 700 ms late, with --gov-loading-block-size set`, f(sized.data), 'without the snippet', f(none.data), '']);
  }
  const detail = [
    `script ${result.scriptDelay} ms late, data ${result.dataDelay} ms after each request; median of ${result.rows[0].runs} loads; "sized": each widget's --gov-loading-block-size set to its height on an earlier load`,
    table(
      ['page', 'setting', 'at definition', 'data arrives', 'total', 'total (max)'],
      result.rows.map((r) => [r.label, settingLabel[r.setting], f(r.definition), f(r.data), f(r.total), f(r.max)]),
    ),
  ].join('\n');
  return { summary, detail, data: result };
}

/** A page of one <gov-policy-feed> reading a 10,000-item feed (the heap case's large row). */
const FEED_10000 = (src) => `<gov-policy-feed src="${src}" limit="10" searchable filters paging></gov-policy-feed>`;

async function heap(ctx) {
  const measure = async (page) => {
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  };
  const blank = await ctx.open();
  const baseline = await measure(blank.page);
  await blank.page.close();
  const rows = [['blank page', mb(baseline), '']];
  const results = { blank: baseline };
  for (const [id, label, body, expected = TAGS.length] of [
    ['widgets', 'the three widgets, demo data', TAGS.map((tag) => `<${tag} src="/data/disclosure.json"></${tag}>`).join('')],
    ['demo', 'the demo page (index.html)', null],
    ['feed-10000', '<gov-policy-feed>, a 10,000-item feed', FEED_10000(publishFeed(ctx, 10_000)), 1],
  ]) {
    let page;
    if (body === null) {
      page = await ctx.browser.newPage();
      await page.evaluateOnNewDocument(COUNT_EVENTS.replace(/<\/?script>/g, ''));
      await page.goto(`${ctx.url}/`, { waitUntil: 'load' });
      await page.evaluate(settled, await page.evaluate((list) => document.querySelectorAll(list.join(',')).length, TAGS));
    } else {
      ({ page } = await ctx.open({ head: `${COUNT_EVENTS}<script type="module" src="/dist/gov-widgets.js"></script>`, body }));
      await page.evaluate(settled, expected);
    }
    const used = await measure(page);
    results[id] = used;
    rows.push([label, mb(used), `+${mb(used - baseline)}`]);
    await page.close();
  }
  const summary = [
    ['JS heap after the three widgets render, MB', mb(results.widgets), 'blank page', mb(baseline), `+${mb(results.widgets - baseline)} MB`],
    [
      'JS heap after <gov-policy-feed> renders 10,000 items, MB',
      mb(results['feed-10000']),
      'blank page',
      mb(baseline),
      `+${mb(results['feed-10000'] - baseline)} MB`,
    ],
  ];
  return { summary, detail: table(['page (after GC)', 'JS heap MB', 'over blank'], rows), data: results };
}

async function npmApp(_ctx, { dist }) {
  const apps = await measureNpmApps();
  const lit = await litBaseline();
  const [base, ...rest] = apps;
  const own = rest.find((app) => app.id === 'own-import');
  const rows = rest
    .filter((app) => app.cdn)
    .map((app) => {
      const cdn = measure(`${dist}/${app.cdn}`);
      return {
        id: app.id,
        label: app.label,
        bundle: app.cdn,
        app,
        cost: { gzip: app.first.gzip - base.first.gzip, brotli: app.first.brotli - base.first.brotli },
        cdn,
        cdnCost: cdn.brotli - lit.brotli,
      };
    });
  const summary = rows.map((r) => [
    `npm + Vite: ${r.label}, zh-Hans first visit − bare app (brotli KB)`,
    kb(r.cost.brotli),
    `${r.bundle} − bare Lit bundle`,
    kb(r.cdnCost),
    times(r.cost.brotli / r.cdnCost),
  ]);
  const lazy = (app) =>
    app.files
      .filter((f) => f.lazy)
      .map((f) => `${f.name.replace(/^assets\//, '')} ${kb(f.brotli)}`)
      .join(', ') || '-';
  const detail = [
    `Vite ${(await import('vite')).version} apps (production build, its own minifier), the package as npm pack publishes it; brotli q11 per file, summed; first visit = the page, the entry and its static imports`,
    table(
      ['app', 'first visit gzip KB', 'brotli KB', '− bare app (brotli)', 'CDN bundle − bare Lit', 'lazy chunks (brotli KB)'],
      [
        [base.label, kb(base.first.gzip), kb(base.first.brotli), '-', '-', lazy(base)],
        ...rows.map((r) => [
          r.label,
          kb(r.app.first.gzip),
          kb(r.app.first.brotli),
          kb(r.cost.brotli),
          `${kb(r.cdn.brotli)} − ${kb(lit.brotli)} = ${kb(r.cdnCost)}`,
          lazy(r.app),
        ]),
        [`(context) ${own.label}`, kb(own.first.gzip), kb(own.first.brotli), kb(own.first.brotli - base.first.brotli), '-', lazy(own)],
      ],
    ),
    "(context): Vite's own import() runtime; a widget with a lazy chunk brings it along, an app with lazy routes of its own already has it.",
  ].join('\n');
  return { summary, detail, data: { apps, lit, rows: rows.map(({ id, cost, cdn, cdnCost }) => ({ id, cost, cdn, cdnCost })) } };
}

export const cases = [
  { id: 'bytes', title: 'Bytes per bundle (1 KB = 1024 bytes)', requires: [ALL_IN_ONE], run: bytes },
  {
    id: 'render',
    title: 'Render time beside a vanilla-DOM renderer of the same markup',
    browser: true,
    requires: ['dist/gov-policy-feed.js', 'dist/gov-account-directory.js'],
    run: render,
  },
  {
    id: 'feed-scale',
    title: '<gov-policy-feed> with 20, 1,000 and 10,000 items, by phase',
    browser: true,
    requires: ['dist/gov-policy-feed.js'],
    run: feedScale,
  },
  {
    id: 'feed-paged',
    title: '<gov-policy-feed> first screen of a 10,000-item feed in pages of 100, and a search across every page',
    browser: true,
    requires: ['dist/gov-policy-feed.js'],
    run: async (ctx, { runs }) => {
      const result = await measurePagedFeed({ runs, browser: ctx.browser });
      const [small, paged] = result.rows;
      const summary = [
        [
          `<gov-policy-feed> first screen, ${paged.label} (issue 12: ≤ 1.5×)`,
          `${ms(paged.total)} ms`,
          small.label,
          `${ms(small.total)} ms`,
          times(result.ratio),
        ],
      ];
      return { summary, detail: formatPagedTable(result), data: result };
    },
  },
  { id: 'shared-src', title: 'Requests made by widgets sharing one src', browser: true, requires: [ALL_IN_ONE], run: sharedSrc },
  {
    id: 'cls',
    title: 'Cumulative layout shift while the script and the data arrive late',
    browser: true,
    requires: [ALL_IN_ONE, 'dist/gov-widgets.css'],
    run: cls,
  },
  { id: 'heap', title: 'JS heap', browser: true, requires: [ALL_IN_ONE], run: heap },
  {
    id: 'npm-app',
    title: 'What a Vite app pays for importing gov-widgets from npm, beside the CDN bundles (bench/lib/npm-app.mjs)',
    requires: ['dist/npm/index.js', 'dist/gov-policy-feed.js', 'dist/gov-account-directory.js', 'dist/gov-ask-form.js', ALL_IN_ONE],
    run: npmApp,
  },
];

/** The files a case needs that are missing. */
export const missing = (entry, dist = 'dist') => (entry.requires ?? []).filter((file) => !existsSync(file.replace(/^dist\//, `${dist}/`)));
