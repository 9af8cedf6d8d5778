// The loading heights of the widgets, in one place: how tall each widget is, roughly, once its data is shown,
// in em of the widget's own font size (:host { font-size: var(--gov-font-size, 16px) }, at least 20 px in
// `care` mode).
//
// Two things must agree with these numbers:
// - each widget's loadingBlockSize() (the placeholder it shows while loading), and
// - dist/gov-widgets.css, the host-page snippet generated from this file (see hostCss() below), which
//   reserves the same block size before the script has defined the elements.
// Then the page does not jump when the script arrives (the snippet's box becomes the placeholder of the same
// size), and only a little when the data arrives (the placeholder becomes content of about that size).

/**
 * `<gov-policy-feed>`: optional heading, search box and filter chips, then `limit` rows, then the pager.
 * Agrees with GovPolicyFeed#loadingBlockSize(): limit × (compact ? 7 : 9) + heading 2.75 + searchable 6 +
 * filters 8 + paging 4 (em), limit clamped to 1…100, default 10.
 */
export const FEED = {
  /** The default of the `limit` attribute. */
  defaultLimit: 10,
  /** Space around the list. */
  chrome: 0,
  /** One item: title, meta line (date, 文号, issuer, badges), summary. */
  row: 9,
  /** One `compact` item. */
  compactRow: 7,
  /** A non-empty `heading` above the list. */
  heading: 2.75,
  /** The search box (`searchable`). */
  search: 6,
  /** The filter chips (`filters`). */
  filters: 8,
  /** The pager (`paging`). */
  paging: 4,
  /** Values of `limit` the snippet knows (CSS cannot read a number from an attribute everywhere yet). */
  maxLimit: 20,
};

/** Block size of a loading policy feed, in em. */
export function feedHeight({ limit = FEED.defaultLimit, compact = false, heading = false, searchable = false, filters = false, paging = false } = {}) {
  const rows = Number.isFinite(limit) && limit >= 1 ? Math.min(Math.floor(limit), 100) : FEED.defaultLimit;
  return (
    FEED.chrome +
    rows * (compact ? FEED.compactRow : FEED.row) +
    (heading ? FEED.heading : 0) +
    (searchable ? FEED.search : 0) +
    (filters ? FEED.filters : 0) +
    (paging ? FEED.paging : 0)
  );
}

/**
 * `<gov-account-directory>`: filters, the count and a first group of cards; `audit` adds the summary.
 * Agrees with GovAccountDirectory#loadingBlockSize(): 36em, 50em with `audit`.
 */
export const DIRECTORY = { height: 36, audit: 50 };

/** `<gov-ask-form>`: tabs and the question form. Agrees with GovAskForm#loadingBlockSize(): 48em. */
export const ASK_FORM = { height: 48 };

const TAGS = ['gov-policy-feed', 'gov-account-directory', 'gov-ask-form'];

/**
 * The host-page CSS snippet (dist/gov-widgets.css). Before a widget is defined it is an unknown inline element
 * of the page's font size; this makes it a block of the height its loading placeholder will have. The height
 * is a sum of terms, each set by one attribute through a private custom property (`--_gw-*`), times the
 * widget's own font size (`--gov-font-size`, else 16 px; at least 20 px with `care`) — not `em`, which here
 * would be the page's font size.
 */
export function hostCss() {
  const nd = ':not(:defined)';
  const feedTerms = ['heading', 'search', 'filters', 'paging'];
  const lines = [
    "/* gov-widgets: reserves each widget's space until its script has defined it, so the page does not jump.",
    "   Put it in the page's <head>. Generated from scripts/loading-heights.mjs. */",
    `${TAGS.map((tag) => `${tag}${nd}`).join(',')}{display:block;--_gw-font:var(--gov-font-size,16px);min-block-size:calc(var(--_gw-em)*var(--_gw-font))}`,
    `${TAGS.map((tag) => `${tag}[care]${nd}`).join(',')}{--_gw-font:max(20px,var(--gov-font-size,20px))}`,
    `gov-policy-feed${nd}{--_gw-rows:${FEED.defaultLimit};--_gw-row:${FEED.row};` +
      `--_gw-em:calc(${FEED.chrome} + var(--_gw-rows)*var(--_gw-row)${feedTerms.map((t) => ` + var(--_gw-${t},0)`).join('')})}`,
    `gov-policy-feed[compact]${nd}{--_gw-row:${FEED.compactRow}}`,
    `gov-policy-feed[heading]${nd}{--_gw-heading:${FEED.heading}}`,
    `gov-policy-feed[searchable]${nd}{--_gw-search:${FEED.search}}`,
    `gov-policy-feed[filters]${nd}{--_gw-filters:${FEED.filters}}`,
    `gov-policy-feed[paging]${nd}{--_gw-paging:${FEED.paging}}`,
  ];
  for (let limit = 1; limit <= FEED.maxLimit; limit++) {
    if (limit !== FEED.defaultLimit) lines.push(`gov-policy-feed[limit="${limit}"]${nd}{--_gw-rows:${limit}}`);
  }
  lines.push(`gov-account-directory${nd}{--_gw-em:${DIRECTORY.height}}`);
  lines.push(`gov-account-directory[audit]${nd}{--_gw-em:${DIRECTORY.audit}}`);
  lines.push(`gov-ask-form${nd}{--_gw-em:${ASK_FORM.height}}`);
  return `${lines.join('\n')}\n`;
}
