// `gov-widgets init`, run as a webmaster runs it: a starter disclosure.json that validates, two templates that
// convert back without a warning, a sample page; asked on a terminal, refused without one; nothing overwritten.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import readXlsxFile from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { run as runCli } from '../../dist/npm/cli/main.js';
import { EN, runBin, ZH } from '../lib/cli.mjs';

/** Runs the CLI in `cwd` and `locale`; resolves with its exit code and output. */
const run = (cwd, locale, ...args) => runBin(args, { cwd, locale });

async function folder(t) {
  const dir = await mkdtemp(join(tmpdir(), 'gov-widgets-init-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test('writes a discovery document that validates, two templates and a sample page', async (t) => {
  const dir = await folder(t);
  const { code, stdout } = await run(dir, ZH, 'init', 'site', '--name', '某某县人民政府', '--code', '330127');
  assert.equal(code, 0, stdout);
  assert.match(stdout, /已写入 site：/);
  assert.match(stdout, /gov-widgets convert site\/政策模板\.xlsx site\/账号模板\.xlsx --out site/);
  assert.deepEqual((await readdir(join(dir, 'site'))).sort(), ['disclosure.json', 'index.html', '政策模板.xlsx', '账号模板.xlsx'].sort());

  const discovery = JSON.parse(await readFile(join(dir, 'site/disclosure.json'), 'utf8'));
  assert.deepEqual(discovery.jurisdiction, { name: '某某县人民政府', code: '330127', level: 'county' });
  assert.equal(discovery.version, '1.0');
  const validated = await run(dir, EN, 'validate', 'site/disclosure.json');
  assert.equal(validated.code, 0, validated.stdout);

  const page = await readFile(join(dir, 'site/index.html'), 'utf8');
  assert.match(page, /<meta charset="utf-8">/);
  assert.match(page, /<script type="module" src="\/assets\/gov-widgets\/gov-widgets\.js" charset="utf-8"><\/script>/);
  for (const tag of ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form']) assert.match(page, new RegExp(`<${tag} src="disclosure.json"`));
  assert.match(page, /<h1>某某县人民政府<\/h1>/);
});

/** A template with its example row's link changed to the county's own, as a webmaster filling it in would. */
async function ownLinks(file, url) {
  const [{ data }] = await readXlsxFile(file);
  const cell = (value) =>
    value === null
      ? null
      : value instanceof Date
        ? { value, type: Date, format: 'yyyy-mm-dd' }
        : { value: String(value).startsWith('https://www.example.gov.cn/') ? url : value };
  await writeFile(file, await writeExcelFile(data.map((row) => row.map(cell))).toBuffer());
}

test('the templates: the headers convert reads, a filled example row, and they convert back without a warning', async (t) => {
  const dir = await folder(t);
  assert.equal((await run(dir, EN, 'init', '--name', '某某县人民政府', '--code', '330127')).code, 0);
  const [policies] = await readXlsxFile(join(dir, '政策模板.xlsx'));
  assert.equal(policies.sheet, '政策');
  assert.deepEqual(policies.data[0].slice(0, 6), ['标题', '文号', '索引号', '发布机构', '成文日期', '发布日期']);
  assert.ok(policies.data[1][5] instanceof Date, 'dates are real date cells');
  const [accounts] = await readXlsxFile(join(dir, '账号模板.xlsx'));
  assert.deepEqual(accounts.data[0].slice(0, 4), ['账号名称', '平台', '主办单位', '账号ID']);
  assert.equal(accounts.data[1][1], '微信公众号');

  // Left as written, the example rows are said and not converted.
  const untouched = JSON.parse((await run(dir, ZH, 'convert', '政策模板.xlsx', '账号模板.xlsx', '--json', '--out', 'untouched')).stdout);
  assert.deepEqual(
    untouched.warnings.filter((w) => w.code === 'example-row').map((w) => `${w.file} ${w.row}`),
    ['政策模板.xlsx 2', '账号模板.xlsx 2'],
  );
  assert.equal(untouched.converted, 0);
  // Every other value of the example rows is one convert reads: with the county's own links they convert cleanly.
  await ownLinks(join(dir, '政策模板.xlsx'), 'https://www.mmx.gov.cn/art/2026/11/26/art_1_12.html');
  await ownLinks(join(dir, '账号模板.xlsx'), 'https://www.mmx.gov.cn/wx.html');
  const converted = await run(dir, ZH, 'convert', '政策模板.xlsx', '账号模板.xlsx', '--json');
  assert.equal(converted.code, 0, converted.stdout);
  const result = JSON.parse(converted.stdout);
  assert.deepEqual(result.warnings, []);
  assert.equal(result.converted, 2);
  assert.equal(result.disclosure.updated, true);
  const validated = await run(dir, EN, 'validate', 'disclosure.json', '--json', '--now', '2026-11-30');
  assert.equal(validated.code, 0, validated.stdout);
  assert.deepEqual(JSON.parse(validated.stdout).warnings, []);
});

test('refuses without a name and code when there is no terminal to ask on; checks the code', async (t) => {
  const dir = await folder(t);
  const none = await run(dir, ZH, 'init');
  assert.equal(none.code, 2);
  assert.match(none.stderr, /需要 --name 和 --code：当前不是交互式终端，无法询问/);
  const noCode = await run(dir, EN, 'init', '--name', '某某县人民政府');
  assert.equal(noCode.code, 2);
  assert.match(noCode.stderr, /--code needed/);
  const bad = await run(dir, ZH, 'init', '--name', '某某县人民政府', '--code', '33012');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--code：不是 GB\/T 2260 行政区划代码（六位数字，如 330127）：33012/);
  assert.deepEqual(await readdir(dir), []);
});

test('asks for the name and code on a terminal, again until the code is six digits', async (t) => {
  const dir = await folder(t);
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const answers = ['某某市人民政府\n', '3301\n', '330100\n'];
  let asked = '';
  // Each answer once its question is on the terminal (a question ends with "：" and no line break).
  stderr.on('data', (chunk) => {
    asked += chunk;
    if (String(chunk).endsWith('：') && answers.length > 0) stdin.write(answers.shift());
  });
  let written = '';
  stdout.on('data', (chunk) => (written += chunk));
  const code = await runCli(['init', '--lang', 'zh-Hans'], { stdin, stdout, stderr, env: {}, cwd: dir });
  assert.equal(code, 0, asked + written);
  assert.match(asked, /政府名称（如 某某县人民政府）：/);
  assert.match(asked, /--code：不是 GB\/T 2260 行政区划代码（六位数字，如 330127）：3301/);
  const discovery = JSON.parse(await readFile(join(dir, 'disclosure.json'), 'utf8'));
  assert.deepEqual(discovery.jurisdiction, { name: '某某市人民政府', code: '330100', level: 'city' });
});

test('never overwrites without --force, and says which files are there', async (t) => {
  const dir = await folder(t);
  await writeFile(join(dir, 'disclosure.json'), '{"version":"1.0"}');
  await writeFile(join(dir, 'index.html'), '<p>our own page</p>');
  const refused = await run(dir, ZH, 'init', '--name', '某某县人民政府', '--code', '330127');
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /文件已存在，未覆盖：disclosure\.json、index\.html（加 --force 覆盖）/);
  assert.equal(await readFile(join(dir, 'index.html'), 'utf8'), '<p>our own page</p>');
  assert.deepEqual((await readdir(dir)).sort(), ['disclosure.json', 'index.html']);
  const forced = await run(dir, ZH, 'init', '--name', '某某县人民政府', '--code', '330127', '--force');
  assert.equal(forced.code, 0, forced.stderr);
  assert.match(await readFile(join(dir, 'index.html'), 'utf8'), /gov-policy-feed/);
});
