// @ts-check
// The CSS of the script bundles goes through Lightning CSS (https://lightningcss.dev), a maintained CSS parser
// and minifier, in place of a hand-written regex squeezer:
//
// - {@link minifyCssLiterals}, a Rollup transform for our own sources (after TypeScript): it finds every Lit
//   css`…` tagged template in the module's AST (`this.parse`, not a regex), minifies the literal's CSS, and
//   overwrites the literal's text with magic-string, returning a source map of the change;
// - {@link minifyCss}, the same minifier for plain CSS (dist/gov-widgets.css, scripts/build.mjs).
//
// Minify only, never transpile: the targets are the browsers we support (README, "Browser support"), which
// decide which shorter syntax the output may use, and every feature Lightning CSS could lower for older
// browsers (nesting, `light-dark()`, logical properties, selectors such as `:where()`/`:is()`/`:has()`, media
// range syntax, colour functions, vendor prefixes) is excluded, so the CSS means what the source says; what
// needs a newer browser is guarded by `@supports` in the source itself (ADR 0003).
//
// A `${…}` interpolation becomes a placeholder identifier that Lightning CSS keeps as written (a value, a
// selector, part of a name); after minifying, each placeholder must be found exactly once, in order, and the
// interpolation goes back there. CSS that does not parse, or an interpolation where no identifier may stand
// (a whole block of rules), fails the build with the file and line. Used for the script bundles and, through
// scripts/npm-modules.mjs, the npm modules in dist/npm/ (the sources and the tests keep the CSS as written).
import { Features, transform } from 'lightningcss';
import MagicString from 'magic-string';
import { walk } from './lib/ast.mjs';

/**
 * A browser version as Lightning CSS encodes it.
 * @param {number} major
 * @param {number} [minor]
 */
const version = (major, minor = 0) => (major << 16) | (minor << 8);

/**
 * The oldest browsers we minify for: roughly the last two years of Chromium, Firefox ESR and Safari/WebKit
 * (iOS WeChat's in-app browser is the system WebKit).
 */
export const TARGETS = { chrome: version(120), edge: version(120), firefox: version(128), safari: version(17, 4), ios_saf: version(17, 4) };

/** Everything Lightning CSS could rewrite for older browsers: never done, the source's CSS stays as it is. */
export const NO_LOWERING =
  Features.Nesting |
  Features.LightDark |
  Features.LogicalProperties |
  Features.Selectors |
  Features.MediaQueries |
  Features.Colors |
  Features.ClampFunction |
  Features.FontFamilySystemUi |
  Features.DoublePositionGradients |
  Features.VendorPrefixes;

/** `css` minified by Lightning CSS for {@link TARGETS}, with nothing lowered; throws when it does not parse. */
/**
 * @param {string} css
 * @param {string} [filename] named in errors
 */
export function minifyCss(css, filename = 'style.css') {
  const { code, warnings } = transform({
    filename,
    code: Buffer.from(css),
    minify: true,
    targets: TARGETS,
    exclude: NO_LOWERING,
    errorRecovery: false,
  });
  if (warnings.length > 0) throw new Error(`${filename}: ${warnings.map((w) => w.message).join('; ')}`);
  return code.toString();
}

/**
 * Where in the CSS Lightning CSS failed, when its error says (it carries `loc: { line, column }`).
 * @param {unknown} error
 * @returns {{ line: number, column: number } | undefined}
 */
function cssErrorLocation(error) {
  if (typeof error !== 'object' || error === null || !('loc' in error)) return undefined;
  const { loc } = error;
  if (typeof loc !== 'object' || loc === null || !('line' in loc) || !('column' in loc)) return undefined;
  const { line, column } = loc;
  return typeof line === 'number' && typeof column === 'number' ? { line, column } : undefined;
}

/** The placeholder of interpolation `i`: an identifier no style sheet of ours contains. */
/** @param {number} i */
const placeholder = (i) => `--gw-interpolation-${i}-`;

