import { css } from 'lit';

/** Styles of `<gov-policy-feed>`: `em` sizes, logical properties, private tokens only. */
export const policyFeedStyles = css`
  .feed {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  .heading {
    margin: 0;
    font-size: max(var(--_min-title), 1.25em);
    line-height: max(var(--_min-line-height), 1.4);
  }

  /* The tools are the container of the narrow layout below: they are as wide as the widget's content (a narrow
     column on a desktop page is a phone too), and, unlike the list, they need not size the widget in a
     shrink-to-fit box (a table cell, a float), which inline-size containment would make 0 wide. */
  .tools {
    container: tools / inline-size;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  .search {
    margin: 0;
  }
  .filters {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .filter-group {
    display: grid;
    grid-template-columns: minmax(3em, max-content) 1fr;
    align-items: baseline;
    gap: 0.5em 0.75em;
  }
  .filter-group > .label {
    padding-block-start: 0.5em;
  }
  .chip.more {
    border-style: dashed;
  }

  /* Narrow: the chip groups fold behind one disclosure button, so the first policy is on the first screen
     (ADR 0016). In em of the widget's text: care mode's larger text folds them sooner. */
  .filter-toggle {
    display: none;
  }
  @container tools (inline-size < 30em) {
    .filter-toggle {
      display: inline-flex;
      align-self: flex-start;
    }
    .tools:not(.open) > .filters {
      display: none;
    }
    .filter-group {
      grid-template-columns: 1fr;
      gap: 0.25em;
    }
    .filter-group > .label {
      padding-block-start: 0;
    }
  }
  .filter-toggle::after {
    content: '';
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-block-start: -0.25em;
    border: solid currentColor;
    border-width: 0 0.125em 0.125em 0;
    transform: rotate(45deg);
  }
  .filter-toggle[aria-expanded='true']::after {
    margin-block: 0.25em 0;
    transform: rotate(-135deg);
  }
  .chips-note {
    align-self: center;
    color: var(--_muted);
  }
  /* Empty, the live region takes no room but stays in the accessibility tree (never display: none), so
     screen readers announce its first message. */
  .count:empty {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .count {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_font-small);
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-start: 1px solid var(--_divider);
  }
  .list:focus {
    outline: none;
  }
  .list:focus-visible {
    outline: var(--_focus);
  }
  .item {
    padding-block: calc(var(--_space) * 0.75);
    border-block-end: 1px solid var(--_divider);
  }
  .item article {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .title {
    margin: 0;
    font-size: max(var(--_min-title), 1.0625em);
    font-weight: bold;
    line-height: max(var(--_min-line-height), 1.45);
  }
  .title a {
    display: inline;
    padding-block: 0.2em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.625em;
    color: var(--_muted);
    font-size: var(--_font-small);
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    line-height: 1.5;
    white-space: nowrap;
  }
  .badge.new {
    border-color: var(--_danger);
    color: var(--_danger);
    font-weight: bold;
  }
  .badge.kind {
    color: var(--_text);
    border-color: var(--_border);
  }
  .badge.in_force {
    color: var(--_primary);
  }
  .badge.not_in_force {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }
  .superseded a {
    margin-inline-start: 0.25em;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
    margin: 0;
    color: var(--_muted);
    font-size: var(--_font-small);
  }
  .facts > div {
    display: flex;
    gap: 0.375em;
  }
  .facts dt {
    flex: none;
    white-space: nowrap;
  }
  .facts dd {
    min-inline-size: 0;
    margin: 0;
    color: var(--_text);
  }

  .summary {
    margin: 0.125em 0 0;
  }
  .compact .item {
    padding-block: calc(var(--_space) * 0.5);
  }

  .tags,
  .inline-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    padding: 0 0.5em;
    border-radius: var(--_radius);
    background: var(--_tint);
    font-size: var(--_font-small);
  }
  .relations,
  .attachments {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    font-size: var(--_font-small);
  }
  .attachments {
    flex-direction: row;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
  }
  .relation {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0;
  }
  .label {
    color: var(--_muted);
  }
  .tools .label {
    color: var(--_text);
  }
  .format,
  .file-info {
    color: var(--_muted);
  }
  .file-info {
    margin-inline-start: 0.375em;
  }
  .relations a,
  .attachments a,
  .superseded a {
    display: inline-block;
    min-block-size: 1.5em;
  }

  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: max(0.5em, var(--_paragraph-space));
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .empty p {
    margin: 0;
  }

  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .page-status {
    color: var(--_muted);
  }
  .progress,
  .page-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    /* A message and its button that wrap are two blocks: in care mode, spaced as paragraphs. */
    gap: max(0.5em, var(--_paragraph-space));
  }
  .progress {
    margin: 0;
    color: var(--_muted);
  }
  .page-error {
    padding: 0.5em 0.75em;
    border: 1px solid var(--_danger);
    border-inline-start-width: 0.25em;
    border-radius: var(--_radius);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    margin: 0;
    font-size: var(--_font-small);
  }
  .footer a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
  }

  @media (forced-colors: active) {
    .badge,
    .badge.new,
    .badge.kind {
      border-color: CanvasText;
      color: CanvasText;
    }
    .tag {
      border: 1px solid CanvasText;
    }
  }
`;
