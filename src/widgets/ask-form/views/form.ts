/**
 * The question form: native, labelled controls whose `name` is the payload field, hints and errors tied by
 * `aria-describedby`, `aria-invalid` on what is wrong. UI strings through `ctx.msg`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { str } from '@lit/localize';
import { pickLocalized, safeHref } from '../../../contract/index.js';
import { defaultServiceName, fieldLabel, remainingText } from '../labels.js';
import type { AskModel } from '../model.js';
import { hasField, isRequired, textLength, type FieldName, type FormValues } from '../model/rules.js';
import type { Msg } from '../../../core/i18n.js';
import { isolate } from '../../../core/view/bidi.js';

/** The id of a control (the first radio for the category). */
export const controlId = (field: FieldName): string => (field === 'service_code' ? 'f-service_code-0' : `f-${field}`);
const errorId = (field: FieldName): string => `f-${field}-error`;
const hintId = (field: FieldName): string => `f-${field}-hint`;

export interface FormViewContext {
  /** The widget's `msg()`, in its UI language. */
  readonly msg: Msg;
  readonly model: AskModel;
  readonly language: string;
  readonly values: FormValues;
  /** Messages of invalid fields, in the reader's language. */
  readonly errors: ReadonlyMap<FieldName, string>;
  /** Sending, or waiting after a 429: the submit button is `aria-disabled` (and stays focusable). */
  readonly busy: boolean;
  readonly submitLabel: string;
  /** Above the fields: the error summary, a failure message, a note on a restored draft. */
  readonly top: unknown;
  /** The host the question is sent to (shown by the submit button). */
  readonly destination: string;
  /** Whether this device keeps a draft of the form now: then a notice says so, with a button that deletes it. */
  readonly drafted: boolean;
  readonly onClearDraft: () => void;
  readonly onInput: (event: Event) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string');
  return list.length ? list.join(' ') : undefined;
}

function errorText(ctx: FormViewContext, field: FieldName): unknown {
  const { msg } = ctx;
  const message = ctx.errors.get(field);
  return message
    ? html`<p class="field-error" id=${errorId(field)} part="field-error"><span class="visually-hidden">${msg('错误：', { id: 'ask.error' })}</span>${message}</p>`
    : nothing;
}

/**
 * Whether a field must be filled, on screen: "（必填）" or "（选填）" after its label. The control says it in code
 * with `required` (the form is `novalidate`, so the browser's own bubbles never stand in for the widget's
 * messages); the mark is hidden from assistive technology, which already says "required".
 */
function requiredMark(ctx: FormViewContext, field: FieldName): unknown {
  const { msg } = ctx;
  return isRequired(field, ctx.model.rules)
    ? html`<span class="required" aria-hidden="true">${msg('（必填）', { id: 'ask.required' })}</span>`
    : html`<span class="optional">${msg('（选填）', { id: 'ask.optional' })}</span>`;
}

function categories(ctx: FormViewContext): TemplateResult {
  const { msg } = ctx;
  const invalid = ctx.errors.has('service_code');
  return html`<fieldset class="field group" aria-describedby=${ifDefined(describedBy(invalid && errorId('service_code')))}>
    <legend class="label">${fieldLabel(msg, 'service_code')}${requiredMark(ctx, 'service_code')}</legend>
    ${errorText(ctx, 'service_code')}
    <div class="choices">
      ${ctx.model.services.map((service, index) => {
        const name = service.name ? pickLocalized(service.name, ctx.language) : { text: defaultServiceName(msg, service.code), lang: undefined };
        return html`<label class="choice">
          <input
            type="radio"
            name="service_code"
            id=${`f-service_code-${index}`}
            .value=${service.code}
            .checked=${live(ctx.values.service_code === service.code)}
            required
            aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
          />
          <span class="text" lang=${ifDefined(name.lang)}>${name.text}</span>
        </label>`;
      })}
    </div>
  </fieldset>`;
}

