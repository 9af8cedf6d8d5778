/**
 * The findings of the contract's validator, rules and schema in the reader's language, with examples.
 *
 * The contract reports in English (its messages are part of `Issue` and `RuleFinding`, shared with the
 * widgets' console output). The command line rewords the messages it knows by their shape and leaves any
 * other in English, so a new message in the contract shows up as it is rather than as nothing.
 */
import { isRfc3339 } from '../contract/check.js';
import type { CliLocale } from './locale.js';
import type { SchemaError } from './schema-errors.js';

type Pick = (hans: string, hant: string) => string;

const NOUNS: Record<string, [string, string]> = {
  item: ['条目', '條目'],
  account: ['账号', '帳號'],
  'answered question': ['已答复留言', '已答覆留言'],
  interpretation: ['解读链接', '解讀連結'],
  tag: ['标签', '標籤'],
  attachment: ['附件', '附件'],
  author: ['作者', '作者'],
  service: ['事项', '事項'],
  recipient: ['受理机构', '受理機構'],
  organization: ['机构', '機構'],
  function: ['功能', '功能'],
  policy: ['政策', '政策'],
};

function noun(word: string, pick: Pick): string {
  const pair = NOUNS[word];
  return pair ? pick(pair[0], pair[1]) : word;
}

/** The contract's description of a value (`null`, `an array`, `"x"`, `number 5` …) in Chinese. */
function got(described: string, pick: Pick): string {
  if (described === 'an array') return pick('数组', '陣列');
  if (described === 'an object') return pick('对象', '物件');
  const long = /^a string of (\d+) characters$/.exec(described);
  if (long) return pick(`${long[1]} 个字符的字符串`, `${long[1]} 個字元的字串`);
  const scalar = /^(number|boolean|undefined|bigint) ?(.*)$/.exec(described);
  if (scalar) return `${pick(scalar[1] === 'number' ? '数字' : '布尔值', scalar[1] === 'number' ? '數字' : '布林值')} ${scalar[2]}`.trim();
  return described;
}

const DEFAULT_DATE = '2026-11-26';

/**
 * An RFC 3339 example for a date written another way: `2026年11月26日`, `2026/11/3`, `2026.11.03 8:00` →
 * `2026-11-26`, `2026-11-03`, `2026-11-03T08:00:00+08:00`. Anything else gets a fixed example.
 */
