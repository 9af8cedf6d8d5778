import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { validateQuestions } from '../../contract/index.js';
import { PagedDataController } from '../../core/data-controller.js';
import { GovElement } from '../../core/gov-element.js';
import { askFormSkeleton, loadingSize } from '../../core/loading-size.js';
import { warn } from '../../core/report.js';
import { controlStyles } from '../../core/styles.js';
import { themeStyles } from '../../core/theme.js';
import { LazyModule } from '../../core/lazy.js';
import { lazyView } from '../../core/view/lazy.js';
import type { AnsweredController } from './controllers/answered.js';
import { askFormStyles } from './ask-form.styles.js';
import type { AskTools } from './controllers/host.js';
import type { LookupController } from './controllers/lookup.js';
import type * as AnsweredChunk from './lazy/answered.js';
import type * as LookupChunk from './lazy/lookup.js';
import type * as ReceiptChunk from './lazy/receipt.js';
import { foreignEndpointMessage, foreignLookupMessage } from './labels.js';
import { createAskModel, type AskModel } from './model.js';
import { destinationOf, parseEndpointOrigins, type Destination } from './model/origins.js';
import { QuestionController } from './controllers/question.js';
import { FIELD_ORDER } from './model/rules.js';
import { REQUEST_TIMEOUT_MS } from './controllers/send.js';
import { controlId, renderForm } from './views/form.js';
import type { Receipt } from './views/success.js';
import { renderSummary, type SummaryEntry } from './views/summary.js';
import { renderTabs, type TabSpec } from './views/tabs.js';

export type AskView = 'ask' | 'lookup' | 'answered';

/**
 * Ask a department a question, look up its reply, and read questions already answered — without ever
 * losing a question or sending it twice. Reads the `questions` section of the disclosure contract.
 *
 * The form sends (name, phone, e-mail; the lookup's query code) only to the page's own origin. An endpoint
 * the document names on another origin is refused — the form says so and sends nothing — unless the page
 * lists that origin in `endpoint-origins`. Redirects of either endpoint are never followed.
 *
 * @summary The ask-a-question form of a county site: ask, look up (查询), answered questions (答复).
 * @tagname gov-ask-form
 *
 * @attr endpoint-origins - Origins besides the page's own that the document's `endpoints.submit` and `endpoints.lookup` may name, separated by spaces (`endpoint-origins="https://x.gov.cn"`). Page markup only: the document cannot set it. The page's CSP `connect-src` must allow them too.
 *
 * @event {CustomEvent<GovLoadDetail>} gov-load - The form is shown; `detail.count` is the number of answered questions read.
 * @event {CustomEvent<GovErrorDetail>} gov-error - An error is shown instead of the form.
 * @event {CustomEvent<GovAskSubmitDetail>} gov-ask-submit - Cancelable; before each attempt to send. Add fields (a captcha token) to `detail.payload`, call `detail.waitUntil(promise)` to hold the send (a captcha), or `preventDefault()` to stop this attempt.
 * @event {CustomEvent<GovAskSuccessDetail>} gov-ask-success - The endpoint confirmed the question; `detail.response` holds the request id and query code.
 * @event {CustomEvent<GovAskFailureDetail>} gov-ask-failure - A submit did not end in a confirmed question; `detail.reason` says why.
 *
 * @csspart tabs - The row of view tabs (提问 / 查询 / 答复).
 * @csspart tab - One tab.
 * @csspart panel - The panel of a view.
 * @csspart form - The question form.
 * @csspart error-summary - The list of problems after a failed submit (focus moves to it).
 * @csspart field-error - The message beside an invalid field.
 * @csspart character-count - The characters left under the title and the description.
 * @csspart submit - The submit button of the question form.
 * @csspart destination - Where the question is sent (the endpoint's host), under the submit button.
 * @csspart send-error - A failed submit or lookup (`role="alert"`), with `retry` where retrying can help; also a lookup endpoint refused for its origin.
 * @csspart send-note - The note, after a wait the endpoint asked for, that the question can be sent again.
 * @csspart draft-note - The note that a draft was restored, with the button that clears it.
 * @csspart draft-notice - The note that a draft is kept on this device (24 hours), with the button that deletes it.
 * @csspart success - The receipt view after a question was accepted.
 * @csspart receipt - The request id and query code (`<dl>`).
 * @csspart request-id - The request id (受理编号).
 * @csspart query-code - The query code (查询码).
 * @csspart copy - The button that copies the request id and query code.
 * @csspart copy-text - The selectable copy of both, where the Clipboard API is missing.
 * @csspart expected - When a reply is expected.
 * @csspart notice-text - The service's notice from the document, on the receipt.
 * @csspart lookup-form - The lookup form (request id and query code).
 * @csspart lookup-submit - The submit button of the lookup form.
 * @csspart not-found - The message when the lookup found nothing.
 * @csspart lookup-result - What the lookup found.
 * @csspart status - The status of the request looked up.
 * @csspart reply - The department's reply in the lookup result.
 * @csspart answered-list - The list of answered questions (`<ol>`).
 * @csspart answered-item - One answered question.
 * @csspart read-aloud - The read-aloud button (朗读 / 停止) of an answered question (with `read-aloud`, or in `care`, where the browser has a voice).
 * @csspart empty - The message when there are no answered questions.
 * @csspart pager - The previous and next buttons of the answered questions.
 * @csspart page-error - The message when the next page of answered questions failed to load.
 */
