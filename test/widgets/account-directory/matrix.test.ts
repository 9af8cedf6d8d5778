import { expect, html } from '@open-wc/testing';
import { fixtureUrl } from '../../helpers.js';
import { auditAccounts, loadSection } from '../../../src/contract/index.js';
import type { GovAccountDirectory } from '../../../src/widgets/account-directory/account-directory.js';
import { $, $$, card, directory, directoryIn, disclosure, factsOf, NOW, shownIds, textOf } from './helpers.js';

const FIXTURE = fixtureUrl('account-directory/disclosure.json');
const DEMO = new URL('/demo/data/disclosure.json', location.href).href;
/** "Now" of the demo data (its generated_at). */
const DEMO_NOW = Date.parse('2026-11-27T09:00:00+08:00');

/** The totals line as { label: value }. */
function totalsOf(el: GovAccountDirectory): Record<string, string> {
  return Object.fromEntries($$(el, '[part~="totals"] dt').map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]));
}

/** Account ids of the first group, in order. */
const firstGroup = (el: GovAccountDirectory) => [...$(el, '[part~="group"]')!.querySelectorAll<HTMLElement>('li[part~="item"]')].map((li) => li.dataset['id']);

/** A cell's text without the platform or "total" label that only the stacked form shows. */
function cellText(cell: Element | undefined): string {
  const copy = cell?.cloneNode(true);
  if (!(copy instanceof Element)) return '';
  copy.querySelectorAll('.cell-label').forEach((label) => label.remove());
  return textOf(copy);
}

/** Marks of an account in the matrix, by its id. */
const marksOf = (el: GovAccountDirectory, id: string) =>
  [...$(el, `[part~="matrix-table"] li[data-id="${CSS.escape(id)}"]`)!.querySelectorAll('.mark')].map((mark) => textOf(mark));

describe('gov-account-directory: sort', () => {
  it('has no sort control without the attribute, and keeps document order', async () => {
    const el = await directory();
    expect($(el, '[part~="sort-select"]')).to.equal(null);
    expect(shownIds(el).slice(0, 3)).to.deep.equal(['wx-gov', 'wb-gov', 'dy-gov']);
  });

  it('ranks by followers with a missing figure last and said (粉丝数未公布), the figure with its date', async () => {
    const data = await disclosure();
    const accounts = data.accounts.accounts;
    accounts.find((a) => a['id'] === 'dy-gov')!['followers'] = { count: 52000, as_of: '2026-10-15' };
    accounts.find((a) => a['id'] === 'wb-gov')!['name'] = '某县微博';
    // wb-edu and wx-edu (edu) have no figure: tie, by pinyin name: 某县教育 (jiao yu) before 某县教育发布.
    const el = await directory('sort="followers" group-by="platform"', data);
    expect(firstGroup(el)).to.deep.equal(['wx-gov', 'wx-edu']);
    const organization = await directory('sort="followers"', data);
    // 52,000 each: 某县发布 (fa) before 某县微博 (wei).
    expect(firstGroup(organization)).to.deep.equal(['wx-gov', 'dy-gov', 'wb-gov']);
    expect(factsOf(card(organization, 'dy-gov')!)['粉丝']).to.equal('5.2万（截至 2026年10月15日）');
    const edu = await directory('sort="followers" organization="edu"', data);
    expect(factsOf(card(edu, 'wb-edu')!)['粉丝']).to.equal('粉丝数未公布');
    const select = $<HTMLSelectElement>(el, '[part~="sort-select"]')!;
    expect(select.value).to.equal('followers');
    expect(textOf(select.labels?.[0])).to.equal('排序');
    await expect(el).to.be.accessible();
  });

  it('ranks by activity: days since the last post, then the last reply; missing dates last', async () => {
    const data = await disclosure();
    const accounts = data.accounts.accounts;
    // Same day of post for wx-gov and wb-gov: the reply decides (wx-gov replied, wb-gov did not).
    accounts.find((a) => a['id'] === 'wb-gov')!['last_post_at'] = '2026-11-19T09:00:00+08:00';
    delete accounts.find((a) => a['id'] === 'dy-gov')!['last_post_at'];
    const el = await directory('sort="activity"', data);
    expect(firstGroup(el)).to.deep.equal(['wx-gov', 'wb-gov', 'dy-gov']);
    expect(factsOf(card(el, 'wx-gov')!)).to.deep.include({ 最近回复: '前天' });
    expect(factsOf(card(el, 'dy-gov')!)).to.deep.include({ 最近发布: '未提供', 最近回复: '未提供' });
  });

  it('orders by name in pinyin; the reader changes the order with the control', async () => {
    const el = await directory('sort="name" organization="edu"');
    // 某县教育 / 某县教育（旧）/ 某县教育抖音号 / 某县教育发布 / 某县教育在线: pinyin after the shared prefix.
    expect(shownIds(el).filter((id) => id !== 'wx-edu-old')).to.deep.equal(['wb-edu', 'dy-edu', 'wx-edu', 'wb-edu-2']);
    const select = $<HTMLSelectElement>(el, '[part~="sort-select"]')!;
    select.focus();
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(shownIds(el).filter((id) => id !== 'wx-edu-old')).to.deep.equal(['wb-edu', 'wb-edu-2', 'wx-edu', 'dy-edu']);
    // A new attribute from the page wins over the reader's earlier choice.
    el.setAttribute('sort', 'followers');
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '[part~="sort-select"]')!.value).to.equal('followers');
  });
});

