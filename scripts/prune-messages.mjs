// A Rollup plugin for the UI translations of a script bundle (decision 0006): each bundle keeps only the
// translations its own code asks for, and numbers them.
//
// Every msg() call in src/ names its message by an explicit, readable id (`msg('重试', { id: 'core.try-again' })`,
// decision 0010), and the generated locale modules (src/generated/locales/*.ts) each hold one `templates` object
// from those ids to the translations of every widget. Once Rollup has bundled and tree-shaken a chunk, this
// plugin reads every chunk of the build (an entry, its lazy views, its lazy language chunks):
// - the msg() calls left in it: a call to `msg` (or Rollup's renamed `msg$1`) or to a `.msg` member whose second
//   argument is an object literal with a string `id`. A call to such a name without a literal id fails the build;
// - the locale tables: each `templates` object (Rollup may rename it `templates$1`).
// The ids found in all the chunks of one build are numbered 0, 1, 2 … in the tables' order; each call's id becomes
// its number and each table an array of only the translations the build uses. A message missing from a table fails
// the build; so does a build that has msg() calls but no table, or tables of different ids. Nothing but the public @lit/localize runtime shape (a
// locale module's `templates`) is assumed: the widgets' own lookup (src/core/i18n.ts) reads `templates[id]`,
// which works the same for a number into an array. The sources and the tests keep the readable ids; the npm
// modules number them across the whole package (scripts/npm-modules.mjs).
import MagicString from 'magic-string';
import { walk } from './lib/ast.mjs';

const MSG_CALLEE = /^msg(\$\d+)?$/;
const TABLE = /^templates(\$\d+)?$/;

const keyOf = (property) =>
  property.type === 'Property' && !property.computed
    ? property.key.type === 'Identifier'
      ? property.key.name
      : typeof property.key.value === 'string'
        ? property.key.value
        : undefined
    : undefined;

const isMsgCallee = (callee) =>
  (callee.type === 'Identifier' && MSG_CALLEE.test(callee.name)) ||
  (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'msg');

/** The msg() calls of a parsed chunk, as `{ id, literal }` (`literal`: the id's string node), and the calls without one. */
export function findMessages(ast) {
  const calls = [];
  const bad = [];
  walk(ast, (node) => {
    if (node.type !== 'CallExpression' || !isMsgCallee(node.callee)) return;
    const options = node.arguments[1];
    const id = options?.type === 'ObjectExpression' ? options.properties.find((p) => keyOf(p) === 'id') : undefined;
    if (id?.value.type === 'Literal' && typeof id.value.value === 'string') calls.push({ id: id.value.value, literal: id.value });
    else bad.push(node);
  });
  return { calls, bad };
}

/** The locale tables of a parsed chunk: `templates` objects, as their node and their entries by id. */
export function findTables(ast) {
  const tables = [];
  walk(ast, (node) => {
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && TABLE.test(node.id.name) && node.init?.type === 'ObjectExpression') {
      tables.push({ node: node.init, entries: new Map(node.init.properties.map((p) => [keyOf(p), p.value])) });
    }
  });
  return tables;
}

/**
 * What the rewrite needs from one parsed chunk: its msg() calls and its locale tables. Throws on a msg() call
 * without a literal id.
 */
export function scanChunk(code, ast, name = 'chunk') {
  const { calls, bad } = findMessages(ast);
  if (bad.length > 0) throw new Error(`${name}: msg() without a literal id: ${code.slice(bad[0].start, bad[0].start + 80)}`);
  return { name, calls, tables: findTables(ast) };
}

/**
 * The numbers of the messages that the chunks of one build use, in the order of the locale tables (every chunk
 * of a build must agree, since a lazy chunk's msg() calls read tables of another chunk). Throws when a used
 * message has no translation in a table, or when messages are used but no chunk holds a table.
 */