export class GovAskForm extends GovElement<'questions', AskModel> {
  static override styles = [...GovElement.styles, themeStyles, controlStyles, askFormStyles];

  static override properties: PropertyDeclarations = {
    requestTimeout: { attribute: false },
    endpointOrigins: { attribute: 'endpoint-origins' },
    view: {},
    announcement: { state: true, attribute: false },
    copyField: { state: true, attribute: false },
    copied: { state: true, attribute: false },
  };

  /**
   * How long a request may take, in ms, before it counts as failed (default and maximum sense: 20 000).
   * A property only: page markup cannot shorten it.
   */
  declare requestTimeout: number;

  /** @internal Delay before typing is written to the draft, ms. */
  draftDelay = 400;
  /** @internal Pause in typing before a count near its limit is announced, ms. */
  announceDelay = 1000;

  /**
   * Origins besides the page's own that the endpoints may be on, separated by spaces, e.g.
   * `"https://x.gov.cn"`. Personal data never goes to an origin that neither this nor the page's origin names.
   */
  declare endpointOrigins: string;

  /** The view shown: `ask` (the default), `lookup` or `answered` (when the document offers them). */
  declare view: AskView;
  declare private announcement: string;
  /** Whether the receipt is shown as a selectable text field (the copy fallback). */
  declare private copyField: boolean;
  /** The receipt was copied: the copy button says so until the reader's next action. */
  declare private copied: boolean;

  protected readonly loader = new PagedDataController(this, {
    section: 'questions',
    validator: validateQuestions,
    recordNoun: 'answered question',
    createModel: createAskModel,
    countRecords: (model: AskModel) => model.answered.length,
    errorLabels: (msg) => ({
      title: msg('留言咨询暂时无法使用', { id: 'core.questions-cannot-be-asked-right' }),
      section: msg('留言咨询', { id: 'core.questions' }),
    }),
  });

