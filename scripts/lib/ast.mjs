// @ts-check
// Shared by the build's source transforms (scripts/prune-messages.mjs, scripts/css-literals.mjs): walk the
// ESTree that Rollup's parser gives.

/**
 * An ESTree node as Rollup's parser gives it: a `type`, source offsets and the node's own fields (children
 * and values), which the callers narrow by `type`.
 * @typedef {{ type: string, start: number, end: number, [field: string]: any }} Node
 */

/**
 * Walks an ESTree, calling `fn` on every node.
 * @param {unknown} node
 * @param {(node: Node) => void} fn
 */
export function walk(node, fn) {
  if (!isNode(node)) return;
  fn(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, fn);
    else if (isNode(value)) walk(value, fn);
  }
}

/**
 * @param {unknown} value
 * @returns {value is Node}
 */
const isNode = (value) => typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
