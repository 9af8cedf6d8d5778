// @ts-check
// The npm modules get the byte work the script bundles get (issue 12: "an app importing one widget pays for one
// widget"), after tsc has emitted dist/npm/ (scripts/build.mjs). An application's bundler minifies our JavaScript,
// but it neither minifies the CSS inside Lit's css`` literals nor shortens the readable message ids, and Vite
// does neither, so an app importing the feed from npm carried about 2 KB brotli more than the CDN bundle:
//
// - {@link minifyCssTree}: the css`` literals through the same Lightning CSS minifier as the bundles
//   (scripts/css-literals.mjs);
// - {@link numberMessagesTree}: every msg() id (`'feed.next-page'`) becomes one number, the same in every module
//   and in every locale table (`templates`), as scripts/prune-messages.mjs does per bundle; here across the whole
//   package, with every translation kept, since an app may import any module. The widgets' lookup
//   (src/core/i18n.ts) reads `templates[id]`, which is the same for a number. The sources, the tests and the XLIFF
//   keep the readable ids.
//
// dist/npm/ is built without source maps (tsconfig.build.json: the package does not ship src/ for them to point
// at), so a rewrite has no map to keep true.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import MagicString from 'magic-string';
import { parseAst } from 'rollup/parseAst';
import { filesUnder } from './ascii.mjs';
import { minifyCssModule } from './css-literals.mjs';
import { findMessages, findTables } from './prune-messages.mjs';

/** @param {string} file */
const named = (file) => relative(process.cwd(), file);

/**
 * Minifies the css`` literals of every .js module under `dir` in place; returns the files it changed. Throws,
 * naming the file and line, on CSS Lightning CSS cannot minify.
 * @param {string} dir
 * @returns {string[]}
 */
export function minifyCssTree(dir) {
  /** @type {string[]} */
  const changed = [];
  for (const file of filesUnder(dir, ['.js'])) {
    const out = minifyCssModule(readFileSync(file, 'utf8'), (text) => parseAst(text), named(file));
    if (!out) continue;
    writeFileSync(file, out.code);
    changed.push(file);
  }
  return changed;
}

/**
 * Numbers the msg() ids of every .js module under `dir`, in its calls and in its locale tables, in place; returns
 * the number of each id. Throws on a msg() call without a literal id, on an id no table translates, and on a
 * table key it cannot read.
 * @param {string} dir
 * @returns {Map<string, number>}
 */
export function numberMessagesTree(dir) {
  const modules = filesUnder(dir, ['.js']).map((file) => {
    const code = readFileSync(file, 'utf8');
    const ast = parseAst(code);
    const { calls, bad } = findMessages(ast);
    if (bad.length > 0) throw new Error(`${named(file)}: msg() without a literal id: ${code.slice(bad[0].start, bad[0].start + 80)}`);
    return { file, code, calls, tables: findTables(ast) };
  });
  /** @type {Set<string>} */
  const translated = new Set();
  for (const { tables } of modules) for (const table of tables) for (const id of table.entries.keys()) if (id !== undefined) translated.add(id);
  const number = new Map([...translated].sort().map((id, i) => [id, i]));
  for (const { file, calls } of modules) {
    for (const { id } of calls) {
      if (!number.has(id)) throw new Error(`${named(file)}: msg() id "${id}" has no translation: run npm run i18n and translate it in xliff/`);
    }
  }
  for (const { file, code, calls, tables } of modules) {
    if (calls.length === 0 && tables.length === 0) continue;
    const out = new MagicString(code);
    for (const { id, literal } of calls) out.overwrite(literal.start, literal.end, String(number.get(id)));
    for (const table of tables) {
      for (const property of table.node.properties) {
        const key = property.type === 'Property' && !property.computed ? property.key : undefined;
        const id = key?.type === 'Identifier' ? key.name : key?.type === 'Literal' ? key.value : undefined;
        if (typeof id !== 'string' || !number.has(id)) throw new Error(`${named(file)}: a locale table entry without a readable id`);
        out.overwrite(key.start, key.end, String(number.get(id)));
      }
    }
    writeFileSync(file, out.toString());
  }
  return number;
}
