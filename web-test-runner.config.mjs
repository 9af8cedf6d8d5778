// @ts-check
// Browser tests: @web/test-runner + @open-wc/testing in real headless browsers.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createQuestionsApi, rulesFromQuestionsDocument } from './demo/questions-api.mjs';
import { bundlesMiddleware } from './test/bundles/bundles-middleware.mjs';
import { browsers } from './test/server/browsers.mjs';
import { hostsMiddleware } from './test/server/hosts-middleware.mjs';
import { mockMiddleware } from './test/server/mock-middleware.mjs';
import { pagesMiddleware } from './test/server/pages-middleware.mjs';
import { questionsMiddleware } from './test/server/questions-middleware.mjs';

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

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time per browser: a second page would be a background tab, where animation frames
  // (which fixtures and focus tests wait for) do not come.
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [mockMiddleware(), pagesMiddleware(), hostsMiddleware(), bundlesMiddleware(), questionsMiddleware(questionsApi)],
  // Every installed engine (Chromium, Firefox, WebKit), or the subset in GOV_BROWSERS=chromium,firefox.
  browsers: browsers(),
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
