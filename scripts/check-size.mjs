#!/usr/bin/env node
// @ts-check
// Bytes of the script bundles, checked by `npm test` after the build. Two checks:
//
// 1. Pages (issue 12): what a page with one bundle fetches on its first visit, brotli q11 and gzip -9, each file
//    compressed on its own as a server sends it. A zh-Hans page fetches the entry and every chunk the entry imports
//    statically (Rollup may split shared code into one), never the chunks loaded on demand (secondary views,
//    reading aloud, the QR encoder, other languages); the chunk graph is dist/bundles.json, written by the build
//    (scripts/bundle-manifest.mjs). An English page fetches the en chunk too, where there is one: printed beside.
//    Budgets (brotli, zh-Hans page): all-in-one 38 KB, feed 20 KB, directory 22 KB, form 24 KB; aims 34/18/20/21.
//    Over a budget fails only with --budgets (or GOV_SIZE_BUDGETS=1) until the bundles meet them: the output says
//    "not yet enforced" and how far each page is from its budget.
// 2. Files: the ceiling of each file in scripts/size-limits.json (what it weighs today plus a little room, lazy
//    chunks by name without their hash). Above it fails `npm test` always, so bytes only go down; lower a ceiling
//    to the measured brotli bytes + 64 whenever a change makes a file smaller.
//
//   node scripts/check-size.mjs [dist] [--budgets]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** 1 KB = 1024 bytes here. */
export const KB = 1024;
export const ALL_IN_ONE = 'gov-widgets.js';
export const WIDGETS = ['gov-policy-feed.js', 'gov-account-directory.js', 'gov-ask-form.js'];

/** Brotli bytes of a zh-Hans page's first visit with each bundle: fail above `budget`, aim for `aim` (issue 12). */
export const PAGE_BUDGETS = {
  [ALL_IN_ONE]: { budget: 38 * KB, aim: 34 * KB },
  'gov-policy-feed.js': { budget: 20 * KB, aim: 18 * KB },
  'gov-account-directory.js': { budget: 22 * KB, aim: 20 * KB },
  'gov-ask-form.js': { budget: 24 * KB, aim: 21 * KB },
};

/** The language whose chunk an English page fetches besides the zh-Hans first visit. */
const EN_CHUNK = /^en$/;

/** @param {Uint8Array} bytes */
export const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
/** @param {Uint8Array} bytes */
export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Sizes of one file: minified bytes, gzip -9, brotli q11.
 * @param {string} file
 */
export function measure(file) {
  const bytes = readFileSync(file);
  return { min: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) };
}

/**
 * Ceilings that fail the build: bytes brotli per file name (lazy chunks without their hash).
 * @type {Record<string, number | undefined>}
 */
export const LIMITS = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'size-limits.json'), 'utf8'));

/**
 * The page budget of a bundle (brotli bytes of a zh-Hans first visit), or undefined when it has none (the classic
 * build is reported only).
 * @param {string} name
 */
export function budgetOf(name) {
  return Object.hasOwn(PAGE_BUDGETS, name) ? PAGE_BUDGETS[/** @type {keyof typeof PAGE_BUDGETS} */ (name)].budget : undefined;
}

/** The name a ceiling goes by: a chunk's file name without its content hash (chunks/uqr-S7GbBFC_.js → chunks/uqr.js). */
/** @param {string} file */
export const ceilingName = (file) => (file.startsWith('chunks/') ? file.replace(/-[\w-]{8}\.js$/, '.js') : file);

/** @param {number} n */
const kb = (n) => (n / KB).toFixed(2);

/** @typedef {{ name: string, min: number, gzip: number, brotli: number, lazy: boolean, limit: number | undefined }} FileRow */
/** @typedef {{ imports: string[], dynamicImports: string[], chunks: Record<string, { name: string, imports: string[], dynamicImports: string[] }> }} EntryGraph */
/**
 * One bundle's page: the files of a zh-Hans first visit, their sum, and the English page's.
 * @typedef {{ bundle: string, files: string[], brotli: number, gzip: number, en: { files: string[], brotli: number, gzip: number } | undefined, budget: number | undefined, aim: number | undefined, lazy: string[] }} PageRow
 */

