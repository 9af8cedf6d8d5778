// A Rollup plugin for the UI translations of a script bundle: it keeps only those its own code can ask for, and
// gives each a short number in place of lit-localize's 17-character hash.
//
// The generated locale modules (src/generated/locales/*.ts, one `templates` object per language) hold every UI
// string of every widget, keyed by a random-looking hash (`s02bccd7e6e59dd59`) that @lit/localize computes from
// the zh-Hans source at run time. Random hex barely compresses, and a single-widget bundle would carry the other
// widgets' translations too. So, per bundle:
// 1. before the build, the plugin follows the entry's static and dynamic imports through src/ (TypeScript's own
//    pre-processor) and computes the id of every msg() call it finds, exactly as @lit/localize does
//    (generateMsgId over the literal, or over the strings of a str`` template). The messages kept are numbered
//    0, 1, 2… in the order of the locale modules (sorted by hash);
// 2. every msg() call in src/ (the JavaScript TypeScript emits) gets that number as its explicit id:
//    msg('重试') becomes msg('重试',{id:3}); with an explicit id the runtime also skips hashing. A call whose
//    message is not in the locale modules, or whose text is not a literal, fails the build;
// 3. each locale module's `templates` object becomes an array indexed by those numbers, without the other
//    bundles' strings; a kept message without a translation in a locale fails the build.
// Line breaks are kept in both rewrites, so the source map stays right line by line (the transforms return
// `map: null`, Rollup's "nothing moved").
//
// A check closes the loop: after bundling, every msg() call left in the chunk is read again from the final
// code; the build fails if one has no numeric id, or if a locale array has no translation at that number.
// The npm build (tsc) and the tests keep lit-localize's hashes: same strings, same behaviour.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { walk } from './lib/ast.mjs';

const LOCALE_DIR = 'src/generated/locales';
const LOCALE_MODULE = /[\\/]src[\\/]generated[\\/]locales[\\/][^\\/]+\.(?:ts|js)$/;
const SOURCE_MODULE = /[\\/]src[\\/].*\.ts$/;
const MESSAGE_ID = /^[sh][0-9a-f]{16}$/;
const NO_HASH = '\0gov-no-msg-hash';

/** The .ts files reachable from `entry` through relative imports (static, re-exports and import()). */
export function sourceGraph(entry) {
  const seen = new Set();
  const queue = [resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolve(dirname(file), fileName);
      const candidates = [target.replace(/\.js$/, '.ts'), target, `${target}.ts`, resolve(target, 'index.ts')];
      const found = candidates.find((path) => path.endsWith('.ts') && existsSync(path));
      if (found) queue.push(found);
    }
  }
  return seen;
}

