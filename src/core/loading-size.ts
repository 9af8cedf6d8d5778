/**
 * How tall each widget will be once its data shows, before the data is there: the block size of the loading
 * placeholder. One source for two readers:
 *
 * - each widget's `loadingBlockSize()`, which measures its own inline size and asks the functions below;
 * - `scripts/loading-heights.mjs`, which writes the same rules as the host-page snippet
 *   (`dist/gov-widgets.css`) that reserves the space before the script has defined the elements.
 *
 * So the page does not move when the script arrives (snippet box → placeholder of the same size), and moves
 * little when the data arrives (placeholder → content of about that size).
 *
 * Sizes are in `em` of the widget's own font size. What wraps (titles, summaries, chips, cards in a grid) makes
 * a widget taller when it is narrower, so a size that depends on the inline size W (in em) is a {@link Curve}:
 * the largest of a few lines `a − b·W`, with W counted as at least {@link MIN_INLINE_EM}. CSS can say exactly
 * that without knowing W: `min(cap, max(a·F − b·100%, …))` in a padding, where a percentage is of the
 * inline size and F is the font size.
 *
 * The numbers are fitted to the demo data (demo/data/: a county's policies with 文号, interpretations and
 * attachments, 16 accounts in 8 organizations, the question form with its tabs) at inline sizes from 300 to
 * 1150 px; `node bench/loading-calibrate.mjs` measures them again and prints how far each estimate is from the
 * rendered widget. Pure: no DOM here but {@link inlineSizeEm}, no imports (the build script reads this file).
 */

/** A line `[a, b]`: a block size of `a − b·W` em at an inline size of W em. */
export type Line = readonly [a: number, b: number];

/** The largest of its lines, for W ≥ {@link MIN_INLINE_EM}. */
export type Curve = readonly Line[];

/** Narrower widgets are sized as if they were this wide (288 px at 16 px): a phone with a small margin. */
export const MIN_INLINE_EM = 18;

/** The width assumed when the element has none yet (not laid out, `display: none` around it). */
export const DEFAULT_INLINE_EM = 50;

/** The value of a curve at an inline size of `inlineEm`. */
export function curveAt(curve: Curve, inlineEm: number): number {
  const w = Math.max(MIN_INLINE_EM, Number.isFinite(inlineEm) ? inlineEm : DEFAULT_INLINE_EM);
  return Math.max(...curve.map(([a, b]) => a - b * w));
}

/** A size: a curve, or a number of em when it does not depend on the inline size. */
export type Size = Curve | number;

/** The value of a size at an inline size of `inlineEm`. */
export const sizeAt = (size: Size, inlineEm: number): number => (typeof size === 'number' ? size : curveAt(size, inlineEm));

// Top-level constants rather than objects: the bundles' minifier renames them, not property names.

/** `<gov-policy-feed>`. The default of `limit`, and the most rows a page shows (as the widget clamps it). */
export const FEED_DEFAULT_LIMIT = 10;
export const FEED_MAX_LIMIT = 100;
/** One row: title (1–3 lines), meta line, 文号 and issuer, summary, topics, interpretations, attachments. */
export const FEED_ROW: Curve = [
  [31.7, 0.65],
  [21.2, 0.23],
  [12.1, 0],
];
/** One `compact` row (no summary). */
export const FEED_COMPACT_ROW: Curve = [
  [26.5, 0.56],
  [19.9, 0.3],
  [10.2, 0],
];
/** Always there: the list's top border, a gap (0.75em), the footer with the subscribe link. */
export const FEED_BASE = 0.0625 + 0.75 + 2.2;
/** Each block an attribute adds, with its gap (0.75em). A non-empty `heading`. */
export const FEED_HEADING = 1.75 + 0.75;
/** `searchable`: label, input, hint. */
export const FEED_SEARCH = 6 + 0.75;
/** `filters`: four chip groups (kind, issuer, topic, year) that wrap. */
export const FEED_FILTERS: Curve = [
  [108, 2.9],
  [60, 0.96],
  [28, 0.21],
  [11, 0],
];
/** `paging`: the pager. */
export const FEED_PAGING = 2.5 + 0.75;

