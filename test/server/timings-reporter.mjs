// A test runner reporter that writes how long each test took, per browser, to a JSON file: for keeping the CI run
// under its 20 minutes (which files and tests cost the most, in which engine). Used when GOV_TIMINGS names the file:
//
//   GOV_TIMINGS=/tmp/timings.json npx web-test-runner
//   node test/server/timings-reporter.mjs /tmp/timings.json      # the 25 costliest files and tests
//
// The durations are mocha's (the test bodies and their hooks), not page loads.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @returns {import('@web/test-runner').Reporter} */
export function timingsReporter(file) {
  /** @type {{ file: string, browser: string, ms: number, tests: { test: string, ms: number }[] }[]} */
  const rows = [];
  const walk = (suite, prefix, out) => {
    for (const test of suite?.tests ?? []) out.push({ test: prefix + test.name, ms: test.duration ?? 0 });
    for (const inner of suite?.suites ?? []) walk(inner, `${prefix}${inner.name} > `, out);
  };
  const write = () => writeFileSync(file, JSON.stringify(rows, null, 1));
  return {
    reportTestFileResults({ sessionsForTestFile, testFile }) {
      for (const session of sessionsForTestFile) {
        const tests = [];
        walk(session.testResults, '', tests);
        const ms = tests.reduce((sum, test) => sum + test.ms, 0);
        rows.push({ file: testFile.replace(`${process.cwd()}/`, ''), browser: session.browser.name, ms, tests });
      }
    },
    onTestRunFinished: write,
    stop: write,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  /** @type {{ file: string, browser: string, ms: number, tests: { test: string, ms: number }[] }[]} */
  const rows = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  const byFile = new Map();
  for (const row of rows) byFile.set(row.file, { ...(byFile.get(row.file) ?? {}), [row.browser]: row.ms });
  const total = (times) => Object.values(times).reduce((a, b) => a + b, 0);
  const s = (ms) => (ms / 1000).toFixed(1);
  console.log(`all files, all browsers: ${s(rows.reduce((sum, row) => sum + row.ms, 0))} s`);
  console.log('\nfile | ' + [...new Set(rows.map((row) => row.browser))].join(' | ') + ' (s)');
  for (const [name, times] of [...byFile].sort((a, b) => total(b[1]) - total(a[1])).slice(0, 25)) {
    console.log(`${name} | ${Object.values(times).map(s).join(' | ')}`);
  }
  console.log('\ntest (browser): s');
  const tests = rows.flatMap((row) => row.tests.map((test) => ({ ...test, browser: row.browser, file: row.file })));
  for (const test of tests.sort((a, b) => b.ms - a.ms).slice(0, 25)) console.log(`${test.file}: ${test.test.slice(0, 100)} (${test.browser}): ${s(test.ms)}`);
}
