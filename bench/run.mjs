#!/usr/bin/env node
// npm run bench: builds (see package.json), then measures in headless Chromium (/usr/bin/chromium; nothing is
// downloaded; every request goes to a server of this script on 127.0.0.1):
//   1. bytes of every bundle in dist/ (min / gzip / brotli), lazy chunks apart;
//   2. the browser cases of bench/lib/cases.mjs: requests of widgets sharing one src, layout shift while data
//      arrives late, JS heap, render time at scale (policy feed, directory), …
// Cases whose bundle does not exist yet are skipped and named. Numbers are printed, never asserted: timing
// belongs here, not in tests.
//
//   node bench/run.mjs [--runs 5] [--only bytes,cls,…] [--json file]
import { writeFileSync } from 'node:fs';
import { bundleBytes, bytesTable } from './lib/bytes.mjs';
import { startBench } from './lib/browser.mjs';
import { cases, missing } from './lib/cases.mjs';

function parseArgs(argv) {
  const options = { runs: 5, only: undefined, json: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') options.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (argv[i] === '--only') options.only = new Set(argv[++i].split(','));
    else if (argv[i] === '--json') options.json = argv[++i];
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('node bench/run.mjs [--runs 5] [--only bytes,<case id>,…] [--json out.json]');
      console.log(`cases: bytes, ${cases.map((c) => c.id).join(', ')}`);
      process.exit(0);
    }
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));
const wanted = (id) => !options.only || options.only.has(id);
const report = { date: new Date().toISOString(), results: {} };
const section = (title, body) => console.log(`\n## ${title}\n\n${body}`);

if (wanted('bytes')) {
  const rows = bundleBytes();
  report.results.bytes = rows;
  section('Bytes per bundle (1 KB = 1024 bytes)', rows.length ? bytesTable(rows) : 'no bundles in dist/ (run npm run build)');
}

const runnable = cases.filter((entry) => wanted(entry.id));
if (runnable.some((entry) => !entry.pending && missing(entry).length === 0)) {
  const ctx = await startBench();
  try {
    console.log(`\nBrowser: ${await ctx.browser.version()}, ${options.runs} run(s) per measurement`);
    for (const entry of runnable) {
      if (entry.pending) {
        section(entry.title, `not measured yet: ${entry.pending}`);
        continue;
      }
      const absent = missing(entry);
      if (absent.length > 0) {
        section(entry.title, `skipped: ${absent.join(', ')} missing`);
        continue;
      }
      try {
        const out = await entry.run(ctx, options);
        if (typeof out === 'string') {
          report.results[entry.id] = out;
          section(entry.title, out);
        } else section(entry.title, `skipped: ${out.skipped}`);
      } catch (error) {
        section(entry.title, `FAILED: ${error.stack ?? error}`);
        process.exitCode = 1;
      }
    }
  } finally {
    await ctx.close();
  }
} else {
  for (const entry of runnable) section(entry.title, entry.pending ? `not measured yet: ${entry.pending}` : `skipped: ${missing(entry).join(', ')} missing`);
}

if (options.json) writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
