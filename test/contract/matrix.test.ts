import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  accountMatrix,
  accountTotals,
  auditAccounts,
  loadSection,
  sortAccounts,
  UNKNOWN_ORGANIZATION,
  validateAccounts,
  type Account,
  type Organization,
  type SortOrder,
} from '../../src/contract/index.js';

const NOW = Date.parse('2026-11-20T12:00:00+08:00');
const base: Account = { id: 'x', name: '某县发布', platform: 'wechat_oa', organization_id: 'gov', verified: true, functions: ['publish', 'interact'] };
const ids = (accounts: readonly Account[]) => accounts.map((account) => account.id);

describe('sortAccounts', () => {
  // 张 zhāng, 李 lǐ, 王 wáng, 赵 zhào, 安 ān: pinyin order 安 李 王 张 赵.
  const accounts: Account[] = [
    { ...base, id: 'zhang', name: '张村发布', followers: { count: 500, as_of: '2026-11-01' }, last_post_at: '2026-11-19', last_reply_at: '2026-11-10' },
    { ...base, id: 'li', name: '李村发布', followers: { count: 900 }, last_post_at: '2026-11-19', last_reply_at: '2026-11-18' },
    { ...base, id: 'wang', name: '王村发布', last_post_at: '2026-11-01' },
    { ...base, id: 'zhao', name: '赵村发布', followers: { count: 500, as_of: '2026-10-01' } },
    { ...base, id: 'an', name: '安村发布', last_post_at: '2026-11-19' },
    { ...base, id: 'b-twin', name: '张村发布', followers: { count: 500 }, last_post_at: '2026-11-19', last_reply_at: '2026-11-10' },
  ];

  it('ranks by followers, most first; ties by name in pinyin, then id; missing figures last', () => {
    // zhang, b-twin and zhao tie at 500: 张村 (twice, so by id: b-twin < zhang) before 赵村. Missing: 安, 王.
    expect(ids(sortAccounts(accounts, 'followers', NOW, 'zh-Hans'))).to.deep.equal(['li', 'b-twin', 'zhang', 'zhao', 'an', 'wang']);
  });

  it('ranks by activity: fewest days since the last post, then since the last reply; missing dates last', () => {
    // Posted 2026-11-19 (1 day): li (reply 2 days), then an (no reply) after b-twin/zhang (reply 10 days).
    expect(ids(sortAccounts(accounts, 'activity', NOW, 'zh-Hans'))).to.deep.equal(['li', 'b-twin', 'zhang', 'an', 'wang', 'zhao']);
  });

  it('orders by name in pinyin for every Chinese locale, by id between equal names', () => {
    const order = ['an', 'li', 'wang', 'b-twin', 'zhang', 'zhao'];
    expect(ids(sortAccounts(accounts, 'name', NOW, 'zh-Hans'))).to.deep.equal(order);
    expect(ids(sortAccounts(accounts, 'name', NOW, 'zh-Hant'))).to.deep.equal(order);
    expect(ids(sortAccounts(accounts, 'name', NOW, 'zh'))).to.deep.equal(order);
  });

  it('picks names in the locale and puts an empty name last', () => {
    const named: Account[] = [
      { ...base, id: 'c', name: { 'zh-Hans': '甲', en: 'Cedar' } },
      { ...base, id: 'a', name: { 'zh-Hans': '乙', en: 'apple' } },
      { ...base, id: 'blank', name: '' },
      { ...base, id: 'b', name: { 'zh-Hans': '丙', en: 'Birch 10' } },
      { ...base, id: 'b2', name: { 'zh-Hans': '丁', en: 'Birch 9' } },
    ];
    expect(ids(sortAccounts(named, 'name', NOW, 'en'))).to.deep.equal(['a', 'b2', 'b', 'c', 'blank']);
  });

  it('leaves its input as it was', () => {
    const copy = [...accounts];
    sortAccounts(accounts, 'followers', NOW, 'zh-Hans');
    expect(accounts).to.deep.equal(copy);
  });

  it('property: a total order — any shuffle of the input gives the same result, and every account once', () => {
    const account = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      name: fc.constantFrom('张村', '李村', '', 'Alpha', 'alpha', '王村', '张村'),
      followers: fc.option(fc.record({ count: fc.nat(5) }), { nil: undefined }),
      last_post_at: fc.option(fc.constantFrom('2026-11-19', '2026-11-01', '2026-11-19T08:00:00+08:00', '2027-01-01'), { nil: undefined }),
      last_reply_at: fc.option(fc.constantFrom('2026-11-19', '2026-11-02'), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(account, { selector: (a) => a.id, maxLength: 12 }),
        fc.constantFrom<SortOrder>('followers', 'activity', 'name'),
        fc.constantFrom('zh-Hans', 'zh-Hant', 'en'),
        fc.func(fc.integer()),
        (raw, order, locale, shuffleKey) => {
          const list: Account[] = raw.map((a) => ({ ...base, ...a }));
          const shuffled = [...list].sort((a, b) => shuffleKey(a.id) - shuffleKey(b.id));
          const sorted = sortAccounts(list, order, NOW, locale);
          expect(ids(sortAccounts(shuffled, order, NOW, locale))).to.deep.equal(ids(sorted));
          expect([...ids(sorted)].sort()).to.deep.equal([...ids(list)].sort());
          if (order === 'followers') {
            const counts = sorted.map((a) => a.followers?.count ?? -1);
            const firstMissing = counts.indexOf(-1);
            if (firstMissing >= 0) expect(counts.slice(firstMissing).every((c) => c === -1)).to.equal(true);
            const known = counts.filter((c) => c >= 0);
            expect(known).to.deep.equal([...known].sort((a, b) => b - a));
          }
        },
      ),
    );
  });
});

