#!/usr/bin/env node
// UI strings: zh-Hans in the code (msg()), zh-Hant and en in xliff/*.xlf, generated into src/generated/.
//
//   node scripts/i18n.mjs                 extract, list units without a translation, build the locale modules
//   node scripts/i18n.mjs --fill t.json   also fill missing targets from t.json before building:
//                                         { "<source with {0} for placeholders>": { "en": "…", "zh-Hant": "…" } }
//   node scripts/i18n.mjs --check         exit 1 if any unit lacks a translation (used by npm test)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const LOCALES = ['en', 'zh-Hant'];
const args = process.argv.slice(2);
const check = args.includes('--check');
const fillIndex = args.indexOf('--fill');
const fill = fillIndex >= 0 ? JSON.parse(readFileSync(args[fillIndex + 1], 'utf8')) : {};

const run = (cmd) => execFileSync('npx', ['lit-localize', cmd], { stdio: ['ignore', 'pipe', 'inherit'] });
run('extract');

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let missing = 0;
for (const locale of LOCALES) {
  const file = `xliff/${locale}.xlf`;
  let xml = readFileSync(file, 'utf8');
  xml = xml.replace(/<trans-unit id="([^"]+)">\n  <source>((?:(?!<\/source>)[\s\S])*)<\/source>\n(?!  <target>)/g, (unit, id, source) => {
    const placeholders = [];
    const key = source
      .replace(/<x id="(\d+)"[^>]*\/>/g, (x, n) => {
        placeholders[n] = x;
        return `{${n}}`;
      })
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const text = fill[key]?.[locale];
    if (text === undefined) {
      missing++;
      console.log(`${locale}: no translation for ${id}: ${key}`);
      return unit;
    }
    const target = escape(text).replace(/\{(\d+)\}/g, (m, n) => placeholders[n] ?? m);
    return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>\n`;
  });
  writeFileSync(file, xml);
}
if (check && missing > 0) {
  console.error(`${missing} UI string(s) have no translation: run node scripts/i18n.mjs and fill xliff/*.xlf`);
  process.exit(1);
}
run('build');

// lit-localize 0.8 copies XML escapes of plain targets into the generated modules ("Q&amp;A" would show as
// such): decode them, once, in the strings it wrote.
const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
for (const locale of LOCALES) {
  const file = `src/generated/locales/${locale}.ts`;
  const code = readFileSync(file, 'utf8');
  const decoded = code.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity]);
  if (decoded !== code) writeFileSync(file, decoded);
}
