// The bench's browser cases, run in order by bench/run.mjs after the bytes table. Each case:
//   { id, title, requires?: [files], pending?: 'why not yet', run(ctx, options) → string | { skipped } }
// ctx is the shared browser and server of bench/lib/browser.mjs; options carries --runs.
//
// Hooks for after the widgets merge (the lead): the `pending` cases at the end name what is missing. A
// vanilla-DOM renderer of markup equivalent to a widget's belongs in bench/lib/vanilla-<name>.mjs, measured in
// the same page and run as the widget, and reported as a ratio beside it.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { renderInPage } from './browser.mjs';
import { mb, median, ms, table } from './format.mjs';

export const TAGS = ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form'];
const ALL_IN_ONE = 'dist/gov-widgets.js';

/** The widget tags the all-in-one bundle defines (none before the widgets are merged). */
async function definedTags(ctx) {
  const { page } = await ctx.open({ head: '<script type="module" src="/dist/gov-widgets.js"></script>' });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
  const tags = await page.evaluate((list) => list.filter((tag) => customElements.get(tag)), TAGS);
  await page.close();
  return tags;
}

/** In the page: resolves when every listed element has fired gov-load or gov-error (listeners set up early). */
const settled = (count) =>
  new Promise((done) => {
    const check = () => (window.__govSettled >= count ? done(window.__govSettled) : setTimeout(check, 20));
    check();
  });
const COUNT_EVENTS = `<script>window.__govSettled=0;for(const t of ['gov-load','gov-error'])document.addEventListener(t,()=>window.__govSettled++,true);</script>`;

async function sharedSrc(ctx) {
  const tags = await definedTags(ctx);
  if (tags.length === 0) return { skipped: 'dist/gov-widgets.js defines no widget yet' };
  const before = ctx.requests.length;
  const { page } = await ctx.open({
    head: `${COUNT_EVENTS}<script type="module" src="/dist/gov-widgets.js"></script>`,
    body: tags.map((tag) => `<${tag} src="/data/disclosure.json"></${tag}>`).join('\n'),
  });
  await page.evaluate(settled, tags.length);
  await page.close();
  const data = ctx.requests.slice(before).filter((path) => path.startsWith('/data/'));
  const counts = new Map();
  for (const path of data) counts.set(path, (counts.get(path) ?? 0) + 1);
  return [
    `${tags.length} widgets with src="/data/disclosure.json": ${data.length} data requests`,
    table(['document', 'requests'], [...counts].map(([path, n]) => [path, n])),
  ].join('\n');
}

async function cls(ctx, { runs }) {
  const tags = await definedTags(ctx);
  if (tags.length === 0) return { skipped: 'dist/gov-widgets.js defines no widget yet' };
  const observe = `<script>window.__cls=0;new PerformanceObserver((list)=>{for(const e of list.getEntries())if(!e.hadRecentInput)window.__cls+=e.value}).observe({type:'layout-shift',buffered:true});</script>`;
  /** One page: the script arrives 300 ms after the page; the data `dataDelay` ms after the widgets ask. */
  const measure = async ({ snippet, whileLoading }) => {
    const values = [];
    for (let run = 0; run < runs; run++) {
      const { page } = await ctx.open({
        viewport: { width: 1280, height: 2400 },
        head: `${observe}${COUNT_EVENTS}${snippet ? '<link rel="stylesheet" href="/dist/gov-widgets.css">' : ''}<script type="module" src="/slow/300/dist/gov-widgets.js"></script>`,
        body: `<h1>青禾县人民政府</h1><p>正文段落。</p>${tags.map((tag) => `<${tag} src="/slow/${whileLoading ? 60_000 : 700}/data/disclosure.json"></${tag}>`).join('')}<footer><p>页脚：主办单位、网站标识码。</p></footer>`,
      });
      if (whileLoading) await page.waitForFunction((list) => list.every((tag) => customElements.get(tag)), {}, tags);
      else await page.evaluate(settled, tags.length);
      await new Promise((done) => setTimeout(done, 300));
      values.push(await page.evaluate(() => window.__cls));
      await page.close();
    }
    return [median(values).toFixed(4), Math.max(...values).toFixed(4)];
  };
  const rows = [];
  for (const snippet of [true, false]) {
    const page = snippet ? 'with dist/gov-widgets.css' : 'without the CSS snippet';
    rows.push([page, 'script defines the elements', ...(await measure({ snippet, whileLoading: true }))]);
    rows.push([page, '… and the data arrives', ...(await measure({ snippet, whileLoading: false }))]);
  }
  return [
    `${tags.join(', ')}; script 300 ms late, data 700 ms after that; viewport 1280×2400; ${runs} runs (promise: ≤ 0.02 in total)`,
    table(['page', 'until', 'CLS (median)', 'CLS (max)'], rows),
  ].join('\n');
}

