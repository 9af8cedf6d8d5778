// What `npm run build` ships, checked on dist/ after the build: the script bundles (self-contained, lazy chunks,
// classic build, SRI), the host-page CSS snippet, custom-elements.json and the npm entry points, then the
// bundles in headless Chromium: each defines its elements, loading twice throws nothing, the classic build
// works without type="module", and the CSS snippet reserves the heights scripts/loading-heights.mjs names.
// Bundles that do not exist yet (their src/bundles entry is missing) are skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { askFormBlockSize, directoryBlockSize, feedBlockSize, sizes } from '../../scripts/loading-heights.mjs';
import { minifyCss } from '../../scripts/minify-css-literals.mjs';
import { messageIds, sourceGraph } from '../../scripts/prune-messages.mjs';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';

const read = (file) => readFileSync(file, 'utf8');
const entries = existsSync('src/bundles') ? readdirSync('src/bundles').filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)) : [];
const widgets = existsSync('src/widgets') ? readdirSync('src/widgets').filter((d) => existsSync(`src/widgets/${d}/define.ts`)) : [];
const pkg = JSON.parse(read('package.json'));

/** The tags a bundle entry defines: its own defineElement() calls and those of the define modules it imports. */
function tagsOf(entry) {
  const source = read(`src/bundles/${entry}.ts`);
  const tags = [...source.matchAll(/defineElement\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  for (const [, name] of source.matchAll(/['"]\.\.\/widgets\/([^/'"]+)\/define\.js['"]/g)) {
    tags.push(...[...read(`src/widgets/${name}/define.ts`).matchAll(/defineElement\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]));
  }
  return tags;
}

/** Every module specifier in a bundle: static imports and exports, and dynamic import(). */
const specifiers = (code) => [
  ...[...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]),
  ...[...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]),
];

test('every bundle entry is built into a minified, self-contained ES module with a source map', { skip: entries.length === 0 && 'no src/bundles yet' }, () => {
  for (const entry of entries) {
    const file = `dist/${entry}.js`;
    assert.ok(existsSync(file), `${file} is missing`);
    assert.ok(existsSync(`${file}.map`), `${file}.map is missing`);
    const code = read(file);
    assert.match(code, /\/\/# sourceMappingURL=.*\.js\.map\s*$/);
    // Minified: no comments, little white space (the CSS keeps its line breaks for the source map).
    assert.doesNotMatch(code, /\/\*\*|^\s*\/\/ /m, `${file} has comments`);
    assert.ok((code.match(/\s/g)?.length ?? 0) / code.length < 0.12, `${file} does not look minified`);
    for (const spec of specifiers(code)) {
      assert.match(spec, /^\.\/chunks\/[\w.-]+\.js$/, `${file} imports ${spec}: only lazy chunks under ./chunks/ are allowed`);
      assert.ok(existsSync(join('dist', spec)), `${file} imports ${spec}, which is not in dist/`);
    }
    assert.doesNotMatch(code, /Lit is in dev mode/, `${file} has Lit's development build`);
  }
});

test('lazy chunks import nothing but other chunks', () => {
  const dir = 'dist/chunks';
  for (const name of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : []) {
    for (const spec of specifiers(read(join(dir, name)))) assert.match(spec, /^\.\/[\w.-]+\.js$/, `${name} imports ${spec}`);
  }
});

test('the classic build is a plain script with every dynamic import inlined', { skip: !entries.includes('gov-widgets') && 'no src/bundles/gov-widgets.ts yet' }, () => {
  const code = read('dist/gov-widgets.classic.js');
  assert.deepEqual(specifiers(code), []);
  assert.doesNotMatch(code, /\bimport\.meta\b/);
  assert.match(code, /^(?:!function|\(function|\(\(\)=>)/);
});

test('sri.json holds the sha384 of every bundle', { skip: entries.length === 0 && 'no src/bundles yet' }, () => {
  const sri = JSON.parse(read('dist/sri.json'));
  const bundles = readdirSync('dist').filter((f) => f.endsWith('.js'));
  assert.deepEqual(Object.keys(sri).filter((k) => k !== 'chunks').sort(), bundles.sort());
  const hash = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
  for (const name of bundles) assert.equal(sri[name], hash(join('dist', name)), name);
  for (const [name, value] of Object.entries(sri.chunks)) assert.equal(value, hash(join('dist', name)), name);
});

test('custom-elements.json describes the published modules, with a tag for every widget', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
  for (const mod of manifest.modules) {
    assert.match(mod.path, /^dist\/npm\/.*\.js$/);
    assert.ok(existsSync(mod.path), `${mod.path} is not built`);
  }
  const base = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'GovElement');
  for (const part of ['base', 'loading', 'error', 'retry']) assert.ok(base.cssParts.some((p) => p.name === part), `GovElement part ${part}`);
  for (const name of widgets) {
    const tag = `gov-${name}`;
    const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
    assert.ok(declaration, `no declaration with tagName ${tag}`);
    assert.ok(declaration.attributes.some((a) => a.name === 'src'), `${tag} lacks the inherited src attribute`);
    const define = manifest.modules.find((m) => m.path === `dist/npm/widgets/${name}/define.js`);
    assert.ok(define?.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag), `${tag} has no definition export`);
  }
});

