// @ts-check
// A Rollup plugin that writes dist/bundles.json: the chunk graph of every script bundle, as Rollup built it, so
// that what a page fetches is read from the build rather than guessed (scripts/check-size.mjs counts it,
// test/bundles/fetched.test.ts checks it in a browser). For each entry file:
//
//   "gov-ask-form.js": {
//     "imports": [],                        every chunk the entry imports statically, directly or through another
//                                           chunk: fetched with the entry, on every first visit
//     "dynamicImports": ["chunks/lookup-….js", …]   every other chunk it may fetch later: what it import()s (a view,
//                                           a language, the QR encoder) and what those import; not on a first visit
//     "chunks": { "chunks/lookup-….js": { "name": "lookup", "imports": [], "dynamicImports": [] }, … }
//   }                                       each chunk of that build with its own direct imports (file names
//                                           relative to dist/)
//
// Every entry is its own Rollup build (rollup.config.mjs); the plugin instances share one graph and each build
// rewrites the file with everything known so far, so the last build leaves the whole graph.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {{ name: string, imports: string[], dynamicImports: string[] }} ChunkNode */
/** @typedef {{ imports: string[], dynamicImports: string[], chunks: Record<string, ChunkNode> }} EntryGraph */

/** @type {Record<string, EntryGraph>} */
const graph = {};

/**
 * The chunks reachable from `start` by static imports (without `start`), and the dynamic imports met on the way.
 * @param {string} start
 * @param {Record<string, ChunkNode>} chunks
 */
export function reach(start, chunks) {
  /** @type {Set<string>} */
  const fetched = new Set();
  /** @type {Set<string>} */
  const dynamic = new Set();
  /** @param {string} file */
  const visit = (file) => {
    const node = chunks[file];
    if (!node) return;
    for (const imported of node.imports) {
      if (fetched.has(imported) || imported === start) continue;
      fetched.add(imported);
      visit(imported);
    }
    for (const imported of node.dynamicImports) dynamic.add(imported);
  };
  visit(start);
  // And what those chunks import in turn, statically or not: all of it is fetched only on demand.
  const queue = [...dynamic];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const next of [...(chunks[file]?.imports ?? []), ...(chunks[file]?.dynamicImports ?? [])]) {
      if (!dynamic.has(next)) {
        dynamic.add(next);
        queue.push(next);
      }
    }
  }
  return { imports: [...fetched].sort(), dynamicImports: [...dynamic].filter((f) => !fetched.has(f) && f !== start).sort() };
}

/** @returns {import('rollup').Plugin} */
export default function bundleManifest() {
  return {
    name: 'gov-bundle-manifest',
    writeBundle(options, bundle) {
      const dir = options.dir ?? (options.file ? join(options.file, '..') : 'dist');
      /** @type {Record<string, ChunkNode>} */
      const chunks = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[output.fileName] = { name: output.name, imports: [...output.imports].sort(), dynamicImports: [...output.dynamicImports].sort() };
      }
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.isEntry) continue;
        const own = Object.fromEntries(Object.entries(chunks).filter(([file]) => file !== output.fileName));
        graph[output.fileName] = { ...reach(output.fileName, chunks), chunks: own };
      }
      mkdirSync(dir, { recursive: true });
      const sorted = Object.fromEntries(Object.entries(graph).sort(([a], [b]) => a.localeCompare(b)));
      writeFileSync(join(dir, 'bundles.json'), `${JSON.stringify(sorted, null, 2)}\n`);
    },
  };
}