describe('gov-account-directory: totals', () => {
  it('sums up the accounts in the reader language, followers compact with the oldest date', async () => {
    const el = await directory('totals');
    expect(totalsOf(el)).to.deep.equal({
      在用账号: '9 / 共 13 个',
      覆盖平台: '5',
      粉丝合计: '23.4万（最早截至 2026年11月1日），7 个账号未公布',
      '14 天内更新': '78%（7 个）',
    });
    await expect(el).to.be.accessible();
  });

  it('says 亿 in Chinese and B in English for big numbers', async () => {
    const data = await disclosure();
    data.accounts.accounts.find((a) => a['id'] === 'wx-gov')!['followers'] = { count: 290_000_000, as_of: '2026-11-01' };
    const zh = await directory('totals', data);
    expect(totalsOf(zh)['粉丝合计']).to.match(/^2\.9亿/);
    const en = await directoryIn(html`<div lang="en"><gov-account-directory totals .data=${data} .now=${NOW}></gov-account-directory></div>`);
    expect(Object.keys(totalsOf(en))).to.deep.equal(['Active accounts', 'Platforms covered', 'Followers in all', 'Updated within 14 days']);
    expect(totalsOf(en)['Followers in all']).to.match(/^290\.1M \(oldest figure as of Nov 1, 2026\)/);
  });
});

