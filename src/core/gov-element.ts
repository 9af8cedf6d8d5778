/**
 * The element base every widget extends: thin, the shared surface only.
 *
 * - the properties `src`, `data`, `care`, `readAloud`;
 * - language: own `lang`, else the nearest ancestor's across shadow roots, else `zh-Hans`; a zh-Hant or English
 *   widget waits for its UI catalog (src/core/i18n.ts) in its loading state, and speaks zh-Hans when it fails;
 * - theme tokens, `care` mode, RTL (see `styles.ts`);
 * - drawing the data's state: the loading placeholder (saying it is loading; the light-DOM fallback stays hidden), the error
 *   (`role="alert"`, `part="error"`, a message in the reader's language, a retry where it helps) and a note when
 *   some records could not be shown.
 *
 * The data itself — source → load → validate → model, reload, further pages, issue reports, `gov-load` and
 * `gov-error` — is the widget's {@link DataController} (`loader`), which it creates with its section's spec.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { countSkipped, type Issue } from '../contract/check.js';
import type { ContractError } from '../contract/errors.js';
import type { LoadOptions } from '../contract/load.js';
import { DEFAULT_LANGUAGE, uiLocaleFor, type UiLocale } from '../contract/localized.js';
import type { SectionName } from '../contract/types.js';
import { VERSION } from '../version.js';
import type { DataController } from './data-controller.js';
import { FocusAfterUpdate } from './focus.js';
import { formatNumber } from './format.js';
import { hasCatalog, loadCatalog, loadingWords, localizer, type Msg } from './i18n.js';
import { elementLanguage, unwatchLanguage, watchLanguage } from './language.js';
import { lazySettled } from './lazy.js';
import { loadingSize } from './loading-size.js';
import { ReadAloud, type Speaker } from './read-aloud.js';
import { errorMessage } from './messages.js';
import { warn } from './report.js';
import { baseStyles, tokenStyles } from './styles.js';
import { readAloudStyles } from './view/read-aloud.js';

export type { LoadState } from './data-controller.js';

/** @internal Options for tests and tools: an injected `fetch`, a private cache, a shorter time limit. */
export type GovLoadOptions = LoadOptions;

/**
 * The converter of every boolean attribute (`type: Boolean, converter: BOOLEAN_ATTRIBUTE`), as integrators expect it: present means on, except the value `false` (any case, spaces
 * ignored). Vue binds `:show-inactive="false"` to an element not defined yet as the attribute `"false"`, and
 * CMS templates write `care="false"`; HTML's own rule (present = true) would turn those on.
 */
export const BOOLEAN_ATTRIBUTE = {
  fromAttribute: (value: string | null): boolean => value !== null && value.trim().toLowerCase() !== 'false',
} as const;

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
 * @cssproperty --gov-font-size - Base size, in px or in em of the reader's default font size (the CSS `medium`, which is also the default): the widget sizes everything from it, and the page's root or text size never changes it. `care` makes it larger.
 * @cssproperty --gov-radius - Corner radius.
 * @cssproperty --gov-space - Base spacing.
 * @cssproperty --gov-loading-block-size - The space the widget holds while its data loads (default: a modest skeleton); set it to the widget's usual height and the page does not move when the data arrives. `em` is the widget's font size. The CSS snippet reads it too.
 *
 * @event {CustomEvent<GovLoadDetail>} gov-load - Data arrived and is shown.
 * @event {CustomEvent<GovErrorDetail>} gov-error - An error is shown instead of data.
 *
 * @slot - No-JavaScript fallback (for example a plain list of links): shown where the script does not run, and
 *   again under an error; hidden while the widget loads (it says so itself) and once it shows its content.
 */
export abstract class GovElement<S extends SectionName, M> extends LitElement {
  /** The gov-widgets version that defined this element. */
  static readonly version = VERSION;

  static override styles = [tokenStyles, baseStyles, readAloudStyles];

  // Plain static properties, no decorators (fields are `declare`d, set in the constructor). Internal state also
  // says `attribute: false`: Lit needs only `state: true`, but the manifest analyzer reads only `attribute`.
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    data: { attribute: false },
    care: { type: Boolean, converter: BOOLEAN_ATTRIBUTE, reflect: true },
    readAloud: { attribute: 'read-aloud' },
    theme: { reflect: true },
    language: { state: true, attribute: false },
    waitingFor: { state: true, attribute: false },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of a discovery document or of the widget's section document. */
  declare src?: string;

