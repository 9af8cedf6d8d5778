/**
 * A widget's data, as a Lit reactive controller: source → load (shared cache, time limit) → validate (items
 * kept or reported) → the widget's model. It also reloads (the retry button), reports what it could not use
 * (src/core/report.ts), and fires `gov-load` and `gov-error`; {@link PagedDataController} also appends further
 * pages of the same data (a feed's `next_url`, a questions section's `answered_next_url`). The element only
 * reads {@link DataController.state}.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Issue } from '../contract/check.js';
import { ContractError, toContractError } from '../contract/errors.js';
import { loadSectionWith, parseJson, type LoadedSection, type LoadOptions, type SectionValidator, type Source, type XmlReader } from '../contract/load.js';
import type { UiLocale } from '../contract/localized.js';
import type { SectionName } from '../contract/types.js';
import { safeUrl } from '../contract/url.js';
import { warmFormats } from './format.js';
import { emit, type GovErrorDetail, type GovEventMap, type GovLoadDetail } from './events.js';
import { localizer, type Msg } from './i18n.js';
import { errorMessage, type ErrorLabels } from './messages.js';
import { reportError, reportIssues } from './report.js';

export type LoadState<M> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly model: M; readonly issues: readonly Issue[] }
  | { readonly status: 'error'; readonly error: ContractError };

/** What the controller needs from its element: where the data is named, and the language errors are told in. */
export interface DataHost extends ReactiveControllerHost, Element {
  /** URL of a discovery document or of the section document. */
  readonly src?: string | undefined;
  /** A document given directly (takes precedence over an inline script and `src`). */
  readonly data?: unknown;
  /** The UI locale of the `gov-error` message. */
  readonly uiLocale: UiLocale;
  /**
   * Settles when the host speaks its language (its UI catalog has arrived, or it fell back to zh-Hans): the
   * data or the error is shown, and `gov-load` / `gov-error` fired, only then, so the error's message is in
   * the reader's language and nothing is drawn in a language about to change.
   */
  readonly languageReady: Promise<void>;
}

/** Which data a widget shows, and how it becomes the widget's model. */
export interface DataSpec<S extends SectionName, M> {
  /** The section of the contract. */
  readonly section: S;
  /** That section's validator (`validatePolicyFeed` …): named by the widget, so its bundle holds no other. */
  readonly validator: SectionValidator<S>;
  /** What a list record is called in issues (`item`, `account` …): left-out ones are counted for the notice. */
  readonly recordNoun: string;
  /** Turns a loaded section into what the widget draws. Language-independent: text is picked at render. */
  createModel(loaded: LoadedSection<S>): M;
  /** How many records the model has, for `gov-load`. */
  countRecords(model: M): number;
  /** The words for this section in error messages, through the widget's `msg`. */
  errorLabels(msg: Msg): ErrorLabels;
  /**
   * Makes the widget's own `Intl` objects (beyond the date and number formatters of core/format.ts, which
   * every widget warms) while the request is in flight; they are cached, so render finds them made.
   */
  warm?(locale: UiLocale): void;
  /** Reads a document that is XML (the feed's RSS/Atom reader, loaded on demand); see `LoadOptions.readXml`. */
  readonly readXml?: XmlReader;
}

/** A further page as the contract's page loaders return it. */
export interface LoadedPage {
  readonly issues: readonly Issue[];
  readonly documentUrl: string;
}

export class DataController<S extends SectionName, M> implements ReactiveController {
  /** Where the data stands: loading, ready (with the model and the issues found), or failed. */
  state: LoadState<M> = { status: 'loading' };
  /** Injected by tests and tools: a `fetch`, a private cache, a shorter time limit. */
  options: LoadOptions = {};

  protected readonly host: DataHost;
  readonly #spec: DataSpec<S, M>;
  /** Bumped by each load: an answer (or a further page) that arrives for an older one is dropped. */
  #loadId = 0;
  #done: Promise<void> = Promise.resolve();
  /** The `src` and `data` the current load started from; undefined before the host's first update. */
  #from: { readonly src: string | undefined; readonly data: unknown } | undefined;

  constructor(host: DataHost, spec: DataSpec<S, M>) {
    this.host = host;
    this.#spec = spec;
    host.addController(this);
  }

  get spec(): DataSpec<S, M> {
    return this.#spec;
  }

  /**
   * Changes with every load (not with an appended page): a widget that keeps the reader's place (page,
   * search, chips) starts again at the top when this changes.
   */
  get generation(): number {
    return this.#loadId;
  }

  /** The model when the data is shown, else undefined. */
  get model(): M | undefined {
    return this.state.status === 'ready' ? this.state.model : undefined;
  }

  /** Settles when the current load has ended (state ready or error); the render is the host's to await. */
  get done(): Promise<void> {
    return this.#done;
  }

