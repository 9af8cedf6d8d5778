#!/usr/bin/env node
// @ts-check
// Subresource Integrity hashes (sha384) of the self-contained script bundles in dist/, written to
// dist/sri.json ({ "gov-widgets.js": "sha384-…", … }) and printed with the <script> tag to paste.
// The lazy chunks under dist/chunks/ are loaded by import() from a bundle, which takes no integrity
// attribute; their hashes are listed under "chunks" for reference.
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

/** @param {Record<string, unknown>} manifest the contents of sri.json */
export function printSri(manifest) {
  const names = Object.keys(manifest).filter((k) => k !== 'chunks');
  if (names.length === 0) return;
  console.log('\nSubresource Integrity (dist/sri.json):');
  for (const name of names) {
    const type = name.endsWith('.classic.js') ? '' : ' type="module"';
    console.log(`  <script${type} src="…/${name}" integrity="${manifest[name]}" crossorigin="anonymous"></script>`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printSri(writeSri(process.argv[2] ?? 'dist'));
