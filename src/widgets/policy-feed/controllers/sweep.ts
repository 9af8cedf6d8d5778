/**
 * Searching a paged feed: when the reader searches or picks a chip and the feed has further pages
 * (`next_url`), the rest of the pages are read one after another, so the search covers the whole feed. Loaded
 * by a dynamic import() on the first such search, so a feed that is never searched never carries it.
 *
 * While it reads, a progress line says how many pages were read (JSON Feed does not say how many there are)
 * beside a cancel button; the live region announces the start and the end only. Cancelling aborts the
 * request in flight; what was read stays. A page that fails stops the reading with a message and a retry.
 * Each page is read once and kept in the model (not in the page-wide document cache: the model is the copy
 * that is needed), and the model holds at most `MAX_ITEMS.items` items (see appendFeedPage).
 */
import type { html, ReactiveController, ReactiveControllerHost } from 'lit';
import type { str } from '@lit/localize';
import type { Issue } from '../../../contract/check.js';
import type { ContractError, toContractError } from '../../../contract/errors.js';
import type { FetchLike } from '../../../contract/http.js';
import type { loadFeedPage, LoadOptions } from '../../../contract/load.js';
import type { UiLocale } from '../../../contract/localized.js';
import type { safeHref } from '../../../contract/url.js';
import type { PagedDataController } from '../../../core/data-controller.js';
import type { FocusTarget } from '../../../core/focus.js';
import type { formatNumber } from '../../../core/format.js';
import type { Msg } from '../../../core/i18n.js';
import type { errorMessage } from '../../../core/messages.js';
import type { appendFeedPages, FeedModel, FeedPage } from '../model.js';

/** What the sweep needs from its widget. */
export interface SweepHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly uiLocale: UiLocale;
}

/**
 * What the widget hands the sweep: its data, what it says and counts, and the code of the bundle the sweep
 * uses. That code is handed over, not imported: this chunk imports nothing, because a chunk that imported its
 * bundle would load the bundle a second time when the page loads it under another URL (`?v=3`), with module
 * state of its own, such as the language catalogs (decision 0018).
 */
export interface SweepLinks {
  readonly loader: PagedDataController<'policies', FeedModel>;
  /** How many items match the reader's search and chips in the model as it is now. */
  matches(): number;
  /** Puts a sentence in the widget's polite live region (`part="count"`). */
  announce(text: string): void;
  /** The widget's `msg()`, in its language now. */
  localizer(): Msg;
  /** Moves focus to what the widget's next render creates. */
  focus(target: FocusTarget): void;
  /** The most items the model keeps (`MAX_ITEMS.items`). */
  readonly maxItems: number;
  readonly html: typeof html;
  readonly str: typeof str;
  readonly formatNumber: typeof formatNumber;
  readonly errorMessage: typeof errorMessage;
  readonly loadFeedPage: typeof loadFeedPage;
  readonly appendFeedPages: typeof appendFeedPages;
  readonly safeHref: typeof safeHref;
  readonly toContractError: typeof toContractError;
}

/**
 * How long pages are read before what they hold joins the model (ms): each merge sorts and indexes the whole
 * model, so merging page by page would cost that a hundred times on a feed of a hundred pages.
 */
const MERGE_EVERY_MS = 250;

type SweepState = { readonly status: 'running' } | { readonly status: 'failed'; readonly error: ContractError };

/**
 * `fetch` that also stops when `signal` aborts. Linked by hand, not with `AbortSignal.any`, which in-app
 * browsers of a few years ago lack.
 */
function abortable(base: FetchLike | undefined, signal: AbortSignal): FetchLike {
  const doFetch = base ?? globalThis.fetch.bind(globalThis);
  return (url, init) => {
    const both = new AbortController();
    const stop = (): void => both.abort();
    for (const s of [signal, init?.signal]) {
      if (s?.aborted) stop();
      s?.addEventListener('abort', stop, { once: true });
    }
    return doFetch(url, { ...init, signal: both.signal });
  };
}