/** Cooked template text written back as the raw text of a template literal with the same cooked value. */
/** @param {string} text */
const toRaw = (text) => text.replace(/\\|`|\$\{/g, (m) => (m === '${' ? '\\${' : `\\${m}`));

/** The line (1-based) of offset `at` in `code`. */
/**
 * @param {string} code
 * @param {number} at
 */
const lineOf = (code, at) => code.slice(0, at).split('\n').length;

/**
 * The minified parts of one css`` template: `quasis` are its cooked static strings; returns one string per
 * quasi, which joined with the same interpolations give the minified style sheet.
 * @param {readonly (string | null | undefined)[]} quasis
 * @param {string} [where] named in errors
 * @returns {string[]}
 */
export function minifyCssTemplate(quasis, where = 'css``') {
  /** @type {string[]} */
  const texts = [];
  for (const q of quasis) {
    if (typeof q !== 'string') throw new Error(`${where}: a css\`\` literal with an invalid escape`);
    texts.push(q);
  }
  for (let i = 0; i < texts.length - 1; i++) {
    if (texts.join('').includes(placeholder(i))) throw new Error(`${where}: the CSS already holds ${placeholder(i)}`);
  }
  const css = texts.reduce((all, q, i) => (i === 0 ? q : `${all}${placeholder(i - 1)}${q}`), '');
  let out;
  try {
    out = minifyCss(css, where);
  } catch (error) {
    const at = cssErrorLocation(error);
    const loc = at ? ` (CSS line ${at.line}, column ${at.column})` : '';
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${where}: Lightning CSS cannot minify this css\`\` literal${loc}: ${message}`, { cause: error });
  }
  /** @type {string[]} */
  const parts = [];
  let rest = out;
  for (let i = 0; i < texts.length - 1; i++) {
    const pieces = rest.split(placeholder(i));
    if (pieces.length !== 2) {
      throw new Error(
        `${where}: interpolation \${…} #${i + 1} ${pieces.length === 1 ? 'was dropped' : 'was duplicated'} by Lightning CSS (put it where a CSS identifier may stand)`,
      );
    }
    parts.push(pieces[0]);
    rest = pieces[1];
  }
  parts.push(rest);
  return parts;
}

/** Rewrites the css`` literals of one module; returns `{ code, map }`, or null when nothing changed. */
/**
 * @param {string} code
 * @param {(code: string) => unknown} parse an ESTree parser (Rollup's `this.parse`)
 * @param {string} [id] the module's name in errors
 */
export function minifyCssModule(code, parse, id = 'module') {
  if (!/\bcss\s*`/.test(code)) return null;
  const out = new MagicString(code);
  let changed = false;
  walk(parse(code), (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || node.tag.name !== 'css') return;
    /** @type {{ start: number, end: number, value: { cooked: string | null | undefined } }[]} */
    const quasis = node.quasi.quasis;
    const parts = minifyCssTemplate(
      quasis.map((q) => q.value.cooked),
      `${id}:${lineOf(code, node.start)}`,
    );
    quasis.forEach((q, i) => {
      const raw = toRaw(parts[i]);
      if (raw === code.slice(q.start, q.end)) return;
      // An empty part between two interpolations: magic-string cannot overwrite nothing, so append instead.
      if (q.start === q.end) out.appendLeft(q.start, raw);
      else if (raw === '') out.remove(q.start, q.end);
      else out.overwrite(q.start, q.end, raw);
      changed = true;
    });
  });
  return changed ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
}

/**
 * @param {{ include?: RegExp }} [options] the modules to transform (default: the TypeScript sources under src/)
 * @returns {import('rollup').Plugin}
 */
export default function minifyCssLiterals({ include = /[\\/]src[\\/].*\.ts$/ } = {}) {
  return {
    name: 'gov-minify-css-literals',
    transform(code, id) {
      if (!include.test(id)) return null;
      return minifyCssModule(code, (text) => this.parse(text), id);
    },
  };
}
