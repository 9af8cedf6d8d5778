// @ts-check
// The script-tag bundles (the npm entry points are built by tsc in scripts/build.mjs and keep Lit as a
// dependency):
//
// - every src/bundles/<name>.ts becomes dist/<name>.js: a self-contained ES module with Lit inside (no bare
//   imports), minified, with a source map, and with only the UI translations its own code uses. Each entry is its own build, so no two bundles share a chunk and
//   each works alone. A dynamic import() (the directory's QR encoder) becomes a lazily loaded chunk under
//   dist/chunks/, imported relative to the bundle's own URL;
// - the all-in-one entry (src/bundles/gov-widgets.ts) is also built as a classic script,
//   dist/gov-widgets.classic.js (an IIFE for CMSs that cannot emit type="module"), with its dynamic imports
//   inlined.
import { existsSync, readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { asciiOnly } from './scripts/ascii.mjs';
import bundleManifest from './scripts/bundle-manifest.mjs';
import minifyCssLiterals from './scripts/css-literals.mjs';
import pruneMessages from './scripts/prune-messages.mjs';

export const ALL_IN_ONE = 'gov-widgets';

const entries = existsSync('src/bundles')
  ? readdirSync('src/bundles')
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort()
  : [];

const plugins = () => [
  // Lit's production build (no dev-mode warnings, smaller).
  nodeResolve({ exportConditions: ['production'], browser: true }),
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

/** Lit's css`` tag only builds a CSSResult: a style sheet no widget uses is left out. */
const treeshake = { manualPureFunctions: ['css'] };

/** Rollup would warn for every `this` at the top level of TypeScript's decorator helper; it is harmless. */
/** @type {import('rollup').RollupOptions['onwarn']} */
const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/** A lazy chunk is named after the package it holds (`chunks/uqr-<hash>.js`), else after its module. */
/** @param {import('rollup').PreRenderedChunk} chunk */
const chunkName = (chunk) => {
  const id = chunk.facadeModuleId ?? chunk.moduleIds.at(-1) ?? '';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];
  return `chunks/${pkg ? pkg.replace(/^@/, '').replace('/', '-') : '[name]'}-[hash].js`;
};

const esBundles = entries.map((name) => ({
  input: { [name]: `src/bundles/${name}.ts` },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: chunkName,
    sourcemap: true,
    plugins: [minify(true), asciiOnly()],
  },
  plugins: plugins(),
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
          sourcemap: true,
          plugins: [minify(false), asciiOnly()],
        },
        plugins: plugins(),
        treeshake,
        onwarn,
      },
    ]
  : [];

export default [...esBundles, ...classic];
