// @ts-check
// The npm modules' css`` literals through the same Lightning CSS minifier as the script bundles
// (scripts/css-literals.mjs), after tsc has emitted dist/npm/ (scripts/build.mjs). An application's bundler
// minifies our JavaScript but not the CSS inside Lit's css`` literals (Vite does not), so without this an app
// importing one widget from npm carried its style sheets as written, indentation and comments included
// (issue 12: about 1.7 KB brotli more than the CDN bundle for the feed). Each rewritten file's source map is
// the tsc map chained through the rewrite's map, so it still points into src/.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import remapping from '@jridgewell/remapping';
import { parseAst } from 'rollup/parseAst';
import { filesUnder } from './ascii.mjs';
import { minifyCssModule } from './css-literals.mjs';

/**
 * Minifies the css`` literals of every .js module under `dir` in place, with its `.js.map` beside it when there
 * is one; returns the files it changed. Throws, naming the file and line, on CSS Lightning CSS cannot minify.
 * @param {string} dir
 * @returns {string[]}
 */
export function minifyCssTree(dir) {
  /** @type {string[]} */
  const changed = [];
  for (const file of filesUnder(dir, ['.js'])) {
    const code = readFileSync(file, 'utf8');
    const out = minifyCssModule(code, (text) => parseAst(text), relative(process.cwd(), file));
    if (!out) continue;
    writeFileSync(file, out.code);
    changed.push(file);
    const mapFile = `${file}.map`;
    /** @type {import('@jridgewell/remapping').EncodedSourceMap | undefined} */
    let emitted;
    try {
      emitted = JSON.parse(readFileSync(mapFile, 'utf8'));
    } catch {
      continue; // no map to keep true
    }
    if (!emitted) continue;
    // The rewrite's map has one source, the module as tsc wrote it, whose own map leads to src/.
    const chained = remapping([out.map.toString(), emitted], () => null);
    chained.file = emitted.file;
    writeFileSync(mapFile, chained.toString());
  }
  return changed;
}
