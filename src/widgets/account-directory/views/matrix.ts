/**
 * The matrix view (`view="matrix"`): organizations × platforms as a real `<table>` — a `<caption>`, platforms as
 * column headers and organizations as row headers (`<th scope>`), each cell naming its accounts with their state
 * in words (duplicate, days without a post, paused, closing, merged, closed), row and column totals. Below a width
 * (a container query) each organization becomes a block of its own, each platform named in its cell.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
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
  return html`${all}<span class="muted">${msg(str`（在用 ${isolate(formatNumber(active, locale))}）`, { id: 'directory.matrix-active' })}</span>`;
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

/**
 * The matrix's styles, in its chunk: the element adopts them when the view is first drawn, so a directory that
 * never shows the matrix does not carry them.
 */
export const matrixStyles = css`
  /* The matrix: a table that scrolls sideways inside the widget when wide, and below 34em of the widget's own
     width (a container query, as the cards use) one block per organization, each platform named in its cell. */
  .matrix {
    container: matrix / inline-size;
  }
  .matrix-legend {
    margin-block-end: 0.5em;
    font-size: var(--_font-small);
  }
  .matrix-scroll {
    overflow-x: auto;
  }
  .matrix-table {
    border-collapse: collapse;
    min-inline-size: 100%;
  }
  .matrix-table caption {
    margin-block-end: 0.5em;
    font-weight: bold;
    text-align: start;
  }
  .matrix-table th,
  .matrix-table td {
    padding: 0.375em 0.5em;
    border: 1px solid var(--_divider);
    text-align: start;
    vertical-align: top;
  }
  .matrix-table thead th {
    white-space: nowrap;
    background: var(--_tint);
  }
  .matrix-table tbody th {
    min-inline-size: 8em;
  }
  .matrix-table tbody th:focus {
    outline: none;
  }
  .matrix-table tbody th:focus-visible {
    outline: var(--_focus);
  }
  .matrix-table tfoot th,
  .matrix-table tfoot td,
  .matrix-table .row-total {
    font-weight: bold;
    background: var(--_tint);
  }
  .matrix-table .none {
    color: var(--_muted);
  }
  .cell-label {
    display: none;
  }
  .matrix-accounts {
    list-style: none;
  }
  .matrix-account + .matrix-account {
    margin-block-start: 0.25em;
  }
  .matrix-account:not(.status-active) {
    color: var(--_muted);
  }
  /* Every mark is a word in a bordered box; the border style differs too, so none rests on colour. */
  .mark {
    display: inline-block;
    margin-inline-start: 0.25em;
    padding: 0 0.375em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: var(--_font-small);
    white-space: nowrap;
  }
  .mark.duplicate,
  .mark.stale {
    border-color: var(--_danger);
    border-width: 0.125em;
    color: var(--_danger);
  }
  .mark.status {
    border-style: dashed;
  }
  @container matrix (inline-size < 34em) {
    .matrix-table,
    .matrix-table tbody,
    .matrix-table tfoot,
    .matrix-table tr,
    .matrix-table th,
    .matrix-table td {
      display: block;
      min-inline-size: 0;
    }
    .matrix-table caption {
      display: block;
    }
    /* The column headers stay for screen readers; each cell names its platform on screen. */
    .matrix-table thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .matrix-table tr {
      margin-block-end: 0.75em;
      border: 1px solid var(--_divider);
      border-radius: var(--_radius);
    }
    .matrix-table th,
    .matrix-table td {
      border: 0;
    }
    .matrix-table tbody th,
    .matrix-table tfoot th {
      border-block-end: 1px solid var(--_divider);
      background: var(--_tint);
    }
    .matrix-table .none {
      display: none;
    }
    .cell-label {
      display: flex;
      align-items: center;
      gap: 0.375em;
      color: var(--_muted);
      font-size: var(--_font-small);
    }
  }

  @media (forced-colors: active) {
    .mark {
      border-color: CanvasText;
    }
  }
`;