  /** A document given directly (takes precedence over an inline script and `src`). */
  declare data?: unknown;

  /** Aging-friendly mode: larger text, more contrast, larger targets. */
  declare care: boolean;

  /**
   * A 朗读 (read aloud) button on each policy, account and answer, read by the browser's own on-device voice in the
   * widget's language (`speechSynthesis`; nothing is sent anywhere). On in `care` mode; `read-aloud` turns it on
   * without care, `read-aloud="off"` off. Never shown where the browser has no voice for the language.
   */
  declare readAloud?: string | null;

  /**
   * `gov`: the red of most county sites (primary #b5171d, borders and danger to match) instead of the neutral
   * blue, in light, dark and `care` alike (src/core/theme.ts); any other value, or none, is the neutral default.
   * Colours set with `--gov-color-*` still win.
   */
  declare theme?: string;

  /**
   * The canonical language this widget speaks, in its UI and in the data text it picks: its `lang`, an
   * ancestor's, or `zh-Hans` — once the UI catalog of that language has arrived. Until then it stays what it
   * was (a language change at run time) or the widget shows its loading state (the first load); when the
   * catalog cannot be loaded it is `zh-Hans`. So every string built from it, in render or not, is in a language
   * whose words are here.
   */
  declare protected language: string;

  /** The language asked for (its `lang`, an ancestor's, or `zh-Hans`), whether or not its catalog is here. */
  #wanted: string | undefined;

  /** The language whose catalog is on its way, while it is; a reactive state, as the loading state shows it. */
  declare private waitingFor: string | undefined;

  /** Called once the widget speaks the language asked for (or gave up on it). */
  #waiters: (() => void)[] = [];

  /** The widget's data: created by the widget with its section's spec. */
  protected abstract readonly loader: DataController<S, M>;

  /** Moves focus to what the next render creates. */
  protected readonly focusAfterUpdate = new FocusAfterUpdate(this);

  readonly #readAloud = new ReadAloud(this);

  /** What the views draw read-aloud buttons with; `undefined` when there are to be none. */
  protected get speaker(): Speaker | undefined {
    return this.#readAloud.speaker;
  }

  constructor() {
    super();
    this.care = false;
    this.language = 'zh-Hans';
  }

  /** Draws the widget's content; its UI strings come from {@link msg}, passed to the views it calls. */
  protected abstract renderModel(model: M): unknown;

  /**
   * The block size of the loading placeholder (a CSS length): the page's `--gov-loading-block-size`, else a
   * modest skeleton (src/core/loading-size.ts), which the host-page snippet reserves too.
   */
  protected loadingBlockSize(): string {
    return loadingSize(12);
  }

  /** @internal Injected for tests and tools. */
  get loadOptions(): GovLoadOptions {
    return this.loader.options;
  }

  /** @internal */
  set loadOptions(options: GovLoadOptions) {
    this.loader.options = options;
  }

  /** The UI locale of this widget's strings. */
  get uiLocale(): UiLocale {
    return uiLocaleFor(this.language);
  }

