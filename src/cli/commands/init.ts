/**
 * gov-widgets init [<folder>] [--name <名称>] [--code <GB/T 2260 六位代码>] [--force]
 *
 * Starts a county's folder: a discovery document `disclosure.json` (the jurisdiction's name, code and the
 * level the code implies; no sections yet — `convert` links them), the two templates a county fills in
 * (`政策模板.xlsx`, `账号模板.xlsx`: the columns `convert` reads, a filled example row, the header row bold
 * and frozen) and `index.html`, a sample page with the three widgets. The name and code are asked on a
 * terminal when not given, and refused with a message when there is no terminal to ask on. Nothing is
 * overwritten without `--force`: when any of the four files is there, none is written.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { UsageError, write, type Command, type Context } from '../command.js';
import { DISCLOSURE } from '../convert/disclosure.js';
import { CONVERT_CATALOGS, type ConvertMessages } from '../convert/messages.js';
import { accountsTemplate, policiesTemplate, samplePage } from '../convert/templates.js';

export const POLICIES_TEMPLATE = '政策模板.xlsx';
export const ACCOUNTS_TEMPLATE = '账号模板.xlsx';
export const SAMPLE_PAGE = 'index.html';

const CODE = /^\d{6}$/;

/** The level a GB/T 2260 code names: `xx0000` a province, `xxxx00` a city (prefecture), else a county. */
export function levelOf(code: string): 'province' | 'city' | 'county' {
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'city' : 'county';
}

const value = { kind: 'value', parse: (text: string) => text } as const;

export const init: Command = {
  name: 'init',
  options: { '--name': value, '--code': value, '--force': { kind: 'flag' } },
  async run(context, { options, operands }) {
    const m = CONVERT_CATALOGS[context.locale];
    if (operands.length > 1) throw new UsageError(m.initOneFolder(operands[1]!));
    let name = (options['--name'] as string | undefined)?.trim();
    let code = (options['--code'] as string | undefined)?.trim();
    if (name === '') throw new UsageError(m.badName);
    if (code !== undefined && !CODE.test(code)) throw new UsageError(m.badCode(code));
    if (name === undefined || code === undefined) {
      const stdin = context.io.stdin;
      if (!stdin?.isTTY) throw new UsageError(m.needsNameAndCode([...(name === undefined ? ['--name'] : []), ...(code === undefined ? ['--code'] : [])]));
      const asked = await ask(context, m, name, code);
      name = asked.name;
      code = asked.code;
    }
    return initFolder(context, m, operands[0] ?? '.', name, code, Boolean(options['--force']));
  },
};

/** Asks on the terminal until each answer is valid. */
async function ask(context: Context, m: ConvertMessages, name: string | undefined, code: string | undefined): Promise<{ name: string; code: string }> {
  const rl = createInterface({ input: context.io.stdin!, output: context.io.stderr, terminal: true });
  try {
    let n = name;
    while (!n) n = (await rl.question(m.askName)).trim();
    let c = code;
    while (c === undefined || !CODE.test(c)) {
      if (c !== undefined) await write(context.io.stderr, `${m.badCode(c)}\n`);
      c = (await rl.question(m.askCode)).trim();
    }
    return { name: n, code: c };
  } finally {
    rl.close();
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function initFolder(context: Context, m: ConvertMessages, folderArg: string, name: string, code: string, force: boolean): Promise<number> {
  const { io } = context;
  const folder = resolve(io.cwd, folderArg);
  const files = [DISCLOSURE, POLICIES_TEMPLATE, ACCOUNTS_TEMPLATE, SAMPLE_PAGE];
  if (!force) {
    const there = [];
    for (const file of files) if (await exists(join(folder, file))) there.push(file);
    if (there.length > 0) {
      await write(io.stderr, `gov-widgets: ${m.initExists(there)}\n`);
      return 1;
    }
  }
  await mkdir(folder, { recursive: true });
  const discovery = {
    version: '1.0',
    generated_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    jurisdiction: { name, code, level: levelOf(code) },
    organizations: [],
  };
  await writeFile(join(folder, DISCLOSURE), `${JSON.stringify(discovery, null, 2)}\n`, 'utf8');
  await writeFile(join(folder, POLICIES_TEMPLATE), await policiesTemplate(name));
  await writeFile(join(folder, ACCOUNTS_TEMPLATE), await accountsTemplate(name));
  await writeFile(join(folder, SAMPLE_PAGE), samplePage(name, m.pageTitle(name)), 'utf8');
  const shown = relative(io.cwd, folder) || '.';
  const what = [m.initFileDisclosure, m.initFilePolicies, m.initFileAccounts, m.initFilePage];
  const lines = [m.initWrote(shown), ...files.map((file, i) => `  ${file}  ${what[i]}`), '', m.initNext(shown)];
  await write(io.stdout, `${lines.join('\n')}\n`);
  return 0;
}
