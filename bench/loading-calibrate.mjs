#!/usr/bin/env node
// How well the loading sizes (src/core/loading-size.ts) fit the widgets they stand for: for each widget and
// attribute set the demo uses (or could), at several inline sizes, the block size of
//   snippet      the undefined element under dist/gov-widgets.css (before the script),
//   placeholder  the defined widget while its data is on the way,
//   final        the widget showing the demo data (demo/data/disclosure.json),
// in em of the widget's font size, and final / placeholder. Run `npm run build` first. Use it to recalibrate
// after a widget's layout changes: the fitted numbers live in src/core/loading-size.ts.
//
//   node bench/loading-calibrate.mjs [--widths 300,343,500,700,1148] [--only feed|directory|form]
import { startBench } from './lib/browser.mjs';
import { table } from './lib/format.mjs';

export const CASES = [
  ['feed', 'gov-policy-feed', 'limit="8" searchable filters paging heading-level="3"'],
  ['feed', 'gov-policy-feed', ''],
  ['feed', 'gov-policy-feed', 'limit="5" compact heading="最新政策"'],
  ['feed', 'gov-policy-feed', 'limit="10" searchable filters paging heading="最新政策"'],
  ['directory', 'gov-account-directory', ''],
  ['directory', 'gov-account-directory', 'audit show-inactive'],
  ['directory', 'gov-account-directory', 'group-by="platform"'],
  ['directory', 'gov-account-directory', 'audit group-by="platform"'],
  ['form', 'gov-ask-form', ''],
  ['form', 'gov-ask-form', 'view="answered"'],
  ['form', 'gov-ask-form', 'view="lookup"'],
  ['form', 'gov-ask-form', 'care'],
];

/** In a page where the widget sits in a box `width` px wide: its three block sizes in em. */
export async function measureSizes(ctx, { tag, attributes, width, src = '/data/disclosure.json' }) {
  const body = `<div style="inline-size:${width}px"><${tag} ${attributes} src="/slow/${60_000}/data/disclosure.json"></${tag}></div>` +
    `<div style="inline-size:${width}px"><${tag} ${attributes} src="${src}"></${tag}></div>`;
  const { page, errors } = await ctx.open({
    viewport: { width: width + 32, height: 900 },
    head: '<link rel="stylesheet" href="/dist/gov-widgets.css"><style>body{margin:0;padding:16px}</style>',
    body,
  });
  const result = await page.evaluate(async (tagName) => {
    const [waiting, loading] = document.querySelectorAll(tagName);
    const snippet = waiting.getBoundingClientRect().height;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/gov-widgets.js';
    document.head.append(script);
    await customElements.whenDefined(tagName);
    await waiting.updateComplete;
    await loading.loadComplete;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const font = parseFloat(getComputedStyle(loading).fontSize);
    return {
      inline: waiting.clientWidth / font,
      snippet: snippet / font,
      placeholder: waiting.getBoundingClientRect().height / font,
      final: loading.getBoundingClientRect().height / font,
    };
  }, tag);
  await page.close();
  if (errors.length) throw new Error(errors.join('\n'));
  return result;
}

export async function calibrate(ctx, { widths = [300, 343, 400, 500, 700, 1148], only } = {}) {
  const rows = [];
  for (const [kind, tag, attributes] of CASES) {
    if (only && only !== kind) continue;
    for (const width of widths) rows.push({ tag, attributes, width, ...(await measureSizes(ctx, { tag, attributes, width })) });
  }
  return rows;
}

export function calibrationTable(rows) {
  const f = (n) => n.toFixed(1);
  return table(
    ['widget', 'px', 'W em', 'snippet', 'placeholder', 'final', 'final/placeholder'],
    rows.map((r) => [`<${r.tag}${r.attributes ? ` ${r.attributes}` : ''}>`, r.width, f(r.inline), f(r.snippet), f(r.placeholder), f(r.final), (r.final / r.placeholder).toFixed(2)]),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const ctx = await startBench();
  try {
    const rows = await calibrate(ctx, { widths: option('--widths')?.split(',').map(Number), only: option('--only') });
    console.log(calibrationTable(rows));
  } finally {
    await ctx.close();
  }
}
