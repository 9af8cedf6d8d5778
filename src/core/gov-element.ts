/**
 * The element base every widget extends. It owns what the three widgets share:
 *
 * - data: `src`, a child `<script type="application/json">`, or the `data` property → {@link loadSection}
 *   (shared cache, time limit, validation item by item) → the widget's `createModel()` → `renderModel()`;
 * - the loading state (a placeholder of roughly the final height, or the light-DOM fallback when there is one),
 *   the error state (`role="alert"`, `part="error"`, a message in the reader's language, a retry where it
 *   helps; the technical cause to `console.warn`) and a note when some items could not be shown;
 * - the events `gov-load` and `gov-error`;
 * - language: own `lang`, else the nearest ancestor's across shadow roots, else `zh-Hans`;
 * - theme tokens, `care` mode, RTL (see `styles.ts`).
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { str } from '@lit/localize';
import { countSkipped, type Issue } from '../contract/check.js';
import { ContractError, toContractError } from '../contract/errors.js';
import { loadSectionWith, parseJson, type LoadedSection, type LoadOptions, type SectionValidator, type Source } from '../contract/load.js';
import { uiLocaleFor, type UiLocale } from '../contract/localized.js';
import { safeUrl } from '../contract/url.js';
import type { SectionName } from '../contract/types.js';
import { VERSION } from '../version.js';
import { formatNumber } from './format.js';
import { emit, type GovErrorDetail, type GovEventMap, type GovLoadDetail } from './events.js';
import { localizer, type Msg } from './i18n.js';
import { elementLanguage, unwatchLanguage, watchLanguage } from './language.js';
import { loadingSize } from './loading-size.js';
import { errorMessage, errorTitle } from './messages.js';
import { baseStyles, tokenStyles } from './styles.js';

export type LoadState<M> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly model: M; readonly issues: readonly Issue[] }
  | { readonly status: 'error'; readonly error: ContractError };

/** @internal Options for tests and tools: an injected `fetch`, a private cache, a shorter time limit. */
export type GovLoadOptions = LoadOptions;

/**
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart loading - The placeholder shown while data loads.
 * @csspart error - The error message (`role="alert"`).
 * @csspart retry - A retry button: inside the error, and wherever a failed action can be tried again (a feed page, a send).
 * @csspart notice - The note that some items could not be shown.
 *
 * @cssproperty --gov-color-primary - Links, buttons, focus ring.
 * @cssproperty --gov-color-text - Body text.
 * @cssproperty --gov-color-muted - Secondary text (dates, counts).
 * @cssproperty --gov-color-surface - Background.
 * @cssproperty --gov-color-border - Borders of controls and cards.
 * @cssproperty --gov-color-danger - Errors.
 * @cssproperty --gov-font-family - Font stack.
 * @cssproperty --gov-font-size - Base size, in px (the widget sizes everything from it; `care` makes it at least 20 px).
 * @cssproperty --gov-radius - Corner radius.
 * @cssproperty --gov-space - Base spacing.
 * @cssproperty --gov-loading-block-size - The space the widget holds while its data loads (default: a modest skeleton); set it to the widget's usual height and the page does not move when the data arrives. `em` is the widget's font size. The CSS snippet reads it too.
 *
 * @event {CustomEvent<GovLoadDetail>} gov-load - Data arrived and is shown.
 * @event {CustomEvent<GovErrorDetail>} gov-error - An error is shown instead of data.
 *
 * @slot - No-JavaScript fallback (for example a plain list of links); shown while loading and after an
 *   error, hidden once the widget shows its own content.
 */
export abstract class GovElement<S extends SectionName, M> extends LitElement {
  /** The gov-widgets version that defined this element. */
  static readonly version = VERSION;

