/**
 * What `gov-widgets init` writes besides the discovery document: the two spreadsheet templates (through
 * write-excel-file) and the sample page. The templates' headers are the first alias of each field in
 * headers.ts — the names `convert` reads — so a filled template converts without a warning.
 */
import writeExcelFile, { type Row, type SheetData } from 'write-excel-file/node';
import { ACCOUNT_ALIASES, ACCOUNT_FIELDS, POLICY_ALIASES, POLICY_FIELDS } from './headers.js';
import { FUNCTION_WORDS, KIND_WORDS, LEGAL_FORCE_WORDS, PLATFORM_WORDS, STATUS_WORDS } from './values.js';

/**
 * The links of the templates' example rows. `convert` leaves out a row that still has one (a webmaster who
 * filled the template below the example would otherwise publish the made-up policy and account).
 */
export const EXAMPLE_POLICY_URL = 'https://www.example.gov.cn/art/2026/11/26/art_1_12.html';
export const EXAMPLE_ACCOUNT_URL = 'https://www.example.gov.cn/wx.html';

const HEADER_STYLE = { fontWeight: 'bold', backgroundColor: '#DDEBF7' } as const;
const day = (iso: string) => ({ value: new Date(`${iso}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' });

function headerRow(names: readonly string[]): Row {
  return names.map((value) => ({ value, ...HEADER_STYLE }));
}

/** A workbook of one sheet: the header row (bold, shaded, frozen) and one example row. */
async function workbook(sheet: string, headers: readonly string[], example: Row, widths: readonly number[]): Promise<Buffer> {
  const data: SheetData = [headerRow(headers), example];
  return writeExcelFile(data, { sheet, stickyRowsCount: 1, columns: widths.map((width) => ({ width })) }).toBuffer();
}

export function policiesTemplate(jurisdiction: string): Promise<Buffer> {
  const headers = POLICY_FIELDS.map((field) => POLICY_ALIASES[field][0]!);
  const example: Record<(typeof POLICY_FIELDS)[number], Row[number]> = {
    title: `${jurisdiction}关于印发《优化营商环境若干措施》的通知`,
    doc_number: '某政发〔2026〕12号',
    index_no: '000000000000000000/2026-00012',
    issuer: `${jurisdiction}办公室`,
    signed_date: day('2026-11-20'),
    date_published: day('2026-11-26'),
    effective_date: day('2026-12-01'),
    expiry_date: null,
    legal_force: LEGAL_FORCE_WORDS.in_force[0]!,
    topic: '营商环境',
    kind: KIND_WORDS.policy[0]!,
    url: EXAMPLE_POLICY_URL,
    summary: '从政务服务、要素保障、市场监管等方面提出若干措施。',
    tags: '营商环境、政务服务',
  };
  return workbook(
    '政策',
    headers,
    POLICY_FIELDS.map((field) => example[field]),
    POLICY_FIELDS.map((field) => ({ title: 48, summary: 40, url: 40, index_no: 30, doc_number: 20, issuer: 24 })[field as string] ?? 12),
  );
}

export function accountsTemplate(jurisdiction: string): Promise<Buffer> {
  const headers = ACCOUNT_FIELDS.map((field) => ACCOUNT_ALIASES[field][0]!);
  const example: Record<(typeof ACCOUNT_FIELDS)[number], Row[number]> = {
    name: `${jurisdiction.replace(/人民政府$/, '')}发布`,
    platform: PLATFORM_WORDS.wechat_oa[0]!,
    organization: `${jurisdiction}办公室`,
    handle: 'gh_0123456789ab',
    url: EXAMPLE_ACCOUNT_URL,
    followers: 12000,
    last_post_at: day('2026-11-25'),
    last_reply_at: day('2026-11-24'),
    verified: '是',
    status: STATUS_WORDS.active[0]!,
    functions: `${FUNCTION_WORDS.publish[0]!}、${FUNCTION_WORDS.interact[0]!}`,
    description: '发布权威信息，回应群众关切。',
    qr: null,
  };
  return workbook(
    '账号',
    headers,
    ACCOUNT_FIELDS.map((field) => example[field]),
    ACCOUNT_FIELDS.map((field) => ({ name: 24, organization: 28, handle: 20, url: 36, description: 36, functions: 20 })[field as string] ?? 12),
  );
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The sample page. The script and stylesheet are where the README's self-hosting puts `dist/`; the data is
 * the discovery document beside the page. Each widget holds a fallback for readers without JavaScript.
 */
export function samplePage(jurisdiction: string, title: string): string {
  const name = escape(jurisdiction);
  return `<!doctype html>
<html lang="zh-Hans">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(title)}</title>
  <!-- gov-widgets: copy the package's dist/ folder (dist/ after "npm run build", or node_modules/gov-widgets/dist/)
       to /assets/gov-widgets/ on the site, dist/chunks/ included. Version the path, not a query string. -->
  <link rel="stylesheet" href="/assets/gov-widgets/gov-widgets.css" charset="utf-8">
  <script type="module" src="/assets/gov-widgets/gov-widgets.js" charset="utf-8"></script>
</head>
<body>
  <main>
    <h1>${name}</h1>

    <h2>最新政策</h2>
    <gov-policy-feed src="disclosure.json" limit="10">
      <p><a href="policies.json">政策文件列表</a></p>
    </gov-policy-feed>

    <h2>政务新媒体</h2>
    <gov-account-directory src="disclosure.json">
      <p><a href="accounts.json">政务新媒体账号列表</a></p>
    </gov-account-directory>

    <h2>我要咨询</h2>
    <!-- The form needs a "questions" section in disclosure.json (endpoints of your 留言 system). -->
    <gov-ask-form src="disclosure.json">
      <p>请通过本站“政民互动”栏目留言。</p>
    </gov-ask-form>
  </main>
</body>
</html>
`;
}