  /**
   * Starts the first load in the host's first update, so properties set right after the element is created
   * (el.src = …, el.data = …) are the ones used; and loads again when `src` or `data` changes.
   */
  hostUpdate(): void {
    const { src, data } = this.host;
    if (this.#from && this.#from.src === src && this.#from.data === data) return;
    this.#from = { src, data };
    void this.reload();
  }

  /** Loads the data again: from `data`, an inline JSON script, or `src`. */
  reload(): Promise<void> {
    const id = ++this.#loadId;
    this.commit({ status: 'loading' });
    this.#done = this.#load(id);
    return this.#done;
  }

  /** Sets the state and asks the host to draw it (for {@link PagedDataController}; widgets only read it). */
  protected commit(next: LoadState<M>): void {
    this.state = next;
    this.host.requestUpdate();
  }

  async #load(id: number): Promise<void> {
    const spec = this.#spec;
    let next: LoadState<M>;
    let url: string | undefined;
    try {
      // A `src` alone starts its request here, in the host's update, before the loading state is drawn.
      const source = this.#srcAlone() ?? (await this.#source());
      if (id !== this.#loadId) return;
      url = 'url' in source ? source.url : undefined;
      const loading = loadSectionWith(spec.section, spec.validator, source, spec.readXml ? { readXml: spec.readXml, ...this.options } : this.options);
      // The request is out (fetch is called before loadSectionWith's first await). Once the loading state is
      // drawn, make the Intl formatters the views will need, while the network is busy rather than after the
      // data arrives (the first Intl object of a page loads the engine's locale data).
      void this.host.updateComplete.then(() => {
        warmFormats(this.host.uiLocale);
        spec.warm?.(this.host.uiLocale);
      });
      const loaded = await loading;
      if (id !== this.#loadId) return;
      url = loaded.documentUrl;
      next = { status: 'ready', model: spec.createModel(loaded), issues: loaded.issues };
    } catch (error) {
      if (id !== this.#loadId) return;
      next = { status: 'error', error: toContractError(error) };
    }
    await this.host.languageReady;
    if (id !== this.#loadId) return;
    this.commit(next);
    const host = this.host;
    if (next.status === 'ready') {
      reportIssues(host, next.issues, url);
      emit<GovEventMap, 'gov-load'>(host, 'gov-load', {
        section: spec.section,
        count: spec.countRecords(next.model),
        issues: next.issues,
        url: url?.startsWith('http') ? url : undefined,
      } satisfies GovLoadDetail);
    } else {
      const error = next.error;
      reportError(host, error);
      const msg = localizer(host.uiLocale);
      const message = errorMessage(msg, error, spec.errorLabels(msg));
      emit<GovEventMap, 'gov-error'>(host, 'gov-error', {
        code: error.code,
        message,
        retryable: error.retryable,
        url: error.url,
        cause: error.message,
      } satisfies GovErrorDetail);
    }
  }

  /** The `src` URL when it is the source (no `data`, no inline JSON script) and usable; else undefined. */
  #srcAlone(): Source | undefined {
    const { data, src } = this.host;
    if (data !== undefined || src === undefined || src.trim() === '' || this.host.querySelector(':scope > script[type="application/json"]')) return undefined;
    const url = safeUrl(src, document.baseURI);
    return url === null ? undefined : { url };
  }

  /** Where the data comes from: `data`, else an inline JSON script, else `src`. */
  async #source(): Promise<Source> {
    const host = this.host;
    const base = document.baseURI;
    if (host.data !== undefined) return { document: host.data, base };
    let script = host.querySelector(':scope > script[type="application/json"]');
    if (!script && host.src === undefined && document.readyState === 'loading') {
      // Upgraded before the parser reached our children: wait for them.
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
      script = host.querySelector(':scope > script[type="application/json"]');
    }
    if (script) return { document: parseJson(script.textContent ?? '', `${base} (inline <script type="application/json">)`), base };
    if (host.src !== undefined && host.src.trim() !== '') {
      const url = safeUrl(host.src, base);
      if (url === null) {
        // A page's mistake (javascript:, blob:, file:, data: …): no request, and no retry, which could never work.
        throw new ContractError('bad-source', `src is not an http(s) or relative URL: ${JSON.stringify(host.src.slice(0, 200))}`);
      }
      return { url };
    }
    throw new ContractError('no-source', 'no src attribute, inline <script type="application/json"> or data property');
  }
}

/**
 * A {@link DataController} whose data continues in further pages (a feed's `next_url`, a questions section's
 * `answered_next_url`). Its own class so that a widget without pages (the directory) does not carry the code.
 */
export class PagedDataController<S extends SectionName, M> extends DataController<S, M> {
  /**
   * Loads a further page of the data shown (`load(url, options)` is a contract page loader) and, with
   * `merge`, makes it part of the model: the new model replaces the old, and the issues the page and the
   * merge found join the state's. Issues are reported; a failure is reported (as `what`) and thrown as a
   * ContractError. Resolves to the page, or to undefined when the data was reloaded or another page appended
   * meanwhile (the page is dropped) or nothing is shown; a failure after `signal` aborted is not reported
   * either (a page that did arrive is still merged).
   */
  async appendPage<P extends LoadedPage>(
    what: string,
    url: string,
    load: (url: string, options: LoadOptions) => Promise<P>,
    merge?: (model: M, page: P) => { readonly model: M; readonly issues: readonly Issue[] },
    signal?: AbortSignal,
  ): Promise<P | undefined> {
    const before = this.state;
    if (before.status !== 'ready') return undefined;
    const id = this.generation;
    const current = (): boolean => id === this.generation && this.state === before;
    let page: P;
    try {
      page = await load(url, this.options);
    } catch (error) {
      if (!current() || signal?.aborted) return undefined;
      const failure = toContractError(error);
      reportError(this.host, failure, what, url);
      throw failure;
    }
    if (!current()) return undefined;
    const merged = merge?.(before.model, page);
    const issues = merged ? [...page.issues, ...merged.issues] : page.issues;
    reportIssues(this.host, issues, page.documentUrl);
    if (merged) this.commit({ status: 'ready', model: merged.model, issues: [...before.issues, ...issues] });
    return page;
  }
}
