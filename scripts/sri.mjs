#!/usr/bin/env node
// @ts-check
// Subresource Integrity hashes (sha384) of the script bundles in dist/ and of their lazy chunks, written to
// dist/sri.json ({ "gov-widgets.js": "sha384-…", …, "chunks": { "chunks/gov-widgets.en-<hash>.js": "sha384-…", … } })
// and printed: the <script> tag of each bundle, and the import map that covers the chunks it loads.
//
// A bundle loads its chunks (the zh-Hant and English UI strings, the QR encoder) with import(), which takes no
// integrity attribute; an import map's "integrity" section gives the hash for a module URL, and the browser
// checks every fetch of that URL against it (decision 0018, docs/embedding.md). The keys are the chunks' URLs as
// the page will load them, so the printed map has "…/" where the integrator's path goes.
//   node scripts/sri.mjs [dist]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @param {Uint8Array} bytes */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The script bundles of a dist folder: top-level .js files (not the npm build, not the chunks). */
/** @param {string} [dist] */
export function bundleFiles(dist = 'dist') {
  if (!existsSync(dist)) return [];
  return readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .sort();
}

/**
 * The chunks a bundle (or a chunk) loads, as paths relative to dist/ (`chunks/gov-widgets.en-<hash>.js`), and
 * the chunks those load in turn.
 * @param {string} dist
 * @param {string} file a bundle's file name, or a chunk's path relative to dist/
 * @returns {string[]}
 */
export function chunksOf(dist, file) {
  const found = new Set();
  const visit = (/** @type {string} */ name) => {
    const code = readFileSync(join(dist, name), 'utf8');
    const dir = name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : '';
    for (const match of code.matchAll(/\bimport\(\s*["'](\.\/[^"']+\.js)["']\s*\)|\bfrom\s*["'](\.\/[^"']+\.js)["']/g)) {
      const path = `${dir}${(match[1] ?? match[2] ?? '').slice(2)}`;
      if (!found.has(path)) {
        found.add(path);
        visit(path);
      }
    }
  };
  visit(file);
  return [...found].sort();
}

/**
 * @param {string} [dist]
 * @returns {{ [bundle: string]: string | Record<string, string>, chunks: Record<string, string> }}
 */
export function writeSri(dist = 'dist') {
  const files = Object.fromEntries(bundleFiles(dist).map((f) => [f, sri(readFileSync(join(dist, f)))]));
  const chunkDir = join(dist, 'chunks');
  const chunks = existsSync(chunkDir)
    ? Object.fromEntries(
        readdirSync(chunkDir)
          .filter((f) => f.endsWith('.js'))
          .sort()
          .map((f) => [`chunks/${f}`, sri(readFileSync(join(chunkDir, f)))]),
      )
    : {};
  const manifest = { ...files, chunks };
  writeFileSync(join(dist, 'sri.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * The import map that gives the integrity of every chunk a bundle loads, for a page that loads the bundle from
 * `base` (the URL of dist/, ending in "/", as the page writes it or absolute).
 * @param {{ chunks: Record<string, string> }} manifest the contents of sri.json
 * @param {string} dist
 * @param {string} bundle
 * @param {string} base
 */
export function importMap(manifest, dist, bundle, base) {
  const integrity = Object.fromEntries(chunksOf(dist, bundle).map((chunk) => [`${base}${chunk}`, manifest.chunks[chunk] ?? '']));
  return { integrity };
}

/**
 * @param {Record<string, unknown>} manifest the contents of sri.json
 * @param {string} [dist]
 */
export function printSri(manifest, dist = 'dist') {
  const names = Object.keys(manifest).filter((k) => k !== 'chunks');
  if (names.length === 0) return;
  console.log('\nSubresource Integrity (dist/sri.json):');
  for (const name of names) {
    const type = name.endsWith('.classic.js') ? '' : ' type="module"';
    console.log(`  <script${type} src="…/${name}" integrity="${manifest[name]}" crossorigin="anonymous"></script>`);
  }
  // The chunks of each ES bundle (the classic build has none): the import map to put before its <script> tag.
  for (const name of names.filter((n) => !n.endsWith('.classic.js'))) {
    const map = importMap(/** @type {{ chunks: Record<string, string> }} */ (manifest), dist, name, '…/');
    if (Object.keys(map.integrity).length === 0) continue;
    console.log(`\nThe chunks ${name} loads, covered by an import map before its <script> tag:`);
    console.log(`  <script type="importmap">${JSON.stringify(map)}</script>`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2] ?? 'dist';
  printSri(writeSri(dist), dist);
}
