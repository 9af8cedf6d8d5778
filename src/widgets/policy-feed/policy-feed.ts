import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { str } from '@lit/localize';
import { ContractError, toContractError } from '../../contract/errors.js';
import { MAX_ITEMS } from '../../contract/limits.js';
import { safeHref } from '../../contract/url.js';
import { loadFeedPage } from '../../contract/load.js';
import { pickText } from '../../contract/localized.js';
import { validatePolicyFeed } from '../../contract/validate.js';
import { isXml } from '../../contract/xml-sniff.js';
import { PagedDataController } from '../../core/data-controller.js';
import { formatNumber } from '../../core/format.js';
import { itemStart } from '../../core/focus.js';
import { LazyModule } from '../../core/lazy.js';
import { BOOLEAN_ATTRIBUTE, GovElement } from '../../core/gov-element.js';
import { feedSkeleton, loadingSize } from '../../core/loading-size.js';
import { errorMessage } from '../../core/messages.js';
import { chipStyles, controlStyles } from '../../core/styles.js';
import { themeStyles } from '../../core/theme.js';
import { applyPreFilter, applySelection, isNarrowed, parsePreFilter, type Selection, type SelectionGroup } from './model/filter.js';
import { heading, renderItem, type ItemContext } from './views/item.js';
import { appendFeedPage, appendFeedPages, createFeedModel, deriveFacets, type Facets, type FeedEntry, type FeedModel } from './model.js';
import { pageStatus, renderPager } from './views/pager.js';
import { policyFeedStyles } from './policy-feed.styles.js';
import { betweenWords, renderTools } from './views/tools.js';
import type { FeedSweep } from './controllers/sweep.js';

/** The most items one page shows, whatever `limit` says: the DOM stays small. */
export const MAX_LIMIT = 100;
/** How many further feed pages one press of "next" may read while looking for items that match. */
const MAX_FETCHES_PER_STEP = 10;
/** Quiet time after typing before the result count is announced. */
const ANNOUNCE_DELAY_MS = 500;

/**
 * The latest policies of a county: a list of policy documents from the disclosure contract's JSON Feed,
 * newest first, each with its date, 文号, issuer, kind, legal force, topics, interpretations and
 * attachments. Optionally searchable, filterable by chips and paged; never renders more than `limit` items.
 * `src` may also name an RSS 2.0 or Atom 1.0 file (`<gov-policy-feed src="/rss.xml">`), read as the same feed
 * by a chunk loaded only then (decision 0019).
 *
 * @summary The latest-policies feed.
 * @tagname gov-policy-feed
 *
 * @event {CustomEvent<GovLoadDetail>} gov-load - The feed is shown; `detail.count` is the number of items read
 *   (`detail.issues` lists those left out).
 * @event {CustomEvent<GovErrorDetail>} gov-error - An error is shown instead of the feed. A further feed page
 *   that fails does not fire it: the list stays, with a message below the pager.
 *
 * @slot - No-JavaScript fallback (for example a plain list of links to the policies): hidden while the feed loads
 *   (it says it is loading) and once the list shows; shown again under an error.
 *
 * @csspart heading - The widget heading (only with `heading`).
 * @csspart tools - The wrapper of the search box and the filters.
 * @csspart search - The search input (`searchable`).
 * @csspart filter-toggle - The "筛选" button that shows or hides the chip groups in a narrow widget (`filters`).
 * @csspart filters - The chip groups (`filters`); in a narrow widget, shown after the reader presses `filter-toggle`.
 * @csspart chip - One filter chip (a toggle button).
 * @csspart show-all - The chip that shows every value of a long group (with `chip`).
 * @csspart chips-note - After "show all", the count of values of a very long group not listed (at most 100 chips are).
 * @csspart count - The polite live region that announces result counts and pages, and when a search of further feed pages starts and ends.
 * @csspart progress - While a search reads the feed's further pages (`next_url`): the line saying how many pages were read, with `cancel`.
 * @csspart cancel - The button that stops reading further pages (the results so far stay).
 * @csspart list - The list of items (`<ol>`).
 * @csspart item - One item (`<li>`).
 * @csspart title - An item's title (a heading).
 * @csspart link - The link inside a title (only when the item has an http(s) URL).
 * @csspart meta - The line with the date and badges.
 * @csspart badge - Every badge: "new", kind, legal force (with `new`, `kind` or `force`).
 * @csspart new - The "new" marker.
 * @csspart kind - The kind badge.
 * @csspart force - The legal-force badge.
 * @csspart superseded - The "superseded by" note.
 * @csspart facts - The 文号 and issuer (`<dl>`).
 * @csspart summary - The summary (not in `compact`).
 * @csspart tags - The topic list; `tag` is one topic.
 * @csspart tag - One topic.
 * @csspart relations - The links between a policy and its interpretations.
 * @csspart attachments - The attachment list.
 * @csspart read-aloud - The read-aloud button (朗读 / 停止) of an item (with `read-aloud`, or in `care`, where the browser has a voice).
 * @csspart empty - The message when there is nothing to show.
 * @csspart reset - The button that clears search and filters (in the empty state).
 * @csspart pager - The paging navigation (`paging`).
 * @csspart page-button - The previous and next buttons (with `previous` or `next`).
 * @csspart previous - The previous-page button.
 * @csspart next - The next-page button.
 * @csspart page-error - The message when a further feed page failed to load (for the next page, or while a search reads further pages), with `retry`.
 * @csspart footer - The line with the subscribe and "all policies" links.
 * @csspart subscribe - The link to the feed itself (with `subscribe`, when the feed has `feed_url`).
 * @csspart more - The link to all policies (`home_page_url`, when more items exist and `paging` is off).
 */