export interface FeedSizeOptions {
  /** Rows one page shows (1–100, as the widget clamps `limit`). */
  readonly rows?: number;
  readonly compact?: boolean;
  /** Whether a non-empty `heading` shows. */
  readonly heading?: boolean;
  readonly searchable?: boolean;
  readonly filters?: boolean;
  readonly paging?: boolean;
}

/** Block size of `<gov-policy-feed>` with these attributes at an inline size of `inlineEm`, in em. */
export function feedBlockSize(options: FeedSizeOptions, inlineEm: number): number {
  const at = (size: Size): number => sizeAt(size, inlineEm);
  return (
    (options.rows ?? FEED_DEFAULT_LIMIT) * at(options.compact ? FEED_COMPACT_ROW : FEED_ROW) +
    FEED_BASE +
    (options.heading ? FEED_HEADING : 0) +
    (options.searchable ? FEED_SEARCH : 0) +
    (options.filters ? at(FEED_FILTERS) : 0) +
    (options.paging ? FEED_PAGING : 0)
  );
}

/**
 * `<gov-account-directory>`: filters, the count and the first groups of cards, by organization or by platform
 * (`group-by`), with the audit summary and flags when `audit`: one curve each, in the order organization,
 * organization + audit, platform, platform + audit. Cards sit in a grid of 17em columns, so the size drops
 * where a second column fits.
 */
export const DIRECTORY: readonly Curve[] = [
  [
    [360, 4.1],
    [222, 0.4],
    [190, 0],
  ],
  [
    [432, 4.7],
    [275, 0.53],
    [232, 0],
  ],
  [
    [388, 2.9],
    [300, 0.51],
    [259, 0],
  ],
  [
    [464, 3.6],
    [351, 0.61],
    [303, 0],
  ],
];
/** `show-inactive` adds about a group. */
export const DIRECTORY_INACTIVE: Curve = [
  [63, 1],
  [24, 0],
];

export interface DirectorySizeOptions {
  readonly audit?: boolean;
  /** `group-by`: `platform`, else by organization. */
  readonly groupBy?: string | undefined;
  readonly showInactive?: boolean;
}

/** Block size of `<gov-account-directory>` with these attributes at an inline size of `inlineEm`, in em. */
export function directoryBlockSize(options: DirectorySizeOptions, inlineEm: number): number {
  const main = DIRECTORY[(options.audit ? 1 : 0) + (options.groupBy === 'platform' ? 2 : 0)]!;
  return curveAt(main, inlineEm) + (options.showInactive ? curveAt(DIRECTORY_INACTIVE, inlineEm) : 0);
}

/** `<gov-ask-form>`, by `view`: the tabs and the question form (also for an unknown view). */
export const ASK_FORM: Curve = [
  [100, 0.92],
  [72.7, 0.04],
];
/** `view="lookup"`: the lookup form. */
export const ASK_FORM_LOOKUP = 19.3;
/** `view="answered"`: the answered questions. */
export const ASK_FORM_ANSWERED: Curve = [
  [271, 5.8],
  [185, 1.7],
  [117, 0.17],
];

/** Block size of `<gov-ask-form>` in a view at an inline size of `inlineEm`, in em. */
export function askFormBlockSize(options: { readonly view?: unknown }, inlineEm: number): number {
  return sizeAt(options.view === 'lookup' ? ASK_FORM_LOOKUP : options.view === 'answered' ? ASK_FORM_ANSWERED : ASK_FORM, inlineEm);
}

/**
 * The inline size of an element's content box in em of the widget's font size (what the curves take), read
 * from layout; NaN when it has no box yet (then the curves assume {@link DEFAULT_INLINE_EM}). The font size is
 * that of `fontOf`, the widget's `.base` wrapper: the host's own may be the page's (`* { font-size: 12px }`).
 */
export function inlineSizeEm(element: Element, fontOf: Element = element): number {
  const style = getComputedStyle(element);
  const font = parseFloat(getComputedStyle(fontOf).fontSize);
  const width = element.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0);
  return width > 0 && font > 0 ? width / font : Number.NaN;
}

/** A size in em as a CSS length. */
export const em = (size: number): string => `${Math.round(size * 100) / 100}em`;
