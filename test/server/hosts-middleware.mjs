// Koa middleware for the host-page corpus (test/pages/host-pages.test.ts): copies of the kinds of page Chinese
// county sites still serve (test/pages/hosts/*.html: GBK-encoded, quirks mode, a `*` reset, a 62.5 % root,
// a table layout inside an ASP.NET `<form runat=server>`, Bootstrap 3's globals, reset.css + normalize.css),
// each with the built bundles pasted in as a webmaster pastes them.
//
//   /hosts/<page>.html?build=<module|classic|none>[&care=1]
//        the page, as its bytes are on disk (the GBK page stays GBK), served as `text/html` with no charset (as
//        Python's http.server and many IIS setups do), with the probe and the CSS snippet in its head, the
//        widgets block where the page says <!--GOV-WIDGETS-->, and the script as the build asks: the module
//        build in the head, the classic one at the end of the body (no `defer`, no `charset`), or none (the
//        snippet alone, for the heights it reserves); with `care=1` the care block (CARE_BLOCK) instead of the
//        widgets block, for the care measurement (test/readers/care-hosts.test.ts)
//   /hosts/dist/*
//        dist/ with no charset on any response (`text/javascript`, `text/css`): a script on a GBK page is then
//        decoded as GBK unless it is pure ASCII
import { readFile } from 'node:fs/promises';
import { extname, normalize } from 'node:path';

export const HOST_PAGES = ['gbk', 'quirks', 'star-reset', 'root-62', 'table-form', 'bootstrap3', 'reset'];

/**
 * What every page shows: the three widgets, a `care` feed and a lookup form with its own `--gov-font-size`, in a slot of a fixed width (its inline style
 * beats the page's rules), so every page lays them out at the same inline size as the blank page.
 */
export const WIDGETS_BLOCK = `<div class="gw-slot" style="display:block;width:600px;margin:0;padding:0;border:0;box-sizing:content-box;float:none">
<gov-policy-feed src="/test/fixtures/site/disclosure.json" limit="3" searchable filters></gov-policy-feed>
<gov-account-directory src="/test/fixtures/account-directory/disclosure.json"></gov-account-directory>
<gov-ask-form src="/test/fixtures/ask-form/disclosure.json"></gov-ask-form>
<gov-policy-feed care src="/test/fixtures/site/disclosure.json" limit="2"></gov-policy-feed>
<gov-ask-form view="lookup" style="--gov-font-size:20px" src="/test/fixtures/ask-form/disclosure.json"></gov-ask-form>
</div>`;

/**
 * The care block: every widget in `care` on the demo's data, one with a `--gov-font-size` below care's floors,
 * in a slot of a phone's width (the test widens it to a desktop's).
 * Text in it is ASCII (character references for Chinese), so it reads the same on the GBK page.
 */
export const CARE_BLOCK = `<div class="gw-slot" style="display:block;width:390px;margin:0;padding:0;border:0;box-sizing:content-box;float:none">
<gov-policy-feed care src="/demo/data/disclosure.json" limit="4" searchable filters paging heading="&#26368;&#26032;&#25919;&#31574;"></gov-policy-feed>
<gov-account-directory care src="/demo/data/disclosure.json"></gov-account-directory>
<gov-ask-form care src="/demo/data/disclosure.json"></gov-ask-form>
<gov-ask-form care view="lookup" style="--gov-font-size:14px" src="/demo/data/disclosure.json"></gov-ask-form>
</div>`;

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.json': 'application/json' };

export function hostsMiddleware() {
  return async function hosts(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    const path = url.pathname;
    if (!path.startsWith('/hosts/')) return next();
    ctx.set('Cache-Control', 'no-store');
    if (path.startsWith('/hosts/dist/')) {
      // The query (a page's own URL for the file) is ignored.
      const file = normalize(path.slice('/hosts/'.length));
      if (!file.startsWith('dist/')) return next();
      try {
        ctx.body = await readFile(file);
      } catch {
        return next();
      }
      ctx.set('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      return;
    }
    const name = /^\/hosts\/([a-z0-9-]+)\.html$/.exec(path)?.[1];
    if (!name || (name !== 'blank' && !HOST_PAGES.includes(name))) return next();
    const build = url.searchParams.get('build') ?? 'module';
    // latin1 round-trips every byte: the markers and what replaces them are ASCII, the page's own text stays as encoded.
    const page = (await readFile(`test/pages/hosts/${name}.html`)).toString('latin1');
    // A URL of its own per page: an engine's memory cache may otherwise hand the GBK page the script as it was
    // decoded for a UTF-8 page, and the test would not see what a webmaster's first visitor sees.
    const own = `?page=${name}`;
    const head = [
      '<script src="/test/pages/probe.js"></script>',
      `<link rel="stylesheet" href="/hosts/dist/gov-widgets.css${own}">`,
      build === 'module' ? `<script type="module" src="/hosts/dist/gov-widgets.js${own}"></script>` : '',
    ].join('\n');
    const end = build === 'classic' ? `<script src="/hosts/dist/gov-widgets.classic.js${own}"></script>` : '';
    for (const marker of ['<!--GOV-HEAD-->', '<!--GOV-WIDGETS-->', '<!--GOV-END-->']) {
      if (!page.includes(marker)) throw new Error(`test/pages/hosts/${name}.html has no ${marker}`);
    }
    const block = url.searchParams.get('care') === '1' ? CARE_BLOCK : WIDGETS_BLOCK;
    const body = page.replace('<!--GOV-HEAD-->', head).replace('<!--GOV-WIDGETS-->', block).replace('<!--GOV-END-->', end);
    ctx.set('Content-Type', 'text/html');
    ctx.body = Buffer.from(body, 'latin1');
  };
}
