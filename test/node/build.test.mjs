// What `npm run build` ships, checked on dist/ after the build: the script bundles (self-contained, lazy chunks,
// classic build, SRI), the host-page CSS snippet, custom-elements.json and the npm entry points, then the
// bundles in headless Chromium: each defines its elements, loading twice throws nothing, the classic build
// works without type="module", and the CSS snippet reserves the heights scripts/loading-heights.mjs names.
// Bundles that do not exist yet (their src/bundles entry is missing) are skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { askFormSkeleton, feedSkeleton, sizes } from '../../scripts/loading-heights.mjs';
import { minifyCss, minifyCssModule } from '../../scripts/css-literals.mjs';
import pruneMessages, { pruneChunk } from '../../scripts/prune-messages.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { escapeNonAscii, nonAsciiFiles } from '../../scripts/ascii.mjs';
import { walk } from '../../scripts/lib/ast.mjs';

const read = (file) => readFileSync(file, 'utf8');
const entries = existsSync('src/bundles')
  ? readdirSync('src/bundles')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3))
  : [];
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
    // The map is for our tools and is not shipped, so the bundle does not name it (rollup.config.mjs).
    assert.doesNotMatch(code, /sourceMappingURL/);
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

test("a single-widget bundle holds only its own section's validator", () => {
  // A field name only each section's shapes spell out (the validators are the only code that names them all).
  const marker = { 'policy-feed': 'interpretations', 'account-directory': 'platform_label', 'ask-form': 'answered_next_url' };
  for (const name of widgets.filter((w) => entries.includes(`gov-${w}`))) {
    const code = read(`dist/gov-${name}.js`);
    for (const [other, field] of Object.entries(marker)) {
      if (other === name) assert.match(code, new RegExp(`\\b${field}\\b`), `gov-${name}.js lacks its own validator`);
      else assert.doesNotMatch(code, new RegExp(`\\b${field}\\b`), `gov-${name}.js holds the ${other} validator`);
    }
  }
});

test('lazy chunks import nothing but other chunks and the entry of their own bundle', () => {
  // A lazy view's chunk shares the entry's code (Lit, the contract, the core) by importing the entry itself, by the
  // same URL the page loaded it from; what each chunk of a bundle imports is in dist/bundles.json.
  const graph = JSON.parse(read('dist/bundles.json'));
  const dir = 'dist/chunks';
  for (const name of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : []) {
    const builds = Object.entries(graph).filter(([, entry]) => Object.hasOwn(entry.chunks, `chunks/${name}`));
    assert.ok(builds.length > 0, `chunks/${name} is in no bundle's graph (dist/bundles.json)`);
    for (const spec of specifiers(read(join(dir, name)))) {
      const sibling = /^\.\/[\w.-]+\.js$/.test(spec);
      const entry = builds.some(([file]) => spec === `../${file}`);
      assert.ok(sibling || entry, `chunks/${name} imports ${spec}`);
    }
  }
});

