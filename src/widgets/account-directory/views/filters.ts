/** The filters: name search, organization select, platform chips with counts, and (in the audit) "failing only". */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { pickText, SORT_ORDERS, type Platform, type SortOrder } from '../../../contract/index.js';
import { formatNumber } from '../../../core/format.js';
import { chip, searchField } from '../../../core/view/controls.js';
import { NO_ORGANIZATION, type Facet } from '../model.js';
import { platformName } from '../labels.js';
import { platformIcon } from './icons.js';
import { isolate } from '../../../core/view/bidi.js';
import type { ViewContext } from './context.js';

export interface FilterState {
  readonly query: string;
  readonly platform: Platform | undefined;
  readonly organization: string | undefined;
  readonly failingOnly: boolean;
  /** The ranking chosen; `undefined` for document order. `sort` absent: no sort control. */
  readonly sort?: { readonly order: SortOrder | undefined } | undefined;
}

export interface FilterHandlers {
  readonly search: (query: string) => void;
  readonly platform: (platform: Platform | undefined) => void;
  readonly organization: (key: string | undefined) => void;
  readonly failingOnly: (on: boolean) => void;
  readonly sort: (order: SortOrder | undefined) => void;
}

const isSortOrder = (value: string): value is SortOrder => (SORT_ORDERS as readonly string[]).includes(value);

/** The sort control: a native, labelled `<select>` (document order, then the three rankings). */
function renderSort(order: SortOrder | undefined, ctx: ViewContext, on: FilterHandlers): TemplateResult {
  const { msg } = ctx;
  const labels: Record<SortOrder, string> = {
    followers: msg('粉丝数（从多到少）', { id: 'directory.sort-followers' }),
    activity: msg('最近活跃（发布、回复）', { id: 'directory.sort-activity' }),
    name: msg('名称（按拼音）', { id: 'directory.sort-name' }),
  };
  return selectField(
    'sort',
    msg('排序', { id: 'directory.sort-by' }),
    'sort-select',
    (value) => on.sort(isSortOrder(value) ? value : undefined),
    html`<option value="" .selected=${order === undefined}>${msg('默认顺序', { id: 'directory.sort-default' })}</option>
      ${SORT_ORDERS.map((key) => html`<option value=${key} .selected=${order === key}>${labels[key]}</option>`)}`,
  );
}

/** A labelled native `<select>` of the tools row (the organization and the sort): `change` gets its value. */
function selectField(name: string, label: string, part: string, change: (value: string) => void, options: TemplateResult): TemplateResult {
  return html`<div class="field ${name}">
    <label class="label" for=${name}>${label}</label>
    <select id=${name} class="input" part=${part} name=${name} @change=${(event: Event) => change((event.target as HTMLSelectElement).value)}>
      ${options}
    </select>
  </div>`;
}

/** `<option>` values: organization keys are any strings, so they carry a prefix; '' is "all". */
export const organizationOptionValue = (key: string): string => (key === NO_ORGANIZATION ? 'none' : `o:${key}`);

export function organizationFromOption(value: string): string | undefined {
  if (value === 'none') return NO_ORGANIZATION;
  return value.startsWith('o:') ? value.slice(2) : undefined;
}

export function renderFilters(
  state: FilterState,
  facets: { platforms: readonly Facet<Platform>[]; organizations: readonly Facet<string>[]; total: number },
  ctx: ViewContext,
  on: FilterHandlers,
): TemplateResult {
  const { msg } = ctx;
  const count = (n: number) => formatNumber(n, ctx.locale);
  return html`<div class="filters" part="tools">
    <div class="filter-row">
      <div class="field search">
        ${searchField(
          {
            label: msg('搜索账号', { id: 'directory.search-accounts' }),
            value: state.query,
            onInput: (event) => on.search((event.target as HTMLInputElement).value),
            placeholder: msg('输入账号名称', { id: 'directory.account-name' }),
          },
          'search',
        )}
      </div>
      ${
        facets.organizations.length > 1
          ? selectField(
              'organization',
              msg('单位', { id: 'directory.organization' }),
              'organization-select',
              (value) => on.organization(organizationFromOption(value)),
              html`<option value="" .selected=${state.organization === undefined}>${msg('全部单位', { id: 'directory.all-organizations' })}</option>
              ${facets.organizations.map(
                (facet) => html`<option value=${organizationOptionValue(facet.key)} .selected=${state.organization === facet.key}>
${
  facet.key === NO_ORGANIZATION
    ? msg('未注明单位', { id: 'directory.organization-not-given' })
    : isolate(pickText(ctx.model.organizations.get(facet.key)?.name, ctx.language))
} (${count(facet.count)})</option>`,
              )}`,
            )
          : nothing
      }
      ${state.sort ? renderSort(state.sort.order, ctx, on) : nothing}
    </div>
    ${
      facets.platforms.length > 1
        ? html`<div class="platforms" role="group" aria-label=${msg('按平台筛选', { id: 'directory.filter-by-platform' })}>
          <ul class="chips" part="platforms">
            ${chip(state.platform === undefined, html`${msg('全部平台', { id: 'directory.all-platforms' })} <span class="chip-count">(${count(facets.total)})</span>`, () => on.platform(undefined), 'chip')}
            ${facets.platforms.map((facet) =>
              chip(
                state.platform === facet.key,
                html`${platformIcon(facet.key)}${platformName(msg, facet.key)} <span class="chip-count">(${count(facet.count)})</span>`,
                () => on.platform(state.platform === facet.key ? undefined : facet.key),
                'chip',
                facet.key,
              ),
            )}
          </ul>
        </div>`
        : nothing
    }
    ${
      ctx.audit
        ? html`<label class="failing-only">
          <input type="checkbox" name="failing" .checked=${state.failingOnly} @change=${(event: Event) => on.failingOnly((event.target as HTMLInputElement).checked)} />
          ${msg('只看未通过检查的账号', { id: 'directory.only-accounts-that-fail-the' })}
        </label>`
        : nothing
    }
  </div>`;
}

/** The result count, in a polite live region that is on the page before the first change. */
export function renderCount(shown: number, total: number, filtered: boolean, ctx: ViewContext): TemplateResult {
  const { msg } = ctx;
  const n = isolate(formatNumber(shown, ctx.locale));
  const text = !filtered
    ? shown === 1
      ? msg('共 1 个账号', { id: 'directory.1-account' })
      : msg(str`共 ${n} 个账号`, { id: 'directory.accounts' })
    : shown === 1
      ? msg(str`找到 1 个账号（共 ${isolate(formatNumber(total, ctx.locale))} 个）`, { id: 'directory.1-account-found-of' })
      : msg(str`找到 ${n} 个账号（共 ${isolate(formatNumber(total, ctx.locale))} 个）`, { id: 'directory.accounts-found-of' });
  return html`<p class="count" part="count" role="status" aria-live="polite">${text}</p>`;
}
