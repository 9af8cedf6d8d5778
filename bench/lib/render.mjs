// Render time of the widgets beside hand-written vanilla-DOM renderers of the same markup (bench/lib/vanilla-*.mjs),
// measured in the same run, each sample in a fresh page, widget and baseline alternating:
//   - <gov-policy-feed limit="10" searchable filters paging> with 20, 1,000 and 10,000 items (one page of 10
//     shown, the chips counted over every item);
//   - <gov-account-directory> with 1,000 accounts (the first 10 organizations, 4 cards each, the filters with
//     a count per platform and per organization).
// Time: from adding the element (or the baseline's host) to the page, through fetching and parsing the
// documents, to the frame after the one that shows the content. Both load the widget's bundle first (the
// baseline borrows its stylesheets, so styling costs the same); neither counts loading the script.
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
  const sheets = customElements.get(tag).elementStyles.map((style) => style.styleSheet ?? style);
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const host = document.createElement('div');
  const start = performance.now();
  document.body.append(host);
  await (kind === 'feed' ? module.renderFeed : module.renderDirectory)(host, { ...options, sheets });
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return { outcome: 'load', ms: performance.now() - start, elements: host.shadowRoot.querySelectorAll('*').length };
}

/** In the page: the widget's element is defined, and a frame has passed (as for the baseline). */
async function settleInPage(tag) {
  await customElements.whenDefined(tag);
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

export const RENDER_CASES = [
  { id: 'feed-20', label: '<gov-policy-feed> 20 items', kind: 'feed', tag: 'gov-policy-feed', n: 20 },
  { id: 'feed-1000', label: '<gov-policy-feed> 1,000 items', kind: 'feed', tag: 'gov-policy-feed', n: 1000 },
  { id: 'feed-10000', label: '<gov-policy-feed> 10,000 items', kind: 'feed', tag: 'gov-policy-feed', n: 10_000 },
  { id: 'directory-1000', label: '<gov-account-directory> 1,000 accounts', kind: 'directory', tag: 'gov-account-directory', n: 1000 },
];

const FEED_ATTRIBUTES = { limit: '10', searchable: '', filters: '', paging: '' };

/** Medians (ms) of `runs` samples per case, widget and baseline; element counts for equivalence. */
export async function measureRender(ctx, { runs }) {
  const sources = new Map();
  for (const c of RENDER_CASES) {
    if (c.kind === 'feed') {
      const feed = ctx.publish(`feed-${c.n}.json`, makeFeed(c.n));
      sources.set(c.id, ctx.publish(`feed-disclosure-${c.n}.json`, makeDiscovery(feed.slice('/gen/'.length))));
    } else sources.set(c.id, ctx.publish(`directory-${c.n}.json`, accountsDocument(c.n)));
  }
  const samples = new Map(RENDER_CASES.map((c) => [c.id, { widget: [], vanilla: [] }]));
  for (let run = 0; run < runs; run++) {
    for (const c of RENDER_CASES) {
      const src = `${sources.get(c.id)}?run=${run}`;
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
        samples.get(c.id)[who].push(result);
      }
    }
  }
  return RENDER_CASES.map((c) => {
    const { widget, vanilla } = samples.get(c.id);
    const w = median(widget.map((s) => s.ms));
    const v = median(vanilla.map((s) => s.ms));
    return { ...c, runs, widgetMs: w, vanillaMs: v, ratio: w / v, widgetElements: widget[0].elements, vanillaElements: vanilla[0].elements };
  });
}
