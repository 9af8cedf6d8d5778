#!/usr/bin/env node
// Byte budgets of the script bundles, checked by `npm test` after the build: brotli (quality 11, node:zlib)
// of each file in dist/. Prints a table; exits 1 with the files over budget. Bundles that do not exist (yet)
// are skipped and named. Lazy chunks (dist/chunks/) load only when needed and are reported apart.
//   node scripts/check-size.mjs [dist]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

export const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Sizes of one file: minified bytes, gzip -9, brotli q11. */
export function measure(file) {
  const bytes = readFileSync(file);
  return { min: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) };
}

/** The budget of a top-level bundle, or undefined when it has none (the classic build is reported only). */
export function budgetOf(name) {
  if (name === ALL_IN_ONE) return BUDGETS.allInOne;
  if (name.endsWith('.classic.js')) return undefined;
  return BUDGETS.single;
}

const kb = (n) => (n / KB).toFixed(2);

export function checkSizes(dist = 'dist') {
  const rows = [];
  const files = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith('.js')).sort() : [];
  for (const name of files) rows.push({ name, ...measure(join(dist, name)), budget: budgetOf(name) });
  const chunkDir = join(dist, 'chunks');
  const chunks = existsSync(chunkDir) ? readdirSync(chunkDir).filter((f) => f.endsWith('.js')).sort() : [];
  for (const name of chunks) rows.push({ name: `chunks/${name}`, ...measure(join(chunkDir, name)), budget: undefined, lazy: true });
  const missing = [ALL_IN_ONE, ...WIDGETS].filter((name) => !files.includes(name));
  const over = rows.filter((row) => row.budget !== undefined && row.brotli > row.budget);
  return { rows, missing, over };
}

export function printSizes({ rows, missing, over }) {
  const header = ['bundle', 'min KB', 'gzip KB', 'brotli KB', 'budget KB', ''];
  const lines = rows.map((r) => [
    r.name,
    kb(r.min),
    kb(r.gzip),
    kb(r.brotli),
    r.budget === undefined ? (r.lazy ? 'lazy' : '-') : kb(r.budget),
    r.budget === undefined ? '' : r.brotli > r.budget ? 'OVER' : 'ok',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  console.log(`\nBundle sizes (brotli q11; 1 KB = ${KB} bytes):`);
  console.log(fmt(header));
  for (const line of lines) console.log(fmt(line));
  for (const name of missing) console.log(`skipped: dist/${name} does not exist (no src/bundles/${name.replace(/\.js$/, '.ts')} yet)`);
  for (const r of over) {
    console.error(`OVER BUDGET: dist/${r.name} is ${kb(r.brotli)} KB brotli, its budget is ${kb(r.budget)} KB (${r.brotli - r.budget} bytes over)`);
  }
}

if (import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const result = checkSizes(process.argv[2] ?? 'dist');
  printSizes(result);
  if (result.over.length > 0) process.exit(1);
}
