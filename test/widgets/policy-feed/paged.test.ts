import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, waitUntil } from '../../helpers.js';
import { careProblems, measure } from '../../lib/care-measure.js';
import { $, $$, clean, items, root, status, titles, type GovPolicyFeed } from './helpers.js';

const PAGE = (k: number) => `https://example.gov.cn/policies/page-${k}.json`;
/** The one policy of page 5 a search looks for. */
const NEEDLE = '乡村振兴专项资金管理办法';

/**
 * A county's feed in `pageCount` pages of 5 items (newest first, `next_url` to the next page), answered by a
 * fake `fetch` that counts requests, can hold a page until released, fail a page once, and honours aborts.
 */
function pagedFeed(pageCount: number) {
  const requests: string[] = [];
  const held = new Map<number, Promise<void>>();
  const failing = new Map<number, number>();
  const page = (k: number) => ({
    version: 'https://jsonfeed.org/version/1.1',
    title: '某县政策',
    ...(k < pageCount ? { next_url: PAGE(k + 1) } : {}),
    items: Array.from({ length: 5 }, (_, i) => {
      const n = (k - 1) * 5 + i;
      return {
        id: `p${n}`,
        title: k === 5 && i === 2 ? NEEDLE : `第${k}页第${i}条 关于某项工作的通知`,
        url: `https://example.gov.cn/p/${n}.html`,
        date_published: new Date(Date.UTC(2026, 10, 20) - n * 86_400_000).toISOString(),
        _gov: { kind: n % 2 ? 'notice' : 'policy', issuer: k <= 1 ? '县政府办公室' : '县农业农村局' },
      };
    }),
  });
  const aborted = (signal: AbortSignal | null | undefined) =>
    new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
  const fetch = async (input: string, init?: RequestInit): Promise<Response> => {
    requests.push(input);
    const k = Number(/page-(\d+)/.exec(input)?.[1]);
    const gate = held.get(k);
    if (gate) await Promise.race([gate, aborted(init?.signal)]);
    if (init?.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const failure = failing.get(k);
    if (failure !== undefined) {
      failing.delete(k);
      return new Response('{"error":"unavailable"}', { status: failure, headers: { 'content-type': 'application/json' } });
    }
    return new Response(JSON.stringify(page(k)), { headers: { 'content-type': 'application/feed+json' } });
  };
  return {
    fetch,
    requests,
    /** Holds page `k` until the returned function is called. */
    hold(k: number): () => void {
      let release = () => {};
      held.set(k, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        held.delete(k);
        release();
      };
    },
    /** Page `k` answers `status` once. */
    fail(k: number, code: number): void {
      failing.set(k, code);
    },
  };
}

type Server = ReturnType<typeof pagedFeed>;

/** The feed element on page 1 of `server`'s feed, loaded. */
async function pagedWidget(server: Server, attributes: { paging?: boolean; filters?: boolean; care?: boolean } = {}): Promise<GovPolicyFeed> {
  const el = document.createElement('gov-policy-feed');
  Object.assign(el, { searchable: true, paging: attributes.paging ?? true, filters: attributes.filters ?? false, care: attributes.care ?? false, limit: 4 });
  el.loadOptions = { fetch: server.fetch, cache: new Map() };
  el.src = PAGE(1);
  // A phone's width, where the progress line and its button have to wrap.
  (await fixture(html`<div style="inline-size: 390px"></div>`)).append(el);
  await el.loadComplete;
  return el;
}

const progress = (el: Element) => clean($(el, '[part~="progress"]')?.textContent);

/** Types `text` into the search box and presses Enter (a search is sent at once, without the typing pause). */
async function search(el: GovPolicyFeed, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[part~="search"]')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await sendKeys({ press: 'Enter' });
}

describe('gov-policy-feed: a paged feed', () => {
  it('fetches only the first page for the first screen, with paging, search and filters or without', async () => {
    for (const paging of [true, false]) {
      const server = pagedFeed(8);
      const el = await pagedWidget(server, { paging, filters: true });
      expect(server.requests).to.deep.equal([PAGE(1)]);
      expect(items(el)).to.have.length(4);
      expect($(el, '[part~="progress"]')).to.equal(null);
      el.remove();
    }
  });

  it('reads the further pages on a search, saying how many were read, and finds a policy of page 5', async () => {
    const server = pagedFeed(8);
    const el = await pagedWidget(server);
    const release = server.hold(3);
    await search(el, '资金管理');
    await waitUntil(() => server.requests.length === 3, 'page 3 not asked for');
    await el.updateComplete;
    expect(progress(el)).to.equal('正在搜索更多政策：已读取 2 页… 取消');
    expect(status(el)).to.equal('正在搜索更多政策：已读取 1 页…');
    // The line itself is not a live region: only the start and the end are announced.
    expect($(el, '[part~="progress"]')!.closest('[role], [aria-live]')).to.equal(null);
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => $(el, '[part~="progress"]') === null, 'the search did not end');
    expect(titles(el)).to.deep.equal([NEEDLE]);
    expect(status(el)).to.equal('找到 1 条政策（已搜索全部 8 页）');
    expect(server.requests).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8].map(PAGE));
    // Every page is in the model; the list still renders `limit` items at most.
    await search(el, '关于某项工作');
    await el.updateComplete;
    expect(items(el)).to.have.length(4);
    expect(clean($(el, '.page-status')?.textContent)).to.equal('第 1 页，共 10 页');
    expect(server.requests).to.have.length(8);
  });

  it('reads the further pages when the reader picks a chip, and the chips grow with them', async () => {
    const server = pagedFeed(4);
    const el = await pagedWidget(server, { filters: true });
    const chipLabels = () => $$(el, '#filter-issuer + .chips [part~="chip"]').map((c) => clean(c.textContent));
    // Page 1 has one issuer, so no issuer group yet; kinds come from page 1.
    expect(chipLabels()).to.deep.equal([]);
    $$<HTMLButtonElement>(el, '#filter-kind + .chips [part~="chip"]')
      .find((c) => clean(c.textContent) === '通知公告')!
      .click();
    await waitUntil(() => server.requests.length === 4 && $(el, '[part~="progress"]') === null, 'the pages were not read');
    expect(chipLabels()).to.deep.equal(['全部', '县农业农村局', '县政府办公室']);
    expect(status(el)).to.equal('找到 10 条政策（已搜索全部 4 页）');
  });

  it('stops reading when the reader cancels: the request in flight is aborted, the results so far stay, focus goes back to the search box', async () => {
    const server = pagedFeed(8);
    const el = await pagedWidget(server);
    server.hold(3);
    await search(el, '关于某项工作');
    await waitUntil(() => server.requests.length === 3 && $(el, '[part~="cancel"]'), 'page 3 not asked for');
    const cancel = $<HTMLButtonElement>(el, '[part~="cancel"]')!;
    expect(clean(cancel.textContent)).to.equal('取消');
    cancel.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[part~="progress"]')).to.equal(null);
    expect(root(el).activeElement).to.equal($(el, 'input[part~="search"]'));
    // Said once the aborted request has ended: page 2, read before it, stays.
    await waitUntil(() => status(el).startsWith('已停止'), 'the stop was not announced');
    expect(status(el)).to.equal('已停止搜索：在已读取的 2 页中找到 10 条政策');
    expect(items(el)).to.have.length(4);
    expect(clean($(el, '.page-status')?.textContent)).to.equal('第 1 页');
    await expect(el).to.be.accessible();
    // Nothing more is asked for, and no error is shown or reported for the aborted request.
    await el.updateComplete;
    expect(server.requests).to.have.length(3);
    expect($(el, '[part~="page-error"]')).to.equal(null);
  });

  it('says when a further page fails, keeps the results so far, and goes on from that page on retry', async () => {
    const server = pagedFeed(6);
    const el = await pagedWidget(server);
    server.fail(4, 503);
    const { warnings } = await captureWarnings(async () => {
      await search(el, '第');
      await waitUntil(() => $(el, '[part~="page-error"]'), 'no error shown');
    });
    expect(warnings.join('\n')).to.contain('page-4.json');
    const error = $(el, '[part~="page-error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(clean(error.textContent)).to.equal('未能读取更多政策：服务器暂时无法提供数据（错误代码 503）。请稍后重试。已读取的 3 页中的结果仍然显示。 重试');
    expect($(el, '[part~="progress"]')).to.equal(null);
    expect(items(el)).to.have.length(4);
    expect(clean($(el, '.page-status')?.textContent)).to.equal('第 1 页');
    await expect(el).to.be.accessible();
    const retry = error.querySelector<HTMLButtonElement>('[part~="retry"]')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="progress"]') === null && $(el, '[part~="page-error"]') === null, 'the search did not end');
    expect(server.requests.map((url) => /page-(\d+)/.exec(url)![1])).to.deep.equal(['1', '2', '3', '4', '4', '5', '6']);
    expect(status(el)).to.equal('找到 29 条政策（已搜索全部 6 页）');
    // The retry and then the cancel button went away under the reader: focus is back on the search box.
    expect(root(el).activeElement).to.equal($(el, 'input[part~="search"]'));
    await search(el, NEEDLE);
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([NEEDLE]);
  });

  it('pages on while a search reads further pages, when both wait for the same feed page', async () => {
    const server = pagedFeed(6);
    const el = await pagedWidget(server);
    const release = server.hold(3);
    await search(el, '关于某项工作');
    await waitUntil(() => server.requests.length === 3, 'page 3 not asked for');
    const next = $<HTMLButtonElement>(el, '[part~="next"]')!;
    next.click();
    await waitUntil(() => clean($(el, '.page-status')?.textContent) === '第 2 页', 'page 2 of the results not shown');
    // Results 9–12 need feed page 3, which the search is waiting for too.
    next.click();
    await waitUntil(() => server.requests.filter((url) => url === PAGE(3)).length === 2, 'the pager did not ask for page 3');
    release();
    await waitUntil(() => clean($(el, '.page-status')?.textContent).startsWith('第 3 页'), 'page 3 of the results not shown');
    expect(titles(el)[0]).to.equal('第2页第3条 关于某项工作的通知');
  });

  it('keeps care mode’s sizes, contrast and targets on a phone in the progress line and the failure', async () => {
    const server = pagedFeed(6);
    const el = await pagedWidget(server, { care: true });
    const release = server.hold(3);
    server.fail(4, 503);
    await search(el, '第');
    await waitUntil(() => $(el, '[part~="cancel"]'), 'no progress line');
    expect(careProblems(measure(el))).to.deep.equal([]);
    await captureWarnings(async () => {
      release();
      await waitUntil(() => $(el, '[part~="page-error"]'), 'no error shown');
    });
    expect(careProblems(measure(el))).to.deep.equal([]);
  });

  it('speaks the reader’s language in the progress line and the announcements', async () => {
    const server = pagedFeed(3);
    const el = await pagedWidget(server);
    el.lang = 'en';
    // English words load on demand (decision 0018): the widget speaks English once they are here.
    await el.languageReady;
    await el.updateComplete;
    const release = server.hold(2);
    await search(el, 'zzz');
    await waitUntil(() => $(el, '[part~="cancel"]'), 'no progress line');
    expect(progress(el)).to.equal('Searching more policies (pages read: 1)… Cancel');
    release();
    await waitUntil(() => $(el, '[part~="progress"]') === null, 'the search did not end');
    expect(status(el)).to.equal('Policies found: 0 (all pages searched: 3)');
  });
});