/**
 * The chunk graph of the build (scripts/bundle-manifest.mjs), or undefined when dist/ has none.
 * @param {string} dist
 * @returns {Record<string, EntryGraph> | undefined}
 */
export function readGraph(dist = 'dist') {
  const file = join(dist, 'bundles.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/**
 * What a zh-Hans page's first visit with `bundle` fetches (the entry and its static imports), and what an English
 * page fetches (that, plus the en chunk and its static imports, when the bundle has one).
 * @param {string} bundle
 * @param {EntryGraph} graph
 */
export function pageFiles(bundle, graph) {
  const zhHans = [bundle, ...graph.imports];
  const en = graph.dynamicImports.find((file) => EN_CHUNK.test(graph.chunks[file]?.name ?? ''));
  if (en === undefined) return { zhHans, en: undefined, lazy: graph.dynamicImports };
  /** @type {Set<string>} */
  const withEn = new Set(zhHans);
  const queue = [en];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (withEn.has(file)) continue;
    withEn.add(file);
    queue.push(...(graph.chunks[file]?.imports ?? []));
  }
  return { zhHans, en: [...withEn], lazy: graph.dynamicImports };
}

/**
 * @param {string} [dist]
 */
export function checkSizes(dist = 'dist') {
  /** @type {FileRow[]} */
  const files = [];
  /** @param {string} dir */
  const js = (dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.js'))
          .sort()
      : [];
  for (const name of js(dist)) files.push({ name, ...measure(join(dist, name)), lazy: false, limit: LIMITS[name] });
  for (const chunk of js(join(dist, 'chunks'))) {
    const name = `chunks/${chunk}`;
    files.push({ name, ...measure(join(dist, name)), lazy: true, limit: LIMITS[ceilingName(name)] });
  }
  const byName = new Map(files.map((f) => [f.name, f]));
  /** @param {string[]} names */
  const sum = (names) => ({
    brotli: names.reduce((n, f) => n + (byName.get(f)?.brotli ?? 0), 0),
    gzip: names.reduce((n, f) => n + (byName.get(f)?.gzip ?? 0), 0),
  });
  const graph = readGraph(dist);
  const missing = [ALL_IN_ONE, ...WIDGETS].filter((name) => !byName.has(name));
  /** @type {PageRow[]} */
  const pages = [];
  /** @type {string[]} */
  const problems = [];
  if (files.length > 0 && graph === undefined)
    problems.push(`${join(dist, 'bundles.json')} is missing: build again (npm run build) to count what a page fetches`);
  for (const bundle of [ALL_IN_ONE, ...WIDGETS, ...files.filter((f) => f.name.endsWith('.classic.js')).map((f) => f.name)]) {
    if (!byName.has(bundle) || graph === undefined) continue;
    const entry = graph[bundle];
    if (!entry) {
      problems.push(`${join(dist, 'bundles.json')} does not list ${bundle}: build again`);
      continue;
    }
    const { zhHans, en, lazy } = pageFiles(bundle, entry);
    for (const file of [...zhHans, ...(en ?? []), ...lazy]) {
      if (!byName.has(file)) problems.push(`${bundle} names ${file}, which is not in ${dist}/`);
    }
    const limits = Object.hasOwn(PAGE_BUDGETS, bundle) ? PAGE_BUDGETS[/** @type {keyof typeof PAGE_BUDGETS} */ (bundle)] : undefined;
    pages.push({
      bundle,
      files: zhHans,
      ...sum(zhHans),
      en: en ? { files: en, ...sum(en) } : undefined,
      budget: limits?.budget,
      aim: limits?.aim,
      lazy,
    });
  }
  const overBudget = pages.filter((p) => p.budget !== undefined && p.brotli > p.budget);
  const aboveLimit = files.filter((f) => f.limit !== undefined && f.brotli > f.limit);
  return { files, pages, missing, problems, overBudget, aboveLimit };
}

/**
 * @param {ReturnType<typeof checkSizes>} report
 * @param {boolean} enforce whether a page over its budget fails
 */
export function printSizes({ files, pages, missing, problems, overBudget, aboveLimit }, enforce) {
  /**
   * @param {string[]} header
   * @param {string[][]} lines
   */
  const table = (header, lines) => {
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
    /** @param {string[]} cells */
    const fmt = (cells) =>
      cells
        .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
        .join('  ')
        .trimEnd();
    console.log(fmt(header));
    for (const line of lines) console.log(fmt(line));
  };
  console.log(`\nFirst visit of a page with one bundle (what it fetches; brotli q11 / gzip -9 per file, summed; 1 KB = ${KB} bytes):`);
  table(
    ['bundle', 'zh-Hans br', 'gzip', 'budget', 'aim', '', 'en page br', 'gzip', 'files (zh-Hans page)', 'on demand'],
    pages.map((p) => [
      p.bundle,
      kb(p.brotli),
      kb(p.gzip),
      p.budget === undefined ? '-' : kb(p.budget),
      p.aim === undefined ? '-' : kb(p.aim),
      p.budget === undefined ? '' : p.brotli > p.budget ? `OVER +${kb(p.brotli - p.budget)}` : p.aim !== undefined && p.brotli > p.aim ? 'ok' : 'ok, aim met',
      p.en ? kb(p.en.brotli) : 'same',
      p.en ? kb(p.en.gzip) : '',
      String(p.files.length),
      String(p.lazy.length),
    ]),
  );
  if (overBudget.length > 0 && !enforce) {
    console.log('Page budgets: NOT YET ENFORCED (npm run size -- --budgets, or GOV_SIZE_BUDGETS=1, makes them fail).');
  }
  for (const p of overBudget) {
    const line = `over budget: a zh-Hans page with dist/${p.bundle} fetches ${kb(p.brotli)} KB brotli, the budget is ${kb(p.budget ?? 0)} KB (${p.brotli - (p.budget ?? 0)} bytes over)`;
    if (enforce) console.error(`OVER BUDGET: ${line}`);
    else console.log(line);
  }

  console.log('\nFiles (brotli q11; ceilings from scripts/size-limits.json, chunks by name without their hash):');
  table(
    ['file', 'min KB', 'gzip KB', 'brotli KB', 'ceiling KB', ''],
    files.map((f) => [
      f.name,
      kb(f.min),
      kb(f.gzip),
      kb(f.brotli),
      f.limit === undefined ? '-' : kb(f.limit),
      f.limit === undefined ? (f.lazy ? 'on demand' : '') : f.brotli > f.limit ? 'ABOVE' : '',
    ]),
  );
  for (const name of missing) console.log(`skipped: dist/${name} does not exist (no src/bundles/${name.replace(/\.js$/, '.ts')} yet)`);
  for (const f of aboveLimit) {
    console.error(`ABOVE CEILING: dist/${f.name} is ${f.brotli} B brotli (${kb(f.brotli)} KB), scripts/size-limits.json allows ${f.limit} B`);
  }
  for (const problem of problems) console.error(`ERROR: ${problem}`);
}

if (import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const args = process.argv.slice(2);
  const enforce = args.includes('--budgets') || process.env.GOV_SIZE_BUDGETS === '1';
  const result = checkSizes(args.find((a) => !a.startsWith('--')) ?? 'dist');
  printSizes(result, enforce);
  if (result.aboveLimit.length > 0 || result.problems.length > 0 || (enforce && result.overBudget.length > 0)) process.exit(1);
}
