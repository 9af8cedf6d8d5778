// Render time of the widgets beside hand-written vanilla-DOM renderers of the same markup (bench/lib/vanilla-*.mjs),
// measured in the same run, each sample in a fresh page, widget and baseline alternating:
//   - <gov-policy-feed limit="10" searchable filters paging> with 20 items, with the JSON answered at once and
//     100 ms late (request latency, each document), and with 1,000 and 10,000 items (one page of 10 shown, the
//     chips counted over every item);
//   - <gov-account-directory> with 1,000 accounts (the first 10 organizations, 4 cards each, the filters with
//     a count per platform and per organization).
// Time: from adding the element (or the baseline's host) to the page, through fetching, parsing and validating
// the documents, to the frame after the one that shows the content. Both pages load the widget's bundle first
// and neither counts loading the script; everything else each side needs is made inside the timer: its
// stylesheet from the same CSS text (the widget's Lit makes its sheets at the first instance, the baseline
// makes its own), its Intl formatters, its validation (the widget's validator; the baseline's by hand with the
// same rules). See the head of each vanilla-*.mjs for what the baseline does and leaves out.
import { makeDiscovery, makeFeed } from '../policy-feed-scale.mjs';
import { renderInPage } from './browser.mjs';
import { median } from './format.mjs';

/** A discovery document with `n` accounts across organizations and platforms. */
export function accountsDocument(n) {
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

/** In the page: the baseline renderer draws the same documents; same clock as renderInPage(). */
async function vanillaInPage({ kind, tag, options }) {
  const module = await import(`/bench-lib/vanilla-${kind}.mjs`);
  await customElements.whenDefined(tag);
  // The CSS as text, as the baseline's own script would carry it; reading cssText builds no stylesheet.
  const css = customElements.get(tag).elementStyles.map((style) => style.cssText);
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const host = document.createElement('div');
  const start = performance.now();
  document.body.append(host);
  await (kind === 'feed' ? module.renderFeed : module.renderDirectory)(host, { ...options, css });
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return { outcome: 'load', ms: performance.now() - start, elements: host.shadowRoot.querySelectorAll('*').length };
}

/** In the page: the widget's element is defined, and a frame has passed (as for the baseline). */
async function settleInPage(tag) {
  await customElements.whenDefined(tag);
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

/** `latencyMs`: each JSON document is answered that late; `target`: the ratio issue 12 asks for. */
export const RENDER_CASES = [
  { id: 'feed-20', label: '<gov-policy-feed> 20 items, 0 ms latency', kind: 'feed', tag: 'gov-policy-feed', n: 20, latencyMs: 0, target: 1.3 },
  { id: 'feed-20-latency', label: '<gov-policy-feed> 20 items, 100 ms latency', kind: 'feed', tag: 'gov-policy-feed', n: 20, latencyMs: 100, target: 1.1 },
  { id: 'feed-1000', label: '<gov-policy-feed> 1,000 items', kind: 'feed', tag: 'gov-policy-feed', n: 1000, latencyMs: 0 },
  { id: 'feed-10000', label: '<gov-policy-feed> 10,000 items', kind: 'feed', tag: 'gov-policy-feed', n: 10_000, latencyMs: 0 },
  { id: 'directory-1000', label: '<gov-account-directory> 1,000 accounts', kind: 'directory', tag: 'gov-account-directory', n: 1000, latencyMs: 0 },
];

/** Publishes a feed of `n` items and a discovery document naming it; returns the discovery document's path. */
export function publishFeed(ctx, n) {
  const feed = ctx.publish(`feed-${n}.json`, makeFeed(n));
  return ctx.publish(`feed-disclosure-${n}.json`, makeDiscovery(feed.slice('/gen/'.length)));
}

const FEED_ATTRIBUTES = { limit: '10', searchable: '', filters: '', paging: '' };

/** Medians (ms) of `runs` samples per case, widget and baseline; element counts for equivalence. */
export async function measureRender(ctx, { runs }) {
  // One document per kind and size (the two 20-item cases read the same one).
  const documents = new Map();
  const source = (c) => {
    const key = `${c.kind}-${c.n}`;
    if (!documents.has(key)) documents.set(key, c.kind === 'feed' ? publishFeed(ctx, c.n) : ctx.publish(`directory-${c.n}.json`, accountsDocument(c.n)));
    return documents.get(key);
  };
  const sources = new Map(RENDER_CASES.map((c) => [c.id, source(c)]));
  const samples = new Map(RENDER_CASES.map((c) => [c.id, { widget: [], vanilla: [] }]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const c of RENDER_CASES) {
        // Request latency: the bench server answers every generated JSON document this late.
        ctx.route({ delays: c.latencyMs > 0 ? [{ match: /^\/gen\//, ms: c.latencyMs }] : [] });
        await sample(ctx, c, `${sources.get(c.id)}?run=${run}`, run, samples.get(c.id));
      }
    }
  } finally {
    ctx.route();
  }
  return RENDER_CASES.map((c) => {
    const { widget, vanilla } = samples.get(c.id);
    const w = median(widget.map((s) => s.ms));
    const v = median(vanilla.map((s) => s.ms));
    return { ...c, runs, widgetMs: w, vanillaMs: v, ratio: w / v, widgetElements: widget[0].elements, vanillaElements: vanilla[0].elements };
  });
}

/** One sample of the widget and one of the baseline, each in a fresh page, in an order that alternates by run. */
async function sample(ctx, c, src, run, into) {
  const bundle = `<script type="module" src="/dist/${c.tag}.js"></script>`;
  // Alternate which goes first, so drift on a busy machine spreads evenly.
  for (const who of run % 2 ? ['vanilla', 'widget'] : ['widget', 'vanilla']) {
    const { page, errors } = await ctx.open({ head: bundle });
    if (who === 'widget') await page.evaluate(settleInPage, c.tag);
    const result =
      who === 'widget'
        ? await page.evaluate(renderInPage, { tag: c.tag, attributes: { src, ...(c.kind === 'feed' ? FEED_ATTRIBUTES : {}) } })
        : await page.evaluate(vanillaInPage, { kind: c.kind, tag: c.tag, options: { src, limit: 10, searchable: true, filters: true, paging: true } });
    await page.close();
    if (result.outcome !== 'load') throw new Error(`${c.label} (${who}): ${result.outcome} ${errors.join('; ')}`);
    into[who].push(result);
  }
}
