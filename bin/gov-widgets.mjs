#!/usr/bin/env node
// gov-widgets validate <file|url> [--json] [--now <date>] [--stale-days <n>] [--lang zh-Hans|zh-Hant|en]
//
// The command line is TypeScript in src/cli/, compiled by `npm run build` into dist/npm/cli/; this file only
// starts it. It sets the exit status instead of calling process.exit(), so output to a pipe is never cut off.
let cli;
try {
  cli = await import('../dist/npm/cli/main.js');
} catch (error) {
  process.stderr.write(
    `gov-widgets: the package is not built (dist/npm/cli is missing): run npm run build\n` +
      `gov-widgets：软件包尚未构建（缺少 dist/npm/cli）：请运行 npm run build\n${error.message}\n`,
  );
  process.exitCode = 2;
}
// `| head` closes the pipe early: the command's writes end quietly (EPIPE), not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
if (cli) {
  process.exitCode = await cli.run(process.argv.slice(2), {
    // A getter: process.stdin is only opened by a command that asks (init on a terminal).
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
}
