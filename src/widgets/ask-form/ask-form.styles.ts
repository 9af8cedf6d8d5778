import { css } from 'lit';

export const askFormStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin-block-end: var(--_space);
    border-block-end: 1px solid var(--_border);
  }
  .tab {
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding: 0.375em 1.25em;
    border: 1px solid transparent;
    border-block-end: 0.1875em solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: none;
    color: var(--_text);
    font: inherit;
    font-size: max(var(--_min-control), 1em);
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    border-color: var(--_border);
    border-block-end-color: var(--_primary);
    background: var(--_tint);
    color: var(--_primary);
    font-weight: bold;
  }
  .panel[hidden] {
    display: none;
  }

  .form {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .group {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: max(0.5em, var(--_paragraph-space));
  }
  .group > legend {
    padding: 0;
    margin-block-end: max(0.25em, var(--_paragraph-space));
  }
  .contact {
    gap: var(--_space);
  }
  .contact > .hint {
    margin: 0;
  }
  .hint,
  .field-error,
  .count {
    margin: 0;
  }
  .optional,
  .required {
    font-weight: normal;
    color: var(--_muted);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_target);
    padding: 0.25em 0.875em 0.25em 0.625em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_primary);
    background: var(--_tint);
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.625em;
    row-gap: max(0.25em, var(--_paragraph-space));
  }
  /* The label row is the checkbox's target (clicking it toggles the box): at least a target tall, its first
     line centred on the box. */
  .check > input {
    margin-block-start: calc((var(--_target) - 1.25em) / 2);
  }
  .check > .field-error,
  .check > .notice-link {
    grid-column: 1 / -1;
  }
  .check > label {
    min-block-size: var(--_target);
    padding-block: max(0px, (var(--_target) - 1lh) / 2);
    cursor: pointer;
  }
  .notice-link {
    margin: 0;
    padding-inline-start: 1.875em;
  }
  .count {
    color: var(--_muted);
    font-size: var(--_font-small);
    text-align: end;
  }
  .count.over {
    color: var(--_danger);
    font-weight: bold;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    margin: 0;
  }
  .actions .destination {
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  /* The honeypot: in the DOM for bots, invisible and inert for people (aria-hidden, tabindex -1). Clipped
     in place rather than moved off-screen, which could widen a right-to-left page. */
  .hp {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    opacity: 0;
    pointer-events: none;
  }

  .summary,
  .problem,
  .note {
    padding: var(--_space);
    border: 0.1875em solid var(--_danger);
    border-radius: var(--_radius);
  }
  .note {
    border: 1px solid var(--_border);
    border-inline-start-width: 0.3em;
    border-inline-start-color: var(--_primary);
    background: var(--_tint);
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: max(0.5em, var(--_paragraph-space));
  }
  .problem {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: max(0.5em, var(--_paragraph-space));
  }
  .summary p,
  .problem p,
  .note p {
    margin: 0;
  }
  .summary-title {
    margin: 0 0 max(0.5em, var(--_paragraph-space));
    font-size: max(var(--_min-title), 1.125em);
  }
  .summary-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .summary-list a {
    color: var(--_danger);
    font-weight: bold;
  }

  /* A bar at the start, not a frame: the heading takes focus, and its focus ring must be the only frame (a ring
     inside a frame of the same colour and width read as two). */
  .success {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 0.375em solid var(--_primary);
    border-radius: var(--_radius);
  }
  .success > * {
    margin-block: 0 max(0.75em, var(--_paragraph-space));
  }
  .success-title {
    font-size: max(var(--_min-title), 1.375em);
  }
  /* The copy fallback (plain http): the whole receipt readable and selectable, the full width, wrapped. */
  .input.copy-text {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: none;
    min-block-size: var(--_target);
    resize: none;
    overflow: auto;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .receipt {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 2em;
  }
  .receipt dt {
    color: var(--_muted);
  }
  .receipt dd {
    margin: 0;
  }
  .code {
    font-size: 1.5em;
    font-weight: bold;
    letter-spacing: 0.05em;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    user-select: all;
  }
  .expected .hint {
    display: block;
  }

  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0 0 0.75em;
  }
  .facts > div {
    display: contents;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .status {
    font-weight: bold;
    color: var(--_primary);
  }
  .result {
    margin-block-start: var(--_space);
  }
  .result h2,
  .answered-heading {
    margin: 0 0 0.5em;
    font-size: max(var(--_min-title), 1.25em);
  }
  .result .problem,
  .panel > .problem {
    margin-block-start: var(--_space);
  }
  .reply {
    margin-block-start: 0.75em;
    padding: 0.75em var(--_space);
    border-inline-start: 0.25em solid var(--_primary);
    background: var(--_tint);
  }
  .reply h3 {
    margin: 0;
    font-size: max(var(--_min-title), 1em);
  }
  .reply p {
    margin: 0.25em 0 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    margin: 0.25em 0;
    color: var(--_muted);
    font-size: var(--_font-small);
  }
  .answered {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .answered-item {
    padding-block: 0.75em;
    border-block-end: 1px solid var(--_divider);
  }
  .answered-title {
    margin: 0;
    font-size: max(var(--_min-title), 1.0625em);
  }
  .question {
    margin: 0.25em 0 0;
  }
  .page-number {
    font-weight: normal;
    color: var(--_muted);
    font-size: max(var(--_min-title), var(--_font-small));
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    margin-block-start: var(--_space);
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      border-block-end-color: Highlight;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      outline: 0.125em solid Highlight;
    }
    .summary,
    .problem,
    .success,
    .note {
      border-color: CanvasText;
    }
    .count.over,
    .field-error {
      text-decoration: underline;
    }
  }
`;
