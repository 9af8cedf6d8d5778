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
 * one with 300 differ by thousands of pixels, so the default is small (about a screen's first rows) rather than
 * a guess fitted to one county's data, and a page that knows its widget's usual height says so:
 *
 *     gov-policy-feed { --gov-loading-block-size: 42em; }
 *
 * (`em` there is the widget's own font size, in the snippet as in the widget.) Sizes below are in `em`.
 * Pure: no DOM, no imports (the build script reads this file).
 */

// Top-level constants rather than objects: the bundles' minifier renames them, not property names.

/** `<gov-policy-feed>`: a skeleton row per policy, for at most {@link FEED_SKELETON_ROWS} rows, and the footer. */
export const FEED_ROW = 6;
export const FEED_SKELETON_ROWS = 3;
export const FEED_BASE = 3;
/** `<gov-account-directory>`: the filters and a first row of cards. */
export const DIRECTORY = 20;
/** `<gov-ask-form>`, by `view`: the tabs and the question form (also for an unknown view) … */
export const ASK_FORM = 60;
/** … `view="lookup"`: the lookup form … */
export const ASK_FORM_LOOKUP = 19;
/** … `view="answered"`: the first answered questions. */
export const ASK_FORM_ANSWERED = 20;

/** The feed's skeleton for `rows` rows (the widget's clamped `limit`), in em. */
export const feedSkeleton = (rows: number): number => Math.min(Math.max(1, rows), FEED_SKELETON_ROWS) * FEED_ROW + FEED_BASE;

/** The ask form's skeleton in a view, in em. */
export const askFormSkeleton = (view: unknown): number => (view === 'lookup' ? ASK_FORM_LOOKUP : view === 'answered' ? ASK_FORM_ANSWERED : ASK_FORM);

/** The placeholder's block size: the page's `--gov-loading-block-size`, else the skeleton of `size` em. */
export const loadingSize = (size: number): string => `var(--gov-loading-block-size,${size}em)`;