export class FeedSweep implements ReactiveController {
  readonly #host: SweepHost;
  readonly #links: SweepLinks;
  #state: SweepState | undefined;
  #abort: AbortController | undefined;
  /** The load the state belongs to: a new load (another `src`) clears it. */
  #generation = -1;
  /** Pages of the batch being read, not merged yet. */
  #pending = 0;
  /** A failure held back until what its batch read is merged. */
  #failure: ContractError | undefined;
  /** The signal the reader's cancel aborted (not a disconnect). */
  #cancelled: AbortSignal | undefined;

  constructor(host: SweepHost, links: SweepLinks) {
    this.#host = host;
    this.#links = links;
    host.addController(this);
  }

  get #msg(): Msg {
    return this.#links.localizer();
  }

  get #matches(): string {
    return this.#links.formatNumber(this.#links.matches(), this.#host.uiLocale);
  }

  /** Pages read: those in the model and those of the batch not merged yet. */
  get #pages(): string {
    return this.#links.formatNumber((this.#links.loader.model?.pageUrls.length ?? 0) + this.#pending, this.#host.uiLocale);
  }

  hostDisconnected(): void {
    this.#stop();
  }

  /** Reads the remaining pages of the feed, unless it is reading them already or there are none. */
  start(): void {
    const loader = this.#links.loader;
    if (this.#state?.status === 'running' || loader.model?.nextUrl === undefined) return;
    const abort = (this.#abort = new AbortController());
    this.#generation = loader.generation;
    this.#set({ status: 'running' });
    this.#links.announce(this.#progressText());
    void this.#run(abort.signal);
  }

  /** Stops reading (the reader's 取消): the request in flight is aborted, the pages read stay. */
  cancel = (): void => {
    if (this.#state?.status !== 'running') return;
    this.#cancelled = this.#abort?.signal;
    this.#stop();
    this.#leave();
  };

  #retry = (): void => {
    this.start();
    // The retry button goes away: continue on the cancel button that takes its place.
    this.#links.focus('[part~="cancel"]');
  };

  #stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#set(undefined);
  }

  #set(state: SweepState | undefined): void {
    this.#state = state;
    this.#host.requestUpdate();
  }

  /**
   * Reads pages from `url` on, for up to {@link MERGE_EVERY_MS} (at least one page): the batch is merged into
   * the model at once. A page that fails after others of the batch were read ends the batch and is thrown at
   * the start of the next one (so what was read is kept first); an abort ends it with what was read.
   */
  async #batch(url: string, options: LoadOptions, signal: AbortSignal): Promise<{ pages: FeedPage[]; issues: Issue[]; documentUrl: string }> {
    const failure = this.#failure;
    this.#failure = undefined;
    if (failure !== undefined) throw failure;
    const model = this.#links.loader.model;
    const read = new Set(model?.pageUrls);
    const started = Date.now();
    const pages: FeedPage[] = [];
    const issues: Issue[] = [];
    let items = model?.entries.length ?? 0;
    for (let next: string | undefined = url; next !== undefined && !signal.aborted && Date.now() - started < MERGE_EVERY_MS && items < this.#links.maxItems;) {
      let page;
      try {
        page = await this.#links.loadFeedPage(next, options);
      } catch (error) {
        if (pages.length === 0) throw error;
        if (!signal.aborted) this.#failure = this.#links.toContractError(error);
        break;
      }
      pages.push(page);
      issues.push(...page.issues);
      read.add(page.documentUrl);
      items += page.feed.items.length;
      this.#pending = pages.length;
      this.#host.requestUpdate();
      next = this.#links.safeHref(page.feed.next_url);
      if (next !== undefined && read.has(next)) next = undefined;
    }
    return { pages, issues, documentUrl: pages.at(-1)?.documentUrl ?? url };
  }

  async #run(signal: AbortSignal): Promise<void> {
    const loader = this.#links.loader;
    const options: LoadOptions = { ...loader.options, cache: new Map(), fetch: abortable(loader.options.fetch, signal) };
    try {
      for (let model = loader.model; model?.nextUrl !== undefined && !signal.aborted; model = loader.model) {
        const batch = await loader.appendPage(
          'further page',
          model.nextUrl,
          (url) => this.#batch(url, options, signal),
          (from, { pages }) => this.#links.appendFeedPages(from, pages),
          signal,
        );
        this.#pending = 0;
        // Nothing appended: cancelled, or new data (the widget starts over), or the pager appended a page
        // meanwhile (then go on from the model as it is).
        if (!batch && (signal.aborted || loader.generation !== this.#generation)) break;
      }
    } catch (error) {
      // Reported by the loader; the results so far stay, with the message and a retry.
      this.#pending = 0;
      if (signal.aborted) return;
      const hadFocus = this.#hasFocus();
      this.#set({ status: 'failed', error: error as ContractError });
      if (hadFocus) this.#links.focus('[part~="page-error"] [part~="retry"]');
      return;
    }
    if (loader.generation !== this.#generation) return;
    const { str } = this.#links;
    const [msg, n, pages] = [this.#msg, this.#matches, this.#pages];
    if (signal.aborted) {
      // Told once the pages in flight are in: the count is of what stays.
      if (this.#cancelled === signal) this.#links.announce(msg(str`已停止搜索：在已读取的 ${pages} 页中找到 ${n} 条政策`, { id: 'feed.search-stopped' }));
      return;
    }
    this.#links.announce(
      (loader.model?.entries.length ?? 0) >= this.#links.maxItems
        ? msg(str`找到 ${n} 条政策（已读取 ${pages} 页，达到可搜索的上限）`, { id: 'feed.policies-found-up-to-the-limit' })
        : msg(str`找到 ${n} 条政策（已搜索全部 ${pages} 页）`, { id: 'feed.policies-found-in-every-page' }),
    );
    this.#abort = undefined;
    this.#leave();
    this.#set(undefined);
  }

  #hasFocus(): boolean {
    return Boolean(this.#host.shadowRoot?.activeElement?.closest('[part~="progress"]'));
  }

  /**
   * The progress line goes away: if the reader was on its cancel button, continue at the search box (else
   * the first chip or the list), not at the top of the page.
   */
  #leave(): void {
    if (!this.#hasFocus()) return;
    this.#links.focus(
      () =>
        [
          ...this.#host.renderRoot.querySelectorAll<HTMLElement>('[part~="search"], [part~="filter-toggle"], [part~="chip"], [part~="list"], [part~="reset"]'),
        ].find((target) => target.getClientRects().length > 0) ?? null,
    );
  }

  #progressText(): string {
    const [msg, pages, { str }] = [this.#msg, this.#pages, this.#links];
    return msg(str`正在搜索更多政策：已读取 ${pages} 页…`, { id: 'feed.searching-more-policies' });
  }

  /** The progress line with its cancel button, or the failure with its retry; nothing otherwise. */
  render(): unknown {
    const state = this.#state;
    if (!state || this.#generation !== this.#links.loader.generation) return undefined;
    const { html, str } = this.#links;
    const [msg, pages] = [this.#msg, this.#pages];
    if (state.status === 'failed') {
      const reason = this.#links.errorMessage(msg, state.error, this.#links.loader.spec.errorLabels(msg));
      return html`<div class="page-error" part="page-error" role="alert">
        <span>${msg(str`未能读取更多政策：${reason}已读取的 ${pages} 页中的结果仍然显示。`, { id: 'feed.further-pages-could-not-be-read' })}</span>
        <button type="button" class="button secondary" part="retry" @click=${this.#retry}>${msg('重试', { id: 'core.try-again' })}</button>
      </div>`;
    }
    return html`<p class="progress" part="progress">
      <span id="progress-text">${this.#progressText()}</span>
      <button type="button" class="button secondary" part="cancel" aria-describedby="progress-text" @click=${this.cancel}>${msg('取消', { id: 'feed.cancel' })}</button>
    </p>`;
  }
}
