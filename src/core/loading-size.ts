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

/** A curve that does not depend on the inline size. */
const constant = (value: number): Curve => [[value, 0]];

/** `<gov-policy-feed>`: the list of `limit` rows, each block the attributes add, and the gaps between blocks. */
export const FEED = {
  /** The default of `limit`, and the most rows a page shows. */
  defaultLimit: 10,
  maxLimit: 100,
  /** One row: title (1–3 lines), meta line, 文号 and issuer, summary, topics, interpretations, attachments. */
  row: [
    [31.72, 0.648],
    [21.2, 0.227],
    [12.1, 0],
  ] as Curve,
  /** One `compact` row (no summary). */
  compactRow: [
    [26.45, 0.56],
    [19.85, 0.3],
    [10.2, 0],
  ] as Curve,
  /** Always there: the list's top border, the gap, the footer with the subscribe link. */
  base: constant(0.0625 + 0.75 + 2.2),
  /** Each block below adds its size and a gap (0.75em). A non-empty `heading`. */
  heading: constant(1.75 + 0.75),
  /** `searchable`: label, input, hint. */
  search: constant(6 + 0.75),
  /** `filters`: four chip groups (kind, issuer, topic, year) that wrap. */
  filters: [
    [107.65 + 0.75, 2.88],
    [59.65 + 0.75, 0.96],
    [27 + 0.75, 0.214],
    [10 + 0.75, 0],
  ] as Curve,
  /** `paging`: the pager. */
  paging: constant(2.5 + 0.75),
} as const;

export interface FeedSizeOptions {
  readonly limit?: number;
  readonly compact?: boolean;
  /** Whether a non-empty `heading` shows. */
  readonly heading?: boolean;
  readonly searchable?: boolean;
  readonly filters?: boolean;
  readonly paging?: boolean;
}

/** Rows one page shows for a `limit` value: 1–100, 10 when it is not a number. */
export function feedRows(limit: unknown): number {
  const n = Math.floor(Number(limit));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, FEED.maxLimit) : FEED.defaultLimit;
}

/** Block size of `<gov-policy-feed>` with these attributes at an inline size of `inlineEm`, in em. */
export function feedBlockSize(options: FeedSizeOptions, inlineEm: number): number {
  const at = (curve: Curve): number => curveAt(curve, inlineEm);
  let size = feedRows(options.limit ?? FEED.defaultLimit) * at(options.compact ? FEED.compactRow : FEED.row) + at(FEED.base);
  if (options.heading) size += at(FEED.heading);
  if (options.searchable) size += at(FEED.search);
  if (options.filters) size += at(FEED.filters);
  if (options.paging) size += at(FEED.paging);
  return size;
}

/**
 * `<gov-account-directory>`: filters, the count and the first groups of cards (by organization or by platform),
 * with the audit summary and flags when `audit`; `show-inactive` adds about a group. Cards sit in a grid of
 * 17em columns, so the size drops where a second column fits.
 */
export const DIRECTORY = {
  organization: [
    [360.3, 4.084],
    [222.15, 0.399],
    [190, 0],
  ] as Curve,
  organizationAudit: [
    [431.7, 4.715],
    [274.9, 0.534],
    [232, 0],
  ] as Curve,
  platform: [
    [388.1, 2.87],
    [299.6, 0.511],
    [259, 0],
  ] as Curve,
  platformAudit: [
    [464.1, 3.621],
    [351.3, 0.613],
    [303, 0],
  ] as Curve,
  showInactive: [
    [63, 1.01],
    [24, 0],
  ] as Curve,
} as const;

export interface DirectorySizeOptions {
  readonly audit?: boolean;
  /** `group-by`: `platform`, else by organization. */
  readonly groupBy?: string | undefined;
  readonly showInactive?: boolean;
}

/** The directory's main curve for these attributes. */
export function directoryCurve(options: DirectorySizeOptions): Curve {
  const platform = options.groupBy === 'platform';
  if (options.audit) return platform ? DIRECTORY.platformAudit : DIRECTORY.organizationAudit;
  return platform ? DIRECTORY.platform : DIRECTORY.organization;
}

/** Block size of `<gov-account-directory>` with these attributes at an inline size of `inlineEm`, in em. */
export function directoryBlockSize(options: DirectorySizeOptions, inlineEm: number): number {
  return curveAt(directoryCurve(options), inlineEm) + (options.showInactive ? curveAt(DIRECTORY.showInactive, inlineEm) : 0);
}

/** `<gov-ask-form>`, by `view`: the tabs and the question form, the lookup form, or the answered questions. */
export const ASK_FORM = {
  ask: [
    [100.16, 0.917],
    [72.73, 0.0395],
  ] as Curve,
  lookup: constant(19.3),
  answered: [
    [271.4, 5.76],
    [184.6, 1.712],
    [117.2, 0.171],
  ] as Curve,
} as const;

/** The form's curve for a `view` value (an unknown view shows the question form). */
export function askFormCurve(view: unknown): Curve {
  return view === 'lookup' ? ASK_FORM.lookup : view === 'answered' ? ASK_FORM.answered : ASK_FORM.ask;
}

/** Block size of `<gov-ask-form>` in a view at an inline size of `inlineEm`, in em. */
export function askFormBlockSize(options: { readonly view?: unknown }, inlineEm: number): number {
  return curveAt(askFormCurve(options.view), inlineEm);
}

/**
 * The inline size of an element's content box in em of its own font size (what the curves take), read from
 * layout; NaN when it has no box yet (then the curves assume {@link DEFAULT_INLINE_EM}).
 */
export function inlineSizeEm(element: Element): number {
  const style = getComputedStyle(element);
  const font = parseFloat(style.fontSize);
  const width = element.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0);
  return width > 0 && font > 0 ? width / font : Number.NaN;
}

/** A size in em as a CSS length. */
export const em = (size: number): string => `${Math.round(size * 100) / 100}em`;
