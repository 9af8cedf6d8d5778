// @ts-check
// Reading custom-elements.json: what the editor data and types (scripts/editor-data.mjs) and Storybook's docs
// tables (.storybook/argtypes.mjs) both take from it. Pure (no Node modules): Storybook's preview imports it.

/**
 * @typedef {{ name: string; description?: string; type?: { text: string }; default?: string; fieldName?: string }} Attribute
 * @typedef {{ name: string; kind: string; privacy?: string; static?: boolean; readonly?: boolean; type?: { text: string }; description?: string; default?: string; attribute?: string }} Member
 * @typedef {{ name: string; description?: string; type?: { text: string } }} Named
 * @typedef {{ tagName: string; name: string; description?: string; attributes?: Attribute[]; members?: Member[]; events?: Named[]; slots?: Named[]; cssParts?: Named[]; cssProperties?: Named[]; module: string }} Element
 */

/**
 * The custom elements of a manifest, by tag name, each with the path of the module that declares it.
 * @param {any} manifest
 * @returns {Element[]}
 */
export function elementsOf(manifest) {
  /** @type {Element[]} */
  const out = [];
  for (const mod of manifest?.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) out.push({ ...declaration, module: mod.path });
    }
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * The element `tagName` of a manifest.
 * @param {any} manifest
 * @param {string} tagName
 * @returns {Element | undefined}
 */
export const declarationOf = (manifest, tagName) => elementsOf(manifest).find((element) => element.tagName === tagName);

/**
 * Public instance fields: the properties an integrator may set (no private, protected, `#` or static member).
 * @param {Pick<Element, 'members'>} element
 */
export const publicFields = (element) =>
  (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.name.startsWith('#') && (m.privacy === undefined || m.privacy === 'public'));

/**
 * The string literals of a union type (`'organization' | 'platform' | undefined` → both names), or none when the
 * type is not a union of literals only.
 * @param {string | undefined} text
 * @returns {string[]}
 */
export function literalValues(text) {
  if (!text) return [];
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length === 0 || !parts.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) return [];
  return parts.map((part) => part.slice(1, -1));
}

/**
 * `gov-ask-submit` → `onGovAskSubmit`: the prop a framework listens to an event with (Vue's listener props,
 * Storybook's actions).
 * @param {string} event
 */
export const listenerName = (event) => `on${event.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;
