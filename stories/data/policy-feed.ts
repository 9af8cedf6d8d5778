/** Small documents for the policy feed's stories. Dates are relative to today so "new" markers show. */
import type { DiscoveryInput, PolicyFeed, PolicyItem } from '../../src/contract/types.js';

const FEED_VERSION = 'https://jsonfeed.org/version/1.1';
const DAY = 86_400_000;
const daysAgo = (n: number): string => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);

const organizations = [
  { id: 'gov-office', name: { 'zh-Hans': '县政府办公室', 'zh-Hant': '縣政府辦公室', en: 'County Government Office' } },
  { id: 'edu', name: { 'zh-Hans': '县教育局', 'zh-Hant': '縣教育局', en: 'County Education Bureau' } },
  { id: 'health', name: { 'zh-Hans': '县卫生健康局', 'zh-Hant': '縣衛生健康局', en: 'County Health Bureau' } },
];

export const policyItems: PolicyItem[] = [
  {
    id: 'p-031',
    title: {
      'zh-Hans': '关于进一步优化营商环境的若干措施',
      'zh-Hant': '關於進一步優化營商環境的若干措施',
      en: 'Measures to further improve the business environment',
    },
    url: 'https://example.gov.cn/policies/031.html',
    date_published: daysAgo(2),
    summary: {
      'zh-Hans': '从审批、用地、融资等方面提出二十条措施。',
      'zh-Hant': '從審批、用地、融資等方面提出二十條措施。',
      en: 'Twenty measures on approvals, land and financing.',
    },
    tags: ['营商环境'],
    attachments: [{ url: 'https://example.gov.cn/files/031.pdf', mime_type: 'application/pdf', title: '措施全文', size_in_bytes: 482_113 }],
    _gov: {
      doc_number: '某政发〔2026〕31号',
      issuer_id: 'gov-office',
      kind: 'policy',
      topic: { 'zh-Hans': '营商环境', 'zh-Hant': '營商環境', en: 'Business environment' },
      legal_force: 'in_force',
      interpretations: [{ url: 'https://example.gov.cn/policies/031-tu.html', title: '一图读懂《若干措施》', format: 'graphic' }],
    },
  },
  {
    id: 'p-031-jd',
    title: {
      'zh-Hans': '《关于进一步优化营商环境的若干措施》政策解读',
      'zh-Hant': '《關於進一步優化營商環境的若干措施》政策解讀',
      en: 'The business environment measures explained',
    },
    url: 'https://example.gov.cn/policies/031-jd.html',
    date_published: daysAgo(1),
    _gov: { issuer_id: 'gov-office', kind: 'interpretation', interprets: 'p-031', topic: '营商环境' },
  },
  {
    id: 'p-029',
    title: { 'zh-Hans': '县教育局关于2027年义务教育招生工作的通知', en: 'Compulsory education enrolment in 2027' },
    url: 'https://example.gov.cn/edu/029.html',
    date_published: daysAgo(16),
    summary: '公布招生范围、时间安排与报名方式。',
    _gov: { doc_number: '某教发〔2026〕29号', issuer_id: 'edu', kind: 'notice', topic: '教育', legal_force: 'in_force' },
  },
  {
    id: 'p-102',
    title: '县卫生健康局关于印发基层医疗服务提升方案的通知',
    url: 'https://example.gov.cn/policies/102.html',
    date_published: daysAgo(400),
    summary: '提升基层医疗服务能力的工作方案。',
    tags: ['医疗卫生'],
    _gov: { doc_number: '某卫发〔2025〕102号', issuer_id: 'health', kind: 'plan', legal_force: 'not_in_force', superseded_by: 'p-031' },
  },
  {
    id: 'p-050',
    title: { 'zh-Hans': '2025年县政府工作报告', en: 'Government work report 2025' },
    date_published: daysAgo(640),
    _gov: { issuer_id: 'gov-office', kind: 'report' },
  },
];

/** A discovery document with organizations and the feed inline. */
export const disclosure: DiscoveryInput = {
  version: '1.0',
  jurisdiction: { name: { 'zh-Hans': '某县人民政府', en: 'Mou County' }, code: '330127', level: 'county' },
  organizations,
  policies: {
    version: FEED_VERSION,
    title: { 'zh-Hans': '某县最新政策', 'zh-Hant': '某縣最新政策', en: 'Latest policies of Mou County' },
    home_page_url: 'https://example.gov.cn/policies/',
    feed_url: 'https://example.gov.cn/policies/feed.json',
    items: policyItems,
  },
};

