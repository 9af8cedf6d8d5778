// @ts-check
// Koa middleware for the shipped-bundle tests (test/bundles/bundles.test.ts): a page that loads one built file of
// dist/ as a county site pastes it, with the widgets that file defines, in the reader's language.
//
//   /bundles/page?bundle=<file>&lang=<zh-Hans|en|…>&copies=<1|2>
//        <file> is a top-level script of dist/ (gov-widgets.js, gov-policy-feed.js, …, gov-widgets.classic.js):
//        an ES module in the head, or for *.classic.js a plain <script> at the end of the body. `copies=2` adds a
//        second copy of the same file under another URL (a CMS that pastes the snippet twice). The page holds,
//        for each element the file defines, one widget with fixture data and one without a source (which shows
//        its error in the reader's language), the probe of the whole-page tests (test/pages/probe.js) and a
//        record of every gov-load's detail in `window.__govLoads`.

/** The elements each script-tag bundle defines (src/bundles/*.ts). */
export const BUNDLE_TAGS = {
  'gov-widgets.js': ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form'],
  'gov-widgets.classic.js': ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form'],
  'gov-policy-feed.js': ['gov-policy-feed'],
  'gov-account-directory.js': ['gov-account-directory'],
  'gov-ask-form.js': ['gov-ask-form'],
};

/** @type {Record<string, string>} */
const WITH_DATA = {
  'gov-policy-feed': '<gov-policy-feed src="/test/fixtures/site/disclosure.json" limit="3" searchable></gov-policy-feed>',
  'gov-account-directory': '<gov-account-directory src="/test/fixtures/account-directory/disclosure.json"></gov-account-directory>',
  'gov-ask-form': '<gov-ask-form src="/test/fixtures/ask-form/disclosure.json"></gov-ask-form>',
};

const RECORD_LOADS = `<script>
window.__govLoads = [];
document.addEventListener('gov-load', (e) => window.__govLoads.push({ tag: e.target.localName, count: e.detail.count }));
</script>`;

/** @param {string} value */
const escapeAttribute = (value) => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {string} name
 * @returns {name is keyof typeof BUNDLE_TAGS}
 */
const isBundle = (name) => Object.hasOwn(BUNDLE_TAGS, name);

/**
 * @param {keyof typeof BUNDLE_TAGS} bundle
 * @param {string} lang
 * @param {number} copies
 */
export function bundlePage(bundle, lang, copies) {
  const tags = BUNDLE_TAGS[bundle];
  const classic = bundle.endsWith('.classic.js');
  const scripts = Array.from({ length: copies }, (_, i) => {
    const src = `/dist/${bundle}${i === 0 ? '' : `?copy=${i + 1}`}`;
    return classic ? `<script src="${src}"></script>` : `<script type="module" src="${src}"></script>`;
  }).join('\n');
  const widgets = tags.map((tag) => `${WITH_DATA[tag]}\n<${tag} class="no-source"></${tag}>`).join('\n');
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}"><head><meta charset="utf-8"><title>gov-widgets: ${escapeAttribute(bundle)}</title>
<script src="/test/pages/probe.js"></script>
${RECORD_LOADS}
${classic ? '' : scripts}
</head>
<body style="margin:0;width:900px">
${widgets}
${classic ? scripts : ''}
</body></html>`;
}

export function bundlesMiddleware() {
  /** @param {import('koa').Context} ctx @param {import('koa').Next} next */
  return async function bundles(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    if (url.pathname !== '/bundles/page') return next();
    const bundle = url.searchParams.get('bundle') ?? '';
    if (!isBundle(bundle)) {
      ctx.status = 404;
      ctx.body = `unknown bundle ${bundle}`;
      return;
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = bundlePage(bundle, url.searchParams.get('lang') ?? 'zh-Hans', Number(url.searchParams.get('copies') ?? '1') === 2 ? 2 : 1);
  };
}
