// Checks on the source tree that keep promises of the embedding API honest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { VERSION } from '../../dist/npm/version.js';

const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(`${dir}/${n}`).isDirectory() ? walk(`${dir}/${n}`) : [`${dir}/${n}`]));
const sources = walk('src').filter((f) => f.endsWith('.ts') && !f.startsWith('src/generated/'));
const read = (f) => readFileSync(f, 'utf8');

/** The public CSS custom properties of CONTRACT.md §5. */
const TOKENS = [
  '--gov-color-primary',
  '--gov-color-text',
  '--gov-color-muted',
  '--gov-color-surface',
  '--gov-color-border',
  '--gov-color-danger',
  '--gov-font-family',
  '--gov-font-size',
  '--gov-radius',
  '--gov-space',
];

/** Properties of ours beyond the contract's (an extension: optional, documented like the rest). */
const EXTENSIONS = ['--gov-loading-block-size'];

test('the version in code is the version of the package', () => {
  assert.equal(VERSION, JSON.parse(read('package.json')).version);
});

test('no rem units in the source (host pages change the root font size)', () => {
  assert.deepEqual(sources.filter((f) => /\d(\.\d+)?rem\b/.test(read(f))), []);
});

test('every --gov-* property used is a documented token, and every token is used and documented', () => {
  const used = new Set();
  const documented = new Set();
  for (const file of sources) {
    const text = read(file);
    for (const [, name] of text.matchAll(/var\(\s*(--gov-[a-z-]+)/g)) used.add(name);
    for (const [, name] of text.matchAll(/@cssproperty\s+(--gov-[a-z-]+)/g)) documented.add(name);
  }
  const all = [...TOKENS, ...EXTENSIONS];
  assert.deepEqual([...used].filter((t) => !all.includes(t)), [], 'used but not a contract token or a listed extension');
  assert.deepEqual(all.filter((t) => !used.has(t)), [], 'token never used');
  assert.deepEqual(all.filter((t) => !documented.has(t)), [], 'token without @cssproperty');
});

test('no HTML injection sinks or eval in the source', () => {
  const sink = /unsafeHTML|unsafeSVG|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/;
  assert.deepEqual(sources.filter((f) => sink.test(read(f))), []);
});

test('generated locale modules hold text, not XML escapes', () => {
  for (const locale of ['en', 'zh-Hant']) {
    const code = read(`src/generated/locales/${locale}.ts`);
    assert.doesNotMatch(code, /&(amp|lt|gt|quot|apos);/, `${locale}.ts`);
  }
});

test('no module configures @lit/localize, and every msg() is the widgets\' own (a host app configures it once per page)', () => {
  // @lit/localize's configuration is once per page: a widget module that configured it at load time would make
  // the app's own configureLocalization() throw. Its page-wide msg() would answer in the app's catalog.
  assert.deepEqual(sources.filter((f) => /\bconfigure(Reentrant|Transform)?Localization\s*\(/.test(read(f))), []);
  assert.deepEqual(sources.filter((f) => /import\s*\{[^}]*\bmsg\b[^}]*\}\s*from\s*'@lit\/localize'/.test(read(f))), []);
});
