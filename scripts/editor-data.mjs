#!/usr/bin/env node
// @ts-check
// Editor and framework data, generated from the manifest (custom-elements.json) so that none of it can drift
// from the widgets' JSDoc:
// - dist/vscode.html-custom-data.json: VS Code's HTML custom data (completion and hover for tags, attributes and
//   their values); an integrator points `html.customData` at it;
// - dist/web-types.json: JetBrains' web-types (WebStorm, IntelliJ), found through package.json's `web-types`;
// - dist/npm/jsx.d.ts (+ an empty jsx.js): the three tags in React's JSX (`IntrinsicElements`), for
//   `import 'gov-widgets/jsx'`;
// - dist/npm/vue.d.ts (+ an empty vue.js): the three tags as Vue `GlobalComponents`, for `import 'gov-widgets/vue'`
//   (vue-tsc then checks their attributes in templates).
// Only public members are listed: what the manifest marks private or protected, `#` names and statics are not API.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { elementsOf, listenerName, literalValues, publicFields } from './lib/manifest.mjs';

/** @typedef {import('./lib/manifest.mjs').Element} Element */

const DOCS = 'https://github.com/gov-widgets/gov-widgets/blob/main/docs/widgets';
const DOC_PAGES = { 'gov-policy-feed': 'policy-feed.md', 'gov-account-directory': 'account-directory.md', 'gov-ask-form': 'ask-form.md' };

/** @param {string | undefined} text */
const isBoolean = (text) => text?.replace(/\s*\|\s*undefined/, '').trim() === 'boolean';

/**
 * VS Code's HTML custom data (version 1.1).
 * @param {Element[]} elements
 */
export function vscodeData(elements) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: element.description ?? '',
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = literalValues(attribute.type?.text);
        return {
          name: attribute.name,
          description: attribute.description ?? '',
          ...(isBoolean(attribute.type?.text) ? { valueSet: 'v' } : {}),
          ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
      references: [{ name: 'gov-widgets', url: `${DOCS}/${DOC_PAGES[/** @type {keyof DOC_PAGES} */ (element.tagName)] ?? ''}` }],
    })),
  };
}

/**
 * JetBrains web-types (schema version 2).
 * @param {Element[]} elements
 * @param {{ name: string; version: string }} pkg
 */
export function webTypes(elements, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: element.description ?? '',
          'doc-url': `${DOCS}/${DOC_PAGES[/** @type {keyof DOC_PAGES} */ (element.tagName)] ?? ''}`,
          attributes: (element.attributes ?? []).map((attribute) => {
            const values = literalValues(attribute.type?.text);
            return {
              name: attribute.name,
              description: attribute.description ?? '',
              ...(attribute.default === undefined ? {} : { default: attribute.default }),
              value: isBoolean(attribute.type?.text)
                ? { type: 'boolean', required: false }
                : values.length > 0
                  ? { type: 'enum', kind: 'plain' }
                  : { type: attribute.type?.text ?? 'string', kind: 'plain' },
              ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
          css: {
            parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
            properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description ?? '' })),
          },
          js: {
            properties: publicFields(element).map((member) => ({
              name: member.name,
              description: member.description ?? '',
              ...(member.type ? { type: member.type.text } : {}),
            })),
            events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
          },
        })),
      },
    },
  };
}

/**
 * The module a type of an element's is imported from in dist/npm (relative to dist/npm/).
 * @param {Element} element
 */
const importPath = (element) => `./${element.module.replace(/^dist\/npm\//, '')}`;

/**
 * The attribute and property types of each tag, shared by the JSX and Vue declarations.
 * @param {Element[]} elements
 */
