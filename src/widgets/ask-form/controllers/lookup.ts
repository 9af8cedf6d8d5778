/**
 * The lookup view's state and its request. Holds no personal data: a request id and a query code.
 */
import type { ReactiveController } from 'lit';
import type { LookupResponse } from '../../../contract/index.js';
import { localizer, type Msg } from '../../../core/i18n.js';
import { warn } from '../../../core/report.js';
import type { AskHost, AskTools } from './host.js';
import { waitMessage } from '../labels.js';
import { lookupQuestion } from './send.js';
import { lookupFailureMessage, type LookupFailureReason, type LookupField } from '../views/lookup.js';

export type LookupPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'found'; readonly response: LookupResponse }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'failed'; readonly reason: LookupFailureReason; readonly status: number | undefined }
  | { readonly kind: 'waiting'; readonly until: number };

export class LookupController implements ReactiveController {
  values: Record<LookupField, string> = { service_request_id: '', query_code: '' };
  /** Fields left empty (worded at render) and messages an endpoint gave (shown as given). */
  missing = new Set<LookupField>();
  serverErrors = new Map<LookupField, string>();
  phase: LookupPhase = { kind: 'idle' };
  /** The lookup endpoint, set by the element from its model. */
  url: string | undefined;
  /** Changes on every answer, so an alert with the same words is announced again. */
  attempt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** The host's `msg()`: UI strings in the host's language at the moment of the call. */
  private get msg(): Msg {
    return localizer(this.host.uiLocale);
  }

  constructor(
    private readonly host: AskHost,
    private readonly tools: AskTools,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    if (this.phase.kind === 'waiting') this.phase = { kind: 'idle' };
  }

  get busy(): boolean {
    return this.phase.kind === 'sending' || this.phase.kind === 'waiting';
  }

  /** Fills the fields (after a question was sent, with its receipt). */
  prefill(id: string, code: string): void {
    this.values = { service_request_id: id, query_code: code };
    this.missing.clear();
    this.serverErrors.clear();
    this.phase = { kind: 'idle' };
    this.host.requestUpdate();
  }

  errors(): Map<LookupField, string> {
    const out = new Map<LookupField, string>();
    if (this.missing.has('service_request_id')) out.set('service_request_id', this.msg('请填写受理编号。', { id: 'ask.enter-the-request-number' }));
    if (this.missing.has('query_code')) out.set('query_code', this.msg('请填写查询码。', { id: 'ask.enter-the-query-code' }));
    for (const [field, message] of this.serverErrors) out.set(field, message);
    return out;
  }

  /** The message above the fields, for a failure or a wait. */
  problem(): string | undefined {
    const { phase } = this;
    if (phase.kind === 'failed') return lookupFailureMessage(this.msg, phase.reason, phase.status);
    if (phase.kind === 'waiting') return waitMessage(this.msg, phase.until, this.host.uiLocale);
    return undefined;
  }

  onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    if (target.name !== 'service_request_id' && target.name !== 'query_code') return;
    this.values = { ...this.values, [target.name]: target.value };
    this.host.requestUpdate();
  };

  onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.busy) return;
    void this.lookup();
  };

  async lookup(url: string | undefined = this.url): Promise<void> {
    if (!url) return;
    const id = this.values.service_request_id.trim();
    const code = this.values.query_code.trim();
    this.serverErrors.clear();
    this.missing = new Set((['service_request_id', 'query_code'] as const).filter((f) => (f === 'query_code' ? code : id) === ''));
    if (this.missing.size > 0) {
      this.phase = { kind: 'invalid' };
      this.tools.focus(`#l-${[...this.missing][0]}`);
      this.host.requestUpdate();
      return;
    }
    this.phase = { kind: 'sending' };
    this.host.requestUpdate();
    this.tools.announce(this.msg('正在查询…', { id: 'ask.looking-up' }));
    const outcome = await lookupQuestion(url, id, code, { timeoutMs: this.host.requestTimeout });
    this.attempt++;
    switch (outcome.kind) {
      case 'found':
        this.phase = { kind: 'found', response: outcome.response };
        this.tools.focus('#lookup-result-title');
        break;
      case 'not-found':
        this.phase = { kind: 'not-found' };
        break;
      case 'invalid': {
        for (const error of outcome.errors) {
          if (error.field === 'service_request_id' || error.field === 'query_code') this.serverErrors.set(error.field, error.message);
        }
        this.phase = this.serverErrors.size > 0 ? { kind: 'invalid' } : { kind: 'failed', reason: 'rejected', status: outcome.status };
        if (this.serverErrors.size > 0) this.tools.focus(`#l-${[...this.serverErrors.keys()][0]}`);
        break;
      }
      case 'rate-limited':
        this.phase = { kind: 'waiting', until: outcome.retryAt };
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => {
          this.phase = { kind: 'idle' };
          this.host.requestUpdate();
        }, outcome.retryAt - Date.now());
        break;
      default:
        this.phase = { kind: 'failed', reason: outcome.kind, status: 'status' in outcome ? outcome.status : undefined };
    }
    if (outcome.kind !== 'found') warn(this.host, `lookup: ${outcome.cause}`);
    this.host.requestUpdate();
  }
}