test('npm entry points: a class module and a define module per widget, side effects only in define files and bundles', () => {
  for (const [key, target] of Object.entries(pkg.exports)) {
    const files = typeof target === 'string' ? [target] : Object.values(target);
    const widget = /^\.\/([\w-]+)(?:\/define)?$/.exec(key)?.[1];
    if (widget && !['contract'].includes(widget) && !widgets.includes(widget)) continue; // not merged yet
    for (const file of files) if (!file.includes('*')) assert.ok(existsSync(file), `exports["${key}"] → ${file} does not exist`);
  }
  for (const name of widgets) {
    assert.equal(pkg.exports[`./${name}`]?.default, `./dist/npm/widgets/${name}/${name}.js`);
    assert.equal(pkg.exports[`./${name}/define`]?.default, `./dist/npm/widgets/${name}/define.js`);
    assert.ok(existsSync(`dist/npm/widgets/${name}/${name}.d.ts`));
  }
  assert.deepEqual(pkg.sideEffects, ['./dist/npm/widgets/*/define.js', './dist/*.js', './src/widgets/*/define.ts', './src/bundles/*.ts']);
  assert.equal(pkg.bin['gov-widgets'], './bin/gov-widgets.mjs');
  for (const dir of ['dist/', 'bin/']) assert.ok(pkg.files.includes(dir));
});

test('minifyCss keeps line breaks, strings and interpolations', () => {
  const css = `\n  :host {\n    --a: var(--b, 1px); /* note\n spanning */\n    content: "  a  ;  ";\n  }\n  .a > .b, .c :is(.d) { margin: \${x} 0; }\n`;
  const out = minifyCss(css);
  assert.equal(out, '\n:host{\n--a:var(--b,1px);\n\ncontent:"  a  ;  ";\n}\n.a>.b,.c :is(.d){margin:${x} 0;}\n');
  assert.equal(out.split('\n').length, css.split('\n').length);
});

test('prune-messages finds the msg() ids of a file as @lit/localize computes them', () => {
  const source = [
    "import { msg, str } from '@lit/localize';",
    "const a = msg('重试');",
    'const b = msg(`正在加载…`);',
    'const c = (n: number) => msg(str`有 ${n} 条信息`);',
    "const d = msg('x', { id: 'custom-id' });",
    'const e = notMsg(`其他`);',
  ].join('\n');
  const ids = messageIds('virtual.ts', source);
  assert.deepEqual(
    [...ids].sort(),
    [generateMsgId('重试', false), generateMsgId('正在加载…', false), generateMsgId(['有 ', ' 条信息'], false), generateMsgId('x', false), 'custom-id'].sort(),
  );
});

test('prune-messages follows an entry through src/ to the element base and the contract', () => {
  const files = [...sourceGraph('src/core/gov-element.ts')].map((f) => f.slice(process.cwd().length + 1).replace(/\\/g, '/'));
  for (const file of ['src/core/gov-element.ts', 'src/core/messages.ts', 'src/core/i18n.ts', 'src/contract/load.ts', 'src/generated/locales/en.ts']) {
    assert.ok(files.includes(file), `${file} not reached`);
  }
  assert.ok(messageIds('src/core/messages.ts').size > 5);
});

// ---------------------------------------------------------------------------------------------------
// In the browser

const browserTest = (name, fn) =>
  test(name, { skip: !existsSync('/usr/bin/chromium') && 'no /usr/bin/chromium', timeout: 60_000 }, async () => {
    const server = await startStaticServer({ mounts: { '/': 'demo', '/dist/': 'dist' } });
    const browser = await puppeteer.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
    });
    try {
      await fn({ browser, url: server.url });
    } finally {
      await browser.close();
      await server.close();
    }
  });

/** Opens a page with the given head and body; collects uncaught errors. */
async function open(browser, base, head, body = '') {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === `${base}/test-page`) {
      request.respond({ contentType: 'text/html', body: `<!doctype html><html lang="zh-Hans"><head>${head}</head><body>${body}</body></html>` });
    } else request.continue();
  });
  await page.goto(`${base}/test-page`, { waitUntil: 'load' });
  return { page, errors };
}

