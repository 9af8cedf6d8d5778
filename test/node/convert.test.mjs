// `gov-widgets convert`, run as a webmaster runs it: a GBK CSV ledger, an XLSX policy list with a sheet of
// mistakes, and the documents it writes checked by `gov-widgets validate`. Built from src/cli/ by `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { EN, runBin, ZH } from '../lib/cli.mjs';

const LEDGER = resolve('test/node/fixtures/convert/ledger-gbk.csv');

/** Runs the CLI in `cwd` and `locale`; resolves with its exit code and output. */
const run = (cwd, locale, ...args) => runBin(args, { cwd, locale });
const HANT = { LANG: 'zh_TW.UTF-8' };

async function folder(t) {
  const dir = await mkdtemp(join(tmpdir(), 'gov-widgets-convert-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

const readJson = async (path) => JSON.parse(await readFile(path, 'utf8'));

/** `gov-widgets validate <file> --json` in `cwd`: exit code and result. */
async function validate(cwd, file) {
  const { code, stdout } = await run(cwd, EN, 'validate', file, '--json', '--now', '2026-12-01');
  return { code, result: JSON.parse(stdout) };
}

// ---------------------------------------------------------------------------------------------------
// The XLSX policy list: 250 good rows in 「政策」 with every date form, a sheet 「有误」 with one mistake a row,
// and a sheet 「说明」 without headers.

const HEADERS = ['文件名称', '发文字号', '索引号', '发文机关', '成文日期', '公开日期', '时效性', '主题分类', '文种', '网址', '内容概述', '经办人'];
const ISSUERS = ['某某县人民政府办公室', '某某县教育局', '某某县卫生健康局'];
const FORCES = ['有效', '现行有效', '失效', '部分有效'];
const KINDS = ['规范性文件', '政策解读', '通知'];
const pad = (n, w = 2) => String(n).padStart(w, '0');

/** Day `i` of 2026 in one of the forms counties write, by `i % 6`. */
function dateCell(i) {
  const date = new Date(Date.UTC(2026, 0, 1 + i));
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  switch (i % 6) {
    case 0:
      return { value: date, type: Date, format: 'yyyy-mm-dd' };
    case 1:
      return `${y}年${m}月${d}日`;
    case 2:
      return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000; // an Excel serial saved without its format
    case 3:
      return `${y}/${m}/${d}`;
    case 4:
      return `${y}${pad(m)}${pad(d)}`;
    default:
      return `${y}.${pad(m)}.${pad(d)}`;
  }
}
const isoDay = (i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);

function policyRow(i) {
  return [
    `某某县关于第${i + 1}项工作的通知`,
    `某政办发〔2026〕${i + 1}号`,
    `11330127MB0000000X/2026-${pad(i + 1, 5)}`,
    ISSUERS[i % 3],
    dateCell(i),
    dateCell(i + 1),
    FORCES[i % 4],
    i % 2 ? '教育' : '卫生健康',
    KINDS[i % 3],
    `https://www.example.gov.cn/art/2026/${i + 1}.html`,
    `第${i + 1}项工作的内容概述。`,
    '张三',
  ];
}

const MISTAKES = [
  HEADERS,
  policyRow(300),
  [...policyRow(301).slice(0, 5), '2026年13月1日', ...policyRow(301).slice(6)],
  [...policyRow(302).slice(0, 6), '长期', ...policyRow(302).slice(7)],
  [null, ...policyRow(303).slice(1)],
  [...policyRow(304).slice(0, 9), 'javascript:alert(1)', ...policyRow(304).slice(10)],
  [...policyRow(305).slice(0, 4), '2026-02-30', ...policyRow(305).slice(5)],
  HEADERS.map(() => null),
  policyRow(306),
];

async function policyWorkbook(path) {
  const sheets = [
    { sheet: '政策', data: [HEADERS, ...Array.from({ length: 250 }, (_, i) => policyRow(i))] },
    { sheet: '有误', data: MISTAKES },
    { sheet: '说明', data: [['请按模板填写，每行一条政策。'], ['日期格式：2026-11-26 或 2026年11月26日']] },
  ];
  await writeFile(path, await writeExcelFile(sheets).toBuffer());
}

test('a GBK CSV ledger: encoding detected and said, 20 accounts written that validate accepts, duplicates and unknown platforms reported', async (t) => {
  const dir = await folder(t);
  await cp(LEDGER, join(dir, '备案台账.csv'));
  const { code, stdout } = await run(dir, ZH, 'convert', '备案台账.csv', '--out', 'site');
  assert.equal(code, 0, stdout);
  assert.match(stdout, /备案台账\.csv：CSV，识别到的编码：GBK\/GB18030/);
  assert.match(stdout, /账号，共 21 行：已转换 20 行/);
  assert.match(stdout, /第 2 行：未识别的列（已忽略）：序号、备注/);
  assert.match(stdout, /第 21 行：与第 3 行是同一条记录，只转换一次/);
  assert.match(stdout, /第 23 行「平台类型」列：未知平台“人民号”/);
  // No disclosure.json there: what to add is printed, nothing is made up.
  assert.match(stdout, /site 中没有 disclosure\.json：请先运行“gov-widgets init site”/);
  assert.deepEqual(await readdir(join(dir, 'site')), ['accounts.json']);

  const { accounts } = await readJson(join(dir, 'site/accounts.json'));
  assert.equal(accounts.length, 20);
  const byName = (name, platform) => accounts.find((a) => a.name === name && a.platform === platform);
  assert.deepEqual(byName('某某县发布', 'wechat_oa'), {
    id: byName('某某县发布', 'wechat_oa').id,
    name: '某某县发布',
    platform: 'wechat_oa',
    organization_id: byName('某某县发布', 'weibo').organization_id,
    handle: 'gh_1a2b3c4d5e6f',
    url: 'https://mp.weixin.qq.com/s/abc',
    verified: true,
    functions: ['publish', 'interact'],
    followers: { count: 12000 },
    last_post_at: '2026-11-28',
    status: 'active',
  });
  assert.equal(byName('某某县发布', 'weibo').followers.count, 3456);
  assert.equal(byName('某某县发布', 'weibo').last_post_at, '2026-11-27');
  assert.equal(byName('某某市场监管', 'wechat_oa').last_post_at, '2026-11-18T09:30:00+08:00');
  assert.equal(byName('某某交通', 'toutiao').status, 'paused');
  assert.equal(byName('某某乡村振兴', 'wechat_oa').status, 'closed');
  assert.equal(byName('某某融媒', 'app').followers.count, 52000);
  assert.equal(byName('某某应急', 'wechat_channels').handle, 'sph_mouxianyj');
  assert.equal(byName('某某县政务服务', 'miniprogram').functions[0], 'service');
  assert.deepEqual([byName('某某融媒体', 'other').platform_label], ['人民号']);

  const { code: valid, result } = await validate(dir, 'site/accounts.json');
  assert.equal(valid, 0, JSON.stringify(result.errors));
  const audits = new Set(result.warnings.map((w) => w.audit));
  for (const audit of ['stale', 'duplicate', 'unverified']) assert.ok(audits.has(audit), audit);
});

test('after init, converting links the sections and adds the organizations to disclosure.json, which validates', async (t) => {
  const dir = await folder(t);
  await cp(LEDGER, join(dir, 'ledger.csv'));
  await policyWorkbook(join(dir, 'policies.xlsx'));
  assert.equal((await run(dir, ZH, 'init', 'site', '--name', '某某县人民政府', '--code', '330127')).code, 0);
  const { code, stdout } = await run(dir, ZH, 'convert', 'ledger.csv', 'policies.xlsx', '--sheet', '政策', '--out', 'site');
  assert.equal(code, 0, stdout);
  assert.match(stdout, /site\/disclosure\.json：已关联 site\/policies\.json、site\/accounts\.json，新增 14 个机构/);
  const discovery = await readJson(join(dir, 'site/disclosure.json'));
  assert.equal(discovery.policies, 'policies.json');
  assert.equal(discovery.accounts, 'accounts.json');
  assert.equal(discovery.jurisdiction.name, '某某县人民政府');
  // The 发布机构 of the policy list and the 主办单位 of the ledger meet in one organization.
  const office = discovery.organizations.find((o) => o.name === '某某县人民政府办公室');
  const feed = await readJson(join(dir, 'site/policies.json'));
  assert.equal(feed.title, '某某县人民政府政策文件');
  assert.ok(feed.items.some((item) => item._gov.issuer_id === office.id));
  const { accounts } = await readJson(join(dir, 'site/accounts.json'));
  assert.equal(accounts.find((a) => a.name === '某某县发布').organization_id, office.id);

  const { code: valid, result } = await validate(dir, 'site/disclosure.json');
  assert.equal(valid, 0, JSON.stringify(result.errors, null, 2));
  assert.deepEqual(
    result.documents.map((d) => d.document.replace(/\\/g, '/')),
    ['site/disclosure.json', 'site/policies.json', 'site/accounts.json', 'site/policies-2.json', 'site/policies-3.json'],
  );

  // A second run changes nothing but the time: ids are stable, organizations are not added twice.
  const before = { feed: await readFile(join(dir, 'site/policies.json'), 'utf8'), accounts: await readFile(join(dir, 'site/accounts.json'), 'utf8') };
  assert.equal((await run(dir, ZH, 'convert', 'ledger.csv', 'policies.xlsx', '--sheet', '政策', '--out', 'site')).code, 0);
  assert.equal(await readFile(join(dir, 'site/policies.json'), 'utf8'), before.feed);
  assert.equal(await readFile(join(dir, 'site/accounts.json'), 'utf8'), before.accounts);
  const again = await readJson(join(dir, 'site/disclosure.json'));
  assert.deepEqual(again.organizations, discovery.organizations);
});

test("the templates' example rows, left in above the county's own rows, are said and not converted", async (t) => {
  const dir = await folder(t);
  assert.equal((await run(dir, ZH, 'init', 'site', '--name', '某某县人民政府', '--code', '330127')).code, 0);
  // The policy template as a webmaster fills it: the example row kept, the county's own policy below it.
  const [{ data: rows }] = await readXlsxFile(await readFile(join(dir, 'site/政策模板.xlsx')));
  const [header, example] = rows;
  const own = example.map((value, i) => {
    const name = header[i];
    if (/标题/.test(name)) return '某某县人民政府关于做好冬季供暖工作的通知';
    if (/链接/.test(name)) return 'https://www.mmx.gov.cn/art/2026/12/1/art_5_1.html';
    if (/索引号/.test(name)) return '11330127MB0000000X/2026-00031';
    if (/文号/.test(name)) return '某政发〔2026〕31号';
    return value;
  });
  const cell = (value) => (value instanceof Date ? { value, type: Date, format: 'yyyy-mm-dd' } : value === null ? null : { value });
  await writeFile(join(dir, 'policies.xlsx'), await writeExcelFile([header, example, own].map((row) => row.map(cell))).toBuffer());

  const { code, stdout } = await run(dir, ZH, 'convert', 'policies.xlsx', 'site/账号模板.xlsx', '--out', 'site');
  assert.equal(code, 0, stdout);
  // Not counted as one of the county's rows, and said under its file, by sheet and row.
  assert.match(stdout, /表「Sheet1」：政策，共 1 行：已转换 1 行\n/);
  assert.match(stdout, /表「账号」：账号，共 0 行/);
  assert.match(stdout, /✔ 已转换 1 行。/);
  assert.match(
    stdout,
    /policies\.xlsx\n\s+表「Sheet1」第 2 行：这是模板里的示例行（链接 https:\/\/www\.example\.gov\.cn\/art\/2026\/11\/26\/art_1_12\.html），未转换；请删除这一行/,
  );
  assert.match(stdout, /表「账号」第 2 行：这是模板里的示例行（链接 https:\/\/www\.example\.gov\.cn\/wx\.html），未转换；请删除这一行/);
  const feed = await readJson(join(dir, 'site/policies.json'));
  assert.deepEqual(
    feed.items.map((item) => item.title),
    ['某某县人民政府关于做好冬季供暖工作的通知'],
  );
  const { stdout: english } = await run(dir, EN, 'convert', 'policies.xlsx', '--out', 'site');
  assert.match(
    english,
    /row 2: the template's example row \(its link is https:\/\/www\.example\.gov\.cn\/art\/2026\/11\/26\/art_1_12\.html\); not converted: delete the row/,
  );
});

test('an XLSX policy list: a paged JSON Feed, newest first, every date form read, that validate accepts', async (t) => {
  const dir = await folder(t);
  await policyWorkbook(join(dir, '政策.xlsx'));
  const { code, stdout } = await run(dir, ZH, 'convert', '政策.xlsx', '--sheet', '政策', '--out', 'out');
  assert.equal(code, 0, stdout);
  assert.match(stdout, /表「政策」：政策，共 250 行：已转换 250 行/);
  assert.match(stdout, /表「政策」第 1 行：未识别的列（已忽略）：经办人/);
  const pages = [
    await readJson(join(dir, 'out/policies.json')),
    await readJson(join(dir, 'out/policies-2.json')),
    await readJson(join(dir, 'out/policies-3.json')),
  ];
  assert.deepEqual(
    pages.map((p) => [p.items.length, p.next_url]),
    [
      [100, 'policies-2.json'],
      [100, 'policies-3.json'],
      [50, undefined],
    ],
  );
  const items = pages.flatMap((p) => p.items);
  assert.equal(pages[0].version, 'https://jsonfeed.org/version/1.1');
  // Newest first, across pages; each row's publication date read whatever its form (day i + 1 of 2026).
  const dates = items.map((item) => item.date_published);
  assert.deepEqual(dates, [...dates].sort().reverse());
  for (const item of items) {
    const i = Number(/第(\d+)项/.exec(item.title)[1]) - 1;
    assert.equal(item.date_published, isoDay(i + 1), item.title);
    assert.equal(item._gov.signed_date, isoDay(i), item.title);
    assert.equal(item.id, `11330127MB0000000X/2026-${pad(i + 1, 5)}`);
    assert.equal(item._gov.legal_force, ['in_force', 'in_force', 'not_in_force', 'partially_in_force'][i % 4]);
    assert.equal(item._gov.kind, ['policy', 'interpretation', 'notice'][i % 3]);
    assert.equal(item._gov.issuer, ISSUERS[i % 3]);
  }
  const { code: valid, result } = await validate(dir, 'out/policies.json');
  assert.equal(valid, 0, JSON.stringify(result.errors, null, 2));
  assert.equal(result.documents.length, 3);
});

test('the sheet with mistakes: each error by sheet, row and column in Chinese; those rows left out, exit 1', async (t) => {
  const dir = await folder(t);
  await policyWorkbook(join(dir, '政策.xlsx'));
  const { code, stdout } = await run(dir, ZH, 'convert', '政策.xlsx', '--out', 'out');
  assert.equal(code, 1, stdout);
  const errors = stdout.slice(stdout.indexOf('错误（5）：'), stdout.indexOf('警告（'));
  assert.equal(
    errors.trim(),
    [
      '错误（5）：',
      '  政策.xlsx',
      '    表「有误」第 3 行「公开日期」列：无法识别的日期“2026年13月1日”（示例：2026-11-26 或 2026年11月26日）',
      '    表「有误」第 4 行「时效性」列：无法识别的有效性“长期”（可填：有效、部分有效、失效）',
      '    表「有误」第 5 行「文件名称」列：必填，但为空',
      '    表「有误」第 6 行「网址」列：不是组件可以显示的链接：“javascript:alert(1)”（须以 http:// 或 https:// 开头）',
      '    表「有误」第 7 行「成文日期」列：无法识别的日期“2026-02-30”（示例：2026-11-26 或 2026年11月26日）',
    ].join('\n'),
  );
  assert.match(stdout, /表「有误」：政策，共 7 行：已转换 2 行，未转换 5 行/);
  assert.match(stdout, /表「说明」：未识别到列名，已跳过/);
  assert.match(stdout, /✖ 已转换 252 行，5 行因错误未转换（见上文）。/);
  const items = [
    ...(await readJson(join(dir, 'out/policies.json'))).items,
    ...(await readJson(join(dir, 'out/policies-2.json'))).items,
    ...(await readJson(join(dir, 'out/policies-3.json'))).items,
  ];
  assert.equal(items.length, 252);
  assert.ok(!items.some((item) => /第30[2-6]项/.test(item.title)), 'rows with errors are left out');
  assert.equal((await validate(dir, 'out/policies.json')).code, 0);

  // --json: the same, as data, complete through a pipe.
  const json = await run(dir, ZH, 'convert', '政策.xlsx', '--out', 'out', '--json');
  assert.equal(json.code, 1);
  const result = JSON.parse(json.stdout);
  assert.deepEqual(
    result.errors.map((e) => [e.file, e.sheet, e.row, e.column, e.code, e.value]),
    [
      ['政策.xlsx', '有误', 3, '公开日期', 'bad-date', '2026年13月1日'],
      ['政策.xlsx', '有误', 4, '时效性', 'bad-legal-force', '长期'],
      ['政策.xlsx', '有误', 5, '文件名称', 'required', undefined],
      ['政策.xlsx', '有误', 6, '网址', 'bad-url', 'javascript:alert(1)'],
      ['政策.xlsx', '有误', 7, '成文日期', 'bad-date', '2026-02-30'],
    ],
  );
  assert.equal(result.converted, 252);
  assert.equal(result.left_out, 5);
  assert.deepEqual(
    result.written.map((w) => [w.file.replace(/\\/g, '/'), w.count]),
    [
      ['out/policies.json', 100],
      ['out/policies-2.json', 100],
      ['out/policies-3.json', 52],
    ],
  );
});

test('problems read in English and Traditional Chinese too', async (t) => {
  const dir = await folder(t);
  await policyWorkbook(join(dir, 'p.xlsx'));
  const en = await run(dir, EN, 'convert', 'p.xlsx', '--sheet', '有误', '--out', 'out');
  assert.equal(en.code, 1);
  assert.match(en.stdout, /sheet "有误", row 3, column "公开日期": date not recognised "2026年13月1日" \(examples: 2026-11-26 or 2026年11月26日\)/);
  assert.match(en.stdout, /✖ 2 row\(s\) converted, 5 left out/);
  const hant = await run(dir, HANT, 'convert', 'p.xlsx', '--sheet', '有误', '--out', 'out');
  assert.match(hant.stdout, /表「有误」第 3 列「公开日期」欄：無法識別的日期「2026年13月1日」/);
});

test('UTF-8 with and without a byte order mark; a required column missing names the headers accepted', async (t) => {
  const dir = await folder(t);
  const csv = '标题,发布日期,有效性\n关于某事的通知,2026年11月26日,有效\n';
  await writeFile(join(dir, 'plain.csv'), csv);
  await writeFile(join(dir, 'bom.csv'), `\ufeff${csv}`);
  await writeFile(join(dir, 'no-date.csv'), '标题,有效性\n关于某事的通知,有效\n');
  const plain = await run(dir, ZH, 'convert', 'plain.csv', '--out', 'a');
  assert.equal(plain.code, 0, plain.stdout);
  assert.match(plain.stdout, /plain\.csv：CSV，识别到的编码：UTF-8\n/);
  const bom = await run(dir, ZH, 'convert', 'bom.csv', '--out', 'b');
  assert.match(bom.stdout, /识别到的编码：UTF-8（带 BOM）/);
  assert.equal((await readJson(join(dir, 'b/policies.json'))).items[0].title, '关于某事的通知');
  const missing = await run(dir, ZH, 'convert', 'no-date.csv', '--out', 'c');
  assert.equal(missing.code, 1);
  assert.match(missing.stdout, /第 1 行：缺少必填列：「发布日期」（可用列名：发布日期、公开日期、发布时间）/);
  assert.match(missing.stdout, /未写入任何文件/);
});

test("refusals: an old .xls, a missing file, a missing sheet, a bad option, a sheet over 100,000 rows, text over the contract's bounds", async (t) => {
  const dir = await folder(t);
  await writeFile(join(dir, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  await policyWorkbook(join(dir, 'p.xlsx'));
  const old = await run(dir, ZH, 'convert', 'old.xls');
  assert.equal(old.code, 1);
  assert.match(old.stdout, /请另存为 \.xlsx/);
  assert.match((await run(dir, ZH, 'convert', 'nothing.csv')).stdout, /nothing\.csv\n {4}文件不存在/);
  assert.match((await run(dir, ZH, 'convert', 'p.xlsx', '--sheet', '附件')).stdout, /没有名为「附件」的表；工作簿中的表：政策、有误、说明/);
  const kind = await run(dir, ZH, 'convert', 'p.xlsx', '--kind', 'questions');
  assert.equal(kind.code, 2);
  assert.match(kind.stderr, /--kind：questions 既不是 policies（政策）也不是 accounts（账号）/);
  assert.equal((await run(dir, ZH, 'convert', 'p.xlsx', '--page-size', '0')).code, 2);
  assert.equal((await run(dir, ZH, 'convert')).code, 2);

  await writeFile(join(dir, 'huge.csv'), `标题,发布日期\n${'某通知,2026-11-26\n'.repeat(100_001)}`);
  const huge = await run(dir, ZH, 'convert', 'huge.csv', '--out', 'h');
  assert.equal(huge.code, 1);
  assert.match(huge.stdout, /超过 100000 行：请拆分为多个文件/);

  await writeFile(join(dir, 'long.csv'), `标题,发布日期\n${'长'.repeat(501)},2026-11-26\n短标题,2026-11-26\n`);
  const long = await run(dir, ZH, 'convert', 'long.csv', '--out', 'l');
  assert.equal(long.code, 1);
  assert.match(long.stdout, /第 2 行「标题」列：超过 500 个字符：“长{20}…”，请缩短（不会自动截断）/);
  assert.equal((await readJson(join(dir, 'l/policies.json'))).items.length, 1);
});

test('--page-size and --base-url: pages of the size asked, feed_url absolute, relative links resolved; older extra pages removed', async (t) => {
  const dir = await folder(t);
  const rows = Array.from({ length: 25 }, (_, i) => `第${i + 1}号通知,2026-11-${pad(i + 1)},/art/${i + 1}.html`).join('\n');
  await writeFile(join(dir, 'list.csv'), `标题,发布日期,链接\n${rows}\n`);
  await writeFile(join(dir, 'policies-9.json'), '{}');
  const { code, stdout } = await run(dir, EN, 'convert', 'list.csv', '--page-size', '10', '--base-url', 'https://county.example.gov.cn/data', '--json');
  assert.equal(code, 0, stdout);
  const result = JSON.parse(stdout);
  assert.deepEqual(result.removed, ['policies-9.json']);
  const first = await readJson(join(dir, 'policies.json'));
  assert.equal(first.feed_url, 'https://county.example.gov.cn/data/policies.json');
  assert.equal(first.items.length, 10);
  assert.equal(first.items[0].title, '第25号通知');
  assert.equal(first.items[0].url, 'https://county.example.gov.cn/art/25.html');
  assert.equal((await readJson(join(dir, 'policies-3.json'))).items.length, 5);
  assert.deepEqual((await readdir(dir)).filter((f) => f.startsWith('policies')).sort(), ['policies-2.json', 'policies-3.json', 'policies.json']);
});

test("an RSS 2.0 file: read by the contract's reader, written as the paged feed, accepted by validate", async (t) => {
  const dir = await folder(t);
  await cp(resolve('test/node/fixtures/convert/policies.rss'), join(dir, 'rss.xml'));
  const { code, stdout } = await run(dir, ZH, 'convert', 'rss.xml', '--page-size', '4', '--out', 'out');
  assert.equal(code, 0, stdout);
  assert.match(stdout, /rss\.xml：RSS 2\.0 订阅源\n {2}共 10 条：已转换 10 条/);
  const first = await readJson(join(dir, 'out/policies.json'));
  assert.equal(first.title, '某某县人民政府 政府信息公开');
  assert.equal(first.next_url, 'policies-2.json');
  assert.deepEqual(first.items[0], {
    id: 'art_1234_1000',
    title: '关于印发某某县2027年政府工作要点的通知',
    date_published: '2026-11-30T09:00:00+08:00',
    url: 'https://www.example.gov.cn/art/2026/11/1/art_1234_1000.html',
    summary: '关于印发某某县2027年政府工作要点的通知的全文及附件。',
    tags: ['政府文件'],
    _gov: { issuer: '某某县人民政府办公室' },
  });
  const { code: valid, result } = await validate(dir, 'out/policies.json');
  assert.equal(valid, 0, JSON.stringify(result.errors));
  assert.equal(result.documents.length, 3);
});

test('an Atom feed in GBK: decoded as declared; an entry without a title or a readable date is named and left out', async (t) => {
  const dir = await folder(t);
  const entry = (title, published, n) =>
    `<entry><title>${title}</title><id>urn:x:${n}</id><link href="https://www.example.gov.cn/${n}.html"/>${published ? `<published>${published}</published>` : ''}</entry>`;
  const atom = `<?xml version="1.0" encoding="GBK"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>某某县政策</title><id>urn:x</id><updated>2026-11-30T00:00:00+08:00</updated>
${entry('关于某事的通知', '2026-11-30T09:00:00+08:00', 1)}
${entry('', '2026-11-29T09:00:00+08:00', 2)}
${entry('日期有误的通知', '下周一', 3)}
${entry('关于另一事的通知', '2026-11-28', 4)}
</feed>`;
  await writeFile(join(dir, 'feed.atom'), gbk(atom));
  const { code, stdout } = await run(dir, ZH, 'convert', 'feed.atom', '--out', 'out');
  assert.equal(code, 1, stdout);
  assert.match(stdout, /feed\.atom：Atom 订阅源\n {2}共 4 条：已转换 2 条，未转换 2 条/);
  assert.match(stdout, /第 2 条 <title>：必填，但为空/);
  assert.match(stdout, /第 3 条 <published>：无法识别的日期“下周一”/);
  const feed = await readJson(join(dir, 'out/policies.json'));
  assert.deepEqual(
    feed.items.map((item) => item.title),
    ['关于某事的通知', '关于另一事的通知'],
  );
  assert.equal((await validate(dir, 'out/policies.json')).code, 0);
});

/** GBK bytes of `text`: each character's bytes found by decoding the two-byte GBK range once. */
function gbk(text) {
  if (!gbk.table) {
    gbk.table = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\ufffd' && !gbk.table.has(char)) gbk.table.set(char, [lead, trail]);
      }
  }
  const bytes = [];
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code < 0x80) bytes.push(code);
    else bytes.push(...gbk.table.get(char));
  }
  return Buffer.from(bytes);
}
