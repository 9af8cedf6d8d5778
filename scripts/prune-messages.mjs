// A Rollup plugin for the UI translations of a script bundle (decision 0006): each bundle keeps only the
// translations its own code asks for, and numbers them.
//
// Every msg() call in src/ names its message by an explicit, readable id (`msg('重试', { id: 'core.try-again' })`,
// decision 0010), and the generated locale modules (src/generated/locales/*.ts) each hold one `templates` object
// from those ids to the translations of every widget. Once Rollup has bundled and tree-shaken a chunk, this
// plugin reads the chunk:
// - the msg() calls left in it: a call to `msg` (or Rollup's renamed `msg$1`) or to a `.msg` member whose second
//   argument is an object literal with a string `id`. A call to such a name without a literal id fails the build;
// - the locale tables: each `templates` object (Rollup may rename it `templates$1`).
// The ids found are numbered 0, 1, 2 … in the tables' order; each call's id becomes its number and each table an
// array of only those translations. A message missing from a table fails the build; so does a chunk that has
// msg() calls but no table, or tables of different ids. Nothing but the public @lit/localize runtime shape (a
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
 * Rewrites one chunk: numbered ids in the calls, arrays of only the used translations in the tables.
 * Returns a MagicString, or `null` when the chunk has no msg() call and no table. Throws on a mismatch.
 */
export function pruneChunk(code, ast, name = 'chunk') {
  const { calls, bad } = findMessages(ast);
  const tables = findTables(ast);
  if (bad.length > 0) throw new Error(`${name}: msg() without a literal id: ${code.slice(bad[0].start, bad[0].start + 80)}`);
  if (calls.length === 0 && tables.length === 0) return null;
  if (tables.length === 0) throw new Error(`${name}: msg() calls but no locale tables (is a locale module in another chunk?)`);
  const used = new Set(calls.map((c) => c.id));
  const order = [...tables[0].entries.keys()].filter((id) => used.has(id));
  const number = new Map(order.map((id, i) => [id, i]));
  for (const id of used) {
    if (!number.has(id)) throw new Error(`${name}: msg() id "${id}" has no translation: run npm run i18n and translate it in xliff/`);
  }
  const out = new MagicString(code);
  for (const table of tables) {
    const missing = order.filter((id) => !table.entries.has(id));
    if (missing.length > 0) throw new Error(`${name}: a locale table has no translation for ${missing.join(', ')}`);
    const values = order.map((id) => {
      const value = table.entries.get(id);
      return code.slice(value.start, value.end);
    });
    out.overwrite(table.node.start, table.node.end, `[${values.join(',')}]`);
  }
  for (const { id, literal } of calls) out.overwrite(literal.start, literal.end, String(number.get(id)));
  return out;
}

export default function pruneMessages() {
  return {
    name: 'gov-prune-messages',
    renderChunk(code, chunk) {
      let out;
      try {
        out = pruneChunk(code, this.parse(code), chunk.fileName);
      } catch (error) {
        this.error(error.message);
      }
      return out ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