describe('accountMatrix', () => {
  const organizations: Organization[] = [
    { id: 'gov', name: '县政府办公室' },
    { id: 'edu', name: '县教育局' },
    { id: 'idle', name: '县档案馆' },
  ];
  const accounts: Account[] = [
    { ...base, id: 'wx-gov', last_post_at: '2026-11-19', followers: { count: 1000, as_of: '2026-11-01' } },
    { ...base, id: 'wb-gov', platform: 'weibo', last_post_at: '2026-11-01', followers: { count: 200, as_of: '2026-10-01' } },
    { ...base, id: 'wx-edu', organization_id: 'edu', last_post_at: '2026-11-18' },
    { ...base, id: 'wx-edu-2', organization_id: 'edu', last_post_at: '2026-11-18', followers: { count: 5 } },
    { ...base, id: 'wx-edu-old', organization_id: 'edu', status: 'merged', replaced_by: 'wx-edu', last_post_at: '2025-01-01' },
    { ...base, id: 'dy-edu', organization_id: 'edu', platform: 'douyin', status: 'closed', followers: { count: 99999 } },
    { ...base, id: 'stray', organization_id: 'nowhere', platform: 'weibo', last_post_at: '2026-11-19' },
  ];
  const matrix = accountMatrix({ organizations, accounts }, NOW, 14);

  it('has organizations with accounts as rows (document order, unknown last) and platforms present as columns', () => {
    expect(matrix.rows.map((row) => row.key)).to.deep.equal(['gov', 'edu', UNKNOWN_ORGANIZATION]);
    expect(matrix.platforms).to.deep.equal(['wechat_oa', 'weibo', 'douyin']);
  });

  it('places every account in its cell, active first, with duplicate, stale and status marks', () => {
    const edu = matrix.rows[1]!;
    const wechat = edu.cells[0]!;
    expect(wechat.accounts.map((a) => [a.account.id, a.status, a.duplicate, a.stale])).to.deep.equal([
      ['wx-edu', 'active', true, false],
      ['wx-edu-2', 'active', true, false],
      ['wx-edu-old', 'merged', false, false],
    ]);
    expect(wechat).to.include({ active: 2, duplicate: true });
    expect(edu.cells[1]).to.equal(undefined);
    expect(edu.cells[2]!.accounts.map((a) => a.status)).to.deep.equal(['closed']);
    expect(matrix.rows[0]!.cells[1]!.accounts[0]).to.include({ stale: true, days: 19 });
    expect([...matrix.duplicates].sort()).to.deep.equal(['wx-edu', 'wx-edu-2']);
    expect([...matrix.stale]).to.deep.equal(['wb-gov']);
  });

  it('totals rows and columns', () => {
    expect(matrix.rows.map((row) => [row.total, row.active])).to.deep.equal([
      [2, 2],
      [4, 2],
      [1, 1],
    ]);
    expect(matrix.columns.map((column) => [column.platform, column.total, column.active])).to.deep.equal([
      ['wechat_oa', 4, 3],
      ['weibo', 2, 2],
      ['douyin', 1, 0],
    ]);
    expect(matrix).to.include({ total: 7, active: 5 });
  });

  it('property: marks exactly the duplicates and stale accounts the audit reports, and places every account once', () => {
    const raw = fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      organization_id: fc.option(fc.constantFrom('gov', 'edu', 'nowhere'), { nil: undefined }),
      platform: fc.constantFrom('wechat_oa', 'weibo', 'other'),
      status: fc.option(fc.constantFrom('active', 'paused', 'closed', 'merged'), { nil: undefined }),
      last_post_at: fc.option(fc.constantFrom('2026-11-19', '2026-10-01', 'bad'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(raw, { selector: (a) => a.id, maxLength: 15 }), fc.integer({ min: -3, max: 60 }), (list, days) => {
        const { value } = validateAccounts({ accounts: list.map((a) => ({ name: 'n', ...a })) }, 'https://x.example/');
        const m = accountMatrix({ organizations, accounts: value.accounts }, NOW, days);
        const audit = auditAccounts(value.accounts, { now: NOW, staleDays: days });
        const flagged = (rule: string) => audit.accounts.filter((a) => a.flags.some((f) => f.rule === rule)).map((a) => a.account.id);
        expect([...m.duplicates].sort()).to.deep.equal(flagged('duplicate').sort());
        expect([...m.stale].sort()).to.deep.equal(flagged('stale').sort());
        const placed = m.rows.flatMap((row) => row.cells.flatMap((cell) => cell?.accounts.map((a) => a.account.id) ?? []));
        expect(placed.sort()).to.deep.equal(value.accounts.map((a) => a.id).sort());
        expect(m.columns.reduce((sum, c) => sum + c.total, 0)).to.equal(m.total);
        expect(m.rows.reduce((sum, r) => sum + r.active, 0)).to.equal(m.active);
      }),
    );
  });
});