function attributeTypes(elements) {
  const lines = [];
  for (const element of elements) {
    lines.push(`import type { ${element.name} } from '${importPath(element)}';`);
  }
  lines.push('');
  for (const element of elements) {
    lines.push(`/** The attributes and properties of \`<${element.tagName}>\` (attributes by their HTML names). */`);
    lines.push(`export interface ${element.name}Attributes {`);
    const seen = new Set();
    for (const attribute of element.attributes ?? []) {
      seen.add(attribute.name);
      if (attribute.description) lines.push(`  /** ${attribute.description.replace(/\*\//g, '* /').replace(/\n/g, ' ')} */`);
      // HTML attributes are strings; a boolean one is present or absent (see the README on "false").
      const type = isBoolean(attribute.type?.text)
        ? 'boolean | string'
        : attribute.type?.text === 'number'
          ? 'number | string'
          : literalValues(attribute.type?.text).length > 0
            ? attribute.type?.text?.replace(/\s*\|\s*undefined/, '')
            : 'string';
      lines.push(`  '${attribute.name}'?: ${type};`);
    }
    for (const member of publicFields(element)) {
      if (seen.has(member.name) || member.readonly) continue;
      if (member.description) lines.push(`  /** ${member.description.replace(/\*\//g, '* /').replace(/\n/g, ' ')} */`);
      lines.push(`  ${member.name}?: ${element.name}['${member.name}'];`);
    }
    lines.push('}', '');
  }
  return lines;
}

/**
 * React's JSX: the tags as intrinsic elements, with their attributes and properties typed.
 * @param {Element[]} elements
 */
export function jsxTypes(elements) {
  return [
    '// Generated by scripts/editor-data.mjs from custom-elements.json: do not edit.',
    "// import 'gov-widgets/jsx' once (or list it in tsconfig `types`) to use the tags in React 19 TSX.",
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    ...attributeTypes(elements),
    "declare module 'react' {",
    '  namespace JSX {',
    '    interface IntrinsicElements {',
    ...elements.map((e) => `      '${e.tagName}': DetailedHTMLProps<HTMLAttributes<${e.name}>, ${e.name}> & ${e.name}Attributes;`),
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * Vue's GlobalComponents: vue-tsc checks the tags' attributes, properties and `@gov-…` listeners in templates
 * (with `strictTemplates`, a misspelt one is an error).
 * @param {Element[]} elements
 */
export function vueTypes(elements) {
  const details = new Set();
  for (const element of elements) {
    for (const event of element.events ?? []) for (const [, name] of (event.type?.text ?? '').matchAll(/CustomEvent<(\w+)>/g)) details.add(name);
  }
  const listeners = elements.flatMap((element) => [
    `/** The events of \`<${element.tagName}>\` as Vue listener props (\`@gov-load\` …). */`,
    `export interface ${element.name}Listeners {`,
    ...(element.events ?? []).map((event) => `  ${listenerName(event.name)}?: (event: ${event.type?.text ?? 'Event'}) => void;`),
    '}',
    '',
  ]);
  return [
    '// Generated by scripts/editor-data.mjs from custom-elements.json: do not edit.',
    "// import 'gov-widgets/vue' once (or list it in tsconfig `types`) so vue-tsc checks the tags in templates.",
    "import type { DefineComponent, HTMLAttributes } from 'vue';",
    ...(details.size > 0 ? [`import type { ${[...details].sort().join(', ')} } from './index.js';`] : []),
    ...attributeTypes(elements),
    ...listeners,
    "declare module 'vue' {",
    '  interface GlobalComponents {',
    ...elements.map((e) => `    '${e.tagName}': DefineComponent<${e.name}Attributes & ${e.name}Listeners & HTMLAttributes>;`),
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * Writes the files.
 * @param {{ manifest?: string; dist?: string }} [options]
 */
export function writeEditorData({ manifest = 'custom-elements.json', dist = 'dist' } = {}) {
  const elements = elementsOf(JSON.parse(readFileSync(manifest, 'utf8')));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  /** @type {[string, string][]} */
  const files = [
    [`${dist}/vscode.html-custom-data.json`, `${JSON.stringify(vscodeData(elements), null, 2)}\n`],
    [`${dist}/web-types.json`, `${JSON.stringify(webTypes(elements, pkg), null, 2)}\n`],
    [`${dist}/npm/jsx.d.ts`, jsxTypes(elements)],
    // Types only; the empty module lets `import 'gov-widgets/jsx'` stand in code that a bundler follows.
    [`${dist}/npm/jsx.js`, '// Types only: see jsx.d.ts.\nexport {};\n'],
    [`${dist}/npm/vue.d.ts`, vueTypes(elements)],
    [`${dist}/npm/vue.js`, '// Types only: see vue.d.ts.\nexport {};\n'],
  ];
  for (const [file, text] of files) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return files.map(([file]) => file);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`editor data: ${writeEditorData().join(', ')}`);