browserTest('each ES bundle defines its elements, and loading it twice throws nothing', async ({ browser, url }) => {
  for (const entry of entries) {
    const tags = tagsOf(entry);
    const { page, errors } = await open(
      browser,
      url,
      `<script type="module" src="/dist/${entry}.js"></script><script type="module" src="/dist/${entry}.js?again"></script>`,
    );
    await page.waitForFunction((list) => list.every((tag) => customElements.get(tag)), { timeout: 10_000 }, tags);
    assert.deepEqual(errors, [], `${entry}: ${errors.join('; ')}`);
    await page.close();
  }
});

browserTest('the classic build works from a plain <script> tag', async ({ browser, url }) => {
  if (!entries.includes('gov-widgets')) return;
  const { page, errors } = await open(browser, url, '<script src="/dist/gov-widgets.classic.js"></script>');
  const tags = tagsOf('gov-widgets');
  assert.ok(await page.evaluate((list) => list.every((tag) => customElements.get(tag)), tags));
  assert.deepEqual(errors, []);
});

browserTest('the all-in-one bundle shows every widget of the demo data', async ({ browser, url }) => {
  const tags = entries.includes('gov-widgets') ? tagsOf('gov-widgets').filter((tag) => widgets.includes(tag.slice(4))) : [];
  if (tags.length === 0) return;
  const { page, errors } = await open(
    browser,
    url,
    '<script type="module" src="/dist/gov-widgets.js"></script>',
    tags.map((tag) => `<${tag} src="/data/disclosure.json"></${tag}>`).join(''),
  );
  const outcome = await page.evaluate(
    (list) =>
      Promise.all(
        list.map(
          (tag) =>
            new Promise((done) => {
              const el = document.querySelector(tag);
              el.addEventListener('gov-load', (e) => done(`${tag} loaded ${e.detail.count}`), { once: true });
              el.addEventListener('gov-error', (e) => done(`${tag} error ${e.detail.code}`), { once: true });
            }),
        ),
      ),
    tags,
  );
  for (const line of outcome) assert.match(line, /loaded [1-9]/);
  assert.deepEqual(errors, []);
});

browserTest('the CSS snippet reserves the loading height of each widget before it is defined', async ({ browser, url }) => {
  // In a 600 px column (37.5em at 16 px, 30em at 20 px): the sizes src/core/loading-size.ts gives there.
  const W = 600;
  const cases = [
    ['<gov-policy-feed></gov-policy-feed>', feedBlockSize({}, W / 16) * 16],
    ['<gov-policy-feed limit="5" compact></gov-policy-feed>', feedBlockSize({ rows: 5, compact: true }, W / 16) * 16],
    ['<gov-policy-feed limit="8" searchable filters paging heading="x"></gov-policy-feed>', feedBlockSize({ rows: 8, searchable: true, filters: true, paging: true, heading: true }, W / 16) * 16],
    ['<gov-policy-feed limit="3" care></gov-policy-feed>', feedBlockSize({ rows: 3 }, W / 20) * 20],
    ['<gov-policy-feed limit="3" style="--gov-font-size: 18px"></gov-policy-feed>', feedBlockSize({ rows: 3 }, W / 18) * 18],
    ['<gov-policy-feed limit="40"></gov-policy-feed>', feedBlockSize({ rows: 40 }, W / 16) * 16],
    ['<gov-account-directory></gov-account-directory>', directoryBlockSize({}, W / 16) * 16],
    ['<gov-account-directory audit care></gov-account-directory>', directoryBlockSize({ audit: true }, W / 20) * 20],
    ['<gov-account-directory group-by="platform" show-inactive></gov-account-directory>', directoryBlockSize({ groupBy: 'platform', showInactive: true }, W / 16) * 16],
    ['<gov-ask-form></gov-ask-form>', askFormBlockSize({}, W / 16) * 16],
    ['<gov-ask-form view="lookup"></gov-ask-form>', askFormBlockSize({ view: 'lookup' }, W / 16) * 16],
  ];
  assert.equal(sizes.FEED_DEFAULT_LIMIT, 10);
  // A host page with another root font size: the snippet sizes from the widget's font size, not the page's.
  const { page } = await open(browser, url, `<link rel="stylesheet" href="/dist/gov-widgets.css"><style>html{font-size:14px}body{font-size:13px;margin:0}body>*{inline-size:${W}px}</style>`, cases.map(([html]) => html).join(''));
  const heights = await page.evaluate(() => [...document.body.children].map((el) => el.getBoundingClientRect().height));
  cases.forEach(([html, expected], i) => assert.ok(Math.abs(heights[i] - expected) < 1, `${html}: ${heights[i]} px, expected ${expected}`));
});
