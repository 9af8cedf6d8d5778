/**
 * One policy in the list: title, date and "new" marker, kind, legal force (and what superseded it), 文号,
 * issuer, summary, topics, the link to or from its interpretations, attachments. Text only, links only for
 * http(s) URLs, data text bidi-isolated and marked with its language when it differs from the widget's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { pickLocalized, pickText, type UiLocale } from '../../../contract/localized.js';
import { safeHref } from '../../../contract/url.js';
import type { PolicyAttachment } from '../../../contract/types.js';
import { formatDate, formatNumber, machineDate } from '../../../core/format.js';
import { dataText, linkOrText, type TextContext } from '../../../core/view/data-text.js';
import { readAloudButton } from '../../../core/view/read-aloud.js';
import { spokenText, type Speaker } from '../../../core/read-aloud.js';
import { fileName, fileTypeLabel, formatLabel, kindLabel, legalForceLabel } from '../labels.js';
import { interpretationsOf, type FeedEntry, type FeedModel } from '../model.js';
import type { Msg } from '../../../core/i18n.js';

export interface ItemContext extends TextContext {
  /** The widget's `msg()`, in its UI language. */
  readonly msg: Msg;
  readonly model: FeedModel;
  /** The widget's canonical language (content text follows it). */
  readonly language: string;
  /** The widget's UI locale (dates and numbers). */
  readonly locale: UiLocale;
  readonly compact: boolean;
  /** Items published less than this many days ago carry the "new" marker (0: never). */
  readonly newDays: number;
  readonly now: number;
  /** Heading level of item titles. */
  readonly titleLevel: number;
  /** Draws a read-aloud button on each item (none when undefined). */
  readonly speaker?: Speaker | undefined;
}

const DAY = 86_400_000;

/** `<h2>`…`<h6>` (a level outside 2–6 is clamped). */
export function heading(level: number, content: unknown, id: string, className: string, part: string): TemplateResult {
  switch (Math.min(6, Math.max(2, Math.round(level)))) {
    case 2:
      return html`<h2 id=${id} class=${className} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${className} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className} part=${part}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${className} part=${part}>${content}</h6>`;
  }
}

/** Whether an item was published within the last `days` days (a day ahead is tolerated: dates alone are UTC). */
export function isNew(entry: FeedEntry, days: number, now: number): boolean {
  if (!(days > 0) || !Number.isFinite(entry.time)) return false;
  return entry.time > now - days * DAY && entry.time <= now + DAY;
}

