/**
 * The words of `gov-widgets convert` and `gov-widgets init` in English, Simplified and Traditional Chinese
 * (the command line's own catalogue, src/cli/messages.ts, stays with what every command shares). Every
 * locale has every message: `ConvertMessages` makes a missing one a type error.
 */
import type { CliLocale } from '../locale.js';
import type { SheetKind } from './headers.js';
import type { Problem, ProblemCode, Where } from './problems.js';
import type { Encoding } from './tables.js';

type Format = 'xlsx' | 'csv' | 'rss' | 'atom';

const list = (items: readonly string[], separator: string): string => items.join(separator);

const en = {
  // Usage
  convertNeedsFile: 'convert needs at least one file (.xlsx, .csv, or an RSS/Atom feed)',
  badKind: (value: string) => `--kind: ${value} is neither policies nor accounts`,
  badPageSize: (value: string, max: number) => `--page-size: not a whole number from 1 to ${max}: ${value}`,
  badBaseUrl: (value: string) => `--base-url: not an http(s) URL: ${value}`,
  initOneFolder: (extra: string) => `init takes one folder, not also ${extra}`,
  badCode: (value: string) => `--code: not a GB/T 2260 code (six digits, such as 330127): ${value}`,
  badName: 'the name must not be empty',
  needsNameAndCode: (missing: readonly string[]) =>
    `${missing.join(' and ')} needed: give them on the command line (no terminal to ask on), e.g. gov-widgets init --name "某某县人民政府" --code 330127`,
  askName: 'Name of the government (e.g. 某某县人民政府): ',
  askCode: 'Administrative division code, GB/T 2260 (six digits, e.g. 330127): ',

  // Reading
  kindName: { policies: 'policies', accounts: 'accounts' } satisfies Record<SheetKind, string>,
  formatName: { xlsx: 'Excel workbook', csv: 'CSV', rss: 'RSS 2.0 feed', atom: 'Atom feed' } satisfies Record<Format, string>,
  encodingName: {
    'UTF-8': 'UTF-8',
    'UTF-8 BOM': 'UTF-8 with a byte order mark',
    GB18030: 'GBK/GB18030 (what Excel and WPS save as CSV on Chinese Windows)',
    'UTF-16LE': 'UTF-16 (Excel\'s "Unicode text")',
    'UTF-16BE': 'UTF-16 big-endian',
  } satisfies Record<Encoding, string>,
  reading: (file: string, format: Format, encoding: Encoding | undefined) =>
    `${file}: ${en.formatName[format]}${encoding ? `, encoding detected: ${en.encodingName[encoding]}` : ''}`,
  sheetLine: (name: string | undefined, kind: SheetKind, rows: number, converted: number, leftOut: number) =>
    `  ${name === undefined ? '' : `sheet "${name}": `}${en.kindName[kind]}, ${rows} row(s): ${converted} converted${leftOut ? `, ${leftOut} left out` : ''}`,
  entriesLine: (entries: number, converted: number, leftOut: number) => `  ${entries} entries: ${converted} converted${leftOut ? `, ${leftOut} left out` : ''}`,
  sheetSkipped: (name: string | undefined) => `  ${name === undefined ? '' : `sheet "${name}": `}skipped (no known headers)`,

  // Where
  where: (p: Where) =>
    [
      p.sheet === undefined ? undefined : `sheet "${p.sheet}"`,
      p.row === undefined ? undefined : `row ${p.row}`,
      p.column === undefined ? undefined : `column "${p.column}"`,
    ]
      .filter(Boolean)
      .join(', '),
  whereSeparator: ': ',

  // Problems
  problem: (p: Problem): string => {
    const v = p.value ?? '';
    const words: Record<ProblemCode, () => string> = {
      'no-such-file': () => 'no such file',
      'not-a-file': () => 'not a file',
      'too-large': () => `larger than ${(p.number ?? 0) / 1024 / 1024} MB: split it into several files`,
      unreadable: () => `could not read: ${v}`,
      'not-xlsx': () => `not an Excel workbook (.xlsx) that can be read: ${v}`,
      'old-excel': () => 'an old Excel (.xls), WPS (.et) or OpenDocument file: save it as .xlsx ("Excel workbook") or as CSV',
      'unknown-format': () => `not a known kind of file (${v}): use .xlsx, .csv, or an RSS/Atom feed (.xml, .rss, .atom)`,
      'bad-encoding': () => 'the encoding is not recognised (neither UTF-8, GBK/GB18030 nor UTF-16): save it as "CSV UTF-8"',
      'csv-syntax': () => `the CSV cannot be read${p.number ? ` (line ${p.number})` : ''}: ${v}`,
      'no-sheet': () => `no sheet "${v}"; the workbook has: ${list(p.values ?? [], ', ')}`,
      'not-syndication': () => `starts like XML but is not an RSS 2.0 or Atom feed: ${v}`,
      'xml-syntax': () => `not well-formed XML: ${v}`,
      'syndication-skipped': () => `left out: ${v}`,
      'too-many-items': () => `${v} entries after the first ${p.number ?? 0} not read (the most one document holds)`,
      'too-many-rows': () => `more than ${p.number ?? 0} rows: split the list into several files`,
      'no-header': () => 'no known column headers in the first 10 rows; skipped',
      'missing-columns': () => `required column missing: ${list(p.values ?? [], '; ')}`,
      'unknown-columns': () => `columns not recognised (ignored): ${list(p.values ?? [], ', ')}`,
      'repeated-columns': () => `columns naming a field an earlier column already gives (ignored): ${list(p.values ?? [], ', ')}`,
      empty: () => 'no data rows',
      required: () => 'empty, but required',
      'bad-date': () => `date not recognised "${v}" (examples: 2026-11-26 or 2026年11月26日)`,
      'bad-kind': () => `kind not recognised "${v}" (one of: ${list(p.values ?? [], ', ')})`,
      'bad-legal-force': () => `validity not recognised "${v}" (one of: ${list(p.values ?? [], ', ')})`,
      'bad-status': () => `status not recognised "${v}" (one of: ${list(p.values ?? [], ', ')})`,
      'bad-functions': () => `functions not recognised "${v}" (any of: ${list(p.values ?? [], ', ')}, separated by 、)`,
      'bad-yes-no': () => `not yes or no: "${v}" (是 or 否)`,
      'bad-count': () => `not a count: "${v}" (examples: 3456, 3,456 or 1.2万)`,
      'bad-url': () => `not a link the widgets may show: "${v}" (it must start with http:// or https://)`,
      'other-platform': () => `platform not known "${v}": listed as "other", named "${v}"`,
      'too-long': () => `longer than ${p.number ?? 0} characters: "${v}" — shorten it (it is not cut silently)`,
      'duplicate-id': () =>
        `same id "${v}" as row ${p.number ?? ''} (the 索引号 or 文号 of a policy, the platform and handle of an account) with other data; left out`,
      'duplicate-row': () => `the same record as row ${p.number ?? ''}; converted once`,
      'example-row': () => `the template's example row (its link is ${v}); not converted: delete the row`,
    };
    return words[p.code]();
  },
  requiredColumn: (header: string, aliases: readonly string[]) => `"${header}" (accepted: ${aliases.join(', ')})`,

  // Writing
  errors: (n: number) => `Errors (${n}):`,
  warnings: (n: number) => `Warnings (${n}):`,
  written: 'Written:',
  wroteFile: (file: string, kind: SheetKind, count: number) => `  ${file} (${count} ${kind === 'policies' ? 'item(s)' : 'account(s)'})`,
  wroteNothing: 'Nothing written: no rows could be converted.',
  disclosureUpdated: (file: string, sections: readonly string[], added: number) =>
    `  ${file}: ${sections.join(', ')} linked${added ? `, ${added} organization(s) added` : ''}`,
  disclosureNone: (folder: string) =>
    `No disclosure.json in ${folder}: create one with "gov-widgets init ${folder}" and convert again (it is then linked for you), or add this to yours:`,
  disclosureForeign: (why: 'unreadable' | 'not-discovery' | 'section-elsewhere') =>
    `disclosure.json left unchanged (${{ unreadable: 'it is not readable JSON', 'not-discovery': 'it is not a discovery document', 'section-elsewhere': 'it names its sections elsewhere' }[why]}). To link the new files, add this to it:`,
  summary: (converted: number, leftOut: number) =>
    leftOut === 0 ? `✔ ${converted} row(s) converted.` : `✖ ${converted} row(s) converted, ${leftOut} left out because of errors (see above).`,
  nextStep: (target: string) => `Check the result: gov-widgets validate ${target}`,

  // init
  initWrote: (folder: string) => `Written to ${folder}:`,
  initFileDisclosure: 'the discovery document (jurisdiction, organizations; the sections are added by convert)',
  initFilePolicies: 'template of the policy list: one row per policy',
  initFileAccounts: 'template of the new-media ledger (备案): one row per account',
  initFilePage: 'a sample page with the three widgets',
  initExists: (files: readonly string[]) => `not overwritten, already there: ${files.join(', ')} (--force overwrites them)`,
  initNext: (folder: string) =>
    `Next: fill in the two templates (replace the example row), then\n  gov-widgets convert ${folder}/政策模板.xlsx ${folder}/账号模板.xlsx --out ${folder}\n  gov-widgets validate ${folder}/disclosure.json`,
  pageTitle: (name: string) => `${name}: policies, official accounts and questions`,
};

