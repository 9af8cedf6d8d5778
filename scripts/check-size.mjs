#!/usr/bin/env node
// @ts-check
// Byte sizes of the script bundles, checked by `npm test` after the build: brotli (quality 11, node:zlib)
// of each file in dist/. Two numbers per bundle:
// - the budget of issue 6 (all-in-one ≤ 30 KB, each single widget ≤ 15 KB): reported, OVER when exceeded;
// - the ceiling in scripts/size-limits.json: what the bundles weigh today plus a little room. Exceeding it
//   fails `npm test`, so bytes only go down; lower the ceiling whenever a change makes a bundle smaller.
// Bundles that do not exist (yet) are skipped and named. Lazy chunks (dist/chunks/) are reported apart.
//   node scripts/check-size.mjs [dist]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** 1 KB = 1024 bytes here. */
export const KB = 1024;
export const ALL_IN_ONE = 'gov-widgets.js';
export const WIDGETS = ['gov-policy-feed.js', 'gov-account-directory.js', 'gov-ask-form.js'];
export const BUDGETS = {
  /** The all-in-one (aim: 20 KB). */
  allInOne: 30 * KB,
  /** Each single-widget bundle (aim: 12 KB). */
  single: 15 * KB,
};

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
 * Ceilings that fail the build: bytes brotli per bundle file name.
 * @type {Record<string, number | undefined>}
 */
export const LIMITS = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'size-limits.json'), 'utf8'));

/**
 * The budget of a top-level bundle, or undefined when it has none (the classic build is reported only).
 * @param {string} name
 */
export function budgetOf(name) {
  if (name === ALL_IN_ONE) return BUDGETS.allInOne;
  if (name.endsWith('.classic.js')) return undefined;
  return BUDGETS.single;
}

/** @param {number} n */
const kb = (n) => (n / KB).toFixed(2);

/**
 * One file of dist/ measured: its sizes, the issue 6 budget (none for the classic build and lazy chunks) and the
 * ceiling of scripts/size-limits.json (none for a file it does not name).
 * @typedef {{ name: string, min: number, gzip: number, brotli: number, budget: number | undefined, lazy?: boolean, limit?: number | undefined }} SizeRow
 */

/**
 * @typedef {object} SizeReport
 * @property {SizeRow[]} rows every bundle and lazy chunk
 * @property {string[]} missing the bundles that were expected but not built
 * @property {SizeRow[]} over the bundles over their budget
 * @property {SizeRow[]} [aboveLimit] the files above their ceiling
 */

/**
 * @param {string} [dist]
 * @returns {SizeReport & { aboveLimit: SizeRow[] }}
 */
export function checkSizes(dist = 'dist') {
  /** @type {SizeRow[]} */
  const rows = [];
  const files = existsSync(dist)
    ? readdirSync(dist)
        .filter((f) => f.endsWith('.js'))
        .sort()
    : [];
  for (const name of files) rows.push({ name, ...measure(join(dist, name)), budget: budgetOf(name) });
  const chunkDir = join(dist, 'chunks');
  const chunks = existsSync(chunkDir)
    ? readdirSync(chunkDir)
        .filter((f) => f.endsWith('.js'))
        .sort()
    : [];
  for (const name of chunks) rows.push({ name: `chunks/${name}`, ...measure(join(chunkDir, name)), budget: undefined, lazy: true });
  const missing = [ALL_IN_ONE, ...WIDGETS].filter((name) => !files.includes(name));
  // Lazy chunks carry a content hash in their name (chunks/uqr-S7GbBFC_.js): their ceiling is by name.
  for (const row of rows) row.limit = LIMITS[row.lazy ? row.name.replace(/-[\w-]{8}\.js$/, '.js') : row.name];
  const over = rows.filter((row) => row.budget !== undefined && row.brotli > row.budget);
  const aboveLimit = rows.filter((row) => row.limit !== undefined && row.brotli > row.limit);
  return { rows, missing, over, aboveLimit };
}

/** @param {SizeReport} report */
export function printSizes({ rows, missing, over, aboveLimit = [] }) {
  const header = ['bundle', 'min KB', 'gzip KB', 'brotli KB', 'budget KB', '', 'ceiling KB'];
  const lines = rows.map((r) => [
    r.name,
    kb(r.min),
    kb(r.gzip),
    kb(r.brotli),
    r.budget === undefined ? (r.lazy ? 'lazy' : '-') : kb(r.budget),
    r.budget === undefined ? '' : r.brotli > r.budget ? 'OVER' : 'ok',
    r.limit === undefined ? '-' : kb(r.limit),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  /** @param {string[]} cells */
  const fmt = (cells) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(`\nBundle sizes (brotli q11; 1 KB = ${KB} bytes):`);
  console.log(fmt(header));
  for (const line of lines) console.log(fmt(line));
  for (const name of missing) console.log(`skipped: dist/${name} does not exist (no src/bundles/${name.replace(/\.js$/, '.ts')} yet)`);
  for (const r of over) {
    if (r.budget === undefined) continue;
    console.log(`over the issue 6 budget: dist/${r.name} is ${kb(r.brotli)} KB brotli, the budget is ${kb(r.budget)} KB (${r.brotli - r.budget} bytes over)`);
  }
  for (const r of aboveLimit) {
    if (r.limit === undefined) continue;
    console.error(`ABOVE CEILING: dist/${r.name} is ${kb(r.brotli)} KB brotli, scripts/size-limits.json allows ${kb(r.limit)} KB`);
  }
}

if (import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const result = checkSizes(process.argv[2] ?? 'dist');
  printSizes(result);
  if (result.aboveLimit.length > 0) process.exit(1);
}
