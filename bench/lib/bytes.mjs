// Bytes of every script in dist/: minified, gzip -9 and brotli q11, bundles first, then lazy chunks.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KB, budgetOf, measure } from '../../scripts/check-size.mjs';
import { table } from './format.mjs';

export function bundleBytes(dist = 'dist') {
  const rows = [];
  const js = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')).sort() : []);
  for (const name of js(dist)) rows.push({ name, ...measure(join(dist, name)), budget: budgetOf(name) });
  for (const name of js(join(dist, 'chunks'))) rows.push({ name: `chunks/${name}`, ...measure(join(dist, 'chunks', name)), lazy: true });
  return rows;
}

export function bytesTable(rows) {
  const kb = (n) => (n / KB).toFixed(2);
  return table(
    ['bundle', 'min KB', 'gzip KB', 'brotli KB', 'budget (brotli)'],
    rows.map((r) => [r.name, kb(r.min), kb(r.gzip), kb(r.brotli), r.lazy ? 'lazy chunk' : r.budget ? `${kb(r.budget)}${r.brotli > r.budget ? ' OVER' : ''}` : '-']),
  );
}
