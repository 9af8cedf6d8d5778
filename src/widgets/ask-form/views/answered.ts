/**
 * Questions already answered, a page at a time (`answered_next_url`), so the DOM stays bounded.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { str } from '@lit/localize';
import { pickLocalized, pickText, type AnsweredQuestion, type LocalizedText, type Organization } from '../../../contract/index.js';
import { formatDate, machineDate } from '../../../core/format.js';
import { defaultServiceName } from '../labels.js';
import type { Msg } from '../../../core/i18n.js';
import { readAloudButton } from '../../../core/view/read-aloud.js';
import { spokenText, type Speaker } from '../../../core/read-aloud.js';
import { isolate } from '../../../core/view/bidi.js';

export interface AnsweredViewContext {
  /** The widget's `msg()`, in its UI language. */
  readonly msg: Msg;
  readonly items: readonly AnsweredQuestion[];
  readonly page: number;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  readonly loading: boolean;
  readonly failed: boolean;
  readonly language: string;
  readonly locale: string;
  readonly organizations: ReadonlyMap<string, Organization>;
  readonly serviceNames: ReadonlyMap<string, LocalizedText>;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  /** Draws a read-aloud button on each answer (none when undefined). */
  readonly speaker?: Speaker | undefined;
}

function localized(text: LocalizedText | undefined, language: string, cls = 'text'): unknown {
  if (text === undefined) return nothing;
  const picked = pickLocalized(text, language);
  return picked.text ? html`<span class=${cls} lang=${ifDefined(picked.lang)}>${picked.text}</span>` : nothing;
}

function orgName(ctx: AnsweredViewContext, id: string | undefined): unknown {
  if (!id) return nothing;
  const org = ctx.organizations.get(id);
  return org ? localized(org.name, ctx.language) : html`<span class="text">${id}</span>`;
}

function dateText(value: string | undefined, ctx: AnsweredViewContext): unknown {
  const text = formatDate(value, ctx.locale, 'long');
  return text ? html`<time datetime=${ifDefined(machineDate(value))}>${text}</time>` : nothing;
}

function item(ctx: AnsweredViewContext, q: AnsweredQuestion): TemplateResult {
  const { msg } = ctx;
  const service = q.service_code
    ? ctx.serviceNames.has(q.service_code)
      ? localized(ctx.serviceNames.get(q.service_code), ctx.language)
      : html`<span>${defaultServiceName(msg, q.service_code)}</span>`
    : nothing;
  return html`<li class="answered-item" part="answered-item">
    <article>
      <h3 class="answered-title">${localized(q.title, ctx.language)}</h3>
      <p class="meta">${service} ${orgName(ctx, q.organization_id)} ${dateText(q.asked_at, ctx)}</p>
      ${q.question ? html`<p class="question">${localized(q.question, ctx.language)}</p>` : nothing}
      ${
        q.answer
          ? html`<div class="reply">
            <p class="meta"><strong>${msg('答复', { id: 'ask.answered-2' })}</strong> ${orgName(ctx, q.answer.organization_id ?? q.organization_id)} ${dateText(q.answer.answered_at, ctx)}</p>
            <p>${localized(q.answer.text, ctx.language)}</p>
          </div>`
          : nothing
      }
      ${readAloud(ctx, q)}
    </article>
  </li>`;
}

/** The read-aloud button: the question's title and the reply, as the list shows them. */
function readAloud(ctx: AnsweredViewContext, q: AnsweredQuestion): unknown {
  const { msg } = ctx;
  const title = pickText(q.title, ctx.language);
  return readAloudButton(
    ctx.speaker,
    msg,
    q.id,
    title,
    () => spokenText(ctx.locale, [title, [msg('答复', { id: 'ask.answered-2' }), pickText(q.answer?.text, ctx.language)]]),
    'read-aloud',
  );
}

export function renderAnswered(ctx: AnsweredViewContext): TemplateResult {
  const { msg } = ctx;
  if (ctx.items.length === 0 && !ctx.hasNext && ctx.page === 1) {
    return html`<p class="empty" part="empty">${msg('暂无公开的答复。', { id: 'ask.no-answered-questions-have-been' })}</p>`;
  }
  const pager = ctx.hasPrevious || ctx.hasNext;
  return html`<h2 class="answered-heading" id="answered-heading" tabindex="-1">
      ${msg('已答复的留言', { id: 'ask.answered-questions' })}${pager ? html` <span class="page-number">${msg(str`第 ${isolate(ctx.page)} 页`, { id: 'core.page' })}</span>` : nothing}
    </h2>
    <ol class="answered" part="answered-list">
      ${ctx.items.map((q) => item(ctx, q))}
    </ol>
    ${
      ctx.failed
        ? html`<div class="problem" part="page-error" role="alert">${msg('下一页暂时无法加载，请检查网络后重试。', { id: 'ask.the-next-page-could-not' })}</div>`
        : nothing
    }
    ${
      pager
        ? html`<nav class="pager" part="pager" aria-label=${msg('翻页', { id: 'ask.pages' })}>
          ${ctx.hasPrevious ? html`<button class="button secondary" type="button" @click=${ctx.onPrevious}>${msg('上一页', { id: 'core.previous' })}</button>` : nothing}
          ${
            ctx.hasNext
              ? html`<button class="button secondary" type="button" aria-disabled=${ctx.loading ? 'true' : 'false'} @click=${ctx.onNext}>
                ${ctx.loading ? msg('正在加载…', { id: 'core.loading' }) : msg('下一页', { id: 'core.next' })}
              </button>`
              : nothing
          }
        </nav>`
        : nothing
    }`;
}
