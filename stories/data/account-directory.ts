/** Small documents for the account directory stories. */
import type { Account, DiscoveryInput } from '../../src/contract/index.js';

/** "Now" of every story, so relative times and the audit read the same on every day. */
export const NOW = Date.parse('2026-11-20T12:00:00+08:00');

const organizations = [
  { id: 'gov-office', name: { 'zh-Hans': '县政府办公室', 'zh-Hant': '縣政府辦公室', en: 'County Government Office' } },
  { id: 'edu', name: { 'zh-Hans': '县教育局', 'zh-Hant': '縣教育局', en: 'County Education Bureau' }, parent_id: 'gov-office' },
  { id: 'health', name: { 'zh-Hans': '县卫生健康局', 'zh-Hant': '縣衛生健康局', en: 'County Health Bureau' }, parent_id: 'gov-office' },
  { id: 'culture', name: { 'zh-Hans': '县文化和旅游局', 'zh-Hant': '縣文化和旅遊局', en: 'County Culture and Tourism Bureau' } },
];

const accounts: Account[] = [
  {
    id: 'wx-gov',
    organization_id: 'gov-office',
    name: { 'zh-Hans': '某县发布', 'zh-Hant': '某縣發布', en: 'Mou County Release' },
    platform: 'wechat_oa',
    handle: 'gh_0123456789ab',
    url: 'https://mp.weixin.qq.com/s/mou',
    qr: { payload: 'https://weixin.qq.com/r/example' },
    verified: true,
    functions: ['publish', 'interact', 'service'],
    followers: { count: 182000, as_of: '2026-11-01' },
    last_post_at: '2026-11-19T18:00:00+08:00',
    description: { 'zh-Hans': '县政府权威信息发布平台', 'zh-Hant': '縣政府權威資訊發布平台', en: 'Official news of the county government' },
  },
  {
    id: 'wb-gov',
    organization_id: 'gov-office',
    name: { 'zh-Hans': '某县发布', en: 'Mou County Release' },
    platform: 'weibo',
    handle: 'moucounty',
    url: 'https://weibo.com/moucounty',
    verified: true,
    functions: ['publish', 'interact'],
    followers: { count: 52000, as_of: '2026-11-01' },
    last_post_at: '2026-11-18',
  },
  {
    id: 'dy-gov',
    organization_id: 'gov-office',
    name: '某县发布',
    platform: 'douyin',
    url: 'https://www.douyin.com/user/mou',
    verified: true,
    functions: ['publish', 'interact'],
    followers: { count: 9800, as_of: '2026-11-01' },
    last_post_at: '2026-11-17',
  },
  {
    id: 'wb-edu',
    organization_id: 'edu',
    name: { 'zh-Hans': '某县教育', en: 'Mou Education' },
    platform: 'weibo',
    url: 'https://weibo.com/mouedu',
    verified: true,
    functions: ['publish', 'interact'],
    last_post_at: '2026-11-01',
  },
  {
    id: 'wb-edu-2',
    organization_id: 'edu',
    name: '某县教育在线',
    platform: 'weibo',
    url: 'https://weibo.com/mouedu2',
    verified: true,
    functions: ['publish', 'interact'],
    last_post_at: '2026-11-19',
  },
  {
    id: 'wx-edu',
    organization_id: 'edu',
    name: '某县教育发布',
    platform: 'wechat_oa',
    url: 'https://mp.weixin.qq.com/s/edu',
    verified: true,
    functions: ['publish', 'interact'],
    last_post_at: '2026-11-19',
  },
  {
    id: 'dy-edu',
    organization_id: 'edu',
    name: '某县教育抖音号',
    platform: 'douyin',
    url: 'https://www.douyin.com/user/edu',
    verified: false,
    functions: ['publish'],
    last_post_at: '2026-08-01',
  },
  {
    id: 'wx-edu-old',
    organization_id: 'edu',
    name: '某县教育（旧）',
    platform: 'wechat_oa',
    status: 'merged',
    replaced_by: 'wx-edu',
    status_notice_url: 'https://example.gov.cn/notice/merge.html',
    last_post_at: '2025-12-31',
  },
  {
    id: 'app-health',
    organization_id: 'health',
    name: '健康某县',
    platform: 'app',
    url: 'https://example.gov.cn/app/',
    verified: true,
    functions: ['service', 'interact'],
    status: 'paused',
    status_notice_url: 'https://example.gov.cn/notice/app.html',
    last_post_at: '2026-10-01',
  },
  {
    id: 'tt-health',
    organization_id: 'health',
    name: '某县卫健',
    platform: 'toutiao',
    url: 'https://www.toutiao.com/c/health',
    verified: true,
    functions: ['publish'],
    status: 'closing',
    last_post_at: '2026-11-10',
  },
  {
    id: 'ks-culture',
    organization_id: 'culture',
    name: '某县文旅',
    platform: 'kuaishou',
    url: 'https://www.kuaishou.com/profile/culture',
    status: 'closed',
    last_post_at: '2025-06-01',
  },
  {
    id: 'xq-culture',
    organization_id: 'culture',
    name: '某县文旅学习号',
    platform: 'other',
    platform_label: { 'zh-Hans': '学习强国', en: 'Xuexi Qiangguo' },
    url: 'https://www.xuexi.cn/mou',
    verified: true,
    functions: ['publish', 'interact'],
    last_post_at: '2026-11-15',
  },
  {
    id: 'mp-culture',
    organization_id: 'culture',
    name: '某县文旅预约',
    platform: 'miniprogram',
    qr: { payload: 'x'.repeat(3000) },
    url: 'https://example.gov.cn/book',
    verified: true,
    functions: ['service', 'interact'],
    last_post_at: '2026-11-12',
  },
];

