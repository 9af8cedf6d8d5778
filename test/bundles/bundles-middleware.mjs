// @ts-check
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { normalize } from 'node:path';
import { STRICT_CSP } from '../server/pages-middleware.mjs';
import { importMap } from '../../scripts/sri.mjs';
// Koa middleware for the shipped-bundle tests (test/bundles/bundles.test.ts): a page that loads one built file of
// dist/ as a county site pastes it, with the widgets that file defines, in the reader's language.
//
//   /bundles/page?bundle=<file>&lang=<zh-Hans|en|…>&copies=<1|2>[&from=<dist|cdn|broken>][&csp=strict][&sri=<right|wrong>][&feed=<rss|atom>]
//        <file> is a top-level script of dist/ (gov-widgets.js, gov-policy-feed.js, …, gov-widgets.classic.js):
//        an ES module in the head, or for *.classic.js a plain <script> at the end of the body. `copies=2` adds a
//        second copy of the same file under another URL (a CMS that pastes the snippet twice). The page holds,
//        for each element the file defines, one widget with fixture data and one without a source (which shows
//        its error in the reader's language), the probe of the whole-page tests (test/pages/probe.js) and a
//        record of every gov-load's detail in `window.__govLoads`.
//        Where the script comes from (its lazy chunks resolve relative to it): `from=dist` /dist/ (the default);
//        `from=raw` /raw/dist/, the files as built (the test runner's own /dist/ transforms them, which an
//        integrity hash would refuse); `from=cdn` another origin, as a CDN (the same server under its other name,
//        localhost ⇄ 127.0.0.1, /cdn/dist/, with CORS), loaded with crossorigin="anonymous"; `from=broken`
//        /broken/dist/, where every language chunk and the RSS/Atom reader's chunk answer 404. `feed=rss` (or `atom`)
//        gives the feed an RSS 2.0 (Atom 1.0) file as its src instead of the JSON disclosure document. `csp=strict` sends the strict policy of the CSP pages (test/server/
//        pages-middleware.mjs) with the CDN's origin added to script-src when the script comes from there.
//        `sri=right` gives the script its integrity attribute and puts before it an import map whose
//        "integrity" covers each chunk it loads (scripts/sri.mjs, as docs/embedding.md tells integrators);
//        `sri=wrong` the same with a wrong hash for each language chunk. (Under `csp=strict` the import map, an
//        inline script, is allowed by its sha256 in script-src.)
//   /raw/dist/<path>     a file of dist/ as built
//   /cdn/dist/<path>     the same, with Access-Control-Allow-Origin: *
//   /broken/dist/<path>  a file of dist/, except the language chunks (chunks/<bundle>.<locale>-<hash>.js): 404

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

// A classic script and a stylesheet from 'self' (the strict CSP pages allow no inline script or style).
const RECORD_LOADS = '<script src="/bundles/record-loads.js"></script><link rel="stylesheet" href="/bundles/page.css">';
const RECORD_LOADS_JS = `window.__govLoads = [];
document.addEventListener('gov-load', (e) => window.__govLoads.push({ tag: e.target.localName, count: e.detail.count }));
`;

/** A language chunk of a bundle: chunks/<bundle>.<locale>-<hash>.js (rollup.config.mjs). */
export const LANGUAGE_CHUNK = /^chunks\/[\w-]+\.(en|zh-Hant)-[\w-]{8}\.js$/;

/** The feed's RSS/Atom reader: chunks/<bundle>.syndication-<hash>.js. */
const SYNDICATION_CHUNK = /^chunks\/[\w-]+\.syndication-[\w-]{8}\.js$/;

/** The feed's `src` for `feed=rss` and `feed=atom`. */
const XML_FEEDS = { rss: '/test/fixtures/policy-feed/county-rss.xml', atom: '/test/fixtures/policy-feed/county-atom.xml' };

/** The host name of the same server as another origin: a CDN for the page. */
const otherHost = (/** @type {string} */ host) => (host.startsWith('127.0.0.1') ? host.replace('127.0.0.1', 'localhost') : host.replace(/^[^:]+/, '127.0.0.1'));

/** @param {string} text */
const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** @param {string} value */
const escapeAttribute = (value) => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {string} name
 * @returns {name is keyof typeof BUNDLE_TAGS}
 */
const isBundle = (name) => Object.hasOwn(BUNDLE_TAGS, name);

/**
 * @typedef {object} PageOptions
 * @property {string} lang
 * @property {number} copies
 * @property {string} base where dist/ is, as the page names it (`/dist/`, `http://127.0.0.1:8000/cdn/dist/` …)
 * @property {boolean} cors whether the script is loaded with crossorigin="anonymous"
 * @property {string} head more of the head, before the scripts (an import map)
 * @property {string} integrity the script's integrity attribute, or ''
 * @property {string} [feedSrc] the feed's src instead of the JSON disclosure document (an RSS or Atom file)
 */

/**
 * @param {keyof typeof BUNDLE_TAGS} bundle
 * @param {PageOptions} options
 */
