/**
 * The words of `gov-widgets audit` in English, Simplified and Traditional Chinese: this command's own typed
 * catalogue (the shared one, `src/cli/messages.ts`, holds what every command says). A missing message in one
 * locale is a type error.
 */
import type { AuditRule } from '../../contract/audit.js';
import type { Platform } from '../../contract/types.js';
import type { CliLocale } from '../locale.js';

/** What a finding of the audit says is wrong: the four rules of the contract's audit and a broken link. */
export type FindingRule = AuditRule | 'broken-link';

const PLATFORMS_EN: Record<Platform, string> = {
  wechat_oa: 'WeChat official account',
  wechat_channels: 'WeChat Channels',
  weibo: 'Weibo',
  douyin: 'Douyin',
  kuaishou: 'Kuaishou',
  toutiao: 'Toutiao',
  bilibili: 'Bilibili',
  xiaohongshu: 'Xiaohongshu',
  app: 'App',
  miniprogram: 'Mini program',
  website: 'Website',
  other: 'Other',
};

const en = {
  needsTarget: 'audit needs at least one file or URL',
  notConcurrency: (value: string) => `--concurrency: not a whole number from 1 to 64: ${value}`,
  csvAndJson: '--csv and --json cannot be given together',

  // Columns of the summary (table, CSV)
  columns: {
    county: 'County',
    code: 'Code',
    status: 'Status',
    accounts: 'Accounts active/all',
    active: 'Active accounts',
    all: 'All accounts',
    platforms: 'Platforms',
    followers: 'Followers',
    followersAsOf: 'Followers oldest as of',
    updated: (days: number) => `Updated ≤${days} d`,
    updatedShare: (days: number) => `Share updated ≤${days} d`,
    stale: (days: number) => `Stale >${days} d`,
    duplicate: 'Duplicate',
    noInteraction: 'No interaction',
    unverified: 'Unverified',
    brokenLinks: 'Broken links',
    failed: 'Load/validate errors',
    document: 'Document',
  },
  findingColumns: {
    account: 'Account or policy',
    accountId: 'Account id',
    platform: 'Platform',
    organization: 'Organization',
    problem: 'Problem',
    days: 'Days since last post',
    url: 'Link',
  },
  totals: 'Total',
  notChecked: 'not checked',
  /** A figure that cannot be given (a county that did not load). */
  none: '—',
  followersAsOf: (followers: string, date: string | undefined) => (date ? `${followers} (${date})` : followers),
  status: {
    ok: 'ok',
    invalid: (n: number) => `${n} error(s)`,
    counties: (n: number) => `${n} with errors`,
    failed: 'not loaded',
  },
  rules: {
    stale: (days: number) => `no post for more than ${days} days`,
    duplicate: (others: string) => `more than one account of the organization on this platform (also ${others})`,
    'no-interaction': 'no interaction channel',
    unverified: 'not verified by the platform',
    'broken-link': (cause: string) => `broken link: ${cause}`,
  },
  noPostDate: 'no post date',
  days: (n: number) => `${n} d`,
  noAccountsSection: 'the discovery document has no accounts section',
  notDiscoveryOrAccounts: 'neither a discovery document nor an accounts document',
  noFindings: 'no findings',
  linksSkipped: (n: number) =>
    `${n} link(s) not requested: relative links of a local file (their site is unknown), the local-file stand-in address, or over the limit`,
  summaryLine: (counties: number, failed: number, date: string, staleDays: number) =>
    `${counties} county document(s), ${failed} with errors; audit as of ${date}, stale after ${staleDays} days`,
  csvFindingsWritten: (file: string, rows: number) => `${rows} finding row(s) written to ${file}`,
  cannotWrite: (file: string, reason: string) => `--csv-findings: cannot write ${file}: ${reason}`,
  linkCause: {
    timeout: (seconds: number) => `no answer within ${seconds} s`,
    status: (status: number) => `HTTP ${status}`,
  },
  platforms: PLATFORMS_EN,

  help: `Usage: gov-widgets audit <file|url>… [options]

Audits the official new-media accounts of many counties at once, as the State Council's inspection does:
for each document given (a discovery document such as https://county.example/disclosure.json, or an accounts
document) one row with the jurisdiction, accounts active/all, platforms covered, total followers (with the
oldest "as of" date), the share updated within the stale limit, and the counts of accounts stale, duplicate
(more than one per platform per organization), without an interaction channel, unverified, broken links, and
errors loading or validating the county's documents. A totals row follows, then each county's findings.

Options
  --csv                    one row per county as CSV on stdout: UTF-8 with a byte order mark so that Excel
                           and WPS on Chinese Windows open it correctly, CRLF line ends, RFC 4180 quoting;
                           cells starting with = + - @ are prefixed with ' so no formula runs
  --csv-findings <file>    also write one CSV row per finding (account, platform, organization, problem,
                           days) to <file>, in the same form
  --json                   print everything as JSON on stdout
  --now <date>             the date the audit counts from (RFC 3339); default: today
  --stale-days <n>         days without a post after which an account is stale (default 14)
  --check-links            request every account and policy link (HEAD, then GET when HEAD fails); only
                           http(s) links are requested; without this option the column says "not checked"
  --concurrency <n>        requests at a time when loading documents and checking links (default 8)
  --lang <lang>            zh-Hans, zh-Hant or en; default: from LC_ALL, LC_MESSAGES or LANG

A local document's sections are read from its own folder; a document on the web is only ever followed to
http(s) URLs.

Exit status: 0 when every document loaded and validated (findings are warnings), 1 when any county's
documents could not be loaded or have errors, 2 on a usage error.
`,
};

