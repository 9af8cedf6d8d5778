// The built command line (bin/gov-widgets.mjs) run as a webmaster runs it, for the Node tests in test/node/.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

export const BIN = resolve('bin/gov-widgets.mjs');
export const EN = { LANG: 'C.UTF-8' };
export const ZH = { LANG: 'zh_CN.UTF-8' };

/** The environment without any locale variable, plus `locale` (e.g. { LANG: 'zh_CN.UTF-8' }). */
export function cliEnvironment(locale) {
  const env = { ...process.env, NO_COLOR: '1' };
  for (const name of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete env[name];
  return { ...env, ...locale };
}

/**
 * Runs the CLI with `args` in `locale` (and `cwd`, default this process's); resolves with its exit code and
 * output (never rejects on a non-zero exit).
 */
export function runBin(args, { locale = EN, cwd } = {}) {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: cliEnvironment(locale), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}