function recipients(ctx: FormViewContext): unknown {
  const { msg } = ctx;
  if (!hasField('organization_id', ctx.model.rules)) return nothing;
  const invalid = ctx.errors.has('organization_id');
  return html`<div class="field">
    <label class="label" for="f-organization_id">${fieldLabel(msg, 'organization_id')}${requiredMark(ctx, 'organization_id')}</label>
    ${errorText(ctx, 'organization_id')}
    <select
      class="input"
      id="f-organization_id"
      name="organization_id"
      ?required=${isRequired('organization_id', ctx.model.rules)}
      .value=${live(ctx.values.organization_id)}
      aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
      aria-describedby=${ifDefined(describedBy(invalid && errorId('organization_id')))}
    >
      <option value="" ?selected=${ctx.values.organization_id === ''}>${msg('请选择', { id: 'ask.choose' })}</option>
      ${ctx.model.recipients.map((r) => {
        const name = pickLocalized(r.name, ctx.language);
        return html`<option value=${r.id} ?selected=${ctx.values.organization_id === r.id} lang=${ifDefined(name.lang)}>${name.text}</option>`;
      })}
    </select>
  </div>`;
}

/** Title or description, with its limit as a hint and a visible count. */
function textField(ctx: FormViewContext, field: 'title' | 'description', max: number): TemplateResult {
  const { msg } = ctx;
  const invalid = ctx.errors.has(field);
  const remaining = max - textLength(ctx.values[field].trim());
  const hint =
    field === 'title'
      ? msg(str`不超过 ${isolate(max)} 个字。`, { id: 'ask.up-to-characters' })
      : msg(str`请写清事情经过、地点和您的诉求，不超过 ${isolate(max)} 个字。`, { id: 'ask.say-what-happened-where-and' });
  const attrs = {
    describedby: describedBy(hintId(field), invalid && errorId(field)),
    invalid: invalid ? 'true' : undefined,
  };
  return html`<div class="field">
    <label class="label" for=${`f-${field}`}>${fieldLabel(msg, field)}${requiredMark(ctx, field)}</label>
    <p class="hint" id=${hintId(field)}>${hint}</p>
    ${errorText(ctx, field)}
    ${
      field === 'title'
        ? html`<input
          class="input"
          type="text"
          id="f-title"
          name="title"
          autocomplete="off"
          enterkeyhint="next"
          required
          .value=${live(ctx.values.title)}
          aria-invalid=${ifDefined(attrs.invalid)}
          aria-describedby=${ifDefined(attrs.describedby)}
        />`
        : html`<textarea
          class="input"
          id="f-description"
          name="description"
          rows="6"
          autocomplete="off"
          required
          .value=${live(ctx.values.description)}
          aria-invalid=${ifDefined(attrs.invalid)}
          aria-describedby=${ifDefined(attrs.describedby)}
        ></textarea>`
    }
    <p class=${remaining < 0 ? 'count over' : 'count'} part="character-count" aria-hidden="true">${remainingText(msg, remaining)}</p>
  </div>`;
}

const CONTACT = {
  name: { type: 'text', autocomplete: 'name', inputmode: undefined },
  phone: { type: 'tel', autocomplete: 'tel', inputmode: 'tel' },
  email: { type: 'email', autocomplete: 'email', inputmode: 'email' },
} as const;

function contact(ctx: FormViewContext): unknown {
  const { msg } = ctx;
  const fields = (['name', 'phone', 'email'] as const).filter((f) => hasField(f, ctx.model.rules));
  if (fields.length === 0) return nothing;
  return html`<fieldset class="group contact" aria-describedby="f-contact-hint">
    <legend class="label">${msg('联系方式', { id: 'ask.contact-details' })}</legend>
    <p class="hint" id="f-contact-hint">${msg('只用于办理和答复您的留言，不会公开，也不会保存在本设备上。', { id: 'ask.used-only-to-handle-and' })}</p>
    ${fields.map((field) => {
      const invalid = ctx.errors.has(field);
      const spec = CONTACT[field];
      return html`<div class="field">
        <label class="label" for=${`f-${field}`}>${fieldLabel(msg, field)}${requiredMark(ctx, field)}</label>
        ${field === 'phone' ? html`<p class="hint" id=${hintId(field)}>${msg('11 位手机号码。', { id: 'ask.an-11-digit-mainland-mobile' })}</p>` : nothing}
        ${errorText(ctx, field)}
        <input
          class="input"
          type=${spec.type}
          id=${`f-${field}`}
          name=${field}
          autocomplete=${spec.autocomplete}
          inputmode=${ifDefined(spec.inputmode)}
          spellcheck="false"
          ?required=${isRequired(field, ctx.model.rules)}
          .value=${live(ctx.values[field])}
          aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
          aria-describedby=${ifDefined(describedBy(field === 'phone' && hintId(field), invalid && errorId(field)))}
        />
      </div>`;
    })}
  </fieldset>`;
}