export function dateExample(value: unknown): string {
  if (typeof value !== 'string') return DEFAULT_DATE;
  const match =
    /^\s*(\d{4})\s*[年/.\-－]\s*(\d{1,2})\s*[月/.\-－]\s*(\d{1,2})\s*[日号]?(?:[\sT]*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/.exec(value);
  if (!match) return DEFAULT_DATE;
  const [, y, m, d, h, mi, s] = match;
  const two = (part: string | undefined): string => (part ?? '0').padStart(2, '0');
  const date = `${y}-${two(m)}-${two(d)}`;
  const example = h === undefined ? date : `${date}T${two(h)}:${two(mi)}:${two(s)}+08:00`;
  // Only a real date is an example (2026-02-30 is not); the value itself may already be RFC 3339-shaped.
  return isRfc3339(example) && example !== value ? example : DEFAULT_DATE;
}

type Rewording = readonly [RegExp, (match: RegExpExecArray, pick: Pick, value: unknown) => string];

const CONTRACT: readonly Rewording[] = [
  [
    /^expected an RFC 3339 date or date-time, got (.*)$/s,
    (m, pick, value) => {
      const example = dateExample(value);
      const actual = got(m[1]!, pick);
      return example.includes('T')
        ? pick(`应为 RFC 3339 日期时间，例如 ${example}；实际为 ${actual}`, `應為 RFC 3339 日期時間，例如 ${example}；實際為 ${actual}`)
        : pick(
            `应为 RFC 3339 日期，例如 ${example}（或日期时间，如 ${example}T08:00:00+08:00）；实际为 ${actual}`,
            `應為 RFC 3339 日期，例如 ${example}（或日期時間，如 ${example}T08:00:00+08:00）；實際為 ${actual}`,
          );
    },
  ],
  [
    /^expected one of (.*), got (.*)$/s,
    (m, pick) =>
      pick(
        `应为以下值之一：${m[1]!.split(', ').join('、')}；实际为 ${got(m[2]!, pick)}`,
        `應為以下值之一：${m[1]!.split(', ').join('、')}；實際為 ${got(m[2]!, pick)}`,
      ),
  ],
  [/^expected a string, got (.*)$/s, (m, pick) => pick(`应为字符串，实际为 ${got(m[1]!, pick)}`, `應為字串，實際為 ${got(m[1]!, pick)}`)],
  [/^expected a URL string, got (.*)$/s, (m, pick) => pick(`应为网址字符串，实际为 ${got(m[1]!, pick)}`, `應為網址字串，實際為 ${got(m[1]!, pick)}`)],
  [/^expected an array, got (.*)$/s, (m, pick) => pick(`应为数组，实际为 ${got(m[1]!, pick)}`, `應為陣列，實際為 ${got(m[1]!, pick)}`)],
  [/^expected an object, got (.*)$/s, (m, pick) => pick(`应为对象，实际为 ${got(m[1]!, pick)}`, `應為物件，實際為 ${got(m[1]!, pick)}`)],
  [
    /^expected true or false, got (.*)$/s,
    (m, pick) => pick(`应为 true 或 false，实际为 ${got(m[1]!, pick)}`, `應為 true 或 false，實際為 ${got(m[1]!, pick)}`),
  ],
  [
    /^expected (an integer|a number), got (.*)$/s,
    (m, pick) =>
      pick(
        `应为${m[1] === 'an integer' ? '整数' : '数字'}，实际为 ${got(m[2]!, pick)}`,
        `應為${m[1] === 'an integer' ? '整數' : '數字'}，實際為 ${got(m[2]!, pick)}`,
      ),
  ],
  [
    /^expected text or an object of language tags to text, got (.*)$/s,
    (m, pick) => pick(`应为文本，或以语言标记为键的文本对象，实际为 ${got(m[1]!, pick)}`, `應為文字，或以語言標記為鍵的文字物件，實際為 ${got(m[1]!, pick)}`),
  ],
  [
    /^not an http\(s\) or relative URL, left out: (.*)$/s,
    (m, pick) => pick(`不是 http(s) 或相对网址，已略去：${m[1]}`, `不是 http(s) 或相對網址，已略去：${m[1]}`),
  ],
  [/^must not be empty$/, (_m, pick) => pick('不能为空', '不能為空')],
  [/^must have at least (\d+) characters$/, (m, pick) => pick(`至少应有 ${m[1]} 个字符`, `至少應有 ${m[1]} 個字元`)],
  [/^must have at most (\d+) characters$/, (m, pick) => pick(`最多 ${m[1]} 个字符`, `最多 ${m[1]} 個字元`)],
  [/^must be at least (.+)$/, (m, pick) => pick(`不能小于 ${m[1]}`, `不能小於 ${m[1]}`)],
  [/^must be at most (.+)$/, (m, pick) => pick(`不能大于 ${m[1]}`, `不能大於 ${m[1]}`)],
  [/^does not match (.*)$/s, (m, pick) => pick(`格式不符（${m[1]}）`, `格式不符（${m[1]}）`)],
  [/^not a language tag$/, (_m, pick) => pick('不是语言标记', '不是語言標記')],
  [/^must have at least one language$/, (_m, pick) => pick('至少应有一种语言', '至少應有一種語言')],
  [/^required, missing$/, (_m, pick) => pick('必填，缺失', '必填，缺失')],
  [/^(.+) left out because it is invalid$/, (m, pick) => pick(`此${noun(m[1]!, pick)}无效，已略去`, `此${noun(m[1]!, pick)}無效，已略去`)],
  [
    /^(.+) left out because a value it needs is unusable$/,
    (m, pick) => pick(`此${noun(m[1]!, pick)}所需的值不可用，已略去`, `此${noun(m[1]!, pick)}所需的值不可用，已略去`),
  ],
  [
    /^(.+) left out: duplicate (\S+) (.*)$/s,
    (m, pick) => pick(`此${noun(m[1]!, pick)}已略去：${m[2]} ${m[3]} 重复`, `此${noun(m[1]!, pick)}已略去：${m[2]} ${m[3]} 重複`),
  ],
  [
    /^personal data must not be published in answered questions; ignored$/,
    (_m, pick) => pick('已答复留言中不得公开个人信息；已忽略', '已答覆留言中不得公開個人資料；已忽略'),
  ],
  [/^expected a URL or an inline section document$/, (_m, pick) => pick('应为网址或内嵌的分文档', '應為網址或內嵌的分文件')],
  [/^version (.+) is not supported; this widget reads 1\.x$/, (m, pick) => pick(`不支持版本 ${m[1]}；组件只读取 1.x`, `不支援版本 ${m[1]}；元件只讀取 1.x`)],
  // Rules
  [
    /^(\S+) ("(?:[^"\\]|\\.)*") is not an organization of the discovery document$/,
    (m, pick) => pick(`${m[1]} ${m[2]} 不是发现文档中的机构`, `${m[1]} ${m[2]} 不是探索文件中的機構`),
  ],
  [
    /^(\S+) ("(?:[^"\\]|\\.)*") is not a policy of the feed$/,
    (m, pick) => pick(`${m[1]} ${m[2]} 不是本政策文档中的政策`, `${m[1]} ${m[2]} 不是本政策文件中的政策`),
  ],
  [
    /^(.+) id ("(?:[^"\\]|\\.)*") is used already \((?:in (.+) )?at (\S+)\)$/,
    (m, pick) =>
      pick(
        `${noun(m[1]!, pick)}编号 ${m[2]} 已被使用（${m[3] ? `${m[3]} ` : ''}${m[4]}）`,
        `${noun(m[1]!, pick)}編號 ${m[2]} 已被使用（${m[3] ? `${m[3]} ` : ''}${m[4]}）`,
      ),
  ],
  [
    /^this URL is the interpretation ("(?:[^"\\]|\\.)*"), which interprets (.+), not this policy$/,
    (m, pick) => pick(`此网址是解读 ${m[1]}，它解读的是 ${m[2]}，不是本政策`, `此網址是解讀 ${m[1]}，它解讀的是 ${m[2]}，不是本政策`),
  ],
  [
    /^this URL is the item ("(?:[^"\\]|\\.)*"), which does not name this policy back \(_gov\.interprets\)$/,
    (m, pick) => pick(`此网址是条目 ${m[1]}，它没有反过来指向本政策（_gov.interprets）`, `此網址是條目 ${m[1]}，它沒有反過來指向本政策（_gov.interprets）`),
  ],
  [
    /^interprets ("(?:[^"\\]|\\.)*"), but that policy does not list this interpretation's URL under _gov\.interpretations$/,
    (m, pick) => pick(`解读 ${m[1]}，但该政策的 _gov.interpretations 中没有本解读的网址`, `解讀 ${m[1]}，但該政策的 _gov.interpretations 中沒有本解讀的網址`),
  ],
  [
    /^interprets ("(?:[^"\\]|\\.)*"), but has no URL the policy could list$/,
    (m, pick) => pick(`解读 ${m[1]}，但本解读没有可供该政策列出的网址`, `解讀 ${m[1]}，但本解讀沒有可供該政策列出的網址`),
  ],
  [
    /^interprets ("(?:[^"\\]|\\.)*"), which is itself an interpretation, not a policy$/,
    (m, pick) => pick(`解读 ${m[1]}，但它本身是解读，不是政策`, `解讀 ${m[1]}，但它本身是解讀，不是政策`),
  ],
  [
    /^interprets ("(?:[^"\\]|\\.)*"), whose kind is ("(?:[^"\\]|\\.)*")$/,
    (m, pick) => pick(`解读 ${m[1]}，而它的类别是 ${m[2]}`, `解讀 ${m[1]}，而它的類別是 ${m[2]}`),
  ],
  [
    /^has interprets but its kind is ("(?:[^"\\]|\\.)*"), not "interpretation"$/,
    (m, pick) => pick(`有 interprets，但类别是 ${m[1]}，不是 "interpretation"`, `有 interprets，但類別是 ${m[1]}，不是 "interpretation"`),
  ],
  [
    /^an interpretation should name the policy it explains \(_gov\.interprets\)$/,
    (_m, pick) => pick('解读应指明所解读的政策（_gov.interprets）', '解讀應指明所解讀的政策（_gov.interprets）'),
  ],
  [/^a policy lists itself as its interpretation$/, (_m, pick) => pick('政策把自己列为自己的解读', '政策把自己列為自己的解讀')],
  [/^a policy cannot be superseded by itself$/, (_m, pick) => pick('政策不能被自己替代', '政策不能被自己取代')],
  [/^an interpretation cannot interpret itself$/, (_m, pick) => pick('解读不能解读自己', '解讀不能解讀自己')],
  [/^marked in force, but superseded by ("(?:[^"\\]|\\.)*")$/, (m, pick) => pick(`标为现行有效，但已被 ${m[1]} 替代`, `標為現行有效，但已被 ${m[1]} 取代`)],
  [
    /^organization ("(?:[^"\\]|\\.)*") is its own ancestor \(parent_id loops\)$/,
    (m, pick) => pick(`机构 ${m[1]} 是自己的上级（parent_id 成环）`, `機構 ${m[1]} 是自己的上級（parent_id 成環）`),
  ],
  [
    /^replaced_by ("(?:[^"\\]|\\.)*") is not an account of the directory$/,
    (m, pick) => pick(`replaced_by ${m[1]} 不是本目录中的账号`, `replaced_by ${m[1]} 不是本目錄中的帳號`),
  ],
  [
    /^replaced by ("(?:[^"\\]|\\.)*"), which is (\S+) itself$/,
    (m, pick) => pick(`由 ${m[1]} 接替，但它本身的状态是 ${m[2]}`, `由 ${m[1]} 接替，但它本身的狀態是 ${m[2]}`),
  ],
  [/^has replaced_by but its status is ("(?:[^"\\]|\\.)*")$/, (m, pick) => pick(`有 replaced_by，但状态是 ${m[1]}`, `有 replaced_by，但狀態是 ${m[1]}`)],
  [
    /^a merged account should name the account that took over \(replaced_by\)$/,
    (_m, pick) => pick('已合并的账号应指明接替的账号（replaced_by）', '已合併的帳號應指明接替的帳號（replaced_by）'),
  ],
  [/^an account cannot be replaced by itself$/, (_m, pick) => pick('账号不能由自己接替', '帳號不能由自己接替')],
  [/^recipient ("(?:[^"\\]|\\.)*") is listed twice$/, (m, pick) => pick(`受理机构 ${m[1]} 列出了两次`, `受理機構 ${m[1]} 列出了兩次`)],
  [
    /^service_code ("(?:[^"\\]|\\.)*") is not one of the services$/,
    (m, pick) => pick(`service_code ${m[1]} 不在事项列表中`, `service_code ${m[1]} 不在事項清單中`),
  ],
  // Audit
  [
    /^last post (\d+) days ago: a "zombie" account \(no post within (\d+) days\)$/,
    (m, pick) => pick(`${m[1]} 天前最后发布：“僵尸”账号（超过 ${m[2]} 天未更新）`, `${m[1]} 天前最後發布：「殭屍」帳號（超過 ${m[2]} 天未更新）`),
  ],
  [
    /^no last_post_at: counts as a "zombie" account \(no post within (\d+) days\)$/,
    (m, pick) => pick(`缺少 last_post_at：按“僵尸”账号计（超过 ${m[1]} 天未更新）`, `缺少 last_post_at：按「殭屍」帳號計（超過 ${m[1]} 天未更新）`),
  ],
  [
    /^more than one active (\S+) account of ("(?:[^"\\]|\\.)*") \(also (.*)\)$/,
    (m, pick) => pick(`${m[2]} 在 ${m[1]} 上有多个在用账号（另有 ${m[3]}）`, `${m[2]} 在 ${m[1]} 上有多個在用帳號（另有 ${m[3]}）`),
  ],
  [
    /^no interaction channel \(functions lacks "interact"\)$/,
    (_m, pick) => pick('没有互动渠道（functions 中没有 "interact"）', '沒有互動管道（functions 中沒有 "interact"）'),
  ],
  [/^not verified by the platform$/, (_m, pick) => pick('未经平台认证', '未經平台認證')],
];

