import { expect } from '@open-wc/testing';
import { validateAccounts, type Account, type Organization } from '../../../src/contract/index.js';
import {
  createDirectoryModel,
  filterEntries,
  GROUP_PAGE,
  GROUP_PREVIEW,
  groupEntries,
  NO_ORGANIZATION,
  organizationFacets,
  organizationScope,
  platformFacets,
  windowGroups,
} from '../../../src/widgets/account-directory/model.js';
import { normalizeSearchWords } from '../../../src/core/search.js';
import { encodable, qrPath, qrSource, QUIET_ZONE } from '../../../src/widgets/account-directory/controllers/qr-code.js';

const orgs = new Map<string, Organization>([
  ['a', { id: 'a', name: '甲局' }],
  ['b', { id: 'b', name: '乙局', parent_id: 'a' }],
  ['c', { id: 'c', name: '丙局', parent_id: 'b' }],
  ['d', { id: 'd', name: '丁局' }],
]);

const accounts: Account[] = [
  { id: '1', organization_id: 'b', name: { 'zh-Hans': '乙局发布', en: 'Bureau B News' }, platform: 'weibo', handle: 'ＢＵＲＥＡＵ_b' },
  { id: '2', organization_id: 'a', name: 'Straße Info', platform: 'wechat_oa' },
  { id: '3', organization_id: 'a', name: '甲局旧号', platform: 'wechat_oa', status: 'closed' },
  { id: '4', organization_id: 'zzz', name: '无名号', platform: 'douyin' },
  { id: '5', organization_id: 'a', name: '甲局抖音', platform: 'douyin', status: 'paused' },
  { id: '6', organization_id: 'a', name: '甲局微博', platform: 'weibo', status: 'merged', replaced_by: '1' },
  { id: '7', organization_id: 'c', name: '丙局号', platform: 'weibo' },
];
const model = createDirectoryModel(accounts, orgs, 0);
const ids = (entries: { account: Account }[]) => entries.map((e) => e.account.id);

describe('account directory model', () => {
  it('folds search text as words: NFKC, a full case fold, runs of white space made one', () => {
    expect(normalizeSearchWords('ＢＵＲＥＡＵ')).to.equal('bureau');
    expect(normalizeSearchWords('STRASSE')).to.equal(normalizeSearchWords('straße'));
    expect(normalizeSearchWords('  a \t b ')).to.equal('a b');
    expect(normalizeSearchWords('㈱')).to.equal('(株)');
  });

  it('joins organizations and successors, and marks closed and merged accounts inactive', () => {
    const six = model.entries[5]!;
    expect(six.successor?.id).to.equal('1');
    expect(six.inactive).to.equal(true);
    expect(model.entries[4]!.inactive, 'paused stays visible').to.equal(false);
    expect(model.entries[3]!.organization).to.equal(undefined);
    expect(model.entries[3]!.organizationKey).to.equal(NO_ORGANIZATION);
  });

  it('hides closed and merged accounts unless asked', () => {
    expect(ids(filterEntries(model, {}))).to.deep.equal(['1', '2', '4', '5', '7']);
    expect(ids(filterEntries(model, { showInactive: true }))).to.have.length(7);
  });

  it('searches every language of the name and the handle, after folding', () => {
    expect(ids(filterEntries(model, { query: 'bureau b' }))).to.deep.equal(['1']);
    expect(ids(filterEntries(model, { query: 'bureau_B' })), 'full-width handle').to.deep.equal(['1']);
    expect(ids(filterEntries(model, { query: 'strasse' }))).to.deep.equal(['2']);
    expect(ids(filterEntries(model, { query: '甲局' }))).to.deep.equal(['5']);
    expect(ids(filterEntries(model, { query: '   ' }))).to.have.length(5);
  });

  it('counts each facet under the other filters, keeping every choice the directory can show', () => {
    const filter = { platform: 'weibo' as const, organization: 'a' };
    expect(platformFacets(model, filter)).to.deep.equal([
      { key: 'wechat_oa', count: 1 },
      { key: 'weibo', count: 0 },
      { key: 'douyin', count: 1 },
    ]);
    expect(organizationFacets(model, filter)).to.deep.equal([
      { key: 'a', count: 0 },
      { key: 'b', count: 1 },
      { key: 'c', count: 1 },
      { key: NO_ORGANIZATION, count: 0 },
    ]);
  });

  it('groups by organization in document order (unknown last) or by platform in contract order, active first', () => {
    const all = filterEntries(model, { showInactive: true });
    const byOrg = groupEntries(model, all, 'organization');
    expect(byOrg.map((g) => g.key)).to.deep.equal(['a', 'b', 'c', NO_ORGANIZATION]);
    expect(ids(byOrg[0]!.entries as never)).to.deep.equal(['2', '5', '3', '6']);
    const byPlatform = groupEntries(model, all, 'platform');
    expect(byPlatform.map((g) => g.key)).to.deep.equal(['wechat_oa', 'weibo', 'douyin']);
  });

  it('limits an organization to itself and the organizations under it', () => {
    expect([...organizationScope(orgs, 'b')].sort()).to.deep.equal(['b', 'c']);
    expect(ids(filterEntries(model, { scope: organizationScope(orgs, 'b') }))).to.deep.equal(['1', '7']);
    expect(ids(filterEntries(model, { scope: organizationScope(orgs, 'unknown') }))).to.deep.equal([]);
  });

  it('finds the scope of a 20,000-organization parent_id chain at once, and again on every render for free', () => {
    // Each organization is the parent of the next, listed deepest first: the worst order for a fixed-point search.
    // Work is counted, not timed: how often a parent_id is read.
    let reads = 0;
    const chain = new Map(
      Array.from({ length: 20_000 }, (_, i) => {
        const id = `o${19_999 - i}`;
        const parent = i === 19_999 ? null : `o${19_998 - i}`;
        const organization = {
          id,
          name: id,
          get parent_id() {
            reads++;
            return parent;
          },
        };
        return [id, organization] as const;
      }),
    );
    const scope = organizationScope(chain, 'o0');
    expect(scope.size).to.equal(20_000);
    // Every later render gets the same scope back, and six scopes read each parent_id once, in one pass.
    for (let render = 0; render < 5; render++) expect(organizationScope(chain, 'o0')).to.equal(scope);
    expect(organizationScope(chain, 'o19990').size).to.equal(10);
    expect(reads, 'parent_id reads for six scopes').to.equal(20_000);
    // A cycle ends where it meets an organization already in the scope.
    const cycle = new Map([
      ['a', { id: 'a', name: 'a', parent_id: 'b' }],
      ['b', { id: 'b', name: 'b', parent_id: 'a' }],
    ]);
    expect([...organizationScope(cycle, 'a')].sort()).to.deep.equal(['a', 'b']);
  });

  it('draws a bounded window of groups and entries', () => {
    const many: Account[] = Array.from({ length: 1000 }, (_, i) => ({ id: `x${i}`, organization_id: `o${i % 50}`, name: `n${i}`, platform: 'weibo' }));
    const manyOrgs = new Map(Array.from({ length: 50 }, (_, i) => [`o${i}`, { id: `o${i}`, name: `o${i}` }]));
    const m = createDirectoryModel(many, manyOrgs, 0);
    const groups = groupEntries(m, m.entries, 'organization');
    const window = windowGroups(groups, GROUP_PAGE, new Map());
    expect(window.groups).to.have.length(GROUP_PAGE);
    expect(window.hiddenGroups).to.equal(50 - GROUP_PAGE);
    expect(window.groups.reduce((n, g) => n + g.shown.length, 0)).to.equal(GROUP_PAGE * GROUP_PREVIEW);
    expect(window.groups[0]!.hidden).to.equal(20 - GROUP_PREVIEW);
    const opened = windowGroups(groups, GROUP_PAGE, new Map([['o0', 10]]));
    expect(opened.groups[0]!.shown).to.have.length(10);
  });
});

