// @ts-check
// The docs tables of a widget, from custom-elements.json, in place of Storybook's own extraction, which keys every
// row by its bare name: an attribute named like a part (`kind`, `filters`, `heading`, `audit`) was overwritten by
// the part's row, and every private or protected member (`#shownModel`, `validator` …) was listed as a property.
// Here each row has a key of its own, only public API is listed, and an attribute's row carries its property's
// name, so a story's arg (`groupBy`) and its control land on the attribute's row (`group-by`).

import { declarationOf, listenerName, literalValues, publicFields } from '../scripts/lib/manifest.mjs';

/**
 * @typedef {{ name: string; description?: string; control?: false | { type: string } | string; options?: string[]; action?: string; table: { category: string; type?: { summary: string }; defaultValue?: { summary: string } | undefined; disable?: boolean } }} ArgType
 */

/**
 * @param {string | undefined} text
 * @returns {{ control?: ArgType['control']; options?: string[] }}
 */
function controlFor(text) {
  const type = (text ?? '').replace(/\s*\|\s*undefined/g, '').trim();
  if (type === 'boolean') return { control: 'boolean' };
  if (type === 'number') return { control: 'number' };
  const literals = literalValues(type);
  if (literals.length > 1) return { control: 'select', options: literals };
  if (type === 'string') return { control: 'text' };
  return {};
}

/**
 * The argTypes of a widget's docs page: attributes (keyed by their property's name), properties without an
 * attribute, events, slots, CSS parts and CSS custom properties, public members only.
 * @param {any} manifest
 * @param {string} tagName
 * @returns {Record<string, ArgType & { name: string }>}
 */
export function argTypesOf(manifest, tagName) {
  const declaration = declarationOf(manifest, tagName);
  if (!declaration) return {};
  /** @type {Record<string, ArgType & { name: string }>} */
  const out = {};
  const fields = publicFields(declaration);
  const withAttribute = new Set();
  for (const attribute of declaration.attributes ?? []) {
    const field = attribute.fieldName ?? attribute.name;
    withAttribute.add(field);
    const property = field === attribute.name ? '' : ` Property: \`${field}\`.`;
    out[field] = {
      name: attribute.name,
      description: `${attribute.description ?? ''}${property}`,
      ...controlFor(attribute.type?.text),
      table: {
        category: 'attributes',
        ...(attribute.type ? { type: { summary: attribute.type.text } } : {}),
        defaultValue: attribute.default === undefined ? undefined : { summary: attribute.default },
      },
    };
  }
  for (const member of fields) {
    if (withAttribute.has(member.name)) continue;
    out[member.name] = {
      name: member.name,
      description: member.description ?? '',
      ...controlFor(member.type?.text),
      table: {
        category: 'properties',
        ...(member.type ? { type: { summary: member.type.text } } : {}),
        defaultValue: member.default === undefined ? undefined : { summary: member.default },
      },
    };
  }
  for (const event of declaration.events ?? []) {
    // The action (hidden) that logs the event in the Actions panel, and the row that documents it.
    out[listenerName(event.name)] = { name: listenerName(event.name), action: event.name, table: { category: 'events', disable: true } };
    out[`event:${event.name}`] = {
      name: event.name,
      description: event.description ?? '',
      control: false,
      table: { category: 'events', ...(event.type ? { type: { summary: event.type.text } } : {}) },
    };
  }
  for (const [category, items, prefix] of /** @type {const} */ ([
    ['slots', declaration.slots, 'slot'],
    ['css shadow parts', declaration.cssParts, 'part'],
    ['css custom properties', declaration.cssProperties, 'css'],
  ])) {
    for (const item of items ?? []) {
      out[`${prefix}:${item.name || '(default)'}`] = {
        name: item.name || '(default)',
        description: item.description ?? '',
        control: false,
        table: { category },
      };
    }
  }
  return out;
}
