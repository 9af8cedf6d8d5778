// @ts-check
// The script-tag bundles (the npm entry points are built by tsc in scripts/build.mjs and keep Lit as a
// dependency):
//
// - every src/bundles/<name>.ts becomes dist/<name>.js: a self-contained ES module with Lit inside (no bare
//   imports), minified, with a source map, and with only the UI translations its own code uses. Each entry is its own build, so no two bundles share a chunk and
//   each works alone. A dynamic import() becomes a lazily loaded chunk under dist/chunks/, imported relative to
//   the bundle's own URL: the directory's QR encoder (chunks/uqr-<hash>.js, the same in every bundle), and the
//   zh-Hant and English UI strings (chunks/<bundle>.<locale>-<hash>.js, each with only the translations its
//   bundle uses, decision 0018);
// - the all-in-one entry (src/bundles/gov-widgets.ts) is also built as a classic script,
//   dist/gov-widgets.classic.js (an IIFE for CMSs that cannot emit type="module"), with its dynamic imports
//   inlined.
import { existsSync, readdirSync } from 'node:fs';
import commonjs from '@rollup/plugin-commonjs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { asciiOnly } from './scripts/ascii.mjs';
import bundleManifest from './scripts/bundle-manifest.mjs';
import minifyCssLiterals from './scripts/css-literals.mjs';
import { licenceBanner } from './scripts/licences.mjs';
import pruneMessages from './scripts/prune-messages.mjs';

export const ALL_IN_ONE = 'gov-widgets';

const entries = existsSync('src/bundles')
  ? readdirSync('src/bundles')
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort()
  : [];

/**
 * A locale module (src/generated/locales/<locale>.ts) imports `str` from @lit/localize for its translated
 * templates. Left alone, its lazy chunk would import `str` from the bundle itself (`../gov-policy-feed.js`),
 * which a page that loads the bundle under another URL (`?v=3`) would fetch and run a second time. So each
 * locale module gets its own copy of the tag (the shape of @lit/localize's: `{ strTag, strings, values }`,
 * which is all src/core/i18n.ts reads), and a language chunk imports nothing. (Not in the classic build, which
 * inlines the locale modules beside the bundle's own `str`.)
 * @type {import('rollup').Plugin}
 */
const localeStrTag = {
  name: 'gov-locale-str-tag',
  resolveId(source, importer) {
    const locale = importer && /[\\/]src[\\/]generated[\\/]locales[\\/]([\w-]+)\.ts$/.exec(importer)?.[1];
    return source === '@lit/localize' && locale ? `\0gov-str-tag:${locale}` : null;
  },
  load(id) {
    return id.startsWith('\0gov-str-tag:') ? 'export const str = (strings, ...values) => ({ strTag: true, strings, values });' : null;
  },
};

/** @param {{ lazyLocales: boolean }} options whether the locale modules become chunks of their own */
const plugins = ({ lazyLocales }) => [
  ...(lazyLocales ? [localeStrTag] : []),
  // Lit's production build (no dev-mode warnings, smaller).
  nodeResolve({ exportConditions: ['production'], browser: true }),
  // The RSS/Atom reader's XML parser (@rgrove/parse-xml 4.x) ships CommonJS only; nothing else here is.
  commonjs({ include: /node_modules[\\/]@rgrove[\\/]parse-xml[\\/]/ }),
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: false,
    declarationMap: false,
    sourceMap: true,
    outDir: 'dist',
    rootDir: 'src',
    noEmitOnError: true,
  }),
  // After TypeScript, which compiles from disk and ignores earlier transforms.
  // Lit css`` literals through Lightning CSS (minified for our browsers, nothing lowered).
  minifyCssLiterals(),
  // Only the translations this bundle's code can ask for (a single-widget bundle leaves the others' out).
  pruneMessages(),
  // dist/bundles.json: which chunks each bundle fetches at once and which on demand (scripts/check-size.mjs).
  bundleManifest(),
];

/** @param {boolean} module */
const minify = (module) =>
  terser({
    // module: true lets terser drop top-level names, but it also drops an IIFE's global name: ES only.
    module,
    ecma: 2020,
    compress: { passes: 2 },
    // Pure ASCII (every other character as a \u escape): a classic script served without a charset is
    // decoded in the page's encoding, and on a GBK/GB2312/Big5 page raw UTF-8 bytes are a SyntaxError.
    format: { comments: false, ascii_only: true },
  });

/**
 * Maps are written for our own tools (scripts/bundle-analysis.mjs) but not shipped (package.json `files`), so no
 * bundle names one in a `sourceMappingURL` comment that would point at a missing file.
 * @type {'hidden'}
 */
const sourcemap = 'hidden';

/** Lit's css`` tag only builds a CSSResult: a style sheet no widget uses is left out. */
const treeshake = { manualPureFunctions: ['css'] };

/** Rollup would warn for every `this` at the top level of TypeScript's decorator helper; it is harmless. */
/** @type {import('rollup').RollupOptions['onwarn']} */
const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/**
 * A lazy chunk is named after the package it holds (`chunks/uqr-<hash>.js`: the same code in every bundle), else
 * after its bundle and its module (`chunks/gov-policy-feed.en-<hash>.js`): our own modules' chunks differ from
 * bundle to bundle (each keeps only the translations its bundle uses), and the size ceilings of
 * scripts/size-limits.json name a chunk without its hash.
 * @param {string} bundle
 */
const chunkName =
  (bundle) =>
  /** @param {import('rollup').PreRenderedChunk} chunk */
  (chunk) => {
    const id = chunk.facadeModuleId ?? chunk.moduleIds.at(-1) ?? '';
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];
    return `chunks/${pkg ? pkg.replace(/^@/, '').replace('/', '-') : `${bundle}.[name]`}-[hash].js`;
  };

const esBundles = entries.map((name) => ({
  input: { [name]: `src/bundles/${name}.ts` },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: chunkName(name),
    sourcemap,
    plugins: [minify(true), asciiOnly(), licenceBanner()],
  },
  plugins: plugins({ lazyLocales: true }),
  treeshake,
  onwarn,
}));

const classic = entries.includes(ALL_IN_ONE)
  ? [
      {
        input: `src/bundles/${ALL_IN_ONE}.ts`,
        output: {
          file: `dist/${ALL_IN_ONE}.classic.js`,
          format: 'iife',
          inlineDynamicImports: true,
          sourcemap,
          plugins: [minify(false), asciiOnly(), licenceBanner()],
        },
        plugins: plugins({ lazyLocales: false }),
        treeshake,
        onwarn,
      },
    ]
  : [];

export default [...esBundles, ...classic];