describe('gov-account-directory: matrix view', () => {
  it('is a table: caption, platforms as column headers, organizations as row headers, totals', async () => {
    const el = await directory('view="matrix"');
    const table = $<HTMLTableElement>(el, 'table[part~="matrix-table"]')!;
    expect(textOf(table.caption)).to.equal('新媒体矩阵：5 个单位在 8 个平台的账号');
    const columns = [...table.tHead!.querySelectorAll('th')];
    expect(columns.every((th) => th.scope === 'col')).to.equal(true);
    expect(columns.map(textOf)).to.deep.equal(['单位', '微信公众号', '微博', '抖音', '快手', '今日头条', '小红书', '移动客户端', '其他平台', '合计']);
    const rows = [...table.tBodies[0]!.rows];
    expect(rows.map((row) => [row.cells[0]!.tagName, (row.cells[0] as HTMLTableCellElement).scope, textOf(row.cells[0])])).to.deep.equal([
      ['TH', 'row', '县政府办公室'],
      ['TH', 'row', '县教育局'],
      ['TH', 'row', '县卫生健康局'],
      ['TH', 'row', '县文化和旅游局'],
      ['TH', 'row', '未注明单位'],
    ]);
    // Row totals, with the active ones where they differ; the footer sums each platform.
    expect(rows.map((row) => cellText(row.cells[row.cells.length - 1]))).to.deep.equal(['3', '5（在用 4）', '2（在用 0）', '2（在用 1）', '1']);
    const foot = table.tFoot!.rows[0]!;
    expect(textOf(foot.cells[0])).to.equal('合计');
    expect(cellText(foot.cells[foot.cells.length - 1])).to.equal('13（在用 9）');
    // The list view's controls are not there.
    expect($(el, '[part~="tools"]')).to.equal(null);
    expect($(el, '[part~="totals"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names each account with its state in words: duplicate, days without a post, merged, closed', async () => {
    const el = await directory('view="matrix"');
    expect(marksOf(el, 'wb-edu')).to.deep.equal(['重复', '19 天未更新']);
    expect(marksOf(el, 'wb-edu-2')).to.deep.equal(['重复']);
    expect(marksOf(el, 'wx-edu-old')).to.deep.equal(['已合并']);
    expect(marksOf(el, 'ks-culture')).to.deep.equal(['已关停']);
    expect(marksOf(el, 'app-health')).to.deep.equal(['暂停更新']);
    expect(marksOf(el, 'wx-gov')).to.deep.equal([]);
    // An empty cell says so to a screen reader.
    const empty = $(el, 'tbody tr[data-organization="health"] td[data-platform="weibo"]')!;
    expect(textOf(empty)).to.contain('无');
  });

  it('on the demo data marks every duplicate-per-platform and stale account the audit reports', async () => {
    const el = await directoryIn(html`<gov-account-directory view="matrix" src=${DEMO} .now=${DEMO_NOW}></gov-account-directory>`);
    const loaded = await loadSection('accounts', { url: DEMO });
    const audit = auditAccounts(loaded.document.accounts, { now: DEMO_NOW, staleDays: 14 });
    const flagged = (rule: string) => audit.accounts.filter((a) => a.flags.some((f) => f.rule === rule)).map((a) => a.account.id);
    const marked = (kind: string) => $$(el, `[part~="matrix-table"] li:has(.mark[data-mark="${kind}"])`).map((li) => li.dataset['id']);
    expect(flagged('duplicate')).to.have.length.above(0);
    expect(flagged('stale')).to.have.length.above(0);
    expect(marked('duplicate').sort()).to.deep.equal(flagged('duplicate').sort());
    expect(marked('stale').sort()).to.deep.equal(flagged('stale').sort());
    // The audit view on the same page reports the same accounts.
    const audited = await directoryIn(html`<gov-account-directory audit show-inactive src=${DEMO} .now=${DEMO_NOW}></gov-account-directory>`);
    const reported = (rule: string) => $$(audited, `li[part~="item"]:has(.flag[data-rule="${rule}"])`).map((li) => li.dataset['id']);
    expect(reported('duplicate').sort()).to.deep.equal(marked('duplicate').sort());
    expect(reported('stale').sort()).to.deep.equal(marked('stale').sort());
  });

  it('the totals above the matrix match the demo data', async () => {
    const el = await directoryIn(html`<gov-account-directory view="matrix" src=${DEMO} .now=${DEMO_NOW}></gov-account-directory>`);
    const loaded = await loadSection('accounts', { url: DEMO });
    const accounts = loaded.document.accounts;
    const active = accounts.filter((a) => (a.status ?? 'active') === 'active');
    const sum = active.reduce((total, a) => total + (a.followers?.count ?? 0), 0);
    const compact = new Intl.NumberFormat('zh-Hans', { notation: 'compact', maximumFractionDigits: 1 }).format(sum);
    const totals = totalsOf(el);
    expect(totals['在用账号']).to.equal(`${active.length} / 共 ${accounts.length} 个`);
    expect(totals['覆盖平台']).to.equal(String(new Set(active.map((a) => a.platform)).size));
    expect(totals['粉丝合计']).to.equal(`${compact}（最早截至 2026年10月1日），${active.filter((a) => !a.followers).length} 个账号未公布`);
  });

  it('stacks each organization below 34em of its own width, each platform named in its cell', async () => {
    const wide = await directoryIn(
      html`<div style="inline-size: 60em"><gov-account-directory view="matrix" .now=${NOW} src=${FIXTURE}></gov-account-directory></div>`,
    );
    const cellLabel = (el: GovAccountDirectory) => $(el, 'tbody td[data-platform="wechat_oa"] .cell-label')!;
    expect(cellLabel(wide).getClientRects().length).to.equal(0);
    const narrow = await directoryIn(
      html`<div style="inline-size: 20em"><gov-account-directory view="matrix" .now=${NOW} src=${FIXTURE}></gov-account-directory></div>`,
    );
    const label = cellLabel(narrow);
    expect(label.getClientRects().length).to.be.above(0);
    expect(textOf(label)).to.equal('微信公众号');
    const row = $<HTMLTableRowElement>(narrow, 'tbody tr')!;
    const [header, cell] = [row.cells[0]!, row.cells[1]!].map((c) => c.getBoundingClientRect());
    // Stacked: the cell is under its organization, not beside it, and nothing runs out of the widget.
    expect(cell!.top).to.be.at.least(header!.bottom - 1);
    expect($(narrow, '.matrix-scroll')!.scrollWidth).to.be.at.most($(narrow, '.matrix-scroll')!.clientWidth + 1);
    // Empty cells are left out of the stacked form; the column headers stay for screen readers.
    expect($(narrow, 'tbody td.none')!.getClientRects().length).to.equal(0);
    expect($(narrow, 'thead th')!.getClientRects().length).to.be.above(0);
    await expect(narrow).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const el = await directoryIn(html`<div lang="en"><gov-account-directory view="matrix" .now=${NOW} src=${FIXTURE}></gov-account-directory></div>`);
    expect(textOf($(el, 'caption'))).to.equal('New-media matrix: accounts of 5 organizations on 8 platforms');
    expect(marksOf(el, 'wb-edu')).to.deep.equal(['Duplicate', '19 days without a post']);
    expect(textOf($(el, 'tfoot th'))).to.equal('Total');
  });
});
