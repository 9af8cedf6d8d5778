// @ts-check
// dist/validate.html: the validator page, one self-contained file (decision 0021). It must work opened from
// file:// on a county intranet, where module scripts and fetches of neighbouring files do not, so everything is
// inline:
// - the widgets: dist/gov-widgets.classic.js (the classic all-in-one, its chunks inlined), for the preview;
// - the page's own script: src/validator/main.ts as one classic script (an IIFE), with the command line's
//   checking core (src/cli/check.ts) and the contract's JSON Schema as Ajv standalone validators, compiled here
//   with the options the command line compiles them with (src/cli/schema.ts), so the page runs no eval;
// - its CSS, through Lightning CSS;
// - a Content-Security-Policy naming those scripts and the style by their hashes: nothing else runs, and the
//   page fetches only URLs a webmaster gives it (connect-src http: https:).
// Run by scripts/build.mjs after the bundles are built:  node scripts/validator-page.mjs
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import commonjs from '@rollup/plugin-commonjs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { rollup } from 'rollup';
import { minifyCss } from './css-literals.mjs';
import { licenceBanner } from './licences.mjs';

const VALIDATORS_ID = 'gov:schema-validators';

/** @param {string} text */
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The schema's validators as a CommonJS module of Ajv standalone code (it requires Ajv's runtime helpers and
 * ajv-formats, which @rollup/plugin-commonjs bundles).
 * @param {string} dist
 */
async function standaloneValidators(dist) {
  // Built a moment ago by tsc (so the specifier is a variable: typecheck runs before any build exists).
  const schemaModule = pathToFileURL(resolve(dist, 'npm/cli/schema.js')).href;
  const { schemaAjv } = /** @type {{ schemaAjv(schema: unknown, options: object): { ajv: import('ajv').default, refs: Record<string, string> } }} */ (
    await import(schemaModule)
  );
  const schema = JSON.parse(readFileSync(resolve(dist, 'schema/disclosure.schema.json'), 'utf8'));
  const { ajv, refs } = schemaAjv(schema, { code: { source: true } });
  return standaloneCode(ajv, refs);
}

/**
 * The page's script: src/validator/main.ts as one minified, ASCII-only classic script.
 * @param {string} dist
 */
async function pageScript(dist) {
  // A file of its own (not a virtual module) so @rollup/plugin-commonjs converts it and its requires resolve
  // from the project's node_modules; removed once bundled.
  const folder = resolve(dist, '.validator');
  const file = resolve(folder, 'schema-validators.cjs');
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, await standaloneValidators(dist));
  try {
    const bundle = await rollup({
      input: 'src/validator/main.ts',
      plugins: [
        { name: 'gov-schema-validators', resolveId: (source) => (source === VALIDATORS_ID ? file : null) },
        nodeResolve({ browser: true, exportConditions: ['production'] }),
        commonjs(),
        typescript({ tsconfig: './tsconfig.validator.json', noEmitOnError: true }),
      ],
      onwarn: (warning, warn) => {
        // TypeScript's helpers use `this` at the top level, and a file comment of the contract reads like an annotation; harmless.
        if (warning.code !== 'THIS_IS_UNDEFINED' && warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    });
    const { output } = await bundle.generate({
      format: 'iife',
      plugins: [terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false, ascii_only: true } }), licenceBanner(dist)],
    });
    await bundle.close();
    return output[0].code;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Text that goes inside a <script> element: it must not close the element or open a comment in it (terser's
 * output never does; the check makes sure).
 * @param {string} code
 * @param {string} what
 */
function inlineScript(code, what) {
  const text = code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '').trim();
  if (/<\/script|<!--/i.test(text)) throw new Error(`validate.html: ${what} contains </script or <!-- and cannot be inlined`);
  return text;
}

/**
 * Builds dist/validate.html and prints its size.
 * @param {string} [dist]
 */
export async function buildValidatorPage(dist = 'dist') {
  const widgets = inlineScript(readFileSync(resolve(dist, 'gov-widgets.classic.js'), 'utf8'), 'gov-widgets.classic.js');
  const page = inlineScript(await pageScript(dist), 'the page script');
  const css = minifyCss(readFileSync('src/validator/validate.css', 'utf8'), 'validate.css');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(widgets)} ${sha256(page)}`,
    `style-src ${sha256(css)}`,
    // Only what a webmaster pastes (and the preview's links and images from the data).
    'connect-src http: https:',
    'img-src data: blob: http: https:',
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  const template = readFileSync('src/validator/validate.html', 'utf8');
  const parts = /** @type {Record<string, string>} */ ({ CSP: csp, CSS: css, WIDGETS: widgets, PAGE: page });
  // One pass, so nothing inserted is read as a placeholder again.
  const html = template.replace(/%(CSP|CSS|WIDGETS|PAGE)%/g, (_, name) => parts[name] ?? '');
  writeFileSync(resolve(dist, 'validate.html'), html);
  const bytes = Buffer.byteLength(html);
  const brotli = brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`dist/validate.html: ${bytes.toLocaleString('en')} bytes (${brotli.toLocaleString('en')} brotli), the widgets and the validator inline`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildValidatorPage();
