/**
 * The command line's own words in English, Simplified and Traditional Chinese. Node side only: the widgets'
 * strings live in lit-localize's catalogs (xliff/), these never reach a page. Every locale must have every
 * message — the `Messages` type makes a missing one a type error.
 */
import type { JsonExpectation } from './json-syntax.js';
import type { DetectedEncoding } from './decode.js';
import type { CliLocale } from './locale.js';

type Kind = 'discovery' | 'policies' | 'accounts' | 'questions' | 'answered';

const en = {
  // Usage
  needsValue: (option: string) => `${option} needs a value`,
  notADate: (value: string) => `--now: not a date: ${value}`,
  notWholeDays: (value: string) => `--stale-days: not a whole number of days: ${value}`,
  unknownLang: (value: string) => `--lang: not a language of the command line: ${value} (zh-Hans, zh-Hant or en)`,
  unknownOption: (option: string) => `unknown option ${option}`,
  unexpectedArgument: (arg: string) => `unexpected argument ${arg}`,
  noCommand: 'no command',
  unknownCommand: (command: string) => `unknown command ${command}`,
  validateNeedsTarget: 'validate needs a file or URL',
  internalError: 'internal error',

  // Loading
  couldNotLoad: (reason: string) => `could not load: ${reason}`,
  noSuchFile: 'no such file',
  notAFile: 'not a file',
  tooLarge: (maxBytes: number) =>
    `larger than ${maxBytes / 1024 / 1024} MB, which the widgets refuse too: split the document (a paged feed, sections in files of their own)`,
  noResponseWithin: (seconds: number) => `no response within ${seconds} s`,
  bodyNotWithin: (seconds: number) => `body not complete within ${seconds} s`,
  requestFailed: (cause: string) => `request failed: ${cause}`,
  causes: {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'no such host (DNS)',
    EAI_AGAIN: 'DNS lookup failed, try again',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    certificate: 'the server certificate is not valid',
  } as Record<string, string>,
  stoppedAfter: (count: number, document: string) => `stopped after ${count} documents; ${document} not checked`,
  refusedReference: (raw: string) => `not followed: ${raw} is neither an http(s) URL nor a relative path to a file`,
  outsideFolder: (path: string, folder: string) =>
    `not read: ${path} is outside the folder of the document checked (${folder}); run the validator on the folder's own files`,
  /** `byte` is 1-based, `line` the line it is on. */
  notUtf8: (encoding: DetectedEncoding, byte: number, line: number) =>
    `not UTF-8 (line ${line}, byte ${byte}; ${ENCODING_EN[encoding]}): save the file as UTF-8`,
  /** An RSS or Atom file given where JSON was expected: the feed widget reads it, `convert` makes the JSON. */
  syndicationFeed: (format: 'rss' | 'atom', items: number, file: string) =>
    `this is ${format === 'rss' ? 'an RSS 2.0' : 'an Atom 1.0'} feed (${items} item(s)), not JSON: the feed widget reads it directly (<gov-policy-feed src="…">); to publish the contract's JSON, run gov-widgets convert ${file}`,
  xmlNotAFeed: (detail: string) => `this is XML, not JSON, and not an RSS 2.0 or Atom 1.0 feed either (${detail})`,

  // JSON syntax
  invalidJsonAt: (line: number, column: number, what: string) => `invalid JSON at line ${line}, column ${column}: ${what}`,
  expected: {
    value: 'expected a value (an object, array, string, number, true, false or null)',
    'property-name': 'expected a property name in double quotes',
    colon: 'expected ":" after the property name',
    'comma-or-close-object': 'expected "," or "}" after the value',
    'comma-or-close-array': 'expected "," or "]" after the value',
    'end-of-text': 'expected the end of the text after the value',
    'string-character': 'the string is not closed (a line break or control character inside it)',
    escape: 'not a valid escape after "\\"',
    'hex-digit': 'expected four hex digits after "\\u"',
    digit: 'expected a digit',
  } satisfies Record<JsonExpectation, string>,
  endOfText: 'the text ends here',
  found: (char: string) => `found ${JSON.stringify(char)}`,
  /** Between the parts of one message: "expected …, found …". */
  separator: ', ',
  fullWidthHint: (char: string, ascii: string) => `is "${char}" full-width punctuation from an input method? JSON needs "${ascii}"`,

  // Documents
  notAContractDocument: 'not a discovery, JSON Feed, accounts or questions document',
  expectedKind: (expected: Kind, found: Kind | undefined) =>
    `expected ${expected === 'policies' ? 'a JSON Feed' : `a ${expected} document`} here, found ${found ? `a ${found} document` : 'something else'}`,

  // Report
  documents: 'Documents:',
  errors: (n: number) => `Errors (${n}):`,
  warnings: (n: number) => `Warnings (${n}):`,
  count: (kind: string, n: number) =>
    `${n} ${{ policies: 'items', accounts: 'accounts', questions: 'answered questions', answered: 'answered questions' }[kind] ?? 'records'}`,
  summary: (errors: number, warnings: number, documents: number, date: string) =>
    `${errors} error(s), ${warnings} warning(s) in ${documents} document(s); audit as of ${date}`,
  valid: (summary: string) => `✔ valid: ${summary}`,
  invalid: (summary: string) => `✖ invalid: ${summary}`,
  auditTag: (rule: string) => `audit: ${rule}`,

  help: `Usage: gov-widgets validate <file|url> [options]
       gov-widgets audit <file|url>… [options]   many counties' accounts at once (gov-widgets audit --help)
       gov-widgets convert <file>… [--out <folder>] [--kind policies|accounts] [--sheet <name>] [--page-size <n>] [--base-url <url>] [--json]
       gov-widgets init [<folder>] [--name <name>] [--code <GB/T 2260 code>] [--force]

Checks a gov-widgets disclosure document (a discovery document such as /disclosure.json, or a policies,
accounts or questions section document) and the documents it links to.

Checks
  schema      the JSON Schema of the contract (draft 2020-12)
  validator   what the widgets' own validator would leave out, and why
  rules       unique ids, references that resolve (organizations, policies, accounts, services),
              policies and interpretations linked both ways, consistency (superseded, merged)
  audit       the State Council rules for official accounts (stale, duplicate, no interaction,
              unverified), as warnings

Options
  --json              print the result as JSON on stdout
  --now <date>        the date the account audit counts from (RFC 3339); default: today
  --stale-days <n>    days without a post after which an account is stale (default 14)
  --lang <lang>       zh-Hans, zh-Hant or en; default: from LC_ALL, LC_MESSAGES or LANG
  --version           print the version
  -h, --help          show this help

Files must be UTF-8 (a byte order mark is fine). A local document's sections are read from its own folder;
a document on the web is only ever followed to http(s) URLs.

Exit status: 0 when there are no errors (warnings allowed), 1 when there are errors, 2 on a usage error.
`,
};

