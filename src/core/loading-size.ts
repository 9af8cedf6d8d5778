/**
 * How much space a widget holds while its data loads: a modest skeleton, the same for every county, or the
 * block size the page itself gives in `--gov-loading-block-size`. One source for two readers:
 *
 * - each widget's `loadingBlockSize()`, which sizes its loading placeholder;
 * - `scripts/loading-heights.mjs`, which writes the same sizes as the host-page snippet
 *   (`dist/gov-widgets.css`) that holds the space before the script has defined the elements.
 *
 * So the page does not move when the script arrives (snippet box → placeholder of the same size). When the data
 * arrives the placeholder becomes the content, whose height only the data knows: a county with 3 accounts and
 * one with 300 differ by thousands of pixels. So the default is a skeleton built from what the attributes say
 * (the feed's `limit` rows, short ones; the directory's first row of cards; the form's fields), never a guess
 * fitted to one county's data, and a page that knows its widget's usual height says so:
 *
 *     gov-policy-feed { --gov-loading-block-size: 42em; }
 *
 * (`em` there is the widget's own font size, in the snippet as in the widget.) Sizes below are in `em`.
 * Pure: no DOM, no imports (the build script reads this file).
 */

// Top-level constants rather than objects: the bundles' minifier renames them, not property names.

/**
 * `<gov-policy-feed>`: a short skeleton row per policy of `limit` (a county nearly always has more policies than
 * a page shows), the footer, and the blocks its attributes add.
 */
export const FEED_ROW = 8;
export const FEED_COMPACT_ROW = 5;
export const FEED_BASE = 3;
export const FEED_HEADING = 2.5;
export const FEED_SEARCH = 6.75;
export const FEED_FILTERS = 8;
export const FEED_PAGING = 3.25;
/** The default of `limit`, and the most rows a page shows (as the widget clamps it). */
export const FEED_DEFAULT_LIMIT = 10;
export const FEED_MAX_LIMIT = 100;

export interface FeedSkeletonOptions {
  /** Rows one page shows (1–100, as the widget clamps `limit`). */
  readonly rows?: number;
  readonly compact?: boolean;
  /** Whether a non-empty `heading` shows. */
  readonly heading?: boolean;
  readonly searchable?: boolean;
  readonly filters?: boolean;
  readonly paging?: boolean;
}

/** The feed's skeleton with these attributes, in em. */
export const feedSkeleton = (options: FeedSkeletonOptions): number =>
  (options.rows ?? FEED_DEFAULT_LIMIT) * (options.compact ? FEED_COMPACT_ROW : FEED_ROW) +
  FEED_BASE +
  (options.heading ? FEED_HEADING : 0) +
  (options.searchable ? FEED_SEARCH : 0) +
  (options.filters ? FEED_FILTERS : 0) +
  (options.paging ? FEED_PAGING : 0);

/** `<gov-account-directory>`: the filters and a first row of cards. */
export const DIRECTORY = 20;
/** `<gov-ask-form>`, by `view`: the tabs and the question form (also for an unknown view) … */
export const ASK_FORM = 64;
/** … `view="lookup"`: the lookup form … */
export const ASK_FORM_LOOKUP = 19;
/** … `view="answered"`: the first answered questions. */
export const ASK_FORM_ANSWERED = 20;

/** The ask form's skeleton in a view, in em. */
export const askFormSkeleton = (view: unknown): number => (view === 'lookup' ? ASK_FORM_LOOKUP : view === 'answered' ? ASK_FORM_ANSWERED : ASK_FORM);

/** The placeholder's block size: the page's `--gov-loading-block-size`, else the skeleton of `size` em. */
export const loadingSize = (size: number): string => `var(--gov-loading-block-size,${size}em)`;
