// @ts-check
// Browser tests: @web/test-runner + @open-wc/testing in real headless browsers.
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { mkdtempSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createQuestionsApi, rulesFromQuestionsDocument } from './demo/questions-api.mjs';
import { bundlesMiddleware } from './test/bundles/bundles-middleware.mjs';
import { browsers, readerBrowsers } from './test/server/browsers.mjs';
import { hostsMiddleware } from './test/server/hosts-middleware.mjs';
import { mockMiddleware } from './test/server/mock-middleware.mjs';
import { pagesMiddleware } from './test/server/pages-middleware.mjs';
import { questionsMiddleware } from './test/server/questions-middleware.mjs';
import { timingsReporter } from './test/server/timings-reporter.mjs';

// The reference question endpoint, as the demo runs it, storing into a fresh SQLite file for each run, with the
// rules of the ask-form fixture (test/server/questions-middleware.mjs puts a fault layer in front).
const questionsDir = mkdtempSync(join(tmpdir(), 'gov-widgets-questions-'));
process.once('exit', () => rmSync(questionsDir, { recursive: true, force: true }));
const questionsApi = createQuestionsApi({
  file: join(questionsDir, 'questions.sqlite'),
  // Every test's lookups come from 127.0.0.1: a limit that a whole run stays under.
  lookupLimit: { max: 10_000 },
  rules: rulesFromQuestionsDocument(JSON.parse(readFileSync('test/fixtures/ask-form/questions.json', 'utf8'))),
});

// The RSS/Atom reader's XML parser (@rgrove/parse-xml 4.x; 5.x needs Node 22) ships CommonJS only, which the
// build reads with @rollup/plugin-commonjs. Here its one-file browser build is served as an ES module with the
// named exports it has, which that plugin cannot give a dev server (it needs Rollup's whole module graph).
const PARSE_XML = '/__gov-test__/parse-xml.js';
const parseXmlFile = createRequire(import.meta.url).resolve('@rgrove/parse-xml/dist/browser.js');
/** @type {import('@web/dev-server-core').Plugin} */
const parseXmlAsModule = {
  name: 'parse-xml-as-module',
  resolveImport: ({ source }) => (source === '@rgrove/parse-xml' ? PARSE_XML : undefined),
  serve(context) {
    if (context.path !== PARSE_XML) return undefined;
    const names = Object.keys(createRequire(import.meta.url)(parseXmlFile)).filter((name) => /^\w+$/.test(name));
    const body = `const cjs = { exports: {} };\n(function (module, exports) {\n${readFileSync(parseXmlFile, 'utf8')}\n})(cjs, cjs.exports);\nexport const { ${names.join(', ')} } = cjs.exports;\n`;
    return { body, type: 'js' };
  },
};

// Diagnostics for a run that ends without its summary (twice on CI with three browsers at once: exit 1, nothing
// printed): who called process.exit with a failure, and any signal that came. Written synchronously to stderr, so
// they are printed even when the process is on its way out.
const say = (/** @type {string} */ text) => writeSync(2, `[gov-widgets] web-test-runner: ${text}\n`);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => say(`received ${signal}`));
const exitProcess = process.exit.bind(process);
process.exit = (code) => {
  if (code) say(`process.exit(${code}) from ${new Error().stack?.split('\n').slice(2, 8).join(' <- ')}`);
  return exitProcess(code);
};
process.on('exit', (code) => {
  if (code) say(`exits with ${code}`);
});

// A run that names its own test files (`npx web-test-runner "test/widgets/**/*.test.ts"`) runs only those, not
// the reader groups too (which the test runner would otherwise add to any run).
const VALUE_FLAGS = new Set(['--config', '-c', '--group', '--concurrency', '--concurrent-browsers', '--port', '--root-dir']);
const namesItsFiles = process.argv.slice(2).some((arg, i, args) => arg === '--files' || (!arg.startsWith('-') && !VALUE_FLAGS.has(args[i - 1] ?? '')));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/readers/**'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time per browser: a second page would be a background tab, where animation frames
  // (which fixtures and focus tests wait for) do not come.
  concurrency: 1,
  // Two engines at once, not three: three saved 40 s of 590 on 2 cores, but two CI runs with three (and none of
  // the many before, with two) ended halfway with exit 1 and nothing printed (see the diagnostics above).
  concurrentBrowsers: 2,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), parseXmlAsModule],
  middleware: [mockMiddleware(), pagesMiddleware(), hostsMiddleware(), bundlesMiddleware(), questionsMiddleware(questionsApi)],
  // Every installed engine (Chromium, Firefox, WebKit), or the subset in GOV_BROWSERS=chromium,firefox.
  browsers: browsers(),
  // A reader who set the browser's default font size to 20 or 32 px (test/readers/): the same engines, launched
  // with that setting, run only that file; in a full run, or alone with `--group reader-32`.
  groups: namesItsFiles
    ? []
    : [20, 32].map((size) => ({ name: `reader-${size}`, files: `test/readers/font-size-${size}.test.ts`, browsers: readerBrowsers(size) })),
  // GOV_TIMINGS=file.json also writes how long each test took (test/server/timings-reporter.mjs).
  reporters: process.env.GOV_TIMINGS ? [defaultReporter(), timingsReporter(process.env.GOV_TIMINGS)] : [defaultReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