const picker = (locale: CliLocale): Pick | undefined => (locale === 'zh-Hans' ? (hans) => hans : locale === 'zh-Hant' ? (_hans, hant) => hant : undefined);

/**
 * A message of the contract in the reader's language. English gets the examples only (dates); a message
 * not known here is returned as it is.
 */
export function wordContractMessage(message: string, locale: CliLocale, value?: unknown): string {
  const pick = picker(locale);
  if (!pick) {
    const date = /^expected an RFC 3339 date or date-time, got (.*)$/s.exec(message);
    return date ? `expected an RFC 3339 date or date-time, e.g. ${dateExample(value)}, got ${date[1]}` : message;
  }
  for (const [pattern, word] of CONTRACT) {
    const match = pattern.exec(message);
    if (match) return word(match, pick, value);
  }
  return message;
}

/** An Ajv error in the reader's language; the allowed values of an enum are listed. */
export function wordSchemaError(error: SchemaError, locale: CliLocale, value?: unknown): string {
  const p = error.params;
  const pick = picker(locale);
  const list = (values: unknown): string => (Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(pick ? '、' : ', ') : '');
  switch (error.keyword) {
    case 'required':
      return pick
        ? pick(`缺少必填字段 "${String(p['missingProperty'])}"`, `缺少必填欄位 "${String(p['missingProperty'])}"`)
        : `missing required field "${String(p['missingProperty'])}"`;
    case 'enum':
      return pick
        ? pick(
            `应为以下值之一：${list(p['allowedValues'])}；实际为 ${JSON.stringify(value)}`,
            `應為以下值之一：${list(p['allowedValues'])}；實際為 ${JSON.stringify(value)}`,
          )
        : `${error.message}: ${list(p['allowedValues'])}`;
    case 'additionalProperties':
      return pick
        ? pick(`未知字段 "${String(p['additionalProperty'])}"`, `未知欄位 "${String(p['additionalProperty'])}"`)
        : `unknown field "${String(p['additionalProperty'])}"`;
    case 'format':
      if (p['format'] === 'date' || p['format'] === 'date-time') {
        const example = dateExample(value);
        return pick
          ? pick(`应为 RFC 3339 日期，例如 ${example}；实际为 ${JSON.stringify(value)}`, `應為 RFC 3339 日期，例如 ${example}；實際為 ${JSON.stringify(value)}`)
          : `${error.message}, e.g. ${example}`;
      }
      return pick ? pick(`格式应为 ${String(p['format'])}`, `格式應為 ${String(p['format'])}`) : error.message;
    case 'type':
      return pick ? pick(`类型应为 ${String(p['type'])}`, `類型應為 ${String(p['type'])}`) : error.message;
    case 'minLength':
      return pick ? pick(`至少应有 ${String(p['limit'])} 个字符`, `至少應有 ${String(p['limit'])} 個字元`) : error.message;
    case 'maxLength':
      return pick ? pick(`最多 ${String(p['limit'])} 个字符`, `最多 ${String(p['limit'])} 個字元`) : error.message;
    case 'maxItems':
      return pick ? pick(`最多 ${String(p['limit'])} 项`, `最多 ${String(p['limit'])} 項`) : error.message;
    case 'pattern':
      return pick ? pick(`格式不符（${String(p['pattern'])}）`, `格式不符（${String(p['pattern'])}）`) : error.message;
    case 'minimum':
    case 'maximum':
      return pick ? pick(`应 ${String(p['comparison'])} ${String(p['limit'])}`, `應 ${String(p['comparison'])} ${String(p['limit'])}`) : error.message;
    default:
      return error.message;
  }
}