async function heap(ctx) {
  const tags = await definedTags(ctx);
  if (tags.length === 0) return { skipped: 'dist/gov-widgets.js defines no widget yet' };
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
  for (const [label, body] of [
    ['the three widgets, demo data', tags.map((tag) => `<${tag} src="/data/disclosure.json"></${tag}>`).join('')],
    ['the demo page (index.html)', null],
  ]) {
    let page;
    if (body === null) {
      page = await ctx.browser.newPage();
      await page.evaluateOnNewDocument(COUNT_EVENTS.replace(/<\/?script>/g, ''));
      await page.goto(`${ctx.url}/`, { waitUntil: 'load' });
      await page.evaluate(settled, await page.evaluate((list) => document.querySelectorAll(list.join(',')).length, tags));
    } else {
      ({ page } = await ctx.open({ head: `${COUNT_EVENTS}<script type="module" src="/dist/gov-widgets.js"></script>`, body }));
      await page.evaluate(settled, tags.length);
    }
    const used = await measure(page);
    rows.push([label, mb(used), `+${mb(used - baseline)}`]);
    await page.close();
  }
  return table(['page (after GC)', 'JS heap MB', 'over blank'], rows);
}

async function policyFeedScale(_ctx, { runs }) {
  const { measurePolicyFeedScale, formatTable } = await import(pathToFileURL('bench/policy-feed-scale.mjs').href);
  return formatTable(await measurePolicyFeedScale({ runs }));
}

/** A discovery document with `n` accounts across organizations and platforms. */
function accounts(n) {
  const platforms = ['wechat_oa', 'weibo', 'douyin', 'kuaishou', 'toutiao', 'bilibili', 'xiaohongshu', 'app', 'miniprogram', 'website'];
  const organizations = Array.from({ length: Math.max(1, Math.ceil(n / 8)) }, (_, i) => ({ id: `org-${i}`, name: `县第${i + 1}部门` }));
  return {
    version: '1.0',
    generated_at: '2026-11-27T09:00:00+08:00',
    organizations,
    accounts: {
      accounts: Array.from({ length: n }, (_, i) => ({
        id: `acc-${i}`,
        organization_id: organizations[i % organizations.length].id,
        name: `青禾第${i + 1}号政务账号`,
        platform: platforms[i % platforms.length],
        url: `https://example.com/acc/${i}`,
        qr: { payload: `https://example.com/acc/${i}` },
        verified: i % 7 !== 0,
        functions: i % 5 === 0 ? ['publish'] : ['publish', 'interact'],
        followers: { count: (i * 7919) % 200_000, as_of: '2026-11-01' },
        last_post_at: `2026-11-${String(1 + (i % 27)).padStart(2, '0')}`,
        status: i % 50 === 0 ? 'merged' : 'active',
        ...(i % 50 === 0 ? { replaced_by: 'acc-1' } : {}),
        description: '发布政务信息、回应群众关切。',
      })),
    },
  };
}

async function directory1000(ctx, { runs }) {
  const rows = [];
  for (const n of [20, 1000]) {
    const src = ctx.publish(`directory-${n}.json`, accounts(n));
    for (const audit of [false, true]) {
      const samples = [];
      for (let run = 0; run < runs; run++) {
        const { page } = await ctx.open({ head: '<script type="module" src="/dist/gov-account-directory.js"></script>' });
        await page.waitForFunction(() => customElements.get('gov-account-directory'));
        samples.push(await page.evaluate(renderInPage, { tag: 'gov-account-directory', attributes: { src, ...(audit ? { audit: '' } : {}) } }));
        await page.close();
      }
      rows.push([`${n}${audit ? ' (audit)' : ''}`, ms(median(samples.map((s) => s.ms))), Math.max(...samples.map((s) => s.elements)), samples[0].outcome]);
    }
  }
  return [`<gov-account-directory> from dist/gov-account-directory.js, median of ${runs} runs (ms, append → frame after gov-load)`, table(['accounts', 'total ms', 'shadow DOM elements', 'outcome'], rows)].join('\n');
}

export const cases = [
  { id: 'shared-src', title: 'Requests made by the widgets sharing one src', requires: [ALL_IN_ONE], run: sharedSrc },
  { id: 'cls', title: 'Cumulative layout shift while data arrives 700 ms late', requires: [ALL_IN_ONE], run: cls },
  { id: 'heap', title: 'JS heap', requires: [ALL_IN_ONE], run: heap },
  { id: 'policy-feed-scale', title: '<gov-policy-feed> with 20, 1,000 and 10,000 items', requires: ['bench/policy-feed-scale.mjs', 'dist/gov-policy-feed.js'], run: policyFeedScale },
  { id: 'directory-1000', title: '<gov-account-directory> with 1,000 accounts', requires: ['dist/gov-account-directory.js'], run: directory1000 },
  {
    id: 'feed-vs-vanilla',
    title: 'Feed render time beside a vanilla-DOM renderer of equivalent markup (20 / 1,000 / 10,000 items)',
    pending: 'after the merge: bench/lib/vanilla-feed.mjs renders the same items as plain DOM; report widget ms / vanilla ms',
  },
  {
    id: 'directory-vs-vanilla',
    title: '1,000-account directory beside a vanilla-DOM renderer of equivalent markup',
    pending: 'after the merge: bench/lib/vanilla-directory.mjs; report widget ms / vanilla ms',
  },
];

/** Whether a case can run here: its files exist. */
export const missing = (entry) => (entry.requires ?? []).filter((file) => !existsSync(file));