function fileSize(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1000 ? [bytes / 1000, 'kilobyte'] : [bytes, 'byte'];
  return formatNumber(value, locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
}

function renderAttachment(attachment: PolicyAttachment, ctx: ItemContext): TemplateResult {
  const { msg } = ctx;
  const href = safeHref(attachment.url);
  const details = [fileTypeLabel(msg, attachment.mime_type, href)];
  if (attachment.size_in_bytes !== undefined) details.push(fileSize(attachment.size_in_bytes, ctx.locale));
  return html`<li class="attachment">
    ${linkOrText(href, dataText(attachment.title, ctx, fileName(href) || msg('附件', { id: 'feed.attachment' })))}
    <span class="file-info">${details.join(' · ')}</span>
  </li>`;
}

function renderForce(entry: FeedEntry, ctx: ItemContext): unknown {
  const { msg } = ctx;
  const force = entry.item._gov?.legal_force;
  const replacedBy = entry.item._gov?.superseded_by;
  if (!force && !replacedBy) return nothing;
  const successor = replacedBy === undefined ? undefined : ctx.model.byId.get(replacedBy);
  return html`${force ? html`<span class="badge force ${force}" part="badge force">${legalForceLabel(msg, force)}</span>` : nothing}
    ${
      replacedBy !== undefined
        ? html`<span class="superseded" part="superseded"
          >${
            successor
              ? html`${msg('已被替代，新文件：', { id: 'feed.superseded-by' })}${linkOrText(successor.href, dataText(successor.item.title, ctx))}`
              : msg('已被新文件替代', { id: 'feed.superseded-by-a-newer-document' })
          }</span
        >`
        : nothing
    }`;
}

function renderRelations(entry: FeedEntry, ctx: ItemContext): unknown {
  const { msg } = ctx;
  const policy = ctx.model.explains.get(entry.id);
  const interpretations = interpretationsOf(ctx.model, entry);
  if (!policy && interpretations.length === 0) return nothing;
  return html`<div class="relations" part="relations">
    ${
      policy
        ? html`<p class="relation"><span class="label">${msg('解读的政策：', { id: 'feed.explains' })}</span>${linkOrText(policy.href, dataText(policy.item.title, ctx))}</p>`
        : nothing
    }
    ${
      interpretations.length > 0
        ? html`<div class="relation">
          <span class="label">${msg('政策解读：', { id: 'feed.interpretations' })}</span>
          <ul class="inline-list">
            ${interpretations.map(
              (ref) => html`<li>
                ${linkOrText(ref.href, dataText(ref.title, ctx, msg('政策解读', { id: 'feed.interpretation' })))}${
                  ref.format ? html` <span class="format">${formatLabel(msg, ref.format)}</span>` : nothing
                }
              </li>`,
            )}
          </ul>
        </div>`
        : nothing
    }
  </div>`;
}

/** One item of the list. `index` makes ids unique within the widget. */
export function renderItem(entry: FeedEntry, index: number, ctx: ItemContext): TemplateResult {
  const { msg } = ctx;
  const { item } = entry;
  const gov = item._gov;
  const titleId = `item-${index}`;
  const date = machineDate(item.date_published);
  const summary = ctx.compact ? '' : pickLocalized(item.summary, ctx.language).text;
  const attachments = item.attachments ?? [];
  return html`<li class="item" part="item">
    <article aria-labelledby=${titleId}>
      ${heading(ctx.titleLevel, linkOrText(entry.href, dataText(item.title, ctx), 'link'), titleId, 'title', 'title')}
      <div class="meta" part="meta">
        ${date ? html`<time datetime=${date}>${formatDate(item.date_published, ctx.locale)}</time>` : nothing}
        ${isNew(entry, ctx.newDays, ctx.now) ? html`<span class="badge new" part="badge new">${msg('新', { id: 'feed.new' })}</span>` : nothing}
        ${entry.kind ? html`<span class="badge kind" part="badge kind">${kindLabel(msg, entry.kind)}</span>` : nothing}
        ${renderForce(entry, ctx)}
      </div>
      ${
        gov?.doc_number || entry.issuer
          ? html`<dl class="facts" part="facts">
            ${
              gov?.doc_number
                ? html`<div><dt>${msg('文号', { id: 'feed.document-no' })}</dt><dd><span class="text" dir="auto">${gov.doc_number}</span></dd></div>`
                : nothing
            }
            ${entry.issuer ? html`<div><dt>${msg('发布机构', { id: 'feed.issued-by' })}</dt><dd>${dataText(entry.issuer.name, ctx)}</dd></div>` : nothing}
          </dl>`
          : nothing
      }
      ${summary ? html`<p class="summary" part="summary">${dataText(item.summary, ctx)}</p>` : nothing}
      ${
        entry.topics.length > 0
          ? html`<ul class="tags" part="tags" aria-label=${msg('主题', { id: 'feed.topics' })}>
            ${entry.topics.map((topic) => html`<li class="tag" part="tag">${dataText(topic.text, ctx)}</li>`)}
          </ul>`
          : nothing
      }
      ${renderRelations(entry, ctx)}
      ${
        attachments.length > 0
          ? html`<div class="attachments" part="attachments">
            <span class="label">${msg('附件：', { id: 'feed.attachments' })}</span>
            <ul class="inline-list">${attachments.map((a) => renderAttachment(a, ctx))}</ul>
          </div>`
          : nothing
      }
      ${readAloud(entry, ctx)}
    </article>
  </li>`;
}

/** The read-aloud button: title, issuer, 文号 and date, as the item shows them. */
function readAloud(entry: FeedEntry, ctx: ItemContext): unknown {
  const { msg, locale } = ctx;
  const { item } = entry;
  const title = pickText(item.title, ctx.language);
  return readAloudButton(
    ctx.speaker,
    msg,
    entry.id,
    title,
    () =>
      spokenText(locale, [
        title,
        [msg('发布机构', { id: 'feed.issued-by' }), pickText(entry.issuer?.name, ctx.language)],
        [msg('文号', { id: 'feed.document-no' }), item._gov?.doc_number],
        formatDate(item.date_published, locale, 'long'),
      ]),
    'read-aloud',
  );
}
