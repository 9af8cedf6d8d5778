import { adoptStyles, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { str } from '@lit/localize';
import {
  accountTotals,
  DEFAULT_STALE_DAYS,
  safeHref,
  SORT_ORDERS,
  validateAccounts,
  type AccountMatrix,
  type AccountTotals,
  type Platform,
  type SortOrder,
} from '../../contract/index.js';
import { DataController } from '../../core/data-controller.js';
import { warn } from '../../core/report.js';
import { formatNumber } from '../../core/format.js';
import { GovElement } from '../../core/gov-element.js';
import { LazyModule } from '../../core/lazy.js';
import { lazyView } from '../../core/view/lazy.js';
import type * as AuditChunk from './lazy/audit.js';
import type * as MatrixChunk from './lazy/matrix.js';
import type { AuditResult } from './model/audit.js';
import { DIRECTORY, loadingSize } from '../../core/loading-size.js';
import { chipStyles, controlStyles } from '../../core/styles.js';
import { themeStyles } from '../../core/theme.js';
import { directoryStyles } from './account-directory.styles.js';
import {
  createDirectoryModel,
  filterEntries,
  GROUP_PAGE,
  GROUP_PREVIEW,
  GROUP_STEP,
  groupEntries,
  MATRIX_PAGE,
  rankEntries,
  organizationFacets,
  organizationScope,
  platformFacets,
  visibleEntries,
  windowGroups,
  type DirectoryEntry,
  type DirectoryFilter,
  type DirectoryGroup,
  type DirectoryModel,
  type GroupBy,
} from './model.js';
import { platformName } from './labels.js';
import { platformIcon } from './views/icons.js';
import { encodable, encodeQr, qrSource } from './controllers/qr-code.js';
import { renderCard } from './views/card.js';
import { dataText } from '../../core/view/data-text.js';
import type { ViewContext } from './views/context.js';
import { renderCount, renderFilters } from './views/filters.js';
import { renderQrDialog, type QrDialogState } from './views/qr-dialog.js';
import { renderTotals } from './views/totals.js';
import { isolate } from '../../core/view/bidi.js';

/**
 * Keyed lists (DOM kept per key across filters, so focus and the QR opener stay put). The templates are made
 * here, during render: `repeat`'s own callback would run later, outside the widget's locale.
 */
const keyed = (items: readonly (readonly [string, TemplateResult])[]) =>
  repeat(
    items,
    ([key]) => key,
    ([, template]) => template,
  );

/**
 * The official new-media account directory: a county's (or one department's) WeChat, Weibo, Douyin … accounts
 * grouped by organization or platform, with QR codes drawn locally, statuses, filters, and a compliance
 * audit view for supervisors.
 *
 * With `sort` the accounts of each group are ranked (followers, activity or name) and a sort control lets the
 * reader change it; `view="matrix"` shows organizations × platforms as a table instead (a chunk of its own);
 * `totals` adds a summary line.
 *
 * @summary Official new-media accounts of a government, with QR codes, rankings, the matrix and a compliance audit view.
 * @tagname gov-account-directory
 *
 * @csspart tools - The wrapper of the search field, organization select, platform chips (and the audit's "failing only").
 * @csspart search - The name search field.
 * @csspart sort-select - The sort `<select>` (with `sort`).
 * @csspart organization-select - The organization `<select>`.
 * @csspart platforms - The list of platform chips.
 * @csspart chip - One platform chip (a toggle button with `aria-pressed`).
 * @csspart count - The result count (a polite live region).
 * @csspart group - One group of accounts (an organization or a platform).
 * @csspart group-title - The heading of a group.
 * @csspart list - The list of accounts in a group.
 * @csspart item - One account.
 * @csspart platform - The platform icon and name of an account.
 * @csspart icon - A platform icon (decorative SVG).
 * @csspart title - The account name (a link when its URL is safe).
 * @csspart link - The link of an account name.
 * @csspart badge - The status badge of an account that is not active (with `status`).
 * @csspart status - The status badge (with `badge`).
 * @csspart verified - The "verified" mark.
 * @csspart successor - "Replaced by …" of a merged account.
 * @csspart successor-link - The name of the successor account.
 * @csspart status-notice - The link to a notice about the account's status.
 * @csspart description - The account description.
 * @csspart facts - The facts of an account (organization, handle, functions, followers, last post).
 * @csspart functions - The list of functions.
 * @csspart qr-button - The button that opens the QR dialog.
 * @csspart read-aloud - The read-aloud button (朗读 / 停止) of an account (with `read-aloud`, or in `care`, where the browser has a voice).
 * @csspart more-button - A "show more" button (of a group, or of groups).
 * @csspart empty - The message when there are no accounts, or none match the filters.
 * @csspart inactive-note - The note that closed and merged accounts are hidden.
 * @csspart totals - The totals line (with `totals`, and above the matrix): accounts active of all, platforms, followers, share updated.
 * @csspart matrix - The matrix view (`view="matrix"`): its legend, table and "show more".
 * @csspart matrix-legend - The line that explains the matrix's marks.
 * @csspart matrix-table - The matrix `<table>` (organizations × platforms, with totals).
 * @csspart audit - The audit summary.
 * @csspart audit-result - An account's audit result.
 * @csspart flags - The list of rules an account fails, with reasons.
 * @csspart dialog - The QR dialog.
 * @csspart qr-code - The QR code (an image, or an SVG drawn in the page).
 * @csspart qr-link - The account link beside the code.
 * @csspart close - The button that closes the dialog.
 */
export class GovAccountDirectory extends GovElement<'accounts', DirectoryModel> {
  static override styles = [...GovElement.styles, themeStyles, controlStyles, chipStyles, directoryStyles];

  static override properties: PropertyDeclarations = {
    groupBy: { attribute: 'group-by' },
    showInactive: { type: Boolean, attribute: 'show-inactive', reflect: true },
    audit: { type: Boolean, reflect: true },
    staleDays: { type: Number, attribute: 'stale-days' },
    organization: {},
    sort: {},
    view: {},
    totals: { type: Boolean, reflect: true },
    now: { attribute: false },
    sortChoice: { state: true, attribute: false },
    matrixRows: { state: true, attribute: false },
    query: { state: true, attribute: false },
    platformFilter: { state: true, attribute: false },
    organizationFilter: { state: true, attribute: false },
    failingOnly: { state: true, attribute: false },
    groupLimit: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    qr: { state: true, attribute: false },
  };

  /** How accounts are grouped: `organization` (the default) or `platform`. */
  declare groupBy: GroupBy;

  /** Also show closed and merged accounts (hidden by default). */
  declare showInactive: boolean;

  /** Show the compliance audit: a summary for supervisors, and each account's result with reasons. */
  declare audit: boolean;

  /** In the audit, days without a post after which an account fails as a "zombie" account (default 14). */
  declare staleDays: number;

  /** Only the accounts of this organization id and the organizations under it (`parent_id`), for a department's site. */
  declare organization?: string;

  /**
   * Ranks the accounts of each group: `followers` (most first), `activity` (fewest days since the last post,
   * then since the last reply) or `name` (pinyin order in Chinese). Missing figures come last, ties go by name,
   * then id; active accounts still come before paused, closing, closed and merged ones. With the attribute a
   * sort control is shown (any other value: the control, in document order); without it, document order.
   */
  declare sort?: string | null;

  /** `list` (the default): accounts in groups; `matrix`: organizations × platforms as a table, with totals. */
  declare view?: string | null;

  /** Show the totals line: accounts active of all, platforms covered, followers in all, share updated recently. */
  declare totals: boolean;

  /**
   * The moment relative times and the audit count from, in milliseconds (tests, reports for a given day).
   * Defaults to the time the data was loaded.
   */
  declare now?: number;

  declare private query: string;
  declare private platformFilter: Platform | undefined;
  declare private organizationFilter: string | undefined;
  declare private failingOnly: boolean;
  declare private groupLimit: number;
  declare private expanded: ReadonlyMap<string, number>;
  declare private qr: QrDialogState | undefined;
  /** The reader's choice in the sort control; `null` until they choose (then `sort` rules). */
  declare private sortChoice: SortOrder | undefined | null;
  declare private matrixRows: number;

  protected readonly loader = new DataController(this, {
    section: 'accounts',
    validator: validateAccounts,
    recordNoun: 'account',
    createModel: (loaded) => {
      this.qr = undefined;
      return createDirectoryModel(loaded.document.accounts, loaded.organizations);
    },
    countRecords: (model: DirectoryModel) => model.entries.length,
    errorLabels: (msg) => ({
      title: msg('政务新媒体账号暂时无法显示', { id: 'core.official-accounts-cannot-be-shown' }),
      section: msg('政务新媒体账号', { id: 'core.official-accounts' }),
    }),
  });

  #qrOpener: HTMLElement | undefined;
  #auditCache: { key: string; model: DirectoryModel; result: AuditResult } | undefined;
  #rankCache: { key: string; model: DirectoryModel; rank: ReadonlyMap<string, number> } | undefined;
  #totalsCache: { key: string; model: DirectoryModel; totals: AccountTotals } | undefined;
  #matrixCache: { key: string; model: DirectoryModel; matrix: AccountMatrix } | undefined;
  // The audit view is for supervisors: its code is a chunk of its own, loaded where `audit` turns it on.
  readonly #auditCode = new LazyModule(this, 'the audit view', () => import('./lazy/audit.js'));
  // The matrix table too: a chunk loaded where `view="matrix"` turns it on.
  readonly #matrixCode = new LazyModule(this, 'the matrix view', () => import('./lazy/matrix.js'));

  constructor() {
    super();
    this.groupBy = 'organization';
    this.showInactive = false;
    this.audit = false;
    this.staleDays = DEFAULT_STALE_DAYS;
    this.query = '';
    this.failingOnly = false;
    this.groupLimit = GROUP_PAGE;
    this.expanded = new Map();
    this.totals = false;
    this.sortChoice = null;
    this.matrixRows = MATRIX_PAGE;
  }

  /** A skeleton of the filters and a first row of cards, unless the page sets the size. */
  protected override loadingBlockSize(): string {
    return loadingSize(DIRECTORY);
  }

  get #grouping(): GroupBy {
    return this.groupBy === 'platform' ? 'platform' : 'organization';
  }

  #auditOf(code: typeof AuditChunk, model: DirectoryModel, scope: ReadonlySet<string> | undefined, now: number): AuditResult {
    const key = JSON.stringify([now, this.staleDays, this.organization ?? null]);
    if (this.#auditCache?.model === model && this.#auditCache.key === key) return this.#auditCache.result;
    const accounts = visibleEntries(model, { scope, showInactive: true }).map((entry) => entry.account);
    const result = code.auditResult(accounts, now, this.staleDays);
    this.#auditCache = { key, model, result };
    return result;
  }

  get #isMatrix(): boolean {
    return this.view === 'matrix';
  }

  /** The order in force: the reader's choice, else the attribute's (when it names one). */
  get #sortOrder(): SortOrder | undefined {
    if (this.sortChoice !== null) return this.sortChoice;
    return SORT_ORDERS.find((order) => order === this.sort);
  }

  #rankOf(model: DirectoryModel, order: SortOrder, now: number): ReadonlyMap<string, number> {
    const key = JSON.stringify([order, now, this.language]);
    if (this.#rankCache?.model === model && this.#rankCache.key === key) return this.#rankCache.rank;
    const rank = rankEntries(model, order, now, this.language);
    this.#rankCache = { key, model, rank };
    return rank;
  }

  /** Every account in scope, whatever its status: what the totals, the matrix and the audit count. */
  #inScope(model: DirectoryModel, scope: ReadonlySet<string> | undefined): DirectoryEntry[] {
    return visibleEntries(model, { scope, showInactive: true });
  }

  #totalsOf(model: DirectoryModel, scope: ReadonlySet<string> | undefined, now: number): AccountTotals {
    const key = JSON.stringify([now, this.staleDays, this.organization ?? null]);
    if (this.#totalsCache?.model === model && this.#totalsCache.key === key) return this.#totalsCache.totals;
    const totals = accountTotals({ accounts: this.#inScope(model, scope).map((entry) => entry.account) }, now, this.staleDays);
    this.#totalsCache = { key, model, totals };
    return totals;
  }

  #matrixOf(code: typeof MatrixChunk, model: DirectoryModel, scope: ReadonlySet<string> | undefined, now: number): AccountMatrix {
    const key = JSON.stringify([now, this.staleDays, this.organization ?? null]);
    if (this.#matrixCache?.model === model && this.#matrixCache.key === key) return this.#matrixCache.matrix;
    const matrix = code.matrixOf(this.#inScope(model, scope), model.organizations, now, this.staleDays);
    this.#matrixCache = { key, model, matrix };
    return matrix;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new `sort` from the page replaces the reader's earlier choice.
    if (changed.has('sort')) this.sortChoice = null;
    if (changed.has('view') || changed.has('organization')) this.matrixRows = MATRIX_PAGE;
    if (this.audit) this.#auditCode.want();
    if (this.#isMatrix) this.#matrixCode.want();
  }

  protected renderModel(model: DirectoryModel): unknown {
    const now = this.now ?? model.createdAt;
    const scope = this.organization ? organizationScope(model.organizations, this.organization) : undefined;
    const code = this.audit ? this.#auditCode.module : undefined;
    const audit = code ? this.#auditOf(code, model, scope, now) : undefined;
    const ctx: ViewContext = {
      model,
      language: this.language,
      locale: this.uiLocale,
      msg: this.msg,
      now,
      groupBy: this.#grouping,
      sort: this.#sortOrder,
      audit: audit?.flags,
      auditView: code,
      openQr: this.#openQr,
      speaker: this.speaker,
    };
    const base: DirectoryFilter = { scope, showInactive: this.showInactive };
    const visible = visibleEntries(model, base);
    const hiddenInactive = this.showInactive ? 0 : visibleEntries(model, { scope, showInactive: true }).filter((e) => e.inactive).length;
    // Until the audit's code is there: its loading text (or a failure with a retry) where the summary goes.
    const summary = this.audit
      ? lazyView(
          this.#auditCode,
          this.msg,
          (loaded) => (audit ? loaded.renderAuditSummary(audit.report, ctx) : nothing),
          () => void this.#auditCode.load(),
        )
      : nothing;
    if (this.#isMatrix) return this.#renderMatrixView(model, scope, now, ctx, summary);
    const totals = this.totals && visible.length > 0 ? renderTotals(this.#totalsOf(model, scope, now), ctx) : nothing;
    if (visible.length === 0) {
      return html`${summary}<p class="empty" part="empty">${this.msg('暂无政务新媒体账号。', { id: 'directory.no-official-accounts-are-listed' })}</p>${this.#renderInactiveNote(hiddenInactive)}`;
    }
    // A choice that no longer exists (after `show-inactive` or `organization` changed) no longer filters.
    const platform = visible.some((e) => e.account.platform === this.platformFilter) ? this.platformFilter : undefined;
    const organization = visible.some((e) => e.organizationKey === this.organizationFilter) ? this.organizationFilter : undefined;
    const filter: DirectoryFilter = {
      ...base,
      platform,
      organization,
      query: this.query,
      only: audit && this.failingOnly ? audit.failing : undefined,
    };
    const entries = filterEntries(model, filter);
    const order = ctx.sort;
    const rank = order ? this.#rankOf(model, order, now) : undefined;
    const window = windowGroups(groupEntries(model, entries, this.#grouping, rank), this.groupLimit, this.expanded);
    const sortState = this.sort !== undefined && this.sort !== null ? { order } : undefined;
    return html`${summary} ${totals}
      ${renderFilters(
        { query: this.query, platform, organization, failingOnly: this.failingOnly, sort: sortState },
        {
          platforms: platformFacets(model, filter),
          organizations: organizationFacets(model, filter),
          total: filterEntries(model, { ...filter, platform: undefined }).length,
        },
        ctx,
        this.#filterHandlers,
      )}
      ${renderCount(entries.length, visible.length, this.query.trim() !== '' || filter.platform !== undefined || filter.organization !== undefined || filter.only !== undefined, ctx)} ${this.#renderInactiveNote(hiddenInactive)}
      ${
        entries.length === 0
          ? html`<div class="empty" part="empty">
            <p>${this.msg('没有符合条件的账号。', { id: 'directory.no-account-matches-these-filters' })}</p>
            <button class="button secondary" type="button" @click=${this.#clearFilters}>${this.msg('清除筛选条件', { id: 'directory.clear-filters' })}</button>
          </div>`
          : html`<div class="groups by-${this.#grouping}">
            <div class="group-grid">
              ${keyed(window.groups.map((g, index) => [g.group.key, this.#renderGroup(g.group, g.shown, g.hidden, index, ctx)] as const))}
            </div>
          </div>`
      }
      ${
        window.hiddenGroups > 0
          ? html`<button class="button secondary more more-groups" part="more-button" type="button" @click=${this.#moreGroups}>
            ${
              this.#grouping === 'platform'
                ? this.msg(str`显示更多平台（还有 ${isolate(formatNumber(window.hiddenGroups, ctx.locale))} 个）`, { id: 'directory.show-more-platforms-more' })
                : this.msg(str`显示更多单位（还有 ${isolate(formatNumber(window.hiddenGroups, ctx.locale))} 个）`, {
                    id: 'directory.show-more-organizations-more',
                  })
            }
          </button>`
          : nothing
      }
      ${this.qr ? renderQrDialog(this.qr, ctx, { close: this.#closeQr, closed: this.#qrClosed, imageFailed: this.#qrImageFailed }) : nothing}`;
  }

  #renderMatrixView(model: DirectoryModel, scope: ReadonlySet<string> | undefined, now: number, ctx: ViewContext, summary: unknown): unknown {
    const all = this.#inScope(model, scope);
    if (all.length === 0) {
      return html`${summary}<p class="empty" part="empty">${this.msg('暂无政务新媒体账号。', { id: 'directory.no-official-accounts-are-listed' })}</p>`;
    }
    return html`${summary} ${renderTotals(this.#totalsOf(model, scope, now), ctx)}
      ${lazyView(
        this.#matrixCode,
        this.msg,
        (loaded) => {
          this.#adoptMatrixStyles(loaded);
          return loaded.renderMatrix(this.#matrixOf(loaded, model, scope, now), ctx, { rows: this.matrixRows, more: this.#moreMatrixRows });
        },
        () => void this.#matrixCode.load(),
      )}
`;
  }

  #matrixStyled = false;

  /** The matrix's styles come with its chunk; adopted once, during the render that first draws the table. */
  #adoptMatrixStyles(code: typeof MatrixChunk): void {
    if (this.#matrixStyled || !(this.renderRoot instanceof ShadowRoot)) return;
    adoptStyles(this.renderRoot, [...GovAccountDirectory.elementStyles, code.matrixStyles]);
    this.#matrixStyled = true;
  }

  #moreMatrixRows = (): void => {
    // Keep a keyboard user at the first organization that appeared.
    this.focusAfterUpdate.request(`#matrix-row-${this.matrixRows}`);
    this.matrixRows += MATRIX_PAGE;
  };

  #renderInactiveNote(hidden: number): unknown {
    if (hidden === 0) return nothing;
    return html`<p class="hint inactive-note" part="inactive-note">
      ${hidden === 1 ? this.msg('另有 1 个已关停或已合并的账号未显示。', { id: 'directory.1-closed-or-merged-account' }) : this.msg(str`另有 ${isolate(formatNumber(hidden, this.uiLocale))} 个已关停或已合并的账号未显示。`, { id: 'directory.closed-or-merged-accounts-are' })}
    </p>`;
  }

  #renderGroup(group: DirectoryGroup, shown: readonly DirectoryEntry[], hidden: number, index: number, ctx: ViewContext): TemplateResult {
    const { msg } = ctx;
    const id = `group-${index}`;
    const title = group.platform
      ? html`${platformIcon(group.platform)}<span>${platformName(this.msg, group.platform)}</span>`
      : group.organization
        ? dataText(group.organization.name, ctx)
        : html`<span>${msg('未注明单位', { id: 'directory.organization-not-given' })}</span>`;
    // As many columns of the dense grid as it has cards to show (up to four; the styles cap it to the columns
    // there are), so small groups sit side by side instead of each taking a mostly empty row.
    return html`<section class="group span-${Math.min(Math.max(shown.length, 1), 4)}" part="group">
      <h3 class="group-title" part="group-title" id=${id} tabindex="-1">
        ${title} <span class="group-count">(${formatNumber(group.entries.length, ctx.locale)})</span>
      </h3>
      <ul class="cards" part="list">
        ${keyed(shown.map((entry) => [entry.account.id, renderCard(entry, ctx)] as const))}
      </ul>
      ${
        hidden > 0
          ? html`<button
            class="button secondary more"
            part="more-button"
            type="button"
            aria-describedby=${id}
            @click=${() => this.#moreInGroup(group, shown.length)}
          >${msg(str`显示更多（还有 ${isolate(formatNumber(hidden, ctx.locale))} 个）`, { id: 'directory.show-more-more' })}</button>`
          : nothing
      }
    </section>`;
  }

  #resetWindow(): void {
    this.groupLimit = GROUP_PAGE;
    this.expanded = new Map();
  }

  #filterHandlers = {
    search: (query: string) => {
      this.query = query;
      this.#resetWindow();
    },
    platform: (platform: Platform | undefined) => {
      this.platformFilter = platform;
      this.#resetWindow();
    },
    organization: (key: string | undefined) => {
      this.organizationFilter = key;
      this.#resetWindow();
    },
    failingOnly: (on: boolean) => {
      this.failingOnly = on;
      this.#resetWindow();
    },
    sort: (order: SortOrder | undefined) => {
      this.sortChoice = order;
    },
  };

  #clearFilters = (): void => {
    this.query = '';
    this.platformFilter = undefined;
    this.organizationFilter = undefined;
    this.failingOnly = false;
    this.#resetWindow();
    this.focusAfterUpdate.request('#search');
  };

  #moreInGroup(group: DirectoryGroup, shown: number): void {
    const next = new Map(this.expanded);
    next.set(group.key, Math.max(shown, GROUP_PREVIEW) + GROUP_STEP);
    this.expanded = next;
    // Keep a keyboard user at the first account that appeared.
    const first = group.entries[shown];
    if (first) this.focusAfterUpdate.request(`li[data-id="${CSS.escape(first.account.id)}"]`);
  }

  #moreGroups = (): void => {
    this.focusAfterUpdate.request(`#group-${this.groupLimit}`);
    this.groupLimit += GROUP_PAGE;
  };

  // ------------------------------------------------------------------------------------------------
  // The QR dialog

  #openQr = (entry: DirectoryEntry, opener: HTMLElement): void => {
    this.#qrOpener = opener;
    const source = qrSource(entry.account);
    if (source.kind === 'image') this.qr = { entry, view: { status: 'image', url: source.url } };
    else if (source.kind === 'encode') this.#draw(entry, source.text);
    else this.qr = { entry, view: { status: 'none' } };
  };

  #draw(entry: DirectoryEntry, text: string): void {
    this.qr = { entry, view: { status: 'loading' } };
    encodeQr(text).then(
      (matrix) => {
        if (this.qr?.entry === entry) this.qr = { entry, view: { status: 'ready', matrix } };
      },
      (error: unknown) => {
        warn(this, `cannot draw the QR code of account ${JSON.stringify(entry.account.id)} (${text.length} characters); the link is shown instead:`, error);
        if (this.qr?.entry === entry) this.qr = { entry, view: { status: 'failed' } };
      },
    );
  }

  #qrImageFailed = (): void => {
    const current = this.qr;
    if (!current || current.view.status !== 'image') return;
    warn(this, `the QR image of account ${JSON.stringify(current.entry.account.id)} did not load: ${current.view.url}`);
    const payload = current.entry.account.qr?.payload;
    const text = encodable(payload) ? payload : safeHref(current.entry.account.url);
    if (text) this.#draw(current.entry, text);
    else this.qr = { entry: current.entry, view: { status: 'failed' } };
  };

  #closeQr = (): void => {
    this.renderRoot.querySelector('dialog')?.close();
  };

  #qrClosed = (): void => {
    this.qr = undefined;
    this.focusAfterUpdate.request(() => {
      const opener = this.#qrOpener;
      this.#qrOpener = undefined;
      return opener?.isConnected ? opener : null;
    });
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector('dialog');
    if (this.qr && dialog && !dialog.open && dialog.isConnected) dialog.showModal();
  }
}
