import { css } from 'lit';

/** Styles of `<gov-account-directory>`: sizes in `em`, logical properties (RTL), tokens from `styles.ts`. */
export const directoryStyles = css`
  h3,
  h4 {
    margin: 0;
    font-size: max(var(--_min-title), 1em);
    line-height: max(var(--_min-line-height), 1.4);
  }
  ul {
    margin: 0;
    padding: 0;
  }
  dl,
  dd,
  p {
    margin: 0;
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    vertical-align: -0.25em;
  }
  .muted,
  .hint {
    color: var(--_muted);
  }

  /* Filters */
  .filters {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    margin-block-end: 0.75em;
  }
  .filter-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .filter-row .search {
    flex: 2 1 16em;
  }
  .filter-row .organization {
    flex: 1 1 12em;
  }
  .filter-row .sort {
    flex: 1 1 10em;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }
  .failing-only {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_target);
    cursor: pointer;
  }
  .failing-only input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .count {
    color: var(--_muted);
    font-size: var(--_font-small);
  }
  .inactive-note {
    margin-block-start: var(--_paragraph-space);
    font-size: var(--_font-small);
  }

  /* Groups and cards: one dense grid across groups (ADR 0016). Each group spans as many columns as it shows
     cards (span-1 … span-4, capped to the columns there are) and lays its cards on the same columns
     (subgrid), so a county's many one-account offices share rows; headings and lists stay what they are. The
     number of columns follows the directory's own inline size (a container query), not the screen's. */
  .groups {
    container: groups / inline-size;
    margin-block-start: 1.25em;
  }
  .group-grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25em 0.75em;
    align-items: start;
  }
  @container groups (inline-size >= 34em) {
    .group-grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .group:not(.span-1) {
      grid-column: span 2;
    }
  }
  @container groups (inline-size >= 51em) {
    .group-grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .group.span-3,
    .group.span-4 {
      grid-column: span 3;
    }
  }
  @container groups (inline-size >= 68em) {
    .group-grid {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
    .group.span-4 {
      grid-column: span 4;
    }
  }
  .group {
    display: grid;
    align-content: start;
  }
  .group > * {
    grid-column: 1 / -1;
  }
  @supports (grid-template-columns: subgrid) {
    .group,
    .group > .cards {
      grid-template-columns: subgrid;
    }
  }
  .group-title {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.625em;
    padding-block-end: 0.25em;
    border-block-end: 1px solid var(--_divider);
    font-size: max(var(--_min-title), 1.125em);
  }
  .group-title:focus {
    outline: none;
  }
  .group-title:focus-visible {
    outline: var(--_focus);
  }
  .group-count {
    color: var(--_muted);
    font-weight: normal;
    font-size: max(var(--_min-title), var(--_font-small));
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    gap: 0.75em;
    list-style: none;
  }
  /* Rows of full width, but the name and its "verified" mark share a line when they fit: a shorter card, in
     reading order. The QR button closes the card. */
  .card {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    align-content: flex-start;
    gap: max(0.5em, var(--_paragraph-space));
    padding: calc(var(--_space) * 0.875);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card:focus {
    outline: none;
  }
  .card:focus-visible {
    outline: var(--_focus);
  }
  /* Not active: a dashed border and a badge that says so, not colour alone. */
  .card:not(.status-active) {
    border-style: dashed;
    border-color: var(--_border);
  }
  .status-closed,
  .status-merged {
    background: var(--_tint);
  }
  .card.failing {
    border-inline-start: 0.3125em solid var(--_danger);
  }
  .card > * {
    flex: 1 1 100%;
  }
  .card > .name,
  .card > .verified {
    flex: 0 1 auto;
  }
  .card > .verified {
    white-space: nowrap;
  }
  /* Grouped by organization, the heading names it: the first fact (单位) would only repeat it. */
  .by-organization .facts > dt:first-child,
  .by-organization .facts > dd:first-of-type {
    display: none;
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .platform {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    color: var(--_muted);
    font-size: var(--_font-small);
  }
  .badge {
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: var(--_font-small);
    font-weight: bold;
    white-space: nowrap;
  }
  .status-paused .badge,
  .status-closing .badge {
    color: var(--_danger);
  }
  .status-closed .badge,
  .status-merged .badge {
    color: var(--_text);
  }
  .name {
    font-size: max(var(--_min-title), 1.125em);
  }
  .name a {
    text-decoration-thickness: 1px;
  }
  .verified {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    color: var(--_primary);
    font-size: var(--_font-small);
    font-weight: bold;
  }
  .successor,
  .status-notice {
    font-size: var(--_font-small);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.125em 0.75em;
    font-size: var(--_font-small);
  }
  .facts dt {
    color: var(--_muted);
  }
  .functions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    list-style: none;
  }
  .functions li {
    padding: 0 0.5em;
    border: 1px solid var(--_divider);
    border-radius: 999px;
  }
  .card > .qr-button {
    flex: none;
  }
  .more {
    justify-self: start;
    margin-block-start: 0.75em;
  }
  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
    padding: var(--_space) 0;
  }

  /* Totals: one line of figures that wraps, each figure with its words. */
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin-block-end: 0.75em;
  }
  .totals > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .totals dt {
    color: var(--_muted);
  }
  .totals dd {
    font-weight: bold;
  }
  .totals .muted {
    font-weight: normal;
  }

  /* Audit */
  .audit {
    display: flex;
    flex-direction: column;
    gap: max(0.75em, var(--_paragraph-space));
    margin-block-end: 1em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_tint);
  }
  .audit-title {
    font-size: max(var(--_min-title), 1.125em);
  }
  .audit .hint {
    font-size: var(--_font-small);
  }
  .audit-totals {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 2em;
  }
  .audit-totals dd {
    font-size: 1.5em;
    font-weight: bold;
  }
  .audit-totals .failing dd {
    color: var(--_danger);
  }
  .audit-rules {
    display: grid;
    grid-template-columns: minmax(0, 1fr) max-content;
    gap: 0.25em 1em;
  }
  .audit-rules > div {
    display: contents;
  }
  .audit-rules dd {
    font-weight: bold;
    text-align: end;
  }
  .audit-rules .failing dd {
    color: var(--_danger);
  }
  .audit-result {
    font-size: var(--_font-small);
  }
  .audit-result.passed {
    color: var(--_primary);
    font-weight: bold;
  }
  .audit-result.skipped {
    color: var(--_muted);
  }
  .audit-result-title {
    color: var(--_danger);
    font-weight: bold;
  }
  .flags {
    padding-inline-start: 1.25em;
  }
  .flags > li + li {
    margin-block-start: var(--_paragraph-space);
  }

  /* QR dialog */
  .qr-dialog {
    inline-size: min(34em, calc(100% - 2em));
    max-block-size: calc(100% - 2em);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .qr-dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.75em;
    margin-block-end: 0.75em;
  }
  .dialog-title {
    font-size: max(var(--_min-title), 1.125em);
    align-self: center;
  }
  .qr-body {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .qr-figure {
    flex: none;
    inline-size: min(15em, 100%);
  }
  .qr-code {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 1;
    background: #ffffff;
  }
  .qr-message {
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .qr-side {
    display: flex;
    flex: 1 1 12em;
    flex-direction: column;
    gap: max(0.5em, var(--_paragraph-space));
  }
  .qr-side .platform {
    font-size: 1em;
  }
  .handle {
    font-weight: bold;
  }

  @media (forced-colors: active) {
    .card.failing,
    .card:not(.status-active) {
      border-color: CanvasText;
    }
    /* A code must stay dark on light to scan. */
    .qr-code {
      forced-color-adjust: none;
    }
  }
`;
