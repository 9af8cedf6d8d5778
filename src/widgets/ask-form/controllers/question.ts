/**
 * Asking: the values typed, the checks, the draft, and sending with one idempotency key per question.
 *
 * The key: made at the first attempt, saved with the draft (it is not personal data), and reused by every
 * later attempt — by the retry button, by submitting again, after a reload — until the endpoint confirms
 * the question. Editing after a failed attempt keeps it too:
 * - after a definite refusal (400/422, 429, another 4xx) nothing was stored, so the edited question goes
 *   under the same key;
 * - after an uncertain failure (timeout, network, 5xx) the first version may be stored. The endpoint then
 *   answers the edited version with 422 naming `idempotency_key` (a key holds one question). The form
 *   re-sends the version it had sent, which the endpoint answers as a replay with the original receipt, and
 *   says the later edits were not sent. Without that version (the page was reloaded meanwhile and the
 *   contact details typed differently) it says the question had arrived and offers to send the edited text
 *   as a new question, under a new key.
 * The only other way to a new key is a success (the next question) or discarding the draft.
 */
import type { ReactiveController } from 'lit';
import type { SubmitPayload, SubmitResponse } from '../../../contract/index.js';
import { emit } from '../../../core/events.js';
import { warn } from '../../../core/report.js';
import { localizer, type Msg } from '../../../core/i18n.js';
import { DraftStore, draftKey, sweepDrafts, type Draft, type SentQuestion } from './draft.js';
import type { GovAskEventMap, GovAskFailureReason } from '../events.js';
import type { AskHost, AskTools } from './host.js';
import { problemMessage, remainingText, fieldLabel, sendFailureMessage, waitMessage, type SendFailureReason } from '../labels.js';
import type { AskModel } from '../model.js';
import { buildPayload, newIdempotencyKey, QUESTION_FIELDS, sameQuestion } from '../model/payload.js';
import { checkQuestion, emptyValues, FIELD_ORDER, fieldOfServerError, textLength, type FieldName, type FormValues, type Problem } from '../model/rules.js';
import { sendQuestion, type SendOutcome } from './send.js';
import type { Receipt } from '../views/success.js';
import { addWorkdays, localDay } from '../model/workdays.js';

export type AskPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'failed'; readonly reason: SendFailureReason; readonly status: number | undefined }
  | { readonly kind: 'waiting'; readonly until: number }
  | { readonly kind: 'ready-again' }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'success'; readonly receipt: Receipt };

const DRAFT_FIELDS = new Set<string>(['service_code', 'organization_id', 'title', 'description']);
const TEXT_FIELDS = new Set<string>(['title', 'description', 'name', 'phone', 'email', 'organization_id']);

export interface AskFormHost extends AskHost {
  /** Delay before a change is written to the draft, ms. */
  readonly draftDelay: number;
  /** Pause in typing before a count near its limit is announced, ms. */
  readonly announceDelay: number;
}

export class QuestionController implements ReactiveController {
  values: FormValues = emptyValues();
  problems: readonly Problem[] = [];
  /** Messages of a 400/422, by field; those for no known field in `generalErrors`. */
  serverErrors = new Map<FieldName, string>();
  generalErrors: string[] = [];
  phase: AskPhase = { kind: 'idle' };
  /** Shown above the form after a draft came back: `sent` when an attempt had started before the reload. */
  draftNote: 'restored' | 'sent' | undefined;
  /** Changes on every answer, so an alert with the same words is announced again. */
  attempt = 0;
  /** Whether this device holds a draft of this form now (the notice with its clear button shows then). */
  drafted = false;
  /** Set by the element when the page does not allow the submit endpoint's origin: nothing is ever sent. */
  blocked = false;

  #model: AskModel | undefined;
  #store: DraftStore | undefined;
  #key: string | undefined;
  #sent = false;
  /** The distinct versions sent under the current key (in memory only: they hold contact details). */
  #versions: SubmitPayload[] = [];
  /** The non-personal fields last sent under the key (kept with the draft: survives a reload). */
  #sentQuestion: SentQuestion | undefined;
  #inFlight = false;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #countTimer: ReturnType<typeof setTimeout> | undefined;
  #waitTimer: ReturnType<typeof setTimeout> | undefined;
  #lastCount = '';

