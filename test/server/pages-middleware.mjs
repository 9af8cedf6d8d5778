// Koa middleware for whole-page tests that the test runner's own page cannot host (test/trust/pages.test.ts
// opens them in an iframe), and a small document store for the hostile-data tests.
//
//   /pages/csp?build=<module|classic>&tt=<require|lit-html>
//                         the three widgets from dist/ under a strict Content-Security-Policy with Trusted
//                         Types (no 'unsafe-inline', nothing but 'self'); `tt=lit-html` adds the directive
//                         `trusted-types lit-html`, the one policy name docs/embedding.md tells integrators to
//                         allow. /test/pages/probe.js reports violations, errors and warnings.
//   /pages/csp-control    the same policy and probe, with an inline style and an inline script: the probe must
//                         see both violations (so a silent probe means "no violation", not "not listening")
//   /pages/two-copies?csp=<none|strict|no-duplicates>
//                         a single-widget bundle, dist/gov-widgets.js twice (two module instances) and a copy
//                         that claims version 9.9.9, on one page; `csp=strict` adds the strict policy with
//                         `trusted-types lit-html 'allow-duplicates'` (four copies of Lit create the policy),
//                         `csp=no-duplicates` the same without 'allow-duplicates'
//   /dist/gov-widgets.v9.js
//                         dist/gov-widgets.js with its version replaced by 9.9.9 (served beside the real bundle,
//                         so its lazy chunk resolves as the real one's does)
//   /dist/*, /test/pages/*  served as usual, but never cached
//   PUT /pages/store/<key>   keeps the request body (JSON, at most 16 MB) in memory, with the status in the
//                            request's X-Answer-Status header (default 200)
//   GET|POST /pages/store/<key>?…
//                            answers that body as application/json with that status (404 for an unknown key);
//                            the query is ignored, so a store URL can stand for a lookup or submit endpoint
import { readFile } from 'node:fs/promises';

/** The policy of the issue, exactly: everything from the page's own origin, no inline anything. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const SITE = '/test/fixtures/site/disclosure.json';
const DIRECTORY = '/test/fixtures/account-directory/disclosure.json';
const ASK = '/test/fixtures/ask-form/disclosure.json';

const widgets = `
  <gov-policy-feed src="${SITE}" limit="3" searchable filters paging></gov-policy-feed>
  <gov-account-directory src="${DIRECTORY}"></gov-account-directory>
  <gov-ask-form src="${ASK}"></gov-ask-form>`;

const page = (head, body) => `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>gov-widgets page test</title>
<link rel="stylesheet" href="/dist/gov-widgets.css">
<script src="/test/pages/probe.js"></script>
${head}</head>
<body>${body}</body></html>`;

const MAX_STORED = 16 * 1024 * 1024;
const store = new Map();

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_STORED) reject(new Error('too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function pagesMiddleware() {
  return async function pages(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    const path = url.pathname;
    if (path === '/dist/gov-widgets.v9.js') {
      const bundle = await readFile('dist/gov-widgets.js', 'utf8');
      const { version } = JSON.parse(await readFile('package.json', 'utf8'));
      if (!bundle.includes(`"${version}"`)) throw new Error(`dist/gov-widgets.js does not contain "${version}"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/javascript';
      ctx.body = bundle.replaceAll(`"${version}"`, '"9.9.9"').replace(/\/\/# sourceMappingURL=.*$/m, '');
      return;
    }
    if (path.startsWith('/dist/') || path.startsWith('/test/pages/')) {
      // The bundles change with every build and the probe with every edit: a browser that keeps its cache
      // between runs (WebKit's MiniBrowser does) must not test yesterday's copy.
      await next();
      ctx.set('Cache-Control', 'no-store');
      return;
    }
    if (!path.startsWith('/pages/')) return next();
    ctx.set('Cache-Control', 'no-store');
    if (path.startsWith('/pages/store/')) {
      const key = path.slice('/pages/store/'.length);
      if (ctx.method === 'PUT') {
        const status = Number(ctx.get('X-Answer-Status')) || 200;
        store.set(key, { status, body: await readBody(ctx.req) });
        ctx.status = 204;
        return;
      }
      if (!store.has(key)) {
        ctx.status = 404;
        ctx.type = 'application/json';
        ctx.body = '{"error":"unknown key"}';
        return;
      }
      const { status, body } = store.get(key);
      ctx.status = status;
      ctx.type = 'application/json';
      ctx.body = body;
      return;
    }
    switch (path) {
      case '/pages/csp': {
        const classic = url.searchParams.get('build') === 'classic';
        const litOnly = url.searchParams.get('tt') === 'lit-html';
        ctx.set('Content-Security-Policy', litOnly ? `${STRICT_CSP}; trusted-types lit-html` : STRICT_CSP);
        ctx.type = 'text/html';
        ctx.body = page(
          classic ? '<script src="/dist/gov-widgets.classic.js" defer></script>' : '<script type="module" src="/dist/gov-widgets.js"></script>',
          widgets,
        );
        return;
      }
      case '/pages/csp-control':
        ctx.set('Content-Security-Policy', STRICT_CSP);
        ctx.type = 'text/html';
        ctx.body = page(
          '<script type="module" src="/dist/gov-widgets.js"></script>',
          `<p style="color: red">inline style</p><script>window.inlineRan = true;</script>${widgets}`,
        );
        return;
      case '/pages/two-copies':
        if (url.searchParams.get('csp') === 'strict') ctx.set('Content-Security-Policy', `${STRICT_CSP}; trusted-types lit-html 'allow-duplicates'`);
        if (url.searchParams.get('csp') === 'no-duplicates') ctx.set('Content-Security-Policy', `${STRICT_CSP}; trusted-types lit-html`);
        ctx.type = 'text/html';
        ctx.body = page(
          `<script type="module" src="/dist/gov-policy-feed.js"></script>
           <script type="module" src="/dist/gov-widgets.js"></script>
           <script type="module" src="/dist/gov-widgets.js?copy=2"></script>
           <script type="module" src="/dist/gov-widgets.v9.js"></script>`,
          widgets,
        );
        return;
      default:
        return next();
    }
  };
}
