/**
 * The matrix view (`view="matrix"`): organizations × platforms as a real `<table>` — a `<caption>`, platforms as
 * column headers and organizations as row headers (`<th scope>`), each cell naming its accounts with their state
 * in words (duplicate, days without a post, paused, closing, merged, closed), row and column totals. Below a width
 * (a container query) each organization becomes a block of its own, each platform named in its cell.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { AccountMatrix, MatrixAccount, MatrixCell, MatrixRow, Platform } from '../../../contract/index.js';
import { formatNumber } from '../../../core/format.js';
import { isolate } from '../../../core/view/bidi.js';
import { platformName } from '../labels.js';
import { platformIcon } from './icons.js';
import { localized, statusLabel, type ViewContext } from './context.js';

export interface MatrixWindow {
  /** Rows (organizations) drawn. */
  readonly rows: number;
  /** Draws more rows (the "show more organizations" button). */
  readonly more: () => void;
}

function count(total: number, active: number, ctx: ViewContext): unknown {
  const { msg, locale } = ctx;
  const all = formatNumber(total, locale);
  if (active === total) return all;
  return html`${all} <span class="muted">${msg(str`（在用 ${isolate(formatNumber(active, locale))}）`, { id: 'directory.matrix-active' })}</span>`;
}

/** An account's marks, in words (never colour alone). */
function marks(entry: MatrixAccount, ctx: ViewContext): unknown[] {
  const { msg, locale } = ctx;
  const out: unknown[] = [];
  if (entry.status !== 'active') out.push(html`<span class="mark status" data-mark=${entry.status}>${statusLabel(msg, entry.status)}</span>`);
  if (entry.duplicate) out.push(html`<span class="mark duplicate" data-mark="duplicate">${msg('重复', { id: 'directory.matrix-duplicate' })}</span>`);
  if (entry.stale) {
    out.push(
      html`<span class="mark stale" data-mark="stale"
        >${
          entry.days === null
            ? msg('无发布日期', { id: 'directory.matrix-no-post-date' })
            : msg(str`${isolate(formatNumber(entry.days, locale))} 天未更新`, { id: 'directory.matrix-days-without-a-post' })
        }</span
      >`,
    );
  }
  return out;
}

function renderAccount(entry: MatrixAccount, ctx: ViewContext): TemplateResult {
  const { text, lang } = localized(entry.account.name, ctx.language);
  const classes = ['matrix-account', `status-${entry.status}`, entry.duplicate ? 'duplicate' : '', entry.stale ? 'stale' : ''].join(' ');
  return html`<li class=${classes} data-id=${entry.account.id}><span class="text" lang=${lang}>${text}</span> ${marks(entry, ctx)}</li>`;
}

function renderCell(cell: MatrixCell | undefined, platform: Platform, ctx: ViewContext): TemplateResult {
  const { msg } = ctx;
  if (!cell) {
    return html`<td class="none" data-platform=${platform}>
      <span aria-hidden="true">—</span><span class="visually-hidden">${msg('无', { id: 'directory.matrix-none' })}</span>
    </td>`;
  }
  return html`<td class=${cell.duplicate ? 'duplicate' : ''} data-platform=${platform}>
    <span class="cell-label">${platformIcon(platform)}${platformName(msg, platform)}</span>
    <ul class="matrix-accounts">
      ${cell.accounts.map((entry) => renderAccount(entry, ctx))}
    </ul>
  </td>`;
}

function organizationLabel(row: MatrixRow, ctx: ViewContext): TemplateResult {
  if (!row.organization) return html`${ctx.msg('未注明单位', { id: 'directory.organization-not-given' })}`;
  const { text, lang } = localized(row.organization.name, ctx.language);
  return html`<span class="text" lang=${lang}>${text}</span>`;
}

export function renderMatrix(matrix: AccountMatrix, ctx: ViewContext, window: MatrixWindow): TemplateResult {
  const { msg, locale } = ctx;
  const n = (value: number) => isolate(formatNumber(value, locale));
  const rows = matrix.rows.slice(0, Math.max(window.rows, 1));
  const hidden = matrix.rows.length - rows.length;
  const totalLabel = msg('合计', { id: 'directory.matrix-total' });
  const days = n(matrix.staleDays);
  return html`<div class="matrix" part="matrix">
    <p class="hint matrix-legend" part="matrix-legend">
      ${msg(str`标注说明：“重复”指同一单位在同一平台有不止一个在用账号（原则上只设一个）；“某天未更新”指在用账号超过 ${days} 天没有发布。`, {
        id: 'directory.matrix-legend',
      })}
    </p>
    <div class="matrix-scroll">
      <table class="matrix-table" part="matrix-table">
        <caption>
          ${msg(str`新媒体矩阵：${n(matrix.rows.length)} 个单位在 ${n(matrix.platforms.length)} 个平台的账号`, { id: 'directory.matrix-caption' })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('单位', { id: 'directory.organization' })}</th>
            ${matrix.platforms.map((platform) => html`<th scope="col">${platformIcon(platform)}${platformName(msg, platform)}</th>`)}
            <th scope="col">${totalLabel}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row, index) => html`<tr data-organization=${row.key}>
              <th scope="row" id=${`matrix-row-${index}`} tabindex="-1">${organizationLabel(row, ctx)}</th>
              ${row.cells.map((cell, column) => renderCell(cell, matrix.platforms[column]!, ctx))}
              <td class="row-total"><span class="cell-label">${totalLabel}</span>${count(row.total, row.active, ctx)}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${totalLabel}</th>
            ${matrix.columns.map(
              (column) =>
                html`<td data-platform=${column.platform}>
                  <span class="cell-label">${platformIcon(column.platform)}${platformName(msg, column.platform)}</span>${count(column.total, column.active, ctx)}
                </td>`,
            )}
            <td class="row-total"><span class="cell-label">${totalLabel}</span>${count(matrix.total, matrix.active, ctx)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
    ${
      hidden > 0
        ? html`<button class="button secondary more more-groups" part="more-button" type="button" @click=${window.more}>
          ${msg(str`显示更多单位（还有 ${isolate(formatNumber(hidden, locale))} 个）`, { id: 'directory.show-more-organizations-more' })}
        </button>`
        : nothing
    }
  </div>`;
}