test(
  'the classic build is a plain script with every dynamic import inlined',
  { skip: !entries.includes('gov-widgets') && 'no src/bundles/gov-widgets.ts yet' },
  () => {
    const code = read('dist/gov-widgets.classic.js');
    assert.deepEqual(specifiers(code), []);
    assert.doesNotMatch(code, /\bimport\.meta\b/);
    // After the licence banner (scripts/licences.mjs), one IIFE.
    assert.match(code, /^(?:\/\*![^\n]*\*\/\n)?(?:!function|\(function|\(\(\)=>)/);
  },
);

test('sri.json holds the sha384 of every bundle', { skip: entries.length === 0 && 'no src/bundles yet' }, () => {
  const sri = JSON.parse(read('dist/sri.json'));
  const bundles = readdirSync('dist').filter((f) => f.endsWith('.js'));
  assert.deepEqual(
    Object.keys(sri)
      .filter((k) => k !== 'chunks')
      .sort(),
    bundles.sort(),
  );
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
  for (const part of ['base', 'loading', 'error', 'retry'])
    assert.ok(
      base.cssParts.some((p) => p.name === part),
      `GovElement part ${part}`,
    );
  for (const name of widgets) {
    const tag = `gov-${name}`;
    const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
    assert.ok(declaration, `no declaration with tagName ${tag}`);
    assert.ok(
      declaration.attributes.some((a) => a.name === 'src'),
      `${tag} lacks the inherited src attribute`,
    );
    const define = manifest.modules.find((m) => m.path === `dist/npm/widgets/${name}/define.js`);
    assert.ok(
      define?.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag),
      `${tag} has no definition export`,
    );
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

/** The relative specifiers a dist/npm module imports statically and through import(), resolved to files. */
async function npmImports(file) {
  const { parseAst } = await import('rollup/parseAst');
  const found = { static: [], dynamic: [] };
  walk(parseAst(read(file)), (node) => {
    const kind = node.type === 'ImportExpression' ? 'dynamic' : /^(Import|ExportNamed|ExportAll)Declaration$/.test(node.type) ? 'static' : undefined;
    const source = node.source?.type === 'Literal' ? node.source.value : undefined;
    if (kind && typeof source === 'string' && source.startsWith('.')) found[kind].push(join(dirname(file), source));
  });
  return found;
}

test("npm: a widget's define module reaches no other widget, no barrel and no other side-effectful module", async () => {
  // What an app's bundler keeps when it imports `gov-widgets/<widget>/define`: every module reached statically.
  // import() targets (lazy chunks in the app) are followed too, but may not be another widget's either.
  const sideEffectful = (file) =>
    pkg.sideEffects.some((pattern) => new RegExp(`^${pattern.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`).test(file));
  for (const name of widgets) {
    const entry = `dist/npm/widgets/${name}/define.js`;
    const seen = new Set();
    const queue = [entry];
    while (queue.length > 0) {
      const file = queue.shift();
      if (seen.has(file)) continue;
      seen.add(file);
      const { static: eager, dynamic } = await npmImports(file);
      queue.push(...eager, ...dynamic);
    }
    for (const file of seen) {
      const other = /^dist\/npm\/widgets\/([^/]+)\//.exec(file)?.[1];
      assert.ok(!other || other === name, `${entry} reaches ${file}`);
      assert.ok(!/^dist\/npm\/(index|bundles\/|cli\/)/.test(file), `${entry} reaches ${file}`);
      if (file !== entry) assert.ok(!sideEffectful(file), `${entry} reaches ${file}, which package.json marks as having side effects`);
    }
    assert.ok(sideEffectful(entry), `package.json sideEffects must keep ${entry} (it registers the tag)`);
  }
});

test('npm: every msg() id is one number across the package, and each number finds its own source text and translation', async () => {
  const { parseAst } = await import('rollup/parseAst');
  const xml = (text) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  // The readable ids, numbered as scripts/npm-modules.mjs numbers them: in sorted order.
  const units = new Map(
    [...read('xliff/en.xlf').matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)].map((m) => [m[1], m]),
  );
  const ids = [...units.keys()].sort();
  const plain = (text) => (text.includes('<x ') ? undefined : xml(text));
  const literalText = (node) =>
    node?.type === 'Literal' && typeof node.value === 'string'
      ? node.value
      : node?.type === 'TemplateLiteral' && node.expressions.length === 0
        ? node.quasis[0].value.cooked
        : undefined;
  let calls = 0;
  let checked = 0;
  for (const file of readdirSync('dist/npm', { recursive: true }).filter((f) => f.endsWith('.js'))) {
    const path = join('dist/npm', file);
    walk(parseAst(read(path)), (node) => {
      if (node.type === 'Literal' && typeof node.value === 'string') {
        assert.doesNotMatch(node.value, /^(core|feed|directory|ask)\.[a-z0-9-]+$/, `${path} still holds the readable id ${node.value}`);
      }
      const callee = node.type === 'CallExpression' ? node.callee : undefined;
      const isMsg = callee && (callee.type === 'Identifier' ? callee.name === 'msg' : callee.type === 'MemberExpression' && callee.property.name === 'msg');
      const id = isMsg ? node.arguments[1]?.properties?.find((p) => p.key?.name === 'id')?.value : undefined;
      if (!id) return;
      calls++;
      assert.ok(id.type === 'Literal' && Number.isInteger(id.value) && id.value < ids.length, `${path}: msg() with id ${read(path).slice(id.start, id.end)}`);
      const [, , source] = units.get(ids[id.value]);
      const text = literalText(node.arguments[0]);
      if (text !== undefined && plain(source) !== undefined) {
        assert.equal(text, plain(source), `${path}: msg() id ${id.value} (${ids[id.value]}) is another message's`);
        checked++;
      }
    });
  }
  assert.ok(calls > 100 && checked > 50, `${calls} msg() calls, ${checked} compared with xliff/en.xlf`);
  // The English table: entry N is the translation of the N-th id.
  let entries = 0;
  walk(parseAst(read('dist/npm/generated/locales/en.js')), (node) => {
    if (node.type !== 'VariableDeclarator' || node.id.name !== 'templates') return;
    for (const property of node.init.properties) {
      entries++;
      const [, , , target] = units.get(ids[property.key.value]);
      const text = literalText(property.value);
      if (text !== undefined && plain(target) !== undefined) assert.equal(text, plain(target), `en entry ${property.key.value} (${ids[property.key.value]})`);
    }
  });
  assert.equal(entries, ids.length);
});

// dist/npm is built without source maps (tsconfig.build.json: the package does not ship src/ for them to point at).
test('npm: css`` literals are minified like the bundles', async () => {
  const { parseAst } = await import('rollup/parseAst');
  const styled = readdirSync('dist/npm', { recursive: true })
    .map((f) => join('dist/npm', f))
    .filter((f) => f.endsWith('.js') && /\bcss\s*`/.test(read(f)));
  assert.ok(
    styled.some((f) => f.endsWith('policy-feed.styles.js')),
    'the feed has a styles module',
  );
  for (const file of styled) {
    const code = read(file);
    walk(parseAst(code), (node) => {
      if (node.type !== 'TaggedTemplateExpression' || node.tag.name !== 'css') return;
      for (const quasi of node.quasi.quasis) assert.doesNotMatch(quasi.value.raw, /\n|\/\*| {2}/, `${file}: a css\`\` literal as written`);
    });
    assert.ok(!existsSync(`${file}.map`), `${file}.map: dist/npm has no maps`);
  }
});