export const emptyFeed: PolicyFeed = { version: FEED_VERSION, title: '某县最新政策', items: [] };

/** Three good items and three that the validator leaves out (no title, no date, a duplicate id). */
export const partialFeed: unknown = {
  version: FEED_VERSION,
  title: '部分条目有误',
  items: [
    ...policyItems.slice(0, 3),
    { id: 'x-1', date_published: daysAgo(3) },
    { id: 'x-2', title: '没有日期的条目' },
    { id: 'p-031', title: '重复的编号', date_published: daysAgo(3) },
  ],
};

const long = '关于进一步加强和改进新时代县域经济社会高质量发展若干重大问题的实施意见暨配套政策措施（试行）的补充通知';
export const longFeed: PolicyFeed = {
  version: FEED_VERSION,
  title: '长文本',
  items: [
    {
      id: 'l-1',
      title: long + long,
      url: 'https://example.gov.cn/policies/long.html',
      date_published: daysAgo(1),
      summary: `${long}。`.repeat(4),
      tags: ['一个非常非常长的主题标签用来检查换行', 'https://example.gov.cn/a/very/long/unbroken/tag/value/without/spaces'],
      attachments: [
        {
          url: 'https://example.gov.cn/files/a-very-long-file-name-without-any-spaces-to-break-the-line-anywhere.pdf',
          mime_type: 'application/pdf',
          size_in_bytes: 12_345_678,
        },
      ],
      _gov: {
        doc_number: '某县人民政府办公室发〔2026〕第1234567号补充通知',
        issuer: '某县某某某某某某某某某某某某某某某某某工作领导小组办公室',
        kind: 'notice',
        legal_force: 'partially_in_force',
      },
    },
    { id: 'l-2', title: 'Supercalifragilisticexpialidocious-policy-document-title-without-any-break-opportunity', date_published: daysAgo(5) },
  ],
};

/** Markup and script URLs in every text and URL field: all shown as text, no link. */
export const hostileFeed: unknown = {
  version: FEED_VERSION,
  title: '<b>恶意</b>',
  feed_url: "javascript:alert('feed')",
  items: [
    {
      id: 'h-1',
      title: '<img src=x onerror="alert(1)">恶意标题<script>alert(2)</script>',
      url: "javascript:alert('title')",
      date_published: daysAgo(1),
      summary: '<a href="javascript:alert(3)">点我</a>\u202e反转文字',
      tags: ['<i>标签</i>'],
      attachments: [{ url: 'data:text/html,<script>alert(4)</script>', mime_type: 'text/html', title: '坏附件' }],
      _gov: { doc_number: '<script>文号</script>', issuer: '<em>机构</em>', kind: 'policy' },
    },
    { id: 'h-2', title: '外部链接', external_url: '\tjavascript:alert(5)', date_published: daysAgo(2), content_html: '<p onclick="alert(6)">HTML 正文</p>' },
  ],
};

/** `n` items for paging and filtering, across kinds, issuers, topics and years. */
export function manyItems(n: number, offset = 0): PolicyItem[] {
  const kinds = ['policy', 'notice', 'plan', 'report', 'interpretation'] as const;
  const topics = ['营商环境', '教育', '医疗卫生', '乡村振兴', '住房保障'];
  return Array.from({ length: n }, (_, j) => {
    const i = j + offset;
    return {
      id: `m-${i}`,
      title: `关于${topics[i % topics.length]}工作的第${i + 1}号文件`,
      url: `https://example.gov.cn/policies/m-${i}.html`,
      date_published: daysAgo(i * 9),
      summary: `${topics[i % topics.length]}相关工作安排。`,
      tags: [topics[i % topics.length]!],
      _gov: {
        doc_number: `某政发〔${new Date(Date.now() - i * 9 * DAY).getUTCFullYear()}〕${i + 1}号`,
        issuer_id: organizations[i % 3]!.id,
        kind: kinds[i % kinds.length],
      },
    };
  });
}

export const manyDisclosure: DiscoveryInput = {
  version: '1.0',
  organizations,
  policies: { version: FEED_VERSION, title: '某县政策文件库', feed_url: 'https://example.gov.cn/policies/feed.json', items: manyItems(60) },
};

/** A feed whose second page comes from `next_url` (served by the story's injected fetch). */
export const pagedFirst: PolicyFeed = {
  version: FEED_VERSION,
  title: '分页',
  next_url: 'https://example.gov.cn/policies/feed-2.json',
  items: manyItems(8),
};
export const pagedSecond: PolicyFeed = { version: FEED_VERSION, title: '分页', items: manyItems(8, 8) };