/** Ids of the msg() calls in a TypeScript file. */
export function messageIds(file, text = readFileSync(file, 'utf8')) {
  const ids = new Set();
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg' && node.arguments.length > 0) {
      const [template, options] = node.arguments;
      if (ts.isStringLiteral(template) || ts.isNoSubstitutionTemplateLiteral(template)) ids.add(generateMsgId(template.text, false));
      else if (ts.isTaggedTemplateExpression(template) && ts.isIdentifier(template.tag)) {
        const t = template.template;
        const strings = ts.isNoSubstitutionTemplateLiteral(t) ? [t.text] : [t.head.text, ...t.templateSpans.map((span) => span.literal.text)];
        ids.add(generateMsgId(strings, template.tag.text !== 'str'));
      }
      if (options && ts.isObjectLiteralExpression(options)) {
        for (const property of options.properties) {
          if (ts.isPropertyAssignment(property) && property.name.getText(source) === 'id' && ts.isStringLiteralLike(property.initializer)) {
            ids.add(property.initializer.text);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return ids;
}

/** The message ids of a generated locale module, in file order. */
export function localeIds(text) {
  return [...text.matchAll(/^\s*'([^']+)':/gm)].map((m) => m[1]);
}


const keyOf = (property) =>
  property.type === 'Property' ? (property.key.type === 'Identifier' ? property.key.name : String(property.key.value)) : undefined;

/** The objects of message ids to translations in a parsed locale module. */
function templateObjects(ast) {
  const found = [];
  walk(ast, (node) => {
    if (node.type === 'ObjectExpression' && node.properties.length > 0 && node.properties.every((p) => MESSAGE_ID.test(keyOf(p) ?? ''))) {
      found.push(node);
    }
  });
  return found;
}

/** The id @lit/localize computes for a msg() call (ESTree), or undefined when its text is not a literal. */
function callId(call, isMsgTag = (name) => name === 'str') {
  const [template, options] = call.arguments;
  const explicit = options?.type === 'ObjectExpression' ? options.properties.find((p) => keyOf(p) === 'id') : undefined;
  if (explicit) return explicit.value.type === 'Literal' ? String(explicit.value.value) : undefined;
  if (!template) return undefined;
  if (template.type === 'Literal' && typeof template.value === 'string') return generateMsgId(template.value, false);
  if (template.type === 'TemplateLiteral' && template.expressions.length === 0) return generateMsgId(template.quasis[0].value.cooked, false);
  if (template.type === 'TaggedTemplateExpression' && template.tag.type === 'Identifier') {
    return generateMsgId(
      template.quasi.quasis.map((q) => q.value.cooked),
      !isMsgTag(template.tag.name),
    );
  }
  return undefined;
}

const isMsgCall = (node, name = /^msg$/) => node.type === 'CallExpression' && node.callee.type === 'Identifier' && name.test(node.callee.name);

export default function pruneMessages({ localeDir = LOCALE_DIR } = {}) {
  /** Message hash → its number in this bundle. */
  let numbers;
  let count;
  return {
    name: 'gov-prune-messages',
    // Every msg() call carries its number (checked in renderChunk), so lit-localize's hashing of the source text
    // (generateMsgId and its FNV-1a 64) is never reached: an empty id stands in (it finds no translation, and
    // the zh-Hans text shows, as for any message without one).
    resolveId(source, importer) {
      if (source === './id-generation.js' && importer && /@lit[\\/]localize[\\/]internal[\\/]runtime-msg\.js$/.test(importer)) return NO_HASH;
      return null;
    },
    load(id) {
      return id === NO_HASH ? 'export const generateMsgId = () => "";' : null;
    },
    buildStart(options) {
      const inputs = Array.isArray(options.input) ? options.input : Object.values(options.input);
      const used = new Set();
      for (const input of inputs) for (const file of sourceGraph(input)) for (const id of messageIds(file)) used.add(id);
      const locales = readdirSync(localeDir).filter((f) => f.endsWith('.ts'));
      const order = localeIds(readFileSync(join(localeDir, locales[0]), 'utf8'));
      numbers = new Map();
      for (const id of order) if (used.has(id)) numbers.set(id, numbers.size);
      count = numbers.size;
      const unknown = [...used].filter((id) => !numbers.has(id));
      if (unknown.length > 0) {
        this.error(`msg() ${unknown.join(', ')} is not in ${localeDir}/${locales[0]}: run node scripts/i18n.mjs (and translate) before building`);
      }
    },
    transform(code, id) {
      if (LOCALE_MODULE.test(id)) {
        const ast = this.parse(code);
        const objects = templateObjects(ast);
        if (objects.length !== 1) this.error(`${id}: expected one templates object, found ${objects.length}`);
        const [object] = objects;
        // In place: each kept entry loses its key, the others go (line breaks stay); holes where the order differs.
        let out = code.slice(0, object.start) + '[';
        let cursor = object.start + 1;
        let next = 0;
        for (const property of object.properties) {
          const number = numbers.get(keyOf(property));
          const blank = (to) => code.slice(cursor, to).replace(/[^\n]/g, '');
          if (number === undefined) {
            out += blank(property.end);
            cursor = property.end;
            const comma = /^\s*,/.exec(code.slice(cursor))?.[0];
            if (comma) {
              out += blank(cursor + comma.length);
              cursor += comma.length;
            }
            continue;
          }
          if (number !== next) this.error(`${id}: ${keyOf(property)} is out of order (the locale modules must list messages in the same order)`);
          out += blank(property.value.start) + code.slice(property.value.start, property.value.end) + ',';
          cursor = property.end;
          const comma = /^\s*,/.exec(code.slice(cursor))?.[0];
          if (comma) {
            out += blank(cursor + comma.length);
            cursor += comma.length;
          }
          next++;
        }
        if (next !== count) {
          const missing = [...numbers].filter(([, n]) => n >= next).map(([hash]) => hash);
          this.error(`${id}: no translation for msg() ${missing.join(', ')}: run node scripts/i18n.mjs and translate`);
        }
        out += code.slice(cursor, object.end - 1).replace(/[^\n]/g, '') + ']' + code.slice(object.end);
        return { code: out, map: null };
      }
      if (!SOURCE_MODULE.test(id) || !/\bmsg\(/.test(code)) return null;
      const ast = this.parse(code);
      const inserts = [];
      walk(ast, (node) => {
        if (!isMsgCall(node)) return;
        const hash = callId(node);
        if (hash === undefined) this.error(`${id}: msg() at offset ${node.start} has no literal text: lit-localize cannot extract it`);
        const number = numbers.get(hash);
        if (number === undefined) this.error(`${id}: msg() ${hash} has no number: is its module reachable from the entry by a relative import?`);
        const [template, options] = node.arguments;
        if (options === undefined) inserts.push([template.end, `,{id:${number}}`, template.end]);
        else {
          const explicit = options.type === 'ObjectExpression' ? options.properties.find((p) => keyOf(p) === 'id') : undefined;
          if (!explicit) this.error(`${id}: msg() ${hash} has options without an id; give it one or none`);
          inserts.push([explicit.value.start, String(number), explicit.value.end]);
        }
      });
      let out = code;
      for (const [start, text, end] of inserts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return out === code ? null : { code: out, map: null };
    },
    renderChunk(code, chunk) {
      const ast = this.parse(code);
      const arrays = [];
      walk(ast, (node) => {
        if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && /^templates(\$\d+)?$/.test(node.id.name) && node.init?.type === 'ArrayExpression') {
          arrays.push(node.init.elements);
        }
      });
      walk(ast, (node) => {
        if (!isMsgCall(node, /^msg(\$\d+)?$/)) return;
        const options = node.arguments[1];
        const explicit = options?.type === 'ObjectExpression' ? options.properties.find((p) => keyOf(p) === 'id') : undefined;
        const number = explicit?.value.type === 'Literal' ? explicit.value.value : undefined;
        if (typeof number !== 'number') this.error(`${chunk.fileName}: a msg() call has no numeric id: ${code.slice(node.start, node.start + 60)}`);
        if (arrays.length === 0) this.error(`${chunk.fileName}: msg() calls but no locale arrays`);
        for (const elements of arrays) {
          if (!elements[number]) this.error(`${chunk.fileName}: msg() id ${number} has no translation in a locale array`);
        }
      });
      return null;
    },
  };
}
