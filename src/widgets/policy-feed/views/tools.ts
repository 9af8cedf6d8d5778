/**
 * The reader's tools above the list: a labelled search box and chip groups (kind, issuer, topic, year).
 * Chips are toggle buttons (`aria-pressed`); each group has an "all" chip and allows one value.
 * In a narrow widget the groups fold behind one "筛选（n）" disclosure button (ADR 0016): which of the two
 * shows is decided by a container query on the widget's inline size, so both are always rendered.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { UiLocale } from '../../../contract/localized.js';
import { cached, formatNumber } from '../../../core/format.js';
import type { PolicyKind } from '../../../contract/types.js';
import type { Selection, SelectionGroup } from '../model/filter.js';
import { chip, searchField } from '../../../core/view/controls.js';
import { dataText } from '../../../core/view/data-text.js';
import type { ItemContext } from './item.js';
import { kindLabel } from '../labels.js';
import type { Facets } from '../model.js';
import type { Msg } from '../../../core/i18n.js';

export interface ToolsContext extends Pick<ItemContext, 'language' | 'documentLanguage' | 'model'> {
  /** The widget's `msg()`, in its UI language. */
  readonly msg: Msg;
  readonly locale: UiLocale;
  readonly searchable: boolean;
  readonly facets: Facets | undefined;
  readonly query: string;
  readonly selection: Selection;
  readonly onInput: (event: InputEvent) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onChoose: (group: SelectionGroup, value: Selection[SelectionGroup]) => void;
  /** Groups the reader opened to show every value. */
  readonly expanded: ReadonlySet<SelectionGroup>;
  readonly onExpand: (group: SelectionGroup) => void;
  /** Whether the reader opened the folded filters (only matters in a narrow widget). */
  readonly filtersOpen: boolean;
  readonly onToggleFilters: () => void;
}

/** Chips a group shows before "show all": the most frequent values (and the chosen one). */
export const CHIPS_SHOWN = 8;

/**
 * The most chips a group shows even after "show all" (the most frequent values, and the chosen one): a feed
 * of thousands of one-off topics would otherwise draw a chip for each. The rest are counted in a note.
 */
export const MAX_CHIPS = 100;

const WBR = html`<wbr />`;
const WORDS: Intl.SegmenterOptions = { granularity: 'word' };

/**
 * `text` with a `<wbr>` between its words (Intl.Segmenter's, which knows Chinese words: 县|发展|和|改革|局).
 * Under the chips' `word-break: keep-all`, which allows no break between two CJK characters, a chip wider than
 * the widget then breaks between words only. As it is where the engine has no Segmenter.
 */
export function betweenWords(text: string, lang: string): unknown {
  if (typeof Intl.Segmenter !== 'function') return text;
  const segmenter = cached('segmenter', lang, WORDS, () => new Intl.Segmenter(lang, WORDS));
  return Array.from(segmenter.segment(text), (s, i) => (i === 0 ? s.segment : [WBR, s.segment]));
}

const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };

/**
 * `2026年` / `2026`: the locale's pattern around the year as written (four digits, `0099` too). The year is
 * not passed through a `Date`: `Date.UTC(99, …)` is 1999, and Intl drops the era of year 0.
 */
export function yearLabel(year: number, locale: string): string {
  const format = cached('date', locale, YEAR, () => new Intl.DateTimeFormat(locale, YEAR));
  const written = String(year).padStart(4, '0');
  return format
    .formatToParts(Date.UTC(2000, 6, 1))
    .map((part) => (part.type === 'year' ? written : part.value))
    .join('');
}

