// The npm package as `npm pack` would publish it (reads the dist/ that `npm test` built; builds nothing):
// - every relative link in a shipped Markdown file leads to a file in the package;
// - every `gov-widgets/...` specifier the shipped docs name resolves through `exports` to a shipped file;
// - no source map ships (they would point at sources the package does not hold);
// - each bundle and chunk that holds third-party code starts with a licence banner naming those packages, and
//   THIRD_PARTY_NOTICES.md ships with each of them, its version and its licence text.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (/** @type {string} */ file) => readFileSync(join(root, file), 'utf8');

/** @type {{ files: { path: string }[] }[]} */
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
const shipped = new Set(pack.files.map((f) => f.path));
const markdown = [...shipped].filter((path) => path.endsWith('.md'));

/** Text outside fenced code blocks and code spans: a link in code is an example, not a link. */
const prose = (/** @type {string} */ text) => text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

test('the package holds every file its Markdown links to', () => {
  assert.ok(shipped.has('README.md') && shipped.has('CHANGELOG.md') && shipped.has('LICENSE'));
  /** @type {string[]} */
  const broken = [];
  for (const file of markdown) {
    for (const [, target = ''] of prose(read(file)).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      if (/^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith('#')) continue;
      const path = normalize(join(dirname(file), decodeURIComponent(target.replace(/#.*$/, '')))).replace(/\/$/, '');
      if (!shipped.has(path) && ![...shipped].some((f) => f.startsWith(`${path}/`))) broken.push(`${file} -> ${target}`);
    }
  }
  assert.deepEqual(broken, []);
});

test('every gov-widgets/... specifier in the shipped docs resolves through exports to a shipped file', () => {
  const widgets = ['policy-feed', 'account-directory', 'ask-form'];
  /** @type {Set<string>} */
  const specifiers = new Set(['gov-widgets']);
  for (const file of markdown) {
    // Not a URL path (`/assets/gov-widgets/...`) nor a file path (`node_modules/gov-widgets/...`).
    for (const [specifier = ''] of read(file).matchAll(/(?<![\w/.@-])gov-widgets\/[\w.<>/-]*[\w>]/g)) {
      for (const widget of widgets) specifiers.add(specifier.replace('<widget>', widget));
    }
  }
  assert.ok(specifiers.has('gov-widgets/contract') && specifiers.has('gov-widgets/bundles/gov-widgets.js'), [...specifiers].join(' '));
  /** @type {string[]} */
  const unresolved = [];
  for (const specifier of specifiers) {
    let path = '';
    try {
      path = relative(root, fileURLToPath(import.meta.resolve(specifier)));
    } catch (error) {
      unresolved.push(`${specifier}: ${String(error)}`);
      continue;
    }
    if (!shipped.has(path)) unresolved.push(`${specifier} -> ${path}, not in the package`);
  }
  assert.deepEqual(unresolved, []);
});

test('every target in exports is a shipped file', () => {
  /** @type {{ exports: Record<string, string | Record<string, string>> }} */
  const { exports } = JSON.parse(read('package.json'));
  const targets = Object.values(exports).flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value)));
  const missing = targets.filter((target) => {
    const path = normalize(target);
    return path.includes('*') ? ![...shipped].some((f) => new RegExp(`^${path.replace(/[.]/g, '\\.').replace('*', '.+')}$`).test(f)) : !shipped.has(path);
  });
  assert.deepEqual(missing, []);
});

test('no source map ships', () => {
  assert.deepEqual(
    [...shipped].filter((path) => path.endsWith('.map')),
    [],
  );
  const pointing = [...shipped].filter((path) => /\.(m?js|css)$/.test(path) && /[#@] sourceMappingURL=/.test(read(path)));
  assert.deepEqual(pointing, [], 'a shipped file names a map the package does not hold');
});

/** The third-party packages in a built file, from its (unshipped) source map: name -> version. */
function packagesFromMap(/** @type {string} */ file) {
  /** @type {Map<string, string>} */
  const found = new Map();
  /** @type {{ sources: string[] }} */
  const map = JSON.parse(read(`${file}.map`));
  for (const source of map.sources) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1];
    if (!name) continue;
    const dir = join(dirname(join(root, file)), source.slice(0, source.lastIndexOf(`node_modules/${name}/`)), 'node_modules', name);
    found.set(name, JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version);
  }
  return found;
}

test('bundles with third-party code carry a licence banner, and THIRD_PARTY_NOTICES.md lists each package', () => {
  assert.ok(shipped.has('dist/THIRD_PARTY_NOTICES.md'), 'dist/THIRD_PARTY_NOTICES.md is in the package');
  const notices = read('dist/THIRD_PARTY_NOTICES.md');
  const bundles = [...shipped].filter((path) => /^dist\/(chunks\/)?[^/]+\.js$/.test(path));
  assert.ok(bundles.length > 10);
  /** @type {Map<string, string>} */
  const all = new Map();
  /** @type {string[]} */
  const problems = [];
  for (const file of bundles) {
    assert.ok(existsSync(join(root, `${file}.map`)), `${file}.map is built (not shipped): run npm run build`);
    const packages = packagesFromMap(file);
    const banner = /^\/\*! gov-widgets includes (.*?) \*\/\n/.exec(read(file))?.[1];
    if (packages.size === 0) {
      if (banner) problems.push(`${file}: a banner but no third-party code`);
      continue;
    }
    if (!banner) problems.push(`${file}: third-party code (${[...packages.keys()].join(', ')}) but no licence banner`);
    else if (!banner.endsWith('Notices: THIRD_PARTY_NOTICES.md')) problems.push(`${file}: the banner does not name the notice file`);
    for (const [name, version] of packages) {
      all.set(name, version);
      if (banner && !new RegExp(`(^| |, )${name.replace(/[.]/g, '\\.')}( \\(|,)`).test(banner)) problems.push(`${file}: the banner does not name ${name}`);
    }
  }
  assert.deepEqual(problems, []);
  for (const name of ['lit-html', '@lit/reactive-element', 'lit-element', '@lit/localize', 'uqr', '@rgrove/parse-xml']) {
    assert.ok(all.has(name), `${name} is bundled somewhere (the check above would be empty otherwise)`);
  }
  // The validator page inlines the classic build and its own script (Ajv's standalone validators need Ajv's helpers).
  const page = read('dist/validate.html');
  const pageNames = [...page.matchAll(/\/\*! gov-widgets includes (.*?)\. Notices: THIRD_PARTY_NOTICES\.md \*\//g)].flatMap(([, list = '']) =>
    list.split('; ').flatMap((group) => group.replace(/ \([^)]*\)$/, '').split(', ')),
  );
  assert.ok(pageNames.includes('lit-html') && pageNames.some((name) => name.startsWith('ajv')), pageNames.join(' '));
  for (const name of pageNames) {
    const version = /** @type {string} */ (JSON.parse(read(join('node_modules', name, 'package.json'))).version);
    all.set(name, all.get(name) ?? version);
  }
  for (const [name, version] of all) {
    const section = new RegExp(
      `^## ${name.replace(/[.]/g, '\\.')} ${version.replace(/[.]/g, '\\.')}\\n\\nLicence: (\\S+)\\n\\n\`\`\`text\\n([\\s\\S]*?)\\n\`\`\``,
      'm',
    ).exec(notices);
    assert.ok(section, `THIRD_PARTY_NOTICES.md has a section for ${name} ${version}`);
    assert.ok((section[2] ?? '').length > 100, `${name}: the licence text itself`);
  }
  assert.match(notices, /## lit-html [\d.]+\n\nLicence: BSD-3-Clause\n\n```text\nBSD 3-Clause License/);
});
