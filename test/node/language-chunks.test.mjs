// The zh-Hant and English UI strings of each ES bundle are lazy chunks of its own (decision 0018), checked on
// dist/ after the build: each bundle imports one chunk per locale (chunks/<bundle>.<locale>-<hash>.js), the chunk
// imports nothing, and its table holds exactly the translations the bundle's code asks for (numbered 0 … n-1
// across the bundle and its other chunks by scripts/prune-messages.mjs), no more, no fewer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chunksOf } from '../../scripts/sri.mjs';

const bundles = existsSync('dist')
  ? readdirSync('dist')
      .filter((f) => f.endsWith('.js') && !f.endsWith('.classic.js'))
      .sort()
  : [];
const LANGUAGE = /^chunks\/([\w-]+)\.(en|zh-Hant)-[\w-]{8}\.js$/;

test(
  'each ES bundle loads its own zh-Hant and English chunk, holding exactly the translations it uses',
  { skip: bundles.length === 0 && 'no dist/ yet' },
  async () => {
    for (const bundle of bundles) {
      const chunks = chunksOf('dist', bundle);
      const languages = chunks.filter((c) => LANGUAGE.test(c));
      assert.deepEqual(
        languages.map((c) => LANGUAGE.exec(c).slice(1)),
        [
          [bundle.replace(/\.js$/, ''), 'en'],
          [bundle.replace(/\.js$/, ''), 'zh-Hant'],
        ],
        `${bundle}: its language chunks`,
      );
      // The message numbers the bundle and its other chunks ask for.
      const used = new Set();
      for (const file of [bundle, ...chunks.filter((c) => !LANGUAGE.test(c))]) {
        for (const [, n] of readFileSync(join('dist', file), 'utf8').matchAll(/\{id:(\d+)\}/g)) used.add(Number(n));
      }
      assert.ok(used.size > 10, `${bundle}: numbered msg() calls`);
      assert.deepEqual(
        [...used].sort((a, b) => a - b),
        [...Array(used.size).keys()],
        `${bundle}: messages numbered 0 … n-1`,
      );
      for (const chunk of languages) {
        const code = readFileSync(join('dist', chunk), 'utf8');
        assert.doesNotMatch(code, /\bimport\b/, `${chunk} imports nothing`);
        const { templates } = await import(pathToFileURL(resolve('dist', chunk)).href);
        assert.ok(Array.isArray(templates), `${chunk}: a numbered table`);
        assert.equal(templates.length, used.size, `${chunk}: one translation per message ${bundle} uses`);
        for (const entry of templates)
          assert.ok(typeof entry === 'string' || (entry.strTag === true && Array.isArray(entry.strings)), `${chunk}: ${JSON.stringify(entry)}`);
      }
    }
  },
);

test('the classic build keeps its catalogs inline: no chunk', { skip: !existsSync('dist/gov-widgets.classic.js') && 'no classic build' }, () => {
  const code = readFileSync('dist/gov-widgets.classic.js', 'utf8');
  assert.doesNotMatch(code, /chunks\//);
  assert.match(code, /"Try again"/);
});
