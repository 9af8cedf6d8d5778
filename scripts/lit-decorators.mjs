// A Rollup plugin that turns Lit's property decorators, as TypeScript emits them for our sources
// (`experimentalDecorators`), into the call they end up making:
//
//   __decorate([property({ type: Number })], GovPolicyFeed.prototype, "limit", void 0);
//   → GovPolicyFeed.createProperty("limit", { type: Number });
//   __decorate([state()], GovPolicyFeed.prototype, "query", void 0);
//   → GovPolicyFeed.createProperty("query", { state: true });
//
// That is exactly what Lit's legacy `property()` does for a class field (state() is property() with
// `state: true, attribute: false`, and createProperty() sets `attribute: false` for a state itself), so the bundle no longer needs tslib's __decorate nor the decorator functions, and each property
// costs a short call. Only that form is rewritten: a field (`void 0`), one decorator, `property` or `state`
// imported from lit/decorators.js; anything else is left to __decorate as before. Line breaks are kept, so the
// source map stays right line by line (`map: null`). Used for the script bundles only: the npm build and the
// tests compile the decorators as written.
import { walk, applyEdits } from './lib/ast.mjs';


/** Local names of `property` and `state` imported from Lit's decorators. */
function decoratorImports(ast) {
  const names = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !/^(?:lit\/decorators(?:\/(?:property|state))?\.js|@lit\/reactive-element\/decorators\/(?:property|state)\.js)$/.test(node.source.value)) continue;
    for (const spec of node.specifiers) {
      if (spec.type === 'ImportSpecifier' && ['property', 'state'].includes(spec.imported.name)) names.set(spec.local.name, spec.imported.name);
    }
  }
  return names;
}

/** Rewrites the decorated fields of one module; returns the new code, or null when nothing changed. */
export function rewriteDecorators(code, parse) {
  if (!code.includes('__decorate')) return null;
  const ast = parse(code);
  const decorators = decoratorImports(ast);
  if (decorators.size === 0) return null;
  const edits = [];
  walk(ast, (node) => {
    if (node.type !== 'ExpressionStatement') return;
    const call = node.expression;
    if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || !/^__decorate(\$\d+)?$/.test(call.callee.name)) return;
    const [list, target, key, descriptor] = call.arguments;
    if (call.arguments.length !== 4 || list.type !== 'ArrayExpression' || list.elements.length !== 1) return;
    const [decorator] = list.elements;
    const kind = decorator?.type === 'CallExpression' && decorator.callee.type === 'Identifier' ? decorators.get(decorator.callee.name) : undefined;
    if (!kind || decorator.arguments.length > 1) return;
    if (target.type !== 'MemberExpression' || target.computed || target.property.name !== 'prototype' || target.object.type !== 'Identifier') return;
    if (key.type !== 'Literal' || typeof key.value !== 'string') return;
    if (descriptor.type !== 'UnaryExpression' || descriptor.operator !== 'void') return;
    const [options] = decorator.arguments;
    if (options && options.type !== 'ObjectExpression') return;
    const given = options ? code.slice(options.start, options.end) : undefined;
    // createProperty() itself sets `attribute: false` for a state.
    const declaration = kind === 'state' ? (given ? `{ ...${given}, state: true }` : '{ state: true }') : given;
    const replacement = `${target.object.name}.createProperty(${JSON.stringify(key.value)}${declaration ? `, ${declaration}` : ''});`;
    const lines = code.slice(node.start, node.end).split('\n').length - 1;
    edits.push([node.start, node.end, replacement + '\n'.repeat(lines)]);
  });
  return applyEdits(code, edits);
}

export default function litDecorators({ include = /[\\/]src[\\/].*\.ts$/ } = {}) {
  return {
    name: 'gov-lit-decorators',
    transform(code, id) {
      if (!include.test(id)) return null;
      const out = rewriteDecorators(code, (text) => this.parse(text));
      return out === null ? null : { code: out, map: null };
    },
  };
}