export type ConvertMessages = typeof en;

const zhHans: ConvertMessages = {
  convertNeedsFile: 'convert 需要至少一个文件（.xlsx、.csv 或 RSS/Atom 订阅源）',
  badKind: (value) => `--kind：${value} 既不是 policies（政策）也不是 accounts（账号）`,
  badPageSize: (value, max) => `--page-size：不是 1 到 ${max} 之间的整数：${value}`,
  badBaseUrl: (value) => `--base-url：不是 http(s) 网址：${value}`,
  initOneFolder: (extra) => `init 只接受一个文件夹，多余的参数：${extra}`,
  badCode: (value) => `--code：不是 GB/T 2260 行政区划代码（六位数字，如 330127）：${value}`,
  badName: '名称不能为空',
  needsNameAndCode: (missing) =>
    `需要 ${missing.join(' 和 ')}：当前不是交互式终端，无法询问，请在命令行给出，如 gov-widgets init --name "某某县人民政府" --code 330127`,
  askName: '政府名称（如 某某县人民政府）：',
  askCode: '行政区划代码，GB/T 2260（六位数字，如 330127）：',

  kindName: { policies: '政策', accounts: '账号' },
  formatName: { xlsx: 'Excel 工作簿', csv: 'CSV', rss: 'RSS 2.0 订阅源', atom: 'Atom 订阅源' },
  encodingName: {
    'UTF-8': 'UTF-8',
    'UTF-8 BOM': 'UTF-8（带 BOM）',
    GB18030: 'GBK/GB18030（中文 Windows 上 Excel、WPS 另存的 CSV）',
    'UTF-16LE': 'UTF-16（Excel 的“Unicode 文本”）',
    'UTF-16BE': 'UTF-16（大端）',
  },
  reading: (file, format, encoding) => `${file}：${zhHans.formatName[format]}${encoding ? `，识别到的编码：${zhHans.encodingName[encoding]}` : ''}`,
  sheetLine: (name, kind, rows, converted, leftOut) =>
    `  ${name === undefined ? '' : `表「${name}」：`}${zhHans.kindName[kind]}，共 ${rows} 行：已转换 ${converted} 行${leftOut ? `，未转换 ${leftOut} 行` : ''}`,
  entriesLine: (entries, converted, leftOut) => `  共 ${entries} 条：已转换 ${converted} 条${leftOut ? `，未转换 ${leftOut} 条` : ''}`,
  sheetSkipped: (name) => `  ${name === undefined ? '' : `表「${name}」：`}未识别到列名，已跳过`,

  where: (p) =>
    `${p.sheet === undefined ? '' : `表「${p.sheet}」`}${p.row === undefined ? '' : `第 ${p.row} 行`}${p.column === undefined ? '' : `「${p.column}」列`}` +
    `${p.item === undefined ? '' : `第 ${p.item} 条`}${p.element === undefined ? '' : ` <${p.element}>`}`,
  whereSeparator: '：',

  problem: (p) => {
    const v = p.value ?? '';
    const words: Record<ProblemCode, () => string> = {
      'no-such-file': () => '文件不存在',
      'not-a-file': () => '不是文件',
      'too-large': () => `超过 ${(p.number ?? 0) / 1024 / 1024} MB：请拆分为多个文件`,
      unreadable: () => `无法读取：${v}`,
      'not-xlsx': () => `不是可读取的 Excel 工作簿（.xlsx）：${v}`,
      'old-excel': () => '这是旧版 Excel（.xls）、WPS（.et）或 OpenDocument 文件：请另存为 .xlsx（“Excel 工作簿”）或 CSV',
      'unknown-format': () => `无法识别的文件类型（${v}）：请使用 .xlsx、.csv 或 RSS/Atom 订阅源（.xml、.rss、.atom）`,
      'bad-encoding': () => '无法识别文件编码（不是 UTF-8、GBK/GB18030 或 UTF-16）：请另存为“CSV UTF-8”',
      'csv-syntax': () => `无法读取此 CSV${p.number ? `（第 ${p.number} 行）` : ''}：${v}`,
      'no-sheet': () => `没有名为「${v}」的表；工作簿中的表：${list(p.values ?? [], '、')}`,
      'not-syndication': () => `内容以 XML 开头，但不是 RSS 2.0 或 Atom 订阅源：${v}`,
      'xml-syntax': () => `不是格式正确的 XML：${v}`,
      'syndication-skipped': () => `未转换：${v}`,
      'too-many-items': () => `前 ${p.number ?? 0} 条之后的 ${v} 条未读取（一个文档最多容纳的条数）`,
      'too-many-rows': () => `超过 ${p.number ?? 0} 行：请拆分为多个文件`,
      'no-header': () => '前 10 行中没有可识别的列名，已跳过',
      'missing-columns': () => `缺少必填列：${list(p.values ?? [], '；')}`,
      'unknown-columns': () => `未识别的列（已忽略）：${list(p.values ?? [], '、')}`,
      'repeated-columns': () => `与前面的列重复（已忽略）：${list(p.values ?? [], '、')}`,
      empty: () => '没有数据行',
      required: () => '必填，但为空',
      'bad-date': () => `无法识别的日期“${v}”（示例：2026-11-26 或 2026年11月26日）`,
      'bad-kind': () => `无法识别的类别“${v}”（可填：${list(p.values ?? [], '、')}）`,
      'bad-legal-force': () => `无法识别的有效性“${v}”（可填：${list(p.values ?? [], '、')}）`,
      'bad-status': () => `无法识别的状态“${v}”（可填：${list(p.values ?? [], '、')}）`,
      'bad-functions': () => `无法识别的功能“${v}”（可填：${list(p.values ?? [], '、')}，多项用“、”分隔）`,
      'bad-yes-no': () => `应填“是”或“否”：“${v}”`,
      'bad-count': () => `不是数量：“${v}”（示例：3456、3,456 或 1.2万）`,
      'bad-url': () => `不是组件可以显示的链接：“${v}”（须以 http:// 或 https:// 开头）`,
      'other-platform': () => `未知平台“${v}”：按“其他”收录，平台名称记为“${v}”`,
      'too-long': () => `超过 ${p.number ?? 0} 个字符：“${v}”，请缩短（不会自动截断）`,
      'duplicate-id': () => `与第 ${p.number ?? ''} 行编号相同（“${v}”：政策的索引号或文号，账号的平台和账号），但内容不同，未转换`,
      'duplicate-row': () => `与第 ${p.number ?? ''} 行是同一条记录，只转换一次`,
      'example-row': () => `这是模板里的示例行（链接 ${v}），未转换；请删除这一行`,
    };
    return words[p.code]();
  },
  requiredColumn: (header, aliases) => `「${header}」（可用列名：${aliases.join('、')}）`,

  errors: (n) => `错误（${n}）：`,
  warnings: (n) => `警告（${n}）：`,
  written: '已写入：',
  wroteFile: (file, kind, count) => `  ${file}（${count} ${kind === 'policies' ? '条政策' : '个账号'}）`,
  wroteNothing: '未写入任何文件：没有可转换的行。',
  disclosureUpdated: (file, sections, added) => `  ${file}：已关联 ${sections.join('、')}${added ? `，新增 ${added} 个机构` : ''}`,
  disclosureNone: (folder) =>
    `${folder} 中没有 disclosure.json：请先运行“gov-widgets init ${folder}”创建，再重新转换（届时会自动关联）；或在您自己的 disclosure.json 中加入：`,
  disclosureForeign: (why) =>
    `disclosure.json 未修改（${{ unreadable: '不是可读取的 JSON', 'not-discovery': '不是发现文档', 'section-elsewhere': '其中的栏目指向其他位置' }[why]}）。如需关联新文件，请在其中加入：`,
  summary: (converted, leftOut) => (leftOut === 0 ? `✔ 已转换 ${converted} 行。` : `✖ 已转换 ${converted} 行，${leftOut} 行因错误未转换（见上文）。`),
  nextStep: (target) => `检查结果：gov-widgets validate ${target}`,

  initWrote: (folder) => `已写入 ${folder}：`,
  initFileDisclosure: '发现文档（政府名称、机构；各栏目由 convert 添加）',
  initFilePolicies: '政策列表模板：每行一条政策',
  initFileAccounts: '政务新媒体备案台账模板：每行一个账号',
  initFilePage: '放置三个组件的示例页面',
  initExists: (files) => `文件已存在，未覆盖：${files.join('、')}（加 --force 覆盖）`,
  initNext: (folder) =>
    `下一步：填写两个模板（替换示例行），然后运行\n  gov-widgets convert ${folder}/政策模板.xlsx ${folder}/账号模板.xlsx --out ${folder}\n  gov-widgets validate ${folder}/disclosure.json`,
  pageTitle: (name) => `${name}：政策文件、政务新媒体与留言咨询`,
};

