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
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { html, nothing } from 'lit';
import { str } from '@lit/localize';
import type { ContractError } from '../../../contract/errors.js';
import type { FetchLike } from '../../../contract/http.js';
import { MAX_ITEMS } from '../../../contract/limits.js';
import { loadFeedPage, type LoadOptions } from '../../../contract/load.js';
import type { UiLocale } from '../../../contract/localized.js';
import type { PagedDataController } from '../../../core/data-controller.js';
import { FocusAfterUpdate } from '../../../core/focus.js';
import { formatNumber } from '../../../core/format.js';
import { localizer, type Msg } from '../../../core/i18n.js';
import { errorMessage } from '../../../core/messages.js';
import { appendFeedPage, type FeedModel } from '../model.js';

/** What the sweep needs from its widget. */
export interface SweepHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly uiLocale: UiLocale;
}

/** What the widget hands the sweep: its data, and what it says and counts. */
export interface SweepLinks {
  readonly loader: PagedDataController<'policies', FeedModel>;
  /** How many items match the reader's search and chips in the model as it is now. */
  matches(): number;
  /** Puts a sentence in the widget's polite live region (`part="count"`). */
  announce(text: string): void;
}

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
  readonly #focus: FocusAfterUpdate;
  #state: SweepState | undefined;
  #abort: AbortController | undefined;
  /** The load the state belongs to: a new load (another `src`) clears it. */
  #generation = -1;

  constructor(host: SweepHost, links: SweepLinks) {
    this.#host = host;
    this.#links = links;
    this.#focus = new FocusAfterUpdate(host);
    host.addController(this);
  }

  get #msg(): Msg {
    return localizer(this.#host.uiLocale);
  }

  get #matches(): string {
    return formatNumber(this.#links.matches(), this.#host.uiLocale);
  }

  get #pages(): string {
    return formatNumber(this.#links.loader.model?.pageUrls.length ?? 0, this.#host.uiLocale);
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
    this.#stop();
    const [msg, n, pages] = [this.#msg, this.#matches, this.#pages];
    this.#links.announce(msg(str`已停止搜索：在已读取的 ${pages} 页中找到 ${n} 条政策`, { id: 'feed.search-stopped' }));
    this.#leave();
  };

  #retry = (): void => {
    this.start();
    // The retry button goes away: continue on the cancel button that takes its place.
    this.#focus.request('[part~="cancel"]');
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

  async #run(signal: AbortSignal): Promise<void> {
    const loader = this.#links.loader;
    const options: LoadOptions = { ...loader.options, cache: new Map(), fetch: abortable(loader.options.fetch, signal) };
    try {
      for (let model = loader.model; model?.nextUrl !== undefined && !signal.aborted; model = loader.model) {
        const page = await loader.appendPage(
          'further page',
          model.nextUrl,
          (url) => loadFeedPage(url, options),
          (from, { feed, documentUrl }) => appendFeedPage(from, feed, documentUrl),
          signal,
        );
        // Nothing appended: cancelled, or new data (the widget starts over), or the pager appended this
        // page first (then go on from the model as it is).
        if (!page && (signal.aborted || loader.generation !== this.#generation)) return;
      }
    } catch (error) {
      // Reported by the loader; the results so far stay, with the message and a retry.
      if (signal.aborted) return;
      const hadFocus = this.#hasFocus();
      this.#set({ status: 'failed', error: error as ContractError });
      if (hadFocus) this.#focus.request('[part~="page-error"] [part~="retry"]');
      return;
    }
    if (signal.aborted || loader.generation !== this.#generation) return;
    const model = loader.model;
    const [msg, n, pages] = [this.#msg, this.#matches, this.#pages];
    this.#links.announce(
      (model?.entries.length ?? 0) >= MAX_ITEMS.items
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
    this.#focus.request(
      () =>
        [
          ...this.#host.renderRoot.querySelectorAll<HTMLElement>('[part~="search"], [part~="filter-toggle"], [part~="chip"], [part~="list"], [part~="reset"]'),
        ].find((target) => target.getClientRects().length > 0) ?? null,
    );
  }

  #progressText(): string {
    const pages = this.#pages;
    return this.#msg(str`正在搜索更多政策：已读取 ${pages} 页…`, { id: 'feed.searching-more-policies' });
  }

  /** The progress line with its cancel button, or the failure with its retry; nothing otherwise. */
  render(): unknown {
    const state = this.#state;
    if (!state || this.#generation !== this.#links.loader.generation) return nothing;
    const [msg, pages] = [this.#msg, this.#pages];
    if (state.status === 'failed') {
      const reason = errorMessage(msg, state.error, this.#links.loader.spec.errorLabels(msg));
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
