import { expect } from '@open-wc/testing';
import type { Organization, PolicyFeed, PolicyItem } from '../../../src/contract/types.js';
import { applyPreFilter, applySelection, isNarrowed, parseList, parsePreFilter } from '../../../src/widgets/policy-feed/model/filter.js';
import {
  appendFeedPage,
  appendFeedPages,
  createFeedModel,
  deriveFacets,
  interpretationsOf,
  searchTextOf,
  type FeedModel,
} from '../../../src/widgets/policy-feed/model.js';
import { normalizeSearch } from '../../../src/core/search.js';
import { MAX_ITEMS } from '../../../src/contract/limits.js';

const organizations = new Map<string, Organization>([['office', { id: 'office', name: { 'zh-Hans': '县政府办公室', en: 'County Office' } }]]);

function model(items: PolicyItem[], extra: Partial<PolicyFeed> = {}): FeedModel {
  return createFeedModel({
    document: { version: 'https://jsonfeed.org/version/1.1', title: 't', items, ...extra },
    documentUrl: 'https://example.gov.cn/feed.json',
    organizations,
  });
}

const item = (id: string, date: string, extra: Partial<PolicyItem> = {}): PolicyItem => ({ id, title: id, date_published: date, ...extra });
const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

describe('policy feed model', () => {
  it('sorts newest first by instant, keeping document order for ties', () => {
    const m = model([
      item('a', '2026-01-01'),
      item('b', '2026-03-01T08:00:00+08:00'),
      item('c', '2026-03-01T00:00:00Z'), // same instant as b
      item('d', '2026-02-28T23:00:00-05:00'), // 2026-03-01T04:00Z: after b and c
    ]);
    expect(ids(m.entries)).to.deep.equal(['d', 'b', 'c', 'a']);
  });

  it('takes the publication year as the publisher wrote it', () => {
    const m = model([item('x', '2024-12-31T23:30:00-05:00'), item('y', '2025-01-01')]);
    expect(m.entries.map((e) => e.year)).to.deep.equal([2024, 2025]);
  });

  it('names the issuer from the organizations, else _gov.issuer', () => {
    const m = model([
      item('a', '2026-01-03', { _gov: { issuer_id: 'office' } }),
      item('b', '2026-01-02', { _gov: { issuer_id: 'unknown', issuer: '县某局' } }),
      item('c', '2026-01-01', { _gov: { issuer_id: 'unknown' } }),
    ]);
    expect(m.entries.map((e) => e.issuer?.key)).to.deep.equal(['id:office', 'text:县某局', undefined]);
    expect(m.entries[0]!.issuer!.name).to.deep.equal({ 'zh-Hans': '县政府办公室', en: 'County Office' });
  });

  it('joins _gov.topic and tags without repeats', () => {
    const m = model([item('a', '2026-01-01', { tags: ['教育', '招生', '教育'], _gov: { topic: { 'zh-Hans': '教育', en: 'Education' } } })]);
    expect(m.entries[0]!.topics.map((t) => t.key)).to.deep.equal(['教育', '招生']);
  });

  it('links interpretations and policies both ways, by id and by URL', () => {
    const m = model([
      item('policy', '2026-01-01', {
        url: 'https://x.cn/p',
        _gov: { interpretations: [{ url: 'https://x.cn/listed', title: '列出的解读', format: 'qa' }, { url: 'https://x.cn/elsewhere' }] },
      }),
      item('by-id', '2026-01-02', { url: 'https://x.cn/by-id', _gov: { kind: 'interpretation', interprets: 'policy' } }),
      item('by-url', '2026-01-03', { url: 'https://x.cn/listed', _gov: { kind: 'interpretation' } }),
      item('orphan', '2026-01-04', { _gov: { kind: 'interpretation', interprets: 'not-in-feed' } }),
    ]);
    const policy = m.byId.get('policy')!;
    expect(m.explains.get('by-id')).to.equal(policy);
    expect(m.explains.get('by-url')).to.equal(policy);
    expect(m.explains.has('orphan')).to.equal(false);
    expect(interpretationsOf(m, policy)).to.deep.equal([
      { title: '列出的解读', href: 'https://x.cn/listed', format: 'qa' },
      { title: undefined, href: 'https://x.cn/elsewhere', format: undefined },
      { title: 'by-id', href: 'https://x.cn/by-id', format: undefined },
    ]);
  });

  it('derives facets: kinds in contract order, issuers and topics by frequency, years newest first', () => {
    const m = model([
      item('a', '2024-05-01', { tags: ['甲'], _gov: { kind: 'report', issuer: '乙局' } }),
      item('b', '2026-05-01', { tags: ['乙', '甲'], _gov: { kind: 'policy', issuer_id: 'office' } }),
      item('c', '2025-05-01', { tags: ['乙'], _gov: { kind: 'policy', issuer_id: 'office' } }),
    ]);
    const facets = deriveFacets(m.entries);
    expect(facets.kinds).to.deep.equal(['policy', 'report']);
    expect(facets.issuers.map((i) => i.key)).to.deep.equal(['id:office', 'text:乙局']);
    expect(facets.topics.map((t) => t.key)).to.deep.equal(['乙', '甲']);
    expect(facets.years).to.deep.equal([2026, 2025, 2024]);
  });

  it('adds a further page in date order, skipping repeated ids and stopping at a next_url already read', () => {
    const first = model([item('a', '2026-01-03'), item('b', '2026-01-01')], { next_url: 'https://example.gov.cn/feed-2.json' });
    expect(first.nextUrl).to.equal('https://example.gov.cn/feed-2.json');
    const { model: second, issues } = appendFeedPage(
      first,
      {
        version: 'https://jsonfeed.org/version/1.1',
        title: 't',
        items: [item('c', '2026-01-02'), item('a', '2020-01-01')],
        next_url: 'https://example.gov.cn/feed.json',
      },
      'https://example.gov.cn/feed-2.json',
    );
    expect(ids(second.entries)).to.deep.equal(['a', 'c', 'b']);
    expect(issues.map((i) => i.path)).to.deep.equal(['$.items[1].id']);
    expect(issues[0]!.skipped).to.equal('item');
    expect(second.nextUrl).to.equal(undefined);
  });

  it('merges several pages at once as it would one by one', () => {
    const first = model([item('a', '2026-01-05')], { next_url: 'https://example.gov.cn/2.json' });
    const page = (items: PolicyItem[], next?: string): PolicyFeed => ({
      version: 'https://jsonfeed.org/version/1.1',
      title: 't',
      items,
      ...(next ? { next_url: next } : {}),
    });
    const two = page([item('b', '2026-01-03'), item('a', '2020-01-01')], 'https://example.gov.cn/3.json');
    const three = page([item('c', '2026-01-04'), item('b', '2020-01-01')], 'https://example.gov.cn/4.json');
    const together = appendFeedPages(first, [
      { feed: two, documentUrl: 'https://example.gov.cn/2.json' },
      { feed: three, documentUrl: 'https://example.gov.cn/3.json' },
    ]);
    const stepwise = appendFeedPage(appendFeedPage(first, two, 'https://example.gov.cn/2.json').model, three, 'https://example.gov.cn/3.json');
    expect(ids(together.model.entries)).to.deep.equal(['a', 'c', 'b']);
    expect(ids(together.model.entries)).to.deep.equal(ids(stepwise.model.entries));
    expect(together.model.nextUrl).to.equal('https://example.gov.cn/4.json');
    expect(together.model.pageUrls).to.have.length(3);
    expect(together.issues.map((i) => [i.document, i.path])).to.deep.equal([
      ['https://example.gov.cn/2.json', '$.items[1].id'],
      ['https://example.gov.cn/3.json', '$.items[1].id'],
    ]);
  });

  it('keeps at most MAX_ITEMS.items items however many pages a feed has, and then stops paging', () => {
    const day = (i: number) => new Date(Date.UTC(2026, 0, 1) - i * 60_000).toISOString();
    const first = model(
      Array.from({ length: MAX_ITEMS.items - 2 }, (_, i) => item(`a${i}`, day(i))),
      { next_url: 'https://example.gov.cn/feed-2.json' },
    );
    const page: PolicyFeed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 't',
      items: Array.from({ length: 5 }, (_, i) => item(`b${i}`, day(MAX_ITEMS.items + i))),
      next_url: 'https://example.gov.cn/feed-3.json',
    };
    const { model: second, issues } = appendFeedPage(first, page, 'https://example.gov.cn/feed-2.json');
    expect(second.entries).to.have.length(MAX_ITEMS.items);
    expect(ids(second.entries.slice(-2))).to.deep.equal(['b0', 'b1']);
    expect(second.nextUrl).to.equal(undefined);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ path: '$.items[2]', skipped: 'item', count: 3 });
  });
});