const ENCODING_EN: Record<DetectedEncoding, string> = {
  GB18030: 'it looks like GBK/GB18030, what Notepad saves as "ANSI"',
  'UTF-16LE': 'it looks like UTF-16, what Notepad saves as "Unicode"',
  'UTF-16BE': 'it looks like UTF-16 big-endian',
  unknown: 'the encoding is not recognised',
};

export type Messages = typeof en;

const ENCODING_HANS: Record<DetectedEncoding, string> = {
  GB18030: '看起来是 GBK/GB18030 编码，即记事本的“ANSI”',
  'UTF-16LE': '看起来是 UTF-16 编码，即记事本的“Unicode”',
  'UTF-16BE': '看起来是 UTF-16（大端）编码',
  unknown: '无法识别其编码',
};

const zhHans: Messages = {
  needsValue: (option) => `${option} 需要一个值`,
  notADate: (value) => `--now：不是日期：${value}`,
  notWholeDays: (value) => `--stale-days：不是整数天数：${value}`,
  unknownLang: (value) => `--lang：不支持的语言：${value}（可选 zh-Hans、zh-Hant、en）`,
  unknownOption: (option) => `未知选项 ${option}`,
  unexpectedArgument: (arg) => `多余的参数 ${arg}`,
  noCommand: '缺少命令',
  unknownCommand: (command) => `未知命令 ${command}`,
  validateNeedsTarget: 'validate 需要一个文件或网址',
  internalError: '内部错误',

  couldNotLoad: (reason) => `无法读取：${reason}`,
  noSuchFile: '文件不存在',
  notAFile: '不是文件',
  tooLarge: (maxBytes) => `超过 ${maxBytes / 1024 / 1024} MB，组件同样拒绝读取：请拆分文档（分页的政策列表，或把各部分放在单独的文件中）`,
  noResponseWithin: (seconds) => `${seconds} 秒内没有响应`,
  bodyNotWithin: (seconds) => `${seconds} 秒内未收完内容`,
  requestFailed: (cause) => `请求失败：${cause}`,
  causes: {
    ECONNREFUSED: '连接被拒绝',
    ENOTFOUND: '找不到该主机（域名解析失败）',
    EAI_AGAIN: '域名解析暂时失败，请重试',
    ECONNRESET: '连接被重置',
    ETIMEDOUT: '连接超时',
    EHOSTUNREACH: '主机不可达',
    ENETUNREACH: '网络不可达',
    certificate: '服务器证书无效',
  },
  stoppedAfter: (count, document) => `已检查 ${count} 个文档，停止；未检查 ${document}`,
  refusedReference: (raw) => `未跟随：${raw} 既不是 http(s) 网址，也不是指向文件的相对路径`,
  outsideFolder: (path, folder) => `未读取：${path} 不在所检查文档的文件夹（${folder}）内；请在该文件夹内的文件上运行检查`,
  notUtf8: (encoding, byte, line) => `不是 UTF-8 编码（第 ${line} 行，第 ${byte} 字节；${ENCODING_HANS[encoding]}）：请另存为 UTF-8`,
  syndicationFeed: (format, items, file) =>
    `这是 ${format === 'rss' ? 'RSS 2.0' : 'Atom 1.0'} 订阅源（${items} 条），不是 JSON：政策列表组件可以直接读取它（<gov-policy-feed src="…">）；如需发布规范的 JSON 文件，请运行 gov-widgets convert ${file}`,
  xmlNotAFeed: (detail) => `这是 XML 文件，不是 JSON，也不是 RSS 2.0 或 Atom 1.0 订阅源（${detail}）`,

  invalidJsonAt: (line, column, what) => `JSON 语法错误，第 ${line} 行第 ${column} 列：${what}`,
  expected: {
    value: '此处应为一个值（对象、数组、字符串、数字、true、false 或 null）',
    'property-name': '此处应为用英文双引号括起的字段名',
    colon: '字段名后应为英文冒号“:”',
    'comma-or-close-object': '值后应为英文逗号“,”或“}”',
    'comma-or-close-array': '值后应为英文逗号“,”或“]”',
    'end-of-text': '值已结束，后面不应再有内容',
    'string-character': '字符串没有结束（其中有换行或控制字符）',
    escape: '“\\”后的转义无效',
    'hex-digit': '“\\u”后应为四位十六进制数字',
    digit: '此处应为数字',
  },
  endOfText: '文本在此结束',
  separator: '，',
  found: (char) => `实际为 ${JSON.stringify(char)}`,
  fullWidthHint: (char, ascii) => `是否误用了全角标点「${char}」？JSON 需要半角「${ascii}」`,

  notAContractDocument: '不是发现文档、JSON Feed、账号或留言文档',
  expectedKind: (expected, found) => `此处应为${KIND_HANS[expected]}，实际为${found ? KIND_HANS[found] : '其他内容'}`,

  documents: '文档：',
  errors: (n) => `错误（${n}）：`,
  warnings: (n) => `警告（${n}）：`,
  count: (kind, n) => `${n} ${{ policies: '条政策', accounts: '个账号', questions: '条已答复留言', answered: '条已答复留言' }[kind] ?? '条记录'}`,
  summary: (errors, warnings, documents, date) => `${documents} 个文档中 ${errors} 个错误、${warnings} 个警告；核查日期 ${date}`,
  valid: (summary) => `✔ 通过：${summary}`,
  invalid: (summary) => `✖ 未通过：${summary}`,
  auditTag: (rule) => `核查：${rule}`,

  help: `用法：gov-widgets validate <文件|网址> [选项]
      gov-widgets audit <文件|网址>… [选项]   一次核查多个地区的政务新媒体账号（gov-widgets audit --help）
      gov-widgets convert <文件>… [--out <文件夹>] [--kind policies|accounts] [--sheet <表名>] [--page-size <n>] [--base-url <网址>] [--json]
      gov-widgets init [<文件夹>] [--name <名称>] [--code <GB/T 2260 六位代码>] [--force]

检查 gov-widgets 的公开数据文档（发现文档，如 /disclosure.json；或政策、账号、留言分文档）及其链接的文档。

检查项
  schema      数据约定的 JSON Schema（draft 2020-12）
  validator   组件自身的校验会略去哪些内容，以及原因
  rules       编号唯一；引用（机构、政策、账号、事项）可解析；政策与解读互相关联；
              一致性（已废止、已合并）
  audit       国务院办公厅关于政务新媒体的要求（长期未更新、重复开设、无互动、未认证），作为警告

选项
  --json              在标准输出打印 JSON 结果
  --now <日期>        账号核查的基准日期（RFC 3339）；默认：今天
  --stale-days <n>    多少天未发布即视为长期未更新（默认 14）
  --lang <语言>       zh-Hans、zh-Hant 或 en；默认取自 LC_ALL、LC_MESSAGES 或 LANG
  --version           显示版本号
  -h, --help          显示本帮助

文件须为 UTF-8 编码（可带 BOM）。本地文档的分文档只从其所在文件夹读取；网上的文档只跟随 http(s) 网址。

退出码：0 表示没有错误（可有警告），1 表示有错误，2 表示用法错误。
`,
};

