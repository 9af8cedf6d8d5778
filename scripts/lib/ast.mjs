// Small helpers shared by the build's source rewrites (scripts/prune-messages.mjs, lit-decorators.mjs,
// minify-html-literals.mjs): walk an ESTree, and apply text edits to the code it was parsed from.

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

/** Applies `[start, end, text]` edits (non-overlapping, any order) to `code`; `null` when there are none. */
export function applyEdits(code, edits) {
  if (edits.length === 0) return null;
  let out = code;
  for (const [start, end, text] of [...edits].sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