describe('policy feed search and filters', () => {
  it('normalises with NFKC, case folding, and without white space or 文号 brackets', () => {
    expect(normalizeSearch('国办发〔２０１８〕 123号')).to.equal('国办发2018123号');
    expect(normalizeSearch('Ｂｕｓｉｎｅｓｓ  ENVIRONMENT\u3000')).to.equal('businessenvironment');
    expect(normalizeSearch('【通知】[2026](一)')).to.equal('通知2026一');
  });

  it('searches title, 文号 and summary in every language', () => {
    const m = model([
      item('a', '2026-01-02', { title: { 'zh-Hans': '营商环境', en: 'Business environment' }, summary: { 'zh-Hant': '二十條措施' } }),
      item('b', '2026-01-01', { title: '教育', _gov: { doc_number: '某教发〔2026〕29号', issuer: '营商局' } }),
    ]);
    const find = (q: string) => ids(applySelection(m.entries, {}, q));
    expect(find('环境')).to.deep.equal(['a']);
    expect(find('business env')).to.deep.equal(['a']);
    expect(find('條措')).to.deep.equal(['a']);
    expect(find('教发[2026]29')).to.deep.equal(['b']);
    expect(find('营商局')).to.deep.equal([]); // the issuer is a filter, not search text
    expect(find('  ')).to.deep.equal(['a', 'b']);
    expect(searchTextOf(m.entries[1]!)).to.equal('教育\n某教发202629号');
  });

  it('combines chip groups, and reports whether the list is narrowed', () => {
    const m = model([
      item('a', '2026-01-01', { _gov: { kind: 'policy' }, tags: ['甲'] }),
      item('b', '2025-01-01', { _gov: { kind: 'policy' } }),
      item('c', '2026-01-02', { _gov: { kind: 'notice' }, tags: ['甲'] }),
    ]);
    expect(ids(applySelection(m.entries, { kind: 'policy', year: 2026 }, ''))).to.deep.equal(['a']);
    expect(ids(applySelection(m.entries, { topic: '甲' }, ''))).to.deep.equal(['c', 'a']);
    expect(applySelection(m.entries, {}, '')).to.equal(m.entries);
    expect(isNarrowed({}, ' ')).to.equal(false);
    expect(isNarrowed({ year: undefined }, '')).to.equal(false);
    expect(isNarrowed({ year: 2026 }, '')).to.equal(true);
  });

  it('reads pre-filter attributes as lists and matches them in any language', () => {
    expect(parseList('policy  notice,plan', true)).to.deep.equal(['policy', 'notice', 'plan']);
    expect(parseList('营商环境，Public Health、教育')).to.deep.equal(['营商环境', 'publichealth', '教育']);
    const m = model([
      item('a', '2026-01-03', { _gov: { kind: 'policy', issuer_id: 'office', topic: { 'zh-Hans': '卫生', en: 'Public health' } } }),
      item('b', '2026-01-02', { _gov: { kind: 'notice', issuer: '县某局' } }),
      item('c', '2026-01-01', { _gov: { kind: 'plan' }, tags: ['卫生'] }),
    ]);
    const pick = (kind?: string, topic?: string, issuer?: string) => ids(applyPreFilter(m.entries, parsePreFilter(kind, topic, issuer)));
    expect(pick('policy plan')).to.deep.equal(['a', 'c']);
    expect(pick(undefined, 'public health')).to.deep.equal(['a']);
    expect(pick(undefined, '卫生')).to.deep.equal(['a', 'c']);
    expect(pick(undefined, undefined, 'County Office')).to.deep.equal(['a']);
    expect(pick(undefined, undefined, 'office,县某局')).to.deep.equal(['a', 'b']);
    expect(pick('notice', undefined, 'office')).to.deep.equal([]);
  });
});
