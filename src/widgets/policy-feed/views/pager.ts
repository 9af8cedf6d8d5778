/**
 * Previous / next through pages of `limit` items. The buttons are never `disabled` (a disabled button drops
 * keyboard focus); at either end they are `aria-disabled` and do nothing, so focus stays where the reader
 * pressed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { UiLocale } from '../../../contract/localized.js';
import { formatNumber } from '../../../core/format.js';
import type { Msg } from '../../../core/i18n.js';

export interface PagerContext {
  /** The widget's `msg()`, in its UI language. */
  readonly msg: Msg;
  readonly locale: UiLocale;
  /** 0-based. */
  readonly page: number;
  /** `undefined` while more pages of the feed may follow. */
  readonly pageCount: number | undefined;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  readonly loading: boolean;
  /** Why the next page of the feed could not be loaded, in the reader's language. */
  readonly error: string | undefined;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
}

/** `第 2 页，共 5 页` / `第 2 页` (more to load). */
export function pageStatus(msg: Msg, page: number, pageCount: number | undefined, locale: string): string {
  const n = formatNumber(page + 1, locale);
  return pageCount === undefined
    ? msg(str`第 ${n} 页`, { id: 'core.page' })
    : msg(str`第 ${n} 页，共 ${formatNumber(pageCount, locale)} 页`, { id: 'feed.page-of' });
}

export function renderPager(ctx: PagerContext): TemplateResult {
  const { msg } = ctx;
  const nextOff = !ctx.hasNext || ctx.loading;
  return html`<nav class="pager" part="pager" aria-label=${msg('分页', { id: 'feed.pages' })}>
      <button
        type="button"
        class="button secondary"
        part="page-button previous"
        aria-disabled=${ctx.hasPrevious ? 'false' : 'true'}
        @click=${ctx.hasPrevious ? ctx.onPrevious : nothing}
      >
        ${msg('上一页', { id: 'core.previous' })}
      </button>
      <span class="page-status">${pageStatus(msg, ctx.page, ctx.pageCount, ctx.locale)}</span>
      <button
        type="button"
        class="button secondary"
        part="page-button next"
        aria-disabled=${nextOff ? 'true' : 'false'}
        aria-busy=${ctx.loading ? 'true' : 'false'}
        @click=${nextOff ? nothing : ctx.onNext}
      >
        ${ctx.loading ? msg('正在加载…', { id: 'core.loading' }) : msg('下一页', { id: 'core.next' })}
      </button>
    </nav>
    ${
      ctx.error
        ? html`<div class="page-error" part="page-error" role="alert">
          <span>${ctx.error}</span>
          <button type="button" class="button secondary" part="retry" @click=${ctx.onNext}>${msg('重试', { id: 'core.try-again' })}</button>
        </div>`
        : nothing
    }`;
}
