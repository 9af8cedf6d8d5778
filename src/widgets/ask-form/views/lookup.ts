/**
 * Looking a question up by request id and query code, and what the endpoint says about it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { str } from '@lit/localize';
import { pickLocalized, type LookupResponse, type Organization, type RequestStatus } from '../../../contract/index.js';
import { formatDate, machineDate } from '../../../core/format.js';
import type { Msg } from '../../../core/i18n.js';
import { isolate } from '../../../core/view/bidi.js';

export type LookupField = 'service_request_id' | 'query_code';

export interface LookupViewContext {
  /** The widget's `msg()`, in its UI language. */
  readonly msg: Msg;
  readonly values: Readonly<Record<LookupField, string>>;
  readonly errors: ReadonlyMap<LookupField, string>;
  readonly busy: boolean;
  readonly submitLabel: string;
  /** Above the fields: error summary or failure message. */
  readonly top: unknown;
  /** Below: "not found", or nothing. */
  readonly notFound: boolean;
  readonly result: LookupResponse | undefined;
  readonly language: string;
  readonly locale: string;
  readonly organizations: ReadonlyMap<string, Organization>;
  readonly onInput: (event: Event) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
}

// The lookup's own words (the form's others are in labels.ts): here, they load with the view.

export function statusLabel(msg: Msg, status: RequestStatus): string {
  switch (status) {
    case 'received':
      return msg('已收到', { id: 'ask.received' });
    case 'accepted':
      return msg('已受理', { id: 'ask.accepted' });
    case 'transferred':
      return msg('已转办', { id: 'ask.passed-to-another-department' });
    case 'answered':
      return msg('已答复', { id: 'ask.answered' });
    case 'closed':
      return msg('已办结', { id: 'ask.closed' });
    case 'rejected':
      return msg('不予受理', { id: 'ask.not-accepted' });
  }
}

export type LookupFailureReason = 'timeout' | 'network' | 'server' | 'rejected' | 'redirected';

export function lookupFailureMessage(msg: Msg, reason: LookupFailureReason, status: number | undefined): string {
  const code = status ?? '';
  switch (reason) {
    case 'timeout':
      return msg('服务器长时间没有响应。请稍后重新查询。', { id: 'ask.the-server-did-not-answer-in' });
    case 'network':
      return msg('网络连接中断。请检查网络后重新查询。', { id: 'ask.the-connection-broke-check-your' });
    case 'server':
      return msg(str`服务器暂时出现问题（错误代码 ${isolate(code)}）。请稍后重新查询。`, { id: 'ask.the-server-has-a-problem' });
    case 'rejected':
      return msg(str`服务器没有接受这次查询（错误代码 ${isolate(code)}）。请核对后重试。`, { id: 'ask.the-server-did-not-accept-this' });
    case 'redirected':
      return msg('查询地址把查询转到了别的地址，查询没有发送。请告知网站管理员。', { id: 'ask.the-lookup-address-redirected-the' });
  }
}

function field(ctx: LookupViewContext, name: LookupField, label: string): TemplateResult {
  const { msg } = ctx;
  const error = ctx.errors.get(name);
  return html`<div class="field">
    <label class="label" for=${`l-${name}`}>${label}</label>
    ${error ? html`<p class="field-error" id=${`l-${name}-error`}><span class="visually-hidden">${msg('错误：', { id: 'ask.error' })}</span>${error}</p>` : nothing}
    <input
      class="input"
      type="text"
      id=${`l-${name}`}
      name=${name}
      autocomplete="off"
      autocapitalize=${name === 'query_code' ? 'characters' : 'off'}
      spellcheck="false"
      .value=${live(ctx.values[name])}
      aria-invalid=${ifDefined(error ? 'true' : undefined)}
      aria-describedby=${ifDefined(error ? `l-${name}-error` : undefined)}
    />
  </div>`;
}

function when(label: string, value: string | undefined, locale: string): unknown {
  const text = formatDate(value, locale, 'long', true);
  return text ? html`<div><dt>${label}</dt><dd><time datetime=${ifDefined(machineDate(value))}>${text}</time></dd></div>` : nothing;
}

function result(ctx: LookupViewContext, response: LookupResponse): TemplateResult {
  const { msg } = ctx;
  const org = response.reply?.organization_id ? ctx.organizations.get(response.reply.organization_id) : undefined;
  const orgName = org ? pickLocalized(org.name, ctx.language) : undefined;
  const replied = formatDate(response.reply?.replied_at, ctx.locale, 'long');
  return html`<section class="result" part="lookup-result" aria-labelledby="lookup-result-title">
    <h2 id="lookup-result-title" tabindex="-1">${msg('办理进度', { id: 'ask.progress' })}</h2>
    <dl class="facts">
      <div><dt>${msg('受理编号', { id: 'ask.request-number' })}</dt><dd class="code-inline">${response.service_request_id}</dd></div>
      <div><dt>${msg('状态', { id: 'ask.status' })}</dt><dd><span class=${`status status-${response.status}`} part="status">${statusLabel(msg, response.status)}</span></dd></div>
      ${when(msg('提交时间', { id: 'ask.sent' }), response.requested_datetime, ctx.locale)}
      ${when(msg('更新时间', { id: 'ask.updated' }), response.updated_datetime, ctx.locale)}
      ${when(msg('预计答复', { id: 'ask.reply-due' }), response.expected_datetime, ctx.locale)}
    </dl>
    ${response.status_notes ? html`<p class="text status-notes">${response.status_notes}</p>` : nothing}
    ${
      response.reply
        ? html`<div class="reply" part="reply">
          <h3>${msg('答复', { id: 'ask.answered-2' })}</h3>
          <p class="meta">
            ${orgName ? html`<span class="text" lang=${ifDefined(orgName.lang)}>${orgName.text}</span>` : nothing}
            ${replied ? html`<time datetime=${ifDefined(machineDate(response.reply.replied_at))}>${replied}</time>` : nothing}
          </p>
          <p class="text reply-text">${response.reply.text}</p>
        </div>`
        : nothing
    }
  </section>`;
}

export function renderLookup(ctx: LookupViewContext): TemplateResult {
  const { msg } = ctx;
  return html`<form class="form" part="lookup-form" novalidate @input=${ctx.onInput} @submit=${ctx.onSubmit}>
      ${ctx.top}
      <p class="hint">${msg('请输入提交留言后得到的受理编号和查询码。', { id: 'ask.enter-the-request-number-and' })}</p>
      ${field(ctx, 'service_request_id', msg('受理编号', { id: 'ask.request-number' }))} ${field(ctx, 'query_code', msg('查询码', { id: 'ask.query-code' }))}
      <div class="actions">
        <button class="button" part="lookup-submit" type="submit" aria-disabled=${ctx.busy ? 'true' : 'false'}>${ctx.submitLabel}</button>
      </div>
    </form>
    ${
      ctx.notFound
        ? html`<div class="problem" role="alert" part="not-found">${msg('没有找到这条留言。请核对受理编号和查询码后再试。', { id: 'ask.no-question-was-found-check' })}</div>`
        : nothing
    }
    ${ctx.result ? result(ctx, ctx.result) : nothing}`;
}
