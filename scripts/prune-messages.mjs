// A Rollup plugin that keeps, in each script bundle, only the translations its own code can ask for.
//
// The generated locale modules (src/generated/locales/*.ts, one `templates` object per language) hold every UI
// string of every widget. A single-widget bundle would carry the other widgets' translations too. Before the
// build, this plugin follows the bundle entry's static and dynamic imports through src/ (TypeScript's own
// pre-processor) and computes the id of every msg() call it finds, exactly as @lit/localize does at run time
// (generateMsgId over the literal, or over the strings of a str`` / html`` template). The locale modules are
// then emitted with the other entries blanked out (line breaks kept, so the source map stays right line by
// line; the transform returns `map: null`, Rollup's "nothing moved").
//
// A check closes the loop: after bundling, every msg() call left in the chunk is read again from the final
// code, and the build fails if one of them lost its translation.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

const LOCALE_MODULE = /[\\/]src[\\/]generated[\\/]locales[\\/][^\\/]+\.(?:ts|js)$/;
const MESSAGE_ID = /^[sh][0-9a-f]{16}$/;

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

/** Walks an ESTree, calling `fn` on every node. */
function walk(node, fn) {
  if (!node || typeof node.type !== 'string') return;
  fn(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, fn);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, fn);
  }
}

const keyOf = (property) =>
  property.type === 'Property' ? (property.key.type === 'Identifier' ? property.key.name : String(property.key.value)) : undefined;

/** The objects of message ids to translations in a parsed module or chunk. */
function templateObjects(ast) {
  const found = [];
  walk(ast, (node) => {
    if (node.type === 'ObjectExpression' && node.properties.length > 0 && node.properties.every((p) => MESSAGE_ID.test(keyOf(p) ?? ''))) {
      found.push(node);
    }
  });
  return found;
}

/** Candidate ids of a msg() call in bundled code (Lit's production build renames `html`, so both kinds). */
function callIds(call) {
  const [template] = call.arguments;
  if (!template) return [];
  if (template.type === 'Literal' && typeof template.value === 'string') return [generateMsgId(template.value, false)];
  if (template.type === 'TemplateLiteral' && template.expressions.length === 0) return [generateMsgId(template.quasis[0].value.cooked, false)];
  if (template.type === 'TaggedTemplateExpression') {
    const strings = template.quasi.quasis.map((q) => q.value.cooked);
    const isStr = template.tag.type === 'Identifier' && /^str(\$\d+)?$/.test(template.tag.name);
    return isStr ? [generateMsgId(strings, false)] : [generateMsgId(strings, true), generateMsgId(strings, false)];
  }
  return [];
}

export default function pruneMessages() {
  let keep;
  const known = new Set();
  return {
    name: 'gov-prune-messages',
    buildStart(options) {
      const inputs = Array.isArray(options.input) ? options.input : Object.values(options.input);
      keep = new Set();
      for (const input of inputs) for (const file of sourceGraph(input)) for (const id of messageIds(file)) keep.add(id);
    },
    transform(code, id) {
      if (!LOCALE_MODULE.test(id)) return null;
      const ast = this.parse(code);
      let out = code;
      // From the end, so earlier offsets stay valid.
      const removals = [];
      for (const object of templateObjects(ast)) {
        object.properties.forEach((property, i) => {
          const key = keyOf(property);
          known.add(key);
          if (keep.has(key)) return;
          // Up to the next entry; for the last one, through a trailing comma if there is one.
          const end = i + 1 < object.properties.length ? object.properties[i + 1].start : (/^\s*,/.exec(code.slice(property.end))?.[0].length ?? 0) + property.end;
          removals.push([property.start, end]);
        });
      }
      for (const [start, end] of removals.sort((a, b) => b[0] - a[0])) {
        out = out.slice(0, start) + out.slice(start, end).replace(/[^\n]/g, '') + out.slice(end);
      }
      return out === code ? null : { code: out, map: null };
    },
    renderChunk(code, chunk) {
      const ast = this.parse(code);
      const kept = new Set(templateObjects(ast).flatMap((object) => object.properties.map(keyOf)));
      walk(ast, (node) => {
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || !/^msg(\$\d+)?$/.test(node.callee.name)) return;
        const ids = callIds(node);
        if (ids.some((id) => known.has(id)) && !ids.some((id) => kept.has(id))) {
          this.error(`${chunk.fileName}: the translation of msg() ${ids.join('/')} was pruned; its module was not found from the entry`);
        }
      });
      return null;
    },
  };
}