  /** What the controllers are given besides the element's public surface (see host.ts). */
  readonly #tools: AskTools = {
    loader: this.loader,
    // A view whose code is still loading has not drawn its target yet: asked again after the next update.
    focus: (target) =>
      this.focusAfterUpdate.request(
        typeof target === 'string' ? () => this.renderRoot.querySelector<HTMLElement>(target) ?? (this.#codeLoading() ? undefined : null) : target,
      ),
    announce: (text) => {
      this.announcement = text !== '' && this.announcement === text ? `${text}\u00a0` : text;
    },
    payloadLocale: () => this.language,
    honeypotValue: () => this.renderRoot.querySelector<HTMLInputElement>('#f-hp')?.value ?? '',
  };
  readonly #question = new QuestionController(this, this.#tools);
  // The lookup and the answered questions are secondary views: their code is a chunk of its own, loaded when
  // the reader first opens the view (most readers only ask). Their controllers are made when it arrives.
  readonly #lookupView = new LazyModule(this, 'the lookup view', () => import('./lazy/lookup.js'));
  readonly #answeredView = new LazyModule(this, 'the answered questions', () => import('./lazy/answered.js'));
  // So is the receipt, fetched while a question is being sent.
  readonly #receiptView = new LazyModule(this, 'the receipt', () => import('./lazy/receipt.js'));
  #lookup: LookupController | undefined;
  #answered: AnsweredController | undefined;
  /** A receipt's request id and query code, for the lookup form whose code has not arrived yet. */
  #prefill: { readonly id: string; readonly code: string } | undefined;
  #generation = 0;
  #submitTo: Destination | undefined;
  #lookupTo: Destination | undefined;
  /** The lookup endpoint when this page lets the form send there. */
  #lookupUrl: string | undefined;

  constructor() {
    super();
    this.requestTimeout = REQUEST_TIMEOUT_MS;
    this.endpointOrigins = '';
    this.view = 'ask';
    this.announcement = '';
    this.copyField = false;
    this.copied = false;
  }

  /** The view's form (or the first answered questions), unless the page sets the size. */
  protected override loadingBlockSize(): string {
    return loadingSize(askFormSkeleton(this.view));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const current = this.loader.state;
    if (current.status === 'ready' && this.loader.generation !== this.#generation) {
      this.#generation = this.loader.generation;
      this.#question.adopt(current.model, document.URL);
      this.#answered?.reset(current.model.answered, current.model.answeredNextUrl, current.model.documentUrl);
      this.#judgeEndpoints(current.model);
    } else if (changed.has('endpointOrigins') && this.loader.model) {
      this.#judgeEndpoints(this.loader.model);
    }
    if (current.status === 'ready') this.#lazyViews(current.model);
  }

  /** Loads the code of the view shown, and makes its controller once the code is there. */
  #lazyViews(model: AskModel): void {
    const shown = this.#shown(model);
    if (shown === 'lookup' && this.#lookupTo?.allowed) this.#lookupView.want();
    if (shown === 'answered') this.#answeredView.want();
    const { kind } = this.#question.phase;
    if (kind === 'sending' || kind === 'success') this.#receiptView.want();
    const lookup = this.#lookupView.module;
    if (lookup && !this.#lookup) {
      this.#lookup = new lookup.LookupController(this, this.#tools);
      this.#lookup.url = this.#lookupUrl;
      if (this.#prefill) this.#lookup.prefill(this.#prefill.id, this.#prefill.code);
      this.#prefill = undefined;
    }
    const answered = this.#answeredView.module;
    if (answered && !this.#answered) {
      this.#answered = new answered.AnsweredController(this, this.#tools);
      this.#answered.reset(model.answered, model.answeredNextUrl, model.documentUrl);
    }
  }

  /** Where the endpoints are, and whether this page lets the form send there (see {@link GovAskForm.endpointOrigins}). */
  #judgeEndpoints(model: AskModel): void {
    const { origins, ignored } = parseEndpointOrigins(this.endpointOrigins);
    if (ignored.length) warn(this, `endpoint-origins: not an http(s) origin, ignored: ${ignored.join(' ')}`);
    const page = globalThis.location?.origin ?? '';
    this.#submitTo = destinationOf(model.submitUrl, page, origins);
    this.#lookupTo = model.lookupUrl !== undefined ? destinationOf(model.lookupUrl, page, origins) : undefined;
    this.#question.blocked = !this.#submitTo.allowed;
    this.#lookupUrl = this.#lookupTo?.allowed ? model.lookupUrl : undefined;
    if (this.#lookup) this.#lookup.url = this.#lookupUrl;
    for (const [what, to] of [
      ['submit', this.#submitTo],
      ['lookup', this.#lookupTo],
    ] as const) {
      if (to && !to.allowed) {
        warn(
          this,
          `endpoints.${what} ${to.url} is not on this page's origin (${page}): nothing is sent there. A page that means to send there lists the origin in the element's endpoint-origins attribute.`,
        );
      }
    }
  }

  #views(model: AskModel): TabSpec<AskView>[] {
    const views: TabSpec<AskView>[] = [{ id: 'ask', label: this.msg('提问', { id: 'ask.ask' }) }];
    if (model.lookupUrl) views.push({ id: 'lookup', label: this.msg('查询', { id: 'ask.look-up' }) });
    if (model.answered.length > 0 || model.answeredNextUrl) views.push({ id: 'answered', label: this.msg('答复', { id: 'ask.answered-2' }) });
    return views;
  }

  /** The view shown: a view the document does not offer (or a mistyped `view` attribute) shows the form, never nothing. */
  #shown(model: AskModel): AskView {
    return this.#views(model).some((v) => v.id === this.view) ? this.view : 'ask';
  }

  #select = (view: AskView, focus: boolean): void => {
    this.view = view;
    if (focus) this.focusAfterUpdate.request(`#tab-${view}`);
  };

