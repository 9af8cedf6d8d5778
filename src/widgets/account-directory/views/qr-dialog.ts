/**
 * The QR dialog: a native modal `<dialog>` (focus moves in, Esc closes, the page behind is inert), the code
 * as an image or an SVG drawn here, and beside it the account link for readers who cannot scan.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { pickText, safeHref } from '../../../contract/index.js';
import type { DirectoryEntry } from '../model.js';
import { accountPlatformName } from '../labels.js';
import { platformIcon } from './icons.js';
import { qrPath, QUIET_ZONE, type QrMatrix } from '../controllers/qr-code.js';
import { dataText } from '../../../core/view/data-text.js';
import { isolate } from '../../../core/view/bidi.js';
import { organizationName, type ViewContext } from './context.js';
import type { Msg } from '../../../core/i18n.js';

export type QrView =
  | { readonly status: 'image'; readonly url: string }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly matrix: QrMatrix }
  /** The text could not be encoded (too long) or the encoder failed to load. */
  | { readonly status: 'failed' }
  /** The account has nothing to encode. */
  | { readonly status: 'none' };

export interface QrDialogState {
  readonly entry: DirectoryEntry;
  readonly view: QrView;
}

export interface QrDialogHandlers {
  /** The close button. */
  readonly close: () => void;
  /** The dialog closed (close button or Esc). */
  readonly closed: () => void;
  /** The `qr.url` image did not load. */
  readonly imageFailed: () => void;
}

/** `qr.alt`, or a description made from the platform and the name. */
export function qrDescription(entry: DirectoryEntry, ctx: ViewContext): string {
  const { msg } = ctx;
  const alt = pickText(entry.account.qr?.alt, ctx.language);
  if (alt.trim() !== '') return alt;
  const name = isolate(pickText(entry.account.name, ctx.language));
  return msg(str`${isolate(accountPlatformName(msg, entry.account, ctx.language))}“${name}”的二维码`, { id: 'directory.qr-code-of-on' });
}

function renderCode(msg: Msg, view: QrView, label: string, on: QrDialogHandlers): TemplateResult {
  switch (view.status) {
    case 'image':
      return html`<img class="qr-code" part="qr-code" src=${view.url} alt=${label} width="240" height="240" @error=${on.imageFailed} />`;
    case 'ready': {
      const side = view.matrix.length + 2 * QUIET_ZONE;
      return html`<svg
        class="qr-code"
        part="qr-code"
        role="img"
        aria-label=${label}
        viewBox="0 0 ${side} ${side}"
        shape-rendering="crispEdges"
      >${svg`<rect width=${side} height=${side} fill="#ffffff"/><path d=${qrPath(view.matrix)} fill="#000000"/>`}</svg>`;
    }
    case 'loading':
      return html`<p class="qr-message" role="status">${msg('正在生成二维码…', { id: 'directory.drawing-the-qr-code' })}</p>`;
    case 'failed':
      return html`<p class="qr-message">${msg('二维码无法显示，请使用旁边的链接。', { id: 'directory.the-qr-code-cannot-be' })}</p>`;
    case 'none':
      return html`<p class="qr-message">${msg('这个账号没有提供二维码。', { id: 'directory.this-account-has-no-qr' })}</p>`;
  }
}

export function renderQrDialog(state: QrDialogState, ctx: ViewContext, on: QrDialogHandlers): TemplateResult {
  const { msg } = ctx;
  const { account } = state.entry;
  const href = safeHref(account.url);
  const name = isolate(pickText(account.name, ctx.language));
  const shown = state.view.status === 'image' || state.view.status === 'ready';
  const organization = organizationName(msg, state.entry, ctx.language);
  return html`<dialog class="qr-dialog" part="dialog" aria-labelledby="qr-title" @close=${on.closed}>
    <div class="dialog-head">
      <h3 class="dialog-title" id="qr-title">${msg(str`“${name}”的二维码`, { id: 'directory.qr-code-of' })}</h3>
      <button class="button secondary" part="close" type="button" @click=${on.close}>${msg('关闭', { id: 'directory.close' })}</button>
    </div>
    <div class="qr-body">
      <div class="qr-figure">${renderCode(msg, state.view, qrDescription(state.entry, ctx), on)}</div>
      <div class="qr-side">
        <p class="platform">${platformIcon(account.platform)}<span class="text">${accountPlatformName(msg, account, ctx.language)}</span></p>
        <p class="text" lang=${organization.lang}>${organization.text}</p>
        ${shown ? html`<p class="hint">${msg('用手机扫描二维码即可关注。', { id: 'directory.scan-the-code-with-your' })}</p>` : nothing}
        ${
          href
            ? html`<p>${msg('无法扫码？打开账号页面：', { id: 'directory.cannot-scan-open-the-account' })}</p>
              <p><a href=${href} part="qr-link">${dataText(account.name, ctx)}</a></p>`
            : nothing
        }
        ${
          account.handle
            ? html`<p>${msg('也可在平台内搜索账号：', { id: 'directory.or-search-the-platform-for' })}<span class="text handle" translate="no">${account.handle}</span></p>`
            : nothing
        }
      </div>
    </div>
  </dialog>`;
}