test('css-literals minifies css`` literals with Lightning CSS, keeping interpolations, strings and escapes', async () => {
  const { parseAst } = await import('rollup/parseAst');
  const source = [
    'const w = 2;',
    'const a = css `',
    '  :host { --a: var(--b, 1px); /* note */ content: "  a  ;  \\\\\\\\"; }',
    '  .a > .b, .c :is(.d) { margin: ${w}px 0; color: ${red}; }',
    '  .e-${name} { color: #ffffff }',
    '`;',
    'const b = html `<p> a </p>`;',
    '',
  ].join('\n');
  const out = minifyCssModule(source, parseAst, 'virtual.ts');
  assert.equal(
    out.code,
    [
      'const w = 2;',
      'const a = css `:host{--a:var(--b,1px);content:"  a  ;  \\\\\\\\"}.a>.b,.c .d{margin:${w}px 0;color:${red}}.e-${name}{color:#fff}`;',
      'const b = html `<p> a </p>`;',
      '',
    ].join('\n'),
  );
  // The literal's lines are gone, so the transform returns a real map (magic-string's; Rollup chains it after
  // TypeScript's): line 3 of the output is line 7 of the input.
  const lines = out.map.mappings.split(';');
  assert.equal(lines.length, 4);
  assert.ok(lines.every((line, i) => i === 3 || line.length > 0));
  assert.equal(minifyCssModule('const b = html `<p></p>`;', parseAst), null);
});

test('css-literals lowers nothing: nesting, light-dark(), logical properties, :where() and @supports stay as written', () => {
  const css = `@supports (color: light-dark(#000, #fff)) { :host { --x: light-dark(#ffffff, #000000); } }
    :where(.base) { all: initial; margin-inline-start: 1em; inset-inline-end: 0; }
    .a { color: red; & .b { color: green; } }
    .c:has(input:checked), .d:is(.e, .f) { padding-block: 0 1px; }`;
  assert.equal(
    minifyCss(css),
    '@supports (color:light-dark(#000, #fff)){:host{--x:light-dark(#fff,#000)}}' +
      ':where(.base){all:initial;margin-inline-start:1em;inset-inline-end:0}' +
      '.a{color:red;& .b{color:green}}' +
      '.c:has(input:checked),.d:is(.e,.f){padding-block:0 1px}',
  );
});

test('css-literals fails loudly on CSS it cannot parse or an interpolation it would lose', async () => {
  const { parseAst } = await import('rollup/parseAst');
  assert.throws(() => minifyCssModule('const a = css `.a..b { color: red }`;', parseAst, 'bad.ts'), /bad\.ts:1: Lightning CSS cannot minify/);
  assert.throws(() => minifyCssModule('const a = css `.a { color: red } ${more}`;', parseAst, 'bad.ts'), /bad\.ts:1: .*(cannot minify|was dropped)/);
});