function group<V extends Selection[SelectionGroup]>(
  ctx: ToolsContext,
  name: SelectionGroup,
  label: string,
  /** Each value, and its label drawn only if its chip is shown (a group may have 100,000 values). */
  values: readonly { value: V; label: () => unknown }[],
): unknown {
  const { msg } = ctx;
  const current = ctx.selection[name];
  // A group with one value has nothing to choose (unless that value is chosen, so it can be undone).
  if (values.length < 2 && current === undefined) return nothing;
  const id = `filter-${name}`;
  const open = ctx.expanded.has(name) || values.length <= CHIPS_SHOWN + 1;
  const limit = open ? MAX_CHIPS : CHIPS_SHOWN;
  const shown = values.filter((v, i) => i < limit || v.value === current);
  const left = values.length - shown.length;
  return html`<div class="filter-group" role="group" aria-labelledby=${id}>
    <span class="label" id=${id}>${label}</span>
    <ul class="chips">
      ${chip(current === undefined, msg('全部', { id: 'feed.all' }), () => ctx.onChoose(name, undefined), 'chip')}
      ${shown.map((v) => chip(current === v.value, v.label(), () => ctx.onChoose(name, current === v.value ? undefined : v.value), 'chip'))}
      ${
        open
          ? left > 0
            ? html`<li class="chips-note" part="chips-note">${msg(str`另有 ${formatNumber(left, ctx.locale)} 项较少用到的未列出`, { id: 'feed.less-used-values-not-listed' })}</li>`
            : nothing
          : html`<li>
            <button type="button" class="chip more" part="chip show-all" @click=${() => ctx.onExpand(name)}>
              ${values.length > MAX_CHIPS ? msg(str`显示前 ${formatNumber(MAX_CHIPS, ctx.locale)} 项（共 ${formatNumber(values.length, ctx.locale)} 项）`, { id: 'feed.show-the-first-of' }) : msg(str`显示全部 ${values.length} 项`, { id: 'feed.show-all' })}
            </button>
          </li>`
      }
    </ul>
  </div>`;
}

/** The disclosure button of the folded filters, with how many groups have a value chosen. */
function filterToggle(ctx: ToolsContext): TemplateResult {
  const { msg } = ctx;
  const active = Object.values(ctx.selection).filter((value) => value !== undefined).length;
  return html`<button
    type="button"
    class="button secondary filter-toggle"
    part="filter-toggle"
    aria-expanded=${ctx.filtersOpen ? 'true' : 'false'}
    aria-controls="filters"
    @click=${ctx.onToggleFilters}
  >
    ${active > 0 ? msg(str`筛选（${formatNumber(active, ctx.locale)}）`, { id: 'feed.filters-chosen' }) : msg('筛选', { id: 'feed.filters' })}
  </button>`;
}

function renderFilters(ctx: ToolsContext, facets: Facets): unknown {
  const { msg } = ctx;
  const groups = [
    group<PolicyKind | undefined>(
      ctx,
      'kind',
      msg('类别', { id: 'feed.type' }),
      facets.kinds.map((kind) => ({ value: kind, label: () => kindLabel(msg, kind) })),
    ),
    group<string | undefined>(
      ctx,
      'issuer',
      msg('发布机构', { id: 'feed.issued-by' }),
      facets.issuers.map((i) => ({ value: i.key, label: () => dataText(i.name, ctx, '', betweenWords) })),
    ),
    group<string | undefined>(
      ctx,
      'topic',
      msg('主题', { id: 'feed.topics' }),
      facets.topics.map((t) => ({ value: t.key, label: () => dataText(t.text, ctx, '', betweenWords) })),
    ),
    group<number | undefined>(
      ctx,
      'year',
      msg('年份', { id: 'feed.year' }),
      facets.years.map((y) => ({ value: y, label: () => yearLabel(y, ctx.locale) })),
    ),
  ];
  // No group to choose from: no empty box, and no button that would open one.
  if (groups.every((g) => g === nothing)) return nothing;
  return html`${filterToggle(ctx)}<div class="filters" id="filters" part="filters">${groups}</div>`;
}

export function renderTools(ctx: ToolsContext): TemplateResult {
  const { msg } = ctx;
  const facets = ctx.facets;
  return html`<div class="tools ${ctx.filtersOpen ? 'open' : ''}" part="tools">
    ${
      ctx.searchable
        ? html`<form class="search field" role="search" @submit=${ctx.onSubmit}>
          ${searchField({ label: msg('搜索政策', { id: 'feed.search-policies' }), value: ctx.query, onInput: ctx.onInput, hintId: 'search-hint' }, 'search')}
          <span class="hint" id="search-hint">${msg('可按标题、文号或摘要查找', { id: 'feed.searches-titles-document-numbers-and' })}</span>
        </form>`
        : nothing
    }
    ${facets ? renderFilters(ctx, facets) : nothing}
  </div>`;
}