function checkboxes(ctx: FormViewContext): unknown {
  const { msg } = ctx;
  const { model, values } = ctx;
  const publish = hasField('publish_consent', model.rules)
    ? html`<div class="field check">
        <input type="checkbox" id="f-publish_consent" name="publish_consent" .checked=${live(values.publish_consent)} />
        <label for="f-publish_consent">${msg('同意公开我的问题和答复（不会公开姓名和联系方式）。', { id: 'ask.publish-my-question-and-its' })}</label>
      </div>`
    : nothing;
  let consent: unknown = nothing;
  if (model.consent) {
    const invalid = ctx.errors.has('consent');
    const text = model.consent.text ? pickLocalized(model.consent.text, ctx.language) : { text: '', lang: undefined };
    const notice = safeHref(model.consent.notice_url);
    consent = html`<div class="field check consent">
      ${errorText(ctx, 'consent')}
      <input
        type="checkbox"
        id="f-consent"
        name="consent"
        required
        .checked=${live(values.consent)}
        aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
        aria-describedby=${ifDefined(describedBy(invalid && errorId('consent')))}
      />
      <label for="f-consent"
        ><span class="text" lang=${ifDefined(text.lang)}>${text.text || msg('我已阅读并同意个人信息处理说明。', { id: 'ask.i-have-read-and-agree' })}</span
        >${requiredMark(ctx, 'consent')}</label
      >
      ${
        notice
          ? html`<p class="notice-link"><a href=${notice} target="_blank" rel="noopener">${msg('阅读个人信息处理说明', { id: 'ask.read-the-privacy-notice' })}<span class="visually-hidden">${msg('（在新窗口打开）', { id: 'ask.opens-in-a-new-window' })}</span></a></p>`
          : nothing
      }
    </div>`;
  }
  return [publish, consent];
}

/** A field people never see and assistive technology never announces; bots that fill every input fill it. */
function honeypot(msg: Msg): TemplateResult {
  return html`<div class="hp" aria-hidden="true">
    <label for="f-hp">${msg('请勿填写此项', { id: 'ask.leave-this-empty' })}</label>
    <input type="text" id="f-hp" name="hp_confirm_field" tabindex="-1" autocomplete="off" value="" />
  </div>`;
}

export function renderForm(ctx: FormViewContext): TemplateResult {
  const { msg } = ctx;
  const { rules } = ctx.model;
  return html`<form class="form" part="form" novalidate @input=${ctx.onInput} @change=${ctx.onInput} @submit=${ctx.onSubmit}>
    ${ctx.top}
    ${categories(ctx)} ${recipients(ctx)} ${textField(ctx, 'title', rules.maxTitle)}
    ${textField(ctx, 'description', rules.maxBody)} ${contact(ctx)} ${checkboxes(ctx)} ${honeypot(msg)}
    <div class="actions">
      <button class="button" part="submit" type="submit" aria-disabled=${ctx.busy ? 'true' : 'false'} aria-describedby="f-destination">${ctx.submitLabel}</button>
      <p class="hint destination" part="destination" id="f-destination">${msg(str`留言将发送到 ${isolate(ctx.destination)}`, { id: 'ask.your-question-will-be-sent' })}</p>
    </div>
    ${
      ctx.drafted
        ? html`<div class="note draft-notice" part="draft-notice">
          <p>${msg('内容暂存在本设备：类型、单位、标题和内容 24 小时后自动删除，姓名和联系方式不保存。公用电脑请在离开前清除。', { id: 'ask.kept-on-this-device-category' })}</p>
          <button class="button secondary" type="button" @click=${ctx.onClearDraft}>${msg('清除暂存内容', { id: 'ask.delete-what-is-kept' })}</button>
        </div>`
        : nothing
    }
  </form>`;
}
