#!/usr/bin/env node
// npm run bench: builds (see package.json), then measures, in one run, each number beside a baseline measured
// in the same run, in headless Chromium (/usr/bin/chromium; nothing is downloaded; every request goes to a
// server of this script on 127.0.0.1):
//   bytes        every bundle (min / gzip / brotli) beside a bare Lit + @lit/localize element built now;
//   render       the feed (20 / 1,000 / 10,000 items) and the directory (1,000 accounts) beside hand-written
//                vanilla-DOM renderers of the same markup (bench/lib/vanilla-*.mjs);
//   feed-scale   the feed's phases at 20 / 1,000 / 10,000 items and the 10,000-vs-20 render ratio
//                (bench/policy-feed-scale.mjs);
//   shared-src   requests made by the three widgets sharing one src, beside the number of documents;
//   cls          layout shift while the script and the data arrive late, with and without the CSS snippet;
//   heap         JS heap after the three widgets render, beside a blank page;
//   npm-app      what a Vite app's zh-Hans first visit loads for each widget's npm define module, beside a bare
//                Lit app and the CDN bundle minus bare Lit (bench/lib/npm-app.mjs).
// Prints one table (--details adds each case's own table) and writes the numbers to bench/results.json.
// Numbers are printed, never asserted: timing belongs here, not in tests.
//
//   node bench/run.mjs [--runs 5] [--only render,cls,…] [--details] [--json file] [--dist other/dist]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cpus } from 'node:os';
import { startBench } from './lib/browser.mjs';
import { cases, missing } from './lib/cases.mjs';
import { table } from './lib/format.mjs';

function parseArgs(argv) {
  const options = { runs: 5, only: undefined, json: 'bench/results.json', details: false, dist: 'dist' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') options.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (argv[i] === '--only') options.only = new Set(argv[++i].split(','));
    else if (argv[i] === '--json') options.json = argv[++i];
    else if (argv[i] === '--details') options.details = true;
    else if (argv[i] === '--dist') options.dist = argv[++i];
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('node bench/run.mjs [--runs 5] [--only <case>,…] [--details] [--json bench/results.json] [--dist dist]');
      console.log(`cases: ${cases.map((c) => c.id).join(', ')}`);
      process.exit(0);
    } else {
      console.error(`unknown option ${argv[i]} (see --help)`);
      process.exit(2);
    }
  }
  if (options.only) {
    const unknown = [...options.only].filter((id) => !cases.some((c) => c.id === id));
    if (unknown.length) {
      console.error(`unknown case ${unknown.join(', ')}; cases: ${cases.map((c) => c.id).join(', ')}`);
      process.exit(2);
    }
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));
const started = Date.now();
const selected = cases.filter((entry) => !options.only || options.only.has(entry.id));
const report = { date: new Date().toISOString(), runs: options.runs, machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`, results: {}, notes: [] };
const summary = [];
const details = [];

let ctx = null;
try {
  for (const entry of selected) {
    const absent = missing(entry, options.dist);
    if (absent.length > 0) {
      report.notes.push(`${entry.id}: skipped, ${absent.join(', ')} missing`);
      continue;
    }
    if (entry.browser && !ctx) {
      ctx = await startBench({ dist: options.dist });
      report.browser = await ctx.browser.version();
    }
    const t = Date.now();
    try {
      const out = await entry.run(ctx, options);
      summary.push(...out.summary);
      details.push(`## ${entry.title} (${((Date.now() - t) / 1000).toFixed(1)} s)\n\n${out.detail}`);
      report.results[entry.id] = out.data;
    } catch (error) {
      report.notes.push(`${entry.id}: FAILED ${error.message}`);
      details.push(`## ${entry.title}\n\nFAILED: ${error.stack ?? error}`);
      process.exitCode = 1;
    }
  }
} finally {
  await ctx?.close();
}

if (options.details) console.log(`${details.join('\n\n')}\n`);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `gov-widgets bench: ${report.browser ?? 'no browser'}, ${report.machine}; medians of ${options.runs} runs (CLS: ${Math.min(options.runs, 3)}); ${seconds} s`,
);
console.log(table(['measure', 'gov-widgets', 'baseline (same run)', 'baseline', 'ratio'], summary));
for (const note of report.notes) console.log(`note: ${note}`);
if (!options.details && details.length) console.log('(--details prints each case in full)');
report.seconds = Number(seconds);
report.table = summary;
if (options.json) {
  mkdirSync(dirname(options.json), { recursive: true });
  writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
}