  /**
   * Settles when the widget speaks the language it was asked for, or has fallen back to zh-Hans because that
   * language's catalog could not be loaded (at once when nothing is on its way). The data controller waits for
   * it before it shows data or an error and fires `gov-load` / `gov-error`.
   */
  get languageReady(): Promise<void> {
    return this.waitingFor === undefined ? Promise.resolve() : new Promise((resolve) => this.#waiters.push(resolve));
  }

  /**
   * This widget's `msg()`: UI strings in its language at the moment of the call — in render, in an event
   * handler or in an announcement alike, so no string can come out in another widget's language.
   */
  protected get msg(): Msg {
    return localizer(this.uiLocale);
  }

  /** Complete once code this update started loading on demand (a view, reading aloud) is drawn too, or its failure. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (await lazySettled(this)) complete = await super.getUpdateComplete();
    return complete;
  }

  /** Settles when the current load has ended (data shown or error shown), after the resulting render. */
  get loadComplete(): Promise<void> {
    // The first load starts in the first update; wait for it to have started.
    return this.updateComplete
      .then(() => this.loader.done)
      .then(() => this.updateComplete)
      .then(() => undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.languageChanged();
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
    const wanted = elementLanguage(this);
    // Also called for changes elsewhere on the page: only a new language here is acted on (and so a catalog
    // that failed is tried again on the next change of language, not on every lang attribute of the page).
    if (wanted === this.#wanted) return;
    this.#wanted = wanted;
    const locale = uiLocaleFor(wanted);
    if (hasCatalog(locale)) {
      this.#speak(wanted);
      return;
    }
    this.waitingFor = wanted;
    loadCatalog(locale).then(
      () => {
        if (this.#wanted === wanted) this.#speak(wanted);
      },
      (cause: unknown) => {
        if (this.#wanted !== wanted) return;
        warn(this, `${locale} UI strings not loaded, showing ${DEFAULT_LANGUAGE}:`, cause);
        this.#speak(DEFAULT_LANGUAGE);
      },
    );
  }

  #speak(language: string): void {
    this.language = language;
    this.waitingFor = undefined;
    for (const resolve of this.#waiters.splice(0)) resolve();
  }

  /** Loads the data again (the retry button calls this). Resolves when the new state is rendered. */
  reload(): Promise<void> {
    void this.loader.reload();
    return this.loadComplete;
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
    return html`<div class="base" part="base" lang=${this.#shownLocale()}>${this.renderState()}</div>`;
  }

  /**
   * The UI locale of what is drawn: that of {@link language}, except in the loading state while a catalog is on
   * its way, which already says "loading" in the language asked for.
   */
  #shownLocale(): UiLocale {
    return this.loader.state.status === 'loading' && this.waitingFor !== undefined ? uiLocaleFor(this.waitingFor) : this.uiLocale;
  }

  protected renderState(): unknown {
    const current = this.loader.state;
    switch (current.status) {
      case 'loading':
        return this.renderLoading();
      case 'error':
        return this.renderError(current.error);
      case 'ready':
        return [this.renderModel(current.model), this.renderIssueNotice(current.issues)];
    }
  }

  /**
   * The loading state: a visible "正在加载…" over a skeleton of the space the content will take. The page's
   * fallback stays hidden: it is written for readers without JavaScript ("需要开启 JavaScript"), which is untrue
   * now the widget runs; it comes back under an error.
   */
  protected renderLoading(): unknown {
    return html`<div class="loading" part="loading" role="status">
      <p class="loading-text">${loadingWords(this.#shownLocale())}</p>
      <div class="skeleton"></div>
    </div>`;
  }

  protected renderError(error: ContractError): unknown {
    const labels = this.loader.spec.errorLabels(this.msg);
    return html`<div class="error" part="error" role="alert">
        <p class="error-title">${labels.title}</p>
        <p class="error-message">${errorMessage(this.msg, error, labels)}</p>
        ${
          error.retryable
            ? html`<button class="button secondary" part="retry" type="button" @click=${this.#retry}>${this.msg('重试', { id: 'core.try-again' })}</button>`
            : nothing
        }
      </div>
      ${this.hasFallback ? html`<slot></slot>` : nothing}`;
  }

  /** A short note when records were left out because they were invalid. */
  protected renderIssueNotice(issues: readonly Issue[]): unknown {
    const skipped = countSkipped(issues, this.loader.spec.recordNoun);
    if (skipped === 0) return nothing;
    return html`<p class="notice" part="notice">${this.msg(str`有 ${formatNumber(skipped, this.uiLocale)} 条信息因数据格式有误未能显示。`, { id: 'core.entries-not-shown-because-their' })}</p>`;
  }

  #retry = (): void => {
    void this.reload();
    // Keep a keyboard user where they were: on the retry button again, or on the content that replaced it.
    this.focusAfterUpdate.request(() => {
      if (this.loader.state.status === 'loading') return undefined;
      const target = this.renderRoot.querySelector<HTMLElement>('[part~="retry"]') ?? this.renderRoot.querySelector<HTMLElement>('.base');
      if (target && !target.matches('button')) target.tabIndex = -1;
      return target;
    });
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The loading placeholder is sized through the CSSOM, in the same task
    // as the render. (Lit's styleMap writes
    // a `style` attribute on first render, which a strict `style-src 'self'` policy blocks, leaving a
    // placeholder of no height; the ref directive would do it too, for 0.45 KB more in every bundle.)
    this.renderRoot.querySelector<HTMLElement>('.base > .loading')?.style.setProperty('min-block-size', this.loadingBlockSize());
  }
}