export class GovPolicyFeed extends GovElement<'policies', FeedModel> {
  static override styles = [...GovElement.styles, themeStyles, controlStyles, chipStyles, policyFeedStyles];

  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    kind: {},
    topic: {},
    issuer: {},
    searchable: { type: Boolean, converter: BOOLEAN_ATTRIBUTE },
    filters: { type: Boolean, converter: BOOLEAN_ATTRIBUTE },
    paging: { type: Boolean, converter: BOOLEAN_ATTRIBUTE },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    compact: { type: Boolean, converter: BOOLEAN_ATTRIBUTE },
    newDays: { type: Number, attribute: 'new-days' },
    subscribe: { type: Boolean, converter: BOOLEAN_ATTRIBUTE },
    query: { state: true, attribute: false },
    selection: { state: true, attribute: false },
    page: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    pageLoading: { state: true, attribute: false },
    pageError: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    filtersOpen: { state: true, attribute: false },
  };

  /** How many items to show (per page with `paging`); 1–100, default 10. */
  declare limit: number;

  /** Only items of these kinds: `policy`, `interpretation`, `notice`, `plan`, `report`, `other` (several separated by spaces or commas). */
  declare kind?: string;

  /** Only items with this topic (`_gov.topic` or a tag, in any language; several separated by commas). */
  declare topic?: string;

  /** Only items of this issuer: an organization id or an issuer name in any language (several separated by commas). */
  declare issuer?: string;

  /**
   * Shows a search box: matches title, 文号 and summary in every language, ignoring width, case and spaces. On a
   * paged feed (`next_url`) a search reads the remaining pages one by one, with or without `paging`, showing
   * how many were read and a cancel button (`progress`, `cancel`); results appear as they are found. At most
   * 10,000 items are kept, however many pages the feed has.
   */
  declare searchable: boolean;

  /**
   * Shows filter chips for kind, issuer, topic and publication year (groups with one value are left out). On a
   * paged feed the chips offer the values of the pages read so far; choosing one reads the remaining pages, as
   * a search does, and the chips grow with them.
   */
  declare filters: boolean;

  /**
   * Pages through every item, `limit` at a time, loading further feed pages (`next_url`) when the reader gets
   * there. Without it only the feed's first page is read (until the reader searches or picks a chip).
   */
  declare paging: boolean;

  /** A visible heading for the widget. Without one, the list is labelled with the feed's title. */
  declare heading?: string;

  /** The level of `heading`, 2–6 (default 2). Item titles are one level below it (or at it, without a heading). */
  declare headingLevel: number;

  /** Leaves out summaries: for a sidebar. */
  declare compact: boolean;

  /** Items published within this many days carry a "new" marker (default 7; 0 for none). */
  declare newDays: number;

  /**
   * Shows a link to the feed itself (`feed_url`), for feed readers and programs, labelled for people. Off by
   * default: the link opens raw JSON, which means nothing to most citizens.
   */
  declare subscribe: boolean;

  declare private query: string;
  declare private selection: Selection;
  declare private page: number;
  declare private announcement: string;
  declare private pageLoading: boolean;
  declare private pageError: ContractError | undefined;
  declare private expanded: ReadonlySet<SelectionGroup>;
  declare private filtersOpen: boolean;

  /**
   * The RSS/Atom reader (src/core/lazy.ts): loaded when `src` answers with XML, so a JSON feed never fetches it
   * (decision 0019).
   */
  readonly #xmlCode = new LazyModule(this, 'the RSS/Atom reader', () => import('./lazy/syndication.js'));

  protected readonly loader = new PagedDataController(this, {
    section: 'policies',
    validator: validatePolicyFeed,
    readXml: (bytes, contentType, url) =>
      isXml(bytes, contentType)
        ? this.#xmlCode.load().then(() => {
            const code = this.#xmlCode.module;
            // Its cause is warned by the LazyModule; the reader sees the network message and a retry.
            if (!code) throw new ContractError('network', 'the RSS/Atom reader could not be loaded', { url });
            return code.readSyndication(bytes, contentType, url);
          })
        : undefined,
    recordNoun: 'item',
    createModel: createFeedModel,
    countRecords: (model: FeedModel) => model.entries.length,
    errorLabels: (msg) => ({
      title: msg('政策信息暂时无法显示', { id: 'core.policies-cannot-be-shown-right' }),
      section: msg('政策信息', { id: 'core.policies' }),
    }),
    // The chips break issuer and topic names between words (Intl.Segmenter, whose first use loads word data).
    warm: (locale) => void betweenWords('政策', locale),
  });

  #shownGeneration = 0;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #pre: { model: FeedModel; key: string; entries: readonly FeedEntry[]; facets?: Facets } | undefined;
  #results: { pre: readonly FeedEntry[]; selection: Selection; query: string; entries: readonly FeedEntry[] } | undefined;
  /** The code that searches further pages (src/core/lazy.ts): loaded on the first search of a paged feed. */
  readonly #sweepCode = new LazyModule(this, 'the search of further pages', () => import('./controllers/sweep.js'));
  #sweep: FeedSweep | undefined;

  constructor() {
    super();
    this.limit = 10;
    this.searchable = false;
    this.filters = false;
    this.paging = false;
    this.headingLevel = 2;
    this.compact = false;
    this.newDays = 7;
    this.subscribe = false;
    this.query = '';
    this.selection = {};
    this.page = 0;
    this.announcement = '';
    this.pageLoading = false;
    this.expanded = new Set();
    this.filtersOpen = false;
  }

  /** A skeleton of `limit` short rows and the blocks the attributes add, unless the page sets the size. */
  protected override loadingBlockSize(): string {
    const options = {
      rows: this.#limit,
      compact: this.compact,
      heading: Boolean(this.heading?.trim()),
      searchable: this.searchable,
      filters: this.filters,
      paging: this.paging,
    };
    return loadingSize(feedSkeleton(options));
  }

  get #limit(): number {
    const limit = Math.floor(Number(this.limit));
    return Number.isFinite(limit) && limit >= 1 ? Math.min(limit, MAX_LIMIT) : 10;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('kind') || changed.has('topic') || changed.has('issuer') || changed.has('limit')) this.page = 0;
    if (this.loader.state.status === 'ready' && this.loader.generation !== this.#shownGeneration) {
      // New data (not a further page of the same feed): start again at the top.
      this.#shownGeneration = this.loader.generation;
      this.page = 0;
      this.selection = {};
      this.query = '';
      this.announcement = '';
      this.pageError = undefined;
      this.expanded = new Set();
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // What to show

  /** Items after the page author's pre-filters (memoized per model and attributes). */
  #preFiltered(model: FeedModel): { entries: readonly FeedEntry[]; facets: () => Facets } {
    const key = JSON.stringify([this.kind, this.topic, this.issuer]);
    if (this.#pre?.model !== model || this.#pre.key !== key) {
      this.#pre = { model, key, entries: applyPreFilter(model.entries, parsePreFilter(this.kind, this.topic, this.issuer)) };
    }
    const pre = this.#pre;
    return { entries: pre.entries, facets: () => (pre.facets ??= deriveFacets(pre.entries)) };
  }

  /** Items after the reader's chips and search (memoized). */
  #resultsFor(model: FeedModel): readonly FeedEntry[] {
    const pre = this.#preFiltered(model).entries;
    const r = this.#results;
    if (r?.pre !== pre || r.selection !== this.selection || r.query !== this.query) {
      this.#results = { pre, selection: this.selection, query: this.query, entries: applySelection(pre, this.selection, this.query) };
    }
    return this.#results!.entries;
  }

  #pageCount(model: FeedModel, results: readonly FeedEntry[]): number | undefined {
    return model.nextUrl !== undefined ? undefined : Math.max(1, Math.ceil(results.length / this.#limit));
  }

  // ---------------------------------------------------------------------------------------------------
  // Rendering

  protected renderModel(model: FeedModel): unknown {
    const pre = this.#preFiltered(model);
    const results = this.#resultsFor(model);
    const limit = this.#limit;
    const lastPage = Math.max(0, Math.ceil(results.length / limit) - 1);
    const page = this.paging ? Math.min(this.page, lastPage) : 0;
    const shown = results.slice(page * limit, page * limit + limit);
    const headingText = this.heading?.trim() ?? '';
    const level = Math.min(6, Math.max(2, Math.round(Number(this.headingLevel)) || 2));
    const ctx: ItemContext = {
      model,
      language: this.language,
      documentLanguage: model.language,
      locale: this.uiLocale,
      msg: this.msg,
      compact: this.compact,
      newDays: Number.isFinite(Number(this.newDays)) ? Number(this.newDays) : 7,
      now: Date.now(),
      titleLevel: headingText ? Math.min(6, level + 1) : level,
      speaker: this.speaker,
    };
    const label = headingText ? undefined : pickText(model.title, this.language) || this.msg('政策信息', { id: 'core.policies' });
    const live = this.searchable || this.filters || this.paging;
    return html`<section class="feed ${this.compact ? 'compact' : ''}" aria-labelledby=${headingText ? 'heading' : nothing} aria-label=${label ?? nothing}>
      ${headingText ? heading(level, headingText, 'heading', 'heading', 'heading') : nothing}
      ${
        this.searchable || this.filters
          ? renderTools({
              ...ctx,
              searchable: this.searchable,
              facets: this.filters ? pre.facets() : undefined,
              query: this.query,
              selection: this.selection,
              onInput: this.#onInput,
              onSubmit: this.#onSubmit,
              onChoose: this.#onChoose,
              expanded: this.expanded,
              onExpand: this.#onExpand,
              filtersOpen: this.filtersOpen,
              onToggleFilters: this.#onToggleFilters,
            })
          : nothing
      }
      ${live ? html`<p class="count" part="count" role="status">${this.announcement}</p>` : nothing}
      ${this.#sweep?.render()}
      ${
        shown.length > 0
          ? html`<ol class="list" part="list" tabindex="-1">
            ${shown.map((entry, i) => renderItem(entry, page * limit + i, ctx))}
          </ol>`
          : this.#renderEmpty(pre.entries.length === 0, model)
      }
      ${
        this.paging && (lastPage > 0 || model.nextUrl !== undefined || this.pageError)
          ? renderPager({
              locale: this.uiLocale,
              msg: this.msg,
              page,
              pageCount: this.#pageCount(model, results),
              hasPrevious: page > 0,
              hasNext: page < lastPage || model.nextUrl !== undefined,
              loading: this.pageLoading,
              error: this.pageError
                ? this.msg(str`下一页未能加载：${errorMessage(this.msg, this.pageError, this.loader.spec.errorLabels(this.msg))}`, {
                    id: 'feed.the-next-page-could-not',
                  })
                : undefined,
              onPrevious: this.#onPrevious,
              onNext: this.#onNext,
            })
          : nothing
      }
      ${this.#renderFooter(model, results.length > limit)}
    </section>`;
  }

  #renderEmpty(nothingAtAll: boolean, model: FeedModel): unknown {
    if (nothingAtAll || !isNarrowed(this.selection, this.query)) {
      return html`<p class="empty" part="empty">${model.nextUrl && this.paging ? this.msg('本页没有符合条件的政策。', { id: 'feed.no-matching-policies-on-this' }) : this.msg('暂无政策信息。', { id: 'feed.no-policies-yet' })}</p>`;
    }
    return html`<div class="empty" part="empty">
      <p>${this.msg('没有找到符合条件的政策。', { id: 'feed.no-policies-match-your-search' })}</p>
      <button type="button" class="button secondary" part="reset" @click=${this.#onReset}>${this.msg('清除搜索和筛选', { id: 'feed.clear-search-and-filters' })}</button>
    </div>`;
  }

  #renderFooter(model: FeedModel, hasMore: boolean): unknown {
    const more = !this.paging && hasMore ? model.homePageUrl : undefined;
    const feedUrl = this.subscribe ? model.feedUrl : undefined;
    if (!feedUrl && !more) return nothing;
    return html`<p class="footer" part="footer">
      ${more ? html`<a href=${more} part="more">${this.msg('查看全部政策', { id: 'feed.all-policies' })}</a>` : nothing}
      ${
        feedUrl
          ? html`<a href=${feedUrl} part="subscribe" type="application/feed+json"
              >${this.msg('订阅（供阅读器和程序使用的 JSON Feed）', { id: 'feed.subscribe-json-feed-for-readers' })}</a
            >`
          : nothing
      }
    </p>`;
  }

  // ---------------------------------------------------------------------------------------------------
  // The reader's actions

  /** Says how many items match (or which page shows), in the widget's language. */
  #announce(kind: 'results' | 'page'): void {
    clearTimeout(this.#announceTimer);
    const model = this.loader.model;
    if (!model) return;
    const results = this.#resultsFor(model);
    const n = formatNumber(results.length, this.uiLocale);
    this.announcement =
      kind === 'page'
        ? pageStatus(this.msg, this.page, this.#pageCount(model, results), this.uiLocale)
        : !isNarrowed(this.selection, this.query)
          ? this.msg(str`共 ${n} 条政策`, { id: 'feed.policies' })
          : results.length === 0
            ? this.msg('没有找到符合条件的政策。', { id: 'feed.no-policies-match-your-search' })
            : this.msg(str`找到 ${n} 条政策`, { id: 'feed.policies-found' });
    if (kind === 'results') this.#searchFurther();
  }

  /** A search or chip on a feed with further pages: reads the rest of them, so the search covers the whole feed. */
  #searchFurther(): void {
    if (this.loader.model?.nextUrl === undefined || !isNarrowed(this.selection, this.query)) return;
    // The search stays on the pages read while the code loads or when it fails; the next search tries again.
    void this.#sweepCode.load().then(() => this.#sweeper()?.start());
  }

  /** The sweep of further pages, made once its code is here. */
  #sweeper(): FeedSweep | undefined {
    const code = this.#sweepCode.module;
    if (!code) return undefined;
    return (this.#sweep ??= new code.FeedSweep(this, {
      loader: this.loader,
      matches: () => (this.loader.model ? this.#resultsFor(this.loader.model).length : 0),
      announce: (text) => (this.announcement = text),
      localizer: () => this.msg,
      focus: (target) => this.focusAfterUpdate.request(target),
      maxItems: MAX_ITEMS.items,
      html,
      str,
      formatNumber,
      errorMessage,
      loadFeedPage,
      appendFeedPages,
      safeHref,
      toContractError,
    }));
  }

  #onInput = (event: InputEvent): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.page = 0;
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => this.#announce('results'), ANNOUNCE_DELAY_MS);
  };

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#announce('results');
  };

  #onChoose = (group: SelectionGroup, value: Selection[SelectionGroup]): void => {
    this.selection = { ...this.selection, [group]: value };
    this.page = 0;
    this.#announce('results');
  };

  #onExpand = (group: SelectionGroup): void => {
    this.expanded = new Set([...this.expanded, group]);
    // The button goes away: keep focus in the group, on the first chip it revealed.
    const index = this.renderRoot.querySelectorAll(`#filter-${group} + .chips [part~="chip"]`).length - 1;
    this.focusAfterUpdate.request(() => this.renderRoot.querySelectorAll<HTMLElement>(`#filter-${group} + .chips [part~="chip"]`)[index] ?? null);
  };

  // Focus stays on the toggle, as on any disclosure button; the chips keep their state while hidden.
  #onToggleFilters = (): void => {
    this.filtersOpen = !this.filtersOpen;
  };

  #onReset = (): void => {
    this.selection = {};
    this.query = '';
    this.page = 0;
    this.#announce('results');
    // The reset button goes away with the empty state: keep focus on the search box, or the list. In a
    // narrow widget the chips may be folded away (not rendered boxes), the filter button shown instead.
    this.focusAfterUpdate.request(
      () =>
        [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="search"], [part~="filter-toggle"], [part~="chip"], [part~="list"]')].find(
          (target) => target.getClientRects().length > 0,
        ) ?? null,
    );
  };

  #onPrevious = (): void => {
    this.page = Math.max(0, this.page - 1);
    this.#announce('page');
    this.#focusFirstItem();
  };

  /** After paging: focus on the first item of the page shown (the pager is a screen or more below it). */
  #focusFirstItem(): void {
    this.focusAfterUpdate.request(() => itemStart(this.renderRoot.querySelector('[part~="item"]'), '[part~="title"]'));
  }

  #onNext = (): void => {
    void this.#goTo(this.page + 1);
  };

  /** Goes to a page, first reading further feed pages (`next_url`) while it would not be full. */
  async #goTo(target: number): Promise<void> {
    let model = this.loader.model;
    if (!model || this.pageLoading) return;
    const limit = this.#limit;
    const short = (m: FeedModel): boolean => this.#resultsFor(m).length < (target + 1) * limit && m.nextUrl !== undefined;
    this.pageError = undefined;
    if (short(model)) {
      this.pageLoading = true;
      const generation = this.loader.generation;
      try {
        for (let fetches = 0; short(model) && fetches < MAX_FETCHES_PER_STEP; fetches++) {
          await this.loader.appendPage('next page', model.nextUrl!, loadFeedPage, (from, { feed, documentUrl }) => appendFeedPage(from, feed, documentUrl));
          // Nothing appended when the data was reloaded meanwhile (stop) or a search reading further pages
          // appended first (go on from there).
          if (this.loader.generation !== generation || !this.loader.model) return;
          model = this.loader.model;
        }
      } catch (error) {
        // Reported by the loader; the list stays, with the message below the pager.
        if (this.loader.model === model) this.pageError = error as ContractError;
        return;
      } finally {
        this.pageLoading = false;
      }
    }
    const lastPage = Math.max(0, Math.ceil(this.#resultsFor(model).length / limit) - 1);
    const page = Math.min(target, lastPage);
    if (page !== this.page) this.#focusFirstItem();
    this.page = page;
    this.#announce('page');
  }
}