  static override styles = [tokenStyles, baseStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a discovery document or of the widget's section document. */
  @property({ reflect: true }) src?: string;

  /** A document given directly (takes precedence over an inline script and `src`). */
  @property({ attribute: false }) data?: unknown;

  /** Aging-friendly mode: larger text, more contrast, larger targets. */
  @property({ type: Boolean, reflect: true }) care = false;

  /** @internal */
  @state() protected loadState: LoadState<M> = { status: 'loading' };

  /** The canonical language of this widget (its `lang`, an ancestor's, or `zh-Hans`). */
  @state() protected language = 'zh-Hans';

  /** @internal Injected for tests and tools. */
  loadOptions: GovLoadOptions = {};

  /** Which section of the contract this widget shows. */
  protected abstract readonly section: S;

  /** That section's validator (`validatePolicyFeed` …): named by the widget, so its bundle holds no other. */
  protected abstract readonly validator: SectionValidator<S>;

  /** Turns a loaded section into what `renderModel()` draws. Language-independent: text is picked at render. */
  protected abstract createModel(loaded: LoadedSection<S>): M;

  /** Draws the widget's content; its UI strings come from {@link msg}, passed to the views it calls. */
  protected abstract renderModel(model: M): unknown;

  /** How many records the model has, for `gov-load`. */
  protected abstract countRecords(model: M): number;

  /** What a list item is called in issues (`item`, `account` …): left-out ones are counted for the note. */
  protected abstract readonly recordNoun: string;

  /**
   * The block size of the loading placeholder (a CSS length): the page's `--gov-loading-block-size`, else a
   * modest skeleton (src/core/loading-size.ts), which the host-page snippet reserves too.
   */
  protected loadingBlockSize(): string {
    return loadingSize(12);
  }

  #loadId = 0;
  #loadDone: Promise<void> = Promise.resolve();
  #focusAfterRetry = false;

  /** The UI locale of this widget's strings. */
  get uiLocale(): UiLocale {
    return uiLocaleFor(this.language);
  }

  /**
   * This widget's `msg()`: UI strings in its language at the moment of the call — in render, in an event
   * handler or in an announcement alike, so no string can come out in another widget's language.
   */
  protected get msg(): Msg {
    return localizer(this.uiLocale);
  }

  /** Settles when the current load has ended (data shown or error shown), after the resulting render. */
  get loadComplete(): Promise<void> {
    // The first load starts in the first update; wait for it to have started.
    return this.updateComplete
      .then(() => this.#loadDone)
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.language = elementLanguage(this);
    watchLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.languageChanged();
  }

  /** @internal Called when a `lang` attribute changes here or above. */
  languageChanged(): void {
    this.language = elementLanguage(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first load waits for the first update, so properties set right after the element is created
    // (el.src = …, el.data = …) are the ones used.
    if (!this.hasUpdated || changed.has('src') || changed.has('data')) void this.reload();
  }

  /** Loads the data again (the retry button calls this). Resolves when the new state is rendered. */
  reload(): Promise<void> {
    const id = ++this.#loadId;
    this.loadState = { status: 'loading' };
    this.#loadDone = this.#load(id);
    return this.loadComplete;
  }

  async #load(id: number): Promise<void> {
    let next: LoadState<M>;
    let url: string | undefined;
    try {
      const source = await this.#source();
      if (id !== this.#loadId) return;
      url = 'url' in source ? source.url : undefined;
      const loaded = await loadSectionWith(this.section, this.validator, source, this.loadOptions);
      if (id !== this.#loadId) return;
      url = loaded.documentUrl;
      next = { status: 'ready', model: this.createModel(loaded), issues: loaded.issues };
    } catch (error) {
      if (id !== this.#loadId) return;
      next = { status: 'error', error: toContractError(error) };
    }
    this.loadState = next;
    if (next.status === 'ready') {
      this.#reportIssues(next.issues, url);
      emit<GovEventMap, 'gov-load'>(this, 'gov-load', {
        section: this.section,
        count: this.countRecords(next.model),
        issues: next.issues,
        url: url?.startsWith('http') ? url : undefined,
      } satisfies GovLoadDetail);
    } else {
      this.#reportError(next.error);
    }
  }

  /** Where the data comes from: `data`, else an inline JSON script, else `src`. */
  async #source(): Promise<Source> {
    const base = document.baseURI;
    if (this.data !== undefined) return { document: this.data, base };
    let script = this.querySelector(':scope > script[type="application/json"]');
    if (!script && this.src === undefined && document.readyState === 'loading') {
      // Upgraded before the parser reached our children: wait for them.
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
      script = this.querySelector(':scope > script[type="application/json"]');
    }
    if (script) return { document: parseJson(script.textContent ?? '', `${base} (inline <script type="application/json">)`), base };
    if (this.src !== undefined && this.src.trim() !== '') {
      const url = safeUrl(this.src, base);
      if (url === null) {
        // A page's mistake (javascript:, blob:, file:, data: …): no request, and no retry, which could never work.
        throw new ContractError('bad-source', `src is not an http(s) or relative URL: ${JSON.stringify(this.src.slice(0, 200))}`);
      }
      return { url };
    }
    throw new ContractError('no-source', 'no src attribute, inline <script type="application/json"> or data property');
  }

  #reportIssues(issues: readonly Issue[], url: string | undefined): void {
    if (issues.length === 0) return;
    const shown = issues.slice(0, 20).map((issue) => `  ${issue.path}: ${issue.message}`);
    if (issues.length > 20) shown.push(`  … and ${issues.length - 20} more`);
    console.warn(`[gov-widgets] <${this.localName}> ${url ?? 'data'}: ${issues.length} problem(s), the rest is shown:\n${shown.join('\n')}`);
  }

  #reportError(error: ContractError): void {
    const where = [error.url, error.path].filter(Boolean).join(' at ');
    console.warn(`[gov-widgets] <${this.localName}> ${error.code}: ${error.message}${where ? ` (${where})` : ''}`, error.cause ?? '');
    const message = errorMessage(this.msg, error, this.section);
    emit<GovEventMap, 'gov-error'>(this, 'gov-error', {
      code: error.code,
      message,
      retryable: error.retryable,
      url: error.url,
      cause: error.message,
    } satisfies GovErrorDetail);
  }

  /** Whether the page gave light-DOM fallback content (anything but the inline data script). */
  protected get hasFallback(): boolean {
    for (const node of this.childNodes) {
      if (node instanceof HTMLScriptElement) continue;
      if (node.nodeType === Node.ELEMENT_NODE) return true;
      if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) return true;
    }
    return false;
  }

  override render(): TemplateResult {
    return html`<div class="base" part="base" lang=${this.uiLocale}>${this.renderState()}</div>`;
  }

  protected renderState(): unknown {
    const current = this.loadState;
    switch (current.status) {
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderError(current.error);
      case 'ready':
        return [this.renderModel(current.model), this.renderIssueNotice(current.issues)];
    }
  }

  protected renderLoading(): unknown {
    const label = html`<span class="visually-hidden">${this.msg('正在加载…', { id: 'core.loading' })}</span>`;
    if (this.hasFallback) {
      // The fallback shows in the space the content will take, so the page moves no more than without one.
      return html`<div class="loading-fallback"><div role="status">${label}</div><slot></slot></div>`;
    }
    return html`<div class="loading" part="loading" role="status">${label}</div>`;
  }

  protected renderError(error: ContractError): unknown {
    return html`<div class="error" part="error" role="alert">
        <p class="error-title">${errorTitle(this.msg, this.section)}</p>
        <p class="error-message">${errorMessage(this.msg, error, this.section)}</p>
        ${error.retryable
          ? html`<button class="button secondary" part="retry" type="button" @click=${this.#retry}>${this.msg('重试', { id: 'core.try-again' })}</button>`
          : nothing}
      </div>
      ${this.hasFallback ? html`<slot></slot>` : nothing}`;
  }

  /** A short note when records were left out because they were invalid. */
  protected renderIssueNotice(issues: readonly Issue[]): unknown {
    const skipped = countSkipped(issues, this.recordNoun);
    if (skipped === 0) return nothing;
    return html`<p class="notice" part="notice">${this.msg(str`有 ${formatNumber(skipped, this.uiLocale)} 条信息因数据格式有误未能显示。`, { id: 'core.entries-not-shown-because-their' })}</p>`;
  }

  #retry = (): void => {
    this.#focusAfterRetry = true;
    void this.reload();
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The loading placeholder (or the box of the fallback content) is sized through the CSSOM, in the same task
    // as the render. (Lit's styleMap writes
    // a `style` attribute on first render, which a strict `style-src 'self'` policy blocks, leaving a
    // placeholder of no height; the ref directive would do it too, for 0.45 KB more in every bundle.)
    this.renderRoot
      .querySelector<HTMLElement>('.base > .loading, .base > .loading-fallback')
      ?.style.setProperty('min-block-size', this.loadingBlockSize());
    if (this.#focusAfterRetry && this.loadState.status !== 'loading') {
      this.#focusAfterRetry = false;
      // Keep a keyboard user where they were: on the retry button again, or on the content that replaced it.
      const target = this.renderRoot.querySelector<HTMLElement>('[part~="retry"]') ?? this.renderRoot.querySelector<HTMLElement>('.base');
      if (target && !target.matches('button')) target.tabIndex = -1;
      target?.focus();
    }
  }
}
