/** One account: platform, name (a link when its URL is safe), status, verification, facts, audit result, QR button. */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { pickText, safeHref, type Account, type AccountFunction } from '../../../contract/index.js';
import { formatCompactNumber, formatDate, formatRelative, machineDate } from '../../../core/format.js';
import type { DirectoryEntry } from '../model.js';
import { accountPlatformName } from '../labels.js';
import { platformIcon, verifiedIcon } from './icons.js';
import { qrSource } from '../controllers/qr-code.js';
import { localized, organizationName, statusLabel, type ViewContext } from './context.js';
import type { Msg } from '../../../core/i18n.js';
import { readAloudButton } from '../../../core/view/read-aloud.js';
import { spokenText } from '../../../core/read-aloud.js';
import { isolate } from '../../../core/view/bidi.js';

export function functionLabel(msg: Msg, fn: AccountFunction): string {
  switch (fn) {
    case 'publish':
      return msg('信息发布', { id: 'directory.publishing' });
    case 'interact':
      return msg('互动交流', { id: 'directory.interaction' });
    case 'service':
      return msg('办事服务', { id: 'directory.services' });
  }
}

/**
 * Where an account is: `（微信公众号，县委宣传部）`. A county often runs one name on several platforms and
 * several bodies use similar names, so links and buttons that carry only the name read the same to a screen
 * reader listing them; this makes each one's name unique.
 */
function whereabouts(entry: DirectoryEntry, ctx: ViewContext): string {
  const { msg } = ctx;
  const platform = isolate(accountPlatformName(msg, entry.account, ctx.language));
  const organization = isolate(organizationName(msg, entry, ctx.language).text);
  return msg(str`（${platform}，${organization}）`, { id: 'directory.on-of' });
}

/**
 * The account's name, as a link when it has a safe URL, else as text. `where` (see {@link whereabouts}) makes the
 * link's accessible name unique: the visible name, then where the account is.
 */
function nameOf(account: Account, ctx: ViewContext, part: string, where?: string): TemplateResult {
  const href = safeHref(account.url);
  const { text, lang } = localized(account.name, ctx.language);
  return href
    ? html`<a class="text" href=${href} part=${part} lang=${lang} aria-label=${where ? `${isolate(text)}${where}` : nothing}>${text}</a>`
    : html`<span class="text" part=${part} lang=${lang}>${text}</span>`;
}

function renderStatus(entry: DirectoryEntry, ctx: ViewContext): unknown {
  const { msg } = ctx;
  const { account } = entry;
  const status = account.status ?? 'active';
  const notice = safeHref(account.status_notice_url);
  const parts: unknown[] = [];
  if (account.replaced_by) {
    parts.push(
      html`<p class="successor" part="successor">
        ${msg('由此账号接替：', { id: 'directory.replaced-by' })}
        ${
          entry.successor
            ? html`${nameOf(entry.successor, ctx, 'successor-link')}
              <span class="muted">(${accountPlatformName(msg, entry.successor, ctx.language)})</span>`
            : html`<span class="text">${account.replaced_by}</span>`
        }
      </p>`,
    );
  }
  if (notice && status !== 'active') {
    parts.push(
      html`<p class="status-notice"><a href=${notice} part="status-notice">${msg('查看关于账号状态的说明', { id: 'directory.read-the-notice-about-this' })}</a></p>`,
    );
  }
  return parts;
}

function renderFacts(entry: DirectoryEntry, ctx: ViewContext): TemplateResult {
  const { msg } = ctx;
  const { account } = entry;
  const followers = account.followers;
  const posted = account.last_post_at;
  const organization = organizationName(msg, entry, ctx.language);
  // <dt>/<dd> pairs straight in the <dl> (no wrappers): fewer elements per card.
  return html`<dl class="facts" part="facts">
    <dt>${msg('单位', { id: 'directory.organization' })}</dt>
    <dd class="text" lang=${organization.lang}>${organization.text}</dd>
    ${account.handle ? html`<dt>${msg('账号', { id: 'directory.account-id' })}</dt><dd class="text" translate="no">${account.handle}</dd>` : nothing}
    ${
      account.functions && account.functions.length > 0
        ? html`<dt>${msg('功能', { id: 'directory.functions' })}</dt>
          <dd><ul class="functions" part="functions">${account.functions.map((fn) => html`<li>${functionLabel(msg, fn)}</li>`)}</ul></dd>`
        : nothing
    }
    ${
      followers
        ? html`<dt>${msg('粉丝', { id: 'directory.followers' })}</dt>
          <dd>
            ${
              followers.as_of
                ? msg(str`${isolate(formatCompactNumber(followers.count, ctx.locale))}（截至 ${isolate(formatDate(followers.as_of, ctx.locale))}）`, {
                    id: 'directory.as-of',
                  })
                : formatCompactNumber(followers.count, ctx.locale)
            }
          </dd>`
        : ctx.sort === 'followers'
          ? html`<dt>${msg('粉丝', { id: 'directory.followers' })}</dt>
            <dd>${msg('粉丝数未公布', { id: 'directory.follower-count-not-published' })}</dd>`
          : nothing
    }
    ${
      posted && machineDate(posted)
        ? html`<dt>${msg('最近发布', { id: 'directory.last-post' })}</dt>
          <dd><time datetime=${posted} title=${formatDate(posted, ctx.locale, 'long', true)}>${formatRelative(posted, ctx.locale, ctx.now)}</time></dd>`
        : ctx.sort === 'activity'
          ? html`<dt>${msg('最近发布', { id: 'directory.last-post' })}</dt>
            <dd>${msg('未提供', { id: 'directory.not-given' })}</dd>`
          : nothing
    }
    ${ctx.sort === 'activity' ? renderLastReply(account.last_reply_at, ctx) : nothing}
  </dl>`;
}