const zhHant: ConvertMessages = {
  convertNeedsFile: 'convert 需要至少一個檔案（.xlsx、.csv 或 RSS/Atom 訂閱源）',
  badKind: (value) => `--kind：${value} 既不是 policies（政策）也不是 accounts（帳號）`,
  badPageSize: (value, max) => `--page-size：不是 1 到 ${max} 之間的整數：${value}`,
  badBaseUrl: (value) => `--base-url：不是 http(s) 網址：${value}`,
  initOneFolder: (extra) => `init 只接受一個資料夾，多餘的參數：${extra}`,
  badCode: (value) => `--code：不是 GB/T 2260 行政區劃代碼（六位數字，如 330127）：${value}`,
  badName: '名稱不能為空',
  needsNameAndCode: (missing) =>
    `需要 ${missing.join(' 和 ')}：目前不是互動式終端機，無法詢問，請在命令列給出，如 gov-widgets init --name "某某縣人民政府" --code 330127`,
  askName: '政府名稱（如 某某縣人民政府）：',
  askCode: '行政區劃代碼，GB/T 2260（六位數字，如 330127）：',

  kindName: { policies: '政策', accounts: '帳號' },
  formatName: { xlsx: 'Excel 活頁簿', csv: 'CSV', rss: 'RSS 2.0 訂閱源', atom: 'Atom 訂閱源' },
  encodingName: {
    'UTF-8': 'UTF-8',
    'UTF-8 BOM': 'UTF-8（帶 BOM）',
    GB18030: 'GBK/GB18030（中文 Windows 上 Excel、WPS 另存的 CSV）',
    'UTF-16LE': 'UTF-16（Excel 的「Unicode 文字」）',
    'UTF-16BE': 'UTF-16（大端）',
  },
  reading: (file, format, encoding) => `${file}：${zhHant.formatName[format]}${encoding ? `，識別到的編碼：${zhHant.encodingName[encoding]}` : ''}`,
  sheetLine: (name, kind, rows, converted, leftOut) =>
    `  ${name === undefined ? '' : `表「${name}」：`}${zhHant.kindName[kind]}，共 ${rows} 列：已轉換 ${converted} 列${leftOut ? `，未轉換 ${leftOut} 列` : ''}`,
  entriesLine: (entries, converted, leftOut) => `  共 ${entries} 則：已轉換 ${converted} 則${leftOut ? `，未轉換 ${leftOut} 則` : ''}`,
  sheetSkipped: (name) => `  ${name === undefined ? '' : `表「${name}」：`}未識別到欄名，已略過`,

  where: (p) =>
    `${p.sheet === undefined ? '' : `表「${p.sheet}」`}${p.row === undefined ? '' : `第 ${p.row} 列`}${p.column === undefined ? '' : `「${p.column}」欄`}`,
  whereSeparator: '：',

  problem: (p) => {
    const v = p.value ?? '';
    const words: Record<ProblemCode, () => string> = {
      'no-such-file': () => '檔案不存在',
      'not-a-file': () => '不是檔案',
      'too-large': () => `超過 ${(p.number ?? 0) / 1024 / 1024} MB：請拆分為多個檔案`,
      unreadable: () => `無法讀取：${v}`,
      'not-xlsx': () => `不是可讀取的 Excel 活頁簿（.xlsx）：${v}`,
      'old-excel': () => '這是舊版 Excel（.xls）、WPS（.et）或 OpenDocument 檔案：請另存為 .xlsx（「Excel 活頁簿」）或 CSV',
      'unknown-format': () => `無法識別的檔案類型（${v}）：請使用 .xlsx、.csv 或 RSS/Atom 訂閱源（.xml、.rss、.atom）`,
      'bad-encoding': () => '無法識別檔案編碼（不是 UTF-8、GBK/GB18030 或 UTF-16）：請另存為「CSV UTF-8」',
      'csv-syntax': () => `無法讀取此 CSV${p.number ? `（第 ${p.number} 行）` : ''}：${v}`,
      'no-sheet': () => `沒有名為「${v}」的工作表；活頁簿中的工作表：${list(p.values ?? [], '、')}`,
      'not-syndication': () => `內容以 XML 開頭，但不是 RSS 2.0 或 Atom 訂閱源：${v}`,
      'xml-syntax': () => `不是格式正確的 XML：${v}`,
      'syndication-skipped': () => `未轉換：${v}`,
      'too-many-items': () => `前 ${p.number ?? 0} 則之後的 ${v} 則未讀取（一個文件最多容納的則數）`,
      'too-many-rows': () => `超過 ${p.number ?? 0} 列：請拆分為多個檔案`,
      'no-header': () => '前 10 列中沒有可識別的欄名，已略過',
      'missing-columns': () => `缺少必填欄：${list(p.values ?? [], '；')}`,
      'unknown-columns': () => `未識別的欄（已忽略）：${list(p.values ?? [], '、')}`,
      'repeated-columns': () => `與前面的欄重複（已忽略）：${list(p.values ?? [], '、')}`,
      empty: () => '沒有資料列',
      required: () => '必填，但為空',
      'bad-date': () => `無法識別的日期「${v}」（範例：2026-11-26 或 2026年11月26日）`,
      'bad-kind': () => `無法識別的類別「${v}」（可填：${list(p.values ?? [], '、')}）`,
      'bad-legal-force': () => `無法識別的有效性「${v}」（可填：${list(p.values ?? [], '、')}）`,
      'bad-status': () => `無法識別的狀態「${v}」（可填：${list(p.values ?? [], '、')}）`,
      'bad-functions': () => `無法識別的功能「${v}」（可填：${list(p.values ?? [], '、')}，多項用「、」分隔）`,
      'bad-yes-no': () => `應填「是」或「否」：「${v}」`,
      'bad-count': () => `不是數量：「${v}」（範例：3456、3,456 或 1.2万）`,
      'bad-url': () => `不是元件可以顯示的連結：「${v}」（須以 http:// 或 https:// 開頭）`,
      'other-platform': () => `未知平台「${v}」：按「其他」收錄，平台名稱記為「${v}」`,
      'too-long': () => `超過 ${p.number ?? 0} 個字元：「${v}」，請縮短（不會自動截斷）`,
      'duplicate-id': () => `與第 ${p.number ?? ''} 列編號相同（「${v}」：政策的索引號或文號，帳號的平台和帳號），但內容不同，未轉換`,
      'duplicate-row': () => `與第 ${p.number ?? ''} 列是同一筆記錄，只轉換一次`,
      'example-row': () => `這是範本裡的示例列（連結 ${v}），未轉換；請刪除這一列`,
    };
    return words[p.code]();
  },
  requiredColumn: (header, aliases) => `「${header}」（可用欄名：${aliases.join('、')}）`,

  errors: (n) => `錯誤（${n}）：`,
  warnings: (n) => `警告（${n}）：`,
  written: '已寫入：',
  wroteFile: (file, kind, count) => `  ${file}（${count} ${kind === 'policies' ? '條政策' : '個帳號'}）`,
  wroteNothing: '未寫入任何檔案：沒有可轉換的列。',
  disclosureUpdated: (file, sections, added) => `  ${file}：已關聯 ${sections.join('、')}${added ? `，新增 ${added} 個機構` : ''}`,
  disclosureNone: (folder) =>
    `${folder} 中沒有 disclosure.json：請先執行「gov-widgets init ${folder}」建立，再重新轉換（屆時會自動關聯）；或在您自己的 disclosure.json 中加入：`,
  disclosureForeign: (why) =>
    `disclosure.json 未修改（${{ unreadable: '不是可讀取的 JSON', 'not-discovery': '不是探索文件', 'section-elsewhere': '其中的欄目指向其他位置' }[why]}）。如需關聯新檔案，請在其中加入：`,
  summary: (converted, leftOut) => (leftOut === 0 ? `✔ 已轉換 ${converted} 列。` : `✖ 已轉換 ${converted} 列，${leftOut} 列因錯誤未轉換（見上文）。`),
  nextStep: (target) => `檢查結果：gov-widgets validate ${target}`,

  initWrote: (folder) => `已寫入 ${folder}：`,
  initFileDisclosure: '探索文件（政府名稱、機構；各欄目由 convert 加入）',
  initFilePolicies: '政策列表範本：每列一條政策',
  initFileAccounts: '政務新媒體備案台帳範本：每列一個帳號',
  initFilePage: '放置三個元件的範例頁面',
  initExists: (files) => `檔案已存在，未覆蓋：${files.join('、')}（加 --force 覆蓋）`,
  initNext: (folder) =>
    `下一步：填寫兩個範本（替換範例列），然後執行\n  gov-widgets convert ${folder}/政策模板.xlsx ${folder}/账号模板.xlsx --out ${folder}\n  gov-widgets validate ${folder}/disclosure.json`,
  pageTitle: (name) => `${name}：政策文件、政務新媒體與留言諮詢`,
};

export const CONVERT_CATALOGS: Readonly<Record<CliLocale, ConvertMessages>> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