export type AuditMessages = typeof en;

const zhHans: AuditMessages = {
  needsTarget: 'audit 需要至少一个文件或网址',
  notConcurrency: (value) => `--concurrency：应为 1 到 64 的整数：${value}`,
  csvAndJson: '--csv 与 --json 不能同时使用',
  columns: {
    county: '地区',
    code: '区划代码',
    status: '状态',
    accounts: '账号（在用/全部）',
    active: '在用账号',
    all: '全部账号',
    platforms: '平台数',
    followers: '粉丝合计',
    followersAsOf: '粉丝数最早统计日',
    updated: (days) => `${days}天内更新`,
    updatedShare: (days) => `${days}天内更新比例`,
    stale: (days) => `超${days}天未更新`,
    duplicate: '重复开设',
    noInteraction: '无互动',
    unverified: '未认证',
    brokenLinks: '失效链接',
    failed: '读取/校验错误',
    document: '文档',
  },
  findingColumns: {
    account: '账号或政策',
    accountId: '账号编号',
    platform: '平台',
    organization: '主办单位',
    problem: '问题',
    days: '距最近发布天数',
    url: '链接',
  },
  totals: '合计',
  notChecked: '未检查',
  none: '—',
  followersAsOf: (followers, date) => (date ? `${followers}（${date}）` : followers),
  status: {
    ok: '正常',
    invalid: (n) => `${n} 个错误`,
    counties: (n) => `${n} 个地区有错误`,
    failed: '无法读取',
  },
  rules: {
    stale: (days) => `超过 ${days} 天未更新`,
    duplicate: (others) => `同一单位在该平台开设多个账号（另有 ${others}）`,
    'no-interaction': '无互动渠道',
    unverified: '未经平台认证',
    'broken-link': (cause) => `链接失效：${cause}`,
  },
  noPostDate: '无发布日期',
  days: (n) => `${n} 天`,
  noAccountsSection: '发现文档中没有账号部分',
  notDiscoveryOrAccounts: '既不是发现文档，也不是账号文档',
  noFindings: '未发现问题',
  linksSkipped: (n) => `${n} 个链接未访问：本地文件中的相对链接（不知其所属网站）、本地文件的替代地址，或超出上限`,
  summaryLine: (counties, failed, date, staleDays) =>
    `共 ${counties} 个地区文档，其中 ${failed} 个有错误；核查日期 ${date}，超过 ${staleDays} 天未更新即为超期`,
  csvFindingsWritten: (file, rows) => `已将 ${rows} 行问题写入 ${file}`,
  cannotWrite: (file, reason) => `--csv-findings：无法写入 ${file}：${reason}`,
  linkCause: {
    timeout: (seconds) => `${seconds} 秒内无响应`,
    status: (status) => `HTTP ${status}`,
  },
  platforms: {
    wechat_oa: '微信公众号',
    wechat_channels: '微信视频号',
    weibo: '微博',
    douyin: '抖音',
    kuaishou: '快手',
    toutiao: '今日头条',
    bilibili: '哔哩哔哩',
    xiaohongshu: '小红书',
    app: '客户端',
    miniprogram: '小程序',
    website: '网站',
    other: '其他',
  },

  help: `用法：gov-widgets audit <文件|网址>… [选项]

按国务院办公厅政务新媒体检查的要求，一次核查多个县（区）的政务新媒体账号：每个给出的文档（发现文档，
如 https://县.example/disclosure.json；或账号文档）一行，列出地区名称与区划代码、在用/全部账号数、覆盖平台数、
粉丝合计（及最早的统计日期）、期限内更新的比例，以及超期未更新、重复开设（同一单位同一平台多个账号）、
无互动渠道、未认证、失效链接和读取/校验错误的数量。随后是合计行，再按地区列出问题清单。

选项
  --csv                    在标准输出按地区每行输出 CSV：UTF-8 带 BOM，中文 Windows 上的 Excel 和 WPS
                           可直接正确打开；CRLF 换行；按 RFC 4180 加引号；以 = + - @ 开头的单元格前加 '，
                           不会被当作公式执行
  --csv-findings <文件>    另将问题清单（账号、平台、主办单位、问题、天数）按同样格式写入 <文件>
  --json                   在标准输出打印 JSON 结果
  --now <日期>             核查的基准日期（RFC 3339）；默认：今天
  --stale-days <n>         多少天未发布即视为超期未更新（默认 14）
  --check-links            访问每个账号和政策链接（先 HEAD，失败时再 GET），只访问 http(s) 链接；
                           不加此选项时该列显示“未检查”
  --concurrency <n>        读取文档和检查链接时同时发出的请求数（默认 8）
  --lang <语言>            zh-Hans、zh-Hant 或 en；默认取自 LC_ALL、LC_MESSAGES 或 LANG

本地文档的分文档只从其所在文件夹读取；网上的文档只跟随 http(s) 网址。

退出码：0 表示所有文档均已读取且校验通过（问题清单只是警告），1 表示有地区的文档无法读取或有错误，
2 表示用法错误。
`,
};