  #follow = (target: string): void => {
    const control = this.renderRoot.querySelector<HTMLElement>(`#${target}`);
    control?.scrollIntoView?.({ block: 'center' });
    control?.focus();
  };

  protected renderModel(model: AskModel): TemplateResult {
    const views = this.#views(model);
    const tabbed = views.length > 1;
    const shown = this.#shown(model);
    const panel = (view: AskView, content: unknown): TemplateResult => html`<div
      class="panel"
      part="panel"
      id=${`panel-${view}`}
      role=${tabbed ? 'tabpanel' : nothing}
      aria-labelledby=${tabbed ? `tab-${view}` : nothing}
      ?hidden=${shown !== view}
    >${content}</div>`;
    return html`${tabbed ? renderTabs(views, shown, this.msg('留言咨询', { id: 'core.questions' }), this.#select) : nothing}
      ${panel('ask', this.#renderAsk(model))}
      ${views.some((v) => v.id === 'lookup') ? panel('lookup', this.#renderLookup(model)) : nothing}
      ${views.some((v) => v.id === 'answered') ? panel('answered', this.#renderAnswered(model)) : nothing}
      <div class="visually-hidden" id="announce" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  #renderAsk(model: AskModel): unknown {
    const q = this.#question;
    if (this.#submitTo && !this.#submitTo.allowed) {
      return html`<div class="problem" part="send-error" role="alert"><p>${foreignEndpointMessage(this.msg, this.#submitTo.host)}</p></div>`;
    }
    const { phase } = q;
    if (phase.kind === 'success') {
      return lazyView(
        this.#receiptView,
        this.msg,
        (chunk) => this.#drawReceipt(chunk.renderSuccess, phase.receipt, model),
        () => this.#retryView(this.#receiptView, 'ask', '#success-title'),
      );
    }
    const errors = q.fieldErrors();
    let top: unknown = nothing;
    if (phase.kind === 'invalid') {
      const entries: SummaryEntry[] = FIELD_ORDER.filter((f) => errors.has(f)).map((f) => ({ target: controlId(f), text: errors.get(f)! }));
      entries.push(...q.generalErrors.map((text) => ({ text })));
      top = renderSummary(this.msg, entries, this.#follow);
    } else if (phase.kind === 'failed' || phase.kind === 'waiting') {
      top = keyed(
        q.attempt,
        html`<div class="problem" part="send-error" role="alert">
          <p>${q.problem()}</p>
          ${
            phase.kind === 'failed' && phase.reason !== 'bot' && phase.reason !== 'redirected'
              ? html`<button class="button secondary" part="retry" type="button" @click=${() => void q.submit()}>${this.msg('重新提交', { id: 'ask.send-again' })}</button>`
              : nothing
          }
        </div>`,
      );
    } else if (phase.kind === 'ready-again') {
      top = html`<div class="note" part="send-note"><p>${this.msg('现在可以重新提交了。', { id: 'ask.you-can-send-your-question' })}</p></div>`;
    } else if (phase.kind === 'conflict') {
      top = html`<div class="problem" part="send-error" role="alert">
        <p>${this.msg('这个问题在网络中断前已经送达。为免重复，修改后的内容没有发送。', { id: 'ask.this-question-had-already-arrived' })}</p>
        <button class="button secondary" type="button" @click=${q.sendAsNew}>${this.msg('把修改后的内容作为新问题提交', { id: 'ask.send-the-changed-text-as' })}</button>
      </div>`;
    } else if (q.draftNote) {
      top = html`<div class="note" part="draft-note">
        <p>${
          q.draftNote === 'sent'
            ? this.msg('上次提交时页面被关闭了，留言可能已经送达。再次提交不会重复。姓名和联系方式不会保存在本设备上，请重新填写。', {
                id: 'ask.the-page-was-closed-while',
              })
            : this.msg('已恢复您上次没有提交的内容。姓名和联系方式不会保存在本设备上，请重新填写。', { id: 'ask.what-you-wrote-last-time' })
        }</p>
        <button class="button secondary" type="button" @click=${q.discardDraft}>${this.msg('清空重填', { id: 'ask.clear-and-start-again' })}</button>
      </div>`;
    }
    return renderForm({
      model,
      language: this.language,
      msg: this.msg,
      values: q.values,
      errors,
      busy: q.busy,
      submitLabel: phase.kind === 'sending' ? this.msg('正在发送…', { id: 'ask.sending' }) : this.msg('提交留言', { id: 'ask.send-question' }),
      top,
      destination: this.#submitTo?.host ?? '',
      drafted: q.drafted,
      onClearDraft: q.discardDraft,
      onInput: q.onInput,
      onSubmit: q.onSubmit,
    });
  }

  #codeLoading(): boolean {
    return [this.#lookupView, this.#answeredView, this.#receiptView].some((lazy) => lazy.state.status === 'loading');
  }

  #drawReceipt(renderSuccess: typeof ReceiptChunk.renderSuccess, receipt: Receipt, model: AskModel): TemplateResult {
    return renderSuccess({
      receipt,
      locale: this.uiLocale,
      msg: this.msg,
      hasLookup: model.lookupUrl !== undefined,
      copyField: this.copyField,
      copied: this.copied,
      onCopy: () => void this.#copy(),
      onAction: () => {
        this.copied = false;
      },
      onLookup: () => {
        if (this.#lookup) this.#lookup.prefill(receipt.id, receipt.code);
        else this.#prefill = { id: receipt.id, code: receipt.code };
        this.#select('lookup', true);
      },
      onAnother: () => {
        this.copyField = false;
        this.copied = false;
        this.#question.another();
      },
    });
  }

  /**
   * Loads a view's code again after it failed. Focus goes where the reader can go on: the retry again if it failed
   * again, else `then` (the view's tab, the receipt's heading).
   */
  #retryView(lazy: LazyModule<unknown>, view: AskView, then: string = `#tab-${view}`): void {
    void lazy.load();
    this.focusAfterUpdate.request(() => {
      if (lazy.state.status === 'loading') return undefined;
      return this.renderRoot.querySelector<HTMLElement>(`#panel-${view} [part~="retry"]`) ?? this.renderRoot.querySelector<HTMLElement>(then);
    });
  }

  #renderLookup(model: AskModel): unknown {
    if (this.#lookupTo && !this.#lookupTo.allowed) {
      return html`<div class="problem" part="send-error" role="alert"><p>${foreignLookupMessage(this.msg, this.#lookupTo.host)}</p></div>`;
    }
    return lazyView(
      this.#lookupView,
      this.msg,
      (chunk) => this.#drawLookup(chunk.renderLookup, model),
      () => this.#retryView(this.#lookupView, 'lookup'),
    );
  }

  #drawLookup(renderLookup: typeof LookupChunk.renderLookup, model: AskModel): unknown {
    const l = this.#lookup;
    if (!l) return nothing;
    const errors = l.errors();
    const problem = l.problem();
    return renderLookup({
      values: l.values,
      errors,
      busy: l.busy,
      submitLabel: l.phase.kind === 'sending' ? this.msg('正在查询…', { id: 'ask.looking-up' }) : this.msg('查询', { id: 'ask.look-up' }),
      top: problem ? keyed(l.attempt, html`<div class="problem" part="send-error" role="alert"><p>${problem}</p></div>`) : nothing,
      notFound: l.phase.kind === 'not-found',
      result: l.phase.kind === 'found' ? l.phase.response : undefined,
      language: this.language,
      locale: this.uiLocale,
      msg: this.msg,
      organizations: model.organizations,
      onInput: l.onInput,
      onSubmit: l.onSubmit,
    });
  }

  #renderAnswered(model: AskModel): unknown {
    return lazyView(
      this.#answeredView,
      this.msg,
      (chunk) => this.#drawAnswered(chunk.renderAnswered, model),
      () => this.#retryView(this.#answeredView, 'answered'),
    );
  }

  #drawAnswered(renderAnswered: typeof AnsweredChunk.renderAnswered, model: AskModel): unknown {
    const a = this.#answered;
    if (!a) return nothing;
    return renderAnswered({
      items: a.current.items,
      page: a.index + 1,
      hasPrevious: a.index > 0,
      hasNext: a.hasNext,
      loading: a.loading,
      failed: a.failed,
      language: this.language,
      locale: this.uiLocale,
      msg: this.msg,
      organizations: model.organizations,
      serviceNames: model.serviceNames,
      onPrevious: a.previous,
      onNext: () => void a.next(),
      speaker: this.speaker,
    });
  }

  /**
   * Copies "request id, query code" with the Clipboard API. Where it is missing (plain http) or refused, the
   * receipt appears in a read-only text field, as tall and wide as its text, that takes focus with its text
   * selected (a selection inside a text field works in every engine, unlike a range inside a shadow root in
   * WebKit), and the legacy copy command is tried on it. A copy that worked shows on the button too.
   */
  #copy = async (): Promise<void> => {
    const { phase } = this.#question;
    if (phase.kind !== 'success') return;
    const say = (text: () => string): void => this.#tools.announce(text());
    const receipt = this.#receiptView.module?.receiptText(this.msg, phase.receipt);
    if (receipt === undefined) return; // no receipt drawn, no copy button
    try {
      await navigator.clipboard.writeText(receipt);
      this.copied = true;
      return say(() => this.msg('已复制受理编号和查询码。', { id: 'ask.request-number-and-query-code-copied' }));
    } catch {
      // Not a secure context, no permission, or an old in-app browser.
    }
    this.copyField = true;
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>('#copy-text');
    if (!field) return;
    // Tall enough for the whole text at this width (a narrow phone wraps it): nothing is scrolled out of sight.
    // Through the CSSOM, which a strict style-src allows (see the loading placeholder in gov-element.ts).
    field.style.setProperty('block-size', 'auto');
    field.style.setProperty('block-size', `${field.scrollHeight + field.offsetHeight - field.clientHeight}px`);
    field.focus();
    field.select();
    field.setSelectionRange(0, field.value.length);
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    this.copied = copied;
    say(() =>
      copied
        ? this.msg('已复制受理编号和查询码。', { id: 'ask.request-number-and-query-code-copied' })
        : this.msg('已选中受理编号和查询码，请长按或按 Ctrl+C 复制。', { id: 'ask.request-number-and-query-code-selected' }),
    );
  };
}
