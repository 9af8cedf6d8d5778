// scripts/i18n-fill.mjs: filling XLIFF targets from a table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillXliff } from '../../scripts/i18n-fill.mjs';

const unit = (id, source, target) => `<trans-unit id="${id}">\n  <source>${source}</source>\n${target === undefined ? '' : `  <target>${target}</target>\n`}</trans-unit>\n`;

test('an untranslated unit after a translated one is filled on its own (the lazy match once swallowed both)', () => {
  const xml = unit('a', '正在加载…', 'Loading…') + unit('b', '提问');
  const { xml: out, missing } = fillXliff(xml, { 提问: { en: 'Ask' } }, 'en');
  assert.deepEqual(missing, []);
  assert.equal(out, unit('a', '正在加载…', 'Loading…') + unit('b', '提问', 'Ask'));
});

test('placeholders and escapes survive, and what has no translation is listed', () => {
  const xml = unit('c', '第 <x id="0" equiv-text="${n}"/> 页') + unit('d', 'A &amp; B');
  const { xml: out, missing } = fillXliff(xml, { '第 {0} 页': { en: 'Page {0} <of>' } }, 'en');
  assert.match(out, /<target>Page <x id="0" equiv-text="\$\{n\}"\/> &lt;of&gt;<\/target>/);
  assert.deepEqual(missing, [{ id: 'd', source: 'A & B' }]);
});