describe('account directory QR sources', () => {
  const base = { id: 'q', name: 'q', platform: 'wechat_oa' as const };
  it('takes the image, then the payload, then the account URL', () => {
    expect(qrSource({ ...base, qr: { url: 'https://x.example/q.png', payload: 'p' }, url: 'https://x.example/' })).to.deep.equal({
      kind: 'image',
      url: 'https://x.example/q.png',
    });
    expect(qrSource({ ...base, qr: { payload: 'https://x.example/follow' }, url: 'https://x.example/' })).to.deep.equal({
      kind: 'encode',
      text: 'https://x.example/follow',
    });
    // Only an http(s) URL is a payload: plain text (an id a scanner would search for) is passed over.
    expect(qrSource({ ...base, qr: { payload: 'weixin-id' }, url: 'https://x.example/' })).to.deep.equal({ kind: 'encode', text: 'https://x.example/' });
    expect(qrSource({ ...base, url: 'https://x.example/' })).to.deep.equal({ kind: 'encode', text: 'https://x.example/' });
    expect(qrSource(base)).to.deep.equal({ kind: 'none' });
  });

  it('never uses a javascript: image, payload or URL', () => {
    const raw = { accounts: [{ ...base, url: 'javascript:alert(1)', qr: { url: 'javascript:alert(1)', payload: ' JavaScript:alert(1)' } }] };
    const { value } = validateAccounts(raw, 'https://x.example/');
    expect(qrSource(value.accounts[0]!)).to.deep.equal({ kind: 'none' });
    // Even unvalidated (defence in depth).
    expect(qrSource(raw.accounts[0] as Account)).to.deep.equal({ kind: 'none' });
    expect(encodable('data:text/html,<b>')).to.equal(false);
    expect(encodable('gh_0123')).to.equal(false);
    expect(encodable('https://mp.weixin.qq.com/s/gh_0123')).to.equal(true);
  });

  it('draws runs of dark modules inside the quiet zone', () => {
    expect(qrPath([[true, true, false, true]])).to.equal(`M${QUIET_ZONE} ${QUIET_ZONE}h2v1h-2zM${QUIET_ZONE + 3} ${QUIET_ZONE}h1v1h-1z`);
  });
});