/** A chunk as Rollup renders it: msg() calls with readable ids, and one locale table per language. */
const CHUNK = [
  "const templates = { 'x.a': `A`, 'x.b': str`B ${0}`, 'x.c': `C` };",
  "const templates$1 = { 'x.a': `甲`, 'x.b': str`乙 ${0}`, 'x.c': `丙` };",
  "export const a = msg('一', { id: 'x.a' }), b = (n) => this.msg(str`二 ${n}`, { id: 'x.b' }), t = [templates, templates$1];",
].join('\n');

test('prune-messages numbers the messages a chunk uses and keeps only their translations', async () => {
  const { parseAst } = await import('rollup/parseAst');
  const code = pruneChunk(CHUNK, parseAst(CHUNK)).toString();
  assert.match(code, /const templates = \[`A`,str`B \$\{0\}`\];/);
  assert.match(code, /const templates\$1 = \[`甲`,str`乙 \$\{0\}`\];/);
  assert.match(code, /msg\('一', \{ id: 0 \}\)/);
  assert.match(code, /this\.msg\(str`二 \$\{n\}`, \{ id: 1 \}\)/);
  assert.doesNotMatch(code, /x\.[abc]|`C`|`丙`/, 'the unused translation and every readable id are gone');
  assert.equal(pruneChunk('export const x = 1;', parseAst('export const x = 1;')), null, 'a chunk without messages is left alone');
});

test('prune-messages fails the build for a message without a translation, a msg() without a literal id, or no tables', async () => {
  const { parseAst } = await import('rollup/parseAst');
  const prune = (code) => pruneChunk(code, parseAst(code), 'x.js');
  assert.throws(() => prune(`${CHUNK}\nmsg('丁', { id: 'x.d' });`), /"x\.d" has no translation/);
  assert.throws(() => prune(`${CHUNK}\nconst id = 'x.a'; msg('一', { id });`), /without a literal id/);
  assert.throws(() => prune(`${CHUNK}\nmsg('一');`), /without a literal id/);
  assert.throws(() => prune("msg('一', { id: 'x.a' });"), /no locale tables/);
  assert.throws(() => prune(CHUNK.replace("'x.c': `丙`", '').replace("'x.a': `甲`, ", '')), /no translation for x\.a/);
});

