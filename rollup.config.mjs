// Self-contained script-tag bundles: every src/bundles/<name>.ts becomes dist/<name>.js, an ES module with
// Lit inside (no bare imports), minified, with a source map. The npm entry points are built by tsc
// (scripts/build.mjs) and keep Lit as a dependency.
import { readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const entries = readdirSync('src/bundles')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''));

const plugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist', rootDir: 'src', noEmitOnError: true }),
];

export default entries.map((name) => ({
  input: `src/bundles/${name}.ts`,
  output: {
    // A directory, not one file: a dynamic import (the QR encoder of the account directory) becomes its own
    // chunk beside the bundle, loaded relative to it only when needed.
    dir: 'dist',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
    plugins: [terser({ module: true, ecma: 2020, format: { comments: false } })],
  },
  plugins: plugins(),
}));
