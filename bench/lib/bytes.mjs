// The bytes table of every script in dist/ (measured by scripts/check-size.mjs: minified, gzip -9, brotli q11;
// bundles first, then lazy chunks) and its baseline, built in the same run with the same Rollup and Terser
// settings: a bare Lit element with @lit/localize (msg() and configureLocalization), the floor any Lit widget
// bundle stands on.
import { KB, brotli, gzip } from '../../scripts/check-size.mjs';
import { table } from './format.mjs';

const BASELINE = `
import { LitElement, html, css } from 'lit';
import { configureLocalization, msg } from '@lit/localize';
configureLocalization({ sourceLocale: 'zh-Hans', targetLocales: ['en'], loadLocale: async () => ({ templates: {} }) });
class BenchBare extends LitElement {
  static properties = { name: {} };
  static styles = css\`:host { display: block; }\`;
  render() { return html\`<p>\${msg('你好')} \${this.name}</p>\`; }
}
customElements.define('bench-bare', BenchBare);
`;

/** The baseline bundle's sizes (Lit's production build, Terser as rollup.config.mjs sets it). */
export async function litBaseline() {
  const { rollup } = await import('rollup');
  const { default: nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  const id = '\0bench-baseline';
  const build = await rollup({
    input: id,
    plugins: [
      { name: 'baseline', resolveId: (source) => (source === id ? id : null), load: (source) => (source === id ? BASELINE : null) },
      nodeResolve({ exportConditions: ['production'], browser: true, rootDir: process.cwd() }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({
    format: 'es',
    plugins: [terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } })],
  });
  await build.close();
  const bytes = Buffer.from(output[0].code);
  return { name: 'Lit 3 + @lit/localize, a bare element', min: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) };
}

export function bytesTable(rows, baseline) {
  const kb = (n) => (n / KB).toFixed(2);
  const body = rows.map((r) => [
    r.name,
    kb(r.min),
    kb(r.gzip),
    kb(r.brotli),
    r.lazy ? 'lazy chunk' : r.budget ? `${kb(r.budget)}${r.brotli > r.budget ? ' OVER' : ''}` : '-',
  ]);
  if (baseline) body.push([`(baseline) ${baseline.name}`, kb(baseline.min), kb(baseline.gzip), kb(baseline.brotli), '-']);
  return table(['bundle', 'min KB', 'gzip KB', 'brotli KB', 'budget (brotli)'], body);
}