  /** The host's `msg()`: UI strings in the host's language at the moment of the call. */
  private get msg(): Msg {
    return localizer(this.host.uiLocale);
  }

  constructor(
    private readonly host: AskFormHost,
    private readonly tools: AskTools,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('pagehide', this.flushDraft);
    globalThis.addEventListener?.('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('pagehide', this.flushDraft);
    globalThis.removeEventListener?.('storage', this.#onStorage);
    this.flushDraft();
    clearTimeout(this.#countTimer);
  }

  /** True while a request is out or a 429 asks to wait: submitting sends nothing. */
  get busy(): boolean {
    return this.#inFlight || this.phase.kind === 'sending' || this.phase.kind === 'waiting';
  }

  /** Takes a (new) model: restores the draft kept for this page and endpoint, once. */
  adopt(model: AskModel, pageUrl: string): void {
    this.#model = model;
    const key = draftKey(pageUrl, model.submitUrl);
    if (this.#store?.key === key) return;
    sweepDrafts();
    this.#store = new DraftStore(key);
    const draft = this.#store.load();
    if (!draft) return;
    this.drafted = true;
    const values = { ...this.values };
    if (draft.service_code && model.rules.services.includes(draft.service_code)) values.service_code = draft.service_code;
    if (draft.organization_id && model.rules.recipients.includes(draft.organization_id)) values.organization_id = draft.organization_id;
    if (draft.title) values.title = draft.title;
    if (draft.description) values.description = draft.description;
    this.values = values;
    this.#key = draft.idempotency_key;
    this.#sent = draft.sent === true && this.#key !== undefined;
    this.#sentQuestion = draft.sent_question;
    this.draftNote = this.#sent ? 'sent' : draft.title || draft.description ? 'restored' : undefined;
  }

  /** Field messages in the reader's language (call inside the locale): the form's own, then the endpoint's. */
  fieldErrors(): Map<FieldName, string> {
    const out = new Map<FieldName, string>();
    for (const problem of this.problems) if (!out.has(problem.field)) out.set(problem.field, problemMessage(this.msg, problem));
    for (const [field, message] of this.serverErrors) if (!out.has(field)) out.set(field, message);
    return out;
  }

  /** The failure or wait message above the form, if any (call inside the locale). */
  problem(): string | undefined {
    const { phase } = this;
    if (phase.kind === 'failed') return sendFailureMessage(this.msg, phase.reason, phase.status);
    if (phase.kind === 'waiting') return waitMessage(this.msg, phase.until, this.host.uiLocale);
    return undefined;
  }

  onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const name = target.name;
    let changed: Partial<FormValues> | undefined;
    if (name === 'service_code') {
      if (target.checked) changed = { service_code: target.value };
    } else if (name === 'publish_consent' || name === 'consent') {
      changed = { [name]: target.checked };
    } else if (TEXT_FIELDS.has(name)) {
      changed = { [name]: target.value };
    }
    if (!changed) return;
    this.values = { ...this.values, ...changed };
    if (DRAFT_FIELDS.has(name)) this.#scheduleDraft();
    if (name === 'title' || name === 'description') this.#scheduleCount(name);
    this.host.requestUpdate();
  };

  onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  /** Checks and sends the question (the submit button, Enter, and the retry button all come here). */
  async submit(): Promise<void> {
    const model = this.#model;
    if (!model || this.busy || this.blocked) return;
    this.serverErrors = new Map();
    this.generalErrors = [];
    this.problems = checkQuestion(this.values, model.rules);
    if (this.problems.length > 0) return this.#invalid(undefined);
    if (this.tools.honeypotValue() !== '') {
      this.phase = { kind: 'failed', reason: 'bot', status: undefined };
      return this.#failed('bot', undefined);
    }
    this.#inFlight = true;
    try {
      // Another tab of this page may have sent this draft meanwhile: its key, so the question is stored once.
      if (this.#key === undefined) this.#adoptKey(this.#store?.load());
      const key = (this.#key ??= newIdempotencyKey());
      const own = buildPayload(this.values, model.rules, key, this.tools.payloadLocale());
      const payload: SubmitPayload = { ...own };
      const holds: PromiseLike<unknown>[] = [];
      let dispatching = true;
      const waitUntil = (promise: PromiseLike<unknown>): void => {
        if (!dispatching) throw new DOMException('gov-ask-submit: waitUntil() must be called while the event is dispatched', 'InvalidStateError');
        holds.push(promise);
      };
      let allowed: boolean;
      try {
        allowed = emit<GovAskEventMap, 'gov-ask-submit'>(
          this.host,
          'gov-ask-submit',
          { payload, attempt: this.#versions.length + 1, waitUntil },
          { cancelable: true },
        );
      } finally {
        dispatching = false;
      }
      if (allowed && holds.length > 0) {
        // Held by the integrator (a captcha): busy meanwhile, so a second click sends nothing.
        this.phase = { kind: 'sending' };
        this.host.requestUpdate();
        try {
          await Promise.all(holds);
        } catch (error) {
          warn(this.host, `submit cancelled: a gov-ask-submit waitUntil() promise was rejected: ${String(error)}`);
          allowed = false;
        }
      }
      if (!allowed) {
        this.phase = { kind: 'idle' };
        return;
      }
      // An integrator adds fields; the question and its key stay the form's own.
      for (const field of [...QUESTION_FIELDS, 'idempotency_key', 'locale'] as const) {
        if (own[field] === undefined) delete payload[field];
        else (payload as Record<string, unknown>)[field] = own[field];
      }
      this.#sent = true;
      // What may be stored under the key before this attempt (kept with the draft), then this attempt.
      const before = this.#sentQuestion;
      this.#sentQuestion = sentQuestionOf(payload);
      this.#saveDraft();
      if (!this.#versions.some((v) => sameQuestion(v, payload))) this.#versions.push(payload);
      this.phase = { kind: 'sending' };
      this.host.requestUpdate();
      this.tools.announce(this.msg('正在发送…', { id: 'ask.sending' }));
      const outcome = await sendQuestion(model.submitUrl, payload, { timeoutMs: this.host.requestTimeout });
      await this.#settle(outcome, model, payload, before);
    } finally {
      this.#inFlight = false;
      this.host.requestUpdate();
    }
  }

  /** `before`: the non-personal fields sent under the key before this attempt, if any (see {@link SentQuestion}). */
  async #settle(outcome: SendOutcome, model: AskModel, payload: SubmitPayload, before: SentQuestion | undefined): Promise<void> {
    if (outcome.kind !== 'success' && !mayBeStored(outcome)) {
      // This version was certainly not stored: the draft keeps what may have been.
      this.#sentQuestion = before;
      this.#saveDraft();
    }
    this.attempt++;
    this.tools.announce(''); // "sending…" is over: what follows is said by focus or an alert
    switch (outcome.kind) {
      case 'success':
        return this.#succeed(outcome.response, outcome.replayed, false, model, payload.idempotency_key);
      case 'conflict': {
        warn(this.host, `submit: ${outcome.cause}`);
        // The key holds an earlier version: ask for its receipt by sending that version again.
        const earlierVersions = this.#versions.filter((v) => !sameQuestion(v, payload)).reverse();
        // After a reload the versions sent are gone, but the draft kept what was sent (without contact details).
        if (before && !sameSent(before, payload)) earlierVersions.push(withSent(payload, before));
        for (const earlier of earlierVersions) {
          const replay = await sendQuestion(model.submitUrl, earlier, { timeoutMs: this.host.requestTimeout });
          if (replay.kind === 'success') return this.#succeed(replay.response, true, true, model, earlier.idempotency_key);
          if (replay.kind !== 'conflict') return this.#settle(replay, model, earlier, before);
        }
        this.phase = { kind: 'conflict' };
        return this.#failed('conflict', outcome.status);
      }
      case 'invalid': {
        for (const error of outcome.errors) {
          const field = fieldOfServerError(error.field, model.rules);
          if (field && !this.serverErrors.has(field)) this.serverErrors.set(field, error.message);
          else if (!field) this.generalErrors.push(error.message);
        }
        warn(this.host, `submit: ${outcome.cause}: ${JSON.stringify(outcome.errors).slice(0, 500)}`);
        if (this.serverErrors.size === 0 && this.generalErrors.length === 0) {
          this.phase = { kind: 'failed', reason: 'rejected', status: outcome.status };
          return this.#failed('rejected', outcome.status);
        }
        return this.#invalid(outcome.status);
      }
      case 'rate-limited': {
        warn(this.host, `submit: ${outcome.cause}`);
        this.phase = { kind: 'waiting', until: outcome.retryAt };
        clearTimeout(this.#waitTimer);
        this.#waitTimer = setTimeout(
          () => {
            if (this.phase.kind !== 'waiting') return;
            this.phase = { kind: 'ready-again' };
            this.tools.announce(this.msg('现在可以重新提交了。', { id: 'ask.you-can-send-your-question' }));
            this.host.requestUpdate();
          },
          Math.max(0, outcome.retryAt - Date.now()),
        );
        return this.#failed('rate-limited', outcome.status, outcome.retryAt);
      }
      default: {
        warn(this.host, `submit: ${outcome.cause}`);
        const status = 'status' in outcome ? outcome.status : undefined;
        this.phase = { kind: 'failed', reason: outcome.kind, status };
        return this.#failed(outcome.kind, status);
      }
    }
  }

  /**
   * The endpoint confirmed the question: the receipt shows, whatever else fails (a reply date that cannot be
   * counted is left out, with a warning).
   */
  #succeed(response: SubmitResponse, replayed: boolean, changesDropped: boolean, model: AskModel, key: string): void {
    let expected: string | undefined = response.expected_datetime;
    let counted: number | undefined;
    if (expected === undefined && model.replyWorkdays !== undefined) {
      try {
        expected = addWorkdays(localDay(new Date()), model.replyWorkdays, model.workingCalendar);
        counted = model.replyWorkdays;
      } catch (error) {
        expected = undefined;
        warn(this.host, `reply date not shown: ${(error as Error).message}`);
      }
    }
    const receipt: Receipt = {
      id: response.service_request_id,
      code: response.query_code,
      changesDropped,
      ...(expected !== undefined ? { expected } : {}),
      ...(counted !== undefined ? { countedWorkdays: counted, calendar: model.workingCalendar !== undefined } : {}),
      ...(response.service_notice ? { notice: response.service_notice } : {}),
    };
    this.phase = { kind: 'success', receipt };
    this.#forget();
    this.tools.focus('#success-title');
    emit<GovAskEventMap, 'gov-ask-success'>(this.host, 'gov-ask-success', {
      response,
      idempotencyKey: key,
      replayed,
      expectedDate: expected?.slice(0, 10),
    });
  }

  /** After a success or a discarded draft: a new question starts from nothing, with a new key. */
  #forget(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.#store?.clear();
    this.values = emptyValues();
    this.problems = [];
    this.serverErrors = new Map();
    this.generalErrors = [];
    this.#key = undefined;
    this.#sent = false;
    this.#versions = [];
    this.#sentQuestion = undefined;
    this.draftNote = undefined;
    this.drafted = false;
  }

  #invalid(status: number | undefined): void {
    this.phase = { kind: 'invalid' };
    this.tools.focus('.summary');
    this.host.requestUpdate();
    const fields = FIELD_ORDER.filter((f) => this.problems.some((p) => p.field === f) || this.serverErrors.has(f));
    this.#failed('invalid', status, undefined, fields);
  }

  #failed(reason: GovAskFailureReason, status: number | undefined, retryAt?: number, fields: readonly string[] = []): void {
    const message =
      reason === 'invalid'
        ? this.msg('请修改以下问题后再提交', { id: 'ask.please-correct-the-following-before' })
        : reason === 'conflict'
          ? this.msg('这个问题在网络中断前已经送达。为免重复，修改后的内容没有发送。', { id: 'ask.this-question-had-already-arrived' })
          : (this.problem() ?? '');
    emit<GovAskEventMap, 'gov-ask-failure'>(this.host, 'gov-ask-failure', { reason, status, message, fields, retryAt });
    this.host.requestUpdate();
  }

  /** "Send as a new question" after a conflict: the edited text under a new key. */
  sendAsNew = (): void => {
    if (this.busy) return;
    this.#key = undefined;
    this.#versions = [];
    this.#sentQuestion = undefined;
    this.phase = { kind: 'idle' };
    void this.submit();
  };

  /** "Ask another question" after a success. */
  another = (): void => {
    this.phase = { kind: 'idle' };
    this.tools.focus('#f-service_code-0');
    this.host.requestUpdate();
  };

  /** "Discard" on a restored draft: empties the form and forgets the draft and its key. */
  discardDraft = (): void => {
    if (this.busy) return;
    this.#forget();
    this.phase = { kind: 'idle' };
    this.tools.focus('#f-service_code-0');
    this.tools.announce(this.msg('已清除本设备上暂存的内容。', { id: 'ask.what-was-kept-on-this' }));
    this.host.requestUpdate();
  };

  /** Takes the key (and what was sent under it) from a draft another tab wrote, when this form has none yet. */
  #adoptKey(draft: Draft | undefined): void {
    if (this.#key !== undefined || !draft?.idempotency_key) return;
    this.#key = draft.idempotency_key;
    this.#sent = draft.sent === true;
    this.#sentQuestion = draft.sent_question;
  }

  /** Another tab wrote this page's draft: adopt the key it sends under (see {@link QuestionController.submit}). */
  #onStorage = (event: StorageEvent): void => {
    const store = this.#store;
    if (!store || event.key !== store.key || this.phase.kind === 'success') return;
    this.#adoptKey(store.parse(event.newValue));
  };

  #draft(): Draft {
    const { service_code, organization_id, title, description } = this.values;
    return {
      service_code,
      organization_id,
      title,
      description,
      ...(this.#key ? { idempotency_key: this.#key } : {}),
      ...(this.#sent ? { sent: true } : {}),
      ...(this.#key && this.#sentQuestion ? { sent_question: this.#sentQuestion } : {}),
    };
  }

  #saveDraft(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    if (!this.#store) return;
    const draft = this.#draft();
    const saved = this.#store.save(draft);
    const drafted = saved && Boolean(draft.service_code || draft.organization_id || draft.title || draft.description);
    if (drafted !== this.drafted) {
      this.drafted = drafted;
      this.host.requestUpdate();
    }
  }

  #scheduleDraft(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#saveDraft(), this.host.draftDelay);
  }

  /** Writes a pending draft change now (the page is going away, or the element is removed). */
  flushDraft = (): void => {
    if (this.#saveTimer !== undefined) this.#saveDraft();
  };

  /** Announces the count of a text field after a pause in typing, only near or over its limit. */
  #scheduleCount(field: 'title' | 'description'): void {
    clearTimeout(this.#countTimer);
    this.#countTimer = setTimeout(() => {
      const model = this.#model;
      if (!model) return;
      const max = field === 'title' ? model.rules.maxTitle : model.rules.maxBody;
      const remaining = max - textLength(this.values[field].trim());
      if (remaining > Math.max(5, Math.ceil(max * 0.1))) {
        this.#lastCount = '';
        return;
      }
      const text = `${fieldLabel(this.msg, field)}：${remainingText(this.msg, remaining)}`;
      if (text === this.#lastCount) return;
      this.#lastCount = text;
      this.tools.announce(text);
    }, this.host.announceDelay);
  }
}

/** The non-personal fields of a payload, as the draft keeps them. */
function sentQuestionOf(payload: SubmitPayload): SentQuestion {
  return {
    service_code: payload.service_code,
    ...(payload.organization_id !== undefined ? { organization_id: payload.organization_id } : {}),
    title: payload.title,
    description: payload.description,
    publish_consent: payload.publish_consent === true,
  };
}

function sameSent(sent: SentQuestion, payload: SubmitPayload): boolean {
  const other = sentQuestionOf(payload);
  return (['service_code', 'organization_id', 'title', 'description', 'publish_consent'] as const).every((f) => sent[f] === other[f]);
}

/** `payload` (its contact details, key and extras) with the question fields as they were sent. */
function withSent(payload: SubmitPayload, sent: SentQuestion): SubmitPayload {
  const out: SubmitPayload = {
    ...payload,
    service_code: sent.service_code,
    title: sent.title,
    description: sent.description,
    publish_consent: sent.publish_consent,
  };
  if (sent.organization_id !== undefined) out.organization_id = sent.organization_id;
  else delete out.organization_id;
  return out;
}

/** Whether a failed attempt may have stored its version (timeout, network, 5xx): see send.ts. */
function mayBeStored(outcome: SendOutcome): boolean {
  return outcome.kind === 'timeout' || outcome.kind === 'network' || outcome.kind === 'server';
}