const zhHant: AuditMessages = {
  needsTarget: 'audit 需要至少一個檔案或網址',
  notConcurrency: (value) => `--concurrency：應為 1 到 64 的整數：${value}`,
  csvAndJson: '--csv 與 --json 不能同時使用',
  columns: {
    county: '地區',
    code: '區劃代碼',
    status: '狀態',
    accounts: '帳號（使用中/全部）',
    active: '使用中帳號',
    all: '全部帳號',
    platforms: '平台數',
    followers: '粉絲合計',
    followersAsOf: '粉絲數最早統計日',
    updated: (days) => `${days}天內更新`,
    updatedShare: (days) => `${days}天內更新比例`,
    stale: (days) => `超${days}天未更新`,
    duplicate: '重複開設',
    noInteraction: '無互動',
    unverified: '未認證',
    brokenLinks: '失效連結',
    failed: '讀取/驗證錯誤',
    document: '文件',
  },
  findingColumns: {
    account: '帳號或政策',
    accountId: '帳號編號',
    platform: '平台',
    organization: '主辦單位',
    problem: '問題',
    days: '距最近發布天數',
    url: '連結',
  },
  totals: '合計',
  notChecked: '未檢查',
  none: '—',
  followersAsOf: (followers, date) => (date ? `${followers}（${date}）` : followers),
  status: {
    ok: '正常',
    invalid: (n) => `${n} 個錯誤`,
    counties: (n) => `${n} 個地區有錯誤`,
    failed: '無法讀取',
  },
  rules: {
    stale: (days) => `超過 ${days} 天未更新`,
    duplicate: (others) => `同一單位在該平台開設多個帳號（另有 ${others}）`,
    'no-interaction': '無互動管道',
    unverified: '未經平台認證',
    'broken-link': (cause) => `連結失效：${cause}`,
  },
  noPostDate: '無發布日期',
  days: (n) => `${n} 天`,
  noAccountsSection: '探索文件中沒有帳號部分',
  notDiscoveryOrAccounts: '既不是探索文件，也不是帳號文件',
  noFindings: '未發現問題',
  linksSkipped: (n) => `${n} 個連結未存取：本機檔案中的相對連結（不知其所屬網站）、本機檔案的替代位址，或超出上限`,
  summaryLine: (counties, failed, date, staleDays) =>
    `共 ${counties} 個地區文件，其中 ${failed} 個有錯誤；核查日期 ${date}，超過 ${staleDays} 天未更新即為逾期`,
  csvFindingsWritten: (file, rows) => `已將 ${rows} 列問題寫入 ${file}`,
  cannotWrite: (file, reason) => `--csv-findings：無法寫入 ${file}：${reason}`,
  linkCause: {
    timeout: (seconds) => `${seconds} 秒內無回應`,
    status: (status) => `HTTP ${status}`,
  },
  platforms: {
    wechat_oa: '微信公眾號',
    wechat_channels: '微信視頻號',
    weibo: '微博',
    douyin: '抖音',
    kuaishou: '快手',
    toutiao: '今日頭條',
    bilibili: '嗶哩嗶哩',
    xiaohongshu: '小紅書',
    app: '用戶端',
    miniprogram: '小程式',
    website: '網站',
    other: '其他',
  },

  help: `用法：gov-widgets audit <檔案|網址>… [選項]

按國務院辦公廳政務新媒體檢查的要求，一次核查多個縣（區）的政務新媒體帳號：每個給出的文件（探索文件，
如 https://縣.example/disclosure.json；或帳號文件）一列，列出地區名稱與區劃代碼、使用中/全部帳號數、涵蓋平台數、
粉絲合計（及最早的統計日期）、期限內更新的比例，以及逾期未更新、重複開設（同一單位同一平台多個帳號）、
無互動管道、未認證、失效連結和讀取/驗證錯誤的數量。隨後是合計列，再按地區列出問題清單。

選項
  --csv                    在標準輸出按地區每列輸出 CSV：UTF-8 帶 BOM，中文 Windows 上的 Excel 和 WPS
                           可直接正確開啟；CRLF 換行；按 RFC 4180 加引號；以 = + - @ 開頭的儲存格前加 '，
                           不會被當作公式執行
  --csv-findings <檔案>    另將問題清單（帳號、平台、主辦單位、問題、天數）按同樣格式寫入 <檔案>
  --json                   在標準輸出列印 JSON 結果
  --now <日期>             核查的基準日期（RFC 3339）；預設：今天
  --stale-days <n>         多少天未發布即視為逾期未更新（預設 14）
  --check-links            存取每個帳號和政策連結（先 HEAD，失敗時再 GET），只存取 http(s) 連結；
                           不加此選項時該欄顯示「未檢查」
  --concurrency <n>        讀取文件和檢查連結時同時發出的請求數（預設 8）
  --lang <語言>            zh-Hans、zh-Hant 或 en；預設取自 LC_ALL、LC_MESSAGES 或 LANG

本機文件的分文件只從其所在資料夾讀取；網路上的文件只跟隨 http(s) 網址。

結束碼：0 表示所有文件均已讀取且驗證通過（問題清單只是警告），1 表示有地區的文件無法讀取或有錯誤，
2 表示用法錯誤。
`,
};

export const AUDIT_CATALOGS: Readonly<Record<CliLocale, AuditMessages>> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