export function bundlePage(bundle, { lang, copies, base, cors, head, integrity, feedSrc }) {
  const tags = BUNDLE_TAGS[bundle];
  const classic = bundle.endsWith('.classic.js');
  const attributes = `${integrity ? ` integrity="${integrity}"` : ''}${cors || integrity ? ' crossorigin="anonymous"' : ''}`;
  const scripts = Array.from({ length: copies }, (_, i) => {
    const src = `${base}${bundle}${i === 0 ? '' : `?copy=${i + 1}`}`;
    return classic ? `<script src="${src}"${attributes}></script>` : `<script type="module" src="${src}"${attributes}></script>`;
  }).join('\n');
  const withData = (/** @type {string} */ tag) =>
    feedSrc && tag === 'gov-policy-feed' ? `<gov-policy-feed src="${escapeAttribute(feedSrc)}" limit="3"></gov-policy-feed>` : WITH_DATA[tag];
  const widgets = tags.map((tag) => `${withData(tag)}\n<${tag} class="no-source"></${tag}>`).join('\n');
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}"><head><meta charset="utf-8"><title>gov-widgets: ${escapeAttribute(bundle)}</title>
<script src="/test/pages/probe.js"></script>
${RECORD_LOADS}
${head}
${classic ? '' : scripts}
</head>
<body>
${widgets}
${classic ? scripts : ''}
</body></html>`;
}

/**
 * Answers a file of dist/ (for the /cdn/ and /broken/ mounts).
 * @param {import('koa').Context} ctx
 * @param {string} path relative to dist/
 */
async function serveDist(ctx, path) {
  const file = normalize(path);
  if (file.startsWith('..') || file.startsWith('/')) {
    ctx.status = 404;
    return;
  }
  try {
    ctx.body = await readFile(`dist/${file}`);
  } catch {
    ctx.status = 404;
    return;
  }
  ctx.type = file.endsWith('.map') || file.endsWith('.json') ? 'application/json' : 'text/javascript; charset=utf-8';
}

export function bundlesMiddleware() {
  /** @param {import('koa').Context} ctx @param {import('koa').Next} next */
  return async function bundles(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    if (url.pathname === '/bundles/record-loads.js') {
      ctx.type = 'text/javascript';
      ctx.body = RECORD_LOADS_JS;
      return;
    }
    if (url.pathname === '/bundles/page.css') {
      ctx.type = 'text/css';
      ctx.body = 'body { margin: 0; width: 900px }';
      return;
    }
    for (const mount of ['raw', 'cdn', 'broken']) {
      const prefix = `/${mount}/dist/`;
      if (!url.pathname.startsWith(prefix)) continue;
      ctx.set('Cache-Control', 'no-store');
      const path = decodeURIComponent(url.pathname.slice(prefix.length));
      if (mount === 'cdn') ctx.set('Access-Control-Allow-Origin', '*');
      if (mount === 'broken' && (LANGUAGE_CHUNK.test(path) || SYNDICATION_CHUNK.test(path))) {
        ctx.status = 404;
        ctx.body = 'not here';
        return;
      }
      await serveDist(ctx, path);
      return;
    }
    if (url.pathname !== '/bundles/page') return next();
    const bundle = url.searchParams.get('bundle') ?? '';
    if (!isBundle(bundle)) {
      ctx.status = 404;
      ctx.body = `unknown bundle ${bundle}`;
      return;
    }
    const from = url.searchParams.get('from') ?? 'dist';
    const cdnOrigin = `http://${otherHost(ctx.host)}`;
    const base = from === 'cdn' ? `${cdnOrigin}/cdn/dist/` : from === 'broken' || from === 'raw' ? `/${from}/dist/` : '/dist/';
    const sriMode = url.searchParams.get('sri');
    let head = '';
    let integrity = '';
    if (sriMode === 'right' || sriMode === 'wrong') {
      const manifest = JSON.parse(await readFile('dist/sri.json', 'utf8'));
      integrity = manifest[bundle];
      // Keys as the browser resolves them: absolute URLs of the chunks where this page loads them from.
      const absolute = new URL(base, `http://${ctx.host}/`).href;
      const map = importMap(manifest, 'dist', bundle, absolute);
      if (sriMode === 'wrong') {
        for (const key of Object.keys(map.integrity)) {
          if (LANGUAGE_CHUNK.test(key.slice(absolute.length))) map.integrity[key] = `sha384-${createHash('sha384').update('not this chunk').digest('base64')}`;
        }
      }
      head = `<script type="importmap">${JSON.stringify(map)}</script>`;
    }
    if (url.searchParams.get('csp') === 'strict') {
      const inline = head ? ` ${sha256(head.slice('<script type="importmap">'.length, -'</script>'.length))}` : '';
      ctx.set('Content-Security-Policy', STRICT_CSP.replace("script-src 'self'", `script-src 'self'${from === 'cdn' ? ` ${cdnOrigin}` : ''}${inline}`));
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    const feed = url.searchParams.get('feed');
    ctx.body = bundlePage(bundle, {
      lang: url.searchParams.get('lang') ?? 'zh-Hans',
      copies: Number(url.searchParams.get('copies') ?? '1') === 2 ? 2 : 1,
      base,
      cors: from === 'cdn',
      head,
      integrity,
      feedSrc: feed === 'rss' || feed === 'atom' ? XML_FEEDS[feed] : undefined,
    });
  };
}
