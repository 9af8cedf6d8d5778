// Browser tests: @web/test-runner + @open-wc/testing in real headless browsers.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers } from './test/server/browsers.mjs';
import { mockMiddleware } from './test/server/mock-middleware.mjs';

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
  middleware: [mockMiddleware()],
  // Every installed engine (Chromium, Firefox, WebKit), or the subset in GOV_BROWSERS=chromium,firefox.
  browsers: browsers(),
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
