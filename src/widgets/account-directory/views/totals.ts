/**
 * The totals line (`totals`, and above the matrix): accounts active of all, platforms covered, followers in all
 * with the oldest date behind the sum, and the share updated within the stale threshold. Numbers through `Intl`
 * in the reader's language: followers compact (18.2万, 1.2亿, 182K), the share as a percentage.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { AccountTotals } from '../../../contract/index.js';
import { formatCompactNumber, formatDate, formatNumber } from '../../../core/format.js';
import { isolate } from '../../../core/view/bidi.js';
import type { ViewContext } from './context.js';

export function renderTotals(totals: AccountTotals, ctx: ViewContext): TemplateResult {
  const { msg, locale } = ctx;
  const n = (value: number) => isolate(formatNumber(value, locale));
  const followers = isolate(formatCompactNumber(totals.followers, locale));
  const asOf = totals.followersAsOf ? isolate(formatDate(totals.followersAsOf, locale)) : undefined;
  const unpublished = totals.active - totals.withFollowers;
  const share = isolate(formatNumber(totals.updatedShare, locale, { style: 'percent', maximumFractionDigits: 0 }));
  return html`<dl class="totals" part="totals" aria-label=${msg('账号概况', { id: 'directory.accounts-at-a-glance' })}>
    <div>
      <dt>${msg('在用账号', { id: 'directory.active-accounts' })}</dt>
      <dd>${msg(str`${n(totals.active)} / 共 ${n(totals.all)} 个`, { id: 'directory.active-of-all' })}</dd>
    </div>
    <div>
      <dt>${msg('覆盖平台', { id: 'directory.platforms-covered' })}</dt>
      <dd>${n(totals.platforms.length)}</dd>
    </div>
    <div>
      <dt>${msg('粉丝合计', { id: 'directory.followers-in-all' })}</dt>
      <dd>
        ${
          totals.withFollowers === 0
            ? msg('粉丝数未公布', { id: 'directory.follower-count-not-published' })
            : asOf
              ? msg(str`${followers}（最早截至 ${asOf}）`, { id: 'directory.followers-as-of-oldest' })
              : followers
        }${
          totals.withFollowers > 0 && unpublished > 0
            ? html`<span class="muted">${msg(str`，${n(unpublished)} 个账号未公布`, { id: 'directory.accounts-not-published' })}</span>`
            : nothing
        }
      </dd>
    </div>
    <div>
      <dt>${msg(str`${n(totals.staleDays)} 天内更新`, { id: 'directory.updated-within-days' })}</dt>
      <dd>${totals.active === 0 ? '—' : msg(str`${share}（${n(totals.updated)} 个）`, { id: 'directory.share-updated' })}</dd>
    </div>
  </dl>`;
}