export function numberMessages(scans) {
  const used = new Set(scans.flatMap((scan) => scan.calls.map((c) => c.id)));
  const tables = scans.flatMap((scan) => scan.tables.map((table) => ({ table, name: scan.name })));
  if (used.size > 0 && tables.length === 0) {
    const name = scans.find((scan) => scan.calls.length > 0)?.name ?? 'chunk';
    throw new Error(`${name}: msg() calls but no locale tables in the build (is a locale module left out?)`);
  }
  const order = tables.length === 0 ? [] : [...tables[0].table.entries.keys()].filter((id) => used.has(id));
  const number = new Map(order.map((id, i) => [id, i]));
  for (const id of used) {
    if (!number.has(id))
      throw new Error(
        `${scans.find((scan) => scan.calls.some((c) => c.id === id))?.name}: msg() id "${id}" has no translation: run npm run i18n and translate it in xliff/`,
      );
  }
  for (const { table, name } of tables) {
    const missing = order.filter((id) => !table.entries.has(id));
    if (missing.length > 0) throw new Error(`${name}: a locale table has no translation for ${missing.join(', ')}`);
  }
  return { order, number };
}

/**
 * Rewrites one scanned chunk with the build's numbering: numbered ids in its calls, arrays of only the used
 * translations in its tables. Returns a MagicString, or `null` when the chunk has no msg() call and no table.
 */
export function rewriteChunk(code, scan, { order, number }) {
  if (scan.calls.length === 0 && scan.tables.length === 0) return null;
  const out = new MagicString(code);
  for (const table of scan.tables) {
    const values = order.map((id) => {
      const value = table.entries.get(id);
      return code.slice(value.start, value.end);
    });
    out.overwrite(table.node.start, table.node.end, `[${values.join(',')}]`);
  }
  for (const { id, literal } of scan.calls) out.overwrite(literal.start, literal.end, String(number.get(id)));
  return out;
}

/**
 * Rewrites a chunk that is the whole build (its own calls and tables). Returns a MagicString, or `null` when the
 * chunk has no msg() call and no table. Throws on a mismatch.
 */
export function pruneChunk(code, ast, name = 'chunk') {
  const scan = scanChunk(code, ast, name);
  if (scan.calls.length === 0 && scan.tables.length === 0) return null;
  return rewriteChunk(code, scan, numberMessages([scan]));
}

/**
 * The plugin. The chunks of one build are numbered together: a bundle's msg() calls (in the entry and in its lazy
 * chunks) and its locale tables (in lazy language chunks) may sit in different chunks. Rollup runs renderChunk for
 * every chunk of an output at once, so each chunk records what it holds and waits until every chunk of the output
 * has done so; then each rewrites itself with the one numbering. Each chunk's rewritten code goes into its file
 * name's content hash, so a language chunk's name changes with what it holds.
 */
export default function pruneMessages() {
  /** @type {Map<string, ReturnType<typeof scanChunk>>} */
  let scans = new Map();
  let ready = withResolvers();
  /** @type {ReturnType<typeof numberMessages> | Error | undefined} */
  let numbering;
  return {
    name: 'gov-prune-messages',
    renderStart() {
      scans = new Map();
      ready = withResolvers();
      numbering = undefined;
    },
    async renderChunk(code, chunk, _options, meta) {
      let scan;
      try {
        scan = scanChunk(code, this.parse(code), chunk.fileName);
      } catch (error) {
        this.error(error.message);
      }
      scans.set(chunk.fileName, scan);
      if (Object.keys(meta.chunks).every((name) => scans.has(name))) ready.resolve();
      if (scan.calls.length === 0 && scan.tables.length === 0) return null;
      await ready.promise;
      if (numbering === undefined) {
        try {
          numbering = numberMessages([...scans.values()]);
        } catch (error) {
          numbering = error instanceof Error ? error : new Error(String(error));
        }
      }
      if (numbering instanceof Error) this.error(numbering.message);
      const out = rewriteChunk(code, scan, numbering);
      return out ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}

/** `Promise.withResolvers` (Node 22+), for Node 20. */
function withResolvers() {
  let resolve = () => {};
  const promise = new Promise((done) => (resolve = done));
  return { promise, resolve };
}
