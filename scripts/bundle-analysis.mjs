#!/usr/bin/env node
// @ts-check
// Where the bytes of a script bundle come from, through its source map: every character of the minified file
// is attributed to the source file of the mapping segment it belongs to, then grouped (a package under
// node_modules, a folder or a file of src/, or each module by its path); a segment owns everything up to the
// next one, line ends included. For each group: the minified bytes it owns and its marginal
// brotli cost (the brotli size of the whole file minus that of the file with the group's characters taken out;
// the marginal costs do not add up to the total, since brotli shares context across groups).
//
//   node scripts/bundle-analysis.mjs dist/gov-policy-feed.js [--by file|folder|path] [--top N] [--merge REGEX]
//
// --merge counts every module whose path matches REGEX as one group (what would a lazy chunk of them save?).
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { brotli } from './check-size.mjs';

/** @type {Record<string, number>} */
const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/**
 * Decodes one base64 VLQ segment into its numbers.
 * @param {string} segment
 */
function vlq(segment) {
  /** @type {number[]} */
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64[c];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * [line][segments] of [generatedColumn, sourceIndex] (sourceIndex -1 for unmapped segments).
 * @param {string} mappings
 * @returns {[number, number][][]}
 */
function decode(mappings) {
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const [col, src] = vlq(segment);
        column += col;
        if (src === undefined) return [column, -1];
        source += src;
        return [column, source];
      });
  });
}

/**
 * The group a source belongs to: a package name, or a path under src/ (file or folder).
 * @param {string} path
 * @param {'file' | 'folder' | 'path'} by
 * @param {RegExp | undefined} merge
 */
function groupOf(path, by, merge) {
  if (merge?.test(path)) return `(${merge.source})`;
  if (by === 'path') return path.replace(/^.*node_modules\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
  if (pkg) return pkg;
  const inSrc = /(?:^|\/)src\/(.*)$/.exec(path)?.[1] ?? path;
  return by === 'folder' ? `src/${dirname(inSrc)}` : `src/${inSrc}`;
}

/**
 * @param {string} file a bundle with its source map beside it (`<file>.map`)
 * @param {{ by?: 'file' | 'folder' | 'path', merge?: RegExp | undefined }} [options]
 */
export function analyse(file, { by = 'file', merge } = {}) {
  const code = readFileSync(file, 'utf8');
  /** @type {{ sources: string[], sourceRoot?: string, mappings: string }} */
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const base = dirname(resolve(file));
  const sources = map.sources.map((s) => groupOf(relative(process.cwd(), resolve(base, map.sourceRoot ?? '', s)), by, merge));
  const owner = new Array(code.length).fill('(unmapped)');
  const lines = code.split('\n');
  const decoded = decode(map.mappings);
  // A segment runs to the next one, across line ends: the lines of a multi-line template literal (CSS, HTML)
  // have no segments of their own and belong to the literal's module.
  let offset = 0;
  let current = '(unmapped)';
  lines.forEach((line, i) => {
    const segments = decoded[i] ?? [];
    let column = 0;
    for (const [start, source] of segments) {
      for (let k = column; k < start; k++) owner[offset + k] = current;
      current = source < 0 ? '(unmapped)' : sources[source];
      column = start;
    }
    for (let k = column; k <= line.length; k++) owner[offset + k] = current;
    offset += line.length + 1;
  });
  const total = brotli(Buffer.from(code));
  const groups = new Map();
  for (let i = 0; i < code.length; i++) groups.set(owner[i], (groups.get(owner[i]) ?? 0) + 1);
  const rows = [...groups].map(([name, min]) => {
    let rest = '';
    for (let i = 0; i < code.length; i++) if (owner[i] !== name) rest += code[i];
    return { name, min, brotli: total - brotli(Buffer.from(rest)) };
  });
  rows.sort((a, b) => b.brotli - a.brotli);
  return { total, min: Buffer.byteLength(code), rows };
}

if (import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const args = process.argv.slice(2);
  /**
   * @param {string} name
   * @param {string} [fallback]
   */
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist/gov-widgets.js';
  const pattern = option('--merge');
  const merge = pattern === undefined ? undefined : new RegExp(pattern);
  const by = option('--by', 'file');
  if (by !== 'file' && by !== 'folder' && by !== 'path') {
    console.error(`--by ${by}: one of file, folder, path`);
    process.exit(2);
  }
  const { total, min, rows } = analyse(file, { by, merge });
  const top = Number(option('--top', String(rows.length)));
  console.log(`${file}: ${min} bytes minified, ${total} bytes brotli`);
  console.log(`${'group'.padEnd(52)} ${'min'.padStart(7)} ${'brotli Δ'.padStart(9)} ${'share'.padStart(6)}`);
  for (const r of rows.slice(0, top)) {
    console.log(`${r.name.padEnd(52)} ${String(r.min).padStart(7)} ${String(r.brotli).padStart(9)} ${((100 * r.brotli) / total).toFixed(1).padStart(5)}%`);
  }
}