test('prune-messages runs in a Rollup build on the bundled chunk', async () => {
  const { rollup } = await import('rollup');
  const build = await rollup({
    input: 'entry',
    plugins: [{ resolveId: (id) => id, load: () => CHUNK.replace('this.msg', 'msg') }, pruneMessages()],
    external: () => false,
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es', sourcemap: true });
  assert.match(output[0].code, /\{ id: 1 \}/);
  assert.ok(output[0].map, 'a source map of the rewrite');
});

test('prune-messages numbers an entry, its lazy chunk and its lazy language chunks together', async () => {
  const { rollup } = await import('rollup');
  const modules = {
    entry: "export const a = msg('一', { id: 'x.a' }); export const view = () => import('view'); export const en = () => import('en');",
    view: "export const b = msg('三', { id: 'x.c' });",
    en: "export const templates = { 'x.a': `A`, 'x.b': `B`, 'x.c': `C` };",
  };
  const build = await rollup({
    input: 'entry',
    plugins: [{ resolveId: (id) => id, load: (id) => modules[id] }, pruneMessages()],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es', chunkFileNames: '[name].js' });
  await build.close();
  const code = Object.fromEntries(output.map((chunk) => [chunk.name, chunk.type === 'chunk' ? chunk.code : '']));
  assert.match(code.entry, /msg\('一', \{ id: 0 \}\)/);
  assert.match(code.view, /msg\('三', \{ id: 1 \}\)/, 'the lazy view numbers its message as the entry does');
  assert.match(code.en, /templates = \[`A`,`C`\]/, 'the language chunk keeps what entry and view use, in their numbers');
  const failing = await rollup({
    input: 'entry',
    plugins: [{ resolveId: (id) => id, load: (id) => (id === 'en' ? 'export const templates = {};' : modules[id]) }, pruneMessages()],
    onwarn: () => {},
  });
  await assert.rejects(failing.generate({ format: 'es' }), /"x\.(a|c)" has no translation/);
});

test(
  'every bundle asks for its messages by number, with no readable id or unused translation left',
  { skip: entries.length === 0 && 'no src/bundles yet' },
  () => {
    for (const file of [...entries.map((e) => `dist/${e}.js`), ...(entries.includes('gov-widgets') ? ['dist/gov-widgets.classic.js'] : [])]) {
      const code = read(file);
      assert.match(code, /\{id:\d+\}/, `${file} has no numbered msg() call`);
      assert.doesNotMatch(code, /["'`](core|feed|directory|ask)\.[a-z0-9-]+["'`]/, `${file} still holds a readable message id`);
    }
  },
);

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

browserTest('the bundled elements observe every attribute the manifest documents, and reflect care', async ({ browser, url }) => {
  if (!entries.includes('gov-widgets')) return;
  const manifest = JSON.parse(read('custom-elements.json'));
  const { page, errors } = await open(browser, url, '<script type="module" src="/dist/gov-widgets.js"></script>');
  for (const tag of tagsOf('gov-widgets')) {
    const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
    if (!declaration) continue;
    const observed = await page.evaluate(async (t) => (await customElements.whenDefined(t)).observedAttributes, tag);
    for (const { name } of declaration.attributes ?? []) assert.ok(observed.includes(name), `<${tag}> does not observe ${name}`);
    const reflected = await page.evaluate(async (t) => {
      const el = document.createElement(t);
      document.body.append(el);
      el.care = true;
      await el.updateComplete;
      const value = el.getAttribute('care');
      el.remove();
      return value;
    }, tag);
    assert.equal(reflected, '', `<${tag}> does not reflect care`);
  }
  assert.deepEqual(errors, []);
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
  // The sizes src/core/loading-size.ts gives, in px of the widget's font size (16 px, 20 px in care mode).
  const cases = [
    ['<gov-policy-feed></gov-policy-feed>', feedSkeleton({}) * 16],
    ['<gov-policy-feed limit="1" compact></gov-policy-feed>', feedSkeleton({ rows: 1, compact: true }) * 16],
    [
      '<gov-policy-feed limit="8" searchable filters paging heading="x"></gov-policy-feed>',
      feedSkeleton({ rows: 8, searchable: true, filters: true, paging: true, heading: true }) * 16,
    ],
    ['<gov-policy-feed limit="3" care></gov-policy-feed>', feedSkeleton({ rows: 3 }) * 20],
    ['<gov-policy-feed limit="3" style="--gov-font-size: 18px"></gov-policy-feed>', feedSkeleton({ rows: 3 }) * 18],
    ['<gov-policy-feed limit="40"></gov-policy-feed>', feedSkeleton({ rows: 40 }) * 16],
    ['<gov-policy-feed style="--gov-loading-block-size: 900px"></gov-policy-feed>', 900],
    ['<gov-account-directory></gov-account-directory>', sizes.DIRECTORY * 16],
    ['<gov-account-directory audit care></gov-account-directory>', sizes.DIRECTORY * 20],
    ['<gov-account-directory style="--gov-loading-block-size: 40em"></gov-account-directory>', 40 * 16],
    ['<gov-ask-form></gov-ask-form>', askFormSkeleton() * 16],
    ['<gov-ask-form view="lookup"></gov-ask-form>', askFormSkeleton('lookup') * 16],
  ];
  // A host page with another root font size: the snippet sizes from the widget's font size, not the page's.
  const { page } = await open(
    browser,
    url,
    '<link rel="stylesheet" href="/dist/gov-widgets.css"><style>html{font-size:14px}body{font-size:13px;margin:0}body>*{inline-size:600px}</style>',
    cases.map(([html]) => html).join(''),
  );
  const heights = await page.evaluate(() => [...document.body.children].map((el) => el.getBoundingClientRect().height));
  cases.forEach(([html, expected], i) => assert.ok(Math.abs(heights[i] - expected) < 1, `${html}: ${heights[i]} px, expected ${expected}`));
});

/** The translation of a zh-Hans UI string (without placeholders), from xliff/. */
function translation(locale, source) {
  const found = [...read(`xliff/${locale}.xlf`).matchAll(/<source>([^<]*)<\/source>\s*<target>([^<]*)<\/target>/g)].find((m) => m[1] === source)?.[2];
  assert.ok(found, `${locale} has no translation of ${source}`);
  return found;
}

/** What a reader sees and hears in each widget: its shadow tree's text and accessible attributes, once loaded. */
async function renderedText(browser, url, script, tags, lang) {
  const body = tags.map((tag) => `<${tag} lang="${lang}" src="/data/disclosure.json"></${tag}><${tag} lang="${lang}"></${tag}>`).join('');
  const { page, errors } = await open(browser, url, script, body);
  const texts = await page.evaluate(async () => {
    const out = [];
    for (const el of document.body.children) {
      await customElements.whenDefined(el.localName);
      await el.loadComplete.catch(() => {});
      await el.updateComplete;
      const walk = (root) =>
        [...root.querySelectorAll('*')].flatMap((node) => [
          ...['aria-label', 'title', 'placeholder'].map((name) => node.getAttribute(name) ?? ''),
          ...[...node.childNodes].filter((child) => child.nodeType === 3).map((child) => child.data.trim()),
          ...(node.shadowRoot ? walk(node.shadowRoot) : []),
        ]);
      out.push(walk(el.shadowRoot).filter(Boolean).join('|'));
    }
    return out;
  });
  await page.close();
  assert.deepEqual(errors, []);
  return texts;
}

browserTest('every bundle speaks zh-Hant and English, the same words as the all-in-one and the classic build', async ({ browser, url }) => {
  if (!entries.includes('gov-widgets')) return;
  const all = tagsOf('gov-widgets').filter((tag) => widgets.includes(tag.slice(4)));
  const noSource = '页面没有指定数据来源。请联系网站管理员。';
  for (const lang of ['en', 'zh-Hant']) {
    const reference = await renderedText(browser, url, '<script type="module" src="/dist/gov-widgets.js"></script>', all, lang);
    const classic = await renderedText(browser, url, '<script src="/dist/gov-widgets.classic.js"></script>', all, lang);
    assert.deepEqual(classic, reference, `classic build, ${lang}`);
    // The element without a source shows the error message in the page's language.
    for (let i = 1; i < reference.length; i += 2) assert.match(reference[i], new RegExp(translation(lang, noSource).replace(/[.?()]/g, '\\$&')));
    for (const entry of entries.filter((e) => e !== 'gov-widgets')) {
      const tags = tagsOf(entry).filter((tag) => all.includes(tag));
      const texts = await renderedText(browser, url, `<script type="module" src="/dist/${entry}.js"></script>`, tags, lang);
      tags.forEach((tag, i) => {
        const at = all.indexOf(tag) * 2;
        assert.deepEqual(texts.slice(2 * i, 2 * i + 2), reference.slice(at, at + 2), `${entry}, <${tag} lang="${lang}">`);
      });
    }
  }
  // And English really is English: no zh-Hans UI string is left (unless the county's data says it too).
  const english = (await renderedText(browser, url, '<script type="module" src="/dist/gov-widgets.js"></script>', all, 'en')).join('|');
  const data = readdirSync('demo/data')
    .map((f) => read(join('demo/data', f)))
    .join('');
  for (const [, source] of read('xliff/en.xlf').matchAll(/<source>([^<]{4,})<\/source>/g)) {
    if (!data.includes(source)) assert.ok(!english.includes(source), `"${source}" is shown untranslated in English`);
  }
});

test('every shipped script and stylesheet is pure ASCII (GBK, GB2312 and Big5 pages decode them in their own encoding)', () => {
  assert.deepEqual(nonAsciiFiles('dist'), []);
  // The check sees a byte above 0x7F, in a bundle or anywhere else in dist/.
  const dir = mkdtempSync(join(tmpdir(), 'gov-ascii-'));
  try {
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'gov-widgets.js'), 'export const a = "ok";');
    writeFileSync(join(dir, 'chunks', 'x.js'), 'export const t = `政策`;');
    writeFileSync(join(dir, 'gov-widgets.css'), 'a{content:"\u00a0"}');
    assert.deepEqual(
      nonAsciiFiles(dir).map((f) => [f.file.slice(dir.length + 1), f.byte]),
      [
        ['chunks/x.js', 0xe6],
        ['gov-widgets.css', 0xc2],
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // The escape keeps the text: the same values once evaluated, and the same lines.
  const source = 'const s = `政策 ${1}\\n😀`; // 注释\nconst r = /[、。😀]/u; const o = "县\\"政府";';
  const escaped = escapeNonAscii(source);
  assert.match(escaped, /^[\x00-\x7f]*$/);
  assert.equal(escaped.split('\n').length, source.split('\n').length);
  const run = (code) => new Function(`${code}; return [s, r.test('😀'), r.test('。'), o];`)();
  assert.deepEqual(run(escaped), run(source));
  assert.deepEqual(run(escaped), ['政策 1\n😀', true, true, '县"政府']);
});
