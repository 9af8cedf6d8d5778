#!/usr/bin/env node
// UI strings: zh-Hans in the code (msg() with an explicit id), zh-Hant and en in xliff/*.xlf (committed), the
// locale modules in src/generated/ (built from them, never committed). lit-localize does the work; this script
// only runs it and reads what it wrote.
//
//   node scripts/i18n.mjs            extract: update xliff/ from the code (new units without a target, stale units
//                                    dropped), list what lacks a translation, then build src/generated/
//   node scripts/i18n.mjs --build    only build src/generated/ from xliff/ (every consumer runs this first:
//                                    npm run typecheck, test:browser, build, storybook, start, prepare)
//   node scripts/i18n.mjs --check    read-only: exit 1 if xliff/ is not what extract would write (a unit lacks a
//                                    translation, a unit is stale, a source text changed); writes nothing in the repo
//
// To translate: run `npm run i18n`, add a <target> to each new unit of xliff/en.xlf and xliff/zh-Hant.xlf, run it
// again. A <target> keeps its <x id="0" …/> placeholders (their order may change).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CONFIG = 'lit-localize.json';
const config = JSON.parse(readFileSync(CONFIG, 'utf8'));
const LOCALES = config.targetLocales;
const XLIFF_DIR = config.interchange.xliffDir;
const OUTPUT_DIR = config.output.outputDir;

const litLocalize = (command, configPath = CONFIG) =>
  execFileSync(process.execPath, [resolve('node_modules/@lit/localize-tools/bin/lit-localize.js'), command, `--config=${configPath}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });

/** Runs lit-localize, and on failure prints what it said and exits. */
function run(command, configPath) {
  try {
    return litLocalize(command, configPath);
  } catch (error) {
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    console.error(`lit-localize ${command} failed`);
    process.exit(1);
  }
}

/** The units of an XLIFF file: id → whether it has a target, and its source. */
function units(xml) {
  const found = new Map();
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    found.set(id, { translated: /<target>[\s\S]*?<\/target>/.test(body), source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '' });
  }
  return found;
}

/** The units lacking a translation, as "locale: id: source" lines. */
function untranslated(dir) {
  const lines = [];
  for (const locale of LOCALES) {
    for (const [id, unit] of units(readFileSync(join(dir, `${locale}.xlf`), 'utf8'))) {
      if (!unit.translated) lines.push(`${locale}: ${id}: ${unit.source.replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}')}`);
    }
  }
  return lines;
}

/** lit-localize build into src/generated/, then its XML escapes of plain targets decoded ("Q&amp;A" would show). */
function build() {
  run('build');
  const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
  for (const locale of LOCALES) {
    const file = join(OUTPUT_DIR, `${locale}.ts`);
    const code = readFileSync(file, 'utf8');
    const decoded = code.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity]);
    if (decoded !== code) writeFileSync(file, decoded);
  }
}

/** What `lit-localize extract` would write, in a temporary folder (the repo is not touched). */
function check() {
  const dir = mkdtempSync(join(tmpdir(), 'gov-i18n-'));
  try {
    for (const locale of LOCALES) copyFileSync(join(XLIFF_DIR, `${locale}.xlf`), join(dir, `${locale}.xlf`));
    const temporary = {
      ...config,
      tsConfig: resolve(config.tsConfig),
      output: { ...config.output, outputDir: join(dir, 'out') },
      interchange: { ...config.interchange, xliffDir: dir },
    };
    const configPath = join(dir, 'lit-localize.json');
    writeFileSync(configPath, JSON.stringify(temporary));
    run('extract', configPath);
    const problems = [];
    for (const locale of LOCALES) {
      const committed = readFileSync(join(XLIFF_DIR, `${locale}.xlf`), 'utf8');
      const extracted = readFileSync(join(dir, `${locale}.xlf`), 'utf8');
      if (committed === extracted) continue;
      const before = units(committed);
      const after = units(extracted);
      const added = [...after.keys()].filter((id) => !before.has(id));
      const stale = [...before.keys()].filter((id) => !after.has(id));
      const changed = [...after].filter(([id, unit]) => before.has(id) && before.get(id).source !== unit.source).map(([id]) => id);
      if (added.length > 0) problems.push(`${locale}: units not in xliff/ yet: ${added.join(', ')}`);
      if (stale.length > 0) problems.push(`${locale}: stale units (no msg() uses them): ${stale.join(', ')}`);
      if (changed.length > 0) problems.push(`${locale}: source text changed (check the translation): ${changed.join(', ')}`);
      if (added.length + stale.length + changed.length === 0) problems.push(`${locale}: xliff/${locale}.xlf differs from what lit-localize extract writes`);
    }
    const missing = untranslated(dir).map((line) => `no translation: ${line}`);
    return [...problems, ...missing];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args.includes('--check')) {
  const problems = check();
  if (problems.length > 0) {
    for (const line of problems) console.error(line);
    console.error(`\nxliff/ is out of date with the msg() calls in src/: run npm run i18n, translate every unit without a <target>, and commit xliff/.`);
    process.exit(1);
  }
  console.log(`xliff/: every msg() has a translation in ${LOCALES.join(', ')}.`);
} else if (args.includes('--build')) {
  build();
} else {
  run('extract');
  const missing = untranslated(XLIFF_DIR);
  for (const line of missing) console.log(`no translation: ${line}`);
  build();
  if (missing.length > 0) console.log(`\n${missing.length} unit(s) lack a translation: add a <target> to each in xliff/ and run npm run i18n again.`);
}