/** A county's discovery document with its accounts inline. */
export const county: DiscoveryInput = { version: '1.0', organizations, accounts: { accounts } };

/** No accounts at all. */
export const empty: DiscoveryInput = { version: '1.0', organizations, accounts: { accounts: [] } };

/** Data written to hurt: markup, bidi overrides and javascript: URLs, all shown as text or left out. */
export const hostile: DiscoveryInput = {
  version: '1.0',
  organizations: [{ id: 'o', name: '<b>单位</b><script>alert(1)</script>' }],
  accounts: {
    accounts: [
      {
        id: 'x',
        organization_id: 'o',
        name: '<img src=x onerror="alert(1)">\u202Egnp.exe',
        platform: 'weibo',
        handle: '<svg onload=alert(1)>',
        url: 'javascript:alert(1)',
        qr: { url: 'javascript:alert(2)', payload: 'javascript:alert(3)', alt: '<i>alt</i>' },
        description: '<a href="javascript:alert(4)">点我</a>',
        verified: true,
        functions: ['publish', 'interact'],
        last_post_at: '2026-11-19',
      },
      { id: 'y', organization_id: 'o', name: '<u>正常的名字</u>', platform: 'wechat_oa', url: 'https://example.gov.cn/y', last_post_at: '2026-11-19' },
    ],
  },
};

const PLATFORMS = ['wechat_oa', 'weibo', 'douyin', 'kuaishou', 'toutiao', 'app', 'miniprogram', 'bilibili'] as const;

/** `n` accounts over 100 organizations. */
export function many(n: number): DiscoveryInput {
  const orgs = Array.from({ length: 100 }, (_, i) => ({ id: `org-${i}`, name: `第${i + 1}单位` }));
  const list: Account[] = Array.from({ length: n }, (_, i) => ({
    id: `a-${i}`,
    organization_id: `org-${i % 100}`,
    name: `账号${i + 1}`,
    platform: PLATFORMS[i % PLATFORMS.length]!,
    url: `https://example.gov.cn/a/${i}`,
    verified: i % 7 !== 0,
    functions: i % 5 === 0 ? ['publish'] : ['publish', 'interact'],
    followers: { count: 1000 + i * 37, as_of: '2026-11-01' },
    last_post_at: i % 9 === 0 ? '2026-10-01' : '2026-11-18',
  }));
  return { version: '1.0', organizations: orgs, accounts: { accounts: list } };
}
