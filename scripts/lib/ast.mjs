// Shared by the build's source transforms (scripts/prune-messages.mjs, scripts/css-literals.mjs): walk the
// ESTree that Rollup's parser gives.

/** Walks an ESTree, calling `fn` on every node. */
export function walk(node, fn) {
  if (!node || typeof node.type !== 'string') return;
  fn(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, fn);
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, fn);
  }
}