const KIND_HANS: Record<Kind, string> = {
  discovery: '发现文档',
  policies: 'JSON Feed 政策文档',
  accounts: '账号文档',
  questions: '留言文档',
  answered: '已答复留言分页',
};

const ENCODING_HANT: Record<DetectedEncoding, string> = {
  GB18030: '看來是 GBK/GB18030 編碼，即記事本的「ANSI」',
  'UTF-16LE': '看來是 UTF-16 編碼，即記事本的「Unicode」',
  'UTF-16BE': '看來是 UTF-16（大端）編碼',
  unknown: '無法識別其編碼',
};

const KIND_HANT: Record<Kind, string> = {
  discovery: '探索文件',
  policies: 'JSON Feed 政策文件',
  accounts: '帳號文件',
  questions: '留言文件',
  answered: '已答覆留言分頁',
};

const zhHant: Messages = {
  needsValue: (option) => `${option} 需要一個值`,
  notADate: (value) => `--now：不是日期：${value}`,
  notWholeDays: (value) => `--stale-days：不是整數天數：${value}`,
  unknownLang: (value) => `--lang：不支援的語言：${value}（可選 zh-Hans、zh-Hant、en）`,
  unknownOption: (option) => `未知選項 ${option}`,
  unexpectedArgument: (arg) => `多餘的參數 ${arg}`,
  noCommand: '缺少命令',
  unknownCommand: (command) => `未知命令 ${command}`,
  validateNeedsTarget: 'validate 需要一個檔案或網址',
  internalError: '內部錯誤',

  couldNotLoad: (reason) => `無法讀取：${reason}`,
  noSuchFile: '檔案不存在',
  notAFile: '不是檔案',
  tooLarge: (maxBytes) => `超過 ${maxBytes / 1024 / 1024} MB，元件同樣拒絕讀取：請拆分文件（分頁的政策列表，或把各部分放在單獨的檔案中）`,
  noResponseWithin: (seconds) => `${seconds} 秒內沒有回應`,
  bodyNotWithin: (seconds) => `${seconds} 秒內未收完內容`,
  requestFailed: (cause) => `請求失敗：${cause}`,
  causes: {
    ECONNREFUSED: '連線被拒絕',
    ENOTFOUND: '找不到該主機（網域解析失敗）',
    EAI_AGAIN: '網域解析暫時失敗，請重試',
    ECONNRESET: '連線被重設',
    ETIMEDOUT: '連線逾時',
    EHOSTUNREACH: '主機無法連線',
    ENETUNREACH: '網路無法連線',
    certificate: '伺服器憑證無效',
  },
  stoppedAfter: (count, document) => `已檢查 ${count} 個文件，停止；未檢查 ${document}`,
  refusedReference: (raw) => `未跟隨：${raw} 既不是 http(s) 網址，也不是指向檔案的相對路徑`,
  outsideFolder: (path, folder) => `未讀取：${path} 不在所檢查文件的資料夾（${folder}）內；請在該資料夾內的檔案上執行檢查`,
  notUtf8: (encoding, byte, line) => `不是 UTF-8 編碼（第 ${line} 行，第 ${byte} 位元組；${ENCODING_HANT[encoding]}）：請另存為 UTF-8`,
  syndicationFeed: (format, items, file) =>
    `這是 ${format === 'rss' ? 'RSS 2.0' : 'Atom 1.0'} 訂閱源（${items} 則），不是 JSON：政策列表元件可以直接讀取它（<gov-policy-feed src="…">）；如需發布規範的 JSON 檔案，請執行 gov-widgets convert ${file}`,
  xmlNotAFeed: (detail) => `這是 XML 檔案，不是 JSON，也不是 RSS 2.0 或 Atom 1.0 訂閱源（${detail}）`,

  invalidJsonAt: (line, column, what) => `JSON 語法錯誤，第 ${line} 行第 ${column} 欄：${what}`,
  expected: {
    value: '此處應為一個值（物件、陣列、字串、數字、true、false 或 null）',
    'property-name': '此處應為以英文雙引號括起的欄位名稱',
    colon: '欄位名稱後應為英文冒號「:」',
    'comma-or-close-object': '值後應為英文逗號「,」或「}」',
    'comma-or-close-array': '值後應為英文逗號「,」或「]」',
    'end-of-text': '值已結束，後面不應再有內容',
    'string-character': '字串沒有結束（其中有換行或控制字元）',
    escape: '「\\」後的跳脫無效',
    'hex-digit': '「\\u」後應為四位十六進位數字',
    digit: '此處應為數字',
  },
  endOfText: '文字在此結束',
  separator: '，',
  found: (char) => `實際為 ${JSON.stringify(char)}`,
  fullWidthHint: (char, ascii) => `是否誤用了全形標點「${char}」？JSON 需要半形「${ascii}」`,

  notAContractDocument: '不是探索文件、JSON Feed、帳號或留言文件',
  expectedKind: (expected, found) => `此處應為${KIND_HANT[expected]}，實際為${found ? KIND_HANT[found] : '其他內容'}`,

  documents: '文件：',
  errors: (n) => `錯誤（${n}）：`,
  warnings: (n) => `警告（${n}）：`,
  count: (kind, n) => `${n} ${{ policies: '條政策', accounts: '個帳號', questions: '條已答覆留言', answered: '條已答覆留言' }[kind] ?? '條記錄'}`,
  summary: (errors, warnings, documents, date) => `${documents} 個文件中 ${errors} 個錯誤、${warnings} 個警告；核查日期 ${date}`,
  valid: (summary) => `✔ 通過：${summary}`,
  invalid: (summary) => `✖ 未通過：${summary}`,
  auditTag: (rule) => `核查：${rule}`,

  help: `用法：gov-widgets validate <檔案|網址> [選項]
      gov-widgets audit <檔案|網址>… [選項]   一次核查多個地區的政務新媒體帳號（gov-widgets audit --help）
      gov-widgets convert <檔案>… [--out <資料夾>] [--kind policies|accounts] [--sheet <表名>] [--page-size <n>] [--base-url <網址>] [--json]
      gov-widgets init [<資料夾>] [--name <名稱>] [--code <GB/T 2260 六位代碼>] [--force]

檢查 gov-widgets 的公開資料文件（探索文件，如 /disclosure.json；或政策、帳號、留言分文件）及其連結的文件。

檢查項目
  schema      資料約定的 JSON Schema（draft 2020-12）
  validator   元件自身的驗證會略去哪些內容，以及原因
  rules       編號唯一；引用（機構、政策、帳號、事項）可解析；政策與解讀互相關聯；
              一致性（已廢止、已合併）
  audit       國務院辦公廳關於政務新媒體的要求（長期未更新、重複開設、無互動、未認證），作為警告

選項
  --json              在標準輸出列印 JSON 結果
  --now <日期>        帳號核查的基準日期（RFC 3339）；預設：今天
  --stale-days <n>    多少天未發布即視為長期未更新（預設 14）
  --lang <語言>       zh-Hans、zh-Hant 或 en；預設取自 LC_ALL、LC_MESSAGES 或 LANG
  --version           顯示版本號
  -h, --help          顯示本說明

檔案須為 UTF-8 編碼（可帶 BOM）。本機文件的分文件只從其所在資料夾讀取；網路上的文件只跟隨 http(s) 網址。

結束碼：0 表示沒有錯誤（可有警告），1 表示有錯誤，2 表示用法錯誤。
`,
};

export const CATALOGS: Readonly<Record<CliLocale, Messages>> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
