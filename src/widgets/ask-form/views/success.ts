/**
 * The receipt after a question was accepted: request id and query code as large text with a copy button,
 * the expected reply date, the endpoint's notice. The heading takes focus.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { formatDate } from '../../../core/format.js';
import type { Msg } from '../../../core/i18n.js';
import { isolate } from '../../../core/view/bidi.js';

export interface Receipt {
  readonly id: string;
  readonly code: string;
  /** `YYYY-MM-DD` or an RFC 3339 date-time. */
  readonly expected?: string;
  /** Set when the date was counted here from `reply_workdays` (holidays unknown), not given by the endpoint. */
  readonly countedWorkdays?: number;
  /** The count used the document's working calendar (holidays and make-up working days). */
  readonly calendar?: boolean;
  readonly notice?: string;
  /** The endpoint had an earlier version of the question; later edits were not sent. */
  readonly changesDropped: boolean;
}

export interface SuccessViewContext {
  /** The widget's `msg()`, in its UI language. */
  readonly msg: Msg;
  readonly receipt: Receipt;
  readonly locale: string;
  readonly hasLookup: boolean;
  /** Show the receipt as a selectable text field (where the Clipboard API is missing). */
  readonly copyField: boolean;
  /** The receipt was copied: the button says "已复制" until the reader's next action. */
  readonly copied: boolean;
  readonly onCopy: () => void;
  /** The reader's next action (a key or a press anywhere in the receipt): the copied state ends. */
  readonly onAction: () => void;
  readonly onLookup: () => void;
  readonly onAnother: () => void;
}

export function receiptText(msg: Msg, receipt: Receipt): string {
  return msg(str`受理编号：${receipt.id}，查询码：${receipt.code}`, { id: 'ask.request-number-query-code' });
}

export function renderSuccess(ctx: SuccessViewContext): TemplateResult {
  const { msg } = ctx;
  const { receipt } = ctx;
  const date = receipt.expected ? formatDate(receipt.expected, ctx.locale, 'long') : '';
  // The copied state lasts until the reader does something else, not a fixed time: nothing changes under
  // someone who reads slowly, and nothing is left claiming a copy after they moved on.
  return html`<section class="success" part="success" aria-labelledby="success-title" @keydown=${ctx.onAction} @pointerdown=${ctx.onAction}>
    <h2 class="success-title" id="success-title" tabindex="-1">${msg('留言已提交', { id: 'ask.your-question-has-been-sent' })}</h2>
    ${
      receipt.changesDropped
        ? html`<p class="note">${msg('网络中断前，这个问题已经送达；之后所做的修改没有发送，以免重复提交。如需补充，请再提一个问题。', { id: 'ask.your-question-had-arrived-before' })}</p>`
        : nothing
    }
    <p>${msg('请记下受理编号和查询码，凭它们查询办理进度和答复。', { id: 'ask.note-down-the-request-number' })}</p>
    <dl class="receipt" part="receipt" id="receipt">
      <div>
        <dt>${msg('受理编号', { id: 'ask.request-number' })}</dt>
        <dd class="code" part="request-id">${receipt.id}</dd>
      </div>
      <div>
        <dt>${msg('查询码', { id: 'ask.query-code' })}</dt>
        <dd class="code" part="query-code">${receipt.code}</dd>
      </div>
    </dl>
    <p class="actions">
      <button class="button secondary ${ctx.copied ? 'copied' : ''}" part="copy" type="button" @click=${ctx.onCopy}>
        ${ctx.copied ? html`<span aria-hidden="true">✓</span> ${msg('已复制', { id: 'ask.copied' })}` : msg('复制受理编号和查询码', { id: 'ask.copy-request-number-and-query' })}
      </button>
    </p>
    ${
      ctx.copyField
        ? html`<textarea
          class="input copy-text"
          part="copy-text"
          id="copy-text"
          readonly
          rows="2"
          aria-label=${msg('受理编号和查询码', { id: 'ask.request-number-and-query-code' })}
          .value=${receiptText(msg, receipt)}
        ></textarea>`
        : nothing
    }
    ${
      date
        ? html`<p class="expected" part="expected">
          ${msg(str`预计在 ${isolate(date)} 前答复。`, { id: 'ask.a-reply-is-expected-by' })}
          ${
            receipt.countedWorkdays !== undefined
              ? html`<span class="hint"
                >${
                  receipt.calendar
                    ? msg(str`按 ${isolate(receipt.countedWorkdays)} 个工作日计算，已计入网站公布的节假日和调休安排。`, {
                        id: 'ask.counted-as-working-days-with',
                      })
                    : msg(str`按 ${isolate(receipt.countedWorkdays)} 个工作日计算，未计入法定节假日。`, { id: 'ask.counted-as-working-days-public' })
                }</span
              >`
              : nothing
          }
        </p>`
        : nothing
    }
    ${receipt.notice ? html`<p class="service-notice text" part="notice-text">${receipt.notice}</p>` : nothing}
    <p class="actions">
      ${ctx.hasLookup ? html`<button class="button secondary" type="button" @click=${ctx.onLookup}>${msg('查询办理进度', { id: 'ask.follow-this-question' })}</button>` : nothing}
      <button class="button secondary" type="button" @click=${ctx.onAnother}>${msg('再提一个问题', { id: 'ask.ask-another-question' })}</button>
    </p>
  </section>`;
}