/** The last reply, where the ranking is by activity (which orders by it after the last post). */
function renderLastReply(replied: string | undefined, ctx: ViewContext): TemplateResult {
  const { msg } = ctx;
  return html`<dt>${msg('最近回复', { id: 'directory.last-reply' })}</dt>
    <dd>
      ${
        replied && machineDate(replied)
          ? html`<time datetime=${replied} title=${formatDate(replied, ctx.locale, 'long', true)}>${formatRelative(replied, ctx.locale, ctx.now)}</time>`
          : msg('未提供', { id: 'directory.not-given' })
      }
    </dd>`;
}

function renderQrButton(entry: DirectoryEntry, ctx: ViewContext, where: string): unknown {
  const { msg } = ctx;
  if (entry.inactive || qrSource(entry.account).kind === 'none') return nothing;
  const name = isolate(pickText(entry.account.name, ctx.language));
  return html`<button
    class="button secondary qr-button"
    part="qr-button"
    type="button"
    aria-haspopup="dialog"
    aria-label=${msg(str`二维码：${name}${where}`, { id: 'directory.qr-code-of-on-of' })}
    @click=${(event: Event) => ctx.openQr(entry, event.currentTarget as HTMLElement)}
  >${msg('二维码', { id: 'directory.qr-code' })}</button>`;
}

function renderDescription(account: Account, ctx: ViewContext): TemplateResult {
  const { text, lang } = localized(account.description, ctx.language);
  return html`<p class="description text" part="description" lang=${lang}>${text}</p>`;
}

export function renderCard(entry: DirectoryEntry, ctx: ViewContext): TemplateResult {
  const { msg } = ctx;
  const { account } = entry;
  const status = account.status ?? 'active';
  const flags = ctx.audit?.get(account.id);
  const classes = ['card', `status-${status}`, flags && flags.length > 0 ? 'failing' : ''].join(' ');
  // The link, the QR button and the read-aloud button all say where the account is, so each name is unique.
  const where = whereabouts(entry, ctx);
  return html`<li class=${classes} part="item" data-id=${account.id} tabindex="-1">
    <div class="card-head">
      <span class="platform text" part="platform">${platformIcon(account.platform)}${accountPlatformName(msg, account, ctx.language)}</span>
      ${status !== 'active' ? html`<span class="badge status" part="badge status">${statusLabel(msg, status)}</span>` : nothing}
    </div>
    <h4 class="name" part="title">${nameOf(account, ctx, 'link', where)}</h4>
    ${account.verified === true ? html`<p class="verified" part="verified">${verifiedIcon()}${msg('已认证', { id: 'directory.verified' })}</p>` : nothing}
    ${renderStatus(entry, ctx)}
    ${account.description ? renderDescription(account, ctx) : nothing}
    ${renderFacts(entry, ctx)} ${ctx.auditView?.renderAccountAudit(entry, ctx) ?? nothing}
    ${renderQrButton(entry, ctx, where)} ${readAloud(entry, ctx, where)}
  </li>`;
}

/** The read-aloud button: organization, platform, name and status, as the card shows them. */
function readAloud(entry: DirectoryEntry, ctx: ViewContext, where: string): unknown {
  const { msg, language } = ctx;
  const { account } = entry;
  const name = pickText(account.name, language);
  const platform = accountPlatformName(msg, account, language);
  return readAloudButton(
    ctx.speaker,
    msg,
    account.id,
    `${name}${where}`,
    () =>
      spokenText(ctx.locale, [
        organizationName(msg, entry, language).text,
        platform,
        name,
        account.status && account.status !== 'active' ? statusLabel(msg, account.status) : undefined,
      ]),
    'read-aloud',
  );
}
