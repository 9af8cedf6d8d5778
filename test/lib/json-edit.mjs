// Walking and editing JSON documents for the schema agreement tests (test/node/schema-*.test.mjs): every path to a
// value, and a copy with one value replaced or one key/element removed.

/**
 * Every path to a value inside a JSON document, the document itself first.
 * @param {unknown} value
 * @param {(string | number)[]} [path]
 * @returns {Generator<(string | number)[]>}
 */
export function* paths(value, path = []) {
  yield path;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* paths(value[i], [...path, i]);
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) yield* paths(value[key], [...path, key]);
}

/** A copy of `json` with the value at `path` replaced (the replacement itself at the empty path). */
export function withValue(json, path, replacement) {
  if (path.length === 0) return replacement;
  const copy = structuredClone(json);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1)] = replacement;
  return copy;
}

/** A copy of `json` without the key (or array element) at `path`. */
export function withoutKey(json, path) {
  const copy = structuredClone(json);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  if (Array.isArray(node)) node.splice(path.at(-1), 1);
  else delete node[path.at(-1)];
  return copy;
}