describe('accountTotals', () => {
  it('counts active of all, platforms covered, followers with the oldest as_of, and the share updated', () => {
    const accounts: Account[] = [
      { ...base, id: 'a', last_post_at: '2026-11-19', followers: { count: 182_000, as_of: '2026-11-01' } },
      { ...base, id: 'b', platform: 'weibo', last_post_at: '2026-11-01', followers: { count: 9_000, as_of: '2026-10-01' } },
      { ...base, id: 'c', platform: 'weibo', last_post_at: '2026-11-19', followers: { count: 1 } },
      { ...base, id: 'd', platform: 'douyin', last_post_at: '2026-11-19' },
      { ...base, id: 'e', platform: 'toutiao', status: 'closed', followers: { count: 1_000_000, as_of: '2020-01-01' } },
    ];
    const totals = accountTotals({ accounts }, NOW, 14);
    expect(totals).to.deep.include({
      all: 5,
      active: 4,
      platforms: ['wechat_oa', 'weibo', 'douyin'],
      followers: 191_001,
      withFollowers: 3,
      followersAsOf: '2026-10-01',
      followersUndated: 1,
      updated: 3,
      updatedShare: 0.75,
      staleDays: 14,
    });
  });

  it('is empty but defined without accounts', () => {
    expect(accountTotals({ accounts: [] }, NOW)).to.deep.include({ all: 0, active: 0, followers: 0, followersAsOf: undefined, updatedShare: 0 });
  });
});

describe('the demo data', () => {
  it('the matrix marks every duplicate and stale account the audit reports, and the totals match the data', async () => {
    const loaded = await loadSection('accounts', { url: new URL('/demo/data/disclosure.json', location.href).href });
    const now = Date.parse('2026-11-27T09:00:00+08:00');
    const source = { organizations: loaded.organizations, accounts: loaded.document.accounts };
    const matrix = accountMatrix(source, now, 14);
    const audit = auditAccounts(loaded.document.accounts, { now, staleDays: 14 });
    const flagged = (rule: string) => audit.accounts.filter((a) => a.flags.some((f) => f.rule === rule)).map((a) => a.account.id);
    // The demo has each case: a duplicate pair, a stale account, a merged and a closed one.
    expect(flagged('duplicate').sort()).to.deep.equal(['wx-edu', 'wx-edu-service']);
    expect(flagged('stale')).to.deep.equal(['wx-health']);
    expect([...matrix.duplicates].sort()).to.deep.equal(flagged('duplicate').sort());
    expect([...matrix.stale]).to.deep.equal(flagged('stale'));
    const statuses = matrix.rows.flatMap((row) => row.cells.flatMap((cell) => cell?.accounts.map((a) => a.status) ?? []));
    expect(statuses).to.include.members(['merged', 'closed']);

    const totals = accountTotals(source, now, 14);
    const active = loaded.document.accounts.filter((a) => (a.status ?? 'active') === 'active');
    expect(totals.all).to.equal(loaded.document.accounts.length);
    expect(totals.active).to.equal(active.length);
    expect(totals.followers).to.equal(active.reduce((sum, a) => sum + (a.followers?.count ?? 0), 0));
    expect(totals.withFollowers).to.equal(active.filter((a) => a.followers).length);
    expect(totals.followersAsOf).to.equal('2026-10-01');
    expect(totals.updated).to.equal(active.length - 1);
  });
});
